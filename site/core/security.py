"""Security headers: one Content Security Policy per area of the site, and a Permissions-Policy on every response.

The public site's policy is CONTENT_SECURITY_POLICY in settings/base.py: scripts and styles only from our own
files, and no nonce. Public pages are kept whole by the page cache (page_cache.py) and handed to other visitors,
so they must not hold a value made for one request; they never read ``request.csp_nonce``, so their header has no
nonce either.

The Wagtail admin (and Django's admin) get the same policy with the few relaxations Wagtail 8 needs, listed in
``ADMIN_POLICY``. Its inline ``<script>`` elements carry a per-request nonce (``{% csp_nonce %}``, used by our
overrides of Wagtail's templates under templates/wagtailadmin/): admin pages are made for one signed-in person and
never cached.
"""

from contextvars import ContextVar

from csp.constants import NONCE, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings

#: The admin areas: Wagtail's admin and Django's.
ADMIN_PREFIXES = ("/admin/", "/django-admin/")

#: What the admin's policy changes in the public one (directives replaced whole). Each relaxation is needed by
#: Wagtail 8.0.1 itself, found with Chromium's securitypolicyviolation events (tests/core/test_csp_browser.py).
ADMIN_POLICY = {
    # Wagtail still writes a few inline <script> elements: InlinePanel and MultipleChooserPanel start-up
    # (panels/inline_panel.html), the date and time pickers (widgets/date_input.html and friends) and the chooser
    # widgets (page, snippet, image, document: add_nonce_to_chooser_widgets below). Each one carries this request's
    # nonce. Never 'unsafe-inline' or 'unsafe-eval'.
    "script-src": [SELF, NONCE],
    # Wagtail's page editor adds <style> elements from its scripts (vendor.js: Draftail, the rich text editor, and
    # the tooltips and dropdowns it places); with style-src 'self' Chromium blocks them on every page editor. A nonce
    # cannot reach styles made by scripts, so the admin allows inline styles. Styles cannot run code.
    "style-src": [SELF, UNSAFE_INLINE],
    # blob: is the preview of a picture chosen for upload, before it is sent (multiple image upload, load-image.js).
    "img-src": [SELF, "blob:"],
    # The page editor's preview panel shows /admin/pages/<id>/edit/preview/ in a frame of the admin itself.
    "frame-ancestors": [SELF],
}

# The nonce of the admin request being answered, for templates rendered without the request in their context
# (form widgets). Set and cleared by the middleware around each admin request, so it never leaks to another one.
current_nonce = ContextVar("current_csp_nonce", default="")


def add_nonce_to_chooser_widgets():
    """Wagtail's chooser widgets (``BaseChooser.render``) end with ``<script>new PageChooser(...)</script>``, written
    in Python rather than a template: give that one script the admin request's nonce. Called once, from apps.py."""
    from django.utils.safestring import mark_safe
    from wagtail.admin.widgets.chooser import BaseChooser

    render = BaseChooser.render
    if getattr(render, "adds_csp_nonce", False):
        return

    def render_with_nonce(self, name, value, attrs=None, renderer=None):
        html = render(self, name, value, attrs=attrs, renderer=renderer)
        nonce = str(current_nonce.get())
        widget, script, js = html.rpartition("<script>")
        if not nonce or not script:
            return html
        return mark_safe(f'{widget}<script nonce="{nonce}">{js}')  # noqa: S308 - Wagtail's own output, marked safe by it

    render_with_nonce.adds_csp_nonce = True
    BaseChooser.render = render_with_nonce


def is_admin_path(path):
    return path.startswith(ADMIN_PREFIXES)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, choosing the admin's policy for admin addresses. A view's own ``@csp_replace`` or
    ``@csp_update`` still wins over the area's policy."""

    def process_request(self, request):
        super().process_request(request)
        if is_admin_path(request.path_info):
            request._csp_nonce_token = current_nonce.set(request.csp_nonce)

    def process_response(self, request, response):
        token = getattr(request, "_csp_nonce_token", None)
        if token is not None:
            current_nonce.reset(token)
            del request._csp_nonce_token
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.replace = {**ADMIN_POLICY, **(parts.replace or {})}
        return parts


#: Browser features no page of the site uses, turned off for the site and anything it might frame. The directory
#: finds services near a postcode that the visitor types; it never asks the browser where they are.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)


class PermissionsPolicyMiddleware:
    """Adds the Permissions-Policy header to every response, pages from the page cache included."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


def client_ip_address(request):
    """The visitor's IP address, for django-axes and the public forms' limits. Behind ``TRUSTED_PROXY_COUNT``
    proxies, the address the outermost one saw (it is added to the right of X-Forwarded-For, so anything to its
    left may be made up by the visitor)."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a sign-in while locked out (AXES_LOCKOUT_CALLABLE): a calm page saying what was
    paused (this username, or every sign-in from this address), how long to wait and who can help, with HTTP 429
    and Retry-After."""
    from axes.handlers.proxy import AxesProxyHandler
    from axes.helpers import get_cool_off
    from django.shortcuts import render

    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60)) if cool_off else 15
    handler = AxesProxyHandler.get_implementation()
    # Paused for everyone at this address (many usernames tried), or for this username only.
    whole_address = hasattr(handler, "address_locked_out") and handler.address_locked_out(request, credentials)
    context = {"minutes": minutes, "whole_address": whole_address}
    response = render(request, "carers_site/locked_out.html", context, status=429)
    response["Retry-After"] = str(minutes * 60)
    return response
