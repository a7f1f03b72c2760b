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
import ssl
import threading
import urllib.parse
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Locale

from carers_site.models import Language
from directory import openreferral_import
from directory.models import OpeningTime, Organisation, ServicePage, ServicePhone
from directory.openreferral_import import (
    OURS,
    UNPUBLISHED,
    FeedError,
    Fetcher,
    PrivateAddress,
    VettedHTTPConnection,
    VettedHTTPSConnection,
    import_openreferral,
    is_public,
)
from tests.directory.conftest import HUB_FIELDS, member, publish
from tests.factories.directory import DirectoryIndexPageFactory, OrganisationFactory, ServicePageFactory
from tests.factories.site import AudienceFactory, CareAreaFactory, InterventionFactory

pytestmark = pytest.mark.postgres

FAULTS = Path(__file__).resolve().parent / "data" / "openreferral-feed-with-faults.json"
API = "/api/openreferral"
HUB_ID = "0b6f3c1e-5a2d-4e8f-9c7b-000000000001"


# --- a feed_directory, and a feed server ---------------------------------------------------------------------


@pytest.fixture
def feed_directory(home, places):
    """The directory page, areas (conftest's places), the terms the recorded feed uses, and some languages."""
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
                if 300 <= status < 400:  # a redirect: the body is where to
                    self.send_header("Location", body.decode())
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
def test_a_feed_with_faults_imports_the_good_services_and_says_what_is_wrong_with_the_rest(feed_directory, tmp_path):
    path = tmp_path / "feed.json"
    path.write_bytes(FAULTS.read_bytes())
    out, _err = import_command(str(path))

    assert (
        "13 services read: 5 created, 0 changed, 0 unchanged, 7 rejected, 1 not imported because the feed says "
        "they have closed. 9 warnings about what was left out." in out
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
    assert set(warnings) == {"1", "2", "7", "8", "9"}
    nowhere = "These details have nowhere to go here, so they were left out:"
    assert warnings["1"] == f"{nowhere} contacts › name, location › name."  # “Phones”, “The Hub”
    assert warnings["2"] == f"{nowhere} contacts › name."
    assert f"{nowhere} location › name." in warnings["9"]
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
    assert hub.live and hub.get_parent().specific == feed_directory
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

    # A second run changes nothing; the closed service, now in our feed_directory, is pointed out.
    out, _err = import_command(str(path))
    assert "13 services read: 0 created, 0 changed, 5 unchanged, 7 rejected" in out
    assert ServicePage.objects.count() == 5 and Organisation.objects.count() == 2


@pytest.mark.django_db
def test_a_closed_service_already_here_is_pointed_out_not_deleted(feed_directory):
    ServicePageFactory(
        parent=feed_directory, title="Closed carers cafe", reference="0b6f3c1e-5a2d-4e8f-9c7b-000000000010"
    )
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
def test_files_that_are_not_feeds_get_a_plain_message(feed_directory, tmp_path, data, message):
    path = tmp_path / "feed.json"
    path.write_bytes(data)
    with pytest.raises(CommandError, match=re.escape(message)):
        import_command(str(path))


@pytest.mark.django_db
def test_a_page_object_or_one_service_is_a_feed_file_too(feed_directory, tmp_path):
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
def test_every_page_of_a_feed_is_read_and_short_list_items_are_fetched_in_full(feed_directory, serve, tmp_path):
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
def test_a_feed_that_never_ends_or_sends_an_empty_page_is_read_safely(feed_directory, serve):
    records = json.loads(FAULTS.read_text(encoding="utf-8"))[:2]
    # The server ignores ?page: every page is the first one, which never says it is the last.
    repeating = {f"/oruk/services?page={n}&per_page=100": as_json({"contents": records}) for n in range(1, 5)}
    server = serve(repeating)
    report = import_openreferral(f"{server.url}/oruk/", dry_run=True, allow_private=True)
    assert len(report.results) == 2
    assert report.notes == ["Page 2 repeated an earlier page, so we stopped reading there."]
    # No total_pages or last_page: an empty page ends it.
    pages = {
        "/oruk/services?page=1&per_page=100": as_json({"contents": records}),
        "/oruk/services?page=2&per_page=100": as_json({"contents": []}),
    }
    server = serve(pages)
    assert len(import_openreferral(f"{server.url}/oruk", dry_run=True, allow_private=True).results) == 2


@pytest.mark.django_db
def test_feeds_that_cannot_be_read_get_a_plain_message(feed_directory, serve):
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
def test_a_feed_that_does_not_answer_gives_up_after_the_timeout(feed_directory):
    with socket.socket() as listening:  # takes the connection, never answers
        listening.bind(("127.0.0.1", 0))
        listening.listen(1)
        url = f"http://127.0.0.1:{listening.getsockname()[1]}/oruk/"
        with pytest.raises(CommandError, match=re.escape(f"{url} did not answer within 0.5 seconds.")):
            import_command(url, "--timeout", "0.5")


# --- (3) our own feed, imported back into an empty feed_directory -------------------------------------------------


def hours(service, *slots):
    for order, (first, last, opens, closes) in enumerate(slots):
        OpeningTime.objects.create(
            service=service, first_day=first, last_day=last, opens=opens, closes=closes, sort_order=order
        )


def phones(service, *numbers):
    for order, (label, number) in enumerate(numbers):
        ServicePhone.objects.create(service=service, number=number, label=label, sort_order=order)


@pytest.fixture
def our_directory(feed_directory, client, settings):
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
        feed_directory,
        "Havering Carers Hub",
        organisation=trust,
        **HUB_FIELDS,
        areas=[area["havering"]],
        audiences=[young],
        care_areas=[dementia],
        interventions=[breaks],
        languages=[language["pl"]],
    )
    phones(hub, ("Advice line", "01708 457040"), ("", "0800 783 1853"))
    hours(hub, (0, 4, datetime.time(9), datetime.time(17)), (5, 5, datetime.time(10), datetime.time(13)))
    line = publish(
        feed_directory,
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
        feed_directory,
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
    publish(
        feed_directory, "Havering dementia cafe", organisation=trust, description="<p>Monthly cafe.</p>", town="Romford"
    )
    publish(feed_directory, "London carers forum", description="<p>Meet other carers.</p>", areas=[area["london"]])
    publish(feed_directory, "Carers centre online", description="<p>Online help.</p>", cost="£5 a session")
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
    assert "warning" not in out, out  # our own records hold nothing we cannot keep
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


def revisions():
    return dict(ServicePage.objects.values_list("pk", "latest_revision_id"))


@pytest.mark.django_db
def test_our_own_feed_imported_into_the_same_directory_changes_nothing(client, our_directory, serve):
    """Our API's ids are our services' translation keys: a record with one is one of our own services, which a
    feed never changes (whatever its spreadsheet id, or none)."""
    ServicePage.objects.filter(title="London carers forum").update(reference="LON-0001")
    before, saved = our_records(client), revisions()
    server = serve(record_our_feed(client, per_page=50))
    for _run in range(2):
        report = import_openreferral(f"{server.url}{API}", per_page=50, allow_private=True)
        assert (report.count("created"), report.count("updated"), report.count("ours")) == (0, 0, 6)
        assert report.summary() == (
            "6 services read: 0 created, 0 changed, 0 unchanged, 0 rejected, 6 already ours (not changed)."
        )
        assert {tuple(result.problems) for result in report.results} == {(OURS,)}
    assert ServicePage.objects.count() == 6 and revisions() == saved
    assert ServicePage.objects.get(title="London carers forum").reference == "LON-0001"
    assert our_records(client) == before


@pytest.mark.django_db
def test_a_copy_of_our_feed_with_changed_details_does_not_change_our_services(client, our_directory, tmp_path):
    """Another directory imported our feed and republishes it, with our ids and its own (lossy) copy of each
    service: importing theirs leaves ours as they are, and the report says why."""
    before, saved = our_records(client), revisions()
    theirs = [
        record
        | {
            "name": record["name"] + " (copy)",
            "description": "Flattened text.",
            "url": "https://elsewhere.example.org/",
            "attributes": [],
        }
        for record in before.values()
    ]
    path = tmp_path / "theirs.json"
    path.write_text(json.dumps(theirs), encoding="utf-8")
    out, _err = import_command(str(path))
    assert "6 services read: 0 created, 0 changed, 0 unchanged, 0 rejected, 6 already ours (not changed)." in out
    assert "Not changed (one of our own services):" in out
    assert our_records(client) == before and revisions() == saved
    hub = ServicePage.objects.get(title="Havering Carers Hub")
    assert hub.description.startswith('<p>Advice &amp; support for <a href="https://example.org">carers</a>.</p>')
    assert hub.audiences.exists() and hub.summary == "Advice and breaks for carers."
    with open(tmp_path / "theirs-report.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 6 and {(row["result"], row["problems"]) for row in rows} == {("ours", OURS)}


@pytest.mark.django_db
def test_an_unpublished_imported_service_is_not_republished_or_changed(feed_directory, tmp_path):
    path = tmp_path / "feed.json"
    records = json.loads(FAULTS.read_text(encoding="utf-8"))
    path.write_text(json.dumps(records), encoding="utf-8")
    import_command(str(path))
    hub = ServicePage.objects.get(reference=HUB_ID)
    hub.unpublish()
    saved = revisions()

    records[0]["name"] = "Havering Carers Hub (renamed)"
    path.write_text(json.dumps(records), encoding="utf-8")
    for options in (["--dry-run"], []):
        out, _err = import_command(str(path), *options)
        assert "changed, 4 unchanged, 7 rejected" in out and "1 unpublished here (not changed)" in out, out
    hub.refresh_from_db()
    assert not hub.live and hub.title == "Havering Carers Hub" and revisions() == saved
    assert f"record 1 “Havering Carers Hub (renamed)”: {UNPUBLISHED}" in out
    with open(tmp_path / "feed-report.csv", newline="", encoding="utf-8") as handle:
        row = next(row for row in csv.DictReader(handle) if row["record"] == "1")
    assert (row["result"], row["problems"], row["warnings"]) == ("unpublished", UNPUBLISHED, "")


@pytest.mark.django_db
def test_a_new_service_whose_id_another_page_has_gets_a_new_one_with_a_warning(feed_directory, home):
    """A page in another language with the feed's id as its translation key: the new service cannot take it
    (it would become that page's translation)."""
    welsh = Locale.objects.get_or_create(language_code="cy")[0]
    DirectoryIndexPageFactory(parent=home, locale=welsh, slug="cyfeiriadur", translation_key=uuid.UUID(HUB_ID))
    report = import_openreferral("feed.json", FAULTS.read_bytes())
    hub = ServicePage.objects.get(reference=HUB_ID)
    assert str(hub.translation_key) != HUB_ID and hub.locale == Locale.get_default()
    result = report.results[0]
    assert result.action == "created"
    assert "Its id could not be kept: another page here already has it" in " ".join(result.warnings)


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
def test_dry_run_changes_nothing(feed_directory, tmp_path):
    path = tmp_path / "feed.json"
    path.write_bytes(FAULTS.read_bytes())
    out, _err = import_command(str(path), "--dry-run")
    assert "Dry run: nothing was changed." in out
    assert "13 services read: 5 would be created, 0 would be changed" in out
    assert not ServicePage.objects.exists() and not Organisation.objects.exists()


@pytest.mark.django_db
def test_all_or_nothing_imports_nothing_when_a_service_is_rejected(feed_directory, tmp_path):
    path = tmp_path / "feed.json"
    path.write_bytes(FAULTS.read_bytes())
    out, _err = import_command(str(path), "--all-or-nothing")
    assert "Nothing was imported because some records were rejected (--all-or-nothing)." in out
    assert "5 not imported (all or nothing)" in out
    assert not ServicePage.objects.exists() and not Organisation.objects.exists()


# --- (5) the admin page ------------------------------------------------------------------------------------------


def upload(data, name="feed.json"):
    handle = io.BytesIO(data)
    handle.name = name
    return handle


ADMIN_URL = "/admin/directory-import/openreferral/"


@pytest.mark.django_db
def test_an_editor_checks_then_imports_a_feed_file_and_gets_the_report(client, feed_directory, django_user_model):
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
def test_bad_input_on_the_admin_page_gets_a_plain_message(client, feed_directory, django_user_model, settings, serve):
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
    # ...unless the site allows it (a test, or an intranet feed_directory).
    settings.DIRECTORY_IMPORT_ALLOW_PRIVATE_URLS = True
    html = client.post(ADMIN_URL, {"url": f"{server.url}/oruk/", "dry_run": "on"}).content.decode()
    assert "2 services read: 2 would be created" in html


@pytest.mark.django_db
def test_translators_cannot_import(client, feed_directory, django_user_model):
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
    assert "warning" not in out, out
    after = our_records(client)
    assert set(after) == set(before)
    for key, record in before.items():
        assert after[key] == record, record["name"]

    out, _err = import_command(f"{server.url}{API}/", "--per-page", "10")
    assert f"0 created, 0 changed, {len(before)} unchanged, 0 rejected." in out, out


# --- (6) odd feeds: fields the schema does not check, details we have nowhere to put -------------------------


def hub_record():
    return json.loads(FAULTS.read_text(encoding="utf-8"))[0]


def deep(depth):
    return "[" * depth + "]" * depth


def set_path(record, path, value):
    *parents, last = path
    for key in parents:
        record = record[key]
    record[last] = value


LOCATION = ("service_at_locations", 0, "location")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path, value, warning",
    [
        (("phones",), 5, "The phones are not a list, so they were left out."),
        (("phones",), True, "The phones are not a list, so they were left out."),
        (("phones",), [5, "01708 111111"], "Some of the phones are not records, so they were left out."),
        (("contacts", 0, "phones"), 7, "The phones of a contact are not a list, so they were left out."),
        (("contacts", 0, "phones", 0, "number"), {"n": 1}, "The phone number is not text, so it was left out."),
        ((*LOCATION, "phones"), True, "The phones of its location are not a list, so they were left out."),
        ((*LOCATION, "schedules"), {"byday": "MO"}, "The opening hours of its location are not a list"),
        (("service_at_locations", 0, "schedules"), "Mon 9-5", "The opening hours of its location are not a list"),
        (("application_process",), ["Call us"], "The application process is not text, so it was left out."),
        (("eligibility_description",), {"en": "Carers"}, "The eligibility description is not text, so it was"),
        (("languages", 0), {"id": str(uuid.uuid4()), "name": ["Polish"]}, "1 language with no name or code"),
    ],
)
def test_extension_fields_of_the_wrong_type_are_left_out_with_a_warning(feed_directory, path, value, warning):
    record = hub_record()
    set_path(record, path, value)
    report = import_openreferral("feed.json", json.dumps([record]).encode())
    result = report.results[0]
    assert result.action == "created", result.problems
    assert any(line.startswith(warning) for line in result.warnings), result.warnings
    assert ServicePage.objects.get(reference=HUB_ID).title == "Havering Carers Hub"


@pytest.mark.django_db
def test_ids_that_are_lists_or_records_and_json_nested_too_deeply_get_plain_messages(feed_directory, serve, tmp_path):
    hub = hub_record()
    page = {"contents": [{"id": ["a", "b"], "name": "List id"}, {"id": {"x": 1}, "name": "Record id"}, hub]}
    server = serve({"/oruk/services?page=1&per_page=100": as_json(page | {"last_page": True})})
    report = import_openreferral(f"{server.url}/oruk/", dry_run=True, allow_private=True)
    assert [result.action for result in report.results] == ["rejected", "rejected", "created"]
    assert 'The id is ["a", "b"], but the standard needs text.' in report.results[0].problems
    assert 'The id is {"x": 1}, but the standard needs text.' in report.results[1].problems

    too_deep = deep(100_000).encode()
    path = tmp_path / "deep.json"
    path.write_bytes(too_deep)
    with pytest.raises(CommandError, match="“deep.json” is nested too deeply to be Open Referral UK services."):
        import_command(str(path))
    server = serve({"/oruk/services?page=1&per_page=100": (200, too_deep, "application/json")})
    with pytest.raises(CommandError, match="sent JSON nested too deeply to be Open Referral UK services"):
        import_command(f"{server.url}/oruk/")

    # Deep, but not too deep to parse: in a field the schema checks, and in one it does not.
    text = json.dumps([hub | {"alert": "DEEP"}, hub_record() | {"id": str(uuid.uuid4()), "extra": "DEEP"}])
    report = import_openreferral("feed.json", text.replace('"DEEP"', deep(600)).encode(), dry_run=True)
    assert report.results[0].action == "rejected" and len(report.results[0].problems) == 1
    assert report.results[1].action == "created"


@pytest.mark.django_db
def test_details_we_have_nowhere_to_put_are_named_in_a_warning(feed_directory):
    record = hub_record() | {
        "cost_options": [{"id": str(uuid.uuid4()), "option": "Session", "amount": 5}],
        "minimum_age": 18,
        "maximum_age": 0,
        "alert": "Closed in August.",
        "accreditations": "Quality mark",
        "funding": [{"id": str(uuid.uuid4()), "source": "The council"}],
        "fees_description": "Free for carers.",
        "interpretation_services": "",  # empty: nothing is lost
    }
    record["contacts"][0] |= {"name": "Jo Bloggs", "title": "Coordinator", "email": "jo@example.org"}
    location = record["service_at_locations"][0]["location"]
    location |= {
        "description": "Upstairs at the library",
        "accessibility": [{"id": str(uuid.uuid4()), "description": "Step-free access"}],
        "schedules": [{"id": str(uuid.uuid4()), "freq": "WEEKLY", "byday": "SU", "opens_at": "10:00"}],
    }
    record["attributes"].append({"id": str(uuid.uuid4()), "taxonomy_term_id": "1f0e0d0c-0b0a-4909-8807-060504030201"})
    record["service_areas"].append({"id": str(uuid.uuid4()), "extent": "POLYGON((0 51, 0 52, 1 52, 0 51))"})
    record["languages"].append({"id": str(uuid.uuid4()), "service_id": HUB_ID})  # as the UK profile has them
    result = import_openreferral("feed.json", json.dumps([record]).encode()).results[0]
    assert result.action == "created", result.problems
    assert result.warnings == [
        "The opening hours of its location were left out: the service has its own.",
        "These terms are given only by their ids, with no name to match ours, so they were left out: "
        "“1f0e0d0c-0b0a-4909-8807-060504030201”.",
        "1 service area given only as a map shape (extent) was left out: we match areas by their names.",
        "1 language with no name or code was left out: we cannot tell which language it is.",
        "These details have nowhere to go here, so they were left out: cost_options, minimum_age, maximum_age, "
        "alert, accreditations, funding, fees_description, contacts › name, contacts › title, contacts › email, "
        "location › name, location › description, location › accessibility.",
    ]


@pytest.mark.django_db
def test_a_location_description_that_only_repeats_its_address_is_not_a_lost_detail(feed_directory):
    record = hub_record()
    record["contacts"][0]["name"] = "Havering carers hub"  # only the service's name
    location = record["service_at_locations"][0]["location"]
    location |= {"name": "Havering Carers Hub", "description": "1 High Street, Romford, RM1 3AB"}
    result = import_openreferral("feed.json", json.dumps([record]).encode()).results[0]
    assert (result.action, result.warnings) == ("created", [])


# --- (7) addresses inside our network ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.0.0.5",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "::1",
        "fe80::1%eth0",
        "fd00::1",
        "::ffff:10.0.0.5",  # IPv4-mapped
        "::ffff:8.8.8.8",
        "64:ff9b::a00:5",  # NAT64 of 10.0.0.5
        "64:ff9b::808:808",  # NAT64 of a public address: refused all the same
        "64:ff9b:1::a00:5",
        "2002:a00:5::1",  # 6to4
        "2001:0:a00:5::1",  # Teredo
        "::a00:5",
        "not an address",
    ],
)
def test_addresses_inside_a_network_or_leading_into_one_are_not_public(address):
    assert not is_public(address)


def test_public_addresses_are_public():
    assert is_public("93.184.216.34") and is_public("2606:2800:220:1:248:1893:25c8:1946")


def fake_dns(monkeypatch, *answers):
    """socket.getaddrinfo giving each answer in turn (a list of addresses), and socket.create_connection
    recording where it was asked to connect, refusing every connection."""
    answers, lookups, connections = list(answers), [], []

    def getaddrinfo(host, port, *args, **kwargs):
        lookups.append(host)
        addresses = answers.pop(0) if len(answers) > 1 else answers[0]
        return [
            (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in addresses
        ]

    def create_connection(address, *args, **kwargs):
        connections.append(address)
        raise ConnectionRefusedError("refused in the test")

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    return lookups, connections


def test_a_connection_goes_to_the_address_that_was_checked(monkeypatch):
    """DNS rebinding: the name gives a public address when checked, then a private one. The connection goes to
    the address that was checked: the name is not looked up again."""
    lookups, connections = fake_dns(monkeypatch, ["93.184.216.34"], ["127.0.0.1"])
    with pytest.raises(ConnectionRefusedError):
        VettedHTTPConnection("feed.example", 8080, timeout=1).connect()
    assert lookups == ["feed.example"] and connections == [("93.184.216.34", 8080)]


def test_a_host_with_any_private_address_is_refused_before_connecting(monkeypatch):
    _lookups, connections = fake_dns(monkeypatch, ["93.184.216.34", "10.0.0.5"])
    with pytest.raises(PrivateAddress):
        VettedHTTPSConnection("feed.example", timeout=1).connect()
    for address in ("64:ff9b::a00:5", "2002:a00:5::1", "::ffff:10.0.0.5"):
        fake_dns(monkeypatch, [address])
        with pytest.raises(FeedError, match="feed.example is an address inside a private network"):
            Fetcher().get("https://feed.example/api/")
    assert not connections


def test_https_checks_the_certificate_against_the_host_name(monkeypatch):
    class Recording(ssl.SSLContext):
        def wrap_socket(self, sock, *args, server_hostname=None, **kwargs):
            self.wrapped = (sock, server_hostname)
            return sock

    context = Recording(ssl.PROTOCOL_TLS_CLIENT)
    monkeypatch.setattr(openreferral_import, "vetted_socket", lambda host, port, *args: f"socket to {host}:{port}")
    connection = VettedHTTPSConnection("feed.example", context=context)
    connection.connect()
    assert context.wrapped == ("socket to feed.example:443", "feed.example")


def test_a_redirect_from_an_allowed_server_to_a_private_address_is_refused(serve, monkeypatch):
    # As if the feed server on 127.0.0.1 were on the internet; 127.0.0.2 stands for an address inside our network.
    monkeypatch.setattr(openreferral_import, "is_public", lambda address: address == "127.0.0.1")
    connections = []
    connect = socket.create_connection
    monkeypatch.setattr(
        socket, "create_connection", lambda address, *a, **k: connections.append(address) or connect(address, *a, **k)
    )
    server = serve({"/oruk/": (302, b"http://127.0.0.2:9/secret", "text/plain")})
    with pytest.raises(FeedError, match=r"127\.0\.0\.2 is an address inside a private network"):
        Fetcher().get(f"{server.url}/oruk/")
    assert [path for path, _accept in server.requests] == ["/oruk/"]
    assert [host for host, _port in connections] == ["127.0.0.1"]
    # The command is run by whoever runs the site: it may use an intranet feed (and follow the redirect).
    with pytest.raises(FeedError, match=r"We could not reach http://127\.0\.0\.1:\d+/oruk/"):
        Fetcher(allow_private=True).get(f"{server.url}/oruk/")


@pytest.mark.django_db
def test_the_admin_lists_services_left_alone_with_the_reason(client, our_directory, django_user_model, tmp_path):
    """Our own export, imported in the admin: every service is one of ours, listed under its own heading."""
    path = tmp_path / "ours.json"
    call_command("export_openreferral", str(path))
    client.force_login(member(django_user_model, "eddie", "Editors"))
    html = client.post(ADMIN_URL, {"file": upload(path.read_bytes())}).content.decode()
    assert "Not changed: one of our own services" in html and "6 already ours (not changed)" in html
    assert "Havering Carers Hub" in html and "it has our id" in html
