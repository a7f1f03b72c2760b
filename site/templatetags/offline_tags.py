"""Template tags for the offline crisis card (site/crisis/offline.py)."""

from django import template
from django.utils.translation import get_language

from carers_site.crisis import offline

register = template.Library()


@register.simple_tag(takes_context=True)
def crisis_page_url(context):
    """The path of the crisis page in the language being shown (the English one when it has no translation), for
    offline.js to tell the service worker which page to keep. Empty when no crisis page is chosen."""
    request = context.get("request")
    if request is None:
        return ""
    return offline.crisis_page_path(request, get_language())


@register.simple_tag(takes_context=True)
def crisis_last_updated(context):
    """When the crisis numbers or the crisis page last changed, or None."""
    request = context.get("request")
    return offline.crisis_last_updated(request) if request is not None else None


@register.inclusion_tag("components/offline_notice.html", takes_context=True)
def offline_notice(context):
    """The notice offline.js shows when a page is a saved copy read without a network (hidden otherwise)."""
    request = context.get("request")
    if request is None:
        return {"show": False}
    is_crisis_page = offline.is_crisis_page(request, context.get("page"))
    return {
        "show": True,
        "is_crisis_page": is_crisis_page,
        "last_updated": offline.crisis_last_updated(request) if is_crisis_page else None,
    }
