"""Fields and behaviour shared by the site's page types."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index


class ContentPage(Page):
    """A page with a one-line summary, used in listings, search results and link previews."""

    #: Listed in site search results (index pages that only list other pages set this to False).
    show_in_search_results = True

    summary = models.TextField(
        max_length=300,
        blank=True,
        help_text=_("One or two plain sentences. Shown in lists and search results."),
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.AutocompleteField("summary"),
    ]
    content_panels = Page.content_panels + [FieldPanel("summary")]

    class Meta:
        abstract = True

    def get_meta_description(self):
        return self.search_description or self.summary


class ReviewDateMixin(models.Model):
    """Content carers rely on must be checked regularly; this records when it is next due."""

    review_date = models.DateField(
        null=True, blank=True, help_text=_("When this must next be checked to make sure it is still right.")
    )

    class Meta:
        abstract = True

    @property
    def review_overdue(self):
        return self.review_date is not None and self.review_date < timezone.localdate()
