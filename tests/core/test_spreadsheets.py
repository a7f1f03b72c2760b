"""Every spreadsheet the site writes is safe to open (carers_site/core/spreadsheets.py).

Text starting with "=", "+", "-", "@", a tab or a carriage return is put into everything the exports write (service
names through the importer, feedback answers through the public form, page titles, search words, taxonomy terms,
redirects), then every export is downloaded through its real admin URL as a superuser, CSV and Excel where both
are offered, and no cell may start a formula. Wagtail's exports are found from the URL patterns, so a new
report or listing is downloaded here without being named; our own CSV views and commands are listed, and a scan
of the source fails when a module writes CSV or Excel without going through spreadsheets.py.
"""

import csv
import datetime
import io
import re
from pathlib import Path

import openpyxl
import pytest
from django.core.management import call_command
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query

from carers_site.core import spreadsheets
from carers_site.core.spreadsheets import neutralise, unescape_cell
from carers_site.management.commands.check_links import Command as CheckLinksCommand
from carers_site.models import Area
from carers_site.reports.measures_report import Measures
from directory.importer import import_services
from directory.models import GapMapPage, ServicePage
from search.models import SearchQueryDay
from tests.factories.directory import DirectoryIndexPageFactory
from tests.factories.resources import GuidancePageFactory
from tests.factories.site import AreaFactory, FeedbackFormPageFactory, InterventionFactory

pytestmark = pytest.mark.django_db

#: One value per dangerous first character (tab and CR ones differ from "=1+1" once stripped, to tell them apart).
PAYLOADS = ["=1+1", "+2+2", "-3+3", "@SUM(4,4)", "\t=5+5", "\r=6+6"]
FORMULA_FIRST = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ROOT = Path(__file__).resolve().parents[2]


def dangerous(value, also=()):
    # also: a newline for Excel files, which give a stored carriage return back as a newline
    first = FORMULA_FIRST + tuple(also)
    return isinstance(value, str) and value.startswith(first) and not PLAIN_NUMBER.fullmatch(value)


def body_of(response):
    assert response.status_code == 200, response.status_code
    assert response["Content-Disposition"].startswith("attachment")
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_cells(data):
    """Every cell of a CSV file; fails on a cell that would start a formula. Returns the neutralised texts."""
    if isinstance(data, bytes):
        data = data.decode("utf-8-sig")
    escaped = set()
    for row in csv.reader(io.StringIO(data, newline="")):
        for cell in row:
            assert not dangerous(cell), f"live formula in CSV: {cell!r}"
            if cell.startswith("'") and dangerous(cell[1:]):
                escaped.add(cell[1:].strip())
    return escaped


def xlsx_cells(data):
    """Every cell of an Excel file; fails on a formula cell, or formula-like text not marked as text."""
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    escaped = set()
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"formula cell in Excel file: {cell.value!r}"
                if dangerous(cell.value, also="\n"):
                    assert cell.data_type == "s" and cell.quotePrefix, f"unmarked formula-like text: {cell.value!r}"
                    escaped.add(cell.value.strip())
                elif isinstance(cell.value, str) and cell.value.startswith("'") and dangerous(cell.value[1:], "\n"):
                    escaped.add(cell.value[1:].strip())
    return escaped


def expected(payloads=PAYLOADS):
    return {payload.strip() for payload in payloads}


# --- the functions ---------------------------------------------------------------------------------------


def test_formula_like_text_is_neutralised_and_numbers_and_dates_are_kept():
    for payload in PAYLOADS:
        assert neutralise(payload) == "'" + payload
        assert unescape_cell(neutralise(payload)) == payload
    for kept in (-3, 2.5, "-3", "+44", "-0.0190", "1e-5", "Carers centre", "", None, datetime.date(2026, 1, 2)):
        assert neutralise(kept) == kept
    assert unescape_cell("'Tis the season") == "'Tis the season"  # only our own mark is taken off
    assert spreadsheets.spreadsheet_safe(datetime.date(2026, 1, 2)) == "2026-01-02"


def test_the_writers_neutralise_every_cell_in_csv_and_excel():
    handle = io.StringIO()
    spreadsheets.write_csv(handle, ["=Heading", "Count"], [[payload, -3] for payload in PAYLOADS])
    assert csv_cells(handle.getvalue()) == expected() | {"=Heading"}
    assert "\n'=1+1,-3" in handle.getvalue().replace("\r\n", "\n")  # the number stays a number

    output = io.BytesIO()
    when = datetime.datetime(2026, 1, 2, 9, 30)
    spreadsheets.write_xlsx(output, ["=Heading", "Count", "When"], [[payload, -3, when] for payload in PAYLOADS])
    assert xlsx_cells(output.getvalue()) == expected() | {"=Heading"}
    sheet = openpyxl.load_workbook(io.BytesIO(output.getvalue())).worksheets[0]
    assert [cell.value for cell in sheet[2]] == ["=1+1", -3, when]  # the text itself is unchanged in Excel
    assert sheet["B2"].data_type == "n"


# --- data for every export ------------------------------------------------------------------------------


@pytest.fixture
def world(home, admin_user):
    today = timezone.localdate()
    directory = DirectoryIndexPageFactory(parent=home)
    # Service names, organisations and summaries through the spreadsheet import, as an editor would bring them.
    rows = ["id,name,organisation,summary,latitude,longitude"]
    for number, payload in enumerate(PAYLOADS):
        quoted = '"' + payload.replace('"', '""') + '"'
        rows.append(f"svc-{number},{quoted},{quoted},{quoted},51.5830,-0.0190")
    report = import_services("services.csv", "\n".join(rows).encode(), user=admin_user)
    assert report.count("created") == len(PAYLOADS), report.summary()
    # Page titles: the review-date, translation, aging, locked-pages and site-history reports.
    pages = []
    for number, payload in enumerate(PAYLOADS):
        page = GuidancePageFactory(
            parent=home, title=payload, slug=f"payload-{number}", review_date=today - datetime.timedelta(days=3)
        )
        page.save_revision(user=admin_user).publish(user=admin_user)
        pages.append(page)
    pages[0].locked, pages[0].locked_by, pages[0].locked_at = True, admin_user, timezone.now()
    pages[0].save()
    # Search words (our report and the measures) and Wagtail's search-promotion terms.
    for payload in PAYLOADS:
        SearchQueryDay.objects.create(date=today, query=payload, searches=3, searches_without_results=1)
        Query.objects.create(query_string=payload).add_hit()
    Redirect.objects.create(old_path="/old-leaflet", redirect_link="=HYPERLINK(1)")
    # Taxonomy terms and a service using them: the gap map.
    london = AreaFactory(name="London", slug="london", kind=Area.Kind.REGION)
    borough = AreaFactory(name="=Borough", slug="borough", parent=london)
    interventions = [InterventionFactory(name=p, slug=f"intervention-{n}") for n, p in enumerate(PAYLOADS)]
    service = ServicePage.objects.get(reference="svc-0")
    service.areas_served.set([borough])
    service.interventions.set(interventions)
    service.save_revision().publish()
    gap_map = GapMapPage(title="Gap map", slug="gap-map", summary="Where help is missing.")
    home.add_child(instance=gap_map)
    gap_map.save_revision().publish()
    # Feedback: anonymous answers through the public form (each from its own address: there is a rate limit).
    form_page = FeedbackFormPageFactory(parent=home)
    for number, payload in enumerate(PAYLOADS):
        response = form_page_post(form_page, payload, f"198.51.100.{number + 1}")
        assert response.status_code == 200 and "Thank you" in response.content.decode()
    return {"directory": directory, "form_page": form_page, "gap_map": gap_map}


def form_page_post(page, answer, address):
    from django.test import Client

    return Client().post(page.url, {"your_comments": answer, "website": ""}, REMOTE_ADDR=address)


# --- Wagtail's exports, found from the URL patterns ------------------------------------------------------


def export_views(resolver=None, namespace=None):
    """(URL name, view class, needs arguments) of every SpreadsheetExportMixin view (not the "results" ones,
    which are the same views answering the listing's filters)."""
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            inner = ":".join(filter(None, [namespace, pattern.namespace])) or None
            yield from export_views(pattern, inner)
            continue
        view_class = getattr(pattern.callback, "view_class", None)
        if view_class and issubclass(view_class, SpreadsheetExportMixin):
            if pattern.callback.view_initkwargs.get("results_only"):
                continue
            name = f"{namespace}:{pattern.name}" if namespace else pattern.name
            yield name, view_class, bool(pattern.pattern.regex.groups)


#: Exports not found from the URL patterns (a function picks the view class), with their URLs.
FORM_SUBMISSIONS = "wagtailforms:list_submissions"

#: Exports that must carry the payloads (the rest have none of our data, or no columns: checked all the same).
SEEDED = {
    "services_to_check_report": expected(),
    "pages_to_review_report": expected(),
    "translation_status_report": expected(),
    "search_terms_report": expected(),
    "wagtailadmin_reports:site_history": expected(),
    "wagtailadmin_reports:aging_pages": expected(),
    "wagtailadmin_reports:locked_pages": {"=1+1"},
    "wagtailsearchpromotions:search_terms": {payload.lower() for payload in expected()},  # Query lowercases
    "wagtailredirects:index": {"=HYPERLINK(1)"},
    FORM_SUBMISSIONS: expected(),
}


def every_export_class(base=SpreadsheetExportMixin):
    for view_class in base.__subclasses__():
        yield view_class
        yield from every_export_class(view_class)


#: Export views that are not found from the URL patterns, and why.
NOT_BY_URL = {
    "wagtail.admin.views.generic.models.IndexView": "a base class",
    "wagtail.admin.views.reports.base.ReportView": "a base class",
    "wagtail.admin.views.reports.base.PageReportView": "a base class",
    "carers_site.reports.needs_checking.NeedsCheckingReportView": "a base class",
    "wagtail.contrib.forms.views.SubmissionsListView": "a function picks it: downloaded below (FORM_SUBMISSIONS)",
    "wagtail.admin.views.pages.listing.IndexView": "the page explorer: a function picks it; no columns to export",
    "wagtail.admin.views.pages.listing.ExplorableIndexView": "the page explorer, as above",
    "wagtail.admin.views.pages.usage.ContentTypeUseView": "pages of a type: a function picks it; no columns",
}


def test_every_export_view_is_downloaded_here_or_said_why_not():
    by_url = {view_class for _name, view_class, _args in export_views()}
    others = {f"{c.__module__}.{c.__qualname__}" for c in every_export_class() if c not in by_url}
    assert others == set(NOT_BY_URL)


def test_every_wagtail_export_writes_through_the_safe_writers():
    """A view that writes its own CSV or Excel file would bypass the neutralising: none may."""
    for view_class in every_export_class():
        assert view_class.stream_csv is spreadsheets._stream_csv, view_class
        assert view_class.write_xlsx is spreadsheets._write_xlsx, view_class
        for method in ("as_spreadsheet", "write_csv_response", "write_xlsx_response"):
            assert getattr(view_class, method) is getattr(SpreadsheetExportMixin, method), (view_class, method)


def test_every_admin_export_in_csv_and_excel_is_safe(admin_client, world):
    urls = {name: reverse(name) for name, _view_class, needs_args in export_views() if not needs_args}
    with_args = sorted(name for name, _view_class, needs_args in export_views() if needs_args)
    assert with_args == [], f"give these exports their URL arguments here: {with_args}"
    urls[FORM_SUBMISSIONS] = reverse(FORM_SUBMISSIONS, args=[world["form_page"].pk])
    assert set(SEEDED) <= set(urls)
    for name, url in urls.items():
        found = csv_cells(body_of(admin_client.get(url, {"export": "csv"})))
        response = admin_client.get(url, {"export": "xlsx"})
        assert response["Content-Type"] == XLSX, name
        found_xlsx = xlsx_cells(body_of(response))
        if name in SEEDED:
            assert SEEDED[name] <= found, (name, found)
            assert SEEDED[name] <= found_xlsx, (name, found_xlsx)


# --- our own exports -------------------------------------------------------------------------------------


def test_the_services_export_and_the_import_report_are_safe_and_import_back(admin_client, world, tmp_path):
    data = body_of(admin_client.get(reverse("directory_export")))
    assert csv_cells(data) == expected()
    assert ",-0.019," in data.decode("utf-8-sig")  # a negative number is written as it is
    # The exported file imports back unchanged: the apostrophes come off.
    report = import_services("services.csv", data, dry_run=True)
    assert report.count("unchanged") == len(PAYLOADS), report.summary()

    call_command("export_services", str(tmp_path / "out.csv"))
    assert csv_cells((tmp_path / "out.csv").read_bytes()) == expected()

    bad = "id,name,email\n" + "\n".join(f'r{n},"{p}",not-an-email' for n, p in enumerate(PAYLOADS[:4]))
    upload = io.BytesIO(bad.encode())
    upload.name = "bad.csv"
    response = admin_client.post(reverse("directory_import"), {"file": upload, "dry_run": "on"})
    report_url = re.search(r'href="([^"]+)" download', response.content.decode()).group(1)
    assert csv_cells(body_of(admin_client.get(report_url))) == expected(PAYLOADS[:4])

    (tmp_path / "bad.csv").write_text(bad)
    call_command("import_services", str(tmp_path / "bad.csv"), "--dry-run", stdout=io.StringIO())
    assert csv_cells((tmp_path / "bad-rejected.csv").read_bytes()) == expected(PAYLOADS[:4])


def test_the_gap_map_and_measures_csv_are_safe(admin_client, world):
    response = admin_client.get(f"{world['gap_map'].url}csv/")
    assert csv_cells(body_of(response)) == expected() | {"=Borough"}
    today = timezone.localdate()
    for table in Measures(today - datetime.timedelta(days=29), today).tables:
        found = csv_cells(body_of(admin_client.get(reverse("information_measures"), {"export": table.name})))
        if table.name == "top-searches":
            assert found == expected()


def test_the_link_checker_file_is_safe(tmp_path):
    rows = [{"status": "broken", "page": p, "url": "https://example.org", "reason": p} for p in PAYLOADS]
    CheckLinksCommand().write_csv(tmp_path / "links.csv", rows)
    assert csv_cells((tmp_path / "links.csv").read_bytes()) == expected()


def test_no_module_writes_a_spreadsheet_by_itself():
    """CSV and Excel files are written by carers_site/core/spreadsheets.py only (reading them is fine)."""
    writer = re.compile(r"csv\.(writer|DictWriter)\(|Workbook\(|def (stream_csv|write_xlsx)\b")
    allowed = {
        "site/core/spreadsheets.py",
        "directory/data/build_postcode_districts.py",  # builds the site's own data files, not a download
    }
    offenders = []
    for folder in ("site", "directory", "resources", "search"):
        for path in (ROOT / folder).rglob("*.py"):
            relative = path.relative_to(ROOT).as_posix()
            if relative in allowed or relative.startswith("site/dev/") or "/migrations/" in relative:
                continue
            if writer.search(path.read_text(encoding="utf-8")):
                offenders.append(relative)
    assert offenders == []
