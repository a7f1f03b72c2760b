"""Dates for the demo events, worked out from the day the demo is loaded so it always has events coming up."""

import datetime

from django.utils import timezone

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def event_times(row, now=None):
    """A demo event's (start, end) in local time, from its row in site/dev/demo/content.py EVENTS.

    ``days_from_now`` counts from today; ``month_day`` ("06-08") is instead the next such date after today
    (for yearly events like Carers Week). ``weekday`` then moves on to the first such day, so a Saturday
    event is always on a Saturday. ``time`` ("18:30") is the local start time and ``hours`` the length.
    """
    today = timezone.localdate(now)
    if "month_day" in row:
        month, day = (int(part) for part in row["month_day"].split("-"))
        date = datetime.date(today.year, month, day)
        if date <= today:
            date = date.replace(year=today.year + 1)
    else:
        date = today + datetime.timedelta(days=row.get("days_from_now", 0))
    if "weekday" in row:
        date += datetime.timedelta(days=(WEEKDAYS.index(row["weekday"].lower()) - date.weekday()) % 7)
    hour, minute = (int(part) for part in row["time"].split(":"))
    start = timezone.make_aware(datetime.datetime.combine(date, datetime.time(hour, minute)))
    end = timezone.make_aware(start.replace(tzinfo=None) + datetime.timedelta(hours=row["hours"]))
    return start, end
