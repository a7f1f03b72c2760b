"""Opening hours: plain-English descriptions ("Mon-Fri 9am-5pm"), the spreadsheet syntax, and "open now".

Times are wall-clock times in Europe/London (settings.TIME_ZONE), so "9am" means 9am in both GMT and
BST; ``open_status`` converts the current moment to London time before comparing.
"""

import datetime
import re
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from carers_site.core.timeformat import format_time
from directory.bank_holidays import is_bank_holiday

DAY_CHOICES = [
    (0, gettext_lazy("Monday")),
    (1, gettext_lazy("Tuesday")),
    (2, gettext_lazy("Wednesday")),
    (3, gettext_lazy("Thursday")),
    (4, gettext_lazy("Friday")),
    (5, gettext_lazy("Saturday")),
    (6, gettext_lazy("Sunday")),
]
SHORT_DAYS = [
    gettext_lazy("Mon"),
    gettext_lazy("Tue"),
    gettext_lazy("Wed"),
    gettext_lazy("Thu"),
    gettext_lazy("Fri"),
    gettext_lazy("Sat"),
    gettext_lazy("Sun"),
]
DAY_CODES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
MIDNIGHT = datetime.time(23, 59)
ALWAYS_OPEN = "24/7"


def describe_days(first: int, last: int) -> str:
    if first == last:
        return str(SHORT_DAYS[first])
    return f"{SHORT_DAYS[first]}-{SHORT_DAYS[last]}"


def describe_times(first: int, last: int, opens: datetime.time, closes: datetime.time) -> str:
    return f"{describe_days(first, last)} {format_time(opens)}-{format_time(closes)}"


def parse_day_range(text: str) -> tuple[int, int]:
    """ "mon-fri" -> (0, 4); "sat" -> (5, 5). Raises ValueError with a plain message."""
    parts = text.strip().lower().split("-")
    parts = [p.strip()[:3] for p in parts]
    if len(parts) not in (1, 2) or any(p not in DAY_CODES for p in parts):
        raise ValueError(f"“{text.strip()}” is not a day or day range such as Mon-Fri")
    first, last = DAY_CODES.index(parts[0]), DAY_CODES.index(parts[-1])
    if last < first:
        raise ValueError(f"“{text.strip()}” runs backwards; write the earlier day first")
    return first, last


TIME_RE = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$", re.IGNORECASE)


def parse_time(text: str) -> datetime.time:
    """ "09:00", "9", "9am", "5.30pm", "midnight" -> a time. Raises ValueError with a plain message."""
    value = text.strip().lower()
    if value in ("midnight", "24:00"):
        return MIDNIGHT
    if value == "noon":
        return datetime.time(12)
    match = TIME_RE.match(value)
    if match:
        hour, minute, suffix = int(match.group(1)), int(match.group(2) or 0), match.group(3)
        if suffix:
            if not 1 <= hour <= 12:
                hour = 99
            hour = hour % 12 + (12 if suffix.lower() == "pm" else 0)
        if hour < 24 and minute < 60:
            return datetime.time(hour, minute)
    raise ValueError(f"“{text.strip()}” is not a time such as 09:00 or 5pm")


@dataclass(frozen=True)
class Slot:
    first_day: int
    last_day: int
    opens: datetime.time
    closes: datetime.time

    def covers(self, weekday: int) -> bool:
        return self.first_day <= weekday <= self.last_day

    def __str__(self):
        return describe_times(self.first_day, self.last_day, self.opens, self.closes)


def parse_hours(text: str) -> tuple[bool, list[Slot]]:
    """The spreadsheet syntax: "Mon-Fri 09:00-17:00; Sat 10:00-13:00", or "24/7", or empty.

    Returns (open_24_7, slots). Raises ValueError naming the part that is wrong.
    """
    text = (text or "").strip()
    if not text:
        return False, []
    if text.lower().replace(" ", "") in (ALWAYS_OPEN, "24hours", "24hrs"):
        return True, []
    slots = []
    for part in re.split(r"[;\n]", text):
        part = part.strip()
        if not part:
            continue
        match = re.match(r"^([A-Za-z]+(?:\s*-\s*[A-Za-z]+)?)\s+(.+?)\s*[-–]\s*(.+)$", part)
        if not match:
            raise ValueError(f"“{part}” is not opening hours such as Mon-Fri 09:00-17:00")
        first, last = parse_day_range(match.group(1).replace(" ", ""))
        opens, closes = parse_time(match.group(2)), parse_time(match.group(3))
        if closes <= opens:
            raise ValueError(f"in “{part}” the closing time is not after the opening time")
        slots.append(Slot(first, last, opens, closes))
    return False, slots


def format_hours(open_24_7: bool, slots) -> str:
    """The spreadsheet syntax for some hours; ``parse_hours`` reads it back unchanged."""
    if open_24_7:
        return ALWAYS_OPEN
    parts = []
    for slot in slots:
        days = DAY_CODES[slot.first_day].title()
        if slot.last_day != slot.first_day:
            days += "-" + DAY_CODES[slot.last_day].title()
        parts.append(f"{days} {slot.opens:%H:%M}-{slot.closes:%H:%M}")
    return "; ".join(parts)


# --- open now ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenStatus:
    is_open: bool
    label: str  # "Open now, closes 5pm" / "Closed, opens Monday 9am" / "Open 24 hours"
    known: bool = True  # False when a service has no hours recorded


def _slots_on(slots, day: datetime.date, closed_on_bank_holidays: bool):
    if closed_on_bank_holidays and is_bank_holiday(day):
        return []
    return sorted((s for s in slots if s.covers(day.weekday())), key=lambda s: s.opens)


def open_status(open_24_7: bool, slots, closed_on_bank_holidays: bool = False, now=None) -> OpenStatus:
    """Is it open at ``now`` (default: this moment), London time, and when does that change?"""
    if open_24_7:
        return OpenStatus(True, _("Open 24 hours"))
    slots = list(slots)
    if not slots:
        return OpenStatus(False, "", known=False)
    now = timezone.localtime(now or timezone.now(), timezone.get_default_timezone())
    today, time_now = now.date(), now.time().replace(tzinfo=None)
    for slot in _slots_on(slots, today, closed_on_bank_holidays):
        # 23:59 stands for "until midnight", so 23:59:30 is still open.
        closes_at = datetime.time.max if slot.closes == MIDNIGHT else slot.closes
        if slot.opens <= time_now < closes_at:
            return OpenStatus(True, _("Open now, closes %(time)s") % {"time": format_time(slot.closes)})
    for ahead in range(0, 15):  # two weeks covers a run of bank holidays
        day = today + datetime.timedelta(days=ahead)
        for slot in _slots_on(slots, day, closed_on_bank_holidays):
            if ahead == 0 and slot.opens <= time_now:
                continue
            if ahead == 0:
                when = _("today")
            elif ahead == 1:
                when = _("tomorrow")
            else:
                when = str(DAY_CHOICES[day.weekday()][1])
            return OpenStatus(
                False, _("Closed, opens %(day)s %(time)s") % {"day": when, "time": format_time(slot.opens)}
            )
    return OpenStatus(False, _("Closed"))
