"""Template helpers for pages private to a group (see site/privacy/access.py)."""

from django import template

from carers_site.core.privacy import is_private
from carers_site.privacy.access import page_for_path

register = template.Library()


@register.simple_tag(takes_context=True)
def wanted_page(context, path):
    """The page a visitor was going to (the sign-in page's ``next``), or None."""
    request = context.get("request")
    return page_for_path(request, path) if request is not None else None


register.simple_tag(is_private, name="is_private")
