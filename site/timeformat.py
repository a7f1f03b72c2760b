"""Times as people say them: 9am, 5:30pm, noon, midnight (GOV.UK style, not Django's "p.m.")."""

import datetime

from django.utils.translation import gettext as _


def format_time(value: datetime.time) -> str:
    """23:59 is written "midnight", as editors use it to mean "until midnight"."""
    if value.hour == 23 and value.minute == 59 or value.hour == 0 and value.minute == 0:
        return _("midnight")
    if value.hour == 12 and value.minute == 0:
        return _("noon")
    hour = value.hour % 12 or 12
    suffix = "am" if value.hour < 12 else "pm"
    return f"{hour}{suffix}" if value.minute == 0 else f"{hour}:{value.minute:02d}{suffix}"
