"""Near me: a postcode finds its borough and centre from shipped data, nearest services first, national ones too."""

from decimal import Decimal

import pytest
from django.core.management import call_command

from carers_site.dev.demo.content import AREAS
from carers_site.models import PostcodeDistrict
from directory.geo import DISTRICTS_FILE, distance_km, is_valid_postcode, load_districts, locate, parse_postcode
from tests.factories.directory import DirectoryIndexPageFactory, ServicePageFactory
from tests.factories.site import AreaFactory

#: The 32 London boroughs and the City of London, as the demo has them.
LONDON_BOROUGHS = {row["slug"]: row["name"] for row in AREAS if row["parent"] == "london"}


@pytest.fixture
def london_areas(db):
    uk = AreaFactory(name="United Kingdom", slug="uk", kind="country")
    england = AreaFactory(name="England", slug="england", kind="nation", parent=uk)
    wales = AreaFactory(name="Wales", slug="wales", kind="nation", parent=uk)
    london = AreaFactory(name="London", slug="london", kind="region", parent=england)
    boroughs = {slug: AreaFactory(name=name, slug=slug, parent=london) for slug, name in LONDON_BOROUGHS.items()}
    return {"uk": uk, "england": england, "wales": wales, "london": london, **boroughs}


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
def test_the_shipped_district_file_covers_every_london_borough(london_areas, capsys):
    assert len(LONDON_BOROUGHS) == 33
    call_command("load_postcode_districts")
    assert "0 skipped" in capsys.readouterr().out
    boroughs = set(PostcodeDistrict.objects.values_list("area__slug", flat=True))
    assert boroughs == set(LONDON_BOROUGHS)
    place = locate("IG11 7LU")
    assert place.area.slug == "barking-and-dagenham" and place.district == "IG11" and place.local
    assert place.latitude == pytest.approx(51.536, abs=0.01)
    assert locate("ZZ9 9ZZ") is None


@pytest.mark.django_db
def test_every_shipped_london_district_resolves_to_a_london_borough(london_areas, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):  # written in bulk, not a query or two per district
        call_command("load_postcode_districts")
    with open(DISTRICTS_FILE, encoding="utf-8") as handle:
        districts = [line.split(",")[0] for line in handle.read().splitlines()[1:]]
    assert len(districts) > 250
    for district in districts:
        place = locate(f"{district} 1AA")
        assert place.local and place.area.parent == london_areas["london"], district
        assert 51.2 < place.latitude < 51.8 and -0.6 < place.longitude < 0.4, district
    assert locate("E1 6AN").area.slug == "tower-hamlets"
    assert locate("EC2V 7HH").area.slug == "city-of-london"
    assert locate("SW1A 1AA").area.slug == "westminster"


@pytest.mark.django_db
def test_loading_again_adds_nothing_and_keeps_what_editors_moved_when_asked(london_areas, capsys):
    call_command("load_postcode_districts")
    capsys.readouterr()
    call_command("load_postcode_districts")
    assert "0 added, 0 updated, 0 skipped" in capsys.readouterr().out
    PostcodeDistrict.objects.filter(code="E11").update(area=london_areas["redbridge"])
    assert load_districts(DISTRICTS_FILE, update=False)[:2] == (0, 0)  # the demo loader's way
    assert PostcodeDistrict.objects.get(code="E11").area.slug == "redbridge"
    assert load_districts(DISTRICTS_FILE)[:2] == (0, 1)
    assert PostcodeDistrict.objects.get(code="E11").area.slug == "waltham-forest"


@pytest.mark.django_db
def test_a_real_postcode_outside_the_district_table_is_recognised(london_areas):
    # No district loaded: E1 still exists, and its council's name finds the Tower Hamlets area.
    place = locate("E1 6AN")
    assert place.district == "E1" and place.area.slug == "tower-hamlets" and place.local
    assert place.coordinates == pytest.approx((51.517, -0.059), abs=0.01)
    # Cardiff: real, outside London, not local; its nation is its area.
    place = locate("cf10 3at")
    assert place.district == "CF10" and place.area == london_areas["wales"] and not place.local
    assert place.council == "Cardiff"
    assert place.coordinates == pytest.approx((51.47, -3.17), abs=0.03)
    assert locate("CF10").area == london_areas["wales"]  # a district alone too
    # Shetland is in Scotland, which this site has no area for: the whole country's help then.
    assert locate("ZE1 0AA").area == london_areas["uk"]
    # Northern Ireland is not in the data we ship; its districts are accepted by their shape.
    assert locate("BT1 1AA").area == london_areas["uk"] and locate("BT99 1AA") is None
    for text in ["ZZ99 9ZZ", "HELLO", "XX1 1XX", "Q1 1AA", ""]:
        assert locate(text) is None, text
    # Search looks at districts on their own in the table only ("vitamin B12" is not Birmingham).
    assert locate("CF10", everywhere=False) is None


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


@pytest.mark.django_db
def test_search_finds_the_area_of_a_postcode_anywhere_but_a_district_alone_only_if_local(london_areas):
    from search.services import find_area

    call_command("load_postcode_districts")
    assert find_area("carers IG11") == (london_areas["barking-and-dagenham"], "carers")
    assert find_area("respite CF10 3AT") == (london_areas["wales"], "respite")
    assert find_area("vitamin B12 and caring") == (None, "vitamin B12 and caring")
    assert find_area("respite ZZ99 9ZZ") == (None, "respite ZZ99 9ZZ")
