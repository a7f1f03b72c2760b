"""Information measures kept without tracking: how often each page is read, per day.

Only the page and a daily count are stored: no time, address, cookie, session or user, so a row says
nothing about any person. search.SearchQueryDay does the same for searches.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PageViewDay(models.Model):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    date = models.DateField(db_index=True)
    views = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["page", "date"], name="one_page_view_count_per_day")]
        verbose_name = _("page views (daily count)")

    def __str__(self):
        return f"{self.date}: page {self.page_id}"
