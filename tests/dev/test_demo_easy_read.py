"""The demo's easy read pages (site/dev/demo/content.py EASY_READ): /easy-read/ and the easy read versions of the five
key advice pages, linked both ways under "Other formats and languages" (carers_site/sharing/formats.py)."""

import html
import re

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale, Page, Site

from carers_site.core.site_settings import SiteSettings
from carers_site.dev.demo import content
from resources.models import GuidancePage

pytestmark = pytest.mark.django_db

#: Each key advice page and its easy read version.
KEY_PAGES = {
    "/crisis/": "/easy-read/crisis/",
    "/advice/carers-assessment/": "/easy-read/carers-assessment/",
    "/advice/taking-a-break/": "/easy-read/taking-a-break/",
    "/advice/money-and-carers-allowance/": "/easy-read/money/",
    "/advice/young-carers/": "/easy-read/young-carers/",
}

#: Easy read: short sentences. None longer than this, and most no longer than SHORT.
LONGEST, SHORT = 20, 15


def other_formats(client, url):
    """The links under "Other formats and languages" on the page at ``url``: {link text: (href, hreflang)}."""
    response = client.get(url)
    assert response.status_code == 200, url
    block = BeautifulSoup(response.content, "html.parser").select_one("details.app-other-formats")
    assert block is not None, url
    return {link.get_text(" ", strip=True): (link["href"], link.get("hreflang")) for link in block.select("li a")}


def english_page(url):
    home = Site.objects.get(is_default_site=True).root_page
    return Page.objects.get(url_path=f"{home.url_path}{url.strip('/')}/", locale=Locale.get_default()).specific


def sentences(page):
    """The sentences of a page's title, summary and body as a reader sees them: tags stripped, each paragraph, list
    item, heading and caption on its own, split after a full stop, question mark or exclamation mark."""
    rendered = f"<h1>{page.title}</h1><p>{page.summary}</p>{page.body.render_as_block()}"
    rendered = re.sub(r"</(p|li|h\d|dt|dd|figcaption|div)>|<br\s*/?>", "\n", rendered)
    text = html.unescape(re.sub(r"<[^>]+>", " ", rendered))
    found = []
    for line in text.splitlines():
        found += [sentence for sentence in re.split(r"(?<=[.!?])\s+", line.strip()) if words(sentence)]
    return found


def words(sentence):
    return [word for word in sentence.split() if re.search(r"\w", word)]


def test_each_key_page_links_to_its_easy_read_version_and_back(client, demo):
    for page_url, easy_url in KEY_PAGES.items():
        assert other_formats(client, page_url)["Easy read version"] == (easy_url, "en"), page_url
        assert other_formats(client, easy_url)["Standard version"] == (page_url, "en"), easy_url
        assert english_page(page_url).easy_read_version_id == english_page(easy_url).pk


@pytest.mark.parametrize("code", ["cy", "ur", "pl"])
def test_a_translated_key_page_offers_the_easy_read_version_in_its_language_else_english(client, demo, code):
    """Welsh and Urdu have their own easy read pages (linked both ways); Polish has none, so it offers the English."""
    key = english_page("/crisis/").translation_key
    page = GuidancePage.objects.get(translation_key=key, locale__language_code=code)
    easy_language = code if code in ("cy", "ur") else "en"
    prefix = "" if easy_language == "en" else f"/{code}"
    with translation.override(code):  # the links' words are in the page's language
        easy_read, standard = gettext("Easy read version"), gettext("Standard version")
    assert other_formats(client, page.url)[easy_read] == (f"{prefix}/easy-read/crisis/", easy_language)
    if easy_language != "en":
        assert other_formats(client, f"/{code}/easy-read/crisis/")[standard] == (f"/{code}/crisis/", code)


def test_the_easy_read_pages_are_live_public_and_easy_read(demo):
    section = english_page("/easy-read/")
    assert section.depth == 3 and section.easy_read  # top level, under the home page
    pages = GuidancePage.objects.child_of(section)
    assert sorted(page.url for page in pages) == sorted(KEY_PAGES.values())
    public = set(Page.objects.live().public().values_list("pk", flat=True))
    for page in [section, *pages]:
        assert page.live and page.pk in public and page.easy_read, page.url
        assert not page.has_unpublished_changes, page.url


def test_the_easy_read_section_links_to_its_five_pages(client, demo):
    main = BeautifulSoup(client.get("/easy-read/").content, "html.parser").select_one("main article")
    links = {link["href"] for link in main.select(".rich-text a, p a, li a")}
    assert set(KEY_PAGES.values()) <= links


def test_the_crisis_page_of_the_site_is_still_the_standard_one(demo):
    site = Site.objects.get(is_default_site=True)
    assert SiteSettings.for_site(site).crisis_page.url == "/crisis/"


def test_easy_read_pages_use_short_sentences(demo):
    for url in ["/easy-read/", *KEY_PAGES.values()]:
        page = english_page(url)
        found = sentences(page)
        assert len(found) > 3, url
        too_long = [sentence for sentence in found if len(words(sentence)) > LONGEST]
        assert too_long == [], url
        short = [sentence for sentence in found if len(words(sentence)) <= SHORT]
        assert len(short) >= 0.9 * len(found), (url, [s for s in found if s not in short])


def test_easy_read_pages_give_the_crisis_numbers_in_full(client, demo):
    crisis = client.get("/easy-read/crisis/").content.decode()
    for number in ["999", "111", "116 123", "85258", "0800 1111"]:
        assert f"<strong>{number}</strong>" in crisis, number
    assert "<strong>0800 1111</strong>" in client.get("/easy-read/young-carers/").content.decode()


def test_the_easy_read_content_names_real_standard_pages():
    standard = {row["slug"] for row in content.GUIDANCE}
    assert len(content.EASY_READ["pages"]) == len(KEY_PAGES)
    assert {row["easy_read_of"] for row in content.EASY_READ["pages"]} <= standard
