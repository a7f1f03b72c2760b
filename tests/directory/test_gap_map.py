"""The Carers Hub gap map: local counts per intervention and borough, the gaps, the lists behind each count,
the filters and the CSV download."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale, PageViewRestriction

from carers_site.models import Area, Intervention
from directory.gap_map import build_gap_map
from directory.models import GapMapPage, ServicePage
from tests.factories.directory import DirectoryIndexPageFactory, ServicePageFactory
from tests.factories.site import AreaFactory, AudienceFactory, CareAreaFactory, InterventionFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def add_service(directory, title, areas, interventions, audiences=(), care_areas=(), publish=True):
    service = ServicePageFactory(parent=directory, title=title, summary=f"About {title}.")
    service.areas_served.set(areas)
    service.interventions.set(interventions)
    service.audiences.set(audiences)
    service.care_areas.set(care_areas)
    revision = service.save_revision()
    if publish:
        revision.publish()
    else:
        service.unpublish()
    return service


@pytest.fixture
def world(home):
    """Two boroughs in London in England in the UK, Wales beside them, three interventions and a few services."""
    uk = AreaFactory(name="United Kingdom", slug="uk", kind=Area.Kind.COUNTRY)
    england = AreaFactory(name="England", slug="england", kind=Area.Kind.NATION, parent=uk)
    wales = AreaFactory(name="Wales", slug="wales", kind=Area.Kind.NATION, parent=uk)
    london = AreaFactory(name="London", slug="london", kind=Area.Kind.REGION, parent=england)
    barking = AreaFactory(name="Barking and Dagenham", slug="barking-and-dagenham", parent=london)
    havering = AreaFactory(name="Havering", slug="havering", parent=london)
    advocacy = InterventionFactory(name="Advocacy", slug="advocacy")
    breaks = InterventionFactory(name="Breaks and respite", slug="breaks-and-respite")
    training = InterventionFactory(name="Training and learning", slug="training-and-learning")
    adults = AudienceFactory(name="Adult carers", slug="adult-carers")
    young = AudienceFactory(name="Young carers", slug="young-carers")
    dementia = CareAreaFactory(name="Dementia", slug="dementia")
    directory = DirectoryIndexPageFactory(parent=home)
    services = {
        "carers-centre": add_service(
            directory, "Carers centre", [barking], [advocacy, breaks], audiences=[adults], care_areas=[dementia]
        ),
        "two-boroughs": add_service(directory, "Two boroughs advocacy", [barking, havering], [advocacy], [young]),
        "london-breaks": add_service(directory, "London breaks", [london], [breaks]),
        "welsh-advocacy": add_service(directory, "Advocacy in Wales", [wales], [advocacy]),
        "local-and-national": add_service(directory, "Training everywhere", [barking, uk], [training]),
        # None of these is counted: a draft, a private page, and (below) a Welsh translation.
        "draft": add_service(directory, "Draft breaks", [havering], [breaks], publish=False),
        "private": add_service(directory, "Private breaks", [havering], [breaks]),
    }
    PageViewRestriction.objects.create(page=services["private"], restriction_type="password", password="secret")
    welsh = Locale.objects.get_or_create(language_code="cy")[0]
    translation = services["carers-centre"].copy_for_translation(welsh, copy_parents=True)
    translation.title = "Canolfan gofalwyr"
    translation.save_revision().publish()
    assert translation.areas_served.count() == 1  # a translation that would count twice if it were counted
    gap_map = GapMapPage(title="Carers Hub gap map", slug="gap-map", summary="Where help is missing.")
    home.add_child(instance=gap_map)
    gap_map.save_revision().publish()
    return {
        "page": gap_map,
        "services": services,
        "boroughs": (barking, havering),
        "interventions": (advocacy, breaks, training),
    }


def counts(table):
    """{(intervention slug, borough slug): count} and {intervention slug: wider count}."""
    local = {
        (row.intervention.slug, borough.slug): cell.count
        for row in table.rows
        for borough, cell in zip(table.boroughs, row.cells, strict=True)
    }
    return local, {row.intervention.slug: row.wider.count for row in table.rows}


def get_page(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def table_cells(soup):
    """The table as text, row by row (headers and cells), with each cell's link if it has one."""
    rows = []
    for tr in soup.select("table.app-gap-map__table tr"):
        rows.append(
            [(cell.get_text(" ", strip=True), cell.a["href"] if cell.a else None) for cell in tr.select("th, td")]
        )
    return rows


def listed_titles(client, url):
    titles = []
    while url:
        soup = get_page(client, url)
        titles += [link.get_text(strip=True) for link in soup.select("main .nhsuk-card__heading a")]
        next_link = soup.select_one(".nhsuk-pagination__link--next")
        url = url.split("?")[0] + next_link["href"] if next_link else None
    return titles


# --- counting ----------------------------------------------------------------------------------------


def test_counts_local_services_and_wider_services_separately(world):
    table = build_gap_map()
    local, wider = counts(table)
    assert [b.slug for b in table.boroughs] == ["barking-and-dagenham", "havering"]
    assert [row.intervention.slug for row in table.rows] == ["advocacy", "breaks-and-respite", "training-and-learning"]
    # The Welsh translation, the draft and the private page are not counted; a Welsh service is not "wider".
    assert local == {
        ("advocacy", "barking-and-dagenham"): 2,
        ("advocacy", "havering"): 1,
        ("breaks-and-respite", "barking-and-dagenham"): 1,
        ("breaks-and-respite", "havering"): 0,
        ("training-and-learning", "barking-and-dagenham"): 1,
        ("training-and-learning", "havering"): 0,
    }
    # London-wide breaks do not fill Havering's gap; a service that is local and UK-wide counts in both.
    assert wider == {"advocacy": 0, "breaks-and-respite": 1, "training-and-learning": 1}
    assert [area.slug for area in table.wider_areas] == ["london", "england", "uk"]
    gaps = {
        (row.intervention.slug, borough.slug)
        for row in table.rows
        for borough, cell in zip(table.boroughs, row.cells, strict=True)
        if cell.gap
    }
    assert gaps == {("breaks-and-respite", "havering"), ("training-and-learning", "havering")}
    assert table.gap_count == 2 and table.borough_gaps == [0, 2]
    assert [row.gaps for row in table.rows] == [0, 1, 1]
    assert [row.any_borough.count for row in table.rows] == [2, 1, 1]
    # Per borough, services offering any intervention; overall, distinct local and wider services.
    assert [cell.count for cell in table.borough_totals] == [3, 1]
    assert table.local_total.count == 3 and table.wider_total == 2


def test_a_service_that_stops_being_public_leaves_a_gap(world):
    two_boroughs = world["services"]["two-boroughs"]
    PageViewRestriction.objects.create(page=two_boroughs, restriction_type="password", password="secret")
    local, _wider = counts(build_gap_map())
    assert local[("advocacy", "havering")] == 0
    assert local[("advocacy", "barking-and-dagenham")] == 1
    two_boroughs.refresh_from_db()
    PageViewRestriction.objects.filter(page=two_boroughs).delete()
    two_boroughs.unpublish()
    assert counts(build_gap_map())[0][("advocacy", "havering")] == 0


def test_building_the_table_takes_a_fixed_number_of_queries(world, django_assert_max_num_queries):
    build_gap_map()  # fills what each process keeps (locales, view restrictions), as any earlier request does
    with django_assert_max_num_queries(6):
        small = build_gap_map()
    # Many more services, boroughs and interventions: still the same handful of queries.
    directory = world["services"]["carers-centre"].get_parent()
    london = Area.objects.get(slug="london", locale=Locale.get_default())
    boroughs = [AreaFactory(name=f"Borough {n}", slug=f"borough-{n}", parent=london) for n in range(6)]
    interventions = [InterventionFactory(name=f"Spoke {n}", slug=f"spoke-{n}") for n in range(10)]
    for n in range(12):
        add_service(directory, f"Extra {n}", boroughs[n % 6 :][:2], interventions[n % 10 :][:3])
    build_gap_map()  # new areas and terms renew what each process keeps (carers_site/core/site_wide.py)
    with django_assert_max_num_queries(6):
        big = build_gap_map()
    assert len(big.rows) * len(big.boroughs) > 4 * len(small.rows) * len(small.boroughs)


def test_the_page_needs_no_more_queries_for_a_bigger_table(client, world, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = world["page"].url
    client.get(url)  # settles caches (site root, locales) so both counts below are like for like
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    small_count = len(small.captured_queries)  # read now: the next request empties the connection's query log
    directory = world["services"]["carers-centre"].get_parent()
    london = Area.objects.get(slug="london", locale=Locale.get_default())
    boroughs = [AreaFactory(name=f"Borough {n}", slug=f"borough-{n}", parent=london) for n in range(5)]
    interventions = [InterventionFactory(name=f"Spoke {n}", slug=f"spoke-{n}") for n in range(8)]
    for n in range(10):
        add_service(directory, f"Extra {n}", boroughs[n % 5 :][:2], interventions[n % 8 :][:3])
    client.get(url)  # new areas and terms renew what each process keeps (carers_site/core/site_wide.py)
    with django_assert_max_num_queries(small_count):
        response = client.get(url)
    assert response.status_code == 200
    assert "Spoke 7" in response.content.decode()


# --- the page ------------------------------------------------------------------------------------------


def test_the_table_is_accessible_and_marks_gaps_in_words(client, world):
    soup = get_page(client, world["page"].url)
    region = soup.select_one(".app-gap-map__scroll")
    caption = soup.select_one("table caption")
    assert region["role"] == "region" and region["tabindex"] == "0"
    assert region["aria-labelledby"] == caption["id"]
    assert [th.get_text(" ", strip=True) for th in soup.select("thead th[scope=col]")][:3] == [
        "Intervention",
        "Barking and Dagenham",
        "Havering",
    ]
    assert [th.get_text(strip=True) for th in soup.select("tbody th[scope=row]")] == [
        "Advocacy",
        "Breaks and respite",
        "Training and learning",
    ]
    gaps = soup.select("tbody td.app-gap-map__gap")
    assert len(gaps) == 2
    for gap in gaps:
        assert gap.strong.get_text() == "Gap" and "no local service in Havering" in gap.get_text()
        assert gap.a is None
    summary = soup.select_one(".app-gap-map__summary").get_text(" ", strip=True)
    assert summary.startswith("2 gaps out of 6: interventions with no local service in a borough.")
    key = soup.select_one(".app-gap-map__key").get_text(" ", strip=True)
    assert "Gap" in key and "do not fill a gap" in key and "London, England or United Kingdom" in key
    assert soup.select_one("body")["class"] == ["app-landscape"]  # prints on landscape paper


def test_each_count_links_to_exactly_the_services_it_counts(client, world):
    soup = get_page(client, world["page"].url)
    links = soup.select("table.app-gap-map__table td a")
    assert len(links) >= 8
    for link in links:
        number = int(link.find(string=True, recursive=False))
        titles = listed_titles(client, link["href"])
        assert len(titles) == number, link["href"]
        assert len(set(titles)) == number
    cell = soup.select("tbody tr")[0].select("td")[0].a["href"]  # advocacy in Barking and Dagenham
    assert cell.endswith("/gap-map/services/advocacy/barking-and-dagenham/")
    assert sorted(listed_titles(client, cell)) == ["Carers centre", "Two boroughs advocacy"]
    wider = soup.select("tbody tr")[1].select_one("td.app-gap-map__wider a")["href"]
    assert wider.endswith("/gap-map/wider/breaks-and-respite/")
    assert listed_titles(client, wider) == ["London breaks"]
    listing = get_page(client, cell)
    assert listing.h1.get_text(strip=True) == "Advocacy in Barking and Dagenham"
    assert "Run by" in listing.select_one(".nhsuk-card").get_text()
    assert listing.select_one(".nhsuk-back-link a")["href"] == world["page"].url


def test_a_gap_cell_list_says_it_is_a_gap_and_unknown_names_are_not_found(client, world):
    url = world["page"].url
    soup = get_page(client, f"{url}services/breaks-and-respite/havering/")
    assert soup.select(".nhsuk-card") == []
    assert "This is a gap" in soup.get_text()
    assert client.get(f"{url}services/no-such-help/havering/").status_code == 404
    assert client.get(f"{url}services/advocacy/atlantis/").status_code == 404
    assert client.get(f"{url}services/advocacy/london/").status_code == 404  # a region is not a borough


def test_filters_change_the_counts_keep_the_choices_and_follow_the_links(client, world):
    url = world["page"].url
    soup = get_page(client, url, audience="young-carers")
    rows = table_cells(soup)
    assert rows[1][:3] == [
        ("Advocacy", None),
        ("1 local service for Advocacy in Barking and Dagenham", rows[1][1][1]),
        ("1 local service for Advocacy in Havering", rows[1][2][1]),
    ]
    assert rows[1][1][1].endswith("/services/advocacy/barking-and-dagenham/?audience=young-carers")
    assert listed_titles(client, rows[1][1][1]) == ["Two boroughs advocacy"]
    assert soup.select_one("#gap-map-audience option[selected]")["value"] == "young-carers"
    assert "Counting only services for: Young carers." in soup.select_one(".app-gap-map__summary").get_text()
    assert soup.select_one("a[download]")["href"].endswith("/gap-map/csv/?audience=young-carers")

    soup = get_page(client, url, care_area="dementia")
    rows = table_cells(soup)
    assert [text.split(" ")[0] for text, _link in rows[1][1:3]] == ["1", "Gap"]  # advocacy: only the dementia service
    assert soup.select_one("#gap-map-care-area option[selected]")["value"] == "dementia"
    assert listed_titles(client, rows[1][1][1]) == ["Carers centre"]

    soup = get_page(client, url, audience="adult-carers", care_area="dementia")
    assert soup.select_one(".app-gap-map__summary").get_text(" ", strip=True).startswith("4 gaps out of 6")


def test_an_unknown_filter_is_explained_and_the_valid_one_kept(client, world):
    soup = get_page(client, world["page"].url, audience="aliens", care_area="dementia")
    assert "We do not know that group of people" in soup.select_one(".nhsuk-error-summary").get_text()
    assert soup.select_one("#gap-map-audience")["aria-describedby"] == "gap-map-audience-error"
    assert soup.select_one("#gap-map-care-area option[selected]")["value"] == "dementia"
    assert soup.title.get_text().startswith("Error:")
    rows = table_cells(soup)
    assert rows[1][1][1].endswith("?care_area=dementia")  # the links keep only the valid filter


def test_translated_page_shows_translated_names_and_counts_english_services(client, world):
    welsh = Locale.objects.get(language_code="cy")
    advocacy = world["interventions"][0]
    translated = advocacy.copy_for_translation(welsh)
    translated.name = "Eiriolaeth"
    translated.save()
    page = world["page"].copy_for_translation(welsh, copy_parents=True)
    page.save_revision().publish()
    response = client.get(page.url)
    soup = BeautifulSoup(response.content, "html.parser")
    rows = table_cells(soup)
    assert rows[1][0][0] == "Eiriolaeth"
    assert rows[1][1][0].startswith("2 ")  # still the English services, each once
    # The list links to the Welsh version of a service where there is one, else to the English page.
    listed = get_page(client, rows[1][1][1]).select("main .nhsuk-card__heading a")
    assert sorted(link.get_text(strip=True) for link in listed) == ["Canolfan gofalwyr", "Two boroughs advocacy"]
    english = next(link for link in listed if link.get_text(strip=True) == "Two boroughs advocacy")
    assert english["lang"] == "en"


def test_an_empty_directory_says_there_is_nothing_to_show_yet(client, home):
    page = GapMapPage(title="Carers Hub gap map", slug="gap-map")
    home.add_child(instance=page)
    page.save_revision().publish()
    soup = get_page(client, page.url)
    assert soup.select("table") == []
    assert "There is nothing to show yet" in soup.select_one("main").get_text()


# --- the CSV -------------------------------------------------------------------------------------------


def test_csv_is_the_same_table_with_the_same_filters(client, world):
    url = world["page"].url
    for params in ({}, {"audience": "young-carers"}, {"care_area": "dementia"}):
        response = client.get(f"{url}csv/", params)
        assert response.status_code == 200
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert response["Content-Disposition"].startswith("attachment; filename=")
        assert response.content.startswith(b"\xef\xbb\xbf")  # the byte order mark Excel needs for UTF-8
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        shown = [[text.split(" ")[0] for text, _link in row] for row in table_cells(get_page(client, url, **params))]
        assert rows[0][:3] == ["Intervention", "Barking and Dagenham", "Havering"]
        assert rows[0][4] == "Across a wider area (London, England or United Kingdom)"
        assert len(rows) == len(shown)
        for csv_row, page_row in zip(rows[1:], shown[1:], strict=True):
            assert csv_row[0].split(" ")[0] == page_row[0]
            # A gap on the page is a 0 in the spreadsheet; an empty totals cell is empty in both.
            assert [value or "" for value in csv_row[1:]] == [
                "0" if text == "Gap" else text for text in page_row[1:]
            ], csv_row
    assert (
        'filename="carers-hub-gap-map-young-carers.csv"'
        in client.get(f"{url}csv/?audience=young-carers")["Content-Disposition"]
    )


def test_csv_cannot_carry_a_spreadsheet_formula(client, world):
    Intervention.objects.filter(slug="advocacy").update(name="=HYPERLINK(1)")
    response = client.get(f"{world['page'].url}csv/")
    assert "'=HYPERLINK(1)" in response.content.decode("utf-8-sig")


# --- the demo ------------------------------------------------------------------------------------------


def test_the_demo_gap_map_has_real_gaps_and_every_count_lists_its_services(client, demo):
    page = GapMapPage.objects.live().get(locale=Locale.get_default())
    assert ServicePage.objects.live().filter(interventions__isnull=False).exists()
    soup = get_page(client, page.url)
    assert soup.select("tbody td.app-gap-map__gap")  # at least one real gap
    counted = soup.select("table.app-gap-map__table td a")
    assert len(counted) > 20
    for link in counted:
        number = int(link.find(string=True, recursive=False))
        assert len(listed_titles(client, link["href"])) == number, link["href"]


def test_the_page_maps_only_the_boroughs_its_editor_chose(client, world):
    """A commissioner's map has their boroughs as columns, not every borough the directory knows."""
    barking, havering = world["boroughs"]
    page = world["page"]
    header = [text for text, _link in table_cells(get_page(client, page.url))[0]]
    assert "Barking and Dagenham" in header and "Havering" in header
    page.boroughs.set([havering])
    page.save_revision().publish()
    rows = table_cells(get_page(client, page.url))
    assert "Havering" in [text for text, _link in rows[0]]
    assert not any("Barking and Dagenham" in text for text, _link in rows[0])
    csv_header = client.get(page.url + "csv/").content.decode("utf-8-sig").splitlines()[0]
    assert "Havering" in csv_header and "Barking and Dagenham" not in csv_header
