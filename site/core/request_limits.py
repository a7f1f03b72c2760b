"""What the site reads from a request body: a sensible size, in a character set it knows.

Checked before any view or middleware reads the body (so before the CSRF check), from the headers alone:

- A post to the public site (anything outside the admins) may be at most ``PUBLIC_POST_MAX_SIZE`` bytes: the
  public forms' longest answers in any of the site's languages fit many times over. A post to the admin may be
  ``DATA_UPLOAD_MAX_MEMORY_SIZE`` without its files (uploads have limits of their own). A bigger one is answered
  413 with a page that says what to do (templates/413.html), instead of being read. Behind a proxy, the proxy should
  refuse huge bodies too (SECURITY.md).
- A body whose Content-Type names a character set Python does not know (``charset=bogus``), or a form in anything
  but UTF-8 (browsers send this site's forms in UTF-8), is answered 400 (templates/400.html), not read as if it
  were UTF-8 or turned into a server error. ``charset=utf8`` and other names of UTF-8 are read as UTF-8.
"""

import codecs

from django.conf import settings
from django.shortcuts import render

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
ADMIN_PREFIXES = ("/admin/", "/django-admin/")


def declared_length(request):
    try:
        return max(0, int(request.META.get("CONTENT_LENGTH") or 0))
    except ValueError:
        return 0


def body_limit(request):
    """The most bytes this request's body may have, or None for no limit of ours (an upload to the admin)."""
    if not request.path.startswith(ADMIN_PREFIXES):
        return settings.PUBLIC_POST_MAX_SIZE
    if request.content_type == "multipart/form-data":
        return None  # files: Django streams them to disk, and each kind of upload has its own size limit
    return settings.DATA_UPLOAD_MAX_MEMORY_SIZE


def readable_charset(request):
    """False for a character set no one can read, or a form not in UTF-8. A UTF-8 form named another way
    ("utf8") is marked UTF-8, which is how Django reads forms."""
    charset = request.content_params.get("charset")
    if charset is None:
        return True
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        return False
    if request.content_type in FORM_TYPES:
        if name != "utf-8":
            return False
        request.encoding = "utf-8"
    return True


class RequestLimitsMiddleware:
    """Refuses, from its headers, a request body that is too big (413) or in an unreadable character set (400)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("POST", "PUT", "PATCH") or declared_length(request):
            if not readable_charset(request):
                return refusal(request, "400.html", 400)
            limit = body_limit(request)
            if limit is not None and declared_length(request) > limit:
                return refusal(request, "413.html", 413)
        return self.get_response(request)


def refusal(request, template, status):
    response = render(request, template, status=status)
    response["Cache-Control"] = "no-store"
    return response
