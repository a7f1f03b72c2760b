"""Guidance pages and leaflets end with "Services that can help" and "Related advice" (resources/related.py)."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale, PageViewRestriction

from carers_site.models import PostcodeDistrict
from directory.finder import FILTER_PARAMS
from resources.related import PAGES_SHOWN, SERVICES_SHOWN, related_help
from tests.factories.directory import DirectoryIndexPageFactory, ServicePageFactory
from tests.factories.resources import GuidancePageFactory, LeafletIndexPageFactory, LeafletPageFactory
from tests.factories.site import AreaFactory, AudienceFactory, CareAreaFactory, InterventionFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def publish(page, **terms):
    for name, values in terms.items():
        getattr(page, name).set(values)
    page.save_revision().publish()
    return page


def make_private(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="staff")


@pytest.fixture
def terms(db):
    return {
        "adults": AudienceFactory(name="Adult carers", slug="adult-carers"),
        "young": AudienceFactory(name="Young carers", slug="young-carers"),
        "dementia": CareAreaFactory(name="Dementia", slug="dementia"),
        "assessment": InterventionFactory(name="Carers' assessment", slug="carers-assessment"),
        "breaks": InterventionFactory(name="Breaks and respite", slug="breaks-and-respite"),
    }


@pytest.fixture
def areas(db):
    uk = AreaFactory(name="United Kingdom", slug="uk", kind="country")
    london = AreaFactory(name="London", slug="london", kind="region", parent=uk)
    barking = AreaFactory(name="Barking and Dagenham", slug="barking-and-dagenham", parent=london)
    havering = AreaFactory(name="Havering", slug="havering", parent=london)
    PostcodeDistrict.objects.create(area=barking, code="IG11", latitude=Decimal("51.5376"), longitude=Decimal("0.0839"))
    PostcodeDistrict.objects.create(area=havering, code="RM1", latitude=Decimal("51.5780"), longitude=Decimal("0.1830"))
    return {"uk": uk, "london": london, "barking": barking, "havering": havering}


@pytest.fixture
def directory(home):
    return DirectoryIndexPageFactory(parent=home, slug="directory")


@pytest.fixture
def services(directory, terms, areas):
    def service(title, area, point=None, live=True, **fields):
        page = ServicePageFactory(parent=directory, title=title, live=live)
        if point:
            page.latitude, page.longitude = (Decimal(str(value)) for value in point)
            page.save()
        page.areas_served.set([areas[area]])
        for name, values in fields.items():
            getattr(page, name).set(values)
        if live:
            page.save_revision().publish()
        return page

    return {
        "barking": service("Barking assessments", "barking", (51.539, 0.081), interventions=[terms["assessment"]]),
        "havering": service("Havering assessments", "havering", (51.577, 0.181), interventions=[terms["assessment"]]),
        "helpline": service(
            "National helpline", "uk", interventions=[terms["assessment"]], audiences=[terms["adults"]]
        ),
        "dementia": service("Dementia group", "barking", (51.544, 0.127), care_areas=[terms["dementia"]]),
        "youth": service("Youth club", "barking", (51.54, 0.1), audiences=[terms["young"]]),
        "breaks": service("Sitting service", "barking", (51.54, 0.1), interventions=[terms["breaks"]]),
        "draft": service(
            "Draft assessments", "barking", (51.539, 0.081), live=False, interventions=[terms["assessment"]]
        ),
        "private": service("Private assessments", "barking", (51.539, 0.081), interventions=[terms["assessment"]]),
    }


@pytest.fixture
def assessment(home, terms, services):
    make_private(services["private"])
    advice = GuidancePageFactory(parent=home, title="Advice", slug="advice")
    page = GuidancePageFactory(parent=advice, title="Carer's assessment", slug="carers-assessment")
    return publish(
        page, interventions=[terms["assessment"]], audiences=[terms["adults"]], care_areas=[terms["dementia"]]
    )


def titles(items):
    return [item.title for item in items]


def pin(page, services=(), pages=()):
    page.pinned_services = [("service", service) for service in services]
    page.pinned_pages = [("page", item) for item in pages]
    page.save_revision().publish()
    page.refresh_from_db()
    return page


# --- services ------------------------------------------------------------------------------------------------


def test_services_sharing_a_term_best_match_first_national_before_local(assessment):
    # The helpline shares the intervention and the audience (3 + 1); both assessment services the intervention
    # (3); the dementia group the care area (2). The youth club and the sitting service share nothing.
    assert titles(related_help(assessment).services) == [
        "National helpline",
        "Barking assessments",
        "Havering assessments",
        "Dementia group",
    ]


def test_at_an_equal_match_a_national_service_comes_before_local_ones(assessment, services, areas):
    services["helpline"].audiences.clear()
    services["helpline"].save_revision().publish()
    assert titles(related_help(assessment).services)[:3] == [
        "National helpline",
        "Barking assessments",
        "Havering assessments",
    ]


def test_a_postcode_shows_services_covering_that_borough_nearest_first(assessment):
    help_in_havering = related_help(assessment, "RM1 3BB")
    assert help_in_havering.place.district == "RM1"
    assert titles(help_in_havering.services) == ["Havering assessments", "National helpline"]
    assert help_in_havering.services[0].distance_km < 1
    assert help_in_havering.services[1].distance_km is None  # no map point: after those with one
    # The kind of help the page is about comes before a nearer service that only shares its care area.
    assert titles(related_help(assessment, "ig11").services) == [
        "Barking assessments",
        "National helpline",
        "Dementia group",
    ]


def test_a_known_postcode_with_no_map_point_still_shows_only_help_for_its_borough(assessment, areas):
    """Ranked in the database (there are no distances), never from the ranking kept for visitors with no postcode."""
    PostcodeDistrict.objects.create(area=areas["havering"], code="RM2")  # no latitude or longitude
    assert titles(related_help(assessment).services)[1] == "Barking assessments"  # ranked and kept, all boroughs
    shown = titles(related_help(assessment, "RM2").services)
    assert "Havering assessments" in shown and "Barking assessments" not in shown


def test_an_unknown_postcode_is_reported_and_changes_nothing(assessment):
    found = related_help(assessment, "ZZ99 9ZZ")
    assert found.postcode_not_found
    assert titles(found.services) == titles(related_help(assessment).services)


def test_pinned_services_come_first_in_the_editors_order_then_matches_fill_the_rest(assessment, services):
    pin(assessment, services=[services["youth"], services["havering"]])
    assert titles(related_help(assessment).services) == [
        "Youth club",
        "Havering assessments",
        "National helpline",
        "Barking assessments",
    ]
    assert len(related_help(assessment).services) == SERVICES_SHOWN


def test_drafts_and_private_services_never_appear_even_when_pinned(assessment, services):
    pin(assessment, services=[services["draft"], services["private"]])
    shown = titles(related_help(assessment).services) + titles(related_help(assessment, "IG11").services)
    assert "Draft assessments" not in shown and "Private assessments" not in shown
    services["barking"].unpublish()
    assert "Barking assessments" not in titles(related_help(assessment, "IG11").services)


def test_a_ranking_kept_in_the_process_follows_publishing_unpublishing_and_privacy(assessment, services, terms):
    """Rankings are kept per process until a page is published or unpublished or privacy changes (kept_ranking):
    each change shows on the very next request, never the ranking from before it."""
    assert titles(related_help(assessment).services)[0] == "National helpline"  # ranked and kept
    services["helpline"].unpublish()
    assert "National helpline" not in titles(related_help(assessment).services)
    services["youth"].interventions.set([terms["assessment"]])
    services["youth"].audiences.set([terms["adults"]])
    services["youth"].save_revision().publish()
    assert titles(related_help(assessment).services)[0] == "Youth club"  # now shares as much as the helpline did
    make_private(services["youth"])  # a view restriction, with no publishing
    assert "Youth club" not in titles(related_help(assessment).services)


# --- related advice ----------------------------------------------------------------------------------------------


@pytest.fixture
def advice_pages(home, assessment, terms):
    advice = assessment.get_parent()
    leaflets = LeafletIndexPageFactory(parent=home)
    pages = {
        "leaflet": publish(
            LeafletPageFactory(parent=leaflets, title="Assessment leaflet"), interventions=[terms["assessment"]]
        ),
        "dementia": publish(GuidancePageFactory(parent=advice, title="Dementia guide"), care_areas=[terms["dementia"]]),
        "money": publish(GuidancePageFactory(parent=advice, title="Money"), audiences=[terms["adults"]]),
        "young": publish(GuidancePageFactory(parent=advice, title="Young carers"), audiences=[terms["young"]]),
        "below": publish(GuidancePageFactory(parent=assessment, title="Below it"), interventions=[terms["assessment"]]),
        "draft": GuidancePageFactory(parent=advice, title="Draft advice", live=False),
        "private": publish(
            GuidancePageFactory(parent=advice, title="Private advice"), interventions=[terms["assessment"]]
        ),
    }
    pages["draft"].interventions.set([terms["assessment"]])
    pages["draft"].save()
    make_private(pages["private"])
    return pages


def test_related_advice_shares_terms_best_match_first_never_itself_or_pages_below_it(assessment, advice_pages):
    assert titles(related_help(assessment).pages) == ["Assessment leaflet", "Dementia guide", "Money"]
    # A leaflet finds guidance the same way.
    assert "Carer's assessment" in titles(related_help(advice_pages["leaflet"]).pages)


def test_pinned_pages_come_first_and_drafts_and_private_pages_never_appear(assessment, advice_pages):
    pin(assessment, pages=[advice_pages["young"], advice_pages["draft"], advice_pages["private"], assessment])
    shown = titles(related_help(assessment).pages)
    assert shown == ["Young carers", "Assessment leaflet", "Dementia guide", "Money"][:PAGES_SHOWN]


# --- the page ----------------------------------------------------------------------------------------------------


def section(client, page, **params):
    soup = BeautifulSoup(client.get(page.url, params).content, "html.parser")
    return soup.find(id="services-that-can-help"), soup


def test_the_page_lists_services_and_advice_with_links_and_a_postcode_form(client, assessment, advice_pages):
    services, soup = section(client, assessment)
    assert [h.get_text(strip=True) for h in services.select("h3")][:2] == ["National helpline", "Barking assessments"]
    # Find local help, filtered by the page's one intervention (or, where the directory has no such filter, its
    # one audience).
    filtered = "intervention=carers-assessment" if "intervention" in FILTER_PARAMS else "audience=adult-carers"
    assert services.find("a", string="Find more services that can help")["href"] == f"/directory/?{filtered}"
    assert services.find("input", attrs={"name": "postcode"})
    advice = soup.find(id="related-advice-heading").find_parent("section")
    assert advice.find("a", string="Assessment leaflet")

    services, _soup = section(client, assessment, postcode="RM1 3BB")
    assert "Nearest to RM1 first." in services.get_text(" ", strip=True)
    assert services.find("input", attrs={"name": "postcode"})["value"] == "RM1 3BB"
    assert (
        services.find("a", string="Find more services that can help")["href"] == f"/directory/?postcode=RM1&{filtered}"
    )

    services, _soup = section(client, assessment, postcode="nowhere")
    assert "We do not know the postcode “nowhere”" in services.get_text(" ", strip=True)


def test_a_page_with_no_terms_still_points_to_find_local_help(client, home, directory):
    page = publish(GuidancePageFactory(parent=home, title="About us"))
    services, soup = section(client, page)
    assert "We do not have a service for this listed yet." in services.get_text(" ", strip=True)
    assert services.find("a", string="Find more services that can help")
    assert soup.find(id="related-advice-heading") is None


def test_a_leaflet_shows_the_same_sections(client, home, directory, terms, services):
    leaflet = publish(LeafletPageFactory(parent=LeafletIndexPageFactory(parent=home)), care_areas=[terms["dementia"]])
    found, _soup = section(client, leaflet)
    assert "Dementia group" in found.get_text(" ", strip=True)


def test_queries_do_not_grow_with_the_number_of_services_or_pages(assessment, advice_pages, directory, terms, areas):
    def count():
        with CaptureQueriesContext(connection) as queries:
            related_help(assessment, "IG11")
        return len(queries)

    count()  # the first call also fills what each process keeps (locales, terms: carers_site/core/site_wide.py)
    before = count()
    for number in range(6):
        service = ServicePageFactory(parent=directory, title=f"More help {number}")
        service.interventions.set([terms["assessment"]])
        service.areas_served.set([areas["barking"]])
        service.save_revision().publish()
        publish(
            GuidancePageFactory(parent=assessment.get_parent(), title=f"More advice {number}"),
            care_areas=[terms["dementia"]],
        )
    count()  # publishing a section renews what each process keeps: fill it again, as the first call did
    assert count() == before


def test_a_welsh_page_lists_welsh_services_where_translated_and_english_marked_as_such(client, assessment, services):
    welsh = Locale.objects.get(language_code="cy")
    welsh_service = services["helpline"].copy_for_translation(welsh, copy_parents=True)
    welsh_service.title = "Llinell gymorth genedlaethol"
    welsh_service.save_revision().publish()
    welsh_page = assessment.copy_for_translation(welsh, copy_parents=True)
    welsh_page.save_revision().publish()

    with translation.override("cy"):
        shown = related_help(welsh_page).services
    assert titles(shown)[0] == "Llinell gymorth genedlaethol"
    assert getattr(shown[0], "other_language", None) is None
    assert shown[1].title == "Barking assessments" and shown[1].other_language == "en"

    found, _soup = section(client, welsh_page)
    links = {a.get_text(strip=True): a for a in found.select("h3 a")}
    assert "lang" not in links["Llinell gymorth genedlaethol"].attrs
    assert links["Barking assessments"]["lang"] == "en"
    # Find local help in Welsh (served in English until it is translated, listing Welsh services where there are).
    assert found.select_one("a[href^='/cy/directory/']") is not None


def test_unpublishing_a_service_purges_the_cached_pages_that_list_it(client, settings, assessment, services):
    settings.PAGE_CACHE_SECONDS = 600
    browser = {"HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36"}
    client.get(assessment.url, **browser)
    cached = client.get(assessment.url, **browser)
    assert cached["X-Page-Cache"] == "hit" and "Barking assessments" in cached.content.decode()
    services["barking"].unpublish()
    fresh = client.get(assessment.url, **browser)
    assert fresh["X-Page-Cache"] == "miss" and "Barking assessments" not in fresh.content.decode()
