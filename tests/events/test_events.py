"""Events: filters for evenings, weekends, borough and audience; .ics files; expiry; the demo's events."""

import datetime
import io
import zoneinfo
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from carers_site.dev.demo import content
from carers_site.dev.demo.event_dates import event_times
from carers_site.events.calendar import event_when
from carers_site.models import Area, EventPage
from tests.factories.directory import DirectoryIndexPageFactory
from tests.factories.site import AreaFactory, AudienceFactory, EventIndexPageFactory, EventPageFactory

pytestmark = pytest.mark.postgres

LONDON = zoneinfo.ZoneInfo("Europe/London")
# Before British Summer Time 2026 starts (29 March), so every event below is still to come.
SPRING = datetime.datetime(2026, 3, 1, 12, 0, tzinfo=datetime.UTC)


def local(year, month, day, hour, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=LONDON)


@pytest.fixture
def clock():
    with time_machine.travel(SPRING, tick=False) as traveller:
        yield traveller


@pytest.fixture
def areas(db):
    uk = AreaFactory(slug="uk", name="United Kingdom", kind=Area.Kind.COUNTRY)
    england = AreaFactory(slug="england", name="England", kind=Area.Kind.NATION, parent=uk)
    london = AreaFactory(slug="london", name="London", kind=Area.Kind.REGION, parent=england)
    return {
        "london": london,
        "redbridge": AreaFactory(slug="redbridge", name="Redbridge", parent=london),
        "havering": AreaFactory(slug="havering", name="Havering", parent=london),
    }


@pytest.fixture
def audiences(db):
    return {
        "working": AudienceFactory(slug="working-carers", name="Working carers"),
        "young": AudienceFactory(slug="young-carers", name="Young carers"),
    }


@pytest.fixture
def events(home, clock):
    return EventIndexPageFactory(parent=home, slug="events", title="Events")


def add_event(index, title, start, hours=2, audiences=(), **fields):
    fields.setdefault("end", start + datetime.timedelta(hours=hours))
    event = EventPageFactory(parent=index, title=title, start=start, **fields)
    if audiences:
        event.audiences.set(audiences)
    event.save_revision().publish()
    return event


def listed(client, url):
    """The event titles on a list page, in order."""
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return [link.get_text(strip=True) for link in soup.select(".app-event-card .nhsuk-card__link")]


def uid(event):
    """The UID an event's calendar entry must have: its translation key at the site's host name."""
    return f"{event.translation_key}@{urlsplit(event.get_full_url()).hostname}"


def ics(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def by_title(calendar):
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


# --- Filters --------------------------------------------------------------------------------------------------


def test_evenings_are_5pm_or_later_in_london_time_in_summer_and_winter(client, events):
    add_event(events, "Summer five o'clock", local(2026, 6, 4, 17))  # 16:00 UTC: not evening in UTC
    add_event(events, "Summer one minute to five", local(2026, 6, 4, 16, 59))
    add_event(events, "Winter five o'clock", local(2026, 11, 5, 17))
    add_event(events, "Winter half past four", local(2026, 11, 5, 16, 30))
    add_event(events, "Late group", local(2026, 11, 5, 20, 30))

    assert listed(client, "/events/?when=evening") == ["Summer five o'clock", "Winter five o'clock", "Late group"]
    assert len(listed(client, "/events/")) == 5


def test_weekends_are_saturday_and_sunday_in_london_time(client, events):
    add_event(events, "Saturday half past midnight", local(2026, 6, 6, 0, 30))  # still Friday in UTC
    add_event(events, "Sunday night", local(2026, 6, 7, 23, 0))
    add_event(events, "Monday half past midnight", local(2026, 6, 8, 0, 30))  # still Sunday in UTC
    add_event(events, "Friday evening", local(2026, 6, 5, 19, 0))
    add_event(events, "Winter Saturday", local(2026, 11, 7, 10, 0))

    assert listed(client, "/events/?when=weekend") == ["Saturday half past midnight", "Sunday night", "Winter Saturday"]


def test_evenings_and_weekends_together_mean_outside_working_hours(client, events):
    add_event(events, "Weekday morning", local(2026, 6, 4, 10))
    add_event(events, "Weekday evening", local(2026, 6, 4, 18, 30))
    add_event(events, "Saturday morning", local(2026, 6, 6, 10))

    assert listed(client, "/events/?when=evening&when=weekend") == ["Weekday evening", "Saturday morning"]


def test_a_borough_shows_its_own_region_wide_unplaced_and_online_events(client, events, areas):
    add_event(events, "Redbridge group", local(2026, 6, 1, 10), area=areas["redbridge"])
    add_event(events, "Havering group", local(2026, 6, 2, 10), area=areas["havering"])
    add_event(events, "London-wide fair", local(2026, 6, 3, 10), area=areas["london"])
    add_event(events, "Group with no area", local(2026, 6, 4, 10), area=None)
    add_event(events, "Online talk", local(2026, 6, 5, 10), online=True, location="", area=areas["havering"])

    assert listed(client, "/events/?area=redbridge") == [
        "Redbridge group",
        "London-wide fair",
        "Group with no area",
        "Online talk",
    ]
    soup = BeautifulSoup(client.get("/events/?area=redbridge").content, "html.parser")
    online_card = soup.select(".app-event-card")[-1]
    details = {dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(strip=True) for dt in online_card("dt")}
    assert details["Where"] == "Online"
    assert "Havering group" in listed(client, "/events/?area=havering")


def test_audience_filter_and_the_form_keeps_every_choice(client, events, areas, audiences):
    add_event(
        events, "After-work group", local(2026, 6, 4, 18), area=areas["havering"], audiences=[audiences["working"]]
    )
    add_event(
        events, "Young carers' evening", local(2026, 6, 4, 18), area=areas["havering"], audiences=[audiences["young"]]
    )

    url = "/events/?when=evening&area=havering&audience=working-carers"
    assert listed(client, url) == ["After-work group"]
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    form = soup.select_one("form.app-event-filters")
    assert form["method"] == "get"
    assert form.select_one("#event-when-evening").has_attr("checked")
    assert not form.select_one("#event-when-weekend").has_attr("checked")
    assert form.select_one("#event-area option[selected]")["value"] == "havering"
    assert form.select_one("#event-audience option[selected]")["value"] == "working-carers"
    # Every control has a label, and the two checkboxes are grouped under a legend.
    for control in form.select("input, select"):
        assert form.select_one(f"label[for='{control['id']}']") is not None
    assert form.select_one("fieldset legend").get_text(strip=True) == "When"
    status = soup.select_one("[role=status]").get_text(" ", strip=True)
    assert status == "1 event coming up (showing evening events in Havering for working carers)"


def test_no_match_says_what_was_asked_for_and_how_to_widen_it(client, events, areas):
    DirectoryIndexPageFactory(parent=events.get_parent(), slug="directory")
    add_event(events, "Morning group", local(2026, 6, 4, 10), area=areas["redbridge"])
    add_event(events, "Havering evening", local(2026, 6, 4, 19), area=areas["havering"])

    soup = BeautifulSoup(client.get("/events/?when=evening&area=redbridge").content, "html.parser")
    assert soup.select(".app-event-card") == []
    empty = soup.select_one(".app-empty-state")
    assert "No evening events in Redbridge yet." in empty.get_text(" ", strip=True)
    links = {link.get_text(strip=True): link["href"] for link in empty.select("a")}
    # "Try all boroughs" keeps "evenings"; "any day or time" keeps the borough.
    assert links["Try all boroughs"] == "/events/?when=evening"
    assert links["Try any day or time"] == "/events/?area=redbridge"
    assert links["See the directory for support groups that meet all year"] == "/directory/?area=redbridge"
    assert listed(client, links["Try all boroughs"]) == ["Havering evening"]
    # No "Add to your calendar" for an empty list.
    assert "calendar.ics" not in str(soup.select_one("main"))


def test_no_events_at_all_points_to_the_directory(client, events):
    DirectoryIndexPageFactory(parent=events.get_parent(), slug="directory")
    soup = BeautifulSoup(client.get("/events/").content, "html.parser")
    text = soup.select_one("main").get_text(" ", strip=True)
    assert "No events are coming up. Check back soon." in text
    assert soup.select_one("main a[href='/directory/']") is not None


def test_an_unknown_borough_is_said_and_other_choices_are_kept(client, events):
    add_event(events, "Evening group", local(2026, 6, 4, 19))
    add_event(events, "Morning group", local(2026, 6, 4, 9))
    response = client.get("/events/?when=evening&area=atlantis")
    text = BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
    assert "We do not know the borough “atlantis”" in text
    assert listed(client, "/events/?when=evening&area=atlantis") == ["Evening group"]


def test_long_lists_are_paginated_and_page_links_keep_the_filters(client, events):
    for day in range(1, 26):
        add_event(events, f"Evening {day:02d}", local(2026, 5, day, 18))
    add_event(events, "Morning", local(2026, 5, 1, 9))
    first = BeautifulSoup(client.get("/events/?when=evening").content, "html.parser")
    assert len(first.select(".app-event-card")) == 20
    next_link = first.select_one("a[rel=next]")["href"]
    assert parse_qs(urlsplit(next_link).query) == {"when": ["evening"], "page": ["2"]}
    assert listed(client, "/events/" + next_link) == [f"Evening {day:02d}" for day in range(21, 26)]


def test_each_card_says_when_where_the_area_cost_and_who_for(client, events, areas, audiences):
    add_event(
        events,
        "Evening group",
        local(2026, 12, 3, 18, 30),
        hours=1.5,
        location="Community room, IG11 7NB",
        area=areas["redbridge"],
        cost="Free",
        audiences=[audiences["working"]],
    )
    add_event(events, "Next year's fair", local(2027, 6, 9, 10), hours=5, online=True, location="")
    cards = BeautifulSoup(client.get("/events/").content, "html.parser").select(".app-event-card")
    first = cards[0].get_text(" ", strip=True)
    assert "Thursday 3 December, 6:30pm to 8pm" in first
    for fragment in ["Community room, IG11 7NB", "Redbridge", "Free", "Working carers"]:
        assert fragment in first
    assert cards[0].select_one("time")["datetime"] == "2026-12-03T18:30:00+00:00"
    # Not this year: the year is given.
    assert "Wednesday 9 June 2027, 10am to 3pm" in cards[1].get_text(" ", strip=True)


def test_times_in_words_across_days_and_the_clock_change(clock):
    assert event_when(local(2026, 6, 5, 10), local(2026, 6, 7, 16)) == "Friday 5 June, 10am to Sunday 7 June, 4pm"
    assert (
        event_when(local(2026, 10, 24, 23), local(2026, 10, 25, 2))
        == "Saturday 24 October, 11pm to Sunday 25 October, 2am"
    )
    assert event_when(local(2026, 6, 5, 12), local(2026, 6, 5, 14), with_year=True) == "Friday 5 June 2026, noon to 2pm"


def test_past_draft_and_private_events_are_not_listed(client, events):
    add_event(events, "Coming up", local(2026, 6, 4, 18))
    add_event(events, "Already over", local(2026, 2, 1, 18))
    draft = add_event(events, "Not ready", local(2026, 6, 4, 18))
    draft.unpublish()
    private = add_event(events, "Staff only", local(2026, 6, 4, 18))
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")

    assert listed(client, "/events/?when=evening") == ["Coming up"]
    calendar = ics(client.get("/events/calendar.ics?when=evening"))
    assert list(by_title(calendar)) == ["Coming up"]
    assert len(ics(client.get("/events/calendar.ics")).walk("VEVENT")) == 1


# --- iCalendar ------------------------------------------------------------------------------------------------


def test_one_event_as_an_ics_file(client, events, areas):
    event = add_event(
        events,
        "Evening group, for carers; who work",
        local(2026, 12, 3, 18, 30),
        hours=1.5,
        location="Community room, IG11 7NB",
        area=areas["redbridge"],
        summary="Meet other carers after work.",
        cost="Free",
    )
    html = client.get(event.url).content.decode()
    link = BeautifulSoup(html, "html.parser").find("a", string="Add to your calendar")
    assert link["href"] == f"{event.url}event.ics"

    response = client.get(link["href"])
    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    calendar = ics(response)
    assert str(calendar["version"]) == "2.0"
    assert "Carers Directory" in str(calendar["prodid"])
    assert str(calendar["x-wr-calname"]) == "Evening group, for carers; who work"
    [entry] = calendar.walk("VEVENT")
    assert str(entry["uid"]) == uid(event)
    assert str(entry["summary"]) == "Evening group, for carers; who work"
    assert entry.decoded("dtstart") == local(2026, 12, 3, 18, 30)
    assert entry.decoded("dtend") == local(2026, 12, 3, 20, 0)
    assert entry["dtstart"].to_ical() == b"20261203T183000Z"
    assert entry.decoded("dtstamp").tzinfo is not None
    assert str(entry["location"]) == "Community room, IG11 7NB"
    assert str(entry["url"]) == event.get_full_url()
    assert event.get_full_url().startswith("http")
    description = str(entry["description"])
    assert "Meet other carers after work." in description
    assert event.get_full_url() in description


def test_ics_times_on_both_sides_of_the_october_clock_change(client, events):
    add_event(events, "Summer time", local(2026, 10, 24, 18, 30))
    add_event(events, "Through the change", local(2026, 10, 24, 23, 0), end=local(2026, 10, 25, 2, 0))
    add_event(events, "Winter time", local(2026, 10, 26, 18, 30))
    entries = by_title(ics(client.get("/events/calendar.ics")))

    assert entries["Summer time"]["dtstart"].to_ical() == b"20261024T173000Z"  # BST is UTC+1
    assert entries["Winter time"]["dtstart"].to_ical() == b"20261026T183000Z"  # GMT is UTC
    through = entries["Through the change"]
    assert through["dtstart"].to_ical() == b"20261024T220000Z"
    assert through.decoded("dtend") - through.decoded("dtstart") == datetime.timedelta(hours=4)
    assert through.decoded("dtend").astimezone(LONDON).hour == 2


def test_the_list_calendar_follows_the_filters_and_is_linked_from_the_list(client, events, areas):
    add_event(events, "Havering Saturday", local(2026, 6, 6, 10), area=areas["havering"])
    add_event(events, "Havering Tuesday", local(2026, 6, 2, 10), area=areas["havering"])
    add_event(events, "Redbridge Saturday", local(2026, 6, 6, 10), area=areas["redbridge"])
    online = add_event(events, "Online Sunday", local(2026, 6, 7, 19), online=True, location="", area=None)

    soup = BeautifulSoup(client.get("/events/?when=weekend&area=havering").content, "html.parser")
    link = soup.find("a", string="Add these events to your calendar")["href"]
    assert link == "/events/calendar.ics?when=weekend&area=havering"

    response = client.get(link)
    assert response["Content-Disposition"] == 'attachment; filename="events-weekends-havering.ics"'
    calendar = ics(response)
    assert str(calendar["x-wr-calname"]) == "Events: weekend events in Havering"
    entries = by_title(calendar)
    assert list(entries) == ["Havering Saturday", "Online Sunday"]
    assert str(entries["Online Sunday"]["location"]) == "Online"
    assert str(entries["Online Sunday"]["uid"]) == uid(online)
    # The whole list, with no choices.
    assert len(ics(client.get("/events/calendar.ics")).walk("VEVENT")) == 4


def test_drafts_and_private_events_have_no_ics_file(client, events):
    draft = add_event(events, "Not ready", local(2026, 6, 4, 18))
    draft.unpublish()
    assert client.get(f"/events/{draft.slug}/event.ics").status_code == 404
    private = add_event(events, "Staff only", local(2026, 6, 4, 18))
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    response = client.get(f"/events/{private.slug}/event.ics")
    assert response.status_code == 200  # Wagtail's password form, not the event
    assert "text/html" in response["Content-Type"]
    assert b"BEGIN:VCALENDAR" not in response.content
    # Only event pages and event lists have calendar files.
    assert client.get(f"{events.get_parent().url}calendar.ics").status_code == 404
    assert client.get("/events/event.ics").status_code == 404


# --- Urdu -----------------------------------------------------------------------------------------------------


def test_filters_and_ics_work_on_the_urdu_event_list(client, events, areas, audiences):
    urdu = Locale.objects.get(language_code="ur")
    english_evening = add_event(
        events, "Evening group", local(2026, 6, 4, 18), area=areas["havering"], audiences=[audiences["working"]]
    )
    english_morning = add_event(events, "Morning group", local(2026, 6, 4, 10), area=areas["havering"])
    urdu_index = events.copy_for_translation(urdu, copy_parents=True)
    urdu_index.save_revision().publish()
    urdu_audience = audiences["working"].copy_for_translation(urdu)
    urdu_audience.name = "ملازمت کرنے والے نگہداشت کار"
    urdu_audience.save()
    translated = {}
    for english, title in [(english_evening, "شام کا گروپ"), (english_morning, "صبح کا گروپ")]:
        copy = english.copy_for_translation(urdu)
        copy.title = title
        copy.save_revision().publish()
        translated[english.pk] = EventPage.objects.get(pk=copy.pk)
    # A translated event may point at the translated audience: the filter matches it by translation key.
    urdu_evening = translated[english_evening.pk]
    urdu_evening.audiences.set([urdu_audience])
    urdu_evening.save_revision().publish()

    assert listed(client, "/ur/events/?when=evening&area=havering") == ["شام کا گروپ"]
    assert listed(client, "/ur/events/?audience=working-carers") == ["شام کا گروپ"]
    assert listed(client, "/ur/events/") == ["صبح کا گروپ", "شام کا گروپ"]

    soup = BeautifulSoup(client.get("/ur/events/?when=evening").content, "html.parser")
    assert soup.select_one("a[href='/ur/events/calendar.ics?when=evening']") is not None
    entries = by_title(ics(client.get("/ur/events/calendar.ics?when=evening")))
    assert list(entries) == ["شام کا گروپ"]
    entry = entries["شام کا گروپ"]
    assert str(entry["url"]) == urdu_evening.get_full_url()
    assert urdu_evening.url.startswith("/ur/")
    # The same event in any language is the same calendar entry.
    assert str(entry["uid"]) == uid(english_evening)
    single = ics(client.get(f"{urdu_evening.url}event.ics"))
    assert str(single.walk("VEVENT")[0]["summary"]) == "شام کا گروپ"


# --- Expiry and the demo --------------------------------------------------------------------------------------


def test_an_event_is_unpublished_by_publish_scheduled_once_it_is_over(client, events, clock):
    start = local(2026, 3, 5, 18)
    event = add_event(events, "Evening group", start, expire_at=start + datetime.timedelta(hours=2))
    assert client.get(event.url).status_code == 200

    clock.move_to(local(2026, 3, 5, 19))  # under way: still shown
    call_command("publish_scheduled", stdout=io.StringIO())
    event.refresh_from_db()
    assert event.live
    assert listed(client, "/events/") == ["Evening group"]

    clock.move_to(local(2026, 3, 5, 20, 1))
    call_command("publish_scheduled", stdout=io.StringIO())
    event.refresh_from_db()
    assert not event.live and event.expired
    assert client.get(event.url).status_code == 404
    assert client.get(f"{event.url}event.ics").status_code == 404
    assert listed(client, "/events/") == []


def test_demo_event_dates_count_from_today_and_keep_their_weekday(clock):
    now = timezone.now()  # Sunday 1 March 2026
    start, end = event_times({"days_from_now": 6, "weekday": "Saturday", "time": "11:00", "hours": 4}, now)
    assert (start, end) == (local(2026, 3, 7, 11), local(2026, 3, 7, 15))
    start, _end = event_times({"days_from_now": 0, "weekday": "Sunday", "time": "10:00", "hours": 1}, now)
    assert start == local(2026, 3, 1, 10)
    # After the clocks go forward the local time is kept, not the UTC time.
    start, _end = event_times({"days_from_now": 30, "time": "18:30", "hours": 1.5}, now)
    assert start == local(2026, 3, 31, 18, 30) and start.utcoffset() == datetime.timedelta(hours=1)
    # A yearly date: this year's if still to come, else next year's.
    start, _end = event_times({"month_day": "06-08", "weekday": "Wednesday", "time": "10:00", "hours": 5}, now)
    assert start == local(2026, 6, 10, 10)
    start, _end = event_times({"month_day": "02-01", "time": "10:00", "hours": 5}, now)
    assert start.date() == datetime.date(2027, 2, 1)


def demo_command():
    from carers_site.dev.demo.loader import Command

    command = Command(stdout=io.StringIO())
    command.created = 0
    command.locale = Locale.get_default()
    command.load_taxonomies()
    command.load_areas()
    return command


def test_demo_events_are_upcoming_varied_and_expire_when_over(client, home, clock):
    command = demo_command()
    command.load_news_and_events(home)
    demo = list(EventPage.objects.live().order_by("start"))
    assert len(demo) == len(content.EVENTS) >= 6
    now = timezone.now()
    assert all(event.start > now and event.expire_at == event.end for event in demo)
    starts = [timezone.localtime(event.start) for event in demo]
    assert any(start.hour >= 17 for start in starts), "an evening event"
    assert any(start.weekday() >= 5 for start in starts), "a weekend event"
    assert any(event.online for event in demo), "an online event"
    assert len({event.area.slug for event in demo if event.area}) >= 4, "several boroughs"
    assert any("Carers Week" in event.title for event in demo)
    assert listed(client, "/events/?when=evening")
    assert listed(client, "/events/?when=weekend&area=waltham-forest")
    # The home page's "Coming up" shows the soonest three, with their times.
    coming_up = BeautifulSoup(client.get(home.url).content, "html.parser").get_text(" ", strip=True)
    assert demo[0].title in coming_up and event_when(demo[0].start, demo[0].end) in coming_up

    # A year on, every demo event is over and `publish_scheduled` has unpublished it...
    clock.move_to(SPRING + datetime.timedelta(days=400))
    call_command("publish_scheduled", stdout=io.StringIO())
    assert not EventPage.objects.live().exists()
    # ...and loading the demo again moves them to new dates instead of leaving the list empty.
    command.load_news_and_events(home)
    later = EventPage.objects.live()
    assert later.count() == len(content.EVENTS)
    assert all(event.start > timezone.now() and event.expire_at == event.end for event in later)
