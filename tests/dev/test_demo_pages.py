"""Every live demo page leads somewhere, and the demo reads as fresh on whatever day it is loaded.

The demo is loaded once for this module, with the clock moved to a day years away from when the content was
written, inside a transaction that is rolled back at the end (each test runs in a savepoint within it). A date
written into site/dev/demo/content.py instead of worked out from the load day would show up as overdue or stale.
"""

import datetime
import io
import re

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from carers_site.dev.demo import content
from carers_site.dev.demo.event_dates import event_times
from carers_site.dev.demo.loader import demo_date, demo_review_date
from carers_site.models import EventPage, NewsPage
from carers_site.reports.needs_checking import past_review, verified_cutoff
from carers_site.reports.reviews import pages_due_for_review
from directory.models import ServicePage
from resources.models import ResourcePage

#: The day the demo is loaded in this module: a leap day, in another month and year from the content's writing.
LOAD_DAY = datetime.datetime(2031, 2, 28, 10, 0, tzinfo=datetime.UTC)

#: Parts of <main> that every page has whatever its content, so they do not count as a way onward.
NOT_CONTENT = [".app-share", ".app-draft-translation", ".app-offline-notice", ".app-audio"]

#: A month or a year named in text ("May" only next to a number: "you may" is not a month).
MONTHS = "January February March April June July August September October November December".split()
DATED_TEXT = re.compile(r"\b(" + "|".join(MONTHS) + r")\b|\bMay \d|\d May\b|\b(19|20)\d\d\b")


@pytest.fixture(scope="module")
def demo_loaded_in_2031(django_db_setup, django_db_blocker):
    with time_machine.travel(LOAD_DAY, tick=True), django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=io.StringIO(), stderr=io.StringIO())
        yield
        transaction.set_rollback(True)


def main_content_links(html):
    """The links inside <main>, leaving out the parts every page has (share box, audio, notices)."""
    main = BeautifulSoup(html, "html.parser").find("main")
    assert main is not None
    for selector in NOT_CONTENT:
        for element in main.select(selector):
            element.decompose()
    return [a["href"] for a in main.find_all("a", href=True)]


@pytest.mark.django_db
def test_every_live_demo_page_has_a_link_in_its_main_content(demo_loaded_in_2031, client):
    pages = Page.objects.live().public().filter(depth__gte=2, alias_of__isnull=True).specific()
    checked, dead_ends = 0, []
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        checked += 1
        links = main_content_links(response.content.decode())
        if not links:
            dead_ends.append(page.url)
        assert not [href for href in links if href.startswith("page:")], page.url  # a demo link left unmade
    assert {page.locale.language_code for page in pages} >= {"en", "cy", "ur"}
    assert checked > 50
    assert dead_ends == []


@pytest.mark.django_db
def test_nothing_is_overdue_or_stale_on_the_day_it_loads(demo_loaded_in_2031):
    today = timezone.localdate()
    assert today == LOAD_DAY.date()
    assert list(past_review(Page.objects.live())) == []  # the "Needs checking: review dates" report is empty
    due = list(pages_due_for_review())
    assert due, "the review reminders and the dashboard have a page due soon to show"
    assert all(page.review_date >= today for page in due)
    services = ServicePage.objects.live()
    assert services.filter(last_verified__isnull=True).count() == 0
    assert not services.filter(last_verified__lt=verified_cutoff()).exists()  # "Needs checking: services" is empty
    assert not services.filter(last_verified__gt=today).exists()
    assert not ResourcePage.objects.filter(date_revised__gt=today).exists()
    news = NewsPage.objects.live()
    assert not news.filter(date__gt=today).exists()
    assert news.filter(date__gte=today - datetime.timedelta(days=45)).exists(), "recent news"
    assert all(event.start > timezone.now() for event in EventPage.objects.live())


def page_text(page):
    parts = [page.title, page.slug, page.summary, getattr(page, "location", ""), getattr(page, "booking_details", "")]
    parts += [str(block.render()) for block in page.body]
    return BeautifulSoup(" ".join(str(part) for part in parts), "html.parser").get_text(" ")


@pytest.mark.django_db
def test_news_and_events_name_no_month_or_year(demo_loaded_in_2031):
    pages = [*NewsPage.objects.all(), *EventPage.objects.all()]  # scheduled news too, and every language
    assert len(pages) >= len(content.NEWS) + len(content.EVENTS)
    dated = {page.title: DATED_TEXT.findall(page_text(page)) for page in pages if DATED_TEXT.search(page_text(page))}
    assert dated == {}


@pytest.mark.parametrize(
    "day",
    [datetime.date(2026, 12, 24), datetime.date(2028, 2, 29), datetime.date(2030, 6, 9), datetime.date(2033, 9, 1)],
)
def test_demo_dates_follow_the_day_it_is_loaded(day):
    """Without loading anything: every date the loader works out, on a few days of different months and years."""
    with time_machine.travel(datetime.datetime.combine(day, datetime.time(12), tzinfo=datetime.UTC), tick=False):
        today, now = timezone.localdate(), timezone.now()
        a_year_ago = today - datetime.timedelta(days=365)
        for row in content.SERVICES:
            assert a_year_ago < demo_date(row["last_verified"]) <= today, row["slug"]
            assert (demo_date(row.get("review_date")) or today) >= today, row["slug"]
        for row in [*content.GUIDANCE, *content.EASY_READ["pages"], content.LEAFLET]:
            assert demo_review_date(row) >= today, row["slug"]
        for row in content.RESOURCES:
            assert (demo_date(row.get("date_revised")) or today) <= today, row["slug"]
        for row in content.NEWS:
            if "date" in row:
                assert demo_date(row["date"]) <= today, row["slug"]
        for row in content.EVENTS:
            assert event_times(row, now)[0] > now, row["slug"]
