"""Times as people say them: 9am, 5:30pm, noon, midnight (GOV.UK style, not Django's "p.m.")."""

import datetime

from django.utils.translation import gettext as _
from django.utils.translation import pgettext


def format_time(value: datetime.time) -> str:
    """23:59 is written "midnight", as editors use it to mean "until midnight"."""
    if value.hour == 23 and value.minute == 59 or value.hour == 0 and value.minute == 0:
        return _("midnight")
    if value.hour == 12 and value.minute == 0:
        return _("noon")
    parts = {"hour": value.hour % 12 or 12, "minute": f"{value.minute:02d}"}
    if value.hour < 12:
        if value.minute == 0:
            # Translators: a morning time on the 12-hour clock, e.g. "9am".
            return pgettext("time of day", "%(hour)sam") % parts
        # Translators: a morning time on the 12-hour clock, e.g. "9:30am".
        return pgettext("time of day", "%(hour)s:%(minute)sam") % parts
    if value.minute == 0:
        # Translators: an afternoon or evening time on the 12-hour clock, e.g. "5pm".
        return pgettext("time of day", "%(hour)spm") % parts
    # Translators: an afternoon or evening time on the 12-hour clock, e.g. "5:30pm".
    return pgettext("time of day", "%(hour)s:%(minute)spm") % parts
