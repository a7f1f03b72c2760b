"""Taxonomies used across the site, editable as snippets.

Each term is translatable (its name is shown to carers). Pages point at the English term and filters match
on the English term's slug; what is shown goes through ``carers_site.core.languages.localize`` (or the
``in_reader_language`` template filter), which reads a whole list of terms in the reader's language at once.
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class Term(TranslatableMixin, index.Indexed, models.Model):
    """A named term with a stable slug, unique per language."""

    #: A change to one changes what every page shows: the page cache is purged (carers_site/caching/page_cache.py).
    shown_on_every_page = True

    name = models.CharField(max_length=120)
    slug = models.SlugField(
        max_length=120, help_text=_("Used in web addresses and filters. Do not change it once in use.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    # Filters match on the English term's slug, so every translation keeps it (only the name is translated).
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class Audience(Term):
    description = models.CharField(max_length=255, blank=True)
    panels = Term.panels + [FieldPanel("description")]

    class Meta(Term.Meta):
        verbose_name = _("audience")


class CareArea(Term):
    class Meta(Term.Meta):
        verbose_name = _("care area")


class ResourceType(Term):
    class Meta(Term.Meta):
        verbose_name = _("resource type")


class Outcome(Term):
    class Meta(Term.Meta):
        verbose_name = _("outcome")


class Sector(Term):
    class Meta(Term.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _('sectors ("I work in")')


class Intervention(Term):
    """One of the Carers Hub's spokes: a kind of help a carers' service offers."""

    description = models.CharField(max_length=255, blank=True)
    panels = Term.panels + [FieldPanel("description")]

    class Meta(Term.Meta):
        verbose_name = _("intervention")


class Language(models.Model):
    """A language a service works in, by ISO 639-1 code. Names are shown in the language itself."""

    #: A change to one changes what every page shows: the page cache is purged (carers_site/caching/page_cache.py).
    shown_on_every_page = True

    code = models.CharField(max_length=8, unique=True)
    name = models.CharField(max_length=60, help_text=_("The language's name in that language, e.g. Cymraeg."))
    english_name = models.CharField(max_length=60)

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("english_name")]

    class Meta:
        ordering = ["english_name"]

    def __str__(self):
        return self.english_name if self.name == self.english_name else f"{self.english_name} ({self.name})"


class Area(TranslatableMixin, ClusterableModel):
    """A place in the hierarchy UK > nation > region > borough. Services say which areas they serve."""

    #: A change to one changes what every page shows: the page cache is purged (carers_site/caching/page_cache.py).
    shown_on_every_page = True

    class Kind(models.TextChoices):
        COUNTRY = "country", _("Country")
        NATION = "nation", _("Nation")
        REGION = "region", _("Region")
        BOROUGH = "borough", _("Borough")

    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="children")
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)

    # Only the name is words; the rest says where the area is, the same in every language.
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("latitude", overridable=False),
        SynchronizedField("longitude", overridable=False),
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("parent"),
        FieldPanel("latitude"),
        FieldPanel("longitude"),
        InlinePanel("postcode_districts", heading=_("Postcode districts"), label=_("district")),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.parent_id and self.parent_id == self.pk:
            raise ValidationError({"parent": _("An area cannot be inside itself.")})

    def ancestors(self):
        """This area and every area above it, nearest first."""
        area, seen = self, []
        while area is not None and area not in seen:
            seen.append(area)
            area = area.parent
        return seen


POSTCODE_DISTRICT_RE = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?$")


def normalise_district(value):
    return re.sub(r"\s+", "", value or "").upper()


class PostcodeDistrict(Orderable):
    """The first half of a postcode (e.g. IG11), mapped to one borough so a postcode finds it offline."""

    #: A change to one changes what every page shows: the page cache is purged (carers_site/caching/page_cache.py).
    shown_on_every_page = True

    area = ParentalKey(Area, on_delete=models.CASCADE, related_name="postcode_districts")
    code = models.CharField(max_length=4, unique=True, help_text=_("For example IG11 or RM8."))
    latitude = models.DecimalField(
        max_digits=9, decimal_places=6, null=True, blank=True, help_text=_("The middle of the district, roughly.")
    )
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)

    panels = [FieldPanel("code"), FieldPanel("latitude"), FieldPanel("longitude")]

    class Meta(Orderable.Meta):
        verbose_name = _("postcode district")

    def __str__(self):
        return self.code

    def clean(self):
        self.code = normalise_district(self.code)
        if not POSTCODE_DISTRICT_RE.match(self.code):
            raise ValidationError({"code": _("Enter a postcode district such as IG11 or RM8.")})
