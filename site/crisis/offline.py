"""The offline crisis card: visitors' phones keep the crisis page, in their language, for when there is no signal.

Progressive enhancement: without JavaScript or service workers the site works as before. offline.js registers
the service worker that ``service_worker`` serves at /sw.js (the site root, so it looks after every page) and tells
it which crisis page is the visitor's. The worker (templates/carers_site/sw.js) keeps that page, the stylesheet and
the favicon, and shows them when the network fails.
"""

import hashlib
import json
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Max
from django.shortcuts import render
from django.templatetags.static import static
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from carers_site.core.site_settings import SiteSettings
from carers_site.core.site_wide import remembered
from directory.models import CrisisLine

#: What the crisis page needs besides its HTML: its look, its icon, and the script that shows the offline notice.
OFFLINE_ASSETS = ("carers_site/css/carers.css", "carers_site/favicon.svg", "carers_site/js/offline.js")

#: Everything on a crisis line that shows on a page: a change to any of it makes phones fetch a fresh copy.
CRISIS_LINE_FIELDS = (
    "pk",
    "locale_id",
    "last_published_at",
    "name",
    "description",
    "phone",
    "text_number",
    "text_message",
    "open_24_7",
    "hours",
    "sort_order",
)


def app_version():
    try:
        return package_version("carers-directory")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown"


def crisis_translations(request):
    """{language code: live page} for the crisis page chosen in Site settings and its translations, remembered for
    the request (offline.js's script tag, the offline notice and the crisis lines block all ask). Alias pages are
    left out: they only repeat the English page under another language's address."""
    if not hasattr(request, "_crisis_translations"):
        site_settings = SiteSettings.for_request(request)

        def build():
            chosen = site_settings.crisis_page
            if chosen is None:
                return {}
            translations = (
                chosen.get_translations(inclusive=True)
                .live()
                .public()
                .filter(alias_of__isnull=True)
                .select_related("locale")
            )
            return {page.locale.language_code: page for page in translations}

        # Kept per process (carers_site.core.site_wide): the settings, or the crisis page in any language, being
        # published renews it.
        request._crisis_translations = remembered(f"crisis-pages:{site_settings.site_id}", build)
    return request._crisis_translations


def crisis_page_for_language(request, language_code):
    """The crisis page in a language, or in the site's default language (English) when it has no translation."""
    pages = crisis_translations(request)
    return pages.get(language_code) or pages.get(settings.LANGUAGE_CODE) or next(iter(pages.values()), None)


def crisis_page_path(request, language_code):
    """The path of the crisis page a visitor reading a language keeps, e.g. "/ur/crisis/"; "" when there is none."""
    page = crisis_page_for_language(request, language_code)
    return urlsplit(page.get_url(request)).path if page is not None else ""


def crisis_page_paths(request):
    """{language code: crisis page path} for every language of the site, e.g. {"en": "/crisis/", "ur": ...}."""
    paths = {code: crisis_page_path(request, code) for code, _name in settings.LANGUAGES}
    return {code: path for code, path in paths.items() if path}


def crisis_last_updated(request):
    """When the crisis information in the language being shown last changed: the latest publication of the crisis
    page (in that language) or of a live crisis line. None when neither has ever been published. Remembered for the
    request: the crisis lines block and the offline notice both show it on the crisis page."""
    language = get_language()
    known = request.__dict__.setdefault("_crisis_last_updated", {})
    if language not in known:
        page = crisis_page_for_language(request, language)
        newest_line = remembered(
            "crisis:newest-line",
            lambda: CrisisLine.objects.filter(live=True).aggregate(newest=Max("last_published_at"))["newest"],
        )
        known[language] = max(filter(None, [newest_line, getattr(page, "last_published_at", None)]), default=None)
    return known[language]


def is_crisis_page(request, page):
    pages = crisis_translations(request)
    return page is not None and any(page.pk == crisis.pk for crisis in pages.values())


def worker_version(request, asset_urls, crisis_paths):
    """A short hash of everything the worker's saved copies depend on. It is in the worker's text, so when the
    crisis numbers, the crisis page, the stylesheet or the site's version change, browsers see a new worker, which
    replaces the saved copies."""
    site_settings = SiteSettings.for_request(request)
    lines = CrisisLine.objects.filter(live=True).order_by("pk").values_list(*CRISIS_LINE_FIELDS)
    pages = sorted((page.pk, page.last_published_at) for page in crisis_translations(request).values())
    source = [
        app_version(),
        asset_urls,
        crisis_paths,
        site_settings.crisis_heading,
        site_settings.crisis_intro,
        list(lines),
        pages,
    ]
    return hashlib.sha256(json.dumps(source, default=str, sort_keys=True).encode()).hexdigest()[:16]


@require_safe
def service_worker(request):
    """/sw.js: the service worker, from the site root so that its scope is the whole site."""
    asset_urls = [static(name) for name in OFFLINE_ASSETS]
    crisis_paths = crisis_page_paths(request)
    config = {
        "version": worker_version(request, asset_urls, crisis_paths),
        "assets": asset_urls,
        "crisisPages": crisis_paths,
        "defaultLanguage": settings.LANGUAGE_CODE,
    }
    response = render(
        request,
        "carers_site/sw.js",
        {"config": json.dumps(config, indent=2)},
        content_type="application/javascript; charset=utf-8",
    )
    # Browsers ask again each time (a cheap 304 when nothing changed), so a change reaches phones at once.
    patch_cache_control(response, no_cache=True)
    return response
