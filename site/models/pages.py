"""Site-wide page types: home, news, events and the feedback form."""

import copy

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index

from ..blocks import RICH_TEXT_FEATURES, BodyStreamBlock
from ..feedback import SafeFeedbackFormMixin
from ..languages import localize
from .mixins import ContentPage, TranslationCheckMixin


class PathwayBlock(blocks.StructBlock):
    """A way in for one group of people, e.g. young carers."""

    title = blocks.CharBlock()
    text = blocks.CharBlock(required=False)
    page = blocks.PageChooserBlock()

    class Meta:
        icon = "user"
        template = "components/blocks/pathway.html"
        description = _("A card leading one group of people (e.g. young carers) to the help meant for them.")


class HomePage(TranslationCheckMixin, Page):
    intro = models.CharField(max_length=255, blank=True)
    pathways = StreamField([("pathway", PathwayBlock())], blank=True, use_json_field=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("pathways")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "resources.GuidancePage",
        "resources.ResourceIndexPage",
        "resources.LeafletIndexPage",
        "directory.DirectoryIndexPage",
        "carers_site.NewsIndexPage",
        "carers_site.EventIndexPage",
        "carers_site.FeedbackFormPage",
        "resources.SupportNetworkMapPage",
        "directory.GapMapPage",
    ]

    class Meta:
        verbose_name = _("home page")

    @property
    def localized(self):
        """This home page in the language being shown (itself where that has no live translation): where Wagtail
        starts routing every request, so kept per process and language (carers_site.site_wide) and copied for the
        caller, who may change it."""
        from django.utils.translation import get_language

        from ..site_wide import remembered

        kept = remembered(f"home:{self.pk}:{get_language()}", lambda: TranslatableMixin.localized.fget(self).specific)
        return copy.copy(kept)

    def live_sections(self):
        """{slug: live child page, specific}: the sections every request is routed through, kept per process
        (carers_site.site_wide: publishing, unpublishing, moving or renaming one renews them). Read-only."""
        from ..site_wide import remembered

        return remembered(
            f"sections:{self.pk}", lambda: {page.slug: page for page in self.get_children().live().specific()}
        )

    def english_home(self):
        """The home page in the site's default language (None for that one itself), specific; kept per process."""
        from ..site_wide import remembered

        def build():
            default = Locale.get_default()
            english = self.get_translation_or_none(default) if self.locale_id != default.pk else None
            return english.specific if english is not None else None

        return remembered(f"english-home:{self.pk}", build)

    def route(self, request, path_components):
        """Sections come from live_sections() (no query); anything else is routed as Wagtail does.

        Under a language's prefix, a listing page nobody has translated yet (Find local help, the resource
        library, leaflets, news, events: ``lists_every_language``) is served in English rather than a 404, with
        its items in this language where they have been translated. Other untranslated pages stay a 404."""
        section = self.live_sections().get(path_components[0]) if path_components else None
        if section is not None:
            section = copy.copy(section)  # the request may mark it
            section._cached_parent_obj = self  # as Page.route does: its breadcrumbs need no query for this page
            return section.route(request, path_components[1:])
        try:
            return super().route(request, path_components)
        except Http404:
            english_home = self.english_home()
            if not path_components or english_home is None:
                raise
            found = english_home.route(request, path_components)
            if not getattr(found.page.specific_class, "lists_every_language", False):
                raise
            return found

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = NewsPage.objects.live().public().filter(locale_id=self.locale_id)
        context["latest_news"] = news.order_by("-date")[:3]
        context["upcoming_events"] = (
            EventPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, end__gte=timezone.now())
            .order_by("start")[:3]
        )
        return context


class NewsIndexPage(RoutablePageMixin, ContentPage):
    """The news, newest first, and as RSS and Atom feeds (carers_site/news_feeds.py)."""

    show_in_search_results = False
    lists_every_language = True
    parent_page_types = ["carers_site.HomePage"]
    subpage_types = ["carers_site.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")

    def get_context(self, request, *args, **kwargs):
        from ..pagination import paginate

        context = super().get_context(request, *args, **kwargs)
        items = self.listed_pages(NewsPage).order_by("-date", "-pk")
        context["page_obj"] = page_obj = paginate(request, items)
        page_obj.object_list = localize(page_obj.object_list)
        return context

    def get_cached_paths(self):
        """The list and its feeds, which a CDN keeps apart (wagtail.contrib.frontend_cache purges them all)."""
        return ["/", "/" + self.reverse_subpage("rss_feed"), "/" + self.reverse_subpage("atom_feed")]

    @path("feed/rss/", name="rss_feed")
    def rss_feed(self, request):
        from ..news_feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        from ..news_feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class NewsPage(ContentPage):
    date = models.DateField(default=timezone.localdate)
    body = StreamField(BodyStreamBlock(), blank=True, use_json_field=True)

    content_panels = ContentPage.content_panels + [FieldPanel("date"), FieldPanel("body")]
    search_fields = ContentPage.search_fields + [index.SearchField("body"), index.FilterField("date")]
    parent_page_types = ["carers_site.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news page")


class EventIndexPage(RoutablePageMixin, ContentPage):
    """Upcoming events, narrowed by time, borough and audience (carers_site/events.py), and as an .ics file."""

    show_in_search_results = False
    lists_every_language = True
    parent_page_types = ["carers_site.HomePage"]
    subpage_types = ["carers_site.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index page")

    def get_context(self, request, *args, **kwargs):
        from ..events import event_list_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_list_context(self, request))
        return context

    def get_cached_paths(self):
        """The list and its calendar file (served at calendar.ics, see events.calendar_file), for CDN purges."""
        return ["/", "/calendar.ics"]

    @path("calendar.ics/")
    def calendar_file(self, request):
        """The upcoming events chosen on the list, as an .ics file to download or subscribe to."""
        from ..events import EventFilter, calendar_response, upcoming_events

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
        from ..events import calendar_response

        return calendar_response(request, [self], self.title, f"{self.slug}.ics")


class FeedbackFormField(AbstractFormField):
    page = ParentalKey("FeedbackFormPage", on_delete=models.CASCADE, related_name="form_fields")


class FeedbackFormPage(SafeFeedbackFormMixin, TranslationCheckMixin, AbstractEmailForm):
    """ "Tell us what you think": submissions are stored for editors and can be emailed to the team.
    Spam checks, the sending limit and safe email are in carers_site/feedback.py."""

    intro = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    thank_you_text = RichTextField(features=RICH_TEXT_FEATURES, blank=True)

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]), FieldPanel("subject")],
            heading=_("Email the team (optional)"),
        ),
    ]
    parent_page_types = ["carers_site.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("feedback form page")

    def get_form(self, *args, **kwargs):
        """The form with NHS.UK frontend classes on its inputs."""
        form = super().get_form(*args, **kwargs)
        for field in form.fields.values():
            widget = field.widget
            if getattr(widget, "input_type", "") in ("checkbox", "radio"):
                continue
            css = {"Textarea": "nhsuk-textarea", "Select": "nhsuk-select"}.get(type(widget).__name__, "nhsuk-input")
            widget.attrs["class"] = css
        return form
