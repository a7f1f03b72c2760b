"""The Open Referral UK 3.0 API at /api/openreferral/: real responses checked against the official UK-profile
schemas (vendored, see directory/api/schemas.py), the filters, the 3.0 pagination envelope, CORS, errors,
what never appears, and the number of queries. tests/directory/test_api_official_schemas.py walks the demo's
whole feed the way the official validator does."""

import datetime
import uuid
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from carers_site.models import Language, PostcodeDistrict
from directory.api import schemas
from directory.api.serializers import NAMESPACE, VOCABULARIES
from directory.models import OpeningTime, Organisation, ServicePage, ServicePhone
from tests.directory.conftest import publish
from tests.factories.directory import OrganisationFactory
from tests.factories.site import AudienceFactory, CareAreaFactory, InterventionFactory

pytestmark = pytest.mark.postgres

API = "/api/openreferral"
ENVELOPE_FIELDS = ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"]
#: The official schema each endpoint's records must meet (lists: each item; details: the record).
LIST_ITEM_SCHEMAS = {
    "/services": "compiled/service_list.json",
    "/service_at_locations": "compiled/service_at_location_list.json",
    "/organizations": "compiled/organization_list.json",
    "/taxonomies": "taxonomy.json",
    "/taxonomy_terms": "taxonomy_term.json",
}


def assert_valid(record, schema):
    problems = schemas.problems(record, schema)
    assert not problems, problems


def get(client, path, schema=None, status=200, **params):
    """GET an API address; a 200 list is checked item by item against ``schema`` (or the endpoint's own)."""
    response = client.get(f"{API}{path}", params)
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    data = response.json()
    if status != 200:
        assert list(data) == ["error"] and data["error"]
        return data
    listed = LIST_ITEM_SCHEMAS.get(path.rstrip("/")) if isinstance(data, dict) and "contents" in data else None
    if listed:
        assert list(data) == ENVELOPE_FIELDS
        for item in data["contents"]:
            assert_valid(item, schema or listed)
    elif schema:
        assert_valid(data, schema)
    assert "null" not in response.content.decode(), "an empty optional field must be left out, not null"
    return data


def names(page):
    return [item["name"] for item in page["contents"]]


# --- records ------------------------------------------------------------------------------------------------


def test_the_root_says_which_standard_it_follows_and_where_its_openapi_document_is(client, db):
    data = get(client, "/")
    assert data == {
        "version": "HSDS-UK-3.0",
        "profile": "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md",
        "openapi_url": "http://testserver/api/openreferral/openapi.json",
    }
    document = get(client, "/openapi.json")
    assert document["openapi"].startswith("3.") and document["info"]["version"] == "3.0"
    assert document["servers"] == [{"url": "http://testserver/api/openreferral", "description": "Carers Directory"}]
    assert {"/services", "/services/{id}", "/taxonomy_terms/{id}", "/organizations/{id}"} <= set(document["paths"])


def test_addresses_use_the_host_asked_or_the_canonical_one_never_the_site_record(client, directory, settings):
    """A service with no website of its own is linked to its page here."""
    settings.ALLOWED_HOSTS = ["*"]
    service = publish(directory, "Carers line", website="")
    key = service.translation_key
    asked = client.get(f"{API}/services/{key}", HTTP_HOST="carers.example.org").json()
    assert asked["url"] == f"http://carers.example.org{service.url}"
    root = client.get(f"{API}/", secure=True, HTTP_HOST="api.carers.example").json()
    assert root["openapi_url"] == "https://api.carers.example/api/openreferral/openapi.json"
    settings.CANONICAL_URL = "https://www.carers.example"
    assert client.get(f"{API}/services/{key}", HTTP_HOST="x.example").json()["url"].startswith("https://www.carers")


def test_a_full_service_record(client, full_service):
    key = str(full_service.translation_key)
    data = get(client, f"/services/{key}", "compiled/service.json")
    organisation = full_service.organisation
    assert data["id"] == key and uuid.UUID(key)
    assert data["organization_id"] == str(organisation.oruk_id)
    assert data["name"] == "Havering Carers Hub"
    assert data["description"] == "Advice & support for carers.\nRespite"  # plain text, one line per block
    assert data["url"] == "https://hub.example.org/"  # its own website (a service without one: its page here)
    assert (data["email"], data["status"], data["fees"]) == ("hub@example.org", "active", "Free")
    assert data["assured_date"] == "2026-03-01"
    assert datetime.datetime.fromisoformat(data["last_modified"]) == full_service.last_published_at
    assert data["application_process"] == "Call us or ask your GP."
    assert data["eligibility_description"] == "Unpaid carers aged 18 or over."
    assert data["organization"] == {
        "id": str(organisation.oruk_id),
        "name": "Havering Carers Trust",
        "description": "Supports carers in Havering.",
        "email": "hello@example.org",
        "website": "https://carers.example.org/",
    }
    [contact] = data["contacts"]
    assert contact["name"] == "Havering Carers Hub"
    assert [(p["number"], p["description"]) for p in contact["phones"]] == [("01708 457040", "Advice line")]
    for phone in contact["phones"]:
        assert_valid(phone, "phone.json")
    assert [
        (s["byday"], s["opens_at"], s["closes_at"], s["freq"], s["interval"], s["description"], s["notes"])
        for s in data["schedules"]
    ] == [
        ("MO,TU,WE,TH,FR", "09:00", "17:00", "WEEKLY", 1, "Mon-Fri 9am-5pm", "Closed on bank holidays."),
        ("SA", "10:00", "13:00", "WEEKLY", 1, "Sat 10am-1pm", "Closed on bank holidays."),
    ]
    assert [(a["name"], a["service_area"]) for a in data["service_areas"]] == [("Havering", "Havering")]
    assert [(lang["code"], lang["name"]) for lang in data["languages"]] == [("pl", "Polish")]

    [at_location] = data["service_at_locations"]
    location = at_location["location"]
    assert at_location["location_id"] == location["id"] and at_location["service_id"] == key
    assert (location["name"], location["latitude"], location["longitude"]) == ("Havering Carers Hub", 51.581, 0.184)
    assert location["location_type"] == "physical"
    assert location["description"] == "1 High Street, Suite 2, Romford, RM1 3AB"
    [address] = location["addresses"]
    assert {k: address[k] for k in ("address_1", "city", "state_province", "postal_code", "country")} == {
        "address_1": "1 High Street, Suite 2",
        "city": "Romford",
        "state_province": "",
        "postal_code": "RM1 3AB",
        "country": "GB",
    }

    terms = {link["taxonomy_term"]["code"]: link for link in data["attributes"]}
    assert set(terms) == {"young-carers", "dementia", "breaks", "havering"}
    young = terms["young-carers"]
    assert young["link_id"] == key and young["taxonomy_term_id"] == young["taxonomy_term"]["id"]
    assert young["taxonomy_term"] == {
        "id": str(uuid.uuid5(NAMESPACE, "taxonomy_term:carers-directory:audience:young-carers")),
        "code": "young-carers",
        "name": "Young carers",
        "description": "",
        "taxonomy": "carers-directory:audience",
        "taxonomy_id": str(uuid.uuid5(NAMESPACE, "taxonomy:carers-directory:audience")),
    }
    london = str(uuid.uuid5(NAMESPACE, "taxonomy_term:carers-directory:area:london"))
    assert terms["havering"]["taxonomy_term"]["parent_id"] == london


def test_ids_are_uuids_stable_across_requests_republishing_and_copies(client, full_service):
    first = get(client, f"/services/{full_service.translation_key}")
    full_service.save_revision().publish()
    second = get(client, f"/services/{full_service.translation_key}")
    assert {k: v for k, v in first.items() if k != "last_modified"} == {
        k: v for k, v in second.items() if k != "last_modified"
    }

    def ids(value):
        if isinstance(value, dict):
            return [v for k, v in value.items() if k == "id"] + [i for v in value.values() for i in ids(v)]
        return [i for v in value for i in ids(v)] if isinstance(value, list) else []

    found = ids(first)
    assert len(found) == 19 and all(uuid.UUID(value) for value in found)
    assert len(set(found)) == len(found)
    # Taxonomy ids come from names and slugs, not database keys: another copy of the site gives the same ones.
    assert first["attributes"][0]["taxonomy_term"]["id"] == str(
        uuid.uuid5(NAMESPACE, "taxonomy_term:carers-directory:audience:young-carers")
    )


def test_a_sparse_service_leaves_empty_fields_out(client, directory):
    service = publish(directory, "Carers line", organisation=None, description="", summary="Call for advice.", cost="")
    data = get(client, f"/services/{service.translation_key}", "compiled/service.json")
    assert set(data) == {"id", "name", "description", "url", "status", "last_modified"}
    assert data["description"] == "Call for advice."  # the summary when there is no description


def test_an_organisation_with_no_description_still_has_the_required_field(client, directory):
    trust = OrganisationFactory(name="Carers Trust", description="", email="", website="")
    service = publish(directory, "Carers Hub", organisation=trust)
    data = get(client, f"/services/{service.translation_key}", "compiled/service.json")
    assert data["organization"] == {"id": str(trust.oruk_id), "name": "Carers Trust", "description": ""}


def test_open_all_hours_is_one_schedule_for_every_day(client, directory):
    service = publish(directory, "Night line", open_24_7=True, closed_on_bank_holidays=True)
    [schedule] = get(client, f"/services/{service.translation_key}", "compiled/service.json")["schedules"]
    assert (schedule["byday"], schedule["opens_at"], schedule["closes_at"]) == (
        "MO,TU,WE,TH,FR,SA,SU",
        "00:00",
        "23:59",
    )
    assert "notes" not in schedule  # open all the time means open on bank holidays too


def test_a_location_from_coordinates_alone_has_no_address(client, directory):
    service = publish(directory, "Mobile unit", latitude=Decimal("51.5"), longitude=Decimal("0.1"))
    [at_location] = get(client, f"/services/{service.translation_key}")["service_at_locations"]
    assert "addresses" not in at_location["location"]
    assert (at_location["location"]["latitude"], at_location["location"]["longitude"]) == (51.5, 0.1)


def test_the_official_schemas_reject_what_the_standard_forbids(full_service, client):
    """The schemas are not a rubber stamp: required fields, types, formats and allowed values are checked."""
    data = get(client, f"/services/{full_service.translation_key}")
    location = data["service_at_locations"][0]["location"]
    broken_records = [
        {k: v for k, v in data.items() if k != "name"},
        {**data, "id": "not-a-uuid"},
        {**data, "status": "open"},
        {**data, "email": None},  # the 1.0 API's nulls
        {**data, "url": "not an address"},
        {**data, "last_modified": "yesterday"},
        {**data, "schedules": [{"id": str(uuid.uuid4()), "freq": "DAILY"}]},
        {**data, "organization": {"id": data["organization"]["id"], "name": "No description"}},
        {**data, "service_at_locations": [{"id": str(uuid.uuid4()), "location": {**location, "location_type": "x"}}]},
    ]
    for broken in broken_records:
        assert schemas.problems(broken, "compiled/service.json"), broken


# --- what never appears -------------------------------------------------------------------------------------


def test_only_live_public_english_services_appear(client, directory, places):
    organisation = OrganisationFactory(name="Carers Trust")
    common = {"organisation": organisation, "postcode": "RM1 3AB", "areas": [places["havering"]]}
    live = publish(directory, "Live service", **common)
    draft = publish(directory, "Draft service", **common)
    draft.unpublish()
    private = publish(directory, "Private service", **common)
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    welsh_locale = Locale.objects.get_or_create(language_code="cy")[0]
    welsh = live.copy_for_translation(welsh_locale, copy_parents=True)
    welsh.title = "Gwasanaeth byw"
    welsh.save_revision().publish()
    assert ServicePage.objects.live().filter(locale=welsh_locale).exists()

    assert names(get(client, "/services/")) == ["Live service"]
    assert names(get(client, "/services/", postcode="RM1")) == ["Live service"]
    at_locations = get(client, "/service_at_locations")["contents"]
    assert [s["service"]["name"] for s in at_locations] == ["Live service"]
    for hidden in (draft, private):
        get(client, f"/services/{hidden.translation_key}", status=404)
        hidden_location = uuid.uuid5(NAMESPACE, f"service_at_location:{hidden.translation_key}")
        get(client, f"/service_at_locations/{hidden_location}", status=404)
    # The translation shares the English page's id; the id always gives the English page.
    assert get(client, f"/services/{live.translation_key}")["name"] == "Live service"
    detail = get(client, f"/organizations/{organisation.oruk_id}", "compiled/organization.json")
    assert [s["name"] for s in detail["services"]] == ["Live service"]


def test_unknown_ids_are_404s_in_json(client, db):
    for path in [
        f"/services/{uuid.uuid4()}",
        "/services/not-a-uuid",
        f"/organizations/{uuid.uuid4()}",
        f"/service_at_locations/{uuid.uuid4()}",
        "/taxonomies/x",
        f"/taxonomy_terms/{uuid.uuid4()}",
    ]:
        assert "no" in get(client, path, status=404)["error"].lower()
    assert get(client, "/nothing-here", status=404)["error"]
    assert "taxonomy_terms" in get(client, "/vocabularies", status=404)["error"]  # ORUK 1.0's endpoint is gone


# --- pagination ---------------------------------------------------------------------------------------------


def test_pagination_envelope_arithmetic(client, directory):
    for letter in "EDCBA":
        publish(directory, f"Service {letter}")
    whole = get(client, "/services")
    assert {k: whole[k] for k in ENVELOPE_FIELDS[:-1]} == {
        "total_items": 5,
        "total_pages": 1,
        "page_number": 1,
        "size": 5,
        "first_page": True,
        "last_page": True,
        "empty": False,
    }
    assert names(whole) == ["Service A", "Service B", "Service C", "Service D", "Service E"]

    pages = [get(client, "/services", per_page=2, page=n) for n in (1, 2, 3, 4)]
    assert [(p["total_items"], p["total_pages"], p["page_number"], p["size"]) for p in pages] == [
        (5, 3, 1, 2),
        (5, 3, 2, 2),
        (5, 3, 3, 1),
        (5, 3, 4, 0),
    ]
    assert [(p["first_page"], p["last_page"]) for p in pages] == [
        (True, False),
        (False, False),
        (False, True),
        (False, True),
    ]
    assert [names(p) for p in pages] == [["Service A", "Service B"], ["Service C", "Service D"], ["Service E"], []]
    # Past the end, even far past it: an empty page, not an error.
    assert get(client, "/services", page="9" * 30)["contents"] == []
    # More than 500 a page is capped rather than refused (ORUK's validator asks for 1000).
    assert get(client, "/services", per_page=1000)["size"] == 5


def test_an_empty_list_is_one_empty_first_and_last_page(client, db):
    data = get(client, "/services")
    assert data == {
        "total_items": 0,
        "total_pages": 0,
        "page_number": 1,
        "size": 0,
        "first_page": True,
        "last_page": True,
        "empty": True,
        "contents": [],
    }


LISTS = ["/services", "/organizations", "/taxonomies", "/taxonomy_terms", "/service_at_locations"]


@pytest.mark.parametrize(
    "params",
    [
        {"page": "0"},
        {"page": "-1"},
        {"page": "two"},
        {"page": "1.5"},
        {"page": "²"},
        {"per_page": "0"},
        {"per_page": "x"},
    ],
)
def test_bad_page_numbers_are_400s_with_a_plain_message(client, db, params):
    for path in LISTS:
        message = get(client, path, status=400, **params)["error"]
        assert f"{next(iter(params))} must be a whole number" in message


# --- filters ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["search", "text"])
def test_search_matches_name_summary_description_and_organisation_ignoring_case(client, directory, name):
    publish(directory, "Carers Hub", organisation=OrganisationFactory(name="Carers Trust"))
    publish(directory, "Dementia cafe", summary="Meet other carers over tea.")
    publish(directory, "Sitting service", description="<p>Respite at home.</p>")
    publish(directory, "Walking group", organisation=OrganisationFactory(name="Age UK Redbridge"))
    assert names(get(client, "/services", **{name: "HUB"})) == ["Carers Hub"]
    assert names(get(client, "/services", **{name: "over TEA"})) == ["Dementia cafe"]
    assert names(get(client, "/services", **{name: "respite"})) == ["Sitting service"]
    assert names(get(client, "/services", **{name: "age uk"})) == ["Walking group"]
    assert names(get(client, "/services", **{name: "carers trust"})) == ["Carers Hub"]
    assert names(get(client, "/services", **{name: "cafe walking"})) == []  # every word must match
    assert names(get(client, "/services", **{name: "zzz"})) == []
    assert len(get(client, "/services", **{name: "   "})["contents"]) == 4


def test_taxonomy_and_taxonomy_term_filters(client, directory):
    young = AudienceFactory(name="Young carers", slug="young-carers")
    parents = AudienceFactory(name="Parent carers", slug="parent-carers")
    dementia = CareAreaFactory(name="Dementia", slug="dementia")
    publish(directory, "Young carers club", audiences=[young])
    publish(directory, "Parent carers forum", audiences=[parents], care_areas=[dementia])
    publish(directory, "Memory cafe", care_areas=[dementia])
    publish(directory, "Plain service")

    # The ids /taxonomies and /taxonomy_terms give are the ones the filters take.
    terms = {t["name"]: t for t in get(client, "/taxonomy_terms")["contents"]}
    taxonomies = {t["name"]: t["id"] for t in get(client, "/taxonomies")["contents"]}
    assert names(get(client, "/services", taxonomy_term_id=terms["Young carers"]["id"])) == ["Young carers club"]
    assert names(get(client, "/services", taxonomy_term_id=terms["Dementia"]["id"])) == [
        "Memory cafe",
        "Parent carers forum",
    ]
    audience = taxonomies["carers-directory:audience"]
    assert names(get(client, "/services", taxonomy_id=audience)) == ["Parent carers forum", "Young carers club"]
    care_area = taxonomies["carers-directory:care-area"]
    assert names(get(client, "/services", taxonomy_id=care_area)) == ["Memory cafe", "Parent carers forum"]
    # Both: a term of one taxonomy never matches when another taxonomy is asked for.
    assert names(get(client, "/services", taxonomy_term_id=terms["Young carers"]["id"], taxonomy_id=care_area)) == []
    for value in [str(uuid.uuid4()), "young-carers", "carers-directory:audience:young-carers"]:
        assert "no taxonomy term" in get(client, "/services", status=400, taxonomy_term_id=value)["error"]
        assert "no taxonomy with" in get(client, "/services", status=400, taxonomy_id=value)["error"]


def test_day_and_time_filters(client, directory):
    """Open for the whole of start_time to end_time, on the day asked (or any day)."""
    weekdays = publish(directory, "Weekday office")
    OpeningTime.objects.create(
        service=weekdays, first_day=0, last_day=4, opens=datetime.time(9), closes=datetime.time(17)
    )
    saturday = publish(directory, "Saturday drop-in")
    OpeningTime.objects.create(
        service=saturday, first_day=5, last_day=5, opens=datetime.time(10), closes=datetime.time(13)
    )
    evenings = publish(directory, "Evening group")
    OpeningTime.objects.create(
        service=evenings, first_day=2, last_day=2, opens=datetime.time(18), closes=datetime.time(21)
    )
    publish(directory, "Night line", open_24_7=True)
    publish(directory, "No hours given")

    def found(**params):
        return names(get(client, "/services", **params))

    assert found(day="MO") == ["Night line", "Weekday office"]
    assert found(day="saturday") == ["Night line", "Saturday drop-in"]
    assert found(day="we") == ["Evening group", "Night line", "Weekday office"]
    assert found(day="SU") == ["Night line"]
    assert found(start_time="09:30") == ["Night line", "Weekday office"]
    assert found(start_time="11:00") == ["Night line", "Saturday drop-in", "Weekday office"]
    assert found(start_time="11:00", end_time="16:00") == ["Night line", "Weekday office"]
    assert found(end_time="20:00") == ["Evening group", "Night line"]
    assert found(day="TU", start_time="18:30") == ["Night line"]
    assert found(day="WE", start_time="18:30", end_time="21:00") == ["Evening group", "Night line"]
    assert found(start_time="17:00") == ["Night line"]  # the office closes at 17:00; the group opens at 18:00
    for params, message in [
        ({"day": "Funday"}, "day must be a day"),
        ({"start_time": "9am"}, "start_time must be a time"),
        ({"end_time": "25:00"}, "end_time must be a time"),
        ({"start_time": "17:00", "end_time": "09:00"}, "end_time must be after start_time"),
    ]:
        assert message in get(client, "/services", status=400, **params)["error"]


@pytest.mark.parametrize(
    "name",
    ["minimum_age", "maximum_age", "coverage", "taxonomy_type", "service_type", "include", "vocabulary", "color"],
)
def test_a_filter_we_cannot_honour_is_a_400_that_names_it(client, directory, name):
    publish(directory, "Carers centre")
    message = get(client, "/services", status=400, **{name: "1"})["error"]
    assert name in message and "search" in message  # says which parameters there are


def test_postcode_finds_the_borough_and_every_area_above_it(client, directory, places):
    publish(directory, "National carers line", areas=[places["uk"]])
    publish(directory, "London carers network", areas=[places["london"]])
    publish(directory, "Havering carers centre", areas=[places["havering"]])
    publish(directory, "Bexley carers centre", areas=[places["bexley"]])
    publish(directory, "Unplaced service")
    havering = ["Havering carers centre", "London carers network", "National carers line"]
    bexley = ["Bexley carers centre", "London carers network", "National carers line"]
    for postcode, expected in [("RM1 3AB", havering), ("rm13ab", havering), ("RM1", havering), ("DA5 1AA", bexley)]:
        assert sorted(names(get(client, "/services", postcode=postcode))) == expected, postcode
    # A real postcode outside the boroughs we know (Lerwick) gets the national services; a made-up one, an error.
    assert names(get(client, "/services", postcode="ZE1 0AA")) == ["National carers line"]
    assert "do not know" in get(client, "/services", status=400, postcode="ZZ9 9ZZ")["error"]
    assert "not a UK postcode" in get(client, "/services", status=400, postcode="hello")["error"]


def test_national_services_appear_for_every_known_postcode(client, directory, places):
    publish(directory, "National carers line", areas=[places["uk"]])
    for postcode in PostcodeDistrict.objects.values_list("code", flat=True):
        assert names(get(client, "/services", postcode=f"{postcode} 1AA")) == ["National carers line"]


def test_proximity_keeps_nearby_services_nearest_first(client, directory, places):
    """RM1's centre is 51.58, 0.183; 0.009 degrees of latitude is about a kilometre."""
    havering = [places["havering"]]
    publish(directory, "Far centre", areas=havering, latitude=Decimal("51.76"), longitude=Decimal("0.183"))  # 20km
    publish(directory, "Middle centre", areas=havering, latitude=Decimal("51.607"), longitude=Decimal("0.183"))  # 3km
    publish(directory, "Near centre", areas=havering, latitude=Decimal("51.5845"), longitude=Decimal("0.183"))  # 0.5km
    publish(directory, "Advice line", areas=[places["london"]])  # no map position
    publish(
        directory, "Bexley centre", areas=[places["bexley"]], latitude=Decimal("51.5801"), longitude=Decimal("0.183")
    )

    # A postcode alone sorts nearest first, services with no position last.
    everything = get(client, "/services", postcode="RM1 3AB")
    assert names(everything) == ["Near centre", "Middle centre", "Far centre", "Advice line"]
    # proximity (metres) leaves out services further away; those with no map position stay, last.
    nearby = get(client, "/services", postcode="RM1 3AB", proximity="5000")
    assert names(nearby) == ["Near centre", "Middle centre", "Advice line"]
    assert nearby["total_items"] == 3
    assert names(get(client, "/services", postcode="RM1", proximity="1000")) == ["Near centre", "Advice line"]
    second = get(client, "/services", postcode="RM1", proximity="5000", per_page=1, page=2)
    assert (names(second), second["total_pages"], second["first_page"], second["last_page"]) == (
        ["Middle centre"],
        3,
        False,
        False,
    )
    located = get(client, "/service_at_locations", postcode="RM1", proximity="5000")
    assert [item["service"]["name"] for item in located["contents"]] == ["Near centre", "Middle centre"]


@pytest.mark.parametrize(
    "params, message",
    [
        ({"proximity": "1000"}, "proximity needs a postcode"),
        ({"postcode": "RM1", "proximity": "near"}, "proximity must be a distance in metres"),
        ({"postcode": "RM1", "proximity": "-5"}, "proximity must be a distance in metres"),
        ({"postcode": "RM1", "proximity": "0"}, "proximity must be a distance in metres"),
        ({"postcode": "RM1", "proximity": "nan"}, "proximity must be a distance in metres"),
        ({"postcode": "RM1", "proximity": "inf"}, "proximity must be a distance in metres"),
        ({"modified_after": "2026-02-30"}, "modified_after must be a date"),
        ({"modified_after": "yesterday"}, "modified_after must be a date"),
    ],
)
def test_bad_filters_are_400s_with_a_plain_message(client, directory, places, params, message):
    assert message in get(client, "/services", status=400, **params)["error"]


ODD_VALUES = ["\x00", "a\x00b", "x" * 5000, "😀", "'; DROP TABLE wagtailcore_page; --", "%", "_", "   ", "1e9999"]
PARAMETERS = ["search", "taxonomy_id", "taxonomy_term_id", "day", "start_time", "postcode", "proximity", "page"]


@pytest.mark.parametrize("name", PARAMETERS)
def test_odd_input_is_answered_never_a_server_error(client, directory, places, name):
    publish(directory, "Carers centre", areas=[places["havering"]])
    for value in ODD_VALUES:
        params = {name: value, "postcode": "RM1"} if name == "proximity" else {name: value}
        for path in LISTS:
            response = client.get(f"{API}{path}", params)
            assert response.status_code in (200, 400), (path, name, value)
            assert response["Access-Control-Allow-Origin"] == "*"
        for path in [f"/services/{value}", f"/taxonomy_terms/{value}", f"/organizations/{value}"]:
            assert client.get(f"{API}{path}").status_code in (404, 400)


def test_proximity_needs_a_postcode_with_a_map_position(client, directory, places):
    PostcodeDistrict.objects.create(area=places["havering"], code="RM2")  # no position; Havering has none either
    assert "map position" in get(client, "/services", status=400, postcode="RM2 5AA", proximity="1000")["error"]
    assert get(client, "/services", postcode="RM2 5AA")["total_items"] == 0  # a postcode alone still works


def test_modified_after(client, directory):
    publish(directory, "Carers centre")
    assert names(get(client, "/services", modified_after="2000-01-01")) == ["Carers centre"]
    assert names(get(client, "/services", modified_after="2000-01-01T09:30:00Z")) == ["Carers centre"]
    assert names(get(client, "/services", modified_after="2999-01-01")) == []


# --- the other endpoints ------------------------------------------------------------------------------------


def test_organizations_list_and_detail(client, directory):
    trust = OrganisationFactory(name="Carers Trust", description="", email="", website="")
    OrganisationFactory(name="Age UK", description="For older people.", website="https://ageuk.example/")
    publish(directory, "Carers Hub", organisation=trust)
    data = get(client, "/organizations")
    assert names(data) == ["Age UK", "Carers Trust"]
    assert data["contents"][1] == {"id": str(trust.oruk_id), "name": "Carers Trust", "description": ""}
    assert names(get(client, "/organizations", search="age")) == ["Age UK"]
    assert names(get(client, "/organizations", per_page=1, page=2)) == ["Carers Trust"]
    detail = get(client, f"/organizations/{trust.oruk_id}", "compiled/organization.json")
    assert detail["name"] == "Carers Trust"
    assert [s["name"] for s in detail["services"]] == ["Carers Hub"]
    assert detail["services"][0]["id"] == get(client, "/services")["contents"][0]["id"]
    assert "no parameter called" in get(client, "/organizations", status=400, postcode="RM1")["error"]


def test_an_organisations_id_survives_the_migration_that_stored_it(db):
    """Organisations created before 0008 keep the id the API published for them (a UUID of their key)."""
    from importlib import import_module

    migration = import_module("directory.migrations.0008_organisation_oruk_id")
    trust = OrganisationFactory(name="Carers Trust")
    Organisation.objects.filter(pk=trust.pk).update(oruk_id=uuid.uuid4())
    from django.apps import apps

    migration.keep_published_ids(apps, None)
    trust.refresh_from_db()
    assert trust.oruk_id == uuid.uuid5(NAMESPACE, f"organization:{trust.pk}")


def test_service_at_locations_list_and_detail(client, full_service, directory):
    publish(directory, "Phone line")  # no address or position
    publish(directory, "Drop-in", town="Romford")
    data = get(client, "/service_at_locations/")
    assert [item["service"]["name"] for item in data["contents"]] == ["Drop-in", "Havering Carers Hub"]
    record = get(client, f"/services/{full_service.translation_key}")
    listed = data["contents"][1]
    assert listed["id"] == record["service_at_locations"][0]["id"]
    assert listed["location"] == record["service_at_locations"][0]["location"]
    assert listed["service"]["id"] == listed["service_id"] == record["id"]
    # The detail: checked against the schema the official OpenAPI document names for it (the service schema),
    # and against the service-at-location schema.
    detail = get(client, f"/service_at_locations/{listed['id']}", "compiled/service.json")
    assert_valid(detail, "compiled/service_at_location.json")
    assert detail["service"] == record and detail["location"] == listed["location"]


def test_taxonomies_and_taxonomy_terms(client, places):
    AudienceFactory(name="Young carers", slug="young-carers")
    CareAreaFactory(name="Dementia", slug="dementia")
    InterventionFactory(name="Breaks", slug="breaks")
    taxonomies = get(client, "/taxonomies")
    assert [t["name"] for t in taxonomies["contents"]] == [vocabulary.name for vocabulary in VOCABULARIES]
    assert all(t["description"] for t in taxonomies["contents"])
    area_taxonomy = taxonomies["contents"][3]
    assert get(client, f"/taxonomies/{area_taxonomy['id']}", "taxonomy.json") == area_taxonomy

    terms = get(client, "/taxonomy_terms")
    assert terms["total_items"] == 7
    assert {t["taxonomy_id"] for t in terms["contents"]} == {t["id"] for t in taxonomies["contents"]}
    areas = get(client, "/taxonomy_terms", taxonomy_id=area_taxonomy["id"])
    by_id = {t["id"]: t["name"] for t in areas["contents"]}
    assert [(t["name"], by_id.get(t.get("parent_id"))) for t in areas["contents"]] == [
        ("Bexley", "London"),
        ("Havering", "London"),
        ("London", "United Kingdom"),
        ("United Kingdom", None),
    ]
    london = next(t for t in areas["contents"] if t["name"] == "London")
    assert names(get(client, "/taxonomy_terms", parent_id=london["id"])) == ["Bexley", "Havering"]
    only_top = get(client, "/taxonomy_terms", taxonomy_id=area_taxonomy["id"], root_only="true")
    assert names(only_top) == ["United Kingdom"]
    assert get(client, f"/taxonomy_terms/{london['id']}", "taxonomy_term.json") == london
    assert "no taxonomy with" in get(client, "/taxonomy_terms", status=400, taxonomy_id="nope")["error"]


# --- HTTP behaviour -----------------------------------------------------------------------------------------

ENDPOINTS = ["/", "/openapi.json", "/services", "/services/", *LISTS[1:]]


@pytest.mark.parametrize("path", ENDPOINTS)
def test_cors_caching_and_read_only(client, db, path):
    response = client.get(f"{API}{path}")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Cache-Control"] == "public, max-age=300"

    preflight = client.options(
        f"{API}{path}",
        HTTP_ORIGIN="https://finder.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="accept",
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert preflight["Access-Control-Allow-Headers"] == "accept"

    for method in (client.post, client.put, client.patch, client.delete):
        refused = method(f"{API}{path}")
        assert refused.status_code == 405
        assert refused["Access-Control-Allow-Origin"] == "*"
        assert "GET" in refused["Allow"]
        assert "read-only" in refused.json()["error"]


def test_errors_are_not_cached_and_still_allow_any_origin(client, db):
    response = client.get(f"{API}/services", {"page": "x"})
    assert response.status_code == 400
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "max-age=300" not in response.get("Cache-Control", "")


# --- queries ------------------------------------------------------------------------------------------------


def make_services(directory, places, start, stop):
    audience = AudienceFactory(name="Young carers", slug="young-carers")
    care_area = CareAreaFactory(name="Dementia", slug="dementia")
    intervention = InterventionFactory(name="Breaks", slug="breaks")
    polish = Language.objects.get_or_create(code="pl", defaults={"name": "Polski", "english_name": "Polish"})[0]
    organisation = OrganisationFactory()
    for n in range(start, stop):
        service = publish(
            directory,
            f"Service {n:03d}",
            organisation=organisation if n % 2 else OrganisationFactory(),
            postcode="RM1 3AB",
            latitude=Decimal("51.58") + Decimal(n) / 1000,
            longitude=Decimal("0.18"),
            closed_on_bank_holidays=True,
            areas=[places["havering"], places["london"]],
            audiences=[audience],
            care_areas=[care_area],
            interventions=[intervention],
            languages=[polish],
        )
        ServicePhone.objects.create(service=service, number="01708 457040")
        OpeningTime.objects.create(
            service=service, first_day=0, last_day=4, opens=datetime.time(9), closes=datetime.time(17)
        )


@pytest.mark.parametrize(
    "params", [{}, {"postcode": "RM1 3AB", "proximity": "50000", "search": "service", "day": "MO"}]
)
def test_a_page_of_services_takes_a_fixed_number_of_queries(
    client, directory, places, params, django_assert_max_num_queries
):
    make_services(directory, places, 0, 3)
    with CaptureQueriesContext(connection) as few:
        assert get(client, "/services", per_page=500, **params)["size"] == 3
    make_services(directory, places, 3, 40)
    with django_assert_max_num_queries(len(few.captured_queries)):
        data = get(client, "/services", per_page=500, **params)
    assert data["size"] == 40
    assert all(len(service["attributes"]) == 5 for service in data["contents"])
    with django_assert_max_num_queries(20):
        get(client, "/services", per_page=500, **params)


# --- the OpenAPI document matches what the API does ---------------------------------------------------------


@pytest.mark.parametrize("path", LISTS)
def test_every_documented_parameter_is_honoured_or_refused_by_name_and_every_honoured_one_is_documented(
    client, directory, path
):
    publish(directory, "Carers centre", audiences=[AudienceFactory(name="Young carers", slug="young-carers")])
    document = get(client, "/openapi.json")
    documented = set()
    for parameter in document["paths"][path]["get"].get("parameters", []):
        if "$ref" in parameter:
            parameter = document["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
        documented.add(parameter["name"])
    samples = {"postcode": "RM1", "proximity": "5", "day": "MO", "start_time": "09:00", "end_time": "17:00"}
    samples["taxonomy_id"] = VOCABULARIES[0].id  # good values, so that a 400 can only be about the parameter
    samples["taxonomy_term_id"] = get(client, "/taxonomy_terms")["contents"][0]["id"]
    for name in documented:
        response = client.get(f"{API}{path}", {name: samples.get(name, "1")})
        if response.status_code == 400:
            assert name in response.json()["error"], name  # refused by name (e.g. minimum_age), never ignored
    # Everything the endpoint accepts is in the document: the 400 for an unknown parameter lists them.
    accepted = client.get(f"{API}{path}", {"no_such_parameter": "1"}).json()["error"].split("are: ")[1].rstrip(".")
    assert set(accepted.split(", ")) <= documented, set(accepted.split(", ")) - documented


def test_the_same_number_or_time_twice_is_one_record_with_one_id(client, directory):
    service = publish(directory, "Carers centre")
    for order in (0, 1):
        ServicePhone.objects.create(service=service, number="01708 457040", label="Advice", sort_order=order)
        OpeningTime.objects.create(
            service=service, first_day=0, last_day=4, opens=datetime.time(9), closes=datetime.time(17), sort_order=order
        )
    data = get(client, f"/services/{service.translation_key}", "compiled/service.json")
    assert len(data["contacts"][0]["phones"]) == 1 and len(data["schedules"]) == 1
