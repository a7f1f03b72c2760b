"""A query budget per page type: with the page cache off and the per-process caches warm, every page type costs at
most BUDGET SQL queries, in English, Welsh and Urdu, whether it lists 3 items or 25.

The world is built once per listing size for the whole module (inside a transaction rolled back at the end, each
test in a savepoint within it): a home page with a menu, crisis lines, a crisis page, guidance, a leaflet, services,
resources (one private to professionals), news and events, with taxonomy terms, and Welsh and Urdu translations of
some of each, as translators leave them. Each test asks for its page once to warm the caches, then counts the
queries of a second request. A failure lists the queries, so the one that crept in can be found.

What each process keeps (carers_site/core/site_wide.py) must never be stale: the first tests change what it holds
between two requests and expect the change on the second, and make pages with the cache server down.
"""

import datetime

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction, Site

from carers_site.core import site_wide
from carers_site.models import Area, Language, ShortLink, SiteSettings
from carers_site.ops.roles import ensure_professionals_group
from tests.factories.directory import (
    CrisisLineFactory,
    DirectoryIndexPageFactory,
    ServicePageFactory,
    ServicePhoneFactory,
)
from tests.factories.resources import (
    GuidancePageFactory,
    LeafletIndexPageFactory,
    LeafletPageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)
from tests.factories.site import (
    AreaFactory,
    AudienceFactory,
    CareAreaFactory,
    EventIndexPageFactory,
    EventPageFactory,
    HomePageFactory,
    InterventionFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ResourceTypeFactory,
    SectorFactory,
)
from tests.helpers import translate_page

BUDGET = 15
LANGUAGES = ("en", "cy", "ur")
SIZES = (3, 25)
TRANSLATED = ("cy", "ur")

#: Each page type's address (without the language prefix): filters chosen where the page has them.
PAGES = {
    "home": "/",
    "crisis": "/crisis/",
    "guidance": "/carers-assessment/",
    "leaflet": "/leaflets/leaflet-0/",
    "service": "/directory/service-0/",
    "directory": "/directory/",
    "directory-filtered": "/directory/?area=redbridge&audience=young-carers&intervention=respite&language=ur",
    "library": "/resources/",
    "library-filtered": "/resources/?type=toolkit&care_area=dementia&audience=young-carers",
    "news": "/news/",
    "events": "/events/",
    "search": "/search/?q=carers",
    "search-filtered": "/search/?q=carers&audience=young-carers&care_area=dementia",
}


def translate_term(term, code, name):
    copy = term.copy_for_translation(Locale.objects.get(language_code=code))
    copy.name = name
    copy.save()
    return copy


def publish(page, **terms):
    for field_name, values in terms.items():
        getattr(page, field_name).set(values)
    page.save_revision().publish()
    return page


def translated(page, title_prefix="Translated"):
    """Welsh and Urdu copies of the page (and its parents, as translators leave them)."""
    for code in TRANSLATED:
        translate_page(page, code, f"{title_prefix} ({code}): {page.title}")


def build_world(size):
    """Every page type, with ``size`` items in each listing; every other item translated into Welsh and Urdu."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="carers-home")
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    translated(home)

    london = AreaFactory(name="London", slug="london", kind=Area.Kind.REGION)
    redbridge = AreaFactory(name="Redbridge", slug="redbridge", parent=london)
    havering = AreaFactory(name="Havering", slug="havering", parent=london)
    young = AudienceFactory(name="Young carers", slug="young-carers")
    adults = AudienceFactory(name="Adult carers", slug="adult-carers")
    dementia = CareAreaFactory(name="Dementia", slug="dementia")
    mental_health = CareAreaFactory(name="Mental health", slug="mental-health")
    respite = InterventionFactory(name="Respite", slug="respite")
    toolkit = ResourceTypeFactory(name="Toolkit", slug="toolkit")
    primary_care = SectorFactory(name="Primary care", slug="primary-care")
    urdu, _made = Language.objects.get_or_create(code="ur", defaults={"name": "اردو", "english_name": "Urdu"})
    for term in (redbridge, young, dementia, respite, toolkit):
        for code in TRANSLATED:
            translate_term(term, code, f"{term.name} ({code})")

    lines = [
        CrisisLineFactory(name="Emergency services", phone="999", sort_order=1),
        CrisisLineFactory(name="Samaritans", phone="116 123", sort_order=2),
        CrisisLineFactory(name="Redbridge line", phone="020 8554 0490", sort_order=3),
        CrisisLineFactory(name="Advice line", phone="020 8554 0491", kind="not_urgent", sort_order=4),
    ]
    lines[2].areas.set([redbridge])
    lines[2].save()
    for line in lines[:2]:
        for code in TRANSLATED:
            copy = line.copy_for_translation(Locale.objects.get(language_code=code))
            copy.name = f"{line.name} ({code})"
            copy.save()

    crisis = GuidancePageFactory(
        parent=home, title="What to do in a crisis", slug="crisis", body=[("crisis_lines", {"title": "Call now"})]
    )
    publish(crisis)
    translated(crisis)
    site_settings = SiteSettings.for_site(site)
    site_settings.crisis_page = crisis
    site_settings.footer_text = "<p>Run by carers, for carers.</p>"
    site_settings.save()

    directory = publish(DirectoryIndexPageFactory(parent=home, slug="directory", show_in_menus=True))
    library = publish(ResourceIndexPageFactory(parent=home, slug="resources", show_in_menus=True))
    leaflets = publish(LeafletIndexPageFactory(parent=home, slug="leaflets", show_in_menus=True))
    news = publish(NewsIndexPageFactory(parent=home, slug="news", show_in_menus=True))
    events = publish(EventIndexPageFactory(parent=home, slug="events", show_in_menus=True))
    guidance = GuidancePageFactory(
        parent=home, title="Carer's assessment for carers", slug="carers-assessment", show_in_menus=True
    )
    publish(guidance, audiences=[young, adults], care_areas=[dementia], interventions=[respite])
    translated(guidance)
    for number in range(3):
        publish(GuidancePageFactory(parent=guidance, title=f"More for carers {number}"), audiences=[young])

    group = ensure_professionals_group()
    for number in range(size):
        service = ServicePageFactory(
            parent=directory, title=f"Young carers service {number}", slug=f"service-{number}", summary="For carers."
        )
        publish(
            service,
            areas_served=[redbridge if number % 2 else havering],
            audiences=[young],
            interventions=[respite],
            care_areas=[dementia],
            languages=[urdu],
        )
        ServicePhoneFactory(service=service, number="020 8554 0490", label="")
        resource = ResourcePageFactory(
            parent=library, title=f"Dementia toolkit for carers {number}", resource_type=toolkit
        )
        publish(resource, care_areas=[dementia, mental_health], audiences=[young], sectors=[primary_care])
        leaflet = LeafletPageFactory(parent=leaflets, title=f"Leaflet for carers {number}", slug=f"leaflet-{number}")
        publish(leaflet, audiences=[young], care_areas=[dementia])
        news_item = publish(NewsPageFactory(parent=news, title=f"News for carers {number}"))
        event = EventPageFactory(
            parent=events,
            title=f"Carers group {number}",
            start=timezone.now() + datetime.timedelta(days=number + 1),
            area=redbridge,
        )
        publish(event, audiences=[young])
        if number % 2 == 0:
            for page in (service, resource, leaflet, news_item, event):
                translated(page)
    private = Page.objects.type(ResourcePageFactory._meta.model).live().first()
    restriction = PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([group])


# --- what is kept per process is never stale after an edit, and never needed -----------------------------------


@pytest.fixture
def section(home):
    page = GuidancePageFactory(parent=home, title="Breaks from caring", slug="breaks", show_in_menus=True)
    return publish(page)


@pytest.mark.django_db
def test_a_crisis_line_changed_shows_on_the_next_request(client, home, crisis_lines):
    assert "116 123" in client.get("/").content.decode()  # the lines are now kept in this process
    line = crisis_lines[1]
    line.phone = "0800 111 3333"
    line.save_revision().publish()
    assert "0800 111 3333" in client.get("/").content.decode()
    CrisisLineFactory(name="Carers night line", phone="0800 111 2222", sort_order=5)  # saved live, never published
    assert "0800 111 2222" in client.get("/").content.decode()


@pytest.mark.django_db
def test_the_menu_follows_sections_published_and_unpublished(client, home, section):
    client.get("/")
    news = publish(NewsIndexPageFactory(parent=home, slug="news", title="Carers news", show_in_menus=True))
    assert ">Carers news</a>" in client.get("/").content.decode()
    news.unpublish()
    assert ">Carers news</a>" not in client.get("/").content.decode()
    assert client.get("/news/").status_code == 404


@pytest.mark.django_db
def test_settings_terms_and_short_links_changed_show_on_the_next_request(client, home, section):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    audience = AudienceFactory(name="Young carers", slug="young-carers")
    publish(section, audiences=[audience])
    html = client.get(section.url).content.decode()
    assert "Young carers" in html
    site_settings.footer_text = "<p>Run by the Carers Hub.</p>"
    site_settings.save()
    audience.name = "Young carers and young adult carers"
    audience.save()
    ShortLink.objects.filter(page=section).update(slug="old-breaks")
    ShortLink.objects.filter(page=section).first().save()  # an editor's change, through the model
    html = client.get(section.url).content.decode()
    assert "Run by the Carers Hub." in html
    assert "Young carers and young adult carers" in html
    assert "/go/old-breaks" in html


@pytest.mark.django_db
def test_a_page_made_private_is_private_on_the_next_request(client, home, section):
    assert client.get(section.url).status_code == 200
    restriction = PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([ensure_professionals_group()])
    assert client.get(section.url).status_code == 302  # sent to sign in
    restriction.delete()
    assert client.get(section.url).status_code == 200


@pytest.mark.django_db
def test_a_new_language_home_is_offered_on_the_next_request(client, home, section):
    assert 'hreflang="cy"' not in client.get("/search/").content.decode()
    translated(home)
    assert 'hreflang="cy"' in client.get("/search/").content.decode()


class DownCache:
    """A cache server that cannot be reached."""

    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise ConnectionError("cache down")

        return fail


@pytest.mark.django_db
def test_pages_are_made_from_the_database_when_the_cache_is_down(client, home, section, crisis_lines, monkeypatch):
    client.get(section.url)  # kept in this process while the cache was up
    monkeypatch.setattr(site_wide, "cache", DownCache())
    crisis_lines[1].phone = "0800 111 3333"
    crisis_lines[1].save_revision().publish()  # the generation cannot be renewed: the database must answer
    response = client.get(section.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "0800 111 3333" in html and ">Breaks from caring</a>" in html


# --- the budget ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module", params=SIZES, ids=[f"{size}-items" for size in SIZES])
def world(request, django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        build_world(request.param)
        yield request.param
        transaction.set_rollback(True)


def queries_of(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, [query["sql"] for query in captured.captured_queries]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGES)
def test_each_page_type_stays_within_its_query_budget(client, world, page_type, language):
    url = ("" if language == "en" else f"/{language}") + PAGES[page_type]
    first = client.get(url)  # warms the per-process caches (menu, locales, crisis lines, settings)
    assert first.status_code == 200, url
    response, queries = queries_of(client, url)
    assert response.status_code == 200, url
    assert response.headers.get("X-Page-Cache") is None  # made for this request, not served from the page cache
    listing = "\n".join(query[:300] for query in queries)
    assert len(queries) <= BUDGET, f"{url}: {len(queries)} queries with {world} items\n{listing}"
