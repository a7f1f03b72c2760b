"""The directory of local help, shaped after Open Referral UK.

ORUK's organisation is a snippet; a service is a page (so it has a URL, drafts, moderation and
translation); its phones and regular schedule are inline rows; crisis lines are a snippet shown on
every page.
"""

import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from carers_site.core.blocks import RICH_TEXT_FEATURES
from carers_site.core.page_mixins import ContentPage, ReviewDateMixin, review_panel
from carers_site.core.pagination import paginate
from carers_site.core.phones import validate_phone, validate_phone_or_short_code, validate_text_number
from carers_site.core.site_wide import remembered_until_published
from directory.hours import DAY_CHOICES, Slot, describe_times, open_status


class Organisation(index.Indexed, models.Model):
    """An organisation that runs one or more services (ORUK ``organisation``)."""

    #: A change to one changes what every page shows: the page cache is purged (carers_site/caching/page_cache.py).
    shown_on_every_page = True

    name = models.CharField(max_length=255, unique=True)
    description = models.TextField(blank=True)
    website = models.URLField(blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True, validators=[validate_phone])
    # The organisation's id in Open Referral UK: kept from the feed it was imported from, so an id we publish
    # is the same one the source publishes, and a second import finds the same organisation.
    oruk_id = models.UUIDField(_("Open Referral UK id"), default=uuid.uuid4, unique=True, editable=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("email"),
        FieldPanel("phone"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class DirectoryIndexPage(ContentPage):
    """Find local help: every English service, narrowed by the filters in directory/finder.py, shown in the
    reader's language. Served under every content language's prefix (see HomePage.route)."""

    show_in_search_results = False
    lists_every_language = True
    parent_page_types = ["carers_site.HomePage"]
    subpage_types = ["directory.ServicePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("directory index page")

    def english_services(self):
        """The live, public services of the English directory (translations are shown, never counted twice)."""
        from wagtail.models import Locale

        default = Locale.get_default()
        english = self if self.locale_id == default.pk else self.get_translation_or_none(default) or self
        self.english_pk = english.pk
        return ServicePage.objects.live().public().child_of(english)

    def get_context(self, request, *args, **kwargs):
        from directory.finder import ServiceFilters, prepare_cards

        context = super().get_context(request, *args, **kwargs)
        base = self.english_services()
        filters = ServiceFilters.from_params(request.GET)
        services = filters.services(base)
        count = None
        if isinstance(services, models.QuerySet):  # how many match changes only when a page is published
            kept_as = f"directory-count:{self.english_pk}:{filters.matching_key()}"
            count = remembered_until_published(kept_as, services.count)
        page_obj = paginate(request, services, count=count)
        page_obj.object_list = prepare_cards(page_obj.object_list)
        context.update(
            filters=filters,
            choices=filters.choices(base, kept_as=f"directory-choices:{self.english_pk}"),
            page_obj=page_obj,
            relaxations=filters.relaxations(base) if not page_obj.paginator.count and filters.is_set() else [],
            postcode=filters.postcode,
            place=filters.place,
            postcode_not_found=bool(filters.postcode) and filters.place is None,
            # A real postcode with no service for its own borough (or outside the boroughs we know).
            no_local_help=filters.place is not None and not filters.place.lists_local_help(base),
            open_now=filters.open_now,
        )
        return context


class ServicePage(ReviewDateMixin, ContentPage):
    """A service people can use (ORUK ``service`` with its location, contacts and schedule)."""

    family_pack_sheet = "carers_site/family_pack/content/service.html"

    # Unique among English services (checked in clean() and by the importer), not in the database: a
    # translation is the same service, so it carries the same id. No id is NULL, as it was when unique.
    reference = models.CharField(  # noqa: DJ001
        max_length=64,
        null=True,
        blank=True,
        db_index=True,
        help_text=_("A stable id from the spreadsheet or Open Referral feed this service came from."),
    )
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="services"
    )
    description = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    email = models.EmailField(blank=True)
    website = models.URLField(blank=True)
    address_line_1 = models.CharField(max_length=255, blank=True)
    address_line_2 = models.CharField(max_length=255, blank=True)
    town = models.CharField(max_length=100, blank=True)
    postcode = models.CharField(max_length=10, blank=True)
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    areas_served = ParentalManyToManyField("carers_site.Area", blank=True, related_name="+")
    audiences = ParentalManyToManyField("carers_site.Audience", blank=True, related_name="+")
    care_areas = ParentalManyToManyField("carers_site.CareArea", blank=True, related_name="+")
    interventions = ParentalManyToManyField("carers_site.Intervention", blank=True, related_name="+")
    languages = ParentalManyToManyField("carers_site.Language", blank=True, related_name="+")
    open_24_7 = models.BooleanField(_("open 24 hours, every day"), default=False)
    closed_on_bank_holidays = models.BooleanField(
        default=False, help_text=_("Tick if the service is closed on bank holidays in England and Wales.")
    )
    eligibility = models.CharField(max_length=255, blank=True, help_text=_("Who can use it, in a sentence."))
    how_to_refer = models.TextField(blank=True, help_text=_("How people get in touch or are referred."))
    cost = models.CharField(max_length=100, blank=True, default=_("Free"))
    last_verified = models.DateField(
        null=True, blank=True, help_text=_("When someone last checked these details with the service.")
    )

    # Not words: an id, an address and a postcode are the same in every language, so translators never retype
    # them and a correction in English reaches every translation (wagtail-localize keeps them in step).
    override_translatable_fields = ContentPage.override_translatable_fields + [
        SynchronizedField("reference", overridable=False),
        SynchronizedField("address_line_1"),
        SynchronizedField("address_line_2"),
        SynchronizedField("town"),
        SynchronizedField("postcode", overridable=False),
    ]

    content_panels = ContentPage.content_panels + [
        FieldPanel("organisation"),
        FieldPanel("description"),
        MultiFieldPanel(
            [InlinePanel("phones", label=_("phone number")), FieldPanel("email"), FieldPanel("website")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("open_24_7"),
                InlinePanel("opening_times", label=_("opening time")),
                FieldPanel("closed_on_bank_holidays"),
            ],
            heading=_("Opening hours"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address_line_1"),
                FieldPanel("address_line_2"),
                FieldRowPanel([FieldPanel("town"), FieldPanel("postcode")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Address"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("areas_served"),
                FieldPanel("audiences"),
                FieldPanel("care_areas"),
                FieldPanel("interventions"),
                FieldPanel("languages"),
            ],
            heading=_("Who and where it is for"),
        ),
        FieldPanel("eligibility"),
        FieldPanel("how_to_refer"),
        FieldPanel("cost"),
        FieldPanel("last_verified"),
        review_panel(),
        FieldPanel("reference"),
    ]
    search_fields = ContentPage.search_fields + [
        index.SearchField("description"),
        index.SearchField("how_to_refer"),
        index.SearchField("town"),
        index.SearchField("postcode"),
        index.RelatedFields("organisation", [index.SearchField("name")]),
        # "carers support Bexley" finds the services for Bexley even when their text does not name it.
        index.RelatedFields("areas_served", [index.SearchField("name")]),
        # "urdu", "Polish speaking" or "বাংলা" finds the services that speak it.
        index.RelatedFields("languages", [index.SearchField("english_name"), index.SearchField("name")]),
    ]
    parent_page_types = ["directory.DirectoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("service")

    def get_context(self, request, *args, **kwargs):
        """What the page, its structured data and the crisis bar (its areas) read, fetched once for all three."""
        prefetch_related_objects([self], "phones", "opening_times", "areas_served", "languages", "audiences")
        return super().get_context(request, *args, **kwargs)

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError({"longitude": _("Give both latitude and longitude, or neither.")})
        if self.reference:
            same_id = ServicePage.objects.filter(reference=self.reference, locale_id=self.locale_id)
            if same_id.exclude(translation_key=self.translation_key).exists():
                raise ValidationError({"reference": _("Another service already has this id.")})

    @property
    def address(self):
        return ", ".join(p for p in [self.address_line_1, self.address_line_2, self.town, self.postcode] if p)

    def hours_summary(self):
        if self.open_24_7:
            return [str(_("24 hours, every day"))]
        lines = [time.describe() for time in self.opening_times.all()]
        if lines and self.closed_on_bank_holidays:
            lines.append(str(_("Closed on bank holidays")))
        return lines

    def slots(self):
        """The opening times as slots: those prepare_cards fetched for a card (``card_opening_times``), or else
        the page's own."""
        times = getattr(self, "card_opening_times", None)
        return [time.as_slot() for time in (self.opening_times.all() if times is None else times)]

    def open_status(self, now=None):
        """Open now / closed, and when that changes, in London time (see directory.hours)."""
        return open_status(self.open_24_7, self.slots(), self.closed_on_bank_holidays, now=now)

    @property
    def coordinates(self):
        if self.latitude is None or self.longitude is None:
            return None
        return float(self.latitude), float(self.longitude)


class GapMapPage(RoutablePageMixin, ContentPage):
    """For commissioners: which Carers Hub interventions each borough has local services for, and where none.

    The table, its filters, the CSV and the per-cell service lists are built in directory/gap_map.py.
    """

    show_in_search_results = False
    intro = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("A few sentences on how to read the table and who to tell about a gap."),
    )

    boroughs = ParentalManyToManyField(
        "carers_site.Area",
        blank=True,
        related_name="+",
        limit_choices_to={"kind": "borough"},
        help_text=_("The boroughs you commission for, one column each. Leave empty for every borough."),
    )

    content_panels = ContentPage.content_panels + [FieldPanel("intro"), FieldPanel("boroughs")]
    parent_page_types = ["carers_site.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("gap map page")

    @path("", name="gap_map")
    def gap_map(self, request):
        from directory.gap_map import gap_map_view

        return gap_map_view(self, request)

    @path("csv/", name="gap_map_csv")
    def gap_map_csv(self, request):
        from directory.gap_map import gap_map_csv

        return gap_map_csv(self, request)

    @path("services/<slug:intervention>/<slug:borough>/", name="cell_services")
    def cell_services(self, request, intervention, borough):
        """The services behind one count: this intervention, offered locally in this borough."""
        from directory.gap_map import services_view

        return services_view(self, request, intervention_slug=intervention, borough_slug=borough)

    @path("services/<slug:intervention>/", name="intervention_services")
    def intervention_services(self, request, intervention):
        from directory.gap_map import services_view

        return services_view(self, request, intervention_slug=intervention)

    @path("wider/<slug:intervention>/", name="wider_services")
    def wider_services(self, request, intervention):
        from directory.gap_map import services_view

        return services_view(self, request, intervention_slug=intervention, wider=True)

    @path("borough/<slug:borough>/", name="borough_services")
    def borough_services(self, request, borough):
        from directory.gap_map import services_view

        return services_view(self, request, borough_slug=borough)


class ServicePhone(Orderable):
    """A phone number for a service (ORUK ``phone``), checked so a typo never reaches a carer."""

    service = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="phones")
    number = models.CharField(max_length=40, validators=[validate_phone])
    label = models.CharField(max_length=60, blank=True, help_text=_("For example “Advice line” or “Textphone”."))

    panels = [FieldRowPanel([FieldPanel("number"), FieldPanel("label")])]

    def __str__(self):
        return self.number


class OpeningTime(Orderable):
    """A regular opening time (ORUK ``schedule``), e.g. Monday to Friday, 9am to 5pm."""

    service = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="opening_times")
    first_day = models.PositiveSmallIntegerField(choices=DAY_CHOICES)
    last_day = models.PositiveSmallIntegerField(choices=DAY_CHOICES, help_text=_("Same as the first day for one day."))
    opens = models.TimeField()
    closes = models.TimeField(help_text=_("Use 23:59 for midnight."))

    panels = [
        FieldRowPanel([FieldPanel("first_day"), FieldPanel("last_day"), FieldPanel("opens"), FieldPanel("closes")])
    ]

    def clean(self):
        if self.first_day is not None and self.last_day is not None and self.last_day < self.first_day:
            raise ValidationError({"last_day": _("The last day must be the same as or after the first day.")})
        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError({"closes": _("Closing time must be after opening time.")})

    def describe(self):
        return describe_times(self.first_day, self.last_day, self.opens, self.closes)

    def as_slot(self):
        return Slot(self.first_day, self.last_day, self.opens, self.closes)


class CrisisLine(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, ClusterableModel):
    """A number to call or text in a crisis. Shown at the top of every page, in this order.

    A wrong number here could cost a life, so a change goes live only when published, and an editor's
    change goes through the moderators' approval workflow first (site/ops/roles.py assigns it). Only live
    lines are shown.

    The bar at the top of every page holds only help for right now: every kind but "not urgent". Lines of that
    kind (a trust's complaints or advice line) are listed on the crisis page under "Contacts (not for
    emergencies)". A line with areas serves those areas only; the bar puts a page's or a postcode's local lines
    first (site/crisis/lines.py).
    """

    #: A change to one changes what every page shows: the page cache is purged (carers_site/caching/page_cache.py).
    shown_on_every_page = True

    class Kind(models.TextChoices):
        EMERGENCY = "emergency", _("Emergency")
        URGENT_MENTAL_HEALTH = "urgent_mental_health", _("Urgent mental health help")
        EMOTIONAL_SUPPORT = "emotional_support", _("Someone to talk to")
        TEXT_LINE = "text_line", _("Text line")
        NOT_URGENT = "not_urgent", _("Not urgent")

    URGENT_KINDS = (Kind.EMERGENCY, Kind.URGENT_MENTAL_HEALTH, Kind.EMOTIONAL_SUPPORT, Kind.TEXT_LINE)

    name = models.CharField(max_length=120)
    short_name = models.CharField(
        max_length=40,
        blank=True,
        help_text=_(
            "A word or two shown under the number in the bar at the top of phone screens, e.g. Samaritans. "
            "Leave empty to show the name."
        ),
    )
    kind = models.CharField(
        max_length=30,
        choices=Kind.choices,
        default=Kind.EMOTIONAL_SUPPORT,
        help_text=_(
            "Every kind but “not urgent” is shown at the top of every page. “Not urgent” lines (advice and "
            "complaints lines) are listed on the crisis page only."
        ),
    )
    description = models.CharField(max_length=255, blank=True, help_text=_("When to use it, in a few words."))
    phone = models.CharField(max_length=40, blank=True, validators=[validate_phone_or_short_code])
    text_number = models.CharField(
        max_length=40, blank=True, validators=[validate_text_number], help_text=_("A number that takes texts.")
    )
    text_message = models.CharField(
        max_length=20, blank=True, help_text=_("A word to text, if the service asks for one (e.g. SHOUT).")
    )
    open_24_7 = models.BooleanField(_("open 24 hours, every day"), default=False)
    hours = models.CharField(
        max_length=100, blank=True, help_text=_("Shown when not open all the time, e.g. Mon-Fri 9am-5pm.")
    )
    areas = ParentalManyToManyField(
        "carers_site.Area",
        blank=True,
        related_name="+",
        help_text=_(
            "Leave empty for everywhere. A line for a borough or region is shown first on that area's pages and "
            "to people who give a postcode there, and not in the bar elsewhere (it stays on the crisis page)."
        ),
    )
    audiences = ParentalManyToManyField(
        "carers_site.Audience", blank=True, related_name="+", help_text=_("Leave empty for everyone.")
    )
    sort_order = models.PositiveSmallIntegerField(default=10, help_text=_("Lower numbers are shown first."))

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="crisisline")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="crisisline",
        for_concrete_model=False,
    )

    # Numbers are the same in every language: wagtail-localize copies them from the English line and a
    # translator cannot change them, so a translation can never show an old or mistyped number.
    override_translatable_fields = [
        SynchronizedField("phone", overridable=False),
        SynchronizedField("text_number", overridable=False),
        SynchronizedField("text_message", overridable=False),
        # Which kind of help a line is decides where it is shown: not words, so the same in every language.
        SynchronizedField("kind", overridable=False),
    ]

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("short_name")]),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("text_number"), FieldPanel("text_message")]),
        FieldRowPanel([FieldPanel("open_24_7"), FieldPanel("hours")]),
        FieldPanel("areas"),
        FieldPanel("audiences"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("crisis line")

    @property
    def revisions(self):
        return self._revisions

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if not self.phone and not self.text_number:
            raise ValidationError({"phone": _("Give a phone number, a text number, or both.")})
        if not self.open_24_7 and not self.hours:
            raise ValidationError({"hours": _("Say when it is open, or tick “open 24 hours”.")})

    @property
    def hours_label(self):
        return _("24 hours") if self.open_24_7 else self.hours

    @property
    def is_urgent(self):
        return self.kind != self.Kind.NOT_URGENT

    @property
    def bar_label(self):
        return self.short_name or self.name


class ListingProblem(models.Model):
    """A report from the public that a service's listing is wrong. Editors work through these in the admin."""

    class Kind(models.TextChoices):
        WRONG_PHONE = "wrong_phone", _("The phone number is wrong")
        CLOSED = "closed", _("The service has closed")
        OUT_OF_DATE = "out_of_date", _("Other details are out of date")
        OTHER = "other", _("Something else")

    service = models.ForeignKey(ServicePage, on_delete=models.CASCADE, related_name="problems")
    kind = models.CharField(_("what is wrong"), max_length=20, choices=Kind.choices)
    details = models.TextField(_("details"), blank=True, max_length=2000)
    contact = models.CharField(
        _("contact (optional)"), max_length=200, blank=True, help_text=_("An email or phone number, if they gave one.")
    )
    created_at = models.DateTimeField(auto_now_add=True)
    resolved = models.BooleanField(default=False)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    editor_notes = models.TextField(blank=True, help_text=_("What you did about it. Only editors see this."))

    class Meta:
        ordering = ["resolved", "-created_at"]
        verbose_name = _("listing problem")

    def __str__(self):
        return f"{self.service.title}: {self.get_kind_display()}"
