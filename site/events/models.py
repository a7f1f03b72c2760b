"""Event pages: the event list (narrowed by time, borough and audience; an .ics file) and events."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from carers_site.core.blocks import RICH_TEXT_FEATURES, BodyStreamBlock
from carers_site.core.languages import localize
from carers_site.core.page_mixins import ContentPage


class EventIndexPage(RoutablePageMixin, ContentPage):
    """Upcoming events, narrowed by time, borough and audience (carers_site/events/calendar.py), and as an .ics file."""

    show_in_search_results = False
    lists_every_language = True
    parent_page_types = ["carers_site.HomePage"]
    subpage_types = ["carers_site.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index page")

    def get_context(self, request, *args, **kwargs):
        from carers_site.events.calendar import event_list_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_list_context(self, request))
        return context

    def get_cached_paths(self):
        """The list and its calendar file (served at calendar.ics, see events.calendar_file), for CDN purges."""
        return ["/", "/calendar.ics"]

    @path("calendar.ics/")
    def calendar_file(self, request):
        """The upcoming events chosen on the list, as an .ics file to download or subscribe to."""
        from carers_site.events.calendar import EventFilter, calendar_response, upcoming_events

        choices = EventFilter.from_query(request.GET)
        name = self.title if not choices.active else f"{self.title}: {choices.describe()}"
        events = localize(choices.apply(upcoming_events(self)))
        return calendar_response(request, events, name, choices.filename(self.slug))


class EventPage(RoutablePageMixin, ContentPage):
    """A support group, drop-in, training session or public event such as Carers Week."""

    start = models.DateTimeField()
    end = models.DateTimeField()
    online = models.BooleanField(default=False, help_text=_("Tick if people join online."))
    location = models.CharField(max_length=255, blank=True, help_text=_("Where it happens, with the postcode."))
    area = models.ForeignKey("carers_site.Area", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    audiences = ParentalManyToManyField("carers_site.Audience", blank=True, related_name="+")
    cost = models.CharField(max_length=100, default=_("Free"), blank=True)
    booking_details = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, use_json_field=True)

    content_panels = ContentPage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("online"),
                FieldPanel("location"),
                FieldPanel("area"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("audiences"),
        FieldPanel("cost"),
        FieldPanel("booking_details"),
        FieldPanel("body"),
    ]
    search_fields = ContentPage.search_fields + [
        index.SearchField("location"),
        index.SearchField("body"),
        index.FilterField("start"),
    ]
    parent_page_types = ["carers_site.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event page")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The end must be after the start.")})
        if not self.online and not self.location:
            raise ValidationError({"location": _("Say where the event is, or tick “online”.")})

    def get_cached_paths(self):
        """The page and its calendar file (served at event.ics, see events.calendar_file), for CDN purges."""
        return ["/", "/event.ics"]

    @path("event.ics/")
    def calendar_file(self, request):
        """This event as an .ics file for a phone or computer calendar."""
        from carers_site.events.calendar import calendar_response

        return calendar_response(request, [self], self.title, f"{self.slug}.ics")
