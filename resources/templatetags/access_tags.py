"""Template helpers for pages private to a group (see resources/access.py)."""

from django import template
from wagtail.models import Page

from resources.access import page_for_path

register = template.Library()


@register.simple_tag(takes_context=True)
def wanted_page(context, path):
    """The page a visitor was going to (the sign-in page's ``next``), or None."""
    request = context.get("request")
    return page_for_path(request, path) if request is not None else None


@register.simple_tag
def is_private(page):
    """True if the page, or a page above it, has a view restriction (its Privacy setting in the editor)."""
    return isinstance(page, Page) and bool(page.pk) and page.get_view_restrictions().exists()
