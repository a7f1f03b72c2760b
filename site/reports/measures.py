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

Counting costs a view nothing: each process adds its views up in memory, {(page, day): views}, and writes them
in one transaction (``flush_page_views``) at most ``PAGE_VIEWS_FLUSH_SECONDS`` (60) after the first view it has
not written yet, from a timer thread, so no request, a page cache hit least of all, waits on a database write.
A process also writes what it holds when it stops (``atexit``, and gunicorn's ``worker_exit`` hook in
gunicorn.py), so gunicorn restarting a worker (``max_requests``, a deploy, a timeout) loses no view; only a
process killed outright (SIGKILL, out of memory) loses its last minute. The admin report writes its own
process's views first; the other processes' arrive within the minute. The counts are taken out of the
buffer under a lock before they are written and put back if the write fails, so a view is written once. No
cache server is involved: a cache that is down cannot lose a count or refuse a page.
``PAGE_VIEWS_FLUSH_SECONDS=0`` writes each view at once (the tests do, to read a count straight after a request).
"""

import atexit
import logging
import os
import re
import threading
from collections import Counter

from django.conf import settings
from django.db import DatabaseError, IntegrityError, connections, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from carers_site.reports.models import PageViewDay

logger = logging.getLogger(__name__)

#: User agents of programs rather than people. Matched anywhere in the header, ignoring case. "check"
#: covers link checkers, ours included ("CarersDirectoryLinkChecker", site/reports/links.py).
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


def add_views(page_id, day, views):
    """Add ``views`` to the page's count for ``day`` in a single UPDATE. Returns the number of rows changed (0 or 1)."""
    return PageViewDay.objects.filter(page_id=page_id, date=day).update(views=F("views") + views)


def write_views(page_id, day, views):
    """Add ``views`` to the page's row for ``day``. One query, except for a page's first views of the day.

    Two processes writing a page's first views of the day at once both find no row; one creates it and the
    other's create fails on the unique constraint, so that one adds to the row instead.
    """
    if add_views(page_id, day, views):
        return
    try:
        with transaction.atomic():
            PageViewDay.objects.create(page_id=page_id, date=day, views=views)
    except IntegrityError:
        add_views(page_id, day, views)


def write_counts(counts):
    """Write ``{(page id, day): views}`` in one transaction. Views of a page deleted since are dropped with it."""
    with transaction.atomic():
        pages = set(Page.objects.filter(pk__in={page_id for page_id, _day in counts}).values_list("pk", flat=True))
        for (page_id, day), views in sorted(counts.items()):
            if page_id in pages:
                write_views(page_id, day, views)


# Views counted in this process and not written yet, {(page id, day): views}, and the timer that will write them.
_pending = Counter()
_timer = None
_pending_lock = threading.Lock()  # guards _pending and _timer: gthread workers and runserver count from threads
_flush_lock = threading.Lock()  # one flush at a time, so the flush at exit waits for the timer's to finish


def _start_timer():
    """Called holding _pending_lock, with views pending: write them in PAGE_VIEWS_FLUSH_SECONDS."""
    global _timer
    if _timer is None:
        _timer = threading.Timer(settings.PAGE_VIEWS_FLUSH_SECONDS, _flush_from_timer)
        _timer.daemon = True  # never holds the process up as it stops; the flush at exit writes what is left
        _timer.start()


def _flush_from_timer():
    try:
        flush_page_views()
    finally:
        connections.close_all()  # this thread's own database connections


def count_page_view(page_id, day=None):
    """One more view of the page today (local date), added up in memory; no database query (see the docstring).
    With ``PAGE_VIEWS_FLUSH_SECONDS=0`` it is written at once. A database hiccup is logged, never shown."""
    day = day or timezone.localdate()
    if settings.PAGE_VIEWS_FLUSH_SECONDS <= 0:
        try:
            write_views(page_id, day, 1)
        except DatabaseError:
            logger.warning("Could not count a view of page %s.", page_id, exc_info=True)
        return
    with _pending_lock:
        _pending[page_id, day] += 1
        _start_timer()


def flush_page_views():
    """Write the views this process has counted and not written yet, in one transaction. Returns how many views
    were written. If the database cannot be written, they are kept for the next try and a warning is logged."""
    global _pending, _timer
    with _flush_lock:
        with _pending_lock:
            counts, _pending = _pending, Counter()
            if _timer is not None and _timer is not threading.current_thread():
                _timer.cancel()
            _timer = None
        if not counts:
            return 0
        try:
            write_counts(counts)
        except DatabaseError:
            logger.warning("Could not write %s page views; they are kept to try again.", counts.total(), exc_info=True)
            with _pending_lock:
                _pending.update(counts)
                _start_timer()
            return 0
        return counts.total()


def flush_at_exit():
    """Write what this process counted before it stops: registered with atexit, and gunicorn's ``worker_exit``."""
    flush_page_views()
    if _pending:
        logger.error(
            "%s page views were lost: the database could not be written as the process stopped.", _pending.total()
        )


def _forget_parent_counts():
    """In a forked child (a gunicorn worker): the counts and the timer thread are the parent's, not ours."""
    global _pending, _timer, _pending_lock, _flush_lock
    _pending, _timer = Counter(), None
    _pending_lock, _flush_lock = threading.Lock(), threading.Lock()


atexit.register(flush_at_exit)
os.register_at_fork(after_in_child=_forget_parent_counts)


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
