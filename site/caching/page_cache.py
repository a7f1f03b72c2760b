"""The page cache: whole pages kept for visitors who are not signed in, and purged when what they show changes.

Our own, small one, because wagtail-cache does not support Wagtail 8.

Which responses are kept (``PageCacheMiddleware``):

- pages served by Wagtail, including a page's own sub-addresses (news feeds, calendar files) and its query-string
  variants (the directory's ``?area=havering``). The ``before_serve_page`` hook ``note_served_page`` marks them,
  so search, the family pack, sign-in, the admin and sw.js are never kept;
- GET requests from visitors with no session cookie. Nobody without one is signed in, has a family pack or has
  unlocked a private page, so they all see the same page; their session is never loaded. Visitors with a session
  always get a page made for them;
- answered 200, setting no cookie (no CSRF token, message or session), with no ``Vary: Cookie`` or
  ``Cache-Control`` of the view's own, for a page that is not private (Wagtail view restrictions) or a preview.

One copy is kept per address: host, path, query string (sorted by name) and language, for ``PAGE_CACHE_SECONDS``
(0 turns the cache off). ``X-Page-Cache: hit`` or ``miss`` says whether a page came from the cache.

Purging uses generations rather than deleting keys: each copy records the site's generation and its page's
generation when it was made, and is only served while both are unchanged. Giving a page a new generation purges
every copy of it at once (every query string, both feeds); a new site generation purges everything. Signals
(``connect_purge_signals``) purge a page with the pages that list or link to it when it is published, unpublished
or deleted, and everything when something shown on every page changes (crisis lines, taxonomy terms, settings).

A CDN in front (``WAGTAILFRONTENDCACHE``, see settings/base.py) is told too: Wagtail purges a published page's own
addresses (``get_cached_paths``); the wider purges here send the other pages' addresses.

Headers: a kept page says ``Cache-Control: public, max-age=PAGE_BROWSER_MAX_AGE, s-maxage=PAGE_CACHE_SECONDS``,
with an ETag and a Last-Modified, so browsers and the CDN revalidate with a cheap 304
(ConditionalGetMiddleware). Anything else made for one visitor says ``private, no-cache``.
"""

import hashlib
import logging
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.urls import translate_url
from django.utils.cache import cc_delim_re, patch_vary_headers, set_response_etag
from django.utils.http import http_date, parse_http_date_safe
from django.utils.translation import override
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move, published, unpublished

from carers_site.core.fail_open_cache import CacheUnavailable
from carers_site.core.languages import content_languages
from carers_site.core.site_settings import SiteSettings
from carers_site.core.site_wide import current_generation, new_generation, new_site_wide_generation
from carers_site.reports.measures import count_if_read
from carers_site.sharing.models import ShortLink
from directory.models import CrisisLine
from resources.pdf_models import LeafletPDF

logger = logging.getLogger(__name__)

KEY_PREFIX = "page-cache"
SITE_GENERATION_KEY = f"{KEY_PREFIX}:site"
#: Longer query strings are not kept: people do not type them, and each would take a copy of its own.
MAX_QUERY_STRING = 300
#: A page's Vary headers that still allow keeping it: the key holds the language, and gzip happens outside.
HARMLESS_VARY = {"accept-language", "accept-encoding"}


def page_generation_key(page_id):
    return f"{KEY_PREFIX}:page:{page_id}"


def response_key(request):
    """One key per address and language. Query parameters are sorted by name but keep their values' order:
    ``?area=a&area=b`` and ``?area=b&area=a`` can show different pages."""
    params = sorted(request.GET.lists(), key=lambda pair: pair[0])
    address = "\n".join(
        [request.scheme, request.get_host(), request.path, urlencode(params, doseq=True), request.LANGUAGE_CODE]
    )
    return f"{KEY_PREFIX}:response:{hashlib.sha256(address.encode()).hexdigest()}"


# --- serving -----------------------------------------------------------------------------------------------


@dataclass
class Lookup:
    """A GET or HEAD the cache could answer: where its copy would be kept, and the generations it was made in."""

    key: str
    site_generation: str
    page_generation: str | None = None  # read by note_served_page, before the page is made
    entry: dict | None = None  # the kept copy, when there is a good one


def look_up(request):
    """The request's kept copy, if it is still good. Two cache reads: the copy with the site's generation, then
    its page's generation. None when the cache cannot be reached (the page is then made as usual)."""
    key = response_key(request)
    try:
        found = cache.get_many([key, SITE_GENERATION_KEY])
        site_generation = found.get(SITE_GENERATION_KEY) or current_generation(SITE_GENERATION_KEY)
        lookup = Lookup(key, site_generation)
        entry = found.get(key)
        if entry is not None and entry["site_generation"] == site_generation:
            if cache.get(page_generation_key(entry["page_id"])) == entry["page_generation"]:
                lookup.entry = entry
        return lookup
    except CacheUnavailable:  # down (fail_open_cache.py logs that once): the page is made as usual
        return None
    except Exception:  # a cache server that is down must not take the site down with it
        logger.warning("Could not read the page cache.", exc_info=True)
        return None


def note_served_page(page, request, serve_args, serve_kwargs):
    """``before_serve_page`` hook: marks the response as a page's, and reads the page's generation before the page
    is made, so a purge while it is being made leaves the copy out of date rather than kept as current."""
    if hasattr(request, "served_page"):
        return  # a page served inside another page's view; the first one answers the request
    request.served_page = page
    lookup = getattr(request, "page_cache_lookup", None)
    if lookup is not None:
        try:
            lookup.page_generation = current_generation(page_generation_key(page.pk))
        except CacheUnavailable:
            request.page_cache_lookup = None
        except Exception:
            logger.warning("Could not read the page cache.", exc_info=True)
            request.page_cache_lookup = None


def has_session(request):
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def is_shareable(request, response, page):
    """Whether this page response, made for a visitor with no session, is the same for every such visitor."""
    vary = {header.strip().lower() for header in cc_delim_re.split(response.get("Vary", "")) if header.strip()}
    session = getattr(request, "session", None)
    messages = getattr(request, "_messages", None)
    return (
        request.method in ("GET", "HEAD")
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not response.has_header("Cache-Control")
        and vary <= HARMLESS_VARY
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # the page holds a CSRF token
        and not (session is not None and session.modified)
        and not (messages is not None and (messages.added_new or messages.used))
        and not getattr(request, "is_preview", False)
        and not page.get_view_restrictions().exists()
    )


def mark_shared(response, seconds):
    response["Cache-Control"] = f"public, max-age={settings.PAGE_BROWSER_MAX_AGE}, s-maxage={seconds}"
    # Browsers and CDNs must not hand this copy to someone who has since signed in.
    patch_vary_headers(response, ["Cookie"])


def mark_private(response):
    """Made for this visitor only: never kept by a CDN, and checked with the server before a browser reuses it."""
    if "no-store" not in response.get("Cache-Control", ""):
        response["Cache-Control"] = "private, no-cache"


def keep(lookup, page, response, seconds):
    """Give the response its validators and keep a copy. Last-Modified is when the copy was made: a page can
    change without being published ("Open now", events that have ended), so no earlier date is safe."""
    made = time.time()
    earlier = parse_http_date_safe(response.get("Last-Modified", "")) or 0  # a feed's newest item
    response["Last-Modified"] = http_date(max(made, earlier))
    set_response_etag(response)
    entry = {
        "page_id": page.pk,
        "site_generation": lookup.site_generation,
        "page_generation": lookup.page_generation,
        "status": response.status_code,
        "headers": list(response.items()),
        "content": response.content,
    }
    try:
        cache.set(lookup.key, entry, timeout=seconds)
    except Exception:
        logger.warning("Could not keep a page in the page cache.", exc_info=True)


def response_from(entry):
    return HttpResponse(entry["content"], status=entry["status"], headers=dict(entry["headers"]))


class PageCacheMiddleware:
    """Answers visitors with no session from kept copies of pages, and sets every page's Cache-Control."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        shareable_request = request.method in ("GET", "HEAD") and not has_session(request)
        lookup = None
        if shareable_request and seconds > 0 and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_STRING:
            lookup = look_up(request)
            if lookup is not None and lookup.entry is not None:
                response = response_from(lookup.entry)
                response["X-Page-Cache"] = "hit"
                count_if_read(request, response, lookup.entry["page_id"])
                return response
            request.page_cache_lookup = lookup

        response = self.get_response(request)

        page = getattr(request, "served_page", None)
        if page is None:
            # Not a page. What a visitor with a session is shown may come from it (their pack, their name).
            if has_session(request) and not response.has_header("Cache-Control"):
                mark_private(response)
            return response
        lookup = getattr(request, "page_cache_lookup", None)
        if shareable_request and is_shareable(request, response, page):
            mark_shared(response, max(seconds, 0))
            if lookup is not None and lookup.page_generation is not None and request.method == "GET":
                keep(lookup, page, response, seconds)
        else:
            mark_private(response)
        if lookup is not None:
            response["X-Page-Cache"] = "miss"
        return response


# --- purging -----------------------------------------------------------------------------------------------


#: Inside ``purges_deferred()``: purges wait, and the whole cache is purged once at its end.
_deferred = threading.local()


@contextmanager
def purges_deferred():
    """For a bulk load that publishes hundreds of pages (``load_demo``): inside, purges are not written one by one
    (each is a cache write, and the file cache culls its folder on every write); the whole page cache is purged once
    at the end instead. Use it outside the transaction, so that purge comes after the commit."""
    _deferred.depth = getattr(_deferred, "depth", 0) + 1
    try:
        yield
    finally:
        _deferred.depth -= 1
        if not _deferred.depth:
            purge_everything()


def write_new_generations(keys):
    """Give each key a new generation, now and again when the transaction commits.

    The second time matters: a visitor's request between the first purge and the commit still reads the old
    content from the database, and would keep it under the new generation.
    """
    keys = list(keys)
    if not keys or getattr(_deferred, "depth", 0):
        return

    def write():
        try:
            cache.set_many({key: new_generation() for key in keys}, timeout=None)
        except Exception:
            logger.error("Could not purge the page cache: pages may be out of date until they expire.", exc_info=True)

    write()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(write)


def purge_pages(page_ids):
    """Every kept copy of these pages (each address, language and query string) is out of date."""
    write_new_generations(page_generation_key(page_id) for page_id in set(page_ids))


def purge_everything():
    write_new_generations([SITE_GENERATION_KEY])
    new_site_wide_generation()  # what every page shows, kept in each process (site_wide.py)
    purge_everything_from_cdn()


def pages_linking_to(obj):
    """The ids of the pages that link to or choose ``obj`` (rich text links, choosers, foreign keys), from
    Wagtail's reference index."""
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to(obj).filter(base_content_type=page_type)
    return {int(page_id) for page_id in references.values_list("object_id", flat=True)}


def shown_on_every_page(page):
    """Pages whose title or address appears on pages that neither list nor link to them: a page with children
    (their breadcrumbs), a section in the main menu, and the crisis page in any language (every page points
    the offline crisis card at it)."""
    if page.numchild or page.show_in_menus:
        return True
    return SiteSettings.objects.filter(crisis_page__translation_key=page.translation_key).exists()


def purge_page(page):
    """A page was published or unpublished (deleting a live page unpublishes it first): purge it, the pages above
    it (index pages list their children; the home page lists news and events), the pages that link to it, and
    its other languages (their language switchers link to it). Translations are separate pages: publishing the
    Urdu page leaves the English copies alone, except the English page itself. A service, guidance page or leaflet
    may also be listed under any guidance page or leaflet ("Services that can help", "Related advice"), and the easy
    read version a page names links back to it (the pages naming it link to it, so are found as linking)."""
    from carers_site.sharing.formats import pages_linking_back
    from resources.related import pages_listing_related_help

    if shown_on_every_page(page):
        purge_everything()
        return
    ancestors = Page.objects.filter(path__in=ancestor_paths(page))
    if page.locale_id == Locale.get_default().pk:
        # An English page is listed in every language: a Welsh or Urdu index lists the English pages under the
        # English one (ContentPage.listed_pages), so an English leaflet leaving leaves the Urdu leaflets list too.
        ancestors = Page.objects.filter(translation_key__in=ancestors.values("translation_key"))
    ancestors_and_translations = ancestors | Page.objects.filter(translation_key=page.translation_key)
    page_ids = {page.pk, *ancestors_and_translations.values_list("pk", flat=True), *pages_linking_to(page)}
    page_ids |= pages_listing_related_help(page)
    page_ids |= pages_linking_back(page)  # its easy read version links back to it ("Other formats and languages")
    purge_pages(page_ids)
    # Wagtail's frontend_cache app purges the page itself at once; after the commit it is purged again with the
    # rest, in case the CDN fetched the old page from a server that had not yet seen the commit.
    purge_pages_from_cdn(page_ids)


def ancestor_paths(page):
    """The tree paths of the pages above ``page`` (treebeard's path is its ancestors' paths, step by step)."""
    return [page.path[:length] for length in range(page.steplen, len(page.path), page.steplen)]


def purge_pages_linking_to(obj):
    """An image or document changed: purge the pages that show it, and the pages that list those."""
    page_ids = pages_linking_to(obj)
    paths = {path for page in Page.objects.filter(pk__in=page_ids).only("path") for path in ancestor_paths(page)}
    page_ids |= set(Page.objects.filter(path__in=paths).values_list("pk", flat=True))
    purge_pages(page_ids)
    purge_pages_from_cdn(page_ids)


# --- the CDN (wagtail.contrib.frontend_cache) ------------------------------------------------------------------


def cdn_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def send_pages_to_cdn(pages):
    batch = PurgeBatch()
    pages = list(pages)
    batch.add_pages(pages)
    batch.add_urls(addresses_in_other_languages(pages))
    batch.purge()


def addresses_in_other_languages(pages):
    """The other addresses of the English listing pages among ``pages``: until it is translated, Find local help
    (and the library, leaflets, news, events) is also served as /ur/directory/ and so on (HomePage.route)."""
    listings = [page for page in pages if getattr(page.specific_class, "lists_every_language", False)]
    if not listings:
        return []
    languages = content_languages() - {settings.LANGUAGE_CODE}
    addresses = []
    with override(settings.LANGUAGE_CODE):
        for page in listings:
            if page.locale.language_code != settings.LANGUAGE_CODE:
                continue
            url = page.get_full_url()
            addresses += [translate_url(url, code) for code in sorted(languages)] if url else []
    return addresses


def purge_pages_from_cdn(page_ids):
    """Send these pages' addresses (each with its get_cached_paths) to the CDN, once the transaction commits, so
    the CDN does not fetch and keep the old page again."""
    if not cdn_configured() or not page_ids:
        return
    page_ids = set(page_ids)
    transaction.on_commit(
        lambda: send_pages_to_cdn(Page.objects.live().public().filter(pk__in=page_ids).specific(defer=True))
    )


#: When this process last sent every page to the CDN (time.monotonic()).
everything_sent_to_cdn_at = float("-inf")


def purge_everything_from_cdn():
    """Send every live public page's addresses to the CDN after the commit, once per commit: an import that saves
    hundreds of taxonomy terms in one transaction asks for it hundreds of times."""
    if not cdn_configured():
        return
    asked_at = time.monotonic()

    def send():
        global everything_sent_to_cdn_at
        if everything_sent_to_cdn_at > asked_at:
            return  # sent after this was asked for, so it already holds this change
        everything_sent_to_cdn_at = time.monotonic()
        send_pages_to_cdn(Page.objects.live().public().specific(defer=True))

    transaction.on_commit(send)


# --- signals -----------------------------------------------------------------------------------------------


def on_page_changed(instance, **kwargs):
    purge_page(instance)


def on_everything_changed(**kwargs):
    purge_everything()


def on_settings_saved(created, **kwargs):
    """Settings are made with their defaults the first time a page asks for them, which changes nothing shown."""
    if not created:
        purge_everything()


def on_site_wide_changed(**kwargs):
    """Kept in each process but not in the page cache's way: a crisis line saved live without a publish (an
    import, a fixture), or a home page or a section of the menu published or unpublished."""
    new_site_wide_generation()


def on_page_published_or_unpublished(instance, **kwargs):
    if instance.depth <= 3:  # a home page (the languages offered) or its sections (the menu)
        new_site_wide_generation()


def on_page_shown_object_changed(instance, **kwargs):
    purge_pages_linking_to(instance)


def on_made_pdf_changed(instance, **kwargs):
    purge_pages([instance.page_id])
    purge_pages_from_cdn([instance.page_id])


def on_short_link_changed(instance, created=False, **kwargs):
    """The "Share this page" box shows the page's short link, in every language. A page's first link is made when
    it is published or first shown, and no copy can show an earlier one, so that one purges nothing (ShortLink.
    kept_links, which lacks it, looks it up in the database); any other change renews the kept links."""
    if created and not ShortLink.objects.filter(page_id=instance.page_id).exclude(pk=instance.pk).exists():
        return
    new_site_wide_generation()
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        page_ids = set(Page.objects.filter(translation_key=page.translation_key).values_list("pk", flat=True))
        purge_pages(page_ids)
        purge_pages_from_cdn(page_ids)


def models_shown_on_every_page():
    """Models whose change purges everything: those that say they are ``shown_on_every_page`` (crisis lines are on every
    page, taxonomy terms and organisations name filters and services everywhere), settings fill the header and
    footer, and sites, locales and view restrictions change addresses, languages and what is public."""
    declared = [model for model in apps.get_models() if getattr(model, "shown_on_every_page", False)]
    settings_models = [model for model in apps.get_models() if is_settings_model(model)]
    return [*declared, *settings_models, Site, Locale, PageViewRestriction]


def is_settings_model(model):
    return issubclass(model, (BaseSiteSetting, BaseGenericSetting))


def connect_purge_signals():
    """Called from CarersSiteConfig.ready()."""

    def connect(signal, receiver, sender=None):
        name = getattr(sender, "__name__", "page")
        signal.connect(receiver, sender=sender, dispatch_uid=f"page_cache.{receiver.__name__}.{name}")

    # Page subclasses send these with their own class as sender, so listen to every sender.
    for signal in (page_published, page_unpublished):
        connect(signal, on_page_changed)
        connect(signal, on_page_published_or_unpublished)
    # A new slug or place changes the addresses of the page and everything under it, and every link to them.
    for signal in (page_slug_changed, post_page_move):
        connect(signal, on_everything_changed)

    # Crisis lines go live only when published (drafts and workflow saves change nothing anyone sees).
    connect(published, on_everything_changed, CrisisLine)
    connect(unpublished, on_everything_changed, CrisisLine)
    connect(post_delete, on_everything_changed, CrisisLine)
    connect(post_save, on_site_wide_changed, CrisisLine)
    for model in models_shown_on_every_page():
        if model is not CrisisLine:
            connect(post_save, on_settings_saved if is_settings_model(model) else on_everything_changed, model)
            connect(post_delete, on_everything_changed, model)

    for model in (get_image_model(), get_document_model()):
        connect(post_save, on_page_shown_object_changed, model)
    connect(post_save, on_short_link_changed, ShortLink)
    connect(post_delete, on_short_link_changed, ShortLink)
    # A leaflet's page offers the PDF the site made of it (carers_site/sharing/leaflet_pdf.py): a new file, or none.
    connect(post_save, on_made_pdf_changed, LeafletPDF)
    connect(post_delete, on_made_pdf_changed, LeafletPDF)
