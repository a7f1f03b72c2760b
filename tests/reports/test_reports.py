"""The "Needs checking" admin reports: services not checked for a year, and pages past their review date."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import Locale

from carers_site.reports.needs_checking import months_ago
from resources.models import GuidancePage
from tests.factories.directory import DirectoryIndexPageFactory, OrganisationFactory, ServicePageFactory
from tests.factories.resources import GuidancePageFactory, LeafletIndexPageFactory, LeafletPageFactory

pytestmark = pytest.mark.django_db

SERVICES_REPORT = "/admin/reports/services-to-check/"
PAGES_REPORT = "/admin/reports/pages-to-review/"


def table_rows(response):
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [[td.get_text(" ", strip=True) for td in tr.select("td")] for tr in soup.select("table tbody tr")]


def csv_rows(response):
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(body.decode("utf-8"))))


@pytest.fixture
def services(home):
    today = timezone.localdate()
    directory = DirectoryIndexPageFactory(parent=home)
    org = OrganisationFactory(name="Carers First")
    return {
        "unverified": ServicePageFactory(parent=directory, title="Never checked", organisation=org, last_verified=None),
        "old": ServicePageFactory(
            parent=directory, title="Checked 13 months ago", organisation=None, last_verified=months_ago(today, 13)
        ),
        "just_over": ServicePageFactory(
            parent=directory,
            title="Checked a year and a day ago",
            last_verified=months_ago(today, 12) - datetime.timedelta(days=1),
        ),
        "a_year": ServicePageFactory(
            parent=directory, title="Checked a year ago today", last_verified=months_ago(today, 12)
        ),
        "recent": ServicePageFactory(
            parent=directory, title="Checked last month", last_verified=today - datetime.timedelta(days=30)
        ),
        "draft": ServicePageFactory(parent=directory, title="Draft service", last_verified=None, live=False),
    }


def test_services_report_lists_unverified_and_old_services_oldest_first(admin_client, services):
    rows = table_rows(admin_client.get(SERVICES_REPORT))
    assert [row[0] for row in rows] == ["Never checked", "Checked 13 months ago", "Checked a year and a day ago"]
    assert rows[0][1:3] == ["Carers First", "Never"]
    assert rows[1][1] == ""

    soup = BeautifulSoup(admin_client.get(SERVICES_REPORT).content, "html.parser")
    link = soup.select_one("table tbody tr td a")
    assert link["href"] == f"/admin/pages/{services['unverified'].pk}/edit/"


def test_services_report_csv_and_xlsx(admin_client, services):
    rows = csv_rows(admin_client.get(SERVICES_REPORT, {"export": "csv"}))
    assert rows[0] == ["Service", "Organisation", "Last verified", "Review date", "Edit link"]
    old = services["old"]
    # Made without a review date, a service gets the default: due a review a year from the day it was made.
    a_year_ahead = timezone.localdate() + datetime.timedelta(days=365)
    assert rows[1] == [
        "Never checked",
        "Carers First",
        "Never",
        a_year_ahead.isoformat(),
        f"http://testserver/admin/pages/{services['unverified'].pk}/edit/",
    ]
    assert rows[2][:3] == ["Checked 13 months ago", "", old.last_verified.isoformat()]
    assert len(rows) == 4

    response = admin_client.get(SERVICES_REPORT, {"export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_services_report_empty_state(admin_client, home):
    directory = DirectoryIndexPageFactory(parent=home)
    ServicePageFactory(parent=directory, title="Checked this week", last_verified=timezone.localdate())
    response = admin_client.get(SERVICES_REPORT)
    assert table_rows(response) == []
    assert "Every service has been checked in the last 12 months." in response.content.decode()


def test_pages_report_lists_every_page_type_past_its_review_date(admin_client, home):
    today = timezone.localdate()
    overdue = GuidancePageFactory(
        parent=home, title="Carer's assessment", review_date=today - datetime.timedelta(days=3)
    )
    GuidancePageFactory(parent=home, title="Taking a break", review_date=today + datetime.timedelta(days=30))
    GuidancePageFactory(parent=home, title="Due today", review_date=today)
    # Pages made before the review date was required may still have none: they are not listed.
    no_date = GuidancePageFactory(parent=home, title="No review date")
    GuidancePage.objects.filter(pk=no_date.pk).update(review_date=None)
    GuidancePageFactory(
        parent=home, title="Draft guidance", review_date=today - datetime.timedelta(days=400), live=False
    )
    leaflets = LeafletIndexPageFactory(parent=home)
    LeafletPageFactory(parent=leaflets, title="Old leaflet", review_date=today - datetime.timedelta(days=200))
    directory = DirectoryIndexPageFactory(parent=home)
    ServicePageFactory(
        parent=directory,
        title="Service to review",
        review_date=today - datetime.timedelta(days=50),
        last_verified=today,
    )

    rows = table_rows(admin_client.get(PAGES_REPORT))
    assert [row[:2] for row in rows] == [
        ["Old leaflet", "Leaflet"],
        ["Service to review", "Service"],
        ["Carer's assessment", "Guidance page"],
    ]

    rows = csv_rows(admin_client.get(PAGES_REPORT, {"export": "csv"}))
    assert rows[0] == ["Page", "Type", "Review date", "Edit link"]
    assert rows[3] == [
        "Carer's assessment",
        "Guidance page",
        overdue.review_date.isoformat(),
        f"http://testserver/admin/pages/{overdue.pk}/edit/",
    ]


def test_pages_report_empty_state(admin_client, home):
    GuidancePageFactory(parent=home, title="Up to date", review_date=timezone.localdate() + datetime.timedelta(days=1))
    response = admin_client.get(PAGES_REPORT)
    assert table_rows(response) == []
    assert "No page is past its review date." in response.content.decode()


def make_user(django_user_model, username, groups=()):
    user = django_user_model.objects.create_user(username=username, password="not-a-real-password-1")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


def test_reports_are_for_editors_only(client, django_user_model, services):
    client.force_login(make_user(django_user_model, "reader"))
    for url in (SERVICES_REPORT, PAGES_REPORT, SERVICES_REPORT + "?export=csv"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == "/admin/"
    assert "Needs checking" not in client.get("/admin/").content.decode()

    client.force_login(make_user(django_user_model, "editor", groups=["Editors"]))
    assert [row[0] for row in table_rows(client.get(SERVICES_REPORT))][0] == "Never checked"
    assert table_rows(client.get(PAGES_REPORT)) == []
    assert "Needs checking: services" in client.get("/admin/").content.decode()


def test_anonymous_visitors_are_sent_to_log_in(client, home):
    assert client.get(SERVICES_REPORT).status_code == 302
    assert client.get(PAGES_REPORT).status_code == 302


def test_reports_list_each_page_once_not_once_per_language(admin_client, home):
    """A translation shares its English page's dates and is checked with it: only the English page is listed."""
    today = timezone.localdate()
    welsh = Locale.objects.get_or_create(language_code="cy")[0]
    guidance = GuidancePageFactory(parent=home, title="Carer's assessment", review_date=today - datetime.timedelta(5))
    directory = DirectoryIndexPageFactory(parent=home)
    service = ServicePageFactory(parent=directory, title="Never checked", last_verified=None)
    for page in (guidance, service):
        translation = page.copy_for_translation(welsh, copy_parents=True)
        translation.save_revision().publish()
    assert GuidancePage.objects.filter(review_date__lt=today).count() == 2  # the Welsh copy is overdue too

    rows = table_rows(admin_client.get(PAGES_REPORT))
    assert [row[0] for row in rows] == ["Carer's assessment"]
    assert admin_client.get(PAGES_REPORT).context["object_list"][0].pk == guidance.pk
    rows = table_rows(admin_client.get(SERVICES_REPORT))
    assert [row[0] for row in rows] == ["Never checked"]
    assert admin_client.get(SERVICES_REPORT).context["object_list"][0].pk == service.pk
