"""Page weight on a first visit, measured in real headless Chromium against the site run as production runs it
(production settings, WhiteNoise's compressed and hashed static files, gunicorn; see demo_server.py).

Budgets (issue 8; 1 KB = 1000 bytes): the home page under 100 KB transferred in total on a first load, the
crisis page under 50 KB, in English and in Urdu. "Transferred" is what crosses the network for the page and
everything it fetches, headers included and bodies as sent (compressed), with an empty cache; it includes what
the service worker fetches on that first visit to keep the crisis page for offline use.
"""

import json
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest

from tests.browser_support import needs_chromium
from tests.demo_server import demo_server

pytestmark = [pytest.mark.browser, pytest.mark.system, needs_chromium]

KB = 1000
HOME_BUDGET = 100 * KB
CRISIS_BUDGET = 50 * KB
ONE_YEAR = 365 * 24 * 60 * 60
PHONE = {"width": 360, "height": 640}
HASHED_STATIC_FILE = re.compile(r"^/static/.+\.[0-9a-f]{12}\.[a-z0-9]+$")

# The crisis page as Site settings name it, in every language it is published in (written to a file, as the
# demo server's setup script runs in its own process).
CRISIS_URLS_SCRIPT = """
import json
from wagtail.models import Site
from carers_site.models import SiteSettings
page = SiteSettings.for_site(Site.objects.get(is_default_site=True)).crisis_page
urls = {{p.locale.language_code: p.url for p in page.get_translations(inclusive=True).live()}}
open({path!r}, "w").write(json.dumps(urls))
"""

# Resolves once the service worker (if the page registered one) has installed, so what it fetches for offline
# use on the first visit is counted too.
SERVICE_WORKER_SETTLED = """async () => {
  if (!("serviceWorker" in navigator)) return;
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration) return;
  await Promise.race([navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(resolve, 15000))]);
}"""


@dataclass
class Transfer:
    url: str
    resource_type: str
    headers: dict
    size: int  # bytes that crossed the network: response headers plus the body as sent


def network_size(request):
    """Bytes of the response on the network (Chromium's encodedDataLength, via Playwright). Zero when the browser
    answered from its own cache. Chromium leaves out the body of a service worker's script, so a body reported
    smaller than the response's Content-Length counts as Content-Length."""
    sizes = request.sizes()
    headers, body = sizes["responseHeadersSize"], sizes["responseBodySize"]
    if headers + body <= 0:
        return 0
    content_length = int(request.response().headers.get("content-length") or 0)
    return headers + max(body, content_length)


def first_load(browser, url):
    """Loads ``url`` in a new browser profile (empty cache, no service worker) and returns every transfer."""
    context = browser.new_context(viewport=PHONE)
    finished = []
    context.on("requestfinished", lambda request: finished.append(request))
    page = context.new_page()
    response = page.goto(url)
    assert response.status == 200, url
    page.evaluate(SERVICE_WORKER_SETTLED)
    page.wait_for_load_state("networkidle")
    transfers = []
    for request in finished:
        response = request.response()
        if response is None or response.from_service_worker:
            continue  # answered by the service worker from what it fetched, which is counted once, below
        transfers.append(Transfer(request.url, request.resource_type, response.headers, network_size(request)))
    context.close()
    return transfers


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("page-weight")
    crisis_file = workdir / "crisis_urls.json"
    setup = CRISIS_URLS_SCRIPT.format(path=str(crisis_file))
    with demo_server(workdir, setup_script=setup, production=True) as (base_url, page_urls):
        yield base_url, page_urls, json.loads(crisis_file.read_text())


@pytest.fixture(scope="module")
def pages(site):
    """The pages with a budget: (label, path, budget)."""
    _base_url, _page_urls, crisis_urls = site
    assert {"en", "ur"} <= set(crisis_urls), crisis_urls
    return [
        ("home (en)", "/", HOME_BUDGET),
        ("home (ur)", "/ur/", HOME_BUDGET),
        ("crisis page (en)", crisis_urls["en"], CRISIS_BUDGET),
        ("crisis page (ur)", crisis_urls["ur"], CRISIS_BUDGET),
    ]


@pytest.fixture(scope="module")
def first_loads(site, pages, browser):
    base_url = site[0]
    return {label: first_load(browser, base_url + path) for label, path, _budget in pages}


def test_home_and_crisis_pages_stay_within_budget_on_a_first_load(pages, first_loads):
    over = {}
    for label, _path, budget in pages:
        transfers = first_loads[label]
        assert any(t.resource_type == "document" for t in transfers) and any(
            t.resource_type == "stylesheet" for t in transfers
        ), label
        total = sum(t.size for t in transfers)
        assert total > 5 * KB, (label, total)  # the measurement is real: at least the page and its stylesheet
        if total >= budget:
            over[label] = (total, budget, sorted(((t.size, t.url) for t in transfers), reverse=True))
    assert over == {}


def test_pages_fetch_nothing_from_another_host(first_loads):
    for label, transfers in first_loads.items():
        assert {urlsplit(t.url).hostname for t in transfers} == {"127.0.0.1"}, label


def test_pages_are_gzipped(first_loads):
    for label, transfers in first_loads.items():
        document = next(t for t in transfers if t.resource_type == "document")
        assert document.headers.get("content-encoding") == "gzip", label
        assert "accept-encoding" in document.headers.get("vary", "").lower(), label


def test_static_files_are_compressed_hashed_and_kept_for_a_year(first_loads):
    static = [t for transfers in first_loads.values() for t in transfers if urlsplit(t.url).path.startswith("/static/")]
    assert {t.resource_type for t in static} >= {"stylesheet", "script"}
    for transfer in static:
        assert HASHED_STATIC_FILE.match(urlsplit(transfer.url).path), transfer.url
        assert transfer.headers.get("content-encoding") in ("br", "gzip"), transfer.url
        max_age = re.search(r"max-age=(\d+)", transfer.headers.get("cache-control", ""))
        assert max_age and int(max_age.group(1)) >= ONE_YEAR, (transfer.url, transfer.headers.get("cache-control"))


@pytest.fixture
def no_javascript(browser):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    yield context.new_page()
    context.close()


def test_the_crisis_numbers_work_without_javascript(site, pages, no_javascript):
    base_url = site[0]
    page = no_javascript
    for _label, path, _budget in pages:
        page.goto(base_url + path)
        calls = page.locator(".app-crisis a[href^='tel:']")
        assert calls.count() >= 3, path
        for index in range(calls.count()):
            assert calls.nth(index).is_visible(), path
            assert re.fullmatch(r"tel:\+?\d+", calls.nth(index).get_attribute("href")), path
    # The crisis page itself lists the numbers in its body too, not only in the panel at the top.
    page.goto(base_url + pages[2][1])
    assert page.locator("main a[href^='tel:']").count() >= 1


def test_the_main_navigation_search_and_directory_filters_work_without_javascript(site, no_javascript):
    base_url, page_urls, _crisis_urls = site
    page = no_javascript
    page.goto(base_url + "/")
    links = page.locator(".app-nav a")
    assert links.count() >= 3
    # On a phone the menu is folded behind "Menu", which opens with no script (a <details>).
    assert not links.first.is_visible()
    page.locator(".app-nav__toggle").click()
    destination = links.first.get_attribute("href")
    links.first.click()
    assert page.url == base_url + destination and page.locator("main h1").count() == 1

    page.fill("#header-search", "respite")
    page.press("#header-search", "Enter")
    assert "/search/?q=respite" in page.url
    assert page.locator("main .nhsuk-card__link").count() >= 1

    page.goto(base_url + page_urls["en"]["DirectoryIndexPage"])
    page.select_option("#filter-area", "havering")
    page.click("main form button[type=submit]")
    assert "area=havering" in page.url
    assert page.locator("main .nhsuk-card").count() >= 1
