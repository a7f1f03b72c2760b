"""Family packs in real headless Chromium (Debian's package), on the demo site: with and without JavaScript,
printing, accessibility. One demo server for the module (see demo_server.py)."""

import io
import re
import time

import pypdf
import pytest
import zxingcpp
from PIL import Image

from tests.browser_support import needs_chromium, wait_until, wcag_violations

pytestmark = [pytest.mark.browser, needs_chromium]
PHONE = {"width": 360, "height": 640}
DESKTOP = {"width": 1280, "height": 800}
# window.print() would open a dialog that blocks the test: count the calls instead.
STUB_PRINT = "window.print = () => { window.printCalls = (window.printCalls || 0) + 1; };"


@pytest.fixture(scope="module")
def site(demo_site):
    base_url, page_urls, _workdir = demo_site
    return base_url, page_urls


def new_page(browser, javascript=True, viewport=DESKTOP):
    context = browser.new_context(viewport=viewport, java_script_enabled=javascript)
    context.add_init_script(STUB_PRINT)
    return context.new_page()


def add_from_page(page, url):
    """Open a page, unfold "Share this page" and choose "Add to family pack"."""
    page.goto(url)
    page.locator(".app-share summary").click()
    page.locator(".app-share form[action$='/pack/add/'] button").click()  # "Add to family pack", in any language
    page.wait_for_url("**/pack/")


def add_from_search(page, words):
    page.get_by_label("Search for a page to add").fill(words)
    page.get_by_role("button", name="Find pages").click()
    page.locator(".app-pack-results__item").get_by_role("button").first.click()


def accessibility_violations(page):
    violations_found = wcag_violations(page)
    return [(v["id"], [node["target"] for node in v["nodes"]]) for v in violations_found]


def test_a_clinician_makes_and_prints_a_pack(site, browser):
    base_url, page_urls = site
    page = new_page(browser)
    add_from_page(page, base_url + page_urls["en"]["GuidancePage"])
    assert "is in your pack" in page.locator(".app-pack-messages").inner_text()
    add_from_search(page, "crisis")
    add_from_search(page, "support network")
    assert page.locator(".app-pack-list__item").count() == 3
    assert accessibility_violations(page) == []

    note = page.get_by_label("A note for the family")
    note.fill("Read the crisis page first.")
    assert page.locator(".nhsuk-character-count__message").inner_text() == "Characters left: 473"
    page.get_by_role("button", name="Make the pack").click()
    page.wait_for_url("**/pack/print/?pack=*")

    print_button = page.get_by_role("button", name="Print")
    assert print_button.is_visible()
    print_button.click()
    assert page.evaluate("window.printCalls") == 1
    assert accessibility_violations(page) == []

    # On paper: no site header or footer, and each page of the pack starts a new sheet.
    titles = page.locator(".app-pack-sheet__title").all_inner_texts()
    site_name = page.locator(".app-pack-sheet__site").first.inner_text()
    page.emulate_media(media="print")
    assert not page.locator(".app-header").is_visible()
    assert not page.locator(".app-pack-bar").is_visible()
    reader = pypdf.PdfReader(io.BytesIO(page.pdf(format="A4")))
    sheet_texts = [sheet.extract_text() for sheet in reader.pages]
    first_sheets = [next(n for n, text in enumerate(sheet_texts) if title in text) for title in titles]
    assert first_sheets == sorted(set(first_sheets)) and first_sheets[0] == 0
    for number in first_sheets:
        assert sheet_texts[number].lstrip().startswith(site_name)  # the top of a sheet, not the middle of one
    assert all("Need help now?" in sheet_texts[number - 1] for number in first_sheets[1:] + [len(sheet_texts)])
    page.context.close()


def test_the_pack_works_without_javascript(site, browser):
    base_url, page_urls = site
    page = new_page(browser, javascript=False)
    add_from_page(page, base_url + page_urls["en"]["ServicePage"])
    add_from_page(page, base_url + page_urls["en"]["LeafletPage"])
    items = page.locator(".app-pack-list__item")
    second = items.nth(1).locator("a").inner_text()
    items.nth(1).get_by_role("button", name="Move up").click()
    assert page.locator(".app-pack-list__item").first.locator("a").inner_text() == second
    page.get_by_role("button", name="Make the pack").click()
    page.wait_for_url("**/pack/print/?pack=*")
    assert not page.get_by_role("button", name="Print").is_visible()  # it needs JavaScript, so it stays hidden
    assert page.locator(".app-pack-sheet").count() == 2
    with page.expect_download() as download:
        page.get_by_role("link", name="Download PDF").click()
    assert re.fullmatch(r"family-pack-\d{4}-\d{2}-\d{2}\.pdf", download.value.suggested_filename)
    with open(download.value.path(), "rb") as pdf:
        assert len(pypdf.PdfReader(pdf).pages) >= 2
    page.context.close()


@pytest.mark.parametrize("language", ["en", "ur"])
def test_the_pack_fits_a_phone_screen(site, browser, language):
    base_url, page_urls = site
    page = new_page(browser, viewport=PHONE)
    add_from_page(page, base_url + page_urls[language]["GuidancePage"])
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.locator("button[value=make]").click()
    page.wait_for_url("**/pack/print/?pack=*")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert accessibility_violations(page) == []
    page.context.close()


def test_from_a_page_a_clinician_gets_the_link_the_qr_code_and_a_printed_two_page_pack(site, browser):
    """The issue's "done when", as a new user would do it: from a guidance page, the short link and a QR code a
    phone reads; then that page and a service in a pack, printed and downloaded, crisis numbers on every sheet."""
    base_url, page_urls = site
    started = time.monotonic()
    page = new_page(browser)
    page.goto(base_url + page_urls["en"]["GuidancePage"])
    first_title = page.locator("h1").inner_text()
    crisis_number = page.locator(".app-crisis__call .app-phone").first.inner_text()

    page.locator(".app-share summary").click()
    short_url = page.locator(".app-share__address").inner_text().strip()
    qr_image = page.locator("img.app-share__qr-image")
    qr_image.scroll_into_view_if_needed()
    wait_until(page, "image => image.complete && image.naturalWidth > 0", qr_image.element_handle())
    decoded = zxingcpp.read_barcodes(Image.open(io.BytesIO(qr_image.screenshot())))
    assert [code.text for code in decoded] == [short_url]
    assert short_url.startswith(base_url + "/go/")

    page.locator(".app-share form[action$='/pack/add/'] button").click()
    page.wait_for_url("**/pack/")
    add_from_page(page, base_url + page_urls["en"]["ServicePage"])
    page.get_by_role("button", name="Make the pack").click()
    page.wait_for_url("**/pack/print/?pack=*")
    titles = page.locator(".app-pack-sheet__title").all_inner_texts()
    assert len(titles) == 2 and titles[0] == first_title

    page.emulate_media(media="print")
    printed = pypdf.PdfReader(io.BytesIO(page.pdf(format="A4")))
    printed_text = "\n".join(sheet.extract_text() for sheet in printed.pages)
    assert all(title in printed_text for title in titles)
    assert printed_text.count(crisis_number) >= 2  # once on each of the two sheets
    page.emulate_media(media="screen")

    with page.expect_download() as download:
        page.get_by_role("link", name="Download PDF").click()
    with open(download.value.path(), "rb") as pdf:
        sheets = [sheet.extract_text() for sheet in pypdf.PdfReader(pdf).pages]
    assert all(title in "\n".join(sheets) for title in titles)
    assert all(crisis_number in sheet for sheet in sheets)  # the crisis numbers are on every page of the PDF
    page.context.close()
    print(f"\nShort link, QR code and a printed and downloaded 2-page pack: {time.monotonic() - started:.1f} s")
