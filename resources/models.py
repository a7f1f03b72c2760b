"""Guidance for carers, the professional toolkit library, and leaflets."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from carers_site.core.blocks import BodyStreamBlock
from carers_site.core.languages import english_term, kept_english_terms, localize, term_choices
from carers_site.core.page_mixins import ContentPage, EasyReadMixin, ReviewDateMixin, review_panel
from carers_site.core.pagination import paginate
from carers_site.core.privacy import PageAccess
from carers_site.core.taxonomy import Area, Audience, CareArea, Outcome, ResourceType, Sector
from resources.related import RelatedHelpMixin

#: A page's easy read version: another guidance page or leaflet (carers_site/core/page_mixins.py EasyReadMixin).
EASY_READ_PANEL = PageChooserPanel("easy_read_version", ["resources.GuidancePage", "resources.LeafletPage"])


class GuidancePage(EasyReadMixin, ReviewDateMixin, RelatedHelpMixin, ContentPage):
    """Advice for carers in plain English, e.g. "Carer's assessment: what it is and how to get one"."""

    family_pack_sheet = "carers_site/family_pack/content/body.html"

    body = StreamField(BodyStreamBlock(), use_json_field=True)
    audiences = ParentalManyToManyField("carers_site.Audience", blank=True, related_name="+")
    care_areas = ParentalManyToManyField("carers_site.CareArea", blank=True, related_name="+")

    content_panels = ContentPage.content_panels + [
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("audiences"),
                FieldPanel("care_areas"),
                FieldPanel("interventions"),
                FieldPanel("easy_read"),
                EASY_READ_PANEL,
            ],
            heading=_("About this page"),
        ),
        RelatedHelpMixin.related_help_panel(),
        review_panel(),
    ]
    search_fields = ContentPage.search_fields + [index.SearchField("body")]
    parent_page_types = ["carers_site.HomePage", "resources.GuidancePage"]
    subpage_types = ["resources.GuidancePage", "resources.SupportNetworkMapPage"]

    class Meta:
        verbose_name = _("guidance page")


class ResourceIndexPage(ContentPage):
    """The toolkit library. Facets are GET parameters (?type=toolkit&care_area=dementia), so links can be shared."""

    show_in_search_results = False
    lists_every_language = True
    FACETS = [
        # (GET parameter, taxonomy model, ResourcePage field)
        ("type", ResourceType, "resource_type"),
        ("care_area", CareArea, "care_areas"),
        ("outcome", Outcome, "outcomes"),
        ("sector", Sector, "sectors"),
        ("audience", Audience, "audiences"),
        ("area", Area, "areas"),
    ]

    parent_page_types = ["carers_site.HomePage"]
    subpage_types = ["resources.ResourcePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("resource library")

    def filtered_resources(self, params):
        """Live resources under this library matching every chosen facet, and the chosen terms by parameter.

        Resources private to the Professionals group are included: the library shows everyone their title and
        summary with a "For professionals" label (see get_context), never their body.
        """
        resources = self.listed_pages(ResourcePage, public=False).select_related("resource_type")
        chosen = {}
        for param, model, field in self.FACETS:
            slug = params.get(param)
            if not slug:
                continue
            term = english_term(model, slug)
            if term is None:
                # An unknown value matches nothing, rather than silently showing everything.
                return resources.none(), chosen
            chosen[param] = term
            resources = resources.filter(**{field: term})
        return resources.distinct().order_by("-date_revised", "title"), chosen

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        resources, chosen = self.filtered_resources(request.GET)
        facets = []
        for param, model, _field in self.FACETS:
            options = term_choices(kept_english_terms(model), chosen.get(param))
            facets.append({"param": param, "label": model._meta.verbose_name, "options": options})
        page_obj = paginate(request, resources.select_related("resource_type"))
        originals = list(page_obj.object_list)  # their types are fetched with them; the type's name is localized
        kinds = list({item.resource_type for item in originals if item.resource_type})
        types = {kind.pk: shown for kind, shown in zip(kinds, localize(kinds), strict=True)}
        page_obj.object_list = localize(originals)
        for original, item in zip(originals, page_obj.object_list, strict=True):
            item.type_shown = types.get(original.resource_type_id)
        PageAccess.for_request(request).mark(page_obj)  # for_professionals, can_read: one query for all cards
        has_private = any(item.for_professionals for item in page_obj)
        context.update(page_obj=page_obj, facets=facets, chosen=chosen, has_private=has_private)
        return context


class ResourcePage(ContentPage):
    """A toolkit entry for professionals: guidance, toolkits, good practice, learning materials."""

    family_pack_sheet = "carers_site/family_pack/content/body.html"

    body = StreamField(BodyStreamBlock(), blank=True, use_json_field=True)
    resource_type = models.ForeignKey(
        "carers_site.ResourceType", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    care_areas = ParentalManyToManyField("carers_site.CareArea", blank=True, related_name="+")
    outcomes = ParentalManyToManyField("carers_site.Outcome", blank=True, related_name="+")
    sectors = ParentalManyToManyField("carers_site.Sector", blank=True, related_name="+", verbose_name=_("I work in"))
    audiences = ParentalManyToManyField("carers_site.Audience", blank=True, related_name="+")
    areas = ParentalManyToManyField("carers_site.Area", blank=True, related_name="+", verbose_name=_("location"))
    date_revised = models.DateField(null=True, blank=True)

    content_panels = ContentPage.content_panels + [
        FieldPanel("body"),
        InlinePanel("downloads", label=_("download"), heading=_("Downloads (one per language)")),
        MultiFieldPanel(
            [
                FieldPanel("resource_type"),
                FieldPanel("care_areas"),
                FieldPanel("outcomes"),
                FieldPanel("sectors"),
                FieldPanel("audiences"),
                FieldPanel("areas"),
                FieldPanel("date_revised"),
            ],
            heading=_("Library filters"),
        ),
    ]
    search_fields = ContentPage.search_fields + [index.SearchField("body"), index.FilterField("date_revised")]
    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")

    # Labels for the fields whose verbose names Django makes up from the field name (so not translatable).
    FACET_TERM_LABELS = {"care_areas": _("care areas"), "outcomes": _("outcomes"), "audiences": _("audiences")}

    def facet_terms(self):
        """(label, terms) for each library filter this resource has, for the "About this resource" box."""
        rows = [
            (self.FACET_TERM_LABELS.get(name) or self._meta.get_field(name).verbose_name, getattr(self, name).all())
            for name in ("care_areas", "outcomes", "sectors", "audiences", "areas")
        ]
        return [(label, terms) for label, terms in rows if terms]


class ResourceDownload(Orderable):
    """A file attached to a resource, in one language (e.g. the Welsh edition of a toolkit)."""

    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="downloads")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(max_length=255, blank=True, help_text=_("Leave blank to use the document's title."))
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, default="en")

    panels = [FieldPanel("document"), FieldPanel("title"), FieldPanel("language")]

    @property
    def display_title(self):
        return self.title or self.document.title


class LeafletIndexPage(ContentPage):
    show_in_search_results = False
    lists_every_language = True
    parent_page_types = ["carers_site.HomePage"]
    subpage_types = ["resources.LeafletPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("leaflet index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["page_obj"] = page_obj = paginate(request, self.listed_pages(LeafletPage).order_by("title"))
        page_obj.object_list = localize(page_obj.object_list)
        return context


class LeafletPage(EasyReadMixin, ReviewDateMixin, RelatedHelpMixin, ContentPage):
    """A printed leaflet published as a page, with its PDF to download."""

    family_pack_sheet = "carers_site/family_pack/content/body.html"

    body = StreamField(BodyStreamBlock(), use_json_field=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("PDF"),
    )
    audiences = ParentalManyToManyField("carers_site.Audience", blank=True, related_name="+")
    care_areas = ParentalManyToManyField("carers_site.CareArea", blank=True, related_name="+")

    content_panels = ContentPage.content_panels + [
        FieldPanel("body"),
        FieldPanel("document"),
        MultiFieldPanel(
            [
                FieldPanel("audiences"),
                FieldPanel("care_areas"),
                FieldPanel("interventions"),
                FieldPanel("easy_read"),
                EASY_READ_PANEL,
            ],
            heading=_("About this leaflet"),
        ),
        RelatedHelpMixin.related_help_panel(),
        review_panel(),
    ]
    search_fields = ContentPage.search_fields + [index.SearchField("body")]
    parent_page_types = ["resources.LeafletIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("leaflet")


class NetworkQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=255)
    hint = blocks.CharBlock(
        required=False, max_length=255, help_text=_("Optional. An example or a few words to help people answer.")
    )

    class Meta:
        icon = "help"
        label = _("question")


class SupportNetworkMapPage(ContentPage):
    """The support-network map: questions a family answers on screen and prints (based on the Oxleas tool).

    The answers never leave the browser: the page has no form that sends them, and says so.
    """

    family_pack_sheet = "carers_site/family_pack/content/support_network_map.html"

    questions = StreamField(
        [("question", NetworkQuestionBlock())],
        use_json_field=True,
        min_num=1,
        max_num=10,
        help_text=_("The questions, in order. Each gets a box to write in."),
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        use_json_field=True,
        verbose_name=_("after the questions"),
        help_text=_("Optional. For example, how staff can use the map with a family."),
    )

    content_panels = ContentPage.content_panels + [FieldPanel("questions"), FieldPanel("body")]
    search_fields = ContentPage.search_fields + [index.SearchField("questions"), index.SearchField("body")]
    parent_page_types = ["carers_site.HomePage", "resources.GuidancePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("support network map")


from resources.access_models import AccessRequest  # noqa: E402, F401  (staff asking to read professional-only resources)
from resources.audio_models import AudioVersion  # noqa: E402, F401  (audio versions of pages: see audio_models.py)
from resources.pdf_models import LeafletPDF  # noqa: E402, F401  (the PDF the site makes of each leaflet)
