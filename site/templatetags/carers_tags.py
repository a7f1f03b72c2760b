from django import template
from django.utils import timezone
from wagtail.models import Page, Site

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
    home = home_page(context)
    if home is None:
        return Page.objects.none()
    return home.get_children().live().in_menu()


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
