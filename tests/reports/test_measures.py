"""Information measures: page views counted without tracking, the admin report, its CSV files and the command."""

import csv
import datetime
import io
import threading
from collections import Counter
from unittest import mock

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import OperationalError, connection, transaction
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from carers_site.models import Area, PageViewDay
from carers_site.ops.roles import EDITORS, ensure_professionals_group
from carers_site.reports import measures
from carers_site.reports.links import user_agent as link_checker_user_agent
from search.models import SearchQueryDay
from tests.factories.directory import DirectoryIndexPageFactory, ServicePageFactory
from tests.factories.resources import GuidancePageFactory
from tests.factories.site import AreaFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

REPORT = "/admin/reports/information-measures/"
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
PASSWORD = "a long enough password 123"


def views_of(page):
    return sum(PageViewDay.objects.filter(page=page).values_list("views", flat=True))


@pytest.fixture
def guidance(home):
    return GuidancePageFactory(parent=home, title="Getting a carer's assessment", slug="assessment")


def read(client, page, **headers):
    return client.get(page.url, HTTP_USER_AGENT=headers.pop("user_agent", BROWSER), **headers)


# --- counting ----------------------------------------------------------------------------------------------


def test_each_get_counts_one_view_and_nothing_about_the_reader_is_kept(client, guidance, crisis_lines):
    first = read(client, guidance)
    assert first.status_code == 200
    assert views_of(guidance) == 1
    read(client, guidance)
    read(client, guidance)

    row = PageViewDay.objects.get()
    assert (row.page_id, row.date, row.views) == (guidance.pk, timezone.localdate(), 3)
    # The row holds the page, the day and the count: nothing else could identify a reader.
    assert sorted(field.name for field in PageViewDay._meta.concrete_fields) == ["date", "id", "page", "views"]
    assert not first.cookies
    assert "Set-Cookie" not in first
    assert not client.cookies


@pytest.mark.parametrize(
    "headers",
    [
        {"user_agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"},
        {"user_agent": "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)"},
        {"user_agent": "Mozilla/5.0 (compatible; SemrushCrawler/1.0)"},
        {"user_agent": "Baiduspider/2.0"},
        {"user_agent": "python-requests/2.32"},
        {"user_agent": ""},
        {"HTTP_SEC_PURPOSE": "prefetch"},
        {"HTTP_SEC_PURPOSE": "prefetch;prerender"},
        {"HTTP_PURPOSE": "prefetch"},
    ],
    ids=["googlebot", "slurp", "crawler", "spider", "script", "no-user-agent", "sec-purpose", "prerender", "purpose"],
)
def test_programs_and_prefetches_are_not_counted(client, guidance, crisis_lines, headers):
    assert read(client, guidance, **headers).status_code == 200
    assert views_of(guidance) == 0


def test_our_own_link_checker_is_not_counted(client, guidance, crisis_lines):
    assert read(client, guidance, user_agent=link_checker_user_agent()).status_code == 200
    assert views_of(guidance) == 0


def test_head_requests_posts_and_missing_pages_are_not_counted(client, guidance, crisis_lines):
    assert client.head(guidance.url, HTTP_USER_AGENT=BROWSER).status_code == 200
    assert client.get(guidance.url + "no-such-page/", HTTP_USER_AGENT=BROWSER).status_code == 404
    client.post(guidance.url, HTTP_USER_AGENT=BROWSER)
    assert PageViewDay.objects.count() == 0


def test_previews_are_not_counted(admin_client, guidance, crisis_lines):
    response = admin_client.get(f"/admin/pages/{guidance.pk}/view_draft/", HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 200
    assert PageViewDay.objects.count() == 0

    request = RequestFactory().get(guidance.url, HTTP_USER_AGENT=BROWSER)
    request.is_preview = True
    served = measures.count_served_pages(lambda page, request, args, kwargs: guidance.serve(request))
    served(guidance, request, (), {})
    assert PageViewDay.objects.count() == 0
    del request.is_preview
    served(guidance, request, (), {})
    assert views_of(guidance) == 1


def test_private_pages_count_only_when_served(client, guidance, crisis_lines, django_user_model):
    restriction = PageViewRestriction.objects.create(page=guidance, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([ensure_professionals_group()])
    assert read(client, guidance).status_code == 302  # sent to sign in
    assert views_of(guidance) == 0

    django_user_model.objects.create_user("visitor", "visitor@example.org", PASSWORD)
    client.login(username="visitor", password=PASSWORD)
    assert read(client, guidance).status_code == 403  # signed in, but not a professional
    assert views_of(guidance) == 0

    nurse = django_user_model.objects.create_user("nurse", "nurse@example.org", PASSWORD)
    nurse.groups.add(ensure_professionals_group())
    client.login(username="nurse", password=PASSWORD)
    assert read(client, guidance).status_code == 200
    assert views_of(guidance) == 1


def test_each_day_has_its_own_count(client, guidance, crisis_lines):
    with time_machine.travel(datetime.datetime(2025, 3, 31, 23, 30, tzinfo=datetime.UTC), tick=False):
        read(client, guidance)  # 00:30 on 1 April in London (summer time)
    with time_machine.travel(datetime.datetime(2025, 4, 2, 9, 0, tzinfo=datetime.UTC), tick=False):
        read(client, guidance)
        read(client, guidance)
    rows = list(PageViewDay.objects.order_by("date").values_list("date", "views"))
    assert rows == [(datetime.date(2025, 4, 1), 1), (datetime.date(2025, 4, 2), 2)]


def test_a_count_written_at_once_is_one_query_once_the_day_has_begun(guidance, django_assert_num_queries):
    measures.count_page_view(guidance.pk)  # PAGE_VIEWS_FLUSH_SECONDS=0 in the test settings: no buffer
    with django_assert_num_queries(1):
        measures.count_page_view(guidance.pk)
    assert views_of(guidance) == 2


def test_two_first_writes_at_once_are_both_counted(guidance):
    """The other process creates today's row after our update found none: our create fails, so we add to it."""
    real_add = measures.add_views
    calls = []

    def other_process_wins(page_id, day, views):
        if not calls:
            PageViewDay.objects.create(page_id=page_id, date=day, views=1)  # the other process's first view
            calls.append(day)
            return 0  # our update ran just before it
        return real_add(page_id, day, views)

    with mock.patch.object(measures, "add_views", side_effect=other_process_wins):
        measures.count_page_view(guidance.pk)
    row = PageViewDay.objects.get()
    assert row.views == 2
    assert PageViewDay.objects.count() == 1


# --- counting without a write per view (PAGE_VIEWS_FLUSH_SECONDS, as in production) --------------------------


@pytest.fixture
def buffered(settings, db):
    """Views added up in memory, as in production. Afterwards whatever is left is written (inside the test's
    transaction) and the timer stopped, so nothing is carried into the next test."""
    settings.PAGE_VIEWS_FLUSH_SECONDS = 60
    yield
    measures.flush_page_views()
    assert measures._timer is None


def writes_to_page_views(queries):
    return [query["sql"] for query in queries if "pageviewday" in query["sql"].lower()]


def test_a_page_cache_hit_makes_no_database_query_and_the_view_is_written_later(
    client, guidance, crisis_lines, buffered, settings
):
    settings.PAGE_CACHE_SECONDS = 600  # the page cache on, as in production
    with CaptureQueriesContext(connection) as made:
        assert read(client, guidance)["X-Page-Cache"] == "miss"
    assert not writes_to_page_views(made.captured_queries)  # a made page is counted without a write too
    for _ in range(3):
        with CaptureQueriesContext(connection) as hit:
            assert read(client, guidance)["X-Page-Cache"] == "hit"
        assert hit.captured_queries == []
    assert views_of(guidance) == 0
    assert measures._timer.is_alive() and measures._timer.interval == 60

    with CaptureQueriesContext(connection) as flush:
        assert measures.flush_page_views() == 4
    assert len(writes_to_page_views(flush.captured_queries)) == 2  # today's first views: an UPDATE, an INSERT
    assert measures._timer is None
    assert views_of(guidance) == 4
    assert measures.flush_page_views() == 0
    assert views_of(guidance) == 4


def test_one_flush_writes_every_page_and_day_in_one_transaction(home, guidance, buffered):
    other = GuidancePageFactory(parent=home, title="Breaks from caring", slug="breaks")
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    PageViewDay.objects.create(page=guidance, date=yesterday, views=5)
    for page_id, day in [(guidance.pk, None), (guidance.pk, yesterday), (other.pk, None), (guidance.pk, None)]:
        measures.count_page_view(page_id, day)
    with mock.patch.object(transaction, "atomic", wraps=transaction.atomic) as atomic:
        assert measures.flush_page_views() == 4
    assert atomic.call_count == 3  # the whole flush, and a savepoint for each of the two new rows
    rows = PageViewDay.objects.order_by("page_id", "date").values_list("page_id", "date", "views")
    today = timezone.localdate()
    assert list(rows) == [(guidance.pk, yesterday, 6), (guidance.pk, today, 2), (other.pk, today, 1)]


def test_counts_survive_the_worker_stopping(guidance, buffered):
    """gunicorn calls worker_exit as a worker stops (max_requests, a deploy, a timeout); atexit does the same for
    any other process. What the worker counted is written, once."""
    from carers_site import gunicorn

    for _ in range(3):
        measures.count_page_view(guidance.pk)
    assert views_of(guidance) == 0
    gunicorn.worker_exit(server=None, worker=None)
    assert views_of(guidance) == 3
    measures.flush_at_exit()  # atexit runs after worker_exit: nothing is written twice
    assert views_of(guidance) == 3


def test_views_counted_during_a_flush_wait_for_the_next_one(guidance, buffered):
    real_write = measures.write_counts

    def write_while_another_view_comes(counts):
        measures.count_page_view(guidance.pk)  # another thread's reader, while this flush writes
        real_write(counts)

    measures.count_page_view(guidance.pk)
    with mock.patch.object(measures, "write_counts", side_effect=write_while_another_view_comes):
        assert measures.flush_page_views() == 1
    assert views_of(guidance) == 1
    assert measures.flush_page_views() == 1
    assert views_of(guidance) == 2


def test_a_failed_write_keeps_the_views_for_the_next_try(guidance, buffered, caplog):
    measures.count_page_view(guidance.pk)
    measures.count_page_view(guidance.pk)
    with mock.patch.object(measures, "write_views", side_effect=OperationalError("database is locked")):
        assert measures.flush_page_views() == 0
    assert "Could not write 2 page views" in caplog.text
    assert views_of(guidance) == 0
    assert measures._timer is not None  # tried again later
    assert measures.flush_page_views() == 2
    assert views_of(guidance) == 2


def test_views_of_a_deleted_page_are_dropped_with_it(home, guidance, buffered):
    gone = GuidancePageFactory(parent=home, title="Old advice", slug="old")
    measures.count_page_view(gone.pk)
    measures.count_page_view(guidance.pk)
    gone.delete()
    assert measures.flush_page_views() == 2
    assert list(PageViewDay.objects.values_list("page_id", "views")) == [(guidance.pk, 1)]


def test_counting_from_many_threads_while_flushing_loses_and_doubles_nothing(guidance, buffered):
    written = Counter()

    def write(counts):
        written.update(counts)  # no database from the threads: the test database is this thread's transaction

    def read_100_times():
        for _ in range(100):
            measures.count_page_view(guidance.pk)

    readers = [threading.Thread(target=read_100_times) for _ in range(4)]
    with mock.patch.object(measures, "write_counts", side_effect=write):
        for reader in readers:
            reader.start()
        while any(reader.is_alive() for reader in readers):
            measures.flush_page_views()
        for reader in readers:
            reader.join()
        measures.flush_page_views()
    assert written == {(guidance.pk, timezone.localdate()): 400}


def test_the_timer_writes_the_views_without_a_request(guidance, buffered, settings):
    settings.PAGE_VIEWS_FLUSH_SECONDS = 0.05
    written = threading.Event()
    with mock.patch.object(measures, "write_counts", side_effect=lambda counts: written.set()) as write:
        measures.count_page_view(guidance.pk)
        assert written.wait(timeout=10)
    write.assert_called_once_with({(guidance.pk, timezone.localdate()): 1})


def test_the_report_writes_this_process_s_views_first(editor_client, guidance, buffered):
    measures.count_page_view(guidance.pk)
    soup = soup_of(editor_client.get(REPORT))
    assert headline(soup)["Page views"] == "1"


# --- the report --------------------------------------------------------------------------------------------


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("edna", "edna@example.org", PASSWORD, first_name="Edna")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def dataset(home, editor):
    """Views and searches over the last 30 days (and some before), services in two boroughs, overdue pages."""
    today = timezone.localdate()
    days_ago = lambda days: today - datetime.timedelta(days=days)  # noqa: E731
    popular = GuidancePageFactory(parent=home, title="Carer's allowance", slug="allowance")
    quiet = GuidancePageFactory(parent=home, title="Breaks from caring", slug="breaks")
    overdue = GuidancePageFactory(parent=home, title="Old advice", slug="old", owner=editor, review_date=days_ago(10))
    GuidancePageFactory(parent=home, title="Draft advice", slug="draft", live=False, review_date=days_ago(5))
    PageViewDay.objects.bulk_create(
        [
            PageViewDay(page=popular, date=today, views=7),
            PageViewDay(page=popular, date=days_ago(29), views=3),
            PageViewDay(page=popular, date=days_ago(30), views=100),  # before the range
            PageViewDay(page=quiet, date=days_ago(1), views=4),
        ]
    )
    SearchQueryDay.objects.bulk_create(
        [
            SearchQueryDay(date=today, query="respite", searches=5),
            SearchQueryDay(date=days_ago(3), query="respite", searches=2, searches_without_results=1),
            SearchQueryDay(date=days_ago(2), query="blue badge", searches=3, searches_without_results=3),
            SearchQueryDay(date=days_ago(40), query="old words", searches=50, searches_without_results=50),
        ]
    )
    uk = AreaFactory(name="United Kingdom", slug="uk", kind=Area.Kind.COUNTRY)
    london = AreaFactory(name="London", slug="london", kind=Area.Kind.REGION, parent=uk)
    barking = AreaFactory(name="Barking and Dagenham", slug="barking", kind=Area.Kind.BOROUGH, parent=london)
    havering = AreaFactory(name="Havering", slug="havering", kind=Area.Kind.BOROUGH, parent=london)
    directory = DirectoryIndexPageFactory(parent=home)
    for title, area, extra in [
        ("Barking carers hub", barking, {}),
        ("London carers line", london, {}),
        ("UK carers advice", uk, {}),
        ("Draft Barking service", barking, {"live": False}),
        ("Private Havering service", havering, {}),
    ]:
        service = ServicePageFactory(parent=directory, title=title, **extra)
        service.areas_served.set([area])
        service.save()
        if title.startswith("Private"):
            restriction = PageViewRestriction.objects.create(page=service, restriction_type=PageViewRestriction.LOGIN)
            assert restriction.pk
    return {"popular": popular, "quiet": quiet, "overdue": overdue, "barking": barking, "havering": havering}


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def report_tables(soup):
    """{section heading id: rows of cell texts}, for every table in the report."""
    tables = {}
    for section in soup.select("section.app-measures-table"):
        rows = [[cell.get_text(" ", strip=True) for cell in tr.select("th, td")] for tr in section.select("tbody tr")]
        tables[section.h2["id"].removeprefix("measures-")] = rows
    return tables


def headline(soup):
    return {
        item.dt.get_text(strip=True): item.dd.get_text(strip=True) for item in soup.select(".app-measures-figures div")
    }


def test_the_report_shows_the_right_figures_to_an_editor(editor_client, dataset):
    soup = soup_of(editor_client.get(REPORT))
    assert headline(soup) == {
        "Page views": "14",
        "Searches": "10",
        "Searches that found nothing": "40% (4 of 10)",
        "Published services": "3",
        "Pages past their review date": "1",
    }
    tables = report_tables(soup)
    assert tables["top-pages"] == [
        ["Carer's allowance", "Guidance page", "English", "10", "Edit “Carer's allowance”"],
        ["Breaks from caring", "Guidance page", "English", "4", "Edit “Breaks from caring”"],
    ]
    assert tables["top-searches"] == [["respite", "7"], ["blue badge", "3"]]
    assert tables["searches-without-results"] == [["blue badge", "3"], ["respite", "1"]]
    assert tables["services-per-borough"] == [["Havering", "0", "2"], ["Barking and Dagenham", "1", "3"]]
    overdue_on = (timezone.localdate() - datetime.timedelta(days=10)).strftime("%-d %B %Y")
    assert tables["pages-past-review"] == [
        ["Old advice", "Guidance page", "Edna", overdue_on, "10", "Edit “Old advice”"]
    ]

    popular = dataset["popular"]
    first_row = soup.select_one("#measures-top-pages ~ div table tbody tr")
    assert first_row.th.a["href"] == popular.url
    assert first_row.select("td a")[-1]["href"] == f"/admin/pages/{popular.pk}/edit/"
    for section in soup.select("section.app-measures-table"):
        assert section.table.caption.get_text(strip=True)
        assert all(th.get("scope") == "col" for th in section.select("thead th"))


def test_the_report_is_in_the_reports_menu_only_for_people_allowed_to_see_it(editor_client, client, django_user_model):
    assert REPORT in editor_client.get("/admin/").content.decode()  # in the Reports menu

    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    writer = django_user_model.objects.create_user("writer", "writer@example.org", PASSWORD)
    writer.user_permissions.add(admin_access)
    client.force_login(writer)
    for response in (client.get(REPORT), client.get(REPORT, {"export": "top-pages"})):
        assert (response.status_code, response["Location"]) == (302, "/admin/")  # Wagtail's "no permission"
    assert REPORT not in client.get("/admin/", follow=True).content.decode()


def test_empty_tables_say_so_in_plain_words(editor_client, home):
    soup = soup_of(editor_client.get(REPORT))
    text = soup.get_text(" ", strip=True)
    assert "No page views were counted in these dates." in text
    assert "Nobody searched in these dates." in text
    assert "There are no boroughs yet." in text
    assert "No page is past its review date." in text
    assert headline(soup)["Searches that found nothing"] == "No searches"
    assert not soup.select("section.app-measures-table table")


def csv_of(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(b"\xef\xbb\xbf")  # the byte order mark
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_each_table_downloads_in_full_as_csv_matching_the_report(editor_client, dataset):
    today = timezone.localdate()
    start = today - datetime.timedelta(days=29)
    soup = soup_of(editor_client.get(REPORT))
    tables = report_tables(soup)
    links = {a["href"] for a in soup.select("a[download]")}
    assert len(links) == 5

    for name, shown in tables.items():
        link = f"?export={name}&from={start:%Y-%m-%d}&to={today:%Y-%m-%d}"
        assert link in links
        response = editor_client.get(REPORT + link)
        assert response["Content-Disposition"] == (
            f'attachment; filename="{name}-{start:%Y-%m-%d}-to-{today:%Y-%m-%d}.csv"'
        )
        header, *rows = csv_of(response)
        assert len(rows) == len(shown)
        if name in ("top-pages", "pages-past-review"):
            assert header[-2:] == ["Page address", "Edit link"]
            for row, cells in zip(rows, shown, strict=True):
                assert row[-1].endswith("/edit/")
                report_cells = cells[:-1]  # all but the "Edit" link
                if name == "pages-past-review":
                    report_cells[3] = datetime.datetime.strptime(report_cells[3], "%d %B %Y").date().isoformat()
                assert row[: len(report_cells)] == report_cells
        else:
            assert rows == shown

    header, *rows = csv_of(editor_client.get(REPORT + f"?export=top-pages&from={start:%Y-%m-%d}&to={today:%Y-%m-%d}"))
    assert header == ["Page", "Type", "Language", "Views", "Page address", "Edit link"]
    popular = dataset["popular"]
    assert rows[0] == [
        "Carer's allowance",
        "Guidance page",
        "English",
        "10",
        popular.full_url,
        f"http://testserver/admin/pages/{popular.pk}/edit/",
    ]


def test_csv_has_every_row_though_the_report_shows_20(editor_client, home):
    today = timezone.localdate()
    SearchQueryDay.objects.bulk_create(
        [SearchQueryDay(date=today, query=f"words {number:02}", searches=100 - number) for number in range(25)]
    )
    soup = soup_of(editor_client.get(REPORT))
    assert len(report_tables(soup)["top-searches"]) == 20
    assert "Showing the first 20. 5 more rows are in the CSV file." in soup.get_text(" ", strip=True)
    header, *rows = csv_of(editor_client.get(REPORT, {"export": "top-searches"}))
    assert len(rows) == 25
    assert rows[-1] == ["words 24", "76"]


def test_a_chosen_date_range_changes_the_figures(editor_client, dataset):
    today = timezone.localdate()
    start = today - datetime.timedelta(days=40)
    soup = soup_of(editor_client.get(REPORT, {"from": f"{start:%Y-%m-%d}", "to": f"{today:%Y-%m-%d}"}))
    assert headline(soup)["Page views"] == "114"
    assert headline(soup)["Searches that found nothing"] == "90% (54 of 60)"
    assert soup.select_one("input[name=from]")["value"] == f"{start:%Y-%m-%d}"
    assert "(41 days)" in soup.select_one("#measures-headline").get_text()


@pytest.mark.parametrize(
    ("dates", "field", "message"),
    [
        ({"from": "2025-02-30", "to": "2025-03-10"}, "from", "Enter a real date, for example"),
        ({"from": "", "to": "2025-03-10"}, "from", "Enter a date, for example"),
        ({"from": "2025-03-10", "to": "2025-03-01"}, "from", "The first day must be on or before the last day."),
        ({"from": "2025-03-01", "to": "2999-01-01"}, "to", "The last day cannot be after today"),
    ],
)
def test_wrong_dates_are_explained_and_the_good_ones_kept(editor_client, dataset, dates, field, message):
    soup = soup_of(editor_client.get(REPORT, dates))
    assert soup.select_one("[role=alert]")
    errors = soup.select_one(f"input[name={field}]").find_parent(class_="w-field__wrapper").get_text(" ", strip=True)
    assert message in errors
    assert soup.select_one("input[name=to]")["value"] == dates["to"]
    assert not soup.select(".app-measures-figures")  # no figures for dates that cannot be used
    export = editor_client.get(REPORT, {**dates, "export": "top-pages"})
    assert export["Content-Type"].startswith("text/html")


def test_an_unknown_table_is_not_found(editor_client, home):
    assert editor_client.get(REPORT, {"export": "passwords"}).status_code == 404


# --- the command -------------------------------------------------------------------------------------------


def test_the_command_prints_the_figures_and_top_tens(dataset):
    out = io.StringIO()
    call_command("measures_report", "--days", "30", stdout=out, no_color=True)
    text = out.getvalue()
    today = timezone.localdate()
    assert f"Information measures, {today - datetime.timedelta(days=29)} to {today} (30 days)" in text
    lines = text.splitlines()
    figures = dict(line.strip().split(": ", 1) for line in lines[1:6])
    assert {label: figure.strip() for label, figure in figures.items()} == {
        "Page views": "14",
        "Searches": "10",
        "Searches that found nothing": "40% (4 of 10)",
        "Published services": "3",
        "Pages past their review date": "1",
    }
    top_pages = lines.index("Top pages")
    assert lines[top_pages + 2].split() == ["Carer's", "allowance", "Guidance", "page", "English", "10"]
    assert "Havering" in lines[lines.index("Services per borough") + 2]
    overdue = lines[lines.index("Pages past their review date") + 2].split()
    assert overdue[:4] == ["Old", "advice", "Guidance", "page"] and overdue[-1] == "10"

    out = io.StringIO()
    call_command("measures_report", "--days", "41", stdout=out, no_color=True)
    assert out.getvalue().splitlines()[1].split() == ["Page", "views:", "114"]


def test_the_command_refuses_a_range_of_no_days(db):
    with pytest.raises(CommandError, match="at least 1"):
        call_command("measures_report", "--days", "0")
