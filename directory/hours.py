"""Plain-English opening hours: "Mon-Fri 9am-5pm"."""

import datetime

from django.utils.translation import gettext_lazy as _

from carers_site.timeformat import format_time

DAY_CHOICES = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]
SHORT_DAYS = [_("Mon"), _("Tue"), _("Wed"), _("Thu"), _("Fri"), _("Sat"), _("Sun")]
DAY_CODES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def describe_days(first: int, last: int) -> str:
    if first == last:
        return str(SHORT_DAYS[first])
    return f"{SHORT_DAYS[first]}-{SHORT_DAYS[last]}"


def describe_times(first: int, last: int, opens: datetime.time, closes: datetime.time) -> str:
    return f"{describe_days(first, last)} {format_time(opens)}-{format_time(closes)}"


def parse_day_range(text: str) -> tuple[int, int]:
    """ "mon-fri" -> (0, 4); "sat" -> (5, 5). Raises ValueError with a plain message."""
    parts = text.strip().lower().split("-")
    if len(parts) not in (1, 2) or any(p not in DAY_CODES for p in parts):
        raise ValueError(f"“{text}” is not a day or day range such as mon-fri")
    first, last = DAY_CODES.index(parts[0]), DAY_CODES.index(parts[-1])
    if last < first:
        raise ValueError(f"“{text}” runs backwards; write the earlier day first")
    return first, last
