"""Search on both backends: Wagtail's database backend and a real Elasticsearch server (tests/conftest.py)."""

import io
import logging

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from carers_site.models import PostcodeDistrict
from search.models import SearchQueryDay, SearchSettings, Synonym
from tests.factories.directory import DirectoryIndexPageFactory
from tests.factories.resources import GuidancePageFactory
from tests.factories.site import AreaFactory, AudienceFactory
from tests.helpers import publish_services

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def results(client, **params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    titles = [a.get_text(strip=True) for a in soup.select("main .nhsuk-card__link")]
    return soup, titles


def reindex():
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())


DEMO_QUERIES = [
    ("respit", "Taking a break from caring"),
    ("young carers in Redbridge", "Indigo young carers"),
    ("Triangle of Care Welsh", "Triangle of Care in Wales: carers of people with dementia in hospital"),
    ("IG11", "Carers of Barking and Dagenham"),
    ("RM8 1AB", "Carers support service, Barking and Dagenham"),
    ("carers assessment", "Carer's assessment: what it is and how to get one"),
    ("short break", "Taking a break from caring"),
]


def test_demo_questions_find_the_right_help_on_the_first_page(client, demo, search_backend):
    reindex()
    for query, expected in DEMO_QUERIES:
        _, titles = results(client, q=query)
        assert expected in titles[:20], f"{search_backend}: {query!r} -> {titles[:5]}"
    soup, _ = results(client, q="who can I call at night")
    assert soup.select_one("main .nhsuk-card--care--emergency a[href='tel:116123']")
    _, titles = results(client, q="IG11")
    assert "Havering Mind" not in titles  # another borough
    assert "Rethink Mental Illness advice" in titles  # national services cover every postcode


def test_synonyms_editors_add_are_used(client, home, search_backend):
    GuidancePageFactory(parent=home, title="Support for children's mental health", summary="Help for families.")
    reindex()
    _, titles = results(client, q="CAMHS")
    assert titles == []
    Synonym.objects.create(terms="CAMHS, children's mental health")
    _, titles = results(client, q="CAMHS")
    assert titles == ["Support for children's mental health"]


@pytest.mark.parametrize(
    "query", ["crisis", "SUICIDAL", "suicde", "help now please", "who do I call at night", "out of hours", "Emergancy"]
)
def test_crisis_words_show_the_crisis_lines_first(client, home, crisis_lines, query):
    soup, _ = results(client, q=query)
    box = soup.select_one("main .nhsuk-card--care--emergency")
    assert box is not None, query
    assert soup.select_one("main").decode().index("nhsuk-card--care--emergency") < soup.select_one(
        "main"
    ).decode().index('role="status"')


@pytest.mark.parametrize("query", ["respite", "carer's allowance", "at", "night shift work", "it"])
def test_ordinary_words_do_not_trigger_the_crisis_box(client, home, crisis_lines, query):
    soup, _ = results(client, q=query)
    assert soup.select_one("main .nhsuk-card--care--emergency") is None, query


def test_crisis_words_are_editable(client, home, crisis_lines):
    assert results(client, q="panic attack")[0].select_one("main .nhsuk-card--care--emergency") is None
    settings = SearchSettings.for_site(home.get_site())
    settings.crisis_words += "\npanic"
    settings.save()
    assert results(client, q="panic attack")[0].select_one("main .nhsuk-card--care--emergency") is not None


def test_facets_narrow_results_and_show_counts(client, home, search_backend):
    young = AudienceFactory(name="Young carers", slug="young-carers")
    adults = AudienceFactory(name="Adult carers", slug="adult-carers")
    directory = DirectoryIndexPageFactory(parent=home)
    publish_services(
        directory,
        "audiences",
        [("Carers club for teenagers", young), ("Carers cafe for adults", adults), ("Carers advice line", adults)],
    )
    GuidancePageFactory(parent=home, title="Carers rights", summary="What the law says for carers.")
    reindex()
    soup, titles = results(client, q="carers")
    assert len(titles) == 4
    facet_text = soup.select_one("main .nhsuk-grid-column-one-third").get_text(" ", strip=True)
    assert "Adult carers (2)" in facet_text and "Young carers (1)" in facet_text
    assert "Service (3)" in facet_text and "Guidance page (1)" in facet_text
    _, titles = results(client, q="carers", audience="adult-carers")
    assert sorted(titles) == ["Carers advice line", "Carers cafe for adults"]
    _, titles = results(client, q="carers", type="GuidancePage")
    assert titles == ["Carers rights"]


def test_area_filter_includes_wider_areas(client, home, search_backend):
    uk = AreaFactory(name="United Kingdom", slug="uk", kind="country")
    london = AreaFactory(name="London", slug="london", kind="region", parent=uk)
    havering = AreaFactory(name="Havering", slug="havering", parent=london)
    bexley = AreaFactory(name="Bexley", slug="bexley", parent=london)
    PostcodeDistrict.objects.create(area=havering, code="RM1")
    directory = DirectoryIndexPageFactory(parent=home)
    publish_services(
        directory,
        "areas_served",
        [("Havering carers centre", havering), ("Bexley carers centre", bexley), ("National carers line", uk)],
    )
    reindex()
    _, titles = results(client, q="carers RM1 3AB")
    assert sorted(titles) == ["Havering carers centre", "National carers line"]
    _, titles = results(client, q="carers", area="bexley")
    assert sorted(titles) == ["Bexley carers centre", "National carers line"]


BAD_QUERIES = [
    "",
    " ",
    "x" * 2000,
    "?!.,;:",
    '" * ? : \\ / ( ) [ ] { } ~ ^ AND OR',
    'carers AND (respite OR "short break")~2',
    "'; DROP TABLE wagtailcore_page; --",
    "دیکھ بھال کرنے والے",
    "gofalwyr ifanc",
    "😀 carers 🙏",
    "%00\x00",
]


@pytest.mark.parametrize("query", BAD_QUERIES, ids=range(len(BAD_QUERIES)))
def test_odd_input_never_breaks_search(client, home, search_backend, query):
    GuidancePageFactory(parent=home, title="Taking a break", summary="Respite for carers.")
    reindex()
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "params",
    [
        {"q": "carers", "page": "9999"},
        {"q": "carers", "page": "-1"},
        {"q": "carers", "page": "abc"},
        {"q": "carers", "audience": "no-such"},
        {"q": "carers", "type": "Nope"},
        {"q": "carers", "area": "atlantis"},
        {"q": "carers", "language": "xx"},
    ],
)
def test_bad_filters_and_page_numbers(client, home, params):
    GuidancePageFactory(parent=home, title="Carers rights", summary="For carers.")
    response = client.get("/search/", params)
    assert response.status_code == 200
    html = response.content.decode()
    if set(params) - {"q", "page"}:
        assert "We did not recognise some filters" in html
    assert "Carers rights" in html


def test_long_query_is_shortened_with_a_note(client, home):
    html = client.get("/search/", {"q": "carers " * 300}).content.decode()
    assert "we used the first 200 characters" in html


def test_search_server_failure_falls_back_to_the_database(client, home, settings, caplog):
    GuidancePageFactory(parent=home, title="Taking a break", summary="Respite for carers.")
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": ["http://127.0.0.1:9"],
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0},
            "AUTO_UPDATE": False,
        },
        "database": settings.DATABASE_SEARCH_BACKEND,
    }
    with caplog.at_level(logging.WARNING, logger="search.services"):
        response = client.get("/search/", {"q": "respite"})
    assert response.status_code == 200
    assert "Taking a break" in response.content.decode()
    assert "answering from the database backend" in caplog.text


def test_queries_are_counted_per_day_without_personal_data(client, home):
    GuidancePageFactory(parent=home, title="Taking a break", summary="Respite for carers.")
    client.get("/search/", {"q": "Respite"})
    client.get("/search/", {"q": "  respite "}, REMOTE_ADDR="10.1.2.3")
    client.get("/search/", {"q": "zzzz nothing"})
    rows = {row.query: row for row in SearchQueryDay.objects.all()}
    assert rows["respite"].searches == 2 and rows["respite"].searches_without_results == 0
    assert rows["zzzz nothing"].searches_without_results == 1
    field_names = {f.name for f in SearchQueryDay._meta.get_fields()}
    assert field_names == {"id", "date", "query", "searches", "searches_without_results"}


def test_search_terms_report_and_csv(admin_client, client, home):
    import datetime

    today = datetime.date.today()
    SearchQueryDay.objects.create(date=today, query="respite", searches=5, searches_without_results=0)
    SearchQueryDay.objects.create(date=today - datetime.timedelta(days=1), query="respite", searches=2)
    SearchQueryDay.objects.create(date=today, query="welsh leaflet", searches=3, searches_without_results=3)
    SearchQueryDay.objects.create(date=today - datetime.timedelta(days=60), query="old query", searches=9)

    response = admin_client.get("/admin/reports/search-terms/", {"date_from": str(today - datetime.timedelta(days=7))})
    assert response.status_code == 200
    rows = [
        [td.get_text(strip=True) for td in tr.select("td")]
        for tr in BeautifulSoup(response.content, "html.parser").select("table tbody tr")
    ]
    assert rows == [["respite", "7", "0"], ["welsh leaflet", "3", "3"]]

    response = admin_client.get("/admin/reports/search-terms/", {"no_results": "true", "export": "csv"})
    body = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert body.splitlines()[0].strip() == "Search words,Searches,Found nothing"
    assert body.splitlines()[1].strip() == "welsh leaflet,3,3"
    assert "respite" not in body

    assert client.get("/admin/reports/search-terms/").status_code == 302  # anonymous: sent to log in


def test_suggestions_endpoint(client, home, search_backend):
    GuidancePageFactory(parent=home, title="Respite and short breaks", summary="Time off.")
    GuidancePageFactory(parent=home, title="Money and benefits", summary="Carer's Allowance.")
    reindex()
    data = client.get("/search/suggest/", {"q": "resp"}).json()
    assert [s["title"] for s in data["suggestions"]] == ["Respite and short breaks"]
    assert data["suggestions"][0]["url"].startswith("/")
    assert client.get("/search/suggest/", {"q": "r"}).json()["suggestions"] == []
    assert client.get("/search/suggest/", {"q": "(*\x00"}).status_code == 200


def test_editors_promoted_results_come_first(client, home):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    GuidancePageFactory(parent=home, title="Respite for carers", summary="Short breaks.")
    promoted = GuidancePageFactory(parent=home, title="Local breaks scheme", summary="Apply for a break.")
    SearchPromotion.objects.create(
        query=Query.get("respite"), page=promoted, sort_order=0, description="Recommended by the carers team"
    )
    soup, titles = results(client, q="Respite")
    assert titles[0] == "Local breaks scheme"
    assert "Recommended by the carers team" in soup.select_one("main .app-card-list").get_text()


def test_stopping_the_search_server_mid_session_keeps_search_answering(client, home, settings, caplog):
    from carers_site.dev.search_server import QUICK_START, running_server

    GuidancePageFactory(parent=home, title="Taking a break", summary="Respite for carers.")
    with running_server(java_opts=QUICK_START, in_memory=True) as url:
        settings.WAGTAILSEARCH_BACKENDS = {
            "default": {
                "BACKEND": "wagtail.search.backends.elasticsearch8",
                "URLS": [url],
                # Long enough to make the index on a busy machine; a stopped server refuses at once anyway.
                "TIMEOUT": 10,
                "INDEX_PREFIX": "stoptest_",
                "OPTIONS": {"max_retries": 0},
            },
            "database": settings.DATABASE_SEARCH_BACKEND,
        }
        reindex()
        assert "Taking a break" in results(client, q="respite")[1]
        assert not [record for record in caplog.records if record.name == "search.services"]
    # The server is now stopped.
    with caplog.at_level(logging.WARNING, logger="search.services"):
        _, titles = results(client, q="respite")
    assert titles == ["Taking a break"]
    assert "answering from the database backend" in caplog.text
