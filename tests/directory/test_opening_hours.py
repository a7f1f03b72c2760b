"""Opening hours: the spreadsheet syntax, and "open now" in London time on both sides of the clock change."""

import datetime
import zoneinfo

import pytest
import time_machine

from directory.hours import Slot, format_hours, open_status, parse_hours
from directory.models import OpeningTime
from tests.factories.directory import DirectoryIndexPageFactory, ServicePageFactory

LONDON = zoneinfo.ZoneInfo("Europe/London")
WEEKDAYS_9_TO_5 = [Slot(0, 4, datetime.time(9), datetime.time(17))]


def london(*args):
    return datetime.datetime(*args, tzinfo=LONDON)


@pytest.mark.parametrize(
    "moment, season",
    [
        (london(2026, 7, 15, 16, 59), "BST"),  # Wednesday in summer time (UTC+1)
        (london(2026, 1, 14, 16, 59), "GMT"),  # Wednesday in winter (UTC+0)
    ],
)
def test_open_at_4_59pm_and_closed_at_5pm_london_time(moment, season):
    assert moment.tzname() == season
    with time_machine.travel(moment, tick=False):
        status = open_status(False, WEEKDAYS_9_TO_5)
        assert status.is_open, season
        assert status.label == "Open now, closes 5pm"
    with time_machine.travel(moment + datetime.timedelta(minutes=1), tick=False):
        status = open_status(False, WEEKDAYS_9_TO_5)
        assert not status.is_open, season
        assert status.label == "Closed, opens tomorrow 9am"


def test_the_clock_is_read_in_london_not_utc():
    # 16:30 UTC on a summer Wednesday is 17:30 in London: closed, although 16:30 would be open.
    with time_machine.travel(datetime.datetime(2026, 7, 15, 16, 30, tzinfo=datetime.UTC), tick=False):
        assert not open_status(False, WEEKDAYS_9_TO_5).is_open
    # 08:30 UTC on a summer Wednesday is 09:30 in London: open.
    with time_machine.travel(datetime.datetime(2026, 7, 15, 8, 30, tzinfo=datetime.UTC), tick=False):
        assert open_status(False, WEEKDAYS_9_TO_5).is_open


def test_friday_evening_says_it_opens_monday():
    with time_machine.travel(london(2026, 11, 27, 18, 0), tick=False):  # a Friday
        assert open_status(False, WEEKDAYS_9_TO_5).label == "Closed, opens Monday 9am"
    with time_machine.travel(london(2026, 11, 25, 7, 0), tick=False):  # Wednesday, before opening
        assert open_status(False, WEEKDAYS_9_TO_5).label == "Closed, opens today 9am"


def test_bank_holidays_close_a_service_only_when_set():
    easter_monday = london(2026, 4, 6, 11, 0)
    with time_machine.travel(easter_monday, tick=False):
        assert open_status(False, WEEKDAYS_9_TO_5).is_open
        closed = open_status(False, WEEKDAYS_9_TO_5, closed_on_bank_holidays=True)
        assert not closed.is_open
        assert closed.label == "Closed, opens tomorrow 9am"
    # Christmas 2026: Friday 25th and the substitute Monday 28th are both bank holidays.
    with time_machine.travel(london(2026, 12, 24, 18, 0), tick=False):
        assert open_status(False, WEEKDAYS_9_TO_5, closed_on_bank_holidays=True).label == "Closed, opens Tuesday 9am"


def test_24_hours_and_unknown_hours():
    assert open_status(True, []).label == "Open 24 hours"
    assert open_status(True, []).is_open
    unknown = open_status(False, [])
    assert not unknown.known and not unknown.is_open


def test_until_midnight_is_open_in_the_last_minute():
    late = [Slot(0, 6, datetime.time(20), datetime.time(23, 59))]
    with time_machine.travel(london(2026, 11, 25, 23, 59, 30), tick=False):
        assert open_status(False, late).label == "Open now, closes midnight"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mon-Fri 09:00-17:00", (False, [Slot(0, 4, datetime.time(9), datetime.time(17))])),
        (
            "mon-fri 9am-5.30pm; Sat 10:00-12:00",
            (
                False,
                [Slot(0, 4, datetime.time(9), datetime.time(17, 30)), Slot(5, 5, datetime.time(10), datetime.time(12))],
            ),
        ),
        ("Monday-Friday 09:00 - 17:00", (False, [Slot(0, 4, datetime.time(9), datetime.time(17))])),
        ("Sun 18:00-midnight", (False, [Slot(6, 6, datetime.time(18), datetime.time(23, 59))])),
        ("24/7", (True, [])),
        ("", (False, [])),
    ],
)
def test_spreadsheet_hours_syntax(text, expected):
    assert parse_hours(text) == expected


@pytest.mark.parametrize(
    "text, message",
    [
        ("weekdays 9-5", "“weekdays” is not a day"),
        ("Mon-Fri 9:00", "is not opening hours such as Mon-Fri 09:00-17:00"),
        ("Mon-Fri 17:00-09:00", "closing time is not after the opening time"),
        ("Mon-Fri 25:00-26:00", "“25:00” is not a time"),
        ("Fri-Mon 09:00-17:00", "runs backwards"),
    ],
)
def test_bad_hours_get_a_plain_reason(text, message):
    with pytest.raises(ValueError, match=message):
        parse_hours(text)


def test_hours_written_back_read_the_same():
    for text in ["Mon-Fri 09:00-17:00", "Mon-Thu 09:00-17:00; Fri 09:00-16:30", "24/7", ""]:
        assert format_hours(*parse_hours(text)) == text


@pytest.mark.django_db
def test_open_now_on_service_cards_and_the_open_now_filter(client, home):
    directory = DirectoryIndexPageFactory(parent=home)
    day_service = ServicePageFactory(parent=directory, title="Day centre")
    OpeningTime.objects.create(
        service=day_service, first_day=0, last_day=4, opens=datetime.time(9), closes=datetime.time(17)
    )
    night_line = ServicePageFactory(parent=directory, title="Night line", open_24_7=True)
    ServicePageFactory(parent=directory, title="No hours given")
    for page in (day_service, night_line):
        page.save_revision().publish()
    with time_machine.travel(london(2026, 11, 25, 16, 59), tick=False):
        html = client.get(directory.url).content.decode()
        assert "Open now, closes 5pm" in html and "Open 24 hours" in html
        html = client.get(directory.url, {"open_now": "1"}).content.decode()
        assert "Day centre" in html and "Night line" in html and "No hours given" not in html
    with time_machine.travel(london(2026, 11, 25, 17, 0), tick=False):
        html = client.get(directory.url, {"open_now": "1"}).content.decode()
        assert "Day centre" not in html and "Night line" in html
        assert "1 service" in html
        page_html = client.get(day_service.url).content.decode()
        assert "Closed, opens tomorrow 9am" in page_html
