"""The page cache (carers_site/caching/page_cache.py): pages kept for visitors with no session, purged when they change,
with Cache-Control, ETag and Last-Modified for browsers and CDNs, and CDN purges through frontend_cache."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import Client
from django.utils import timezone
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Locale, PageViewRestriction, Site

from carers_site.models import PageViewDay, SiteSettings
from carers_site.reports import measures
from carers_site.settings.base import frontend_cache_settings
from tests.factories.directory import CrisisLineFactory, DirectoryIndexPageFactory, ServicePageFactory
from tests.factories.resources import DocumentFactory, GuidancePageFactory
from tests.factories.site import (
    AreaFactory,
    AudienceFactory,
    EventIndexPageFactory,
    EventPageFactory,
    FeedbackFormPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from tests.helpers import publish_services

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
BOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
PASSWORD = "a long enough password 123"


@pytest.fixture(autouse=True)
def cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.PAGE_BROWSER_MAX_AGE = 300


@pytest.fixture
def guidance(home):
    page = GuidancePageFactory(parent=home, title="Getting a carer's assessment", slug="assessment")
    page.save_revision().publish()
    return page


def get(client, url, **headers):
    headers.setdefault("HTTP_USER_AGENT", BROWSER)
    return client.get(url, **headers)


def served_from_cache(response):
    return response.get("X-Page-Cache") == "hit"


def publish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


# --- what is kept, and for whom ----------------------------------------------------------------------------


def test_the_second_visitor_gets_the_kept_copy(client, guidance, crisis_lines):
    first = get(client, guidance.url)
    second = get(Client(), guidance.url)

    assert first.status_code == second.status_code == 200
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert "Getting a carer&#x27;s assessment" in second.content.decode()
    for response in (first, second):
        assert response["Cache-Control"] == "public, max-age=300, s-maxage=600"
        assert "Cookie" in response["Vary"]
        assert response["ETag"] == first["ETag"]
        assert response["Last-Modified"] == first["Last-Modified"]
        assert not response.cookies


def test_signed_in_people_never_get_or_leave_a_kept_copy(client, guidance, django_user_model):
    django_user_model.objects.create_user("carer", "carer@example.org", PASSWORD)
    client.login(username="carer", password=PASSWORD)
    for _ in range(2):
        signed_in = get(client, guidance.url)
        assert signed_in.status_code == 200
        assert "X-Page-Cache" not in signed_in
        assert signed_in["Cache-Control"] == "private, no-cache"

    assert get(Client(), guidance.url)["X-Page-Cache"] == "miss"  # the signed-in visits kept nothing
    assert served_from_cache(get(client, guidance.url)) is False


def test_a_visitor_with_a_family_pack_in_their_session_gets_pages_made_for_them(client, guidance):
    get(Client(), guidance.url)  # kept
    client.post("/pack/add/", {"page": guidance.pk}, HTTP_USER_AGENT=BROWSER)
    assert "sessionid" in client.cookies

    response = get(client, guidance.url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    assert response["Cache-Control"] == "private, no-cache"
    pack = get(client, "/pack/")
    assert pack["Cache-Control"] == "private, no-cache"  # the pack's own page shows what the session holds


def test_private_pages_are_never_kept(client, guidance, django_user_model):
    restriction = PageViewRestriction.objects.create(page=guidance, restriction_type=PageViewRestriction.LOGIN)
    refused = get(client, guidance.url)
    assert refused.status_code == 302
    assert "private" in refused["Cache-Control"]
    assert "public" not in refused["Cache-Control"]

    django_user_model.objects.create_user("carer", "carer@example.org", PASSWORD)
    reader = Client()
    reader.login(username="carer", password=PASSWORD)
    assert get(reader, guidance.url).status_code == 200
    assert get(client, guidance.url).status_code == 302

    restriction.restriction_type = PageViewRestriction.PASSWORD
    restriction.password = "for staff"
    restriction.save()
    for _ in range(2):
        form = get(client, guidance.url)
        assert form.status_code == 200  # the password form
        assert form["X-Page-Cache"] == "miss"
        assert "no-store" in form["Cache-Control"]


def test_a_page_that_makes_a_public_page_private_purges_it(client, guidance):
    assert get(client, guidance.url)["X-Page-Cache"] == "miss"
    assert served_from_cache(get(client, guidance.url))
    PageViewRestriction.objects.create(page=guidance, restriction_type=PageViewRestriction.LOGIN)
    assert get(client, guidance.url).status_code == 302


def test_forms_with_a_csrf_token_and_posts_are_not_kept(client, home):
    form_page = FeedbackFormPageFactory(parent=home, slug="feedback")
    for _ in range(2):
        response = get(Client(), form_page.url)
        assert response.status_code == 200
        assert "csrfmiddlewaretoken" in response.content.decode()
        assert response["X-Page-Cache"] == "miss"
        assert response["Cache-Control"] == "private, no-cache"

    posted = client.post(form_page.url, {}, HTTP_USER_AGENT=BROWSER)
    assert not served_from_cache(posted)
    assert posted["Cache-Control"] == "private, no-cache"


def test_search_and_other_views_are_not_kept(client, guidance):
    for _ in range(2):
        response = get(client, "/search/?q=assessment")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
    assert "X-Page-Cache" not in get(client, "/pack/")


def test_each_language_has_its_own_copy(client, home):
    urdu = Locale.objects.get(language_code="ur")
    urdu_home = home.copy_for_translation(urdu)
    urdu_home.title = "بلا معاوضہ دیکھ بھال کرنے والوں کے لیے مدد"
    urdu_home.save_revision().publish()

    english, urdu_page = get(client, "/"), get(client, "/ur/")
    assert (english["X-Page-Cache"], urdu_page["X-Page-Cache"]) == ("miss", "miss")
    again_english, again_urdu = get(Client(), "/"), get(Client(), "/ur/")
    assert (again_english["X-Page-Cache"], again_urdu["X-Page-Cache"]) == ("hit", "hit")
    assert again_english.content == english.content
    assert again_urdu.content == urdu_page.content
    assert english.content != urdu_page.content
    assert '<html lang="ur" dir="rtl"' in again_urdu.content.decode()
    assert '<html lang="en" dir="ltr"' in again_english.content.decode()


def test_query_string_variants_are_kept_apart_in_any_order(client, home):
    directory = DirectoryIndexPageFactory(parent=home, slug="directory-of-help")
    AreaFactory(name="Havering", slug="havering")
    AudienceFactory(name="Young carers", slug="young-carers")
    plain = get(client, directory.url)
    filtered = get(client, directory.url + "?area=havering&audience=young-carers")
    assert plain.content != filtered.content
    reordered = get(client, directory.url + "?audience=young-carers&area=havering")
    assert served_from_cache(reordered)
    assert reordered.content == filtered.content


def test_a_hit_costs_no_database_query(client, guidance, crisis_lines, django_assert_num_queries, settings):
    # Views added up in memory, as in production (tests/reports/test_measures.py).
    settings.PAGE_VIEWS_FLUSH_SECONDS = 60
    try:
        get(client, guidance.url)  # kept
        with django_assert_num_queries(0):
            assert served_from_cache(get(client, guidance.url))
        with django_assert_num_queries(0):
            assert served_from_cache(get(client, guidance.url, HTTP_USER_AGENT=BOT))
    finally:
        measures.flush_page_views()  # written now, and the timer stopped
    assert PageViewDay.objects.get(page=guidance).views == 2


def test_page_views_are_counted_on_hits_but_not_for_programs(client, guidance):
    get(client, guidance.url)
    assert served_from_cache(get(client, guidance.url))
    assert served_from_cache(get(client, guidance.url))
    assert served_from_cache(get(client, guidance.url, HTTP_USER_AGENT=BOT))
    assert served_from_cache(get(client, guidance.url, HTTP_SEC_PURPOSE="prefetch"))
    assert served_from_cache(client.head(guidance.url, HTTP_USER_AGENT=BROWSER))
    row = PageViewDay.objects.get(page=guidance)
    assert (row.date, row.views) == (timezone.localdate(), 3)


def test_a_hit_answers_a_revalidation_with_304(client, guidance):
    first = get(client, guidance.url)
    assert served_from_cache(get(client, guidance.url))
    by_etag = get(client, guidance.url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert by_etag.status_code == 304
    assert by_etag.content == b""
    by_date = get(client, guidance.url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert by_date.status_code == 304
    assert get(client, guidance.url, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200

    gzipped = get(client, guidance.url, HTTP_ACCEPT_ENCODING="gzip")
    assert served_from_cache(gzipped)
    assert gzipped["Content-Encoding"] == "gzip"
    assert gzipped["ETag"].startswith("W/")
    again = get(client, guidance.url, HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=gzipped["ETag"])
    assert again.status_code == 304


def test_a_purged_page_is_not_answered_with_304(client, guidance):
    first = get(client, guidance.url)
    publish(guidance, title="Carer's assessments explained")
    fresh = get(client, guidance.url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert fresh.status_code == 200
    assert "Carer&#x27;s assessments explained" in fresh.content.decode()


def test_page_cache_seconds_zero_turns_it_off(client, guidance, settings):
    settings.PAGE_CACHE_SECONDS = 0
    for _ in range(2):
        response = get(client, guidance.url)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert response["Cache-Control"] == "public, max-age=300, s-maxage=0"
    settings.PAGE_CACHE_SECONDS = 600
    assert get(client, guidance.url)["X-Page-Cache"] == "miss"


# --- purging -----------------------------------------------------------------------------------------------


def test_publishing_a_page_purges_it(client, guidance):
    get(client, guidance.url)
    assert served_from_cache(get(client, guidance.url))

    publish(guidance, title="Your carer's assessment")
    response = get(client, guidance.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Your carer&#x27;s assessment" in response.content.decode()


def test_unpublishing_and_deleting_a_service_purge_the_directory(client, home):
    directory = DirectoryIndexPageFactory(parent=home, slug="directory-of-help")
    kept = publish(ServicePageFactory(parent=directory, title="Havering Carers Hub"))
    gone = publish(ServicePageFactory(parent=directory, title="Romford Respite"))
    get(client, directory.url)
    assert "Romford Respite" in get(client, directory.url).content.decode()

    gone.unpublish()
    listing = get(client, directory.url).content.decode()
    assert "Romford Respite" not in listing
    assert "Havering Carers Hub" in listing

    get(client, directory.url)
    kept.delete()
    assert "Havering Carers Hub" not in get(client, directory.url).content.decode()


def test_publishing_a_service_purges_the_directory_and_its_filtered_lists(client, home):
    directory = DirectoryIndexPageFactory(parent=home, slug="directory-of-help")
    havering = AreaFactory(name="Havering", slug="havering")
    addresses = [directory.url, directory.url + "?area=havering", directory.url + "?area=havering&page=1"]
    for address in [*addresses, "/"]:
        get(client, address)
        assert served_from_cache(get(client, address))

    service = ServicePageFactory(parent=directory, title="Havering Carers Hub", live=False)
    service.areas_served.set([havering])
    publish(service)

    for address in addresses:
        response = get(client, address)
        assert response["X-Page-Cache"] == "miss", address
        assert "Havering Carers Hub" in response.content.decode()
    assert get(client, "/")["X-Page-Cache"] == "miss"  # the home page is above it too


def test_publishing_a_page_purges_the_pages_that_link_to_it(client, home, guidance):
    linking = GuidancePageFactory(
        parent=home,
        slug="rights",
        body=[("paragraph", f'<p>Read about <a linktype="page" id="{guidance.pk}">assessments</a>.</p>')],
    )
    publish(linking)
    unrelated = publish(GuidancePageFactory(parent=home, slug="unrelated"))
    for page in (linking, unrelated):
        get(client, page.url)

    publish(guidance, slug="assessments")
    assert 'href="/assessments/"' in get(client, linking.url).content.decode()
    assert served_from_cache(get(client, unrelated.url))


def test_publishing_a_translation_purges_that_language_and_the_page_itself_only(client, home, guidance):
    urdu = Locale.objects.get(language_code="ur")
    urdu_guidance = guidance.copy_for_translation(urdu, copy_parents=True)
    urdu_guidance.title = "نگہداشت کرنے والے کا جائزہ"
    publish(urdu_guidance)
    for address in ("/", guidance.url, "/ur/", urdu_guidance.url):
        get(client, address)
        assert served_from_cache(get(client, address)), address

    publish(urdu_guidance, title="آپ کی نگہداشت کا جائزہ")
    assert "آپ کی نگہداشت کا جائزہ" in get(client, urdu_guidance.url).content.decode()
    assert served_from_cache(get(client, "/"))  # the English home page does not show Urdu pages
    # The English page's language switcher links to the Urdu page, so it is made again too.
    assert get(client, guidance.url)["X-Page-Cache"] == "miss"


def test_publishing_a_crisis_line_purges_every_page(client, home, guidance):
    line = CrisisLineFactory(name="Carers crisis line", phone="0800 111 2222")
    for address in ("/", guidance.url):
        get(client, address)
        assert "0800 111 2222" in get(client, address).content.decode()

    line.phone = "0800 333 4444"
    line.save_revision()
    assert served_from_cache(get(client, "/"))  # a draft changes nothing anyone sees
    line.save_revision().publish()
    for address in ("/", guidance.url):
        response = get(client, address)
        assert response["X-Page-Cache"] == "miss"
        assert "0800 333 4444" in response.content.decode()

    get(client, "/")
    line.unpublish()
    assert "0800 333 4444" not in get(client, "/").content.decode()


def test_saving_site_settings_purges_every_page(client, guidance):
    get(client, guidance.url)
    assert served_from_cache(get(client, guidance.url))
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.footer_text = "<p>Run by the Carers Hub of north-east London.</p>"
    site_settings.save()
    response = get(client, guidance.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Run by the Carers Hub of north-east London." in response.content.decode()


def test_changing_a_taxonomy_term_purges_every_page(client, home):
    directory = DirectoryIndexPageFactory(parent=home, slug="directory-of-help")
    audience = AudienceFactory(name="Young carers", slug="young-carers")
    publish_services(directory, "audiences", [("Young carers club", audience)])  # the filter offers what services have
    get(client, directory.url)
    assert served_from_cache(get(client, directory.url))

    audience.name = "Young carers and young adult carers"
    audience.save()
    response = get(client, directory.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Young carers and young adult carers" in response.content.decode()

    get(client, directory.url)
    AreaFactory(name="Barking and Dagenham", slug="barking-and-dagenham")
    assert "Barking and Dagenham" in get(client, directory.url).content.decode()


def test_a_news_feed_is_purged_with_its_news(client, home):
    index = NewsIndexPageFactory(parent=home, slug="news")
    feed = index.url + "feed/rss/"
    get(client, feed)
    assert served_from_cache(get(client, feed))
    assert get(client, feed)["Cache-Control"] == "public, max-age=300, s-maxage=600"

    publish(NewsPageFactory(parent=index, title="Carers Week is coming", live=False))
    response = get(client, feed)
    assert response["X-Page-Cache"] == "miss"
    assert "Carers Week is coming" in response.content.decode()


def test_calendar_files_are_purged_with_their_events(client, home):
    index = EventIndexPageFactory(parent=home, slug="events")
    event = publish(EventPageFactory(parent=index, title="Coffee morning", slug="coffee"))
    addresses = ["/events/calendar.ics", "/events/coffee/event.ics"]
    for address in addresses:
        assert get(client, address)["Content-Type"].startswith("text/calendar")
        assert served_from_cache(get(client, address))

    publish(event, title="Coffee and cake morning")
    for address in addresses:
        response = get(client, address)
        assert response["X-Page-Cache"] == "miss"
        assert "Coffee and cake morning" in response.content.decode()


# --- the CDN -----------------------------------------------------------------------------------------------


class RecordingBackend(BaseBackend):
    """A frontend_cache backend that notes the addresses it is asked to purge."""

    purged = []

    def purge(self, url):
        self.purged.append(url)


@pytest.fixture
def cdn(settings):
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": "tests.caching.test_page_cache.RecordingBackend"}}
    RecordingBackend.purged = []
    return RecordingBackend.purged


def test_publishing_news_purges_the_index_its_feeds_and_the_home_page_from_the_cdn(
    home, cdn, django_capture_on_commit_callbacks
):
    index = NewsIndexPageFactory(parent=home, slug="news")
    news = NewsPageFactory(parent=index, slug="carers-week", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        publish(news)
    assert set(cdn) == {
        "http://localhost/news/carers-week/",  # by Wagtail itself
        "http://localhost/news/",
        "http://localhost/news/feed/rss/",
        "http://localhost/news/feed/atom/",
        "http://localhost/",
    }


def test_publishing_an_event_purges_its_calendar_files_from_the_cdn(home, cdn, django_capture_on_commit_callbacks):
    index = EventIndexPageFactory(parent=home, slug="events")
    event = EventPageFactory(parent=index, slug="coffee", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        publish(event)
    assert {"http://localhost/events/coffee/event.ics", "http://localhost/events/calendar.ics"} <= set(cdn)


def test_a_crisis_line_purges_every_page_from_the_cdn_once(home, guidance, cdn, django_capture_on_commit_callbacks):
    line = CrisisLineFactory(name="Carers crisis line", phone="0800 111 2222")
    private = GuidancePageFactory(parent=home, slug="staff-only")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    cdn.clear()
    with django_capture_on_commit_callbacks(execute=True):
        line.phone = "0800 333 4444"
        line.save_revision().publish()
        AudienceFactory(name="Young carers", slug="young-carers")
    assert sorted(cdn) == ["http://localhost/", "http://localhost/assessment/"]  # public pages, each once


def test_without_a_cdn_nothing_is_sent(home, guidance, django_capture_on_commit_callbacks, settings):
    assert not getattr(settings, "WAGTAILFRONTENDCACHE", None)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        publish(guidance, title="Assessments")
        CrisisLineFactory().save_revision().publish()
    assert not [callback for callback in callbacks if "_cdn" in callback.__qualname__]


def test_the_cdn_is_configured_from_the_environment():
    assert frontend_cache_settings({}) is None
    assert frontend_cache_settings({"FRONTEND_CACHE_BACKEND": "http", "FRONTEND_CACHE_LOCATION": "http://varnish"}) == {
        "default": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": "http://varnish"}
    }
    cloudflare = frontend_cache_settings(
        {
            "FRONTEND_CACHE_BACKEND": "cloudflare",
            "CLOUDFLARE_ZONEID": "zone",
            "CLOUDFLARE_BEARER_TOKEN": "token",
            "FRONTEND_CACHE_HOSTNAMES": "carers.example.org, www.carers.example.org",
        }
    )
    assert cloudflare == {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": "zone",
            "BEARER_TOKEN": "token",
            "HOSTNAMES": ["carers.example.org", "www.carers.example.org"],
        }
    }
    cloudfront = frontend_cache_settings({"FRONTEND_CACHE_BACKEND": "cloudfront", "CLOUDFRONT_DISTRIBUTION_ID": "E1"})
    assert cloudfront["default"]["DISTRIBUTION_ID"] == "E1"
    with pytest.raises(ImproperlyConfigured, match="CLOUDFLARE_BEARER_TOKEN"):
        frontend_cache_settings({"FRONTEND_CACHE_BACKEND": "cloudflare", "CLOUDFLARE_ZONEID": "zone"})
    with pytest.raises(ImproperlyConfigured, match="http, cloudflare or cloudfront"):
        frontend_cache_settings({"FRONTEND_CACHE_BACKEND": "akamai"})


def test_moving_a_page_purges_its_old_address(client, home, guidance):
    rights = publish(GuidancePageFactory(parent=home, slug="rights"))
    get(client, guidance.url)
    assert served_from_cache(get(client, guidance.url))

    guidance.move(rights, pos="last-child")
    moved = get(client, "/assessment/")
    assert (moved.status_code, moved["Location"]) == (301, "/rights/assessment/")  # Wagtail's redirect, not the copy
    assert get(client, "/rights/assessment/").status_code == 200


def test_changing_a_document_purges_the_pages_that_link_to_it(client, home):
    leaflet = DocumentFactory(title="Carers leaflet")
    page = GuidancePageFactory(
        parent=home,
        slug="leaflets",
        body=[("paragraph", f'<p>Read <a linktype="document" id="{leaflet.pk}">the leaflet</a>.</p>')],
    )
    publish(page)
    unrelated = publish(GuidancePageFactory(parent=home, slug="unrelated"))
    for address in (page.url, unrelated.url, "/"):
        get(client, address)

    leaflet.title = "Carers leaflet, 2027 edition"
    leaflet.save()
    assert get(client, page.url)["X-Page-Cache"] == "miss"
    assert get(client, "/")["X-Page-Cache"] == "miss"  # with the pages above it
    assert served_from_cache(get(client, unrelated.url))


def test_an_english_service_leaving_leaves_the_urdu_directory_too(
    client, home, cdn, django_capture_on_commit_callbacks
):
    """/ur/directory/ lists the English services: unpublishing one purges the Urdu list, local cache and CDN."""
    directory = DirectoryIndexPageFactory(parent=home, slug="directory")
    directory.save_revision().publish()
    (service,) = publish_services(directory, "audiences", [("Unsafe lunch club", AudienceFactory(slug="adults"))])
    urdu_home = home.copy_for_translation(Locale.objects.get(language_code="ur"))
    urdu_home.save_revision().publish()
    get(client, "/ur/directory/")
    assert served_from_cache(get(client, "/ur/directory/"))
    with django_capture_on_commit_callbacks(execute=True):
        service.unpublish()
    response = get(client, "/ur/directory/")
    assert response["X-Page-Cache"] == "miss"
    assert "Unsafe lunch club" not in response.content.decode()
    assert "http://localhost/ur/directory/" in cdn  # the address the CDN keeps for the untranslated directory
