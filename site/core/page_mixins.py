"""Fields and behaviour shared by the site's page types."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class TranslationCheckMixin(models.Model):
    """Marks a translated page as a draft until someone fluent in the language has read it.

    wagtail-localize copies untranslatable fields from the English page; this one is overridable, so a
    reviewer ticks it on the translation alone. Until it is ticked the page tells readers it is a draft.
    """

    translation_checked = models.BooleanField(
        _("translation checked by a native speaker"),
        default=False,
        help_text=_(
            "Translations only. Leave unticked until someone who speaks the language well has read this page. "
            "Until then the page tells readers the translation is a draft."
        ),
    )

    override_translatable_fields = [SynchronizedField("translation_checked", overridable=True)]
    settings_panels = Page.settings_panels + [FieldPanel("translation_checked")]

    class Meta:
        abstract = True

    @property
    def translation_is_draft(self):
        """True on a translated page nobody fluent has checked yet (never on the English original)."""
        return not self.translation_checked and self.locale_id != Locale.get_default().pk


#: The taxonomy fields of pages that search filters by and counts (search/services.py), and those naming areas.
SEARCH_TERM_FIELDS = ("resource_type", "audiences", "care_areas", "languages")
AREA_FIELDS = ("areas_served", "areas", "area")


def terms_of(page, field_name):
    """The taxonomy terms a page has in one field (empty if the page type has no such field)."""
    value = getattr(page, field_name, None)
    if value is None:
        return []
    return list(value.all()) if hasattr(value, "all") else [value]


def term_keyword(term):
    """How a term is named in search filters and URLs: a language by its code, other terms by their slug."""
    return term.code if hasattr(term, "code") else term.slug


class ContentPage(TranslationCheckMixin, Page):
    """A page with a one-line summary, used in listings, search results and link previews."""

    #: Listed in site search results (index pages that only list other pages set this to False).
    show_in_search_results = True
    #: A listing page that works under every content language's prefix: served in English until it is translated
    #: (HomePage.route), listing the English pages under it, each in the reader's language where translated.
    lists_every_language = False
    #: The template that prints this page's content on a family-pack sheet; None: packs do not hold this type
    #: (carers_site/sharing/family_pack.py finds the types that set one).
    family_pack_sheet = None

    summary = models.TextField(
        max_length=300,
        blank=True,
        help_text=_("One or two plain sentences. Shown in lists and search results."),
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.AutocompleteField("summary"),
        index.FilterField("search_keywords"),
    ]
    content_panels = Page.content_panels + [FieldPanel("summary")]

    class Meta:
        abstract = True

    def search_keywords(self):
        """The page's type, format and terms as keywords, e.g. ``type:ServicePage``, ``easy_read:1``,
        ``audiences:young-carers``, ``languages:ur``, ``area:havering``. A search server indexes them in one field,
        so that one request both filters by them and counts them for the search page's facets (search/services.py).
        A page with no area that is not a service is for everyone: ``area:*``."""
        keywords = [f"type:{type(self).__name__}"]
        if getattr(self, "easy_read", False):
            keywords.append("easy_read:1")
        for name in SEARCH_TERM_FIELDS:
            keywords += [f"{name}:{term_keyword(term)}" for term in terms_of(self, name)]
        areas = [area for name in AREA_FIELDS for area in terms_of(self, name)]
        keywords += [f"area:{area.slug}" for area in areas]
        if not areas and not hasattr(self, "areas_served"):
            keywords.append("area:*")
        return keywords

    def get_meta_description(self):
        return self.search_description or self.summary

    def route(self, request, path_components):
        """A child of a page that holds one page type (a directory's services, the news) is found in one query, as
        that type, instead of Wagtail's two (as a Page, then as itself). Anything else is routed as Wagtail does."""
        child_models = self.allowed_subpage_models() if path_components else []
        if len(child_models) == 1:
            child = child_models[0].objects.child_of(self).filter(slug=path_components[0]).first()
            if child is not None:
                child._cached_parent_obj = self  # as Wagtail does: its breadcrumbs need no query for this page
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def listed_pages(self, model, public=True):
        """Live (and public) pages of ``model`` listed under this page in the site's default language: the full
        list (show them with carers_site.core.languages.localize), not just what has been translated into this one's."""
        from wagtail.models import Locale

        default = Locale.get_default()
        english = self.get_translation_or_none(default) if self.locale_id not in (None, default.pk) else None
        pages = model.objects.live().child_of(english or self)
        return pages.public() if public else pages


#: How long a page may go before it is checked again, unless its editor sets another date.
REVIEW_EVERY_DAYS = 365


def default_review_date():
    """A year from today: new pages start with a review date, so none can be forgotten."""
    return timezone.localdate() + datetime.timedelta(days=REVIEW_EVERY_DAYS)


class ReviewDateMixin(models.Model):
    """Content carers rely on must be checked regularly: it records when, and the page's owner is reminded.

    The owner is Wagtail's own ``Page.owner`` (whoever created the page, changeable in the review panel):
    the daily ``send_review_reminders`` command emails each owner what is due.
    """

    # null=True so rows made before the field was required stay valid; the form and full_clean() require it.
    review_date = models.DateField(
        null=True,
        default=default_review_date,
        help_text=_("When this must next be checked to make sure it is still right. The owner gets a reminder."),
    )

    class Meta:
        abstract = True

    @property
    def review_overdue(self):
        return self.review_date is not None and self.review_date < timezone.localdate()


class EasyReadMixin(models.Model):
    """Easy read pages are listed by the search's "Easy read" filter and shown with larger, simpler type.

    A page names its easy read version (``easy_read_version``); the easy read page finds the page it is the easy read
    of through the same link, so one choice links them both ways (carers_site/sharing/formats.py)."""

    easy_read = models.BooleanField(
        default=False, help_text=_("Tick if this page is written in easy read, with short sentences and pictures.")
    )
    easy_read_version = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("easy read version"),
        help_text=_(
            "Optional. The easy read page with the same information. Both pages then link to each other under "
            "“Other formats and languages”."
        ),
    )

    # Copied to translations as it is (the English easy read page): the reader sees its version in their language
    # where there is one (carers_site/sharing/formats.py), and a translation never waits for the easy read's.
    override_translatable_fields = TranslationCheckMixin.override_translatable_fields + [
        SynchronizedField("easy_read_version", overridable=False)
    ]

    class Meta:
        abstract = True


def review_panel():
    """The owner and review date side by side, for every page type with a review date."""
    return FieldRowPanel(
        [
            FieldPanel("owner", help_text=_("Who keeps this page right. They get an email when it is due a review.")),
            FieldPanel("review_date"),
        ],
        heading=_("Review"),
    )
