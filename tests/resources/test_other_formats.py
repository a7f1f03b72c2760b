"""Guidance pages and leaflets list their other versions under "Other formats and languages"
(components/other_formats.html, carers_site/sharing/formats.py)."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import PageViewRestriction

from resources.audio_models import AudioVersion
from tests.factories.resources import (
    DocumentFactory,
    GuidancePageFactory,
    LeafletIndexPageFactory,
    LeafletPageFactory,
)
from tests.helpers import translate_page

pytestmark = pytest.mark.django_db


def publish(page):
    page.save_revision().publish()
    return page


def make_private(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="staff")


def recorded_audio(page, seconds=170, name="reading.mp3"):
    audio, _created = AudioVersion.objects.get_or_create(page=page)
    audio.recording.save(name, ContentFile(b"ID3" + b"\0" * 3069), save=False)
    audio.recording_seconds = seconds
    audio.save()
    return audio


def other_formats(client, page, url=None):
    """Each entry of the page's "Other formats and languages": (link text, href, hreflang, lang of the language's
    name, its details), or None if the page has no such block."""
    html = BeautifulSoup(client.get(url or page.url).content, "html.parser")
    block = html.select_one("details.app-other-formats")
    if block is None:
        return None
    entries = []
    for item in block.select("li"):
        link = item.find("a")
        named = item.select_one(".app-meta [lang]") or link
        entries.append(
            {
                "text": link.get_text(" ", strip=True),
                "href": link["href"],
                "hreflang": link.get("hreflang"),
                "lang": named.get("lang"),
                "dir": named.get("dir"),
                "details": " ".join(item.select_one(".app-meta").get_text().split()),
            }
        )
    return entries


@pytest.fixture
def guidance(home):
    """A guidance page with a Welsh and an Urdu translation, an easy read version and a recording."""
    easy = publish(GuidancePageFactory(parent=home, title="Taking a break (easy read)", easy_read=True))
    page = GuidancePageFactory(parent=home, title="Taking a break", easy_read_version=easy)
    publish(page)
    translate_page(page, "cy", "Cymryd seibiant")
    translate_page(page, "ur", "وقفہ لینا")
    recorded_audio(page)
    return page, easy


@pytest.fixture
def leaflet(home):
    index = publish(LeafletIndexPageFactory(parent=home))
    document = DocumentFactory(file=ContentFile(b"%PDF-1.4\n" + b"x" * (240 * 1024), name="leaflet.pdf"))
    page = publish(LeafletPageFactory(parent=index, title="A brief guide for carers", document=document))
    return page


def test_a_guidance_page_lists_its_languages_easy_read_audio_and_print_version(client, guidance):
    page, easy = guidance
    entries = other_formats(client, page)
    assert [(entry["text"], entry["hreflang"], entry["lang"]) for entry in entries] == [
        ("Cymraeg", "cy", "cy"),
        ("اردو", "ur", "ur"),
        ("Easy read version", "en", "en"),
        ("Audio, read by a person", "en", "en"),
        ("Version to print", "en", "en"),
        ("Large print version", "en", "en"),
    ]
    by_text = {entry["text"]: entry for entry in entries}
    assert by_text["اردو"]["dir"] == "rtl" and by_text["Cymraeg"]["dir"] == "ltr"
    assert by_text["اردو"]["href"] == page.get_translations().get(locale__language_code="ur").url
    assert by_text["Easy read version"]["href"] == easy.url
    assert by_text["Easy read version"]["details"] == "(English, web page)"
    assert by_text["Audio, read by a person"]["details"] == "(English, MP3, 3 minutes)"
    assert by_text["Audio, read by a person"]["href"].endswith(".mp3")
    assert by_text["Version to print"]["href"].startswith("/pack/print/?pack=")
    assert client.get(by_text["Version to print"]["href"]).status_code == 200
    # Large print: the same print view, its sheets in large type.
    large = client.get(by_text["Large print version"]["href"])
    assert by_text["Large print version"]["href"] == by_text["Version to print"]["href"] + "&size=large"
    assert large.status_code == 200 and "app-large-print" in large.content.decode()
    assert "app-large-print" not in client.get(by_text["Version to print"]["href"]).content.decode()


def test_the_easy_read_page_links_back_to_the_standard_one(client, guidance):
    page, easy = guidance
    entries = other_formats(client, easy)
    assert [(entry["text"], entry["href"]) for entry in entries] == [
        ("Standard version", page.url),
        ("Version to print", entries[-2]["href"]),
        ("Large print version", entries[-1]["href"]),
    ]


def test_a_translation_lists_the_other_languages_and_the_untranslated_easy_read_in_english(client, guidance):
    page, _easy = guidance
    urdu = page.get_translations().get(locale__language_code="ur").specific
    entries = other_formats(client, urdu)
    texts = [entry["text"] for entry in entries]
    assert "English" in texts and "Cymraeg" in texts and "اردو" not in texts
    # The easy read page is not translated: it is offered in English, marked so (the labels are in Urdu).
    with translation.override("ur"):
        label, kind = gettext("Easy read version"), gettext("web page")
    easy_read = next(entry for entry in entries if entry["text"] == label)
    assert (easy_read["hreflang"], easy_read["lang"], easy_read["details"]) == ("en", "en", f"(English, {kind})")
    assert not any("MP3" in entry["details"] for entry in entries)  # the Urdu page has no audio yet


def test_audio_with_no_known_length_gives_its_size(client, guidance):
    page, _easy = guidance
    AudioVersion.objects.filter(page=page).update(recording_seconds=None)
    audio = next(entry for entry in other_formats(client, page) if entry["text"].startswith("Audio"))
    assert audio["details"] == "(English, MP3, 3.0 KB)"


def test_a_leaflet_lists_its_languages_easy_read_audio_pdf_and_print_version(client, leaflet):
    easy = publish(LeafletPageFactory(parent=leaflet.get_parent(), title="A brief guide (easy read)", easy_read=True))
    leaflet.easy_read_version = easy
    publish(leaflet)
    translate_page(leaflet, "ur", "دیکھ بھال کرنے والوں کے لیے مختصر رہنما")
    audio = recorded_audio(leaflet, seconds=50, name="reading.ogg")
    audio.recording = ""  # no recording: the ready computer-read draft is played
    audio.draft.save("draft.mp3", ContentFile(b"ID3" + b"\0" * 100), save=False)
    audio.draft_status, audio.draft_seconds = AudioVersion.DraftStatus.READY, 50
    audio.save()
    entries = other_formats(client, leaflet)
    assert [(entry["text"], entry["hreflang"], entry["details"]) for entry in entries] == [
        ("اردو", "ur", "(web page)"),
        ("Easy read version", "en", "(English, web page)"),
        ("Audio, read by a computer voice", "en", "(English, MP3, 1 minute)"),
        ("Leaflet to download", "en", "(English, PDF, 240.0 KB)"),
        ("Version to print", "en", "(English, web page)"),
        ("Large print version", "en", "(English, web page)"),
    ]
    assert entries[3]["href"] == leaflet.document.url
    assert [entry["text"] for entry in other_formats(client, easy)][0] == "Standard version"


def test_a_translated_leaflet_with_the_english_pdf_says_the_pdf_is_in_english(client, leaflet):
    welsh = translate_page(leaflet, "cy", "Canllaw byr i ofalwyr")
    entries = other_formats(client, welsh)
    pdf = next(entry for entry in entries if entry["href"] == leaflet.document.url)
    assert pdf["lang"] == "en" and pdf["details"] == "(English, PDF, 240.0 KB)"
    assert ("English", "en") in [(entry["text"], entry["hreflang"]) for entry in entries]


def test_missing_formats_are_not_listed(client, home):
    page = publish(GuidancePageFactory(parent=home, title="Money"))
    entries = other_formats(client, page)
    assert [entry["text"] for entry in entries] == ["Version to print", "Large print version"]


def test_draft_and_private_versions_are_not_listed(client, home):
    easy = publish(GuidancePageFactory(parent=home, title="Money (easy read)", easy_read=True))
    page = publish(GuidancePageFactory(parent=home, title="Money", easy_read_version=easy))
    make_private(easy)
    welsh = translate_page(page, "cy", "Arian")
    type(welsh).objects.filter(pk=welsh.pk).update(live=False)  # taken down, or never published
    recorded_audio(page)
    texts = [entry["text"] for entry in other_formats(client, page)]
    assert texts == ["Audio, read by a person", "Version to print", "Large print version"]
    # A restriction on a translation covers the page and all its translations (carers_site/core/privacy.py): then
    # the page itself asks for the password, and no version of it is offered anywhere.


def test_a_private_page_shows_no_private_versions_no_audio_and_no_print_version(admin_client, home):
    easy = publish(GuidancePageFactory(parent=home, title="Staff notes (easy read)", easy_read=True))
    page = publish(GuidancePageFactory(parent=home, title="Staff notes", easy_read_version=easy))
    urdu = translate_page(page, "ur", "عملے کے نوٹس")
    recorded_audio(page)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert admin_client.get(page.url).status_code == 200
    entries = other_formats(admin_client, page)
    # The Urdu page is private with it (a restriction covers the page's translations): not listed either.
    assert [entry["text"] for entry in entries] == ["Easy read version"]
    assert urdu.url not in [entry["href"] for entry in entries]


def test_other_page_types_have_no_block(client, home):
    assert other_formats(client, home) is None


def test_publishing_a_page_remakes_its_easy_read_version_and_the_other_way(client, home, settings):
    settings.PAGE_CACHE_SECONDS = 600  # the page cache on, as in production (tests/caching/test_page_cache.py)
    easy = publish(GuidancePageFactory(parent=home, title="Money (easy read)", easy_read=True))
    page = publish(GuidancePageFactory(parent=home, title="Money"))
    assert other_formats(client, easy) == other_formats(client, easy)  # the second one from the cache
    assert client.get(easy.url)["X-Page-Cache"] == "hit"

    page.easy_read_version = easy
    publish(page)
    assert [entry["text"] for entry in other_formats(client, easy)][0] == "Standard version"
    assert [entry["text"] for entry in other_formats(client, page)][0] == "Easy read version"

    client.get(page.url)
    publish(easy)
    assert client.get(page.url)["X-Page-Cache"] == "miss"
