from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language, get_language_info, override
from wagtail.models import Locale, Page, Site

from carers_site.core.languages import content_languages, locale_codes, localize, page_translations
from carers_site.core.phones import tel_uri as _tel_uri
from carers_site.core.privacy import is_private
from carers_site.core.site_wide import remembered
from carers_site.core.timeformat import format_time
from carers_site.sharing.formats import other_formats as page_formats
from carers_site.sharing.formats import pdf as leaflet_pdf

register = template.Library()


@register.filter
def tel_uri(value):
    """The target of a ``tel:`` link for a number as written, e.g. "020 8554 0490" -> "+442085540490"."""
    return _tel_uri(value)


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters changed (``None`` removes one), for filter and page links."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    return params.urlencode()


@register.simple_tag(takes_context=True)
def home_page(context):
    """The site's home page in the language being shown (falls back to the default language)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    return site.root_page.localized.specific


@register.simple_tag(takes_context=True)
def main_nav(context):
    """The home page's sections, each in the language being shown where it has been translated; kept per process
    and language (carers_site.core.site_wide: publishing a section or a home page renews it).

    The menu follows the English site, so a section nobody has translated yet still appears (in English)
    rather than vanishing from the Welsh or Urdu menu. Such a section has ``other_language`` set (e.g. "en")
    for its link's ``lang`` attribute. An untranslated listing page (Find local help, the library...) keeps the
    reader's language: ``menu_url`` is its address under their prefix, which HomePage.route serves.
    """
    home = home_page(context)
    if home is None:
        return []
    request = context.get("request")

    def build():
        english_home = home.get_translation_or_none(Locale.get_default()) or home
        sections = localize(english_home.get_children().live().in_menu())
        for section in sections:
            section.menu_url = ""  # set on every section, so the template's lookup never misses (slow)
            if getattr(section, "other_language", "") and getattr(
                section.specific_class, "lists_every_language", False
            ):
                language = get_language()
                with override(settings.LANGUAGE_CODE):  # the English address, then rebuilt in the reader's
                    section.menu_url = translate_url(section.get_url(request), language)
        return sections

    return remembered(f"menu:{home.pk}:{get_language()}", build)


@register.simple_tag
def breadcrumb_pages(page):
    """The pages above ``page`` from the home page down (never the tree's root), for its breadcrumbs. A page found
    by routing knows its parents already (``_cached_parent_obj``, set by Page.route), so this costs no query then."""
    if not isinstance(page, Page) or not page.pk:
        return []
    trail, current = [], page
    while current.depth > 2:
        if not hasattr(current, "_cached_parent_obj"):
            return list(page.get_ancestors())[1:]
        current = current.get_parent()
        trail.append(current)
    return trail[::-1]


@register.filter
def in_reader_language(value):
    """Terms, snippets or pages in the language being shown, English where untranslated (one query a list):
    ``{% for term in page.audiences.all|in_reader_language %}`` or ``{{ page.area|in_reader_language }}`` for
    one. See carers_site.core.languages.localize."""
    if value is None or value == "":
        return value
    if hasattr(value, "translation_key"):
        return localize([value])[0]
    return localize(value)


@register.filter
def other_language(item):
    """The attributes `` lang="en" dir="ltr"`` for an item shown in another language than the page around it
    (``other_language``, set by carers_site.core.languages.localize), else nothing. The ``dir`` isolates it, so an
    English name inside Urdu text keeps its own word order. The same as ``{% if item.other_language %} ...`` without
    the template engine's slow search (``dir()``) for an attribute most items do not have: a directory page asks
    about a hundred times.
    """
    code = getattr(item, "other_language", None)
    if not code:
        return ""
    return format_html(' lang="{}" dir="{}"', code, "rtl" if get_language_info(code).get("bidi") else "ltr")


@register.filter
def bdi(value):
    """``value`` in a ``<bdi>`` element: text of either direction (a crisis line's name, "SHOUT") set inside a
    sentence of the other direction keeps its own order and leaves the sentence's order alone."""
    return format_html("<bdi>{}</bdi>", value)


@register.simple_tag
def lang_attr(item):
    """``lang="en" dir="ltr"`` for a page or term shown in another language than the page around it (an
    untranslated listing page under /ur/, say), else nothing (WCAG 3.1.2)."""
    locale_id = getattr(item, "locale_id", None)
    if locale_id is None or locale_id == Locale.get_active().pk:
        return ""
    code = locale_codes().get(locale_id, "")
    direction = "rtl" if get_language_info(code).get("bidi") else "ltr"
    return format_html(' lang="{}" dir="{}"', code, direction)


@register.filter
def clock(value):
    """A datetime's local time as people say it: 6:30pm."""
    if not value:
        return ""
    return format_time(timezone.localtime(value).time())


@register.simple_tag(takes_context=True)
def query_set(context, param, value):
    """The current query string with one parameter set (or removed when empty), back on page 1."""
    return query_with(context, **{param: value, "page": None})


@register.filter
def verbose_name(obj):
    """A page's type in words, e.g. "guidance page" or "service"."""
    return str(obj._meta.verbose_name).capitalize()


@register.filter
def miles(km):
    """Kilometres to miles, as people in the UK read distances."""
    from directory.geo import KM_PER_MILE

    return km / KM_PER_MILE


def _language_order():
    return {code: index for index, (code, _name) in enumerate(settings.LANGUAGES)}


@register.simple_tag(takes_context=True)
def language_versions(context):
    """The languages this page can be read in, each linking to the same page in that language.

    On a Wagtail page, its live translations only; alias pages that wagtail-localize keeps for tree sync
    merely repeat the English, so they are left out. Listing pages (``lists_every_language``) and other views
    (search, forms) work in every language the site has content in (carers_site.core.languages.content_languages).
    Each item: code, name (in its own language), url, full_url, current.
    """
    request = context.get("request")
    if request is None:
        return []
    current = get_language()
    page = context.get("page")
    order = _language_order()
    versions = []
    if isinstance(page, Page) and page.pk and not getattr(page, "lists_every_language", False):
        codes = locale_codes()
        for translation in page_translations(request, page):
            code = codes.get(translation.locale_id)
            if translation.alias_of_id is None and not is_private(translation) and code in order:
                url = translation.get_url(request)
                versions.append((code, url, request.build_absolute_uri(url)))
    else:
        path = same_site_path(request.get_full_path())
        available = content_languages()
        for code in (code for code in order if code in available):
            url = same_site_path(translate_url(path, code))
            versions.append((code, url, request.build_absolute_uri(url)))
    versions.sort(key=lambda version: order[version[0]])
    return [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "url": url,
            "full_url": full_url,
            "current": code == current,
        }
        for code, url, full_url in versions
    ]


def same_site_path(path):
    """``path`` as a path on this site. A request for "//evil.example/x" (a 404) must not give links to
    "//evil.example/x", which browsers read as another site's address: the leading slashes become one."""
    return "/" + path.lstrip("/\\")


@register.simple_tag(takes_context=True)
def original_language_version(context):
    """The page in the site's default language, for "read it in English" links from a draft translation."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or request is None:
        return None
    codes = locale_codes()
    originals = [
        translation
        for translation in page_translations(request, page)
        if translation.pk != page.pk and codes.get(translation.locale_id) == settings.LANGUAGE_CODE
    ]
    return originals[0] if originals else None


@register.filter
def select_options(options):
    """A filter's <option>s ({"value", "label", "lang", "selected"}: carers_site.core.languages.term_choices) as
    HTML, escaped: one call where an include per option cost a tenth of the directory page's render."""
    return format_html_join(
        "",
        '<option value="{}"{}{}>{}</option>',
        (
            (
                option["value"],
                format_html(' lang="{}"', option["lang"]) if option.get("lang") else "",
                " selected" if option.get("selected") else "",
                option["label"],
            )
            for option in options
        ),
    )


@register.simple_tag
def leaflet_download(page):
    """``{% leaflet_download page as download %}``: the leaflet's PDF (an editor's upload, else the one the site made
    in the page's language), as a ``Format``; None if it has none."""
    found = leaflet_pdf(page)
    return found[0] if found else None


@register.inclusion_tag("components/other_formats.html", takes_context=True)
def other_formats(context, page):
    """``{% other_formats page %}``: "Other formats and languages", the page's other versions in one place: its
    other languages (as in the language bar: language_versions above), then its easy read, audio, PDF and print
    versions (carers_site/sharing/formats.py). Only versions anyone may read; nothing at all if there are none."""
    languages = [
        {**language, "dir": "rtl" if get_language_info(language["code"]).get("bidi") else "ltr"}
        for language in language_versions(context)
        if not language["current"]
    ]
    formats = page_formats(context.get("request"), page)
    return {"languages": languages, "formats": formats, "show": bool(languages or formats)}
