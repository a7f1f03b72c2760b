"""What every page shows and editors rarely change, kept in each process until an editor changes it.

Every page asked the database the same questions again: which locale is active, which site this is, its settings,
the menu, the crisis lines, the taxonomy terms, which pages are private. ``remembered(name, build)`` keeps each answer
in this process under the current *site-wide generation*, a token in the shared cache that every change to such data
replaces (``new_site_wide_generation``: from page_cache.purge_everything, and from the few signals the page cache
does not need, in page_cache.connect_purge_signals and privacy.connect_signals). Every process sees the new token on
its next request and builds its answers again, so an edit shows on the next request everywhere.

The generation is read once per request (``SiteWideMiddleware``); outside a request, at every question. When the
cache cannot be reached nothing is kept and every answer comes from the database, as before: never a 500.

``remembered_until_published(name, build)`` is for answers that also depend on which pages are live (a guidance
page's related services, the directory's filter options): they are kept until any page is published or unpublished
too (a second token, the *published generation*, read in the same round trip), since those happen far more often
than the site-wide changes and should not make every process rebuild its menu.

Whatever the tokens say, nothing is kept longer than ``SITE_WIDE_KEEP_SECONDS`` (60): if a token could not be
renewed (the cache failed just as an editor made a page private, say), a process is out of date for a minute at
most, not until the next change.

Kept objects are shared between requests: read them, or copy them (``copy.copy``) before changing anything.
"""

import contextvars
import copy
import logging
import secrets
import time

from django.core.cache import cache
from django.db import transaction

from carers_site.core.fail_open_cache import CacheUnavailable

logger = logging.getLogger(__name__)

GENERATION_KEY = "site-wide:generation"
PUBLISHED_KEY = "site-wide:published"

#: {store: (generations, {name: value})} for this process: "site_wide" (remembered) and "until_published"
#: (remembered_until_published); each replaced as a whole when its generations change.
_stores = {"site_wide": (None, {}), "until_published": (None, {})}
#: The generations read at the start of the request being served (None outside a request).
_request_generation = contextvars.ContextVar("site_wide_generation", default=None)
_request_published = contextvars.ContextVar("site_wide_published", default=None)


def new_generation():
    return secrets.token_hex(8)


def current_generation(key):
    """The generation stored under ``key``, starting one if there is none (a new or emptied cache). Raises
    CacheUnavailable when the cache can neither give one nor keep one (it fails open: fail_open_cache.py), so that
    nothing is kept under a generation no other process can see change."""
    generation = cache.get(key)
    if generation is None:
        generation = new_generation()
        if not cache.add(key, generation, timeout=None):
            generation = cache.get(key)  # another process started it first
            if generation is None:
                raise CacheUnavailable(f"no generation for {key}")
    return generation


#: The key under which each set of kept answers records when it was started.
BORN = object()


def too_old(values):
    """True when a set of kept answers has outlived SITE_WIDE_KEEP_SECONDS (see the module's docstring)."""
    from django.conf import settings

    born = values.get(BORN)
    return born is None or time.monotonic() - born > getattr(settings, "SITE_WIDE_KEEP_SECONDS", 60)


def remembered(name, build):
    """``build()``'s answer, kept in this process until the site-wide generation changes."""
    return kept_answer("site_wide", name, build, (_request_generation, GENERATION_KEY))


def remembered_until_published(name, build):
    """``build()``'s answer, kept in this process until the site-wide generation changes or any page is published
    or unpublished."""
    return kept_answer(
        "until_published", name, build, (_request_generation, GENERATION_KEY), (_request_published, PUBLISHED_KEY)
    )


def kept_answer(store, name, build, *tokens):
    """The answer kept in ``_stores[store]`` under the current generations ``tokens`` ((request's variable, cache
    key) pairs), built when missing, too old, or kept under other generations."""
    try:
        generations = tuple(variable.get() or current_generation(key) for variable, key in tokens)
    except CacheUnavailable:  # a cache that is down (logged once, by fail_open_cache): as if nothing were kept
        return build()
    except Exception:
        logger.warning("Could not read the %s generation; answering from the database.", store, exc_info=True)
        return build()
    kept_generations, values = _stores[store]
    if kept_generations != generations or too_old(values):
        values = {BORN: time.monotonic()}
        _stores[store] = (generations, values)
    if name not in values:
        values[name] = build()
    return values[name]


def forget_everything():
    """Drop what this process keeps (for tests that swap the whole database under it)."""
    for store in _stores:
        _stores[store] = (None, {})


def write_new_generation(key, request_generation, what):
    """Replace the generation under ``key``: now, and again when the transaction commits, so that a request that
    read the old rows in between does not keep them as current."""

    def write():
        generation = new_generation()
        if request_generation.get() is not None:
            request_generation.set(generation)  # the rest of this request sees its own change
        try:
            cache.set(key, generation, timeout=None)
        except Exception:
            logger.error("Could not renew the %s generation: kept answers may be out of date.", what, exc_info=True)

    write()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(write)


def new_site_wide_generation():
    """Something kept here changed: every process builds its answers again."""
    write_new_generation(GENERATION_KEY, _request_generation, "site-wide")


def new_published_generation(**kwargs):
    """A page was published or unpublished (a ``page_published`` and ``page_unpublished`` receiver, connected in
    CarersSiteConfig.ready): what remembered_until_published keeps is built again."""
    write_new_generation(PUBLISHED_KEY, _request_published, "published")


# --- what is kept ------------------------------------------------------------------------------------------


def locales():
    """{language code: Locale} for every locale (a handful of rows)."""
    from wagtail.models import Locale

    return remembered("locales", lambda: {locale.language_code: locale for locale in Locale.objects.all()})


def locale_codes():
    """{locale pk: language code}."""
    return {locale.pk: code for code, locale in locales().items()}


def use_kept_locales():
    """Make ``Locale.get_active()`` and ``Locale.get_default()`` (Wagtail's routing, ``page.localized``, our own
    code: nine look-ups a page) read the kept locales instead of the database. Called from CarersSiteConfig.ready."""
    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models.i18n import LocaleManager

    from_database = LocaleManager.get_for_language

    def get_for_language(manager, language_code):
        locale = locales().get(get_supported_content_language_variant(language_code))
        return locale if locale is not None else from_database(manager, language_code)

    LocaleManager.get_for_language = get_for_language


def site_for_request(request):
    """The Wagtail site answering this request's host and port (as ``Site.find_for_request`` finds it)."""
    from django.http.request import split_domain_port
    from wagtail.models import Site

    hostname = split_domain_port(request._get_raw_host())[0]
    sites = remembered("sites", dict)  # {(hostname, port): Site or None}, filled as hosts are seen
    key = (hostname, request.get_port())
    if key not in sites:
        site = Site._find_for_request(request)
        if site is not None:  # its home page, specific, fetched once here (HomePage.localized is kept too)
            site.root_page = site.root_page.specific
        sites[key] = site
    return sites[key]


class SiteWideMiddleware:
    """Reads the site-wide generation once for the request, and gives the request its site and site settings from
    what this process keeps, so Wagtail (routing, settings in templates) does not look them up again. Runs after the
    page cache: a kept page needs none of it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from carers_site.core.site_settings import SiteSettings

        tokens = []
        try:
            found = cache.get_many([GENERATION_KEY, PUBLISHED_KEY])  # both in one round trip
            for key, variable in ((GENERATION_KEY, _request_generation), (PUBLISHED_KEY, _request_published)):
                tokens.append((variable, variable.set(found.get(key) or current_generation(key))))
        except CacheUnavailable:  # the cache is down (fail_open_cache.py says so once): answers from the database
            pass
        except Exception:
            logger.warning("Could not read the site-wide generation; answering from the database.", exc_info=True)
        try:
            site = site_for_request(request)
            request._wagtail_site = site
            if site is not None:
                kept = remembered(f"site-settings:{site.pk}", lambda: SiteSettings.for_site(site))
                site_settings = copy.copy(kept)  # for_request marks its copy with the request
                site_settings._request = request
                setattr(request, SiteSettings.get_cache_attr_name(), site_settings)
            return self.get_response(request)
        finally:
            for variable, token in tokens:
                variable.reset(token)
