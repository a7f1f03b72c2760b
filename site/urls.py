from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from carers_site.crisis import offline
from carers_site.events import calendar as events
from carers_site.privacy import media
from carers_site.sharing import family_pack, short_links

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap),
    # The offline crisis card's service worker, at the root so that it looks after every page (offline.py).
    path("sw.js", offline.service_worker, name="service_worker"),
    # The directory's read-only Open Referral UK API (no language prefix: data, not pages).
    path("api/openreferral/", include("directory.api.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Uploads, public ones only, in every setting: nothing else may serve the media folder (site/privacy/media.py).
if settings.MEDIA_URL.startswith("/"):
    urlpatterns.append(path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", media.serve_media, name="media"))

# English pages live at /, other languages under /cy/, /ur/ and so on.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("directory/", include("directory.urls")),
    # Short links for clinicians to say aloud or print: /go/assessment/ and its QR code (short_links.py).
    path("go/<slug:slug>/", short_links.short_link, name="short_link"),
    re_path(r"^go/(?P<slug>[-\w]+)/qr\.(?P<format>png|svg)$", short_links.short_link_qr, name="short_link_qr"),
    # Family packs: pages picked for a family, printed or downloaded as one PDF (family_pack.py).
    path("pack/", family_pack.family_pack, name="family_pack"),
    path("pack/add/", family_pack.add_to_pack, name="family_pack_add"),
    path("pack/change/", family_pack.change_pack, name="family_pack_change"),
    path("pack/print/", family_pack.print_pack, name="family_pack_print"),
    path("pack/pdf/", family_pack.pack_pdf, name="family_pack_pdf"),
    # Health and care staff: ask to read the resources kept for professionals, sign out (site/privacy/access.py).
    path("professionals/", include("carers_site.privacy.urls")),
    # Calendar files of the event list and of one event, served by the pages' routes (events.py).
    re_path(r"^(?P<page_path>(?:[-\w]+/)+)(?P<name>calendar|event)\.ics$", events.calendar_file, name="event_calendar"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

# The error page reads neither the database nor the cache (either may be what failed).
handler500 = "carers_site.core.errors.server_error"
