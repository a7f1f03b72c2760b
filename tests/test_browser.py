"""The demo site in real headless Chromium (Debian's package): layout on a phone, accessibility, privacy.

These start their own server with the demo content (see demo_server.py) and stop it afterwards.
"""

import os
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.demo_server import demo_server

playwright_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="needs Debian's chromium (make test installs it)"),
]
PAGE_TYPES = [
    "HomePage",
    "GuidancePage",
    "ResourceIndexPage",
    "ResourcePage",
    "LeafletIndexPage",
    "LeafletPage",
    "DirectoryIndexPage",
    "ServicePage",
    "NewsIndexPage",
    "NewsPage",
    "EventIndexPage",
    "EventPage",
    "FeedbackFormPage",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PHONE = {"width": 360, "height": 640}
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with demo_server(tmp_path_factory.mktemp("demo-site")) as running:
        yield running


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()


def url_for(site, page_type):
    base_url, page_urls = site
    assert page_type in page_urls, f"the demo has no {page_type}"
    return base_url + page_urls[page_type]


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_crisis_numbers_fit_a_phone_screen_without_scrolling(site, browser, page_type):
    page = browser.new_page(viewport=PHONE)
    response = page.goto(url_for(site, page_type))
    assert response.status == 200
    calls = page.locator(".app-crisis a[href^='tel:'], .app-crisis a[href^='sms:']")
    assert calls.count() >= 4
    for index in range(calls.count()):
        box = calls.nth(index).bounding_box()
        assert box is not None and box["y"] + box["height"] <= PHONE["height"], calls.nth(index).inner_text()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    # Nothing wider than the screen: no sideways scrolling on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360px", "1280px"])
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_no_accessibility_violations(site, browser, page_type, viewport):
    page = browser.new_page(viewport=viewport)
    page.goto(url_for(site, page_type))
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    violations = [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['target']})"
        for v in results.response["violations"]
    ]
    assert violations == []
    page.close()


def test_pages_request_nothing_from_other_hosts(site, browser):
    base_url, _ = site
    page = browser.new_page(viewport=DESKTOP)
    hosts = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).hostname))
    for page_type in PAGE_TYPES:
        page.goto(url_for(site, page_type))
    assert hosts == {"127.0.0.1"}
    page.close()


def test_search_and_filters_work_with_javascript_off(site, browser):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(url_for(site, "HomePage"))
    page.fill("#home-search", "respite")
    page.click("main button[type=submit]")
    assert "/search/" in page.url
    assert page.locator("main .nhsuk-card__link").count() >= 1

    page.goto(url_for(site, "DirectoryIndexPage"))
    page.select_option("#filter-area", "havering")
    page.click("main form button[type=submit]")
    assert "area=havering" in page.url
    assert page.locator("main .nhsuk-card").count() >= 1
    context.close()


def test_keyboard_users_can_skip_to_the_content(site, browser):
    page = browser.new_page(viewport=DESKTOP)
    page.goto(url_for(site, "GuidancePage"))
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    style = page.evaluate(
        "(({boxShadow, outlineStyle}) => [boxShadow, outlineStyle])(getComputedStyle(document.activeElement))"
    )
    assert style != ["none", "none"]  # a visible focus indicator
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#maincontent"
    page.close()


SEARCHES = ["/search/?q=respite", "/search/?q=who+can+I+call+at+night", "/search/?q=IG11&audience=adult-carers"]


@pytest.mark.parametrize("path", SEARCHES)
def test_search_pages_have_no_accessibility_violations(site, browser, path):
    base_url, _ = site
    page = browser.new_page(viewport=PHONE)
    assert page.goto(base_url + path).status == 200
    assert page.locator("main .nhsuk-card__link").count() >= 1
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert [v["id"] for v in results.response["violations"]] == []
    page.close()


def test_search_suggestions_appear_as_you_type(site, browser):
    base_url, _ = site
    page = browser.new_page(viewport=DESKTOP)
    page.goto(base_url + "/")
    with page.expect_response(lambda response: "/search/suggest/" in response.url):
        page.fill("#header-search", "carer")
    page.wait_for_function("document.querySelectorAll('datalist option').length > 0")
    options = page.eval_on_selector_all("datalist option", "els => els.map(e => e.value)")
    assert any("arer" in option for option in options)
    page.close()
