"""``{% csp_nonce %}``: the admin request's CSP nonce, for Wagtail's inline scripts (security.py)."""

from django import template

from carers_site.core.security import current_nonce, is_admin_path

register = template.Library()


@register.simple_tag(takes_context=True)
def csp_nonce(context):
    """This admin request's nonce. Form widgets are rendered without the request, so it comes from the middleware's
    context variable; outside the admin it is empty, so no public page (which the page cache shares) holds one."""
    request = context.get("request")
    if request is not None:
        if not is_admin_path(request.path_info) or not hasattr(request, "csp_nonce"):
            return ""
        return str(request.csp_nonce)
    return str(current_nonce.get())
