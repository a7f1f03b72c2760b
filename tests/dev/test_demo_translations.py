"""The demo's Welsh and Urdu drafts: made through wagtail-localize, complete, right to left, and editable by PO.

Each test starts from the demo as ``load_demo --with-admin`` makes it, loaded once per run (the ``demo`` fixture,
tests/demo_database.py); what a test changes is rolled back.
"""

import io
import json
import re

import polib
import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from carers_site.dev.demo import content, translations
from carers_site.models import Audience, CareArea, HomePage
from directory.models import CrisisLine
from resources.models import GuidancePage, LeafletPage

LANGUAGES = list(translations.LANGUAGES)  # all ten
#: Each language's translated pages, as addresses under the language's prefix ("/" is the home page).
PATHS_BY_LANGUAGE = {
    code: ["/" + "".join(f"{slug}/" for slug in path) for path in translations.PAGES[code]] for code in LANGUAGES
}
#: The demo pages of the brief (and the advice pages added since), and the two section pages above them.
PATHS = {
    "home": "/",
    "crisis": "/crisis/",
    "assessment": "/advice/carers-assessment/",
    "leaflet": f"/leaflets/{content.LEAFLET['slug']}/",
    "advice": "/advice/",
    "leaflets": "/leaflets/",
    "break": "/advice/taking-a-break/",
    "money": "/advice/money-and-carers-allowance/",
    "young carers": "/advice/young-carers/",
    "are you a carer": "/advice/who-is-a-carer/",
    "support network": "/advice/mapping-your-support-network/",
    "support network map": "/advice/mapping-your-support-network/support-network-map/",
    "find local help": "/directory/",
    "resource library": "/resources/",
    "news": "/news/",
    "events": "/events/",
}
KEY_PAGES = [
    "/",
    "/crisis/",
    "/advice/carers-assessment/",
    "/advice/taking-a-break/",
    "/advice/money-and-carers-allowance/",
]
CRISIS_NUMBERS = {"999": "tel:999", "116 123": "tel:116123", "0800 1111": "tel:+448001111"}
SNIPPET_MODELS = {"crisis_lines": CrisisLine, "audiences": Audience, "care_areas": CareArea}


def english(path):
    return Page.objects.get(url_path=f"/home{path}", locale=Locale.get_default()).specific


def translated(page, code):
    return page.get_translation(Locale.objects.get(language_code=code)).specific


def english_pages(code):
    return [english(path) for path in PATHS_BY_LANGUAGE[code]]


def english_snippets(code):
    default = Locale.get_default()
    return [
        item for kind in translations.SNIPPETS[code] for item in SNIPPET_MODELS[kind].objects.filter(locale=default)
    ]


# --- the text itself (no database) -------------------------------------------------------------------------------


def test_every_language_has_the_key_pages_and_welsh_and_urdu_every_page_within_two_clicks():
    for code in LANGUAGES:
        assert set(KEY_PAGES) <= set(PATHS_BY_LANGUAGE[code]), code
    for code in ("cy", "ur"):
        assert set(PATHS.values()) <= set(PATHS_BY_LANGUAGE[code])
        sections = [("news", content.NEWS), ("events", content.EVENTS), ("directory", content.SERVICES)]
        sections.append((content.EASY_READ["slug"], content.EASY_READ["pages"]))
        for section, rows in sections:
            assert {f"/{section}/{row['slug']}/" for row in rows} <= set(PATHS_BY_LANGUAGE[code]), section


def test_languages_with_the_same_pages_translate_the_same_english():
    assert set(translations.WELSH) == set(translations.URDU)
    others = [code for code in LANGUAGES if code not in ("cy", "ur")]
    assert all(set(translations.TRANSLATIONS[code]) == set(translations.TRANSLATIONS[others[0]]) for code in others)


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_numbers_and_tags(code):
    text_by_english = translations.TRANSLATIONS[code]
    for english_text, text in text_by_english.items():
        assert text.strip(), english_text
        assert re.findall(r"<[^>]+>", text) == re.findall(r"<[^>]+>", english_text), english_text
        for number in re.findall(r"\d[\d ]*\d|\d", english_text):
            assert number in text, (english_text, number)
    # Only names (of services, people and published guides) may stay as they are in English.
    kept = [english_text for english_text, text in text_by_english.items() if text == english_text]
    assert len(kept) <= len(text_by_english) // 10, kept


# --- made through wagtail-localize --------------------------------------------------------------------------------


def test_loader_reports_the_translations_step_without_warnings(demo):
    out, err = demo, demo.errors
    expected = sum(len(english_pages(code)) + len(english_snippets(code)) for code in LANGUAGES)
    assert re.search(rf"\[\d+/\d+\] translations: {expected} added", out)
    assert "translation in site/dev/demo/translations/" not in err


@pytest.mark.parametrize("code", LANGUAGES)
def test_pages_are_live_at_their_language_addresses(client, demo, code):
    for path in PATHS_BY_LANGUAGE[code]:
        original = english(path)
        page = translated(original, code)
        assert page.alias_of_id is None
        # News the demo schedules to go live in a few days goes live with its translations, not before.
        assert page.live == original.live and (page.go_live_at == original.go_live_at), path
        assert page.url == f"/{code}{path}"
    # Every live page is opened in tests/dev/test_demo_pages.py; here, each language's key pages.
    for path in KEY_PAGES:
        assert client.get(f"/{code}{path}").status_code == 200, (code, path)
    assert isinstance(translated(english("/"), code), HomePage)
    if code in ("cy", "ur"):
        assert isinstance(translated(english(PATHS["leaflet"]), code), LeafletPage)


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_are_drafts_for_a_native_speaker(client, demo, code):
    for path in PATHS_BY_LANGUAGE[code]:
        page = translated(english(path), code)
        assert page.translation_checked is False
        assert page.translation_is_draft
    html = client.get(f"/{code}/crisis/").content.decode()
    assert "app-draft-translation" in html


@pytest.mark.parametrize("code", LANGUAGES)
def test_wagtail_localize_knows_every_translation_and_it_is_complete(demo, code):
    """The translation editor shows each one at 100%: every source segment has a valid translation."""
    locale = Locale.objects.get(language_code=code)
    for instance in english_pages(code) + english_snippets(code):
        source = TranslationSource.objects.get_for_instance(instance)
        translation = Translation.objects.get(source=source, target_locale=locale)
        assert translation.enabled
        total, done = translation.get_progress()
        untranslated = [
            segment.string.data
            for segment in StringSegment.objects.filter(source=source).select_related("string", "context")
            if not StringTranslation.objects.filter(
                translation_of=segment.string, context=segment.context, locale=locale, has_error=False
            ).exists()
        ]
        assert untranslated == [], f"{instance}: add these to site/dev/demo/translations/"
        assert total == done > 0
        assert translation.get_target_instance().locale == locale


def test_translation_editor_shows_every_string_translated(client, demo, django_user_model):
    editor = django_user_model.objects.create_superuser("checker", "checker@example.org", "a-long-password-1")
    client.force_login(editor)
    page = translated(english(PATHS["crisis"]), "ur")
    response = client.get(f"/admin/pages/{page.pk}/edit/")  # wagtail-localize's editor for a synced translation
    assert response.status_code == 200
    props = json.loads(BeautifulSoup(response.content.decode(), "html.parser").select_one("[data-props]")["data-props"])
    strings = [segment for segment in props["segments"] if segment["type"] == "string"]
    done = {row["segment_id"]: row["data"] for row in props["initialStringTranslations"] if not row["error"]}
    assert strings and all(segment["id"] in done for segment in strings)
    assert done[strings[0]["id"]] == translations.URDU["What to do in a crisis"]


def test_faq_questions_are_translated_too(client, demo):
    html = client.get("/ur/crisis/").content.decode()
    assert translations.URDU["What if the person will not accept help?"] in html
    assert "What if the person will not accept help?" not in html


def test_snippets_carers_see_are_translated(demo):
    urdu = Locale.objects.get(language_code="ur")
    welsh = Locale.objects.get(language_code="cy")
    for line in CrisisLine.objects.filter(locale=Locale.get_default()):
        copy = line.get_translation(urdu)
        assert copy.name == translations.URDU[line.name]
        assert (copy.phone, copy.text_number, copy.text_message) == (line.phone, line.text_number, line.text_message)
        if line.hours:
            assert copy.hours == translations.URDU[line.hours]
    young = Audience.objects.get(slug="young-carers", locale=Locale.get_default())
    assert young.get_translation(welsh).name == "Gofalwyr ifanc (o dan 18)"
    assert young.get_translation(welsh).slug == "young-carers"
    assert CareArea.objects.get(slug="dementia", locale=urdu).name == translations.URDU["Dementia"]


# --- what carers see ----------------------------------------------------------------------------------------------


def test_urdu_crisis_page_is_right_to_left_with_numbers_to_tap(client, demo):
    response = client.get("/ur/crisis/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ur" dir="rtl">' in html
    soup = BeautifulSoup(html, "html.parser")
    main = soup.select_one("main")
    assert translations.URDU["What to do in a crisis"] == soup.select_one("h1").get_text(strip=True)
    assert translations.URDU["If someone's life is in danger"] in main.get_text()
    links = {a["href"] for a in main.select("a[href^='tel:']")}
    assert set(CRISIS_NUMBERS.values()) <= links
    # The numbers are left as they are in the English, so they read and dial the same.
    for number in CRISIS_NUMBERS:
        assert number in main.get_text()


def test_crisis_panel_on_urdu_pages_names_the_lines_in_urdu(client, demo):
    soup = BeautifulSoup(client.get("/ur/").content.decode(), "html.parser")
    names = [name.get_text(strip=True) for name in soup.select(".app-crisis__name")]
    urgent = [row for row in content.CRISIS_LINES if row["kind"] != "not_urgent"]
    expected = [translations.URDU[row["name"]] for row in sorted(urgent, key=lambda r: r["order"])]
    assert names == expected
    # The short names a phone shows under each number are translated too.
    shorts = [short.get_text(strip=True) for short in soup.select(".app-crisis__short")]
    assert shorts == [translations.translate(row["short_name"], "ur") for row in urgent if row.get("short_name")]
    assert soup.select_one(".app-crisis a[href='tel:999']") is not None


def test_welsh_home_page_is_in_welsh(client, demo):
    soup = BeautifulSoup(client.get("/cy/").content.decode(), "html.parser")
    assert soup.select_one("html")["lang"] == "cy"
    assert soup.select_one("h1").get_text(strip=True) == translations.WELSH["Help for unpaid carers"]
    assert translations.WELSH["I am a young carer"] in soup.get_text()


# --- running again, PO files, missing text ------------------------------------------------------------------------


def test_running_the_loader_again_changes_nothing(demo):
    models = [Page, CrisisLine, Audience, CareArea, Translation, TranslationSource, StringTranslation]
    before = {model.__name__: model.objects.count() for model in models}
    revisions = dict(Page.objects.values_list("pk", "latest_revision_id"))
    out, err = io.StringIO(), io.StringIO()
    call_command("load_demo", stdout=out, stderr=err)
    assert {model.__name__: model.objects.count() for model in models} == before
    assert dict(Page.objects.values_list("pk", "latest_revision_id")) == revisions
    assert re.search(r"\[\d+/\d+\] translations: 0 added", out.getvalue())
    assert "0 things added" in out.getvalue()
    assert err.getvalue() == ""


def test_po_export_has_the_urdu_and_an_edited_po_changes_the_page(client, demo):
    crisis = english(PATHS["crisis"])
    urdu = Locale.objects.get(language_code="ur")
    translation = Translation.objects.get(source=TranslationSource.objects.get_for_instance(crisis), target_locale=urdu)

    po = polib.pofile(str(translation.export_po()))
    by_english = {entry.msgid: entry for entry in po}
    heading = "If someone's life is in danger"
    assert by_english[heading].msgstr == translations.URDU[heading]
    assert all(entry.msgstr for entry in po), "every string has its Urdu"

    # A translator corrects one string offline and the editor imports the file.
    corrected = "اگر کسی کی زندگی خطرے میں ہو"
    by_english[heading].msgstr = corrected
    assert translation.import_po(polib.pofile(str(po))) == []
    translation.save_target(publish=False)
    page = translation.get_target_instance()
    page.get_latest_revision().publish()

    soup = BeautifulSoup(client.get("/ur/crisis/").content.decode(), "html.parser")
    headings = [h2.get_text(strip=True) for h2 in soup.select("main h2")]
    assert corrected in headings
    assert translations.URDU[heading] not in headings
    assert page.translation_checked is False  # still a draft until a native speaker ticks it


def test_a_string_with_no_translation_falls_back_to_english_with_a_warning(demo, monkeypatch):
    heading = "After a crisis"
    monkeypatch.setitem(translations.TRANSLATIONS, "cy", {k: v for k, v in translations.WELSH.items() if k != heading})
    welsh = Locale.objects.get(language_code="cy")
    translated(english(PATHS["crisis"]), "cy").delete()  # wagtail-localize removes its strings with it

    out, err = io.StringIO(), io.StringIO()
    call_command("load_demo", stdout=out, stderr=err)

    page = GuidancePage.objects.get(translation_key=english(PATHS["crisis"]).translation_key, locale=welsh)
    assert page.live
    headings = [block.value for block in page.body if block.block_type == "heading"]
    assert heading in headings  # English, for now
    assert translations.WELSH["If someone's life is in danger"] in headings
    assert f"No cy translation in site/dev/demo/translations/ for {heading!r}" in err.getvalue()
    assert re.search(r"\[\d+/\d+\] translations: 1 added", out.getvalue())


def test_the_loader_loads_the_languages_asked_for():
    """``load_demo --languages cy,ur`` (or ``none``, as the PostgreSQL tests use) loads only those drafts."""
    from django.core.management.base import CommandError

    from carers_site.dev.demo.loader import Command

    assert Command.chosen_languages("all") == LANGUAGES
    assert Command.chosen_languages("none") == []
    assert Command.chosen_languages(" cy, ur ") == ["cy", "ur"]
    with pytest.raises(CommandError, match="No demo translations in xx"):
        Command.chosen_languages("cy,xx")
