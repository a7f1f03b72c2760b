from django import template

from carers_site.events.calendar import event_place, event_when

register = template.Library()


@register.filter
def when(event, with_year=None):
    """An event's date and times in words; ``|when:True`` always gives the year (as on the event's own page)."""
    return event_when(event.start, event.end, with_year=with_year)


@register.filter
def place(event):
    """Where an event is: its place, "Online", or both."""
    return event_place(event)
