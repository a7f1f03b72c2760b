from django import template
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from carers_site.core.languages import kept_terms, localize, translations_by_key
from carers_site.core.site_settings import SiteSettings
from carers_site.core.site_wide import remembered
from carers_site.core.taxonomy import Area
from carers_site.crisis import offline
from directory.geo import locate
from directory.models import CrisisLine

register = template.Library()


NUMBER_FIELDS = ("phone", "text_number", "text_message", "open_24_7", "kind")
#: Areas this wide count as "everywhere" for the bar: a line for the UK or for England is not a local line.
WIDE_AREA_KINDS = ("country", "nation")
#: The page fields that say where a page is for: a service's boroughs, an event's area, a resource's location.
PAGE_AREA_FIELDS = ("areas_served", "areas", "area")


def with_numbers_from(english, translation):
    """The translated line's words with the English line's numbers and kind, which are always the current ones
    (a translation is only brought up to date when someone syncs it). The English line's areas (already fetched)
    go with it, for the area names shown on the crisis page."""
    if translation is None:
        return english
    for name in NUMBER_FIELDS:
        setattr(translation, name, getattr(english, name))
    translation.english_areas = english.english_areas
    return translation


def english_lines():
    """The live English lines, in their order, each with its areas (``english_areas``). Kept per process until a line,
    an area or a locale changes (carers_site.core.site_wide): the bar is on every page."""

    def build():
        lines = list(
            CrisisLine.objects.filter(locale=Locale.get_default(), live=True)
            .prefetch_related("areas")
            .order_by("sort_order", "name")
        )
        for line in lines:
            line.english_areas = list(line.areas.all())
        return lines

    return remembered("crisis:english-lines", build)


def translated_lines(locale):
    """{translation key: the line in ``locale``, with the English line's numbers}, kept like english_lines()."""

    def build():
        english = english_lines()
        translated = translations_by_key(CrisisLine.objects.filter(live=True), english, locale)
        return {
            line.translation_key: with_numbers_from(line, translated[line.translation_key])
            for line in english
            if line.translation_key in translated
        }

    return remembered(f"crisis:lines:{locale.pk}", build)


def in_active_language(lines):
    """English lines in the language being shown; a line not yet translated is shown in English."""
    active = Locale.get_active()
    if active.pk == Locale.get_default().pk or not lines:
        return lines
    translated = translated_lines(active)
    return [translated.get(line.translation_key, line) for line in lines]


def lines_for_active_language():
    """Every live crisis line, urgent or not, in the language being shown."""
    return in_active_language(english_lines())


def urgent_lines():
    """The lines for right now (every kind but "not urgent"), wherever they are for, in the language shown."""
    return in_active_language([line for line in english_lines() if line.is_urgent])


def not_urgent_lines():
    """Contacts that are not for emergencies (a trust's advice or complaints line), in the language shown."""
    return in_active_language([line for line in english_lines() if not line.is_urgent])


def area_keys(areas):
    """(every key, local keys): the translation keys of ``areas`` and of every area above them, and the subset that
    is narrower than a nation (regions and boroughs). Keys, not ids, so an Urdu page's Urdu areas match the
    English areas a line is for. No query: the areas are kept per process (carers_site.core.languages.kept_terms)."""
    areas = [area for area in areas if area is not None]
    if not areas:
        return set(), set()
    table = {pk: (area.parent_id, area.translation_key, area.kind) for pk, area in kept_terms(Area).items()}
    every, local = set(), set()
    for area in areas:
        pk, seen = area.pk, set()
        while pk in table and pk not in seen:
            seen.add(pk)
            parent, key, kind = table[pk]
            every.add(key)
            if kind not in WIDE_AREA_KINDS:
                local.add(key)
            pk = parent
    return every, local


def bar_lines(areas=()):
    """The lines for the bar at the top of the page: the urgent ones, for ``areas`` (where the page or the visitor
    is) when known.

    A line with no areas is for everywhere. A line for a nation or the whole country is shown unless the visitor
    is known to be elsewhere. A line for a region or borough serves those areas only: it comes first when the
    visitor is there, and is left out otherwise (the crisis page lists it)."""
    every, local = area_keys(areas)
    first, rest = [], []
    for line in english_lines():
        if not line.is_urgent:
            continue
        covered = {area.translation_key for area in line.english_areas}
        if not covered:
            rest.append(line)
        elif covered & local:
            first.append(line)
        elif every:
            if covered & every:
                rest.append(line)
        elif any(area.kind in WIDE_AREA_KINDS for area in line.english_areas):
            rest.append(line)
    return in_active_language(first + rest)


def page_areas(page):
    """The areas a page is for (a service's boroughs, an event's area), or [] for a page for everyone."""
    if not isinstance(page, Page):
        return []
    page = page.specific_deferred if type(page) is Page else page
    for name in PAGE_AREA_FIELDS:
        value = getattr(page, name, None)
        if value is None:
            continue
        if isinstance(value, Area):
            return [value]
        if hasattr(value, "all"):
            areas = list(value.all())
            if areas:
                return areas
    return []


def visitor_areas(context):
    """Where the reader is, as far as this request tells: the borough of a postcode they gave (``?postcode=``, on
    the directory or search), else the page's own areas. The page cache keeps one copy per query string, so a
    page made for one postcode is never served for another (site/caching/page_cache.py, response_key)."""
    request = context.get("request")
    postcode = request.GET.get("postcode", "") if request is not None else ""
    if postcode.strip():
        place = locate(postcode[:10])
        if place is not None:
            return [place.area]
    return page_areas(context.get("page"))


@register.simple_tag
def crisis_lines():
    """The urgent lines, for the "who to call now" block and the search's crisis box."""
    return urgent_lines()


@register.simple_tag(takes_context=True)
def crisis_contacts(context):
    """The "not urgent" contacts, on the crisis page only (in any language); [] on other pages."""
    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, Page) or not offline.is_crisis_page(request, page):
        return []
    return not_urgent_lines()


@register.filter
def local_areas(line):
    """The areas a line is for when it is not for everywhere (regions and boroughs), in the reader's language."""
    areas = [area for area in getattr(line, "english_areas", []) if area.kind not in WIDE_AREA_KINDS]
    return localize(areas) if areas else []


@register.inclusion_tag("components/crisis_panel.html", takes_context=True)
def crisis_panel(context):
    request = context.get("request")
    site_settings = SiteSettings.for_request(request) if request is not None else None
    heading = getattr(site_settings, "crisis_heading", "")
    intro = getattr(site_settings, "crisis_intro", "")
    return {
        # The default wording is stored in English and shown in the reader's language; wording an editor
        # has written is not in the catalogues, so gettext returns it unchanged.
        "heading": _(heading) if heading else _("Need help now?"),
        "intro": _(intro) if intro else "",
        "lines": bar_lines(visitor_areas(context)),
        "more_url": offline.crisis_page_path(request, get_language()) if request is not None else "",
        "request": request,
    }
