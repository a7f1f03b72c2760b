"""The "Share this page" box in real headless Chromium (Debian's package), on the demo site.

A clinician opens the box, reads out the short link or shows the QR code; a phone camera reading that code
must get the same address, and the address must lead back to the page.
"""

import io

import pytest
import zxingcpp
from PIL import Image

from tests.browser_support import needs_chromium, wait_until, wcag_violations

pytestmark = [pytest.mark.browser, needs_chromium]
PHONE = {"width": 360, "height": 640}
DESKTOP = {"width": 1280, "height": 800}
IMAGE_LOADED = "image => image.complete && image.naturalWidth > 0"


@pytest.fixture(scope="module")
def site(demo_site):
    base_url, page_urls, _workdir = demo_site
    return base_url, page_urls


def page_url(site, language="en", page_type="GuidancePage"):
    base_url, page_urls = site
    assert page_type in page_urls.get(language, {}), f"the demo has no {page_type} in {language}"
    return base_url + page_urls[language][page_type]


def decode(png):
    return [result.text for result in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))]


def open_share_box(page):
    box = page.locator(".app-share")
    box.locator("summary").click()
    image = box.locator("img.app-share__qr-image")
    image.scroll_into_view_if_needed()
    wait_until(page, IMAGE_LOADED, image.element_handle())
    return box


def test_the_short_link_and_its_qr_code_lead_to_the_page(site, browser):
    base_url, _ = site
    url = page_url(site)
    context = browser.new_context(viewport=DESKTOP, device_scale_factor=2)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    page = context.new_page()
    assert page.goto(url).status == 200
    assert not page.locator(".app-share__address").is_visible()  # folded away until asked for

    box = open_share_box(page)
    short_url = box.locator(".app-share__address").inner_text().strip()
    assert short_url.startswith(base_url + "/go/") and short_url.endswith("/")
    image = box.locator("img.app-share__qr-image")
    assert image.get_attribute("src").endswith("/qr.svg")
    assert decode(image.screenshot()) == [short_url]  # what a phone camera would read from the screen

    copy = box.get_by_role("button", name="Copy link")
    copy.click()
    wait_until(page, "document.querySelector('.app-share__status').textContent.includes('copied')")
    assert page.evaluate("navigator.clipboard.readText()") == short_url

    page.emulate_media(media="print")
    assert not box.is_visible()
    printed = page.locator(".app-print-url")
    assert printed.is_visible() and short_url in printed.inner_text()
    assert decode(page.locator(".app-print-url__qr svg").screenshot()) == [short_url]
    page.emulate_media(media="screen")

    assert page.goto(short_url).status == 200
    assert page.url == url
    context.close()


def test_without_javascript_the_link_is_there_to_select_and_no_copy_button_shows(site, browser):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(page_url(site))
    page.locator(".app-share summary").click()
    assert page.locator(".app-share__address").is_visible()
    assert not page.get_by_role("button", name="Copy link").is_visible()
    # Nothing wider than the screen, even with the long address showing.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360px", "1280px"])
@pytest.mark.parametrize("language", ["en", "ur"])
def test_the_open_share_box_has_no_accessibility_violations(site, browser, language, viewport):
    page = browser.new_page(viewport=viewport)
    page.goto(page_url(site, language))
    open_share_box(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    violations_found = wcag_violations(page)
    violations = [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['target']})" for v in violations_found
    ]
    assert violations == []
    page.close()
