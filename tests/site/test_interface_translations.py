"""Interface translations: the gettext catalogues in locale/ match the code, compile, and show on real pages.

A failure here usually means someone changed interface text: run `make messages`, translate the new strings
(in full for Welsh and Urdu), and commit locale/. See locale/README.md.
"""

import re
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

from carers_site.management.commands import interface_messages

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
COMPLETE = ["cy", "ur"]  # every string translated; the others may fall back to English string by string
PLURAL_FORMS = {"cy": 6, "ur": 2}
FIX = "Run `make messages`, translate the new strings and commit locale/ (see locale/README.md)."

# Python-format placeholders, HTML tags and template variables: a translation must keep exactly these.
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|<[^>]+>|\{\{.*?\}\}")


def catalogue(code):
    return polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def translations(file):
    """{(context, msgid, plural): translation} of a .po or .mo file's translated, non-fuzzy entries."""
    result = {}
    for entry in file.translated_entries():
        key = (entry.msgctxt or "", entry.msgid, entry.msgid_plural or "")
        if entry.msgid_plural:
            result[key] = tuple(entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural))
        else:
            result[key] = entry.msgstr
    return result


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_has_a_catalogue_with_proper_headers(code):
    po = catalogue(code)
    assert po.metadata["Language"] == code
    assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert re.fullmatch(r"nplurals=\d; plural=.+;", po.metadata["Plural-Forms"]), po.metadata["Plural-Forms"]
    assert not po.metadata_is_fuzzy
    assert "DRAFT TRANSLATION" in po.header and "native speaker" in po.header


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_compiled_mo_file_matches_its_po_file(code):
    po_file = LOCALE_DIR / code / "LC_MESSAGES" / "django.po"
    mo_file = po_file.with_suffix(".mo")
    assert mo_file.exists(), f"{mo_file} is missing. {FIX}"
    po, mo = polib.pofile(str(po_file)), polib.mofile(str(mo_file))
    assert translations(mo) == translations(po), f"{mo_file} is out of date with {po_file.name}. {FIX}"
    assert mo.metadata.get("Plural-Forms") == po.metadata["Plural-Forms"], f"{mo_file} has old headers. {FIX}"


@pytest.mark.parametrize("code", COMPLETE)
def test_welsh_and_urdu_translate_every_string(code):
    po = catalogue(code)
    assert f"nplurals={PLURAL_FORMS[code]};" in po.metadata["Plural-Forms"]
    untranslated = [entry.msgid for entry in po if not entry.obsolete and not entry.translated()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not untranslated, f"{len(untranslated)} {code} strings to translate, e.g. {untranslated[:5]}. {FIX}"
    assert not fuzzy, f"{len(fuzzy)} {code} translations marked fuzzy (check them, then remove the flag): {fuzzy[:5]}"
    for entry in po:
        if entry.msgid_plural:
            assert len(entry.msgstr_plural) == PLURAL_FORMS[code], (code, entry.msgid)


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_the_placeholders_and_html(code):
    """A lost or renamed %(name)s breaks the page in that language; a lost tag breaks its markup."""
    wrong = []
    for entry in catalogue(code).translated_entries():
        if entry.msgid_plural:
            pairs = [(entry.msgid_plural, text) for text in entry.msgstr_plural.values()]
        else:
            pairs = [(entry.msgid, entry.msgstr)]
        wrong += [(entry.msgid, text) for source, text in pairs if placeholders(source) != placeholders(text)]
    assert not wrong, f"Translations in locale/{code} that change placeholders or HTML: {wrong}"


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="needs GNU gettext (make test installs it)")
def test_catalogues_hold_exactly_the_strings_in_the_code():
    """makemessages, run on a copy of the project, finds the same strings as every catalogue holds."""
    in_code = interface_messages.messages_in_code()
    assert ("", "Skip to main content", "") in in_code  # the extraction really read the templates
    for code in LANGUAGES:
        in_catalogue = interface_messages.catalogue_messages(code)
        new = [key[1] for key in sorted(in_code - in_catalogue)]
        gone = [key[1] for key in sorted(in_catalogue - in_code)]
        assert not new, f"locale/{code} lacks {len(new)} string(s) that are now in the code, e.g. {new[:5]}. {FIX}"
        assert not gone, f"locale/{code} has {len(gone)} string(s) no longer in the code: {gone[:5]}. {FIX}"


def test_gettext_uses_the_committed_catalogues():
    with translation.override("cy"):
        assert translation.gettext("Skip to main content") == "Neidio i’r prif gynnwys"
        # Welsh has six plural forms: 2 takes a soft mutation ("dau wasanaeth").
        assert translation.ngettext("%(counter)s service", "%(counter)s services", 2) == "%(counter)s wasanaeth"
    with translation.override("ur"):
        assert translation.gettext("Open now") == "ابھی کھلا ہے"
        assert translation.ngettext("%(counter)s result", "%(counter)s results", 3) == "%(counter)s نتائج"


def test_opening_times_read_naturally_in_welsh_and_urdu():
    import datetime

    from carers_site.core.timeformat import format_time

    with translation.override("cy"):
        assert format_time(datetime.time(9)) == "9yb"
        assert format_time(datetime.time(17, 30)) == "5:30yh"
    with translation.override("ur"):
        assert format_time(datetime.time(9)) == "صبح 9 بجے"
    with translation.override("en"):
        assert format_time(datetime.time(17, 30)) == "5:30pm"


def test_home_page_in_urdu_is_right_to_left_with_urdu_interface_text(client, home, crisis_lines):
    html = client.get("/ur/").content.decode()
    assert '<html lang="ur" dir="rtl">' in html
    assert "مرکزی مواد پر جائیں" in html  # Skip to main content
    assert "کیا آپ کو ابھی مدد چاہیے؟" in html  # Need help now? (the crisis panel's heading)
    assert "کال کریں" in html  # Call (the crisis numbers' label for screen readers)
    assert "Skip to main content" not in html and "Need help now?" not in html


def test_default_crisis_wording_is_stored_in_english_whatever_the_first_visitors_language(client, home):
    from carers_site.core.site_settings import SiteSettings

    client.get("/ur/")  # the first request creates the site settings
    site_settings = SiteSettings.objects.get()
    assert (site_settings.crisis_heading, site_settings.crisis_intro) == (
        "Need help now?",
        "If someone is in danger, call 999.",
    )
    assert "Need help now?" in client.get("/").content.decode()


def test_polish_falls_back_to_english_string_by_string(client, home):
    po = catalogue("pl")
    hint = "For example: carer's assessment, respite, young carers, or a postcode"
    assert po.find("Skip to main content").msgstr, "this test needs a Polish translation of the skip link"
    assert not po.find(hint).msgstr, "this test needs a string with no Polish translation: choose another"

    html = client.get("/pl/").content.decode()
    assert '<html lang="pl" dir="ltr">' in html
    assert "Przejdź do treści głównej" in html  # translated
    assert "For example: carer" in html  # not translated yet, so in English
