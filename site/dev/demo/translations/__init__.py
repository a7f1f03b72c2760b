"""Drafts of the demo in other languages, loaded by ``load_demo`` through wagtail-localize: one module per language.

DRAFTS. These were written for the demo by someone who is not a native speaker of any of these languages. Nothing
here has been checked by a native speaker: every page made from them is left with "translation checked by a
native speaker" unticked, so the site tells readers it is a draft. A reviewer should correct the text in
wagtail-localize's translation editor (or by PO export/import) and then tick the box on each page.

What is translated (``PAGES`` and ``SNIPPETS``):

- Welsh and Urdu: every page a carer reaches from the home page within two clicks, and the snippets carers see:
  crisis lines (name, description, hours), audiences and care areas.
- The other eight languages: the home page, the crisis page, "Carer's assessment", "Taking a break from caring"
  and "Money for carers" (with "Advice for carers", the section above them), and the crisis lines.

Each language is a dict keyed by the English text exactly as wagtail-localize extracts it (a rich-text paragraph
or list item keeps its inline tags: ``<strong>``, and links as ``<a id="a1">``). Keep phone numbers, links and
tags as they are in the English. When the English demo content changes, add the new text here:
tests/dev/test_demo_translations.py fails for any segment that has no translation, and load_demo falls back to
the English for it (with a warning) rather than stopping.
"""

import re

from carers_site.dev.demo import content
from carers_site.dev.demo.translations.bn import BENGALI
from carers_site.dev.demo.translations.cy import WELSH
from carers_site.dev.demo.translations.gu import GUJARATI
from carers_site.dev.demo.translations.lt import LITHUANIAN
from carers_site.dev.demo.translations.pa import PUNJABI
from carers_site.dev.demo.translations.pl import POLISH
from carers_site.dev.demo.translations.ro import ROMANIAN
from carers_site.dev.demo.translations.so import SOMALI
from carers_site.dev.demo.translations.tr import TURKISH
from carers_site.dev.demo.translations.ur import URDU

#: Pages translated in every language below, as slug paths from the home page, parents before children.
KEY_PAGES = [
    [],
    ["advice"],
    ["crisis"],
    ["advice", "carers-assessment"],
    ["advice", "taking-a-break"],
    ["advice", "money-and-carers-allowance"],
]
#: Welsh and Urdu: the key pages and every other page a carer reaches from the home page within two clicks: the
#: sections, and every advice page, leaflet, news item, event, public resource and service in them. (Resources only
#: for professionals are left out: a carer cannot open them.)
JOURNEY_PAGES = [
    *KEY_PAGES,
    ["leaflets"],
    ["directory"],
    ["resources"],
    ["news"],
    ["events"],
    ["advice", "young-carers"],
    ["advice", "who-is-a-carer"],
    ["advice", content.SUPPORT_NETWORK_MAP["parent"]],
    ["advice", content.SUPPORT_NETWORK_MAP["parent"], content.SUPPORT_NETWORK_MAP["slug"]],
    ["leaflets", content.LEAFLET["slug"]],
    ["feedback"],
    *[["news", row["slug"]] for row in content.NEWS],
    *[["events", row["slug"]] for row in content.EVENTS],
    *[
        ["resources", row["slug"]]
        for row in content.RESOURCES
        if row["slug"] not in content.PROFESSIONALS_ONLY_RESOURCES
    ],
    *[["directory", row["slug"]] for row in content.SERVICES],
    [content.EASY_READ["slug"]],
    *[[content.EASY_READ["slug"], row["slug"]] for row in content.EASY_READ["pages"]],
]

# In the language bar's order (settings.LANGUAGES).
TRANSLATIONS = {
    "cy": WELSH,
    "pl": POLISH,
    "ur": URDU,
    "bn": BENGALI,
    "pa": PUNJABI,
    "gu": GUJARATI,
    "so": SOMALI,
    "tr": TURKISH,
    "ro": ROMANIAN,
    "lt": LITHUANIAN,
}
LANGUAGES = tuple(TRANSLATIONS)
PAGES = {code: JOURNEY_PAGES if code in ("cy", "ur") else KEY_PAGES for code in LANGUAGES}
#: The snippets translated in each language: "crisis_lines", "audiences", "care_areas".
SNIPPETS = {
    code: ("crisis_lines", "audiences", "care_areas") if code in ("cy", "ur") else ("crisis_lines",)
    for code in LANGUAGES
}

#: Text that is the same in every language: phone and text numbers, the word to text, a service's own name.
SAME_IN_EVERY_LANGUAGE = frozenset(
    {
        "999",
        "111",
        "116 123",
        "85258",
        "SHOUT",
        "0800 1111",
        "0800 783 1853",
        "020 3871 5654",
        "NELFT PALS",
        "Shout",
        "020 8554 2888",
        "0808 808 7777",
    }
)

#: Fields kept as in English: slugs, so /cy/crisis/ and /ur/crisis/ are the crisis page in each language.
KEPT_FIELDS = frozenset({"slug"})


def translate(text, language, field=""):
    """The draft translation of one piece of English text, or None if there is none yet.

    ``field`` is wagtail-localize's path for the text (e.g. "slug" or "body.<block id>"); slugs stay in English.
    """
    if field in KEPT_FIELDS or text in SAME_IN_EVERY_LANGUAGE or not re.search(r"[^\W\d_]", text):
        return text  # a slug, a name, or a phone number (no letters)
    return TRANSLATIONS[language].get(text)
