"""Spreadsheet import: valid rows in, bad rows reported with reasons, no duplicates, nothing half done."""

import csv
import io
import re

import openpyxl
import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Locale

from carers_site.dev.sample_data import (
    AUDIENCES,
    BOROUGHS,
    CARE_AREAS,
    INTERVENTIONS,
    LANGUAGES,
    rows_to_csv,
    sample_rows,
)
from carers_site.models import Language
from directory import importer
from directory.importer import COLUMN_NAMES, ImportFileError, import_services
from directory.models import Organisation, ServicePage
from tests.factories.directory import DirectoryIndexPageFactory
from tests.factories.site import AreaFactory, AudienceFactory, CareAreaFactory, InterventionFactory

pytestmark = pytest.mark.postgres


@pytest.fixture
def sheet_directory(home):
    """A directory page and every taxonomy term the generated sample rows use."""
    uk = AreaFactory(name="United Kingdom", slug="uk", kind="country")
    london = AreaFactory(name="London", slug="london", kind="region", parent=uk)
    for slug in BOROUGHS:
        AreaFactory(name=slug.replace("-", " ").title(), slug=slug, parent=london)
    for factory, slugs in [
        (AudienceFactory, AUDIENCES + ["young-carers", "older-carers", "working-carers"]),
        (CareAreaFactory, CARE_AREAS),
        (InterventionFactory, INTERVENTIONS + ["young-carers-support", "money-and-benefits-advice"]),
    ]:
        for slug in slugs:
            factory(slug=slug, name=slug.replace("-", " ").capitalize())
    for code, name in [("en", "English"), ("ur", "Urdu"), ("pl", "Polish"), ("bn", "Bengali"), ("pa", "Punjabi")]:
        Language.objects.get_or_create(code=code, defaults={"name": name, "english_name": name})
    assert set(LANGUAGES) <= set(Language.objects.values_list("code", flat=True))
    return DirectoryIndexPageFactory(parent=home)


def csv_bytes(rows, columns=COLUMN_NAMES):
    handle = io.StringIO()
    writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return handle.getvalue().encode()


@pytest.mark.django_db
def test_200_rows_with_20_bad_imports_180_reports_20_and_a_second_run_adds_nothing(sheet_directory, tmp_path, capsys):
    """The same at 1,000 rows and more is timed by ``python -m carers_site.dev.benchmark_import`` (not a test)."""
    path = tmp_path / "services.csv"
    path.write_bytes(rows_to_csv(sample_rows(200, bad=20)))

    call_command("import_services", str(path))
    out = capsys.readouterr().out
    assert "200 rows read: 180 were added, 0 were updated, 0 unchanged, 20 rejected." in out
    assert ServicePage.objects.live().count() == 180

    with open(tmp_path / "services-rejected.csv", newline="") as handle:
        rejected = list(csv.DictReader(handle))
    assert len(rejected) == 20
    assert all(row["problems"].strip() for row in rejected)  # a reason for each
    assert len({row["row"] for row in rejected}) == 20
    reasons = " ".join(row["problems"] for row in rejected)
    for expected in [
        "The phone number “020 8554 049” is not a valid UK number",
        "The email “help-at-example.org” is not an email address",
        "The website “https://exa mple” is not a web address",
        "The postcode “IG11 77LU” is not a full UK postcode",
        "Unknown area: “Atlantis”",
        "Unknown audience: “everyone-ish”",
        "Opening hours: “weekdays 9 till 5” is not opening hours such as Mon-Fri 09:00-17:00",
        "The name is missing.",
        "Last verified: “31/02/2026” is not a date",
        "Latitude and longitude must both be numbers",
    ]:
        assert expected in reasons

    call_command("import_services", str(path))
    assert "200 rows read: 0 were added, 0 were updated, 180 unchanged, 20 rejected." in capsys.readouterr().out
    assert ServicePage.objects.count() == 180
    assert ServicePage.objects.values("reference").distinct().count() == 180


@pytest.mark.django_db
def test_a_changed_row_updates_the_same_service_with_a_new_revision(sheet_directory):
    rows = sample_rows(3)
    import_services("a.csv", csv_bytes(rows))
    service = ServicePage.objects.get(reference="SAMPLE-00002")
    rows[1]["phones"] = "Helpline: 0800 783 1853"
    rows[1]["opening_hours"] = "Sat 10:00-12:00"
    report = import_services("a.csv", csv_bytes(rows))
    assert (report.count("created"), report.count("updated"), report.count("unchanged")) == (0, 1, 2)
    service = ServicePage.objects.get(pk=service.pk)
    assert [(p.label, p.number) for p in service.phones.all()] == [("Helpline", "0800 783 1853")]
    assert service.hours_summary() == ["Sat 10am-noon"]
    assert service.revisions.count() == 2
    assert ServicePage.objects.count() == 3


@pytest.mark.django_db
def test_dry_run_changes_nothing(sheet_directory, tmp_path, capsys):
    path = tmp_path / "s.csv"
    path.write_bytes(rows_to_csv(sample_rows(20, bad=2)))
    call_command("import_services", str(path), "--dry-run")
    out = capsys.readouterr().out
    assert "Dry run: nothing was changed." in out
    assert "20 rows read: 18 would be added" in out
    assert not ServicePage.objects.exists() and not Organisation.objects.exists()


@pytest.mark.django_db
def test_all_or_nothing_imports_nothing_when_a_row_is_bad(sheet_directory):
    report = import_services("s.csv", rows_to_csv(sample_rows(10, bad=1)), all_or_nothing=True)
    assert report.count("rejected") == 1 and report.count("not imported") == 9
    assert not ServicePage.objects.exists()


@pytest.mark.django_db
def test_a_failure_part_way_leaves_nothing_half_imported(sheet_directory, monkeypatch):
    real_save, calls = importer.Saver.save, []

    def failing_save(self, clean, page):
        calls.append(clean.reference)
        if len(calls) == 5:
            raise RuntimeError("disk full")
        return real_save(self, clean, page)

    monkeypatch.setattr(importer.Saver, "save", failing_save)
    with pytest.raises(RuntimeError):
        import_services("s.csv", rows_to_csv(sample_rows(10)))
    assert not ServicePage.objects.exists()
    assert not Organisation.objects.exists()


@pytest.mark.django_db
def test_duplicate_ids_in_one_file_are_rejected(sheet_directory):
    rows = sample_rows(2)
    rows[1]["id"] = rows[0]["id"].lower()
    report = import_services("s.csv", csv_bytes(rows))
    assert report.count("created") == 1
    assert report.rejected[0].problems == ["The id “sample-00001” is also used on row 2."]


@pytest.mark.django_db
def test_excel_files_import_with_dates_and_numbers_as_excel_stores_them(sheet_directory):
    import datetime

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["ID", "Name", "Phones", "Last verified", "Areas", "Opening hours"])
    sheet.append(["XL-1", "Bexley carers centre", 2085540490, datetime.datetime(2026, 10, 1), "bexley", "24/7"])
    sheet.append(["XL-2", "", "", "", "", ""])
    data = io.BytesIO()
    workbook.save(data)
    report = import_services("services.xlsx", data.getvalue())
    assert report.count("created") == 1 and report.count("rejected") == 1
    service = ServicePage.objects.get(reference="XL-1")
    assert service.phones.get().number == "02085540490"  # Excel dropped the 0; it is put back
    assert service.last_verified == datetime.date(2026, 10, 1)
    assert service.open_24_7
    assert [a.slug for a in service.areas_served.all()] == ["bexley"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name, data, message",
    [
        ("s.csv", b"", "The file is empty"),
        ("s.csv", b"title,phone\nA,020 8554 0490\n", "Missing: id, name"),
        ("s.csv", b"\x00\x01binary", "has binary content"),
        ("s.pdf", b"%PDF-1.4", "is not a CSV or Excel (.xlsx) file"),
        ("s.xlsx", b"PK\x03\x04 not really a zip", "This Excel file could not be opened"),
    ],
)
def test_unreadable_files_get_a_clear_message(sheet_directory, name, data, message):
    with pytest.raises(ImportFileError, match=re.escape(message)):
        import_services(name, data)


@pytest.mark.django_db
def test_the_command_reports_a_missing_file_plainly(sheet_directory):
    with pytest.raises(CommandError, match="There is no file at /nowhere.csv"):
        call_command("import_services", "/nowhere.csv")


@pytest.mark.django_db
def test_export_has_the_import_layout_and_imports_back_unchanged(sheet_directory, tmp_path):
    import_services("s.csv", rows_to_csv(sample_rows(12)))
    call_command("export_services", str(tmp_path / "out.csv"))
    data = (tmp_path / "out.csv").read_bytes()
    exported = list(csv.DictReader(io.StringIO(data.decode())))
    assert list(exported[0]) == COLUMN_NAMES
    assert len(exported) == 12
    first = next(row for row in exported if row["id"] == "SAMPLE-00001")
    assert first["name"] == sample_rows(1)[0]["name"]
    report = import_services("out.csv", data)
    assert report.count("unchanged") == 12, [r.problems for r in report.rejected]


@pytest.mark.django_db
def test_the_shipped_sample_file_imports_cleanly(sheet_directory):
    from directory.admin_views import SAMPLE_FILE

    report = import_services(SAMPLE_FILE.name, SAMPLE_FILE.read_bytes())
    assert report.count("created") == 3, [r.problems for r in report.rejected]
    young = ServicePage.objects.get(reference="RED-0002")
    assert young.website == "https://example.org/young-carers"  # https:// added
    assert young.areas_served.get().slug == "redbridge"  # matched by name


@pytest.mark.django_db
def test_admin_upload_checks_then_imports_and_offers_the_report(admin_client, sheet_directory):
    data = rows_to_csv(sample_rows(10, bad=1))
    url = "/admin/directory-import/"
    assert admin_client.get(url).status_code == 200

    upload = io.BytesIO(data)
    upload.name = "services.csv"
    response = admin_client.post(url, {"file": upload, "dry_run": "on"})
    html = response.content.decode()
    assert "Check results (nothing was changed)" in html
    assert "10 rows read: 9 would be added" in html
    assert not ServicePage.objects.exists()

    upload = io.BytesIO(data)
    upload.name = "services.csv"
    html = admin_client.post(url, {"file": upload}).content.decode()
    assert "Import finished" in html and "9 were added" in html
    assert ServicePage.objects.count() == 9
    report_url = html.split('href="/admin/directory-import/report/')[1].split('"')[0]
    report = admin_client.get(f"/admin/directory-import/report/{report_url}")
    rows = list(csv.DictReader(io.StringIO(report.content.decode())))
    assert len(rows) == 1 and "not a valid UK number" in rows[0]["problems"]

    wrong = io.BytesIO(b"hello")
    wrong.name = "notes.docx"
    html = admin_client.post(url, {"file": wrong}).content.decode()
    assert "Choose a .csv or .xlsx file." in html


@pytest.mark.django_db
def test_people_who_cannot_add_services_cannot_import(client, sheet_directory, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("reader", password="x-long-password")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/directory-import/").status_code in (302, 403)
    assert client.get("/admin/directory-import/export/").status_code in (302, 403)
    assert Locale.objects.exists()
