"""Counting page views without tracking anyone: one number per page per day, kept on our own server.

Nothing about the reader is read or stored: no cookie is set, and the row (carers_site.PageViewDay) holds only
the page, the date and the count. A view is counted only when a page is actually served to a reader:

- only GET requests (not HEAD, form posts or OPTIONS), answered with an HTML page (200), so refusals, sign-in
  redirects, 404s from a page's sub-routes and downloads such as an event's calendar file do not count;
- not previews (editors' drafts are served by Wagtail's preview views, which never reach this hook);
- not browser prefetches (``Sec-Purpose``/``Purpose``/``X-Moz: prefetch``): nobody has opened the page yet;
- not requests whose user agent says it is a program (search engine crawlers, link previews, uptime
  monitors, our own ``check_links`` command, headless browsers, command-line tools) or gives none at all.

Signed-in people are counted like everyone else. Professionals sign in to read the resources kept for them,
so leaving signed-in readers out would hide exactly the private pages' use; editors are few, and looking at a
published page is a real read too. Telling editors apart would also cost a permission query on every view.

It is an ``on_serve_page`` hook registered after Wagtail's own privacy check (``check_view_restrictions``,
also an ``on_serve_page`` hook): a page refused for privacy never gets here. A ``before_serve_page`` hook
would run before that check and count refused requests.

A page served from the page cache (page_cache.py) never reaches Wagtail or this hook, so the cache's middleware
counts it itself with ``count_if_read``, by the same rules. A page is only cached when it is public, so a view
counted from the cache is never one a privacy check would have refused.
"""

import logging
import re

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .models import PageViewDay

logger = logging.getLogger(__name__)

#: User agents of programs rather than people. Matched anywhere in the header, ignoring case. "check"
#: covers link checkers, ours included ("CarersDirectoryLinkChecker", directory/links.py).
PROGRAM_USER_AGENT_RE = re.compile(
    r"bot|crawl|spider|slurp|check|monitor|preview|headless|facebookexternalhit|lighthouse|"
    r"curl|wget|python|java/|go-http-client|okhttp|httpclient|libwww|scrapy|feedfetcher",
    re.IGNORECASE,
)


def is_prefetch(request):
    """True for a browser fetching a page ahead of a click (speculation rules, link prefetch)."""
    headers = request.headers
    return any("prefetch" in headers.get(name, "").lower() for name in ("Sec-Purpose", "Purpose", "X-Moz"))


def is_program(request):
    user_agent = request.headers.get("User-Agent", "").strip()
    return not user_agent or PROGRAM_USER_AGENT_RE.search(user_agent) is not None


def should_count(request, response, preview=False):
    """Whether this request and its response are a person reading the page (see the module docstring)."""
    return (
        request.method == "GET"
        and not preview
        and response.status_code == 200
        and response.get("Content-Type", "").startswith("text/html")
        and not is_prefetch(request)
        and not is_program(request)
    )


def add_one_view(page_id, day):
    """Add one to the page's count for ``day`` in a single UPDATE. Returns the number of rows changed (0 or 1)."""
    return PageViewDay.objects.filter(page_id=page_id, date=day).update(views=F("views") + 1)


def count_page_view(page_id, day=None):
    """One more view of the page today (local date). One query, except for a page's first view of the day.

    Two first views at once both find no row; one creates it and the other's create fails on the unique
    constraint, so that one adds to the row instead. A database hiccup is logged, never shown to the reader.
    """
    day = day or timezone.localdate()
    try:
        if add_one_view(page_id, day):
            return
        try:
            with transaction.atomic():
                PageViewDay.objects.create(page_id=page_id, date=day, views=1)
        except IntegrityError:
            add_one_view(page_id, day)
    except DatabaseError:
        logger.warning("Could not count a view of page %s.", page_id, exc_info=True)


def count_if_read(request, response, page_id, preview=False):
    """Count one view of the page if this request and its response are a person reading it."""
    if should_count(request, response, preview):
        count_page_view(page_id)


def count_served_pages(serve):
    """``on_serve_page`` hook: serve the page, then count the view if a person was shown it."""

    def serve_and_count(page, request, serve_args, serve_kwargs):
        preview = getattr(request, "is_preview", False)  # read first: Page.serve() sets it to False
        response = serve(page, request, serve_args, serve_kwargs)
        count_if_read(request, response, page.pk, preview)
        return response

    return serve_and_count
