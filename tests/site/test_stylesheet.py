"""The committed stylesheet (built from static_src/ by `make css`) loads only the NHS.UK frontend components the
templates use (static_src/_nhsuk.scss), so these check that it still has every class the templates use, and
that it stays small and fetches nothing: no web fonts, nothing from another host."""

import gzip
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
STYLESHEET = REPO / "site" / "static" / "carers_site" / "css" / "carers.css"
TEMPLATE_DIRS = [REPO / "templates", *REPO.glob("*/templates")]
CODE_DIRS = [REPO / name for name in ("site", "directory", "resources", "search")]
NHSUK_CLASS = re.compile(r"(?<![\w$-])nhsuk-[a-z0-9][a-z0-9_-]*[a-z0-9]")
# Markup from older NHS.UK frontend versions that version 10 no longer styles by these names: the element is
# styled through its parent's class (nhsuk-back-link, nhsuk-pagination__link) or is only a hook.
UNSTYLED_HOOKS = {
    "nhsuk-back-link__link",
    "nhsuk-pagination__link--prev",
    "nhsuk-pagination__link--next",
    "nhsuk-review-date",
    "nhsuk-icon--arrow-right-circle",
}
# choice_fieldset.html builds these from its "kind" (radios or checkboxes).
BUILT_IN_TEMPLATES = {
    f"nhsuk-{kind}{part}" for kind in ("radios", "checkboxes") for part in ("", "__item", "__input", "__label")
}


def classes_in_stylesheet():
    return set(re.findall(r"\.(-?[a-zA-Z_][\w-]*)", STYLESHEET.read_text()))


def nhsuk_classes_used():
    used = set(BUILT_IN_TEMPLATES)
    for folder in TEMPLATE_DIRS:
        for template in folder.rglob("*.html"):
            used |= set(NHSUK_CLASS.findall(template.read_text()))
    for folder in CODE_DIRS:  # form widgets and messages that set classes in Python
        for module in folder.rglob("*.py"):
            if "migrations" not in module.parts:
                used |= set(NHSUK_CLASS.findall(module.read_text()))
    return used


def test_every_nhsuk_class_the_templates_use_is_in_the_stylesheet():
    used = nhsuk_classes_used()
    assert {"nhsuk-button", "nhsuk-card--care--emergency", "nhsuk-u-visually-hidden", "nhsuk-radios__input"} <= used
    missing = sorted(used - classes_in_stylesheet() - UNSTYLED_HOOKS)
    assert missing == [], "add these components to static_src/_nhsuk.scss and run `make css`"


def test_components_no_template_uses_are_left_out():
    present = classes_in_stylesheet()
    for unused in ("nhsuk-header", "nhsuk-footer", "nhsuk-hero", "nhsuk-tabs", "nhsuk-u-margin-top-9"):
        assert unused not in present and not nhsuk_classes_used() & {unused}, unused


def test_the_stylesheet_uses_system_fonts_and_fetches_nothing():
    css = STYLESHEET.read_text()
    assert "@font-face" not in css and "@import" not in css
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", css)
    assert "system-ui" in css and "Frutiger" not in css


def test_the_stylesheet_is_small():
    """NHS.UK frontend in full came to 233 KB (27 KB gzipped); with only what the site uses it is about 148 KB
    (18 KB gzipped, 15.5 KB with Brotli as WhiteNoise serves it). Fails if someone loads it all again."""
    css = STYLESHEET.read_bytes()
    assert len(gzip.compress(css, compresslevel=9)) < 22_000
