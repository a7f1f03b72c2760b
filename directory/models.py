"""The directory of local help, shaped after Open Referral UK.

ORUK's organisation is a snippet; a service is a page (so it has a URL, drafts, moderation and
translation); its phones and regular schedule are inline rows; crisis lines are a snippet shown on
every page.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
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

from carers_site.blocks import RICH_TEXT_FEATURES
from carers_site.models.mixins import ContentPage, ReviewDateMixin, review_panel
from carers_site.pagination import paginate
from carers_site.phones import validate_phone, validate_phone_or_short_code, validate_text_number

from .hours import DAY_CHOICES, Slot, describe_times, open_status


class Organisation(index.Indexed, models.Model):
    """An organisation that runs one or more services (ORUK ``organisation``)."""

    name = models.CharField(max_length=255, unique=True)
    description = models.TextField(blank=True)
    website = models.URLField(blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True, validators=[validate_phone])

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
    """Lists services; ``?area=`` and ``?audience=`` narrow the list (search adds more in the search app)."""

    show_in_search_results = False
    parent_page_types = ["carers_site.HomePage"]
    subpage_types = ["directory.ServicePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("directory index page")

    def get_context(self, request, *args, **kwargs):
        from carers_site.models import Area, Audience

        from .geo import locate, sort_by_distance

        context = super().get_context(request, *args, **kwargs)
        services = ServicePage.objects.live().public().child_of(self).select_related("organisation")
        services = services.prefetch_related("phones", "opening_times", "areas_served")
        postcode = " ".join(request.GET.get("postcode", "").split())[:10]
        place = locate(postcode) if postcode else None
        area = place.area if place else Area.objects.filter(slug=request.GET.get("area", "")).first()
        if area:
            # A borough's services plus those covering its region, nation or the whole UK.
            services = services.filter(areas_served__in=area.ancestors()).distinct()
        audience = Audience.objects.filter(slug=request.GET.get("audience", "")).first()
        if audience:
            services = services.filter(audiences=audience)
        services = services.order_by("title")
        open_now = request.GET.get("open_now") == "1"
        if open_now or place:
            services = list(services)
            if open_now:
                services = [service for service in services if service.open_status().is_open]
            if place and place.coordinates:
                services = sort_by_distance(services, place.coordinates)
        context.update(
            page_obj=paginate(request, services),
            areas=Area.objects.filter(kind=Area.Kind.BOROUGH, locale__language_code="en"),
            audiences=Audience.objects.filter(locale__language_code="en"),
            selected_area=area,
            selected_audience=audience,
            postcode=postcode,
            place=place,
            postcode_not_found=bool(postcode) and place is None,
            open_now=open_now,
        )
        return context


class ServicePage(ReviewDateMixin, ContentPage):
    """A service people can use (ORUK ``service`` with its location, contacts and schedule)."""

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
    ]
    parent_page_types = ["directory.DirectoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("service")

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
        return [time.as_slot() for time in self.opening_times.all()]

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

    content_panels = ContentPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["carers_site.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("gap map page")

    @path("", name="gap_map")
    def gap_map(self, request):
        from .gap_map import gap_map_view

        return gap_map_view(self, request)

    @path("csv/", name="gap_map_csv")
    def gap_map_csv(self, request):
        from .gap_map import gap_map_csv

        return gap_map_csv(self, request)

    @path("services/<slug:intervention>/<slug:borough>/", name="cell_services")
    def cell_services(self, request, intervention, borough):
        """The services behind one count: this intervention, offered locally in this borough."""
        from .gap_map import services_view

        return services_view(self, request, intervention_slug=intervention, borough_slug=borough)

    @path("services/<slug:intervention>/", name="intervention_services")
    def intervention_services(self, request, intervention):
        from .gap_map import services_view

        return services_view(self, request, intervention_slug=intervention)

    @path("wider/<slug:intervention>/", name="wider_services")
    def wider_services(self, request, intervention):
        from .gap_map import services_view

        return services_view(self, request, intervention_slug=intervention, wider=True)

    @path("borough/<slug:borough>/", name="borough_services")
    def borough_services(self, request, borough):
        from .gap_map import services_view

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
    change goes through the moderators' approval workflow first (site/roles.py assigns it). Only live
    lines are shown.
    """

    name = models.CharField(max_length=120)
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
        "carers_site.Area", blank=True, related_name="+", help_text=_("Leave empty for everywhere.")
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
    ]

    panels = [
        FieldPanel("name"),
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
