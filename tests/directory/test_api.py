"""The Open Referral UK API at /api/openreferral/: real responses checked against the shipped JSON Schema,
the filters, the pagination envelope, CORS, errors, what never appears, and the number of queries."""

import datetime
import json
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from jsonschema import Draft202012Validator, FormatChecker
from wagtail.models import Locale, PageViewRestriction

from carers_site.models import Language, PostcodeDistrict
from directory.api.serializers import NAMESPACE
from directory.bank_holidays import BANK_HOLIDAYS
from directory.models import OpeningTime, ServicePage, ServicePhone
from tests.factories.directory import DirectoryIndexPageFactory, OrganisationFactory, ServicePageFactory
from tests.factories.site import AreaFactory, AudienceFactory, CareAreaFactory, InterventionFactory

pytestmark = pytest.mark.postgres

API = "/api/openreferral"
SCHEMA_FILE = Path(__file__).resolve().parents[2] / "directory" / "api" / "schema" / "openreferral-uk.json"
SCHEMA = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
SERVICE_FIELDS = {
    "id",
    "name",
    "description",
    "url",
    "email",
    "status",
    "fees",
    "accreditations",
    "assured_date",
    "attending_type",
    "attending_access",
    "deliverable_type",
    "application_process",
    "eligibility_description",
    "organization",
    "contacts",
    "eligibilitys",
    "fundings",
    "holiday_schedules",
    "languages",
    "phones",
    "regular_schedules",
    "service_areas",
    "service_at_locations",
    "service_taxonomys",
}
ENVELOPE_FIELDS = ["totalElements", "totalPages", "number", "size", "first", "last", "content"]


def assert_valid(data, definition):
    """Valid against one of the schema's definitions, and against the schema as a whole."""
    for schema in ({"$ref": f"#/$defs/{definition}", "$defs": SCHEMA["$defs"]}, SCHEMA):
        errors = list(Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(data))
        assert not errors, [f"{list(error.absolute_path)}: {error.message}" for error in errors[:5]]


def get(client, path, definition=None, status=200, **params):
    response = client.get(f"{API}{path}", params)
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    data = response.json()
    if status != 200:
        assert_valid(data, "error")
    elif definition:
        assert_valid(data, definition)
    return data


def names(page):
    return [item["name"] for item in page["content"]]


def publish(directory, title, *, areas=(), audiences=(), care_areas=(), interventions=(), languages=(), **fields):
    service = ServicePageFactory(parent=directory, title=title, **fields)
    service.areas_served.set(areas)
    service.audiences.set(audiences)
    service.care_areas.set(care_areas)
    service.interventions.set(interventions)
    service.languages.set(languages)
    service.save_revision().publish()
    return ServicePage.objects.get(pk=service.pk)


@pytest.fixture
def directory(home):
    return DirectoryIndexPageFactory(parent=home)


@pytest.fixture
def places(db):
    """UK > London > Havering and Bexley, with a postcode district in each borough."""
    uk = AreaFactory(name="United Kingdom", slug="uk", kind="country")
    london = AreaFactory(name="London", slug="london", kind="region", parent=uk)
    havering = AreaFactory(name="Havering", slug="havering", parent=london)
    bexley = AreaFactory(name="Bexley", slug="bexley", parent=london)
    PostcodeDistrict.objects.create(area=havering, code="RM1", latitude=Decimal("51.58"), longitude=Decimal("0.183"))
    PostcodeDistrict.objects.create(area=bexley, code="DA5", latitude=Decimal("51.44"), longitude=Decimal("0.15"))
    return {"uk": uk, "london": london, "havering": havering, "bexley": bexley}


@pytest.fixture
def full_service(directory, places):
    """A service with everything filled in."""
    organisation = OrganisationFactory(
        name="Havering Carers Trust",
        description="Supports carers in Havering.",
        email="hello@example.org",
        website="https://carers.example.org/",
    )
    service = publish(
        directory,
        "Havering Carers Hub",
        organisation=organisation,
        summary="Advice and breaks for carers.",
        description='<p>Advice &amp; support for <a href="https://example.org">carers</a>.</p><ul><li>Respite</li></ul>',
        email="hub@example.org",
        website="https://hub.example.org/",
        address_line_1="1 High Street",
        address_line_2="Suite 2",
        town="Romford",
        postcode="RM1 3AB",
        latitude=Decimal("51.581"),
        longitude=Decimal("0.184"),
        cost="Free",
        eligibility="Unpaid carers aged 18 or over.",
        how_to_refer="Call us or ask your GP.",
        last_verified=datetime.date(2026, 3, 1),
        closed_on_bank_holidays=True,
        areas=[places["havering"]],
        audiences=[AudienceFactory(name="Young carers", slug="young-carers")],
        care_areas=[CareAreaFactory(name="Dementia", slug="dementia")],
        interventions=[InterventionFactory(name="Breaks", slug="breaks")],
        languages=[Language.objects.get_or_create(code="pl", defaults={"name": "Polski", "english_name": "Polish"})[0]],
    )
    ServicePhone.objects.create(service=service, number="01708 457040", label="Advice line", sort_order=0)
    OpeningTime.objects.create(
        service=service, first_day=0, last_day=4, opens=datetime.time(9), closes=datetime.time(17), sort_order=0
    )
    OpeningTime.objects.create(
        service=service, first_day=5, last_day=5, opens=datetime.time(10), closes=datetime.time(13), sort_order=1
    )
    service.save_revision().publish()
    return ServicePage.objects.get(pk=service.pk)


# --- records ------------------------------------------------------------------------------------------------


def test_the_root_says_which_standard_it_follows(client, db):
    data = get(client, "/", "root")
    assert data["version"] == "1.0"
    assert data["profile"].startswith("https://openreferraluk.org/")


@time_machine.travel(datetime.datetime(2026, 5, 1, 12, tzinfo=datetime.UTC), tick=False)
def test_a_full_service_record(client, full_service):
    data = get(client, f"/services/{full_service.translation_key}", "service")
    assert set(data) == SERVICE_FIELDS
    assert data["id"] == str(full_service.translation_key)
    assert data["name"] == "Havering Carers Hub"
    assert data["description"] == "Advice & support for carers.\nRespite"  # plain text, one line per block
    assert data["url"] == full_service.get_full_url() and data["url"].startswith("http")
    assert (data["email"], data["status"], data["fees"]) == ("hub@example.org", "active", "Free")
    assert data["assured_date"] == "2026-03-01"
    assert data["application_process"] == "Call us or ask your GP."
    assert data["eligibility_description"] == "Unpaid carers aged 18 or over."
    assert data["contacts"] == data["eligibilitys"] == data["fundings"] == []
    assert data["organization"] == {
        "id": str(uuid.uuid5(NAMESPACE, f"organization:{full_service.organisation.pk}")),
        "name": "Havering Carers Trust",
        "description": "Supports carers in Havering.",
        "email": "hello@example.org",
        "url": "https://carers.example.org/",
        "logo": None,
        "uri": None,
    }
    assert [(p["number"], p["description"], p["language"]) for p in data["phones"]] == [
        ("01708 457040", "Advice line", None)
    ]
    assert [
        (s["byday"], s["opens_at"], s["closes_at"], s["freq"], s["interval"], s["description"])
        for s in data["regular_schedules"]
    ] == [
        ("MO,TU,WE,TH,FR", "09:00", "17:00", "WEEKLY", 1, "Mon-Fri 9am-5pm"),
        ("SA", "10:00", "13:00", "WEEKLY", 1, "Sat 10am-1pm"),
    ]
    # Closed on every bank holiday from today (1 May 2026) on: the first is the early May bank holiday.
    holidays = data["holiday_schedules"]
    assert all(h["closed"] is True and h["start_date"] == h["end_date"] for h in holidays)
    assert [h["start_date"] for h in holidays[:3]] == ["2026-05-04", "2026-05-25", "2026-08-31"]
    upcoming = [day.isoformat() for day in sorted(BANK_HOLIDAYS) if day >= datetime.date(2026, 5, 1)]
    assert [h["start_date"] for h in holidays] == upcoming
    assert [a["service_area"] for a in data["service_areas"]] == ["Havering"]
    assert data["languages"][0]["language"] == "pl"

    [at_location] = data["service_at_locations"]
    location = at_location["location"]
    assert (location["name"], location["latitude"], location["longitude"]) == ("Havering Carers Hub", 51.581, 0.184)
    assert location["description"] == "1 High Street, Suite 2, Romford, RM1 3AB"
    [address] = location["physical_addresses"]
    assert {k: address[k] for k in ("address_1", "city", "postal_code", "country")} == {
        "address_1": "1 High Street, Suite 2",
        "city": "Romford",
        "postal_code": "RM1 3AB",
        "country": "GB",
    }

    taxonomies = {link["taxonomy"]["id"]: link["taxonomy"] for link in data["service_taxonomys"]}
    assert taxonomies["carers-directory:audience:young-carers"] == {
        "id": "carers-directory:audience:young-carers",
        "name": "Young carers",
        "vocabulary": "carers-directory:audience",
        "parent": None,
    }
    assert taxonomies["carers-directory:care-area:dementia"]["vocabulary"] == "carers-directory:care-area"
    assert taxonomies["carers-directory:intervention:breaks"]["vocabulary"] == "carers-directory:intervention"
    assert taxonomies["carers-directory:area:havering"]["parent"] == "carers-directory:area:london"


def test_ids_are_stable_across_requests_and_republishing(client, full_service):
    first = get(client, f"/services/{full_service.translation_key}")
    full_service.save_revision().publish()
    second = get(client, f"/services/{full_service.translation_key}")
    assert first == second
    ids = [first["organization"]["id"], first["service_at_locations"][0]["id"]]
    ids += [first["service_at_locations"][0]["location"]["id"]] + [p["id"] for p in first["phones"]]
    ids += [s["id"] for s in first["regular_schedules"]] + [link["id"] for link in first["service_taxonomys"]]
    assert all(uuid.UUID(value) for value in ids)
    assert len(set(ids)) == len(ids)


def test_a_sparse_service_has_nulls_and_empty_lists_not_missing_fields(client, directory):
    service = publish(directory, "Carers line", organisation=None, description="", summary="Call for advice.")
    data = get(client, f"/services/{service.translation_key}", "service")
    assert set(data) == SERVICE_FIELDS
    assert data["organization"] is None
    assert data["description"] == "Call for advice."  # the summary when there is no description
    assert data["email"] is None and data["assured_date"] is None
    for field in ["phones", "regular_schedules", "holiday_schedules", "service_areas", "service_at_locations"]:
        assert data[field] == [], field


def test_open_all_hours_is_one_schedule_for_every_day(client, directory):
    service = publish(directory, "Night line", open_24_7=True, closed_on_bank_holidays=True)
    data = get(client, f"/services/{service.translation_key}", "service")
    [schedule] = data["regular_schedules"]
    assert (schedule["byday"], schedule["opens_at"], schedule["closes_at"]) == (
        "MO,TU,WE,TH,FR,SA,SU",
        "00:00",
        "23:59",
    )
    assert data["holiday_schedules"] == []  # open all the time means open on bank holidays too


def test_a_location_from_coordinates_alone_has_no_address(client, directory):
    service = publish(directory, "Mobile unit", latitude=Decimal("51.5"), longitude=Decimal("0.1"))
    [at_location] = get(client, f"/services/{service.translation_key}", "service")["service_at_locations"]
    assert at_location["location"]["physical_addresses"] == []
    assert (at_location["location"]["latitude"], at_location["location"]["longitude"]) == (51.5, 0.1)


def test_the_schema_rejects_what_the_standard_forbids(full_service, client):
    """The schema is not a rubber stamp: required fields, types and allowed values are checked."""
    data = get(client, f"/services/{full_service.translation_key}")
    validator = Draft202012Validator(
        {"$ref": "#/$defs/service", "$defs": SCHEMA["$defs"]}, format_checker=FormatChecker()
    )
    for broken in [
        {k: v for k, v in data.items() if k != "name"},
        {**data, "id": "not-a-uuid"},
        {**data, "status": "open"},
        {**data, "phones": [{"id": "1"}]},
        {**data, "regular_schedules": [{"id": "1", "byday": "Monday"}]},
        {**data, "holiday_schedules": [{"id": "1", "closed": True, "start_date": "2026-05-04"}]},
        {**data, "organization": {"id": data["organization"]["id"], "name": "No description"}},
    ]:
        assert not validator.is_valid(broken)
    page = {"totalElements": 1, "totalPages": 1, "number": 0, "size": 1, "first": True, "last": True, "content": []}
    page_validator = Draft202012Validator({"$ref": "#/$defs/page", "$defs": SCHEMA["$defs"]})
    assert not page_validator.is_valid(page)  # pages count from 1


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

    assert names(get(client, "/services/", "services_page")) == ["Live service"]
    assert names(get(client, "/services/", postcode="RM1")) == ["Live service"]
    assert [
        s["service"]["name"] for s in get(client, "/service_at_locations", "service_at_locations_page")["content"]
    ] == ["Live service"]
    for hidden in (draft, private):
        get(client, f"/services/{hidden.translation_key}", status=404)
    # The translation shares the English page's id; the id always gives the English page.
    assert get(client, f"/services/{live.translation_key}")["name"] == "Live service"
    org_id = str(uuid.uuid5(NAMESPACE, f"organization:{organisation.pk}"))
    assert [s["name"] for s in get(client, f"/organizations/{org_id}", "organization_with_services")["services"]] == [
        "Live service"
    ]


def test_unknown_ids_are_404s_in_json(client, db):
    for path in [
        f"/services/{uuid.uuid4()}",
        "/services/not-a-uuid",
        f"/organizations/{uuid.uuid4()}",
        "/taxonomies/x",
    ]:
        assert "no" in get(client, path, status=404)["error"].lower()
    assert get(client, "/nothing-here", status=404)["error"]


# --- pagination ---------------------------------------------------------------------------------------------


def test_pagination_envelope_arithmetic(client, directory):
    for letter in "EDCBA":
        publish(directory, f"Service {letter}")
    whole = get(client, "/services", "services_page")
    assert list(whole) == ENVELOPE_FIELDS
    assert {k: whole[k] for k in ENVELOPE_FIELDS[:-1]} == {
        "totalElements": 5,
        "totalPages": 1,
        "number": 1,
        "size": 5,
        "first": True,
        "last": True,
    }
    assert names(whole) == ["Service A", "Service B", "Service C", "Service D", "Service E"]

    pages = [get(client, "/services", "services_page", per_page=2, page=n) for n in (1, 2, 3, 4)]
    assert [(p["totalElements"], p["totalPages"], p["number"], p["size"]) for p in pages] == [
        (5, 3, 1, 2),
        (5, 3, 2, 2),
        (5, 3, 3, 1),
        (5, 3, 4, 0),
    ]
    assert [(p["first"], p["last"]) for p in pages] == [(True, False), (False, False), (False, True), (False, True)]
    assert [names(p) for p in pages] == [["Service A", "Service B"], ["Service C", "Service D"], ["Service E"], []]
    # Past the end, even far past it: an empty page, not an error.
    assert get(client, "/services", page="9" * 30)["content"] == []
    # More than 500 a page is capped rather than refused (ORUK's validator asks for 1000).
    assert get(client, "/services", per_page=1000)["size"] == 5


def test_an_empty_list_is_one_empty_first_and_last_page(client, db):
    data = get(client, "/services", "services_page")
    assert {k: data[k] for k in ENVELOPE_FIELDS} == {
        "totalElements": 0,
        "totalPages": 0,
        "number": 1,
        "size": 0,
        "first": True,
        "last": True,
        "content": [],
    }


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
    for path in ["/services", "/organizations", "/taxonomies", "/service_at_locations"]:
        message = get(client, path, status=400, **params)["error"]
        assert f"{next(iter(params))} must be a whole number" in message


# --- filters ------------------------------------------------------------------------------------------------


def test_text_matches_name_summary_description_and_organisation_ignoring_case(client, directory):
    publish(directory, "Carers Hub", organisation=OrganisationFactory(name="Carers Trust"))
    publish(directory, "Dementia cafe", summary="Meet other carers over tea.")
    publish(directory, "Sitting service", description="<p>Respite at home.</p>")
    publish(directory, "Walking group", organisation=OrganisationFactory(name="Age UK Redbridge"))
    assert names(get(client, "/services", text="HUB")) == ["Carers Hub"]
    assert names(get(client, "/services", text="over TEA")) == ["Dementia cafe"]
    assert names(get(client, "/services", text="respite")) == ["Sitting service"]
    assert names(get(client, "/services", text="age uk")) == ["Walking group"]
    assert names(get(client, "/services", text="carers trust")) == ["Carers Hub"]
    assert names(get(client, "/services", text="cafe walking")) == []  # every word must match
    assert names(get(client, "/services", text="zzz")) == []
    assert len(get(client, "/services", text="   ")["content"]) == 4


def test_taxonomy_and_vocabulary_filters(client, directory):
    young = AudienceFactory(name="Young carers", slug="young-carers")
    parents = AudienceFactory(name="Parent carers", slug="parent-carers")
    dementia = CareAreaFactory(name="Dementia", slug="dementia")
    publish(directory, "Young carers club", audiences=[young])
    publish(directory, "Parent carers forum", audiences=[parents], care_areas=[dementia])
    publish(directory, "Memory cafe", care_areas=[dementia])
    publish(directory, "Plain service")

    # The ids and vocabularies /taxonomies gives are the ones the filters take.
    listed = {t["name"]: t for t in get(client, "/taxonomies", "taxonomies_page")["content"]}
    young_id = listed["Young carers"]["id"]
    assert names(get(client, "/services", taxonomy_id=young_id)) == ["Young carers club"]
    both = {"taxonomy_id": young_id, "vocabulary": listed["Young carers"]["vocabulary"]}
    assert names(get(client, "/services", **both)) == ["Young carers club"]
    assert names(get(client, "/services", taxonomy_id=listed["Dementia"]["id"])) == [
        "Memory cafe",
        "Parent carers forum",
    ]
    assert names(get(client, "/services", vocabulary="carers-directory:audience")) == [
        "Parent carers forum",
        "Young carers club",
    ]
    assert names(get(client, "/services", vocabulary="carers-directory:care-area")) == [
        "Memory cafe",
        "Parent carers forum",
    ]
    # A term from one vocabulary never matches when another vocabulary is asked for.
    assert names(get(client, "/services", taxonomy_id=young_id, vocabulary="carers-directory:care-area")) == []
    assert (
        "no taxonomy term"
        in get(client, "/services", status=400, taxonomy_id="carers-directory:audience:nobody")["error"]
    )
    assert "no taxonomy term" in get(client, "/services", status=400, taxonomy_id="young-carers")["error"]
    assert "no vocabulary" in get(client, "/services", status=400, vocabulary="AIRS")["error"]


def test_postcode_finds_the_borough_and_every_area_above_it(client, directory, places):
    publish(directory, "National carers line", areas=[places["uk"]])
    publish(directory, "London carers network", areas=[places["london"]])
    publish(directory, "Havering carers centre", areas=[places["havering"]])
    publish(directory, "Bexley carers centre", areas=[places["bexley"]])
    publish(directory, "Unplaced service")
    havering = ["Havering carers centre", "London carers network", "National carers line"]
    bexley = ["Bexley carers centre", "London carers network", "National carers line"]
    for postcode, expected in [("RM1 3AB", havering), ("rm13ab", havering), ("RM1", havering), ("DA5 1AA", bexley)]:
        assert sorted(names(get(client, "/services", "services_page", postcode=postcode))) == expected, postcode
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
    nearby = get(client, "/services", "services_page", postcode="RM1 3AB", proximity="5000")
    assert names(nearby) == ["Near centre", "Middle centre", "Advice line"]
    assert nearby["totalElements"] == 3
    assert names(get(client, "/services", postcode="RM1", proximity="1000")) == ["Near centre", "Advice line"]
    second = get(client, "/services", postcode="RM1", proximity="5000", per_page=1, page=2)
    assert (names(second), second["totalPages"], second["first"], second["last"]) == (
        ["Middle centre"],
        3,
        False,
        False,
    )
    located = get(client, "/service_at_locations", "service_at_locations_page", postcode="RM1", proximity="5000")
    assert [item["service"]["name"] for item in located["content"]] == ["Near centre", "Middle centre"]


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
PARAMETERS = ["text", "taxonomy_id", "vocabulary", "postcode", "proximity", "modified_after", "page", "per_page"]


@pytest.mark.parametrize("name", PARAMETERS)
def test_odd_input_is_answered_never_a_server_error(client, directory, places, name):
    publish(directory, "Carers centre", areas=[places["havering"]])
    for value in ODD_VALUES:
        params = {name: value, "postcode": "RM1"} if name == "proximity" else {name: value}
        for path in ["/services", "/service_at_locations", "/organizations", "/taxonomies"]:
            response = client.get(f"{API}{path}", params)
            assert response.status_code in (200, 400), (path, name, value)
            assert response["Access-Control-Allow-Origin"] == "*"


def test_proximity_needs_a_postcode_with_a_map_position(client, directory, places):
    PostcodeDistrict.objects.create(area=places["havering"], code="RM2")  # no position; Havering has none either
    assert "map position" in get(client, "/services", status=400, postcode="RM2 5AA", proximity="1000")["error"]
    assert get(client, "/services", postcode="RM2 5AA")["totalElements"] == 0  # a postcode alone still works


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
    data = get(client, "/organizations", "organizations_page")
    assert names(data) == ["Age UK", "Carers Trust"]
    assert data["content"][1]["email"] is None and data["content"][1]["url"] is None
    assert names(get(client, "/organizations", text="age")) == ["Age UK"]
    assert names(get(client, "/organizations", per_page=1, page=2)) == ["Carers Trust"]
    detail = get(client, f"/organizations/{data['content'][1]['id']}", "organization_with_services")
    assert detail["name"] == "Carers Trust"
    assert [s["name"] for s in detail["services"]] == ["Carers Hub"]
    assert detail["services"][0]["id"] == get(client, "/services")["content"][0]["id"]


def test_service_at_locations_lists_services_with_a_place(client, full_service, directory):
    publish(directory, "Phone line")  # no address or position
    publish(directory, "Drop-in", town="Romford")
    data = get(client, "/service_at_locations/", "service_at_locations_page")
    assert [item["service"]["name"] for item in data["content"]] == ["Drop-in", "Havering Carers Hub"]
    record = get(client, f"/services/{full_service.translation_key}")
    assert data["content"][1]["id"] == record["service_at_locations"][0]["id"]
    assert data["content"][1]["location"] == record["service_at_locations"][0]["location"]
    assert data["content"][1]["service"]["id"] == record["id"]


def test_taxonomies_and_vocabularies(client, places):
    AudienceFactory(name="Young carers", slug="young-carers")
    CareAreaFactory(name="Dementia", slug="dementia")
    InterventionFactory(name="Breaks", slug="breaks")
    vocabularies = get(client, "/vocabularies", "vocabularies")
    assert vocabularies == [
        "carers-directory:audience",
        "carers-directory:care-area",
        "carers-directory:intervention",
        "carers-directory:area",
    ]
    data = get(client, "/taxonomies", "taxonomies_page")
    assert data["totalElements"] == 7
    assert {t["vocabulary"] for t in data["content"]} == set(vocabularies)
    areas = get(client, "/taxonomies", vocabulary="carers-directory:area")
    assert [(t["name"], t["parent"]) for t in areas["content"]] == [
        ("Bexley", "carers-directory:area:london"),
        ("Havering", "carers-directory:area:london"),
        ("London", "carers-directory:area:uk"),
        ("United Kingdom", None),
    ]
    assert names(get(client, "/taxonomies", parent_id="carers-directory:area:london")) == ["Bexley", "Havering"]
    assert names(get(client, "/taxonomies", vocabulary="carers-directory:area", root_only="true")) == ["United Kingdom"]
    assert (
        get(client, "/taxonomies/carers-directory:area:havering", "taxonomy")["parent"]
        == "carers-directory:area:london"
    )
    assert "no vocabulary" in get(client, "/taxonomies", status=400, vocabulary="nope")["error"]


# --- HTTP behaviour -----------------------------------------------------------------------------------------

ENDPOINTS = ["/", "/services", "/services/", "/service_at_locations", "/organizations", "/taxonomies", "/vocabularies"]


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


@pytest.mark.parametrize("params", [{}, {"postcode": "RM1 3AB", "proximity": "50000", "text": "service"}])
def test_a_page_of_services_takes_a_fixed_number_of_queries(
    client, directory, places, params, django_assert_max_num_queries
):
    make_services(directory, places, 0, 3)
    with CaptureQueriesContext(connection) as few:
        assert get(client, "/services", per_page=500, **params)["size"] == 3
    make_services(directory, places, 3, 40)
    with django_assert_max_num_queries(len(few.captured_queries)):
        data = get(client, "/services", "services_page", per_page=500, **params)
    assert data["size"] == 40
    assert all(len(service["service_taxonomys"]) == 5 for service in data["content"])
    with django_assert_max_num_queries(20):
        get(client, "/services", per_page=500, **params)
