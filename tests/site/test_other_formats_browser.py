"""A carer on a phone opens "Other formats and languages" on each key page, in every language it is in, and every
version listed there opens: a 200, in the language the link says (hreflang). In Chromium at 360 px, on the demo."""

import io
import re

import pytest
from pypdf import PdfReader

from tests.browser_support import needs_chromium

pytestmark = [pytest.mark.browser, needs_chromium]
PHONE = {"width": 360, "height": 640}
LANGUAGES = ["en", "cy", "pl", "ur", "bn", "pa", "gu", "so", "tr", "ro", "lt"]
#: The five key pages; young carers is in English, Welsh and Urdu, the others in all eleven languages.
KEY_PAGES = {
    "/crisis/": LANGUAGES,
    "/advice/carers-assessment/": LANGUAGES,
    "/advice/taking-a-break/": LANGUAGES,
    "/advice/money-and-carers-allowance/": LANGUAGES,
    "/advice/young-carers/": ["en", "cy", "ur"],
}


def address(code, path):
    return path if code == "en" else f"/{code}{path}"


def language_of(response):
    """The language of what a link opened: a web page's <html lang>, a PDF's /Lang; None for audio."""
    content_type = response.headers["content-type"]
    if content_type.startswith("text/html"):
        return re.search(r'<html lang="([^"]+)"', response.text()).group(1)
    if content_type == "application/pdf":
        return str(PdfReader(io.BytesIO(response.body())).trailer["/Root"]["/Lang"])
    assert content_type.startswith("audio/"), content_type
    return None


@pytest.mark.parametrize("path", KEY_PAGES)
def test_every_other_format_of_a_key_page_opens_in_its_language(demo_site, browser, path):
    base_url, _, _ = demo_site
    page = browser.new_page(viewport=PHONE)
    kinds, opened = set(), {}  # opened: {address: the language it opened in}
    try:
        for code in KEY_PAGES[path]:
            assert page.goto(base_url + address(code, path)).status == 200, (code, path)
            assert page.evaluate("document.documentElement.lang") == code
            block = page.locator("details.app-other-formats")
            block.locator("summary").click()
            links = block.locator("a")
            assert links.first.is_visible(), f"{code}{path}: the block did not open"
            listed = links.evaluate_all("links => links.map(a => [a.textContent.trim(), a.href, a.hreflang])")
            # Every other language the page is in, and its easy read version.
            languages = {hreflang for _text, _href, hreflang in listed}
            assert set(KEY_PAGES[path]) - {code} <= languages, (code, path)
            assert any("easy read" in text.lower() or "/easy-read/" in href for text, href, _ in listed), listed
            for text, href, hreflang in listed:
                if href not in opened:  # each version is listed on every language's page: opened once
                    response = page.request.get(href)
                    assert response.status == 200, (code, path, text, href)
                    opened[href] = language_of(response)
                    kinds.add(response.headers["content-type"].split(";")[0])
                assert opened[href] in (hreflang, None), (code, path, text, href, opened[href])
    finally:
        page.close()
    assert "text/html" in kinds
