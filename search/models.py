"""Editable search vocabulary (synonyms, crisis words) and a query log that holds no personal data."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

DEFAULT_CRISIS_WORDS = "\n".join(
    [
        "crisis",
        "suicide",
        "suicidal",
        "kill myself",
        "emergency",
        "urgent",
        "help now",
        "at night",
        "out of hours",
        "can't cope",
        "cannot cope",
        "self harm",
        "overdose",
        "danger",
    ]
)


def split_terms(text, separator=","):
    return [" ".join(term.split()).lower() for term in text.split(separator) if term.strip()]


class Synonym(models.Model):
    """Words carers use for the same thing, e.g. "respite, short break, sitting service"."""

    terms = models.TextField(
        help_text=_("Words or phrases that mean the same, separated by commas: respite, short break, sitting service")
    )

    panels = [FieldPanel("terms")]

    class Meta:
        ordering = ["terms"]

    def __str__(self):
        return ", ".join(self.term_list())

    def term_list(self):
        return split_terms(self.terms)

    def clean(self):
        if len(self.term_list()) < 2:
            raise ValidationError({"terms": _("Give at least two words or phrases, separated by commas.")})


@register_setting(icon="search")
class SearchSettings(BaseSiteSetting):
    crisis_words = models.TextField(
        default=DEFAULT_CRISIS_WORDS,
        help_text=_(
            "One word or phrase per line. A search containing any of them (even misspelt) shows the crisis "
            "numbers above the results."
        ),
    )

    panels = [FieldPanel("crisis_words")]

    class Meta:
        verbose_name = _("search settings")

    def crisis_word_list(self):
        return split_terms(self.crisis_words, "\n")


class SearchQueryDay(models.Model):
    """How often a query was searched on one day, and whether it found anything.

    Only the normalised words and a daily count are kept: no time, IP address, session or user.
    """

    date = models.DateField(db_index=True)
    query = models.CharField(max_length=200)
    searches = models.PositiveIntegerField(default=0)
    searches_without_results = models.PositiveIntegerField(default=0)

    class Meta:
        unique_together = [("date", "query")]
        verbose_name = _("search query (daily count)")

    def __str__(self):
        return f"{self.date}: {self.query}"


def forget_cached_vocabulary(**kwargs):
    """Editors' synonym changes apply to the very next search."""
    from django.core.cache import cache

    cache.delete_many(["search:synonyms", "search:vocabulary"])


models.signals.post_save.connect(forget_cached_vocabulary, sender=Synonym)
models.signals.post_delete.connect(forget_cached_vocabulary, sender=Synonym)
