"""The home page: the site's root in each language, with its pathways and the latest news and events."""

import copy

from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index

from carers_site.core.page_mixins import TranslationCheckMixin
from carers_site.events.models import EventPage
from carers_site.news.models import NewsPage


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
        starts routing every request, so kept per process and language (carers_site.core.site_wide) and copied for the
        caller, who may change it."""
        from django.utils.translation import get_language

        from carers_site.core.site_wide import remembered

        kept = remembered(f"home:{self.pk}:{get_language()}", lambda: TranslatableMixin.localized.fget(self).specific)
        return copy.copy(kept)

    def live_sections(self):
        """{slug: live child page, specific}: the sections every request is routed through, kept per process
        (carers_site.core.site_wide: publishing, unpublishing, moving or renaming one renews them). Read-only."""
        from carers_site.core.site_wide import remembered

        return remembered(
            f"sections:{self.pk}", lambda: {page.slug: page for page in self.get_children().live().specific()}
        )

    def english_home(self):
        """The home page in the site's default language (None for that one itself), specific; kept per process."""
        from carers_site.core.site_wide import remembered

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
