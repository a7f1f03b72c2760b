"""The offline crisis card in real headless Chromium: after one visit online, the crisis page in the visitor's
language opens with no network, says it is a saved copy, and stands in for pages that were never saved.

These start their own server with the demo content (see demo_server.py) and stop it afterwards. Service workers
run on http://127.0.0.1, which browsers treat as a secure context.
"""

import pytest

from tests.browser_support import needs_chromium, wcag_violations

pytestmark = [pytest.mark.browser, needs_chromium]

# Numbers from the demo's crisis lines (site/dev/demo/content.py), shown in the crisis panel and on the crisis page.
SAMARITANS = "116 123"
SHOUT = "85258"
ENGLISH_CRISIS_TITLE = "What to do in a crisis"


@pytest.fixture(scope="module")
def site(demo_site):
    base_url, page_urls, _workdir = demo_site
    return base_url, page_urls


@pytest.fixture
def context(browser):
    """A fresh browser profile (no service worker, no saved copies), back online at the start."""
    context = browser.new_context()
    yield context
    context.close()


# Waits (up to 30 seconds) until the service worker has saved an address; true once it has.
WAIT_UNTIL_SAVED = """async address => {
  for (let tries = 0; tries < 300; tries++) {
    if (await caches.match(address)) return true;
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  return false;
}"""


def first_visit(context, url, crisis_path):
    """Visit a page online and wait until the service worker runs and has saved the crisis page."""
    page = context.new_page()
    assert page.goto(url).status == 200
    scope = page.evaluate("navigator.serviceWorker.ready.then(registration => registration.scope)")
    assert page.evaluate(WAIT_UNTIL_SAVED, crisis_path), f"{crisis_path} was not saved"
    return page, scope


def is_saved(page, path):
    return page.evaluate("path => caches.match(path).then(Boolean)", path)


def stylesheet_applied(page):
    return page.evaluate(
        "[...document.styleSheets].some(sheet => sheet.href && sheet.href.includes('carers') && sheet.cssRules.length)"
    )


def violations_on(page):
    return [f"{v['id']}: {v['help']} ({v['nodes'][0]['target']})" for v in wcag_violations(page)]


def test_the_english_crisis_page_opens_offline_after_one_visit(site, context):
    base_url, _ = site
    page, scope = first_visit(context, base_url + "/", "/crisis/")
    assert scope == base_url + "/"  # one worker for the whole site
    # The visitor's language only: the Urdu crisis page is not saved for an English reader.
    assert not is_saved(page, "/ur/crisis/")
    # A page read online is saved as it was read.
    assert page.goto(base_url + "/advice/").status == 200
    advice_title = page.locator("main h1").inner_text()
    assert page.evaluate(WAIT_UNTIL_SAVED, page.url)
    page.close()

    context.set_offline(True)
    page = context.new_page()
    response = page.goto(base_url + "/crisis/")
    assert response.status == 200 and response.from_service_worker
    assert page.locator("main h1").inner_text() == ENGLISH_CRISIS_TITLE
    text = page.locator("body").inner_text()
    assert SAMARITANS in text and SHOUT in text
    assert "These numbers were last updated on" in page.locator("main").inner_text()
    notice = page.locator("#offline-notice")
    assert notice.is_visible()
    assert "You are offline. This is a saved copy of the crisis page from" in notice.inner_text()
    assert stylesheet_applied(page)  # the saved stylesheet came too
    assert violations_on(page) == []

    # A saved page opens as it was read, and says it is a saved copy.
    response = page.goto(base_url + "/advice/")
    assert response.from_service_worker and page.locator("main h1").inner_text() == advice_title
    assert "This is a saved copy of this page" in page.locator("#offline-notice").inner_text()

    # A page never saved: the crisis page stands in for it, rather than the browser's "no internet" page.
    response = page.goto(base_url + "/directory/")
    assert response.status == 200 and response.from_service_worker
    assert page.locator("main h1").inner_text() == ENGLISH_CRISIS_TITLE
    assert SAMARITANS in page.locator("body").inner_text()
    assert page.locator("#offline-notice").is_visible()

    # Back online, pages come from the network again and the notice is gone.
    context.set_offline(False)
    response = page.goto(base_url + "/directory/")
    assert response.status == 200 and page.locator("main h1").inner_text() != ENGLISH_CRISIS_TITLE
    assert not page.locator("#offline-notice").is_visible()


def test_the_urdu_crisis_page_opens_offline_in_urdu(site, context):
    base_url, _ = site
    page, _scope = first_visit(context, base_url + "/ur/", "/ur/crisis/")
    assert not is_saved(page, "/crisis/")
    page.close()

    context.set_offline(True)
    page = context.new_page()
    response = page.goto(base_url + "/ur/crisis/")
    assert response.status == 200 and response.from_service_worker
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["ur", "rtl"]
    assert page.locator("main h1").inner_text() != ENGLISH_CRISIS_TITLE  # the Urdu title
    assert SAMARITANS in page.locator("body").inner_text()
    assert page.locator("#offline-notice").is_visible()
    assert page.locator(".app-crisis-updated").is_visible()
    assert stylesheet_applied(page)
    assert violations_on(page) == []

    # An Urdu page never saved: the Urdu crisis page stands in for it.
    response = page.goto(base_url + "/ur/directory/")
    assert response.from_service_worker
    assert page.evaluate("document.documentElement.lang") == "ur"
    assert SAMARITANS in page.locator("body").inner_text()


# Puts the advice page in a family pack, as its "Add to family pack" button does: the visitor has a session now.
START_A_FAMILY_PACK = """async () => {
  const html = await (await fetch("/advice/")).text();
  const pageId = html.match(/name="page" value="(\\d+)"/)[1];
  return (await fetch("/pack/add/", {method: "POST", body: new URLSearchParams({page: pageId})})).status;
}"""


def test_pages_made_for_one_visitor_are_not_kept_but_the_crisis_page_is(site, context):
    """With a session (signed in, or a family pack) pages are made for that visitor alone (Cache-Control: private)
    and are not kept. The crisis page is fetched without cookies, so it is kept all the same."""
    base_url, _ = site
    page = context.new_page()
    page.goto(base_url + "/sw.js")  # a document of the site that does not start the worker
    assert page.evaluate(START_A_FAMILY_PACK) == 200
    page, _scope = first_visit(context, base_url + "/", "/crisis/")
    # Fetched with the session cookie, as a page fetches, the crisis page is this visitor's own copy.
    with_cookie = page.evaluate("fetch('/crisis/', {cache: 'no-store'}).then(r => r.headers.get('Cache-Control'))")
    assert "private" in with_cookie
    response = page.goto(base_url + "/advice/")
    assert "private" in response.headers["cache-control"]
    page.close()

    context.set_offline(True)
    page = context.new_page()
    page.goto(base_url + "/advice/")
    assert page.locator("main h1").inner_text() == ENGLISH_CRISIS_TITLE


def test_without_javascript_pages_work_and_show_no_offline_notice(site, browser):
    base_url, _ = site
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    assert page.goto(base_url + "/crisis/").status == 200
    assert SAMARITANS in page.locator("body").inner_text()
    assert not page.locator("#offline-notice").is_visible()
    context.close()
