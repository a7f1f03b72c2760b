"""Events: the choices that narrow the event list, event times in words, and iCalendar (.ics) files.

Times are read in the site's time zone (settings.TIME_ZONE, Europe/London), never in UTC: a group at
6:30pm is an evening group in winter (GMT) and in summer (BST) alike, and one at half past midnight on a
Saturday is a weekend event even though it is still Friday in UTC during the summer.
"""

import datetime
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from django.db.models import Q, prefetch_related_objects
from django.db.models.functions import ExtractHour, ExtractWeekDay
from django.http import HttpResponse
from django.utils import formats, timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from icalendar import Calendar, Event
from icalendar.prop import vDuration
from wagtail import views as wagtail_views
from wagtail.models import Locale

from carers_site.core.languages import english_term, kept_english_terms, localize, term_choices
from carers_site.core.site_wide import remembered
from carers_site.core.timeformat import format_time

#: "Evenings" means starting at this hour (local time) or later.
EVENING_FROM_HOUR = 17
#: Django's week_day lookup numbers days from Sunday (1) to Saturday (7).
WEEKEND_DAYS = (1, 7)
#: How often a subscribed calendar app should fetch the list again.
REFRESH_EVERY = datetime.timedelta(hours=12)
PRODID = "-//Carers Directory//Events//EN"


@dataclass
class EventFilter:
    """What someone asked to see on the event list, read from its query string.

    ``?when=evening&when=weekend&area=havering&audience=working-carers``. Ticking both "Evenings" and
    "Weekends" shows events at either time: together they mean "outside working hours". The same choices
    narrow the list's calendar file, so a filtered list can be subscribed to as it is.
    """

    evenings: bool = False
    weekends: bool = False
    area: object = None  # a borough (carers_site.Area), in English: slugs are the same in every language
    audience: object = None  # a carers_site.Audience, in English
    unknown_area: str = ""  # a borough asked for that we do not have, e.g. from an old link

    @classmethod
    def from_query(cls, query):
        from carers_site.core.taxonomy import Area, Audience

        when = set(query.getlist("when"))
        area_slug = query.get("area", "").strip()[:120]
        area = english_term(Area, area_slug)
        if area is not None and area.kind != Area.Kind.BOROUGH:
            area = None
        audience_slug = query.get("audience", "").strip()[:120]
        audience = english_term(Audience, audience_slug)
        return cls(
            evenings="evening" in when,
            weekends="weekend" in when,
            area=area,
            audience=audience,
            unknown_area=area_slug if area_slug and area is None else "",
        )

    @property
    def active(self):
        return bool(self.evenings or self.weekends or self.area or self.audience)

    def apply(self, events):
        """``events`` (an EventPage queryset) narrowed to these choices.

        A borough's events include those for its region or nation, those with no area and online ones. Areas
        and audiences are matched by translation key, so a translated event tagged with a translated term
        is found too.
        """
        if self.evenings or self.weekends:
            local = timezone.get_default_timezone()
            events = events.annotate(
                local_start_hour=ExtractHour("start", tzinfo=local),
                local_start_day=ExtractWeekDay("start", tzinfo=local),
            )
            when = Q()
            if self.evenings:
                when |= Q(local_start_hour__gte=EVENING_FROM_HOUR)
            if self.weekends:
                when |= Q(local_start_day__in=WEEKEND_DAYS)
            events = events.filter(when)
        if self.area is not None:
            keys = [area.translation_key for area in self.area.ancestors()]
            events = events.filter(Q(online=True) | Q(area__isnull=True) | Q(area__translation_key__in=keys))
        if self.audience is not None:
            events = events.filter(audiences__translation_key=self.audience.translation_key).distinct()
        return events

    def params(self, *leave_out):
        """The choices as query-string pairs, without those named (``"when"``, ``"area"``, ``"audience"``)."""
        pairs = []
        if "when" not in leave_out:
            pairs += [("when", "evening")] if self.evenings else []
            pairs += [("when", "weekend")] if self.weekends else []
        if self.area is not None and "area" not in leave_out:
            pairs.append(("area", self.area.slug))
        if self.audience is not None and "audience" not in leave_out:
            pairs.append(("audience", self.audience.slug))
        return pairs

    def query_string(self, *leave_out):
        return urlencode(self.params(*leave_out))

    def describe(self):
        """The events chosen, in words: "evening events in Redbridge for young carers"."""
        if self.evenings and self.weekends:
            text = _("evening or weekend events")
        elif self.evenings:
            text = _("evening events")
        elif self.weekends:
            text = _("weekend events")
        else:
            text = _("events")
        if self.area is not None:
            # Translators: e.g. "evening events" in "Redbridge".
            text = pgettext("events in a borough", "%(events)s in %(borough)s") % {
                "events": text,
                "borough": localize([self.area])[0].name,
            }
        if self.audience is not None:
            # Translators: e.g. "evening events in Redbridge" for "young carers".
            text = pgettext("events for a group of people", "%(events)s for %(audience)s") % {
                "events": text,
                "audience": _lower_first(localize([self.audience])[0].name),
            }
        return text

    def filename(self, base):
        """A calendar file's name that says what is in it: events-evenings-havering.ics."""
        parts = [base]
        parts += ["evenings"] if self.evenings else []
        parts += ["weekends"] if self.weekends else []
        parts += [self.area.slug] if self.area is not None else []
        parts += [self.audience.slug] if self.audience is not None else []
        return "-".join(parts) + ".ics"


def _lower_first(name):
    """ "Young carers" -> "young carers" inside a sentence; "LGBTQ+ carers" stays as it is."""
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


def upcoming_events(index):
    """The live, public events listed under ``index`` that have not finished yet, soonest first."""
    from carers_site.events.models import EventPage

    events = index.listed_pages(EventPage).filter(end__gte=timezone.now())
    return events.select_related("area").prefetch_related("audiences").order_by("start", "pk")


def event_when(start, end, with_year=None):
    """When an event happens, as people say it: "Thursday 3 December, 6:30pm to 8pm".

    The year is added when it is not this year (or always, with ``with_year=True``). An event over
    several days names both: "Friday 5 June, 10am to Sunday 7 June, 4pm".
    """
    start, end = timezone.localtime(start), timezone.localtime(end)
    if with_year is None:
        with_year = start.year != timezone.localdate().year or end.year != start.year
    day_format = "l j F Y" if with_year else "l j F"
    start_day = formats.date_format(start, day_format)
    if start.date() == end.date():
        # Translators: e.g. "Thursday 3 December", "6:30pm" and "8pm".
        return _("%(day)s, %(start)s to %(end)s") % {
            "day": start_day,
            "start": format_time(start.time()),
            "end": format_time(end.time()),
        }
    # Translators: e.g. "Friday 5 June", "10am", "Sunday 7 June" and "4pm".
    return _("%(start_day)s, %(start)s to %(end_day)s, %(end)s") % {
        "start_day": start_day,
        "start": format_time(start.time()),
        "end_day": formats.date_format(end, day_format),
        "end": format_time(end.time()),
    }


def event_place(event):
    """Where an event is, in a few words: its place, "Online", or both."""
    parts = [_("Online")] if event.online else []
    if event.location:
        parts.append(event.location)
    return ", ".join(parts)


def _utc(value):
    return value.astimezone(datetime.UTC)


def calendar_event(request, event):
    """One event as an iCalendar VEVENT. Its UID is the same in every language and never changes, so a
    calendar app updates the entry it has rather than adding a second one."""
    url = event.get_full_url(request)
    host = urlsplit(url).hostname or request.get_host().split(":")[0]
    published = event.last_published_at or timezone.now()
    description = [event.summary] if event.summary else []
    if event.cost:
        description.append(_("Cost: %(cost)s") % {"cost": event.cost})
    description.append(_("Details and how to book: %(url)s") % {"url": url})

    entry = Event()
    entry.add("uid", f"{event.translation_key}@{host}")
    entry.add("dtstamp", _utc(published))
    entry.add("last-modified", _utc(published))
    entry.add("dtstart", _utc(event.start))
    entry.add("dtend", _utc(event.end))
    entry.add("summary", event.title)
    entry.add("description", "\n\n".join(description))
    entry.add("location", event_place(event))
    entry.add("url", url)
    audiences = [audience.name for audience in localize(event.audiences.all())]
    if audiences:
        entry.add("categories", audiences)
    return entry


def calendar_response(request, events, name, filename):
    """An .ics file of ``events``, in UTC times (no time zone table needed), for download or subscribing."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("name", name)
    calendar.add("refresh-interval", REFRESH_EVERY, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH_EVERY))
    for event in events:
        calendar.add_component(calendar_event(request, event))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
    return response


def calendar_file(request, page_path, name):
    """``<events>/calendar.ics`` and ``<event>/event.ics``, served by the page's own route.

    Wagtail's URL pattern only takes paths made of slugs, so a name with a dot needs this way in. The page
    is found and served by Wagtail as usual, so drafts are not found and private pages stay private.
    """
    return wagtail_views.serve(request, f"{page_path}{name}.ics/")


def directory_url(locale_id):
    """The directory in this language (or in English), where groups that meet all year are listed. Kept per process
    (carers_site.core.site_wide): it is a section of the menu, whose publishing renews it."""
    from directory.models import DirectoryIndexPage

    def build():
        pages = DirectoryIndexPage.objects.live().public()
        page = pages.filter(locale_id=locale_id).first() or pages.filter(locale=Locale.get_default()).first()
        return page.url if page is not None else ""

    return remembered(f"events:directory-url:{locale_id}", build)


def in_reader_language(page_obj):
    """One page of events as cards in the reader's language: the events, their areas and audiences, each list
    read in one query (``area_shown``, ``audiences_shown``), English where not translated."""
    events = localize(page_obj.object_list)
    prefetch_related_objects(events, "area", "audiences")
    areas = {area.pk: shown for area, shown in zip(*_localized({e.area for e in events if e.area}), strict=True)}
    audiences = {
        a.pk: shown for a, shown in zip(*_localized({a for e in events for a in e.audiences.all()}), strict=True)
    }
    for event in events:
        event.area_shown = areas.get(event.area_id)
        event.audiences_shown = [audiences[audience.pk] for audience in event.audiences.all()]
    page_obj.object_list = events
    return page_obj


def _localized(terms):
    terms = list(terms)
    return terms, localize(terms)


def event_list_context(index, request):
    """What the event list's template needs: the chosen filters, one page of events and, when none match,
    ways to widen the search."""
    from carers_site.core.pagination import paginate
    from carers_site.core.taxonomy import Area, Audience

    choices = EventFilter.from_query(request.GET)
    widen = []
    if choices.active:
        if choices.evenings or choices.weekends:
            widen.append((_("any day or time"), choices.query_string("when")))
        if choices.area is not None:
            widen.append((_("all boroughs"), choices.query_string("area")))
        if choices.audience is not None:
            widen.append((_("events for everyone"), choices.query_string("audience")))
    directory = directory_url(index.locale_id)
    if directory:
        directory_query = urlencode(choices.params("when"))
        directory = f"{directory}?{directory_query}" if directory_query else directory
    return {
        "choices": choices,
        "page_obj": in_reader_language(paginate(request, choices.apply(upcoming_events(index)))),
        "area_options": term_choices(
            [area for area in kept_english_terms(Area) if area.kind == Area.Kind.BOROUGH], choices.area
        ),
        "audience_options": term_choices(kept_english_terms(Audience), choices.audience),
        "widen": widen,
        "directory_url": directory,
        "calendar_query": choices.query_string(),
    }
