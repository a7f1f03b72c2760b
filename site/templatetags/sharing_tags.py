"""The "Share this page" box and the printed page's short link and QR code (see short_links.py)."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.models import Page

from carers_site.sharing.short_links import share_links

register = template.Library()


def _shareable(context, page):
    """The page's ``ShareLinks``, or None where there is nothing to share (no request, or a page being
    previewed before it was first saved)."""
    request = context.get("request")
    if request is None or not isinstance(page, Page) or page.pk is None or page.is_root():
        return None
    return share_links(request, page)


@register.inclusion_tag("components/share_box.html", takes_context=True)
def share_box(context, page):
    """``{% share_box page %}``: the short link, send links and QR code, folded away under one summary line.

    The box's template gets the whole page context, so what it includes (the family pack button) can use it.
    """
    return {**context.flatten(), "share": _shareable(context, page)}


@register.inclusion_tag("components/print_address.html", takes_context=True)
def print_address(context):
    """The printed page's footer: where to find the page online, by its short link and QR code.

    Pages without a short link (search results, forms) print their own address instead.
    """
    share = _shareable(context, context.get("page"))
    if share is None:
        request = context.get("request")
        return {"address": request.build_absolute_uri() if request else "", "qr": ""}
    title = _("QR code for %(url)s") % {"url": share.url}
    return {
        "address": format_html('<strong class="app-print-url__address" dir="ltr">{}</strong>', share.url),
        "qr": mark_safe(share.qr_svg(title)),  # segno's own markup; it escapes the title
    }
