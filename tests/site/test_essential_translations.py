"""The essential interface text is translated in every language (issue 23, item 2).

"Essential" is what a carer meets on every page or needs in a hurry: the crisis bar, the skip link, the
header's search box and menu, the language bar, the footer, "Open now" and the closed wording, the search
page, and the errors of the forms a visitor fills in. ``ESSENTIAL`` below names the files that hold that text.
A string counts when one of the ``#:`` source references in the catalogue (written by ``makemessages``) is
one of those files: every string of the file, or only the strings listed for it when the rest of the file is
for editors. So a new string in one of these files is essential at once, and a test fails until it is
translated in all ten languages (Welsh and Urdu translate every string anyway: test_interface_translations.py).

A failure lists the untranslated strings. Translate them in locale/<code>/LC_MESSAGES/django.po (plain and
short; keep %(name)s placeholders, HTML and phone numbers exactly) and run `make messages` to compile.
"""

import polib
import pytest

from carers_site.management.commands import interface_messages

LANGUAGES = interface_messages.languages()
ALL = None  # every string of the file

#: File (as the catalogues' ``#:`` references name it) -> ALL, or the msgids of it that a visitor sees.
ESSENTIAL = {
    # The frame of every page: the skip link, the site name, the offline notice (base.html shows it).
    "templates/base.html": ALL,
    "templates/components/offline_notice.html": ALL,
    # The crisis bar at the top of every page, and the crisis box (crisis page, crisis searches).
    "templates/components/crisis_panel.html": ALL,
    "templates/components/crisis_line_item.html": ALL,
    "templates/components/blocks/crisis_lines.html": ALL,
    "site/crisis/lines.py": ALL,
    "site/core/site_settings.py": ["Need help now?", "If someone is in danger, call 999."],
    "directory/models.py": ["24 hours"],  # a crisis line's hours
    # The header (site name, search box, menu), the language bar and the footer.
    "templates/components/header.html": ALL,
    "templates/components/language_switcher.html": ALL,
    "templates/components/footer.html": ALL,
    # Open and closed: "Open now, closes 5pm", "Closed, opens Monday 9am", the days and the times.
    "directory/hours.py": ALL,
    "site/core/timeformat.py": ALL,
    "directory/finder.py": ["Open now"],
    "directory/templates/directory/directory_index_page.html": [
        "Open now",
        "Nothing here is open right now. Untick “Open now” to see every service, or call a crisis line at the top "
        "of the page if you need help now.",
        "Error:",
        "We do not know the postcode “%(postcode)s”. Check it, or choose your borough instead.",
    ],
    # Search: the search page, its filters and its pages of results.
    "search/templates/search/search.html": ALL,
    "search/templates/search/facets.html": ALL,
    "search/templates/search/external_promotion.html": ALL,
    "search/services.py": ALL,  # the filters' names
    "search/views.py": ALL,  # the crisis box's heading on a crisis search
    "templates/components/pagination.html": ALL,
    # Form errors: the shared field templates and messages, then each public form's own errors.
    "templates/components/form_field.html": ALL,
    "site/templates/carers_site/includes/choice_fieldset.html": ALL,
    "site/core/form_safety.py": ALL,
    "site/feedback/safety.py": ALL,  # "Tell us what you think"
    "site/templates/carers_site/feedback_form_page.html": [
        "Error:",
        "There is a problem",
        "Please try again later",
        "You have sent us several messages in a short time, so we cannot take another one just now.",
        "What you wrote is still in the form below. Please wait %(minutes)s minute, then press “Send” again.",
        "Send",  # the button that message names
    ],
    "directory/problems.py": [  # "Report a problem with this listing"
        "Select what is wrong with this listing",
        "Tell us more in 2,000 characters or fewer. You have %(show_value)d.",
        "Your email address or phone number must be 200 characters or fewer.",
        "Enter an email address in the correct format, like name@example.com",
        "Enter a phone number in the correct format, like 020 7946 0000 or 07700 900 123",
        "Enter an email address like name@example.com or a phone number like 020 7946 0000, or leave this empty",
    ],
    "directory/templates/directory/report_problem.html": [
        "Error:",
        "There is a problem",
        "Please try again later",
        "You have sent several reports in a short time, so we cannot take another one just now.",
        "Please wait 10 minutes and try again.",
        "If you need help now, the numbers at the top of this page are there for you.",
    ],
    "site/privacy/access.py": [  # asking for access to the pages for professionals
        "Enter your name",
        "Your name must be 120 characters or fewer",
        "Enter your work email address",
        "Enter an email address in the correct format, like name@nhs.net",
        "Your email address must be 254 characters or fewer",
        "Enter your job",
        "Your job must be 120 characters or fewer",
        "Enter where you work",
        "Where you work must be 160 characters or fewer",
        "Tell us what you need it for in 1,000 characters or fewer. You have %(show_value)d.",
    ],
    "resources/templates/resources/request_access.html": [
        "Error:",
        "There is a problem",
        "Please try again later",
        "You have sent several requests in a short time, so we cannot take another one just now.",
        "Please wait 10 minutes and try again.",
    ],
    "site/sharing/family_pack.py": [
        "The note must be %(limit_value)d characters or fewer. It has %(show_value)d.",
        "Add at least one page to the pack first.",
        "Sorry, that page cannot go in a family pack.",
        "Your pack is full. A pack can hold %(max)d pages: take one out to add “%(title)s”.",
    ],
    "site/templates/carers_site/family_pack/pack.html": [
        "Error:",
        "There is a problem",
        "Characters left: %%s",
        "Characters over the limit: %%s",
        "Your pack is full: it has %(max)s pages, the most a pack can hold. Remove a page to add another.",
    ],
}


def catalogue(code):
    return polib.pofile(str(interface_messages.po_path(code)))


def is_essential(entry):
    for path, _line in entry.occurrences:
        if path in ESSENTIAL and (ESSENTIAL[path] is ALL or entry.msgid in ESSENTIAL[path]):
            return True
    return False


def essential_entries(po):
    return [entry for entry in po if not entry.obsolete and is_essential(entry)]


def describe(key):
    context, msgid, _plural = key
    return f"{context} | {msgid}" if context else msgid


@pytest.fixture(scope="module")
def essential_keys():
    """The essential strings, as the Welsh catalogue (kept complete and in step with the code) names them."""
    return {interface_messages.entry_key(entry) for entry in essential_entries(catalogue("cy"))}


def test_the_essential_list_names_files_and_strings_that_exist(essential_keys):
    """A file renamed or a string reworded would otherwise drop out of the list without anyone noticing."""
    po = catalogue("cy")
    referenced = {path for entry in po for path, _line in entry.occurrences}
    unknown = [path for path in ESSENTIAL if path not in referenced]
    assert not unknown, f"files in ESSENTIAL that hold no translatable strings (renamed?): {unknown}"
    listed = {(path, msgid) for path, msgids in ESSENTIAL.items() if msgids is not ALL for msgid in msgids}
    found = {(path, entry.msgid) for entry in po for path, _line in entry.occurrences}
    assert not sorted(listed - found), f"strings in ESSENTIAL that are not in those files: {sorted(listed - found)}"
    assert ("", "Skip to main content", "") in essential_keys
    assert ("", "Closed, opens %(day)s %(time)s", "") in essential_keys
    assert len(essential_keys) > 120


@pytest.mark.parametrize("code", LANGUAGES)
def test_essential_interface_text_is_translated(code, essential_keys):
    """Every essential string has a translation that is not empty or fuzzy, in the .po file and in the .mo file
    the site reads."""
    po = catalogue(code)
    mo_path = interface_messages.mo_path(code)
    compiled = interface_messages.compiled(polib.mofile(str(mo_path))) if mo_path.exists() else {}
    entries = {interface_messages.entry_key(entry): entry for entry in po if not entry.obsolete}
    missing = sorted(key for key in essential_keys if key not in entries or not entries[key].translated())
    not_compiled = sorted(key for key in essential_keys if key not in missing and key not in compiled)
    if missing or not_compiled:
        print(f"\nlocale/{code}: {len(missing)} of {len(essential_keys)} essential strings untranslated or fuzzy:")
        for key in missing:
            print(f"  {describe(key)}")
    assert not missing, (
        f"locale/{code} lacks a translation of {len(missing)} of the {len(essential_keys)} essential strings "
        f"(see ESSENTIAL in {__name__}): {[describe(key) for key in missing]}"
    )
    assert not not_compiled, f"locale/{code}/LC_MESSAGES/django.mo is out of date: run `make messages`."
