"""Near me: a postcode finds its borough and centre from shipped data, nearest services first, national ones too."""

from decimal import Decimal

import pytest
from django.core.management import call_command

from carers_site.factories import AreaFactory
from carers_site.models import PostcodeDistrict
from directory.factories import DirectoryIndexPageFactory, ServicePageFactory
from directory.geo import distance_km, is_valid_postcode, locate, parse_postcode

BOROUGHS = ["barking-and-dagenham", "havering", "redbridge", "waltham-forest", "bexley", "bromley", "greenwich"]


@pytest.fixture
def london_areas(db):
    uk = AreaFactory(name="United Kingdom", slug="uk", kind="country")
    england = AreaFactory(name="England", slug="england", kind="nation", parent=uk)
    london = AreaFactory(name="London", slug="london", kind="region", parent=england)
    boroughs = {
        slug: AreaFactory(name=slug.replace("-", " ").title(), slug=slug, parent=london)
        for slug in BOROUGHS
    }
    return {"uk": uk, "london": london, **boroughs}


def test_postcode_shapes():
    assert parse_postcode("ig11 7lu") == ("IG11", "IG11 7LU")
    assert parse_postcode("IG117LU") == ("IG11", "IG11 7LU")
    assert parse_postcode(" rm8 ") == ("RM8", "RM8")
    assert parse_postcode("not a postcode") is None
    assert is_valid_postcode("SE18 6HQ") and not is_valid_postcode("SE18") and not is_valid_postcode("12345")


def test_distances_are_great_circle_kilometres():
    romford, ilford = (51.5820, 0.1830), (51.5580, 0.0780)
    assert 7.5 < distance_km(romford, ilford) < 8.0
    assert distance_km(romford, romford) == 0


@pytest.mark.django_db
def test_the_shipped_district_file_covers_every_seed_borough(london_areas, capsys):
    call_command("load_postcode_districts")
    assert "0 skipped" in capsys.readouterr().out
    boroughs = set(PostcodeDistrict.objects.values_list("area__slug", flat=True))
    assert boroughs == set(BOROUGHS)
    place = locate("IG11 7LU")
    assert place.area.slug == "barking-and-dagenham" and place.district == "IG11"
    assert place.latitude == pytest.approx(51.536, abs=0.01)
    assert locate("ZZ9 9ZZ") is None


@pytest.mark.django_db
def test_more_districts_can_be_loaded_and_bad_lines_are_reported(london_areas, tmp_path, capsys):
    extra = tmp_path / "more.csv"
    extra.write_text(
        "district,borough,latitude,longitude\n"
        "E6,barking-and-dagenham,51.5300,0.0550\n"
        "NOT A CODE,havering,51.5,0.1\n"
        "E7,nowhere,51.5,0.1\n"
        "E8,havering,twelve,0.1\n"
        "E9,havering,40.0,0.1\n"
    )
    call_command("load_postcode_districts", str(extra))
    captured = capsys.readouterr()
    assert "1 added, 0 updated, 4 skipped" in captured.out
    assert "line 3: “NOT A CODE” is not a postcode district" in captured.err
    assert "line 4: no area with the slug “nowhere”" in captured.err
    assert "line 5: latitude and longitude must be numbers" in captured.err
    assert "line 6: 40.0, 0.1 is not in the UK" in captured.err
    assert PostcodeDistrict.objects.get(code="E6").latitude == Decimal("51.5300")


@pytest.mark.django_db
def test_directory_by_postcode_sorts_nearest_first_and_includes_national_services(client, home, london_areas):
    call_command("load_postcode_districts")
    directory = DirectoryIndexPageFactory(parent=home)

    def service(title, area, point=None):
        lat, lon = (Decimal(str(value)) for value in point) if point else (None, None)
        page = ServicePageFactory(parent=directory, title=title, latitude=lat, longitude=lon)
        page.areas_served.set([area])
        page.save_revision().publish()
        return page

    service("Romford carers hub", london_areas["havering"], (51.5790, 0.1850))
    service("Upminster carers group", london_areas["havering"], (51.5560, 0.2620))
    service("Carers UK helpline", london_areas["uk"])  # national, no map point
    service("Ilford carers centre", london_areas["redbridge"], (51.5590, 0.0740))

    response = client.get(directory.url, {"postcode": "rm14 2ab"})  # Upminster
    html = response.content.decode()
    assert "for RM14 (Havering), nearest first" in html
    order = [html.index(name) for name in ("Upminster carers group", "Romford carers hub", "Carers UK helpline")]
    assert order == sorted(order)
    assert "Ilford carers centre" not in html
    assert "miles away" in html

    html = client.get(directory.url, {"postcode": "IG1"}).content.decode()
    assert "Ilford carers centre" in html and "Carers UK helpline" in html and "Romford carers hub" not in html

    html = client.get(directory.url, {"postcode": "XX1 1XX"}).content.decode()
    assert "We do not know the postcode “XX1 1XX”" in html
    assert 'aria-describedby="filter-postcode-hint filter-postcode-error"' in html
