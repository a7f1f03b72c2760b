"""Find local help by postcode sorts in the database, page by page, exactly as sorting every match by
geo.distance_km would: services with no map point last, by name; open now still sorts in Python."""

import random
from decimal import Decimal

import pytest
from django.db import connection
from django.db.models import QuerySet
from django.test.utils import CaptureQueriesContext

from carers_site.models import Area, PostcodeDistrict
from directory.finder import ServiceFilters
from directory.geo import distance_km, locate, sort_by_distance
from tests.factories.directory import DirectoryIndexPageFactory, ServicePageFactory
from tests.factories.site import AreaFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

BARKING = (51.5345, 0.0937)  # the middle of IG11, as directory/data/postcode_districts.csv has it


@pytest.fixture
def areas(db):
    uk = AreaFactory(name="United Kingdom", slug="uk", kind=Area.Kind.COUNTRY)
    london = AreaFactory(name="London", slug="london", kind=Area.Kind.REGION, parent=uk)
    barking = AreaFactory(name="Barking and Dagenham", slug="barking-and-dagenham", parent=london)
    havering = AreaFactory(name="Havering", slug="havering", parent=london)
    PostcodeDistrict.objects.create(code="IG11", area=barking, latitude=Decimal("51.5345"), longitude=Decimal("0.0937"))
    return {"uk": uk, "barking": barking, "havering": havering}


@pytest.fixture
def directory(home, areas):
    """47 services around Barking (some sharing a point, some with none) and a few elsewhere, named so that
    their names' order is not their distance's."""
    uk, barking, havering = areas["uk"], areas["barking"], areas["havering"]
    directory = DirectoryIndexPageFactory(parent=home, slug="directory")
    directory.save_revision().publish()
    rng = random.Random(21)
    points = [(BARKING[0] + rng.uniform(-0.05, 0.05), BARKING[1] + rng.uniform(-0.08, 0.08)) for _ in range(36)]
    points += [points[3], points[3], points[10]]  # the same address: then by name
    points += [None] * 6  # phone lines and home visits: after the rest, by name
    points += [(53.4808, -2.2426), (BARKING[0], BARKING[1] + 0.0000011)]  # Manchester; a step from the middle
    names = rng.sample(range(100, 1000), len(points))
    for number, (name, point) in enumerate(zip(names, points, strict=True)):
        area = uk if number % 9 == 0 else barking
        service(directory, f"Service {name}", area, point)
    service(directory, "Havering carers hub", havering, (51.5790, 0.1850))  # another borough: not listed
    return directory


def service(directory, title, area, point, open_24_7=True):
    lat, lon = (Decimal(f"{value:.6f}") for value in point) if point else (None, None)
    page = ServicePageFactory(parent=directory, title=title, latitude=lat, longitude=lon, open_24_7=open_24_7)
    page.areas_served.set([area])
    page.save_revision().publish()
    return page


def expected_order(directory, postcode):
    """Every match loaded and sorted in Python, as Find local help did before it sorted in the database."""
    place = locate(postcode)
    matches = ServiceFilters(area=place.area).services(directory.english_services())
    return [(service.pk, service.distance_km) for service in sort_by_distance(list(matches), place.coordinates)]


def test_the_order_across_pages_is_sorting_every_match_by_distance(client, directory):
    expected = expected_order(directory, "IG11 7LU")
    assert len(expected) == 47
    assert [distance is None for _pk, distance in expected] == [False] * 41 + [True] * 6
    shown = []
    for page in (1, 2, 3):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(directory.url, {"postcode": "IG11 7LU", "page": page})
        page_obj = response.context["page_obj"]
        assert page_obj.paginator.count == 47 and page_obj.number == page
        shown += [(service.pk, service.distance_km) for service in page_obj.object_list]
        # Only the page's services are loaded: the database sorts and cuts the page.
        loaded = [query["sql"] for query in queries if '"directory_servicepage"."latitude"' in query["sql"]]
        assert loaded and all(f"LIMIT {len(page_obj)}" in sql for sql in loaded), loaded
    assert [pk for pk, _distance in shown] == [pk for pk, _distance in expected]
    for (_pk, got), (_same, wanted) in zip(shown, expected, strict=True):
        assert got == pytest.approx(wanted, rel=1e-12) if wanted is not None else got is None
    html = response.content.decode()
    assert "Havering carers hub" not in html


def test_distances_from_the_database_are_geo_distance_km(directory):
    place = locate("IG11 7LU")
    services = ServiceFilters.from_params({"postcode": "IG11 7LU"}).services(directory.english_services())
    assert isinstance(services, QuerySet)
    found = list(services)
    assert [service.pk for service in found] == [pk for pk, _distance in expected_order(directory, "IG11 7LU")]
    for service in found:
        wanted = distance_km(place.coordinates, service.coordinates) if service.coordinates else None
        assert service.distance_km == pytest.approx(wanted, rel=1e-12) if wanted is not None else True
    assert found[0].distance_km < 0.001  # a step from the middle of IG11
    assert found[40].distance_km > 250  # Manchester: the furthest with a map point


def test_open_now_by_postcode_still_sorts_nearest_first(client, directory, areas):
    closed = service(directory, "Service 1 closed", areas["barking"], BARKING, open_24_7=False)  # no hours given
    expected = [pk for pk, _distance in expected_order(directory, "IG11 7LU") if pk != closed.pk]
    shown = []
    for page in (1, 2, 3):
        response = client.get(directory.url, {"postcode": "IG11 7LU", "open_now": "1", "page": page})
        shown += [service.pk for service in response.context["page_obj"].object_list]
    assert shown == expected


def test_every_postcode_in_a_borough_shares_its_kept_count(areas):
    by_postcode = ServiceFilters.from_params({"postcode": "IG11 7LU"})
    by_borough = ServiceFilters.from_params({"area": "barking-and-dagenham"})
    assert by_postcode.query_string() != by_borough.query_string()
    assert by_postcode.matching_key() == by_borough.matching_key() == "?area=barking-and-dagenham"
    assert ServiceFilters.from_params({"postcode": "IG11 9PJ"}).matching_key() == "?area=barking-and-dagenham"
