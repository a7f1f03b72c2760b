"""Open Referral UK 3.0 import: a recorded feed with faults, a feed served page by page on 127.0.0.1, our own
feed imported back into an empty directory, check-only and all-or-nothing runs, and the admin page.

Nothing here reaches the internet: feeds are files, or recorded responses served by a local HTTP server.
"""

import csv
import datetime
import http.server
import io
import json
import re
import socket
import threading
import urllib.parse
from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command

from carers_site.models import Language, PostcodeDistrict
from directory.models import OpeningTime, Organisation, ServicePage, ServicePhone
from directory.openreferral_import import import_openreferral
from tests.factories.directory import DirectoryIndexPageFactory, OrganisationFactory, ServicePageFactory
from tests.factories.site import AreaFactory, AudienceFactory, CareAreaFactory, InterventionFactory

pytestmark = pytest.mark.postgres

FAULTS = Path(__file__).resolve().parent / "data" / "openreferral-feed-with-faults.json"
API = "/api/openreferral"
HUB_ID = "0b6f3c1e-5a2d-4e8f-9c7b-000000000001"


# --- a directory, and a feed server ---------------------------------------------------------------------


@pytest.fixture
def directory(home):
    """The directory page, areas, the terms the recorded feed uses, and some languages."""
    uk = AreaFactory(name="United Kingdom", slug="uk", kind="country")
    london = AreaFactory(name="London", slug="london", kind="region", parent=uk)
    havering = AreaFactory(name="Havering", slug="havering", parent=london)
    bexley = AreaFactory(name="Bexley", slug="bexley", parent=london)
    PostcodeDistrict.objects.create(area=havering, code="RM1", latitude=Decimal("51.58"), longitude=Decimal("0.183"))
    PostcodeDistrict.objects.create(area=bexley, code="DA5", latitude=Decimal("51.44"), longitude=Decimal("0.15"))
    AudienceFactory(name="Young carers", slug="young-carers")
    AudienceFactory(name="Parent carers", slug="parent-carers")
    CareAreaFactory(name="Dementia", slug="dementia")
    InterventionFactory(name="Breaks", slug="breaks")
    for code, name, english in [("en", "English", "English"), ("pl", "Polski", "Polish"), ("ur", "اردو", "Urdu")]:
        Language.objects.get_or_create(code=code, defaults={"name": name, "english_name": english})
    return DirectoryIndexPageFactory(parent=home)


class FeedServer:
    """Recorded responses ({path with query: (status, body, content type)}) served on 127.0.0.1."""

    def __init__(self, responses):
        self.responses = responses
        self.requests = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests.append((self.path, self.headers.get("Accept")))
                status, body, content_type = server.responses.get(
                    self.path, (404, b'{"error": "not found"}', "application/json")
                )
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


@pytest.fixture
def serve():
    """serve(responses) starts a FeedServer; every one started is stopped after the test."""
    servers = []

    def start(responses):
        servers.append(FeedServer(responses))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


def as_json(data, status=200):
    return (status, json.dumps(data).encode(), "application/json")


def record_our_feed(client, per_page):
    """Our API's root, every page of /services and every service's detail, as the feed server serves them."""
    responses = {f"{API}/": (200, client.get(f"{API}/").content, "application/json")}
    number = 1
    while True:
        response = client.get(f"{API}/services", {"page": number, "per_page": per_page})
        assert response.status_code == 200, response.content[:300]
        responses[f"{API}/services?page={number}&per_page={per_page}"] = (200, response.content, "application/json")
        data = response.json()
        for item in data["contents"]:
            detail = client.get(f"{API}/services/{item['id']}")
            responses[f"{API}/services/{item['id']}"] = (200, detail.content, "application/json")
        if data["last_page"] or not data["contents"]:
            return responses
        number += 1


def import_command(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_openreferral", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def page_object(contents, number, pages, total):
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": number,
        "size": len(contents),
        "first_page": number == 1,
        "last_page": number == pages,
        "empty": total == 0,
        "contents": contents,
    }


# --- (1) a recorded feed with faults -------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_feed_with_faults_imports_the_good_services_and_says_what_is_wrong_with_the_rest(directory, tmp_path):
    path = tmp_path / "feed.json"
    path.write_bytes(FAULTS.read_bytes())
    out, _err = import_command(str(path))

    assert (
        "13 services read: 5 created, 0 changed, 0 unchanged, 7 rejected, 1 not imported because the feed says "
        "they have closed. 6 warnings about what was left out." in out
    ), out
    assert set(ServicePage.objects.values_list("title", flat=True)) == {
        "Havering Carers Hub",
        "Bexley Carers Line",
        "Unknown terms service",
        "Monthly support group",
        "Two places service",
    }

    with open(tmp_path / "feed-report.csv", newline="", encoding="utf-8") as handle:
        report = {row["record"]: row for row in csv.DictReader(handle)}
    expected = {
        "3": ("rejected", "The id “HAV-0012” is not a valid id (the standard needs a UUID"),
        "4": ("rejected", "The name is missing."),
        "5": ("rejected", "The description is empty (null), but the standard needs text."),
        "6": ("rejected", "The email “help-at-example.org” is not an email address"),
        "10": ("closed", "The feed says this service has closed (status “defunct”), so it was not imported."),
        "11": ("rejected", "The postcode “RM1 ABC” is not a full UK postcode"),
        "12": ("rejected", "The phone number “12345” is not a valid UK number"),
        "13": ("rejected", "Its id is also used by record 1 of the feed."),
    }
    for record, (result, reason) in expected.items():
        assert report[record]["result"] == result and reason in report[record]["problems"], report[record]
    warnings = {
        record: row["warnings"] for record, row in report.items() if row["result"] not in ("rejected", "closed")
    }
    assert set(warnings) == {"7", "8", "9"}
    assert "We do not have these audiences, so they were left out: “Space carers”." in warnings["7"]
    assert (
        "We do not use the “esd:service” list of terms, so these were left out: “Carers assessment”." in warnings["7"]
    )
    assert "We do not have these areas, so they were left out: “Atlantis”." in warnings["7"]
    assert "We do not have these languages, so they were left out: “Klingon”." in warnings["7"]
    assert "A monthly timetable (“First Tuesday of the month”) was left out" in warnings["8"]
    assert "only the first (“Romford library”) was kept. Left out: “Hornchurch library”." in warnings["9"]
    assert "Rejected:" in out and "record 4 “0b6f3c1e-5a2d-4e8f-9c7b-000000000004”: The name is missing." in out

    # What the good records said is all there.
    hub = ServicePage.objects.get(reference=HUB_ID)
    assert str(hub.translation_key) == HUB_ID
    assert hub.live and hub.get_parent().specific == directory
    assert (hub.email, hub.website, hub.cost, hub.how_to_refer) == (
        "hub@example.org",
        "https://hub.example.org/",
        "Free",
        "Call us or ask your GP.",
    )
    assert hub.summary == "Advice and support for carers."
    assert hub.description == "<p>Advice and support for carers.</p><p>Short breaks and respite.</p>"
    assert hub.last_verified == datetime.date(2026, 3, 1)
    assert [(p.label, p.number) for p in hub.phones.all()] == [("Advice line", "01708 457040")]
    assert hub.hours_summary() == ["Mon-Fri 9am-5pm", "Sat 10am-1pm", "Closed on bank holidays"]
    assert hub.address == "1 High Street, Romford, RM1 3AB"
    assert hub.coordinates == (51.581, 0.184)
    assert [a.slug for a in hub.areas_served.all()] == ["havering"]
    assert [a.slug for a in hub.audiences.all()] == ["young-carers"]
    assert [c.slug for c in hub.care_areas.all()] == ["dementia"]
    assert [i.slug for i in hub.interventions.all()] == ["breaks"]
    assert sorted(language.code for language in hub.languages.all()) == ["pl", "ur"]  # "Urdu" matched by name
    organisation = hub.organisation
    assert (organisation.name, str(organisation.oruk_id), organisation.email, organisation.website) == (
        "Havering Carers Trust",
        "6f1c2a53-8d0e-4c39-9a1e-2f5b7c8d9e01",
        "hello@example.org",
        "https://carers.example.org/",
    )
    line = ServicePage.objects.get(title="Bexley Carers Line")
    assert line.open_24_7 and line.phones.get().number == "0800 783 1853"
    assert [a.slug for a in line.areas_served.all()] == ["bexley"]
    assert ServicePage.objects.get(title="Monthly support group").hours_summary() == ["Wed 10am-noon"]
    assert ServicePage.objects.get(title="Two places service").address == "St Edwards Way, Romford, RM1 3AR"
    assert [a.slug for a in ServicePage.objects.get(title="Unknown terms service").audiences.all()] == ["young-carers"]

    # A second run changes nothing; the closed service, now in our directory, is pointed out.
    out, _err = import_command(str(path))
    assert "13 services read: 0 created, 0 changed, 5 unchanged, 7 rejected" in out
    assert ServicePage.objects.count() == 5 and Organisation.objects.count() == 2


@pytest.mark.django_db
def test_a_closed_service_already_here_is_pointed_out_not_deleted(directory):
    ServicePageFactory(parent=directory, title="Closed carers cafe", reference="0b6f3c1e-5a2d-4e8f-9c7b-000000000010")
    report = import_openreferral("feed.json", FAULTS.read_bytes(), dry_run=True)
    closed = report.closed[0]
    assert closed.problems[-1] == "It is still in our directory: check it, and unpublish it if it has closed."
    assert ServicePage.objects.filter(title="Closed carers cafe").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data, message",
    [
        (b"{not json", "“feed.json” is not valid JSON"),
        (b"[]", "There are no services in “feed.json”."),
        (b'{"hello": "world"}', "is not a list of Open Referral UK services"),
        (b"\xff\xfe\x00", "its text could not be read as UTF-8"),
    ],
)
def test_files_that_are_not_feeds_get_a_plain_message(directory, tmp_path, data, message):
    path = tmp_path / "feed.json"
    path.write_bytes(data)
    with pytest.raises(CommandError, match=re.escape(message)):
        import_command(str(path))


@pytest.mark.django_db
def test_a_page_object_or_one_service_is_a_feed_file_too(directory, tmp_path):
    records = json.loads(FAULTS.read_text(encoding="utf-8"))
    page = tmp_path / "page.json"
    page.write_text(json.dumps(page_object(records[:2], 1, 3, 6)), encoding="utf-8")
    out, err = import_command(str(page))
    assert "2 services read: 2 created" in out
    assert "This file is one page of 3" in err
    one = tmp_path / "one.json"
    one.write_text(json.dumps(records[0] | {"name": "Havering Carers Hub and Café"}), encoding="utf-8")
    out, _err = import_command(str(one))
    assert "1 services read: 0 created, 1 changed" in out
    assert ServicePage.objects.get(reference=HUB_ID).title == "Havering Carers Hub and Café"


# --- (2) a feed served page by page ----------------------------------------------------------------------------


def hand_made_feed(records, per_page=2, short=False):
    """An ORUK 3.0 API's responses for these records: root, pages of per_page, and every detail."""
    pages = [records[i : i + per_page] for i in range(0, len(records), per_page)]
    responses = {"/oruk/": as_json({"version": "HSDS-UK-3.0", "profile": "https://example.org", "openapi_url": ""})}
    for number, contents in enumerate(pages, start=1):
        if short:
            contents = [{"id": record["id"], "name": record.get("name", "")} for record in contents]
        page = page_object(contents, number, len(pages), len(records))
        responses[f"/oruk/services?page={number}&per_page={per_page}"] = as_json(page)
    for record in records:
        responses[f"/oruk/services/{record['id']}"] = as_json(record)
    return responses


@pytest.mark.django_db
def test_every_page_of_a_feed_is_read_and_short_list_items_are_fetched_in_full(directory, serve, tmp_path):
    records = [record for record in json.loads(FAULTS.read_text(encoding="utf-8")) if record.get("name")]
    good = [r for r in records if r["name"] in ("Havering Carers Hub", "Bexley Carers Line", "Two places service")]
    server = serve(hand_made_feed(good + records[3:8], per_page=2, short=True))  # 8 records: 4 pages
    report_path = tmp_path / "report.csv"
    out, _err = import_command(f"{server.url}/oruk/services", "--per-page", "2", "--report", str(report_path))
    assert "8 services read:" in out
    assert ServicePage.objects.filter(title="Havering Carers Hub").get().phones.count() == 1  # the full record
    asked = [path for path, _accept in server.requests]
    assert asked[0] == "/oruk/"
    assert [p for p in asked if "page=" in p] == [f"/oruk/services?page={n}&per_page=2" for n in range(1, 5)]
    assert len([p for p in asked if re.match(r"^/oruk/services/[^?]+$", p)]) == 8
    assert {accept for _path, accept in server.requests} == {"application/json"}
    assert report_path.exists()


@pytest.mark.django_db
def test_a_feed_that_never_ends_or_sends_an_empty_page_is_read_safely(directory, serve):
    records = json.loads(FAULTS.read_text(encoding="utf-8"))[:2]
    # The server ignores ?page: every page is the first one, which never says it is the last.
    repeating = {f"/oruk/services?page={n}&per_page=100": as_json({"contents": records}) for n in range(1, 5)}
    server = serve(repeating)
    report = import_openreferral(f"{server.url}/oruk/", dry_run=True)
    assert len(report.results) == 2
    assert report.notes == ["Page 2 repeated an earlier page, so we stopped reading there."]
    # No total_pages or last_page: an empty page ends it.
    pages = {
        "/oruk/services?page=1&per_page=100": as_json({"contents": records}),
        "/oruk/services?page=2&per_page=100": as_json({"contents": []}),
    }
    server = serve(pages)
    assert len(import_openreferral(f"{server.url}/oruk", dry_run=True).results) == 2


@pytest.mark.django_db
def test_feeds_that_cannot_be_read_get_a_plain_message(directory, serve):
    closed = serve({})
    dead_url = closed.url
    closed.stop()
    with pytest.raises(CommandError, match=r"We could not reach http://127\.0\.0\.1:\d+/ \(.*\)\. Check the address"):
        import_command(dead_url)

    html = (200, b"<html><body>Welcome</body></html>", "text/html; charset=utf-8")
    server = serve({"/site/": html, "/site/services?page=1&per_page=100": html})
    with pytest.raises(CommandError, match=r"did not send JSON \(it sent text/html\)\. Is this the address of an Open"):
        import_command(f"{server.url}/site/")

    server = serve({"/broken/services?page=1&per_page=100": (500, b"oops", "text/plain")})
    with pytest.raises(CommandError, match=r"answered with an error: HTTP 500"):
        import_command(f"{server.url}/broken")

    server = serve({"/old/": as_json({"version": "1.0", "profile": "https://openreferraluk.org/"})})
    with pytest.raises(
        CommandError, match="says it follows version “1.0” of Open Referral UK; we can only import version 3.0"
    ):
        import_command(f"{server.url}/old/")

    server = serve({"/v2/services?page=1&per_page=100": as_json({"totalElements": 0, "content": []})})
    with pytest.raises(CommandError, match="has no “contents” list"):
        import_command(f"{server.url}/v2")

    with pytest.raises(CommandError, match="There is no file at nowhere.json"):
        import_command("nowhere.json")


@pytest.mark.django_db
def test_a_feed_that_does_not_answer_gives_up_after_the_timeout(directory):
    with socket.socket() as listening:  # takes the connection, never answers
        listening.bind(("127.0.0.1", 0))
        listening.listen(1)
        url = f"http://127.0.0.1:{listening.getsockname()[1]}/oruk/"
        with pytest.raises(CommandError, match=re.escape(f"{url} did not answer within 0.5 seconds.")):
            import_command(url, "--timeout", "0.5")


# --- (3) our own feed, imported back into an empty directory -------------------------------------------------


def publish(directory, title, *, areas=(), audiences=(), care_areas=(), interventions=(), languages=(), **fields):
    service = ServicePageFactory(parent=directory, title=title, **fields)
    service.areas_served.set(areas)
    service.audiences.set(audiences)
    service.care_areas.set(care_areas)
    service.interventions.set(interventions)
    service.languages.set(languages)
    service.save_revision().publish()
    return ServicePage.objects.get(pk=service.pk)


def hours(service, *slots):
    for order, (first, last, opens, closes) in enumerate(slots):
        OpeningTime.objects.create(
            service=service, first_day=first, last_day=last, opens=opens, closes=closes, sort_order=order
        )


def phones(service, *numbers):
    for order, (label, number) in enumerate(numbers):
        ServicePhone.objects.create(service=service, number=number, label=label, sort_order=order)


@pytest.fixture
def our_directory(directory, client, settings):
    """Six services built with factories, with everything our API publishes (at a real host name: the service
    pages' addresses become the imported services' websites)."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "carers.example.org"]
    client.defaults["HTTP_HOST"] = "carers.example.org"
    from carers_site.models import Area, Audience, CareArea, Intervention

    area = {a.slug: a for a in Area.objects.all()}
    young, parent = Audience.objects.get(slug="young-carers"), Audience.objects.get(slug="parent-carers")
    dementia, breaks = CareArea.objects.get(slug="dementia"), Intervention.objects.get(slug="breaks")
    language = {lang.code: lang for lang in Language.objects.all()}
    trust = OrganisationFactory(
        name="Havering Carers Trust",
        description="Supports carers in Havering.",
        email="hello@example.org",
        website="https://carers.example.org/",
    )
    hub = publish(
        directory,
        "Havering Carers Hub",
        organisation=trust,
        summary="Advice and breaks for carers.",
        description='<p>Advice &amp; support for <a href="https://example.org">carers</a>.</p><ul><li>Respite</li></ul>',
        email="hub@example.org",
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
        areas=[area["havering"]],
        audiences=[young],
        care_areas=[dementia],
        interventions=[breaks],
        languages=[language["pl"]],
    )
    phones(hub, ("Advice line", "01708 457040"), ("", "0800 783 1853"))
    hours(hub, (0, 4, datetime.time(9), datetime.time(17)), (5, 5, datetime.time(10), datetime.time(13)))
    line = publish(
        directory,
        "Carers UK helpline",
        organisation=None,
        summary="Advice on the phone, day and night.",
        description="",
        open_24_7=True,
        areas=[area["uk"]],
        interventions=[breaks],
    )
    phones(line, ("Helpline", "0808 808 7777"))
    groups = publish(
        directory,
        "Bexley young carers groups",
        organisation=OrganisationFactory(name="Bexley Young Carers"),
        description="<p>Groups for young carers.</p><p>Trips in the holidays.</p>",
        areas=[area["bexley"], area["london"]],
        audiences=[young, parent],
        languages=[language["en"], language["ur"]],
        latitude=Decimal("51.44"),
        longitude=Decimal("0.15"),
    )
    hours(groups, (0, 0, datetime.time(16), datetime.time(18, 30)), (2, 2, datetime.time(16), datetime.time(18, 30)))
    publish(directory, "Havering dementia cafe", organisation=trust, description="<p>Monthly cafe.</p>", town="Romford")
    publish(directory, "London carers forum", description="<p>Meet other carers.</p>", areas=[area["london"]])
    publish(directory, "Carers centre online", description="<p>Online help.</p>", cost="£5 a session")
    for service in ServicePage.objects.all():
        service.save_revision().publish()
    return ServicePage.objects.count()


def our_records(client):
    """Every service as our API gives it, by id, without what a re-publication changes."""
    data = client.get(f"{API}/services", {"per_page": 100}).json()
    records = {}
    for item in data["contents"]:
        record = client.get(f"{API}/services/{item['id']}").json()
        record.pop("last_modified", None)
        records[record["id"]] = record
    return records


@pytest.mark.django_db
def test_our_own_feed_imported_into_an_empty_directory_reproduces_every_service(client, our_directory, serve):
    assert our_directory == 6
    before = our_records(client)
    hub_before = ServicePage.objects.get(title="Havering Carers Hub")
    hours_before, organisation_id = hub_before.hours_summary(), hub_before.organisation.oruk_id
    organisations = sorted(Organisation.objects.values_list("name", "oruk_id", "description", "email", "website"))
    server = serve(record_our_feed(client, per_page=2))  # 3 pages

    for service in ServicePage.objects.all():
        service.delete()
    Organisation.objects.all().delete()
    assert not our_records(client)

    out, _err = import_command(f"{server.url}{API}/", "--per-page", "2")
    assert "6 services read: 6 created, 0 changed, 0 unchanged, 0 rejected." in out, out
    after = our_records(client)
    assert set(after) == set(before)
    for key, record in before.items():
        assert after[key] == record, key  # names, descriptions, phones, hours, places, terms, organisations, ids

    hub = ServicePage.objects.get(title="Havering Carers Hub")
    assert hub.translation_key == hub_before.translation_key and hub.reference == str(hub_before.translation_key)
    assert [(p.label, p.number) for p in hub.phones.all()] == [("Advice line", "01708 457040"), ("", "0800 783 1853")]
    assert hub.hours_summary() == hours_before == ["Mon-Fri 9am-5pm", "Sat 10am-1pm", "Closed on bank holidays"]
    assert (hub.postcode, hub.town, hub.coordinates) == ("RM1 3AB", "Romford", (51.581, 0.184))
    assert hub.organisation.oruk_id == organisation_id
    assert ServicePage.objects.get(title="Havering dementia cafe").organisation == hub.organisation
    assert ServicePage.objects.get(title="Carers UK helpline").open_24_7
    assert (
        sorted(Organisation.objects.values_list("name", "oruk_id", "description", "email", "website")) == organisations
    )

    out, _err = import_command(f"{server.url}{API}/", "--per-page", "2")
    assert "6 services read: 0 created, 0 changed, 6 unchanged, 0 rejected." in out, out


@pytest.mark.django_db
def test_our_own_feed_imported_into_the_same_directory_changes_nothing(client, our_directory, serve):
    """Matched by translation key: a service we publish is the same service, and keeps its spreadsheet id."""
    ServicePage.objects.filter(title="London carers forum").update(reference="LON-0001")
    server = serve(record_our_feed(client, per_page=50))
    report = import_openreferral(f"{server.url}{API}", per_page=50)
    assert (report.count("created"), report.count("rejected")) == (0, 0)
    assert ServicePage.objects.count() == 6
    assert ServicePage.objects.get(title="London carers forum").reference == "LON-0001"
    report = import_openreferral(f"{server.url}{API}", per_page=50)
    assert report.count("unchanged") == 6


@pytest.mark.django_db
def test_our_export_file_imports_back_unchanged(client, our_directory, settings, tmp_path):
    """manage.py export_openreferral writes the records the API gives: importing the file reproduces them."""
    settings.CANONICAL_URL = "https://carers.example.org"
    path = tmp_path / "directory.json"
    call_command("export_openreferral", str(path), stderr=io.StringIO())
    before = our_records(client)
    for service in ServicePage.objects.all():
        service.delete()
    Organisation.objects.all().delete()
    out, _err = import_command(str(path))
    assert "6 services read: 6 created, 0 changed, 0 unchanged, 0 rejected." in out, out
    assert our_records(client) == before
    out, _err = import_command(str(path))
    assert "6 services read: 0 created, 0 changed, 6 unchanged, 0 rejected." in out, out


# --- (4) check only, all or nothing ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_dry_run_changes_nothing(directory, tmp_path):
    path = tmp_path / "feed.json"
    path.write_bytes(FAULTS.read_bytes())
    out, _err = import_command(str(path), "--dry-run")
    assert "Dry run: nothing was changed." in out
    assert "13 services read: 5 would be created, 0 would be changed" in out
    assert not ServicePage.objects.exists() and not Organisation.objects.exists()


@pytest.mark.django_db
def test_all_or_nothing_imports_nothing_when_a_service_is_rejected(directory, tmp_path):
    path = tmp_path / "feed.json"
    path.write_bytes(FAULTS.read_bytes())
    out, _err = import_command(str(path), "--all-or-nothing")
    assert "Nothing was imported because some records were rejected (--all-or-nothing)." in out
    assert "5 not imported (all or nothing)" in out
    assert not ServicePage.objects.exists() and not Organisation.objects.exists()


# --- (5) the admin page ------------------------------------------------------------------------------------------


def member(django_user_model, username, group):
    user = django_user_model.objects.create_user(username=username, password="not-a-real-password-1")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(Group.objects.get(name=group))
    return user


def upload(data, name="feed.json"):
    handle = io.BytesIO(data)
    handle.name = name
    return handle


ADMIN_URL = "/admin/directory-import/openreferral/"


@pytest.mark.django_db
def test_an_editor_checks_then_imports_a_feed_file_and_gets_the_report(client, directory, django_user_model):
    client.force_login(member(django_user_model, "eddie", "Editors"))
    page = client.get(ADMIN_URL)
    assert page.status_code == 200 and "Import from Open Referral UK" in page.content.decode()

    html = client.post(ADMIN_URL, {"file": upload(FAULTS.read_bytes()), "dry_run": "on"}).content.decode()
    assert "Check results (nothing was changed)" in html
    assert "13 services read: 5 would be created" in html
    assert "The name is missing." in html and "We do not have these languages" in html
    assert not ServicePage.objects.exists()

    html = client.post(ADMIN_URL, {"file": upload(FAULTS.read_bytes())}).content.decode()
    assert "Import finished" in html and "5 created" in html
    assert ServicePage.objects.live().count() == 5
    assert ServicePage.objects.get(reference=HUB_ID).get_latest_revision().user.username == "eddie"
    report_key = html.split('href="/admin/directory-import/report/')[1].split('"')[0]
    response = client.get(f"/admin/directory-import/report/{report_key}")
    assert response["Content-Disposition"] == 'attachment; filename="openreferral-import-report.csv"'
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert {row["result"] for row in rows} == {"rejected", "closed", "created"}

    html = client.post(ADMIN_URL, {"file": upload(FAULTS.read_bytes()), "all_or_nothing": "on"}).content.decode()
    assert "Nothing was imported, because some services were rejected" in html


@pytest.mark.django_db
def test_bad_input_on_the_admin_page_gets_a_plain_message(client, directory, django_user_model, settings, serve):
    client.force_login(member(django_user_model, "eddie", "Editors"))
    html = client.post(ADMIN_URL, {"dry_run": "on"}).content.decode()
    assert "Give either the feed’s web address or a JSON file" in html
    html = client.post(ADMIN_URL, {"file": upload(b"name,id\n", "services.csv")}).content.decode()
    assert "Choose a .json file" in html
    html = client.post(ADMIN_URL, {"file": upload(b"{oops")}).content.decode()
    assert "is not valid JSON" in html
    # Editors cannot make the server fetch addresses inside its own network...
    server = serve(hand_made_feed(json.loads(FAULTS.read_text(encoding="utf-8"))[:2], per_page=100))
    html = client.post(ADMIN_URL, {"url": f"{server.url}/oruk/", "dry_run": "on"}).content.decode()
    assert "127.0.0.1 is an address inside a private network" in html
    assert not server.requests
    # ...unless the site allows it (a test, or an intranet directory).
    settings.DIRECTORY_IMPORT_ALLOW_PRIVATE_URLS = True
    html = client.post(ADMIN_URL, {"url": f"{server.url}/oruk/", "dry_run": "on"}).content.decode()
    assert "2 services read: 2 would be created" in html


@pytest.mark.django_db
def test_translators_cannot_import(client, directory, django_user_model):
    client.force_login(member(django_user_model, "tess", "Translators"))
    assert client.get(ADMIN_URL).status_code in (302, 403)
    assert client.post(ADMIN_URL, {"file": upload(FAULTS.read_bytes())}).status_code in (302, 403)
    assert not ServicePage.objects.exists()


def test_the_url_may_be_the_base_or_the_services_address():
    from directory.openreferral_import import base_url

    for url in ("https://example.org/api/", "https://example.org/api", "https://example.org/api/services?page=2"):
        assert base_url(url) == "https://example.org/api"
    assert urllib.parse.urlsplit(base_url("HTTPS://Example.org/")).scheme == "https"


def test_the_demo_directorys_feed_imported_into_an_empty_site_reproduces_every_service(client, demo, serve, settings):
    """The whole demo feed (every kind of service the demo has), served over HTTP, into a site with no services
    or organisations: every record our API gives afterwards is the one it gave before, ids included. (At a real
    host name: a service with no website of its own is linked to its page, which becomes the copy's website.)"""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "carers.example.org"]
    client.defaults["HTTP_HOST"] = "carers.example.org"
    before = our_records(client)
    assert len(before) >= 30
    server = serve(record_our_feed(client, per_page=10))
    for service in ServicePage.objects.all():
        service.delete()
    Organisation.objects.all().delete()
    assert not our_records(client)

    out, _err = import_command(f"{server.url}{API}/", "--per-page", "10")
    assert f"{len(before)} services read: {len(before)} created, 0 changed, 0 unchanged, 0 rejected." in out, out
    after = our_records(client)
    assert set(after) == set(before)
    for key, record in before.items():
        assert after[key] == record, record["name"]

    out, _err = import_command(f"{server.url}{API}/", "--per-page", "10")
    assert f"0 created, 0 changed, {len(before)} unchanged, 0 rejected." in out, out
