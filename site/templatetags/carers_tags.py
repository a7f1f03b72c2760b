from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import timezone
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page, Site

from carers_site.languages import translations_by_key
from carers_site.phones import tel_uri as _tel_uri
from carers_site.timeformat import format_time

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
    """The home page's sections, each in the language being shown where it has been translated.

    The menu follows the English site, so a section nobody has translated yet still appears (in English)
    rather than vanishing from the Welsh or Urdu menu. Such a section has ``other_language`` set (e.g. "en")
    for its link's ``lang`` attribute.
    """
    home = home_page(context)
    if home is None:
        return []
    default = Locale.get_default()
    english_home = home.get_translation_or_none(default) or home
    sections = list(english_home.get_children().live().in_menu())
    active = Locale.get_active()
    if active.pk == default.pk:
        return sections
    translated = translations_by_key(Page.objects.live(), sections, active)
    for section in sections:
        if section.translation_key not in translated:
            section.other_language = default.language_code
    return [translated.get(section.translation_key, section) for section in sections]


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
    merely repeat the English, so they are left out. Other views (search, forms) work in every language.
    Each item: code, name (in its own language), url, full_url, current.
    """
    request = context.get("request")
    if request is None:
        return []
    current = get_language()
    page = context.get("page")
    order = _language_order()
    versions = []
    if isinstance(page, Page) and page.pk:
        translations = (
            page.get_translations(inclusive=True).live().public().filter(alias_of__isnull=True).select_related("locale")
        )
        for translation in translations:
            code = translation.locale.language_code
            if code in order:
                url = translation.get_url(request)
                versions.append((code, url, request.build_absolute_uri(url)))
    else:
        path = request.get_full_path()
        for code in order:
            url = translate_url(path, code)
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


@register.simple_tag(takes_context=True)
def original_language_version(context):
    """The page in the site's default language, for "read it in English" links from a draft translation."""
    page = context.get("page")
    if not isinstance(page, Page):
        return None
    return page.get_translations().filter(locale__language_code=settings.LANGUAGE_CODE).live().first()
