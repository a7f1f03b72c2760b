"""Admin report "Translation status": every page by language, and what to do about each.

Rows are the pages in the default language (English), in tree order; there is a column for every other
language in ``settings.WAGTAIL_CONTENT_LANGUAGES``. Each cell says where that page stands in that language,
decided from wagtail-localize's records:

- **Up to date**: the page is translated and the English page has not been published since the
  translation was last synced. wagtail-localize stamps ``TranslationSource.last_updated_at`` when the
  page is first submitted for translation and again on "Sync translated pages" (``update_from_db``).
- **Out of date**: the English page was published after that stamp, so the translation lacks the changes
  ("Sync translated pages" brings them in); or it was synced but the translated page has not been saved
  since, so the synced text still has to be translated and published (in the translation editor).
- **Not translated yet (shows English)**: only wagtail-localize's alias page exists in that language (made
  by tree sync); it repeats the English page and is not a translation.
- **Missing**: no page in that language.

A page in the language that wagtail-localize does not keep in step (translated by hand, or its synced
translation was stopped) is out of date when the English page was published after the translation was
last saved. Drafts of the English page do not count: only publishing changes what readers see.

Each cell links to the action: "Translate this page" (missing), "Sync translated pages" (out of date, synced),
or the translation's editor. The statuses of every page in every language come from five queries, however
many pages there are.
"""

import dataclasses
import datetime
from collections import Counter, OrderedDict
from dataclasses import dataclass

import django_filters
from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import get_language_info, gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import ContentTypeFilter, WagtailFilterSet
from wagtail.admin.ui.tables import BaseColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail_localize.models import Translation, TranslationSource

UP_TO_DATE = "up_to_date"
OUT_OF_DATE = "out_of_date"
SHOWS_ENGLISH = "shows_english"
MISSING = "missing"

STATUS_LABELS = {
    UP_TO_DATE: _("Up to date"),
    OUT_OF_DATE: _("Out of date"),
    SHOWS_ENGLISH: _("Not translated yet (shows English)"),
    MISSING: _("Missing"),
}

#: In the table's cells, where space is short: the alias case says "shows English" as a note.
CELL_LABELS = {**STATUS_LABELS, SHOWS_ENGLISH: _("Not translated yet")}

#: The status filter's extra choice: anything but up to date.
NEEDS_WORK = "needs_work"

TRANSLATE, SYNC, EDIT = "translate", "sync", "edit"

#: Short link texts for the table's cells; the link's accessible name says the page and the language.
ACTION_LABELS = {TRANSLATE: _("Translate"), SYNC: _("Sync"), EDIT: _("Edit")}
ACTION_DESCRIPTIONS = {
    TRANSLATE: _("Translate “%(page)s” into %(language)s"),
    SYNC: _("Sync translated pages of “%(page)s” with the English"),
    EDIT: _("Edit the %(language)s translation of “%(page)s”"),
}
#: The same actions under wagtail-localize's own names, for the spreadsheet.
ACTION_NAMES = {
    TRANSLATE: _("Translate this page"),
    SYNC: _("Sync translated pages"),
    EDIT: _("Edit translation"),
}

translation_permission_policy = ModelPermissionPolicy(Translation)


def user_can_translate(user):
    """People who may submit pages for translation (wagtail-localize's permission), and superusers."""
    return user.is_active and user.has_perm("wagtail_localize.submit_translation")


def absolute_admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def language_name(code, fallback):
    """The language's name in the admin's language (e.g. "Urdu"), rather than in the language itself."""
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return fallback


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    locale_id: int


class Cell:
    """One page in one language: its status and the link to act on it."""

    __slots__ = ("status", "page_id", "language", "target_id", "source_id", "synced", "awaiting", "live", "drafted")

    def __init__(self, status, page_id, language, target=None, source_id=None, synced=False, awaiting=False):
        self.status = status
        self.page_id = page_id
        self.language = language
        self.target_id = target.pk if target else None
        self.live = target.live if target else False
        self.drafted = target.has_unpublished_changes if target else False
        self.source_id = source_id
        #: wagtail-localize keeps this translation in step with the English (an enabled Translation).
        self.synced = synced
        #: Synced, but the translated page has not been saved since: the new text awaits translation.
        self.awaiting = awaiting

    @property
    def label(self):
        return STATUS_LABELS[self.status]

    @property
    def short_label(self):
        return CELL_LABELS[self.status]

    @property
    def action(self):
        if self.status in (MISSING, SHOWS_ENGLISH):
            return TRANSLATE
        if self.status == OUT_OF_DATE and self.synced and not self.awaiting:
            return SYNC
        return EDIT

    @property
    def url(self):
        action = self.action
        if action == TRANSLATE:
            url = reverse("wagtail_localize:submit_page_translation", args=[self.page_id])
            return url + "?" + urlencode({"select_locale": self.language.code})
        if action == SYNC:
            return reverse("wagtail_localize:update_translations", args=[self.source_id])
        return reverse("wagtailadmin_pages:edit", args=[self.target_id])

    def url_returning_to(self, next_url):
        """The action's link; wagtail-localize's views come back to ``next_url`` when done."""
        url = self.url
        if next_url and self.action in (TRANSLATE, SYNC):
            url += ("&" if "?" in url else "?") + urlencode({"next": next_url})
        return url

    @property
    def notes(self):
        if self.status == SHOWS_ENGLISH:
            return [gettext("Shows English")]
        if self.status == MISSING:
            return []
        notes = []
        if not self.synced:
            notes.append(gettext("Translated by hand, not synced"))
        if self.awaiting:
            notes.append(gettext("Synced, awaiting translation"))
        if not self.live:
            notes.append(gettext("Not published yet"))
        elif self.drafted:
            notes.append(gettext("Has unpublished changes"))
        return notes

    def describe_action(self, page_title):
        return ACTION_DESCRIPTIONS[self.action] % {"page": page_title, "language": self.language.name}


@dataclass(frozen=True)
class Target:
    """The page in another language with the same translation key."""

    pk: int
    alias_of_id: int | None
    live: bool
    has_unpublished_changes: bool
    last_published_at: datetime.datetime | None
    latest_revision_created_at: datetime.datetime | None


class TranslationStatuses:
    """The status of every default-language page in every other language, read in five queries."""

    def __init__(self):
        locale_ids = dict(Locale.objects.values_list("language_code", "pk"))
        default_code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        self.default_locale_id = locale_ids.get(default_code)
        self.languages = [
            Language(code, language_name(code, name), locale_ids[code])
            for code, name in settings.WAGTAIL_CONTENT_LANGUAGES
            if code != default_code and code in locale_ids
        ]
        by_locale = {language.locale_id: language for language in self.languages}

        pages = Page.objects.filter(locale_id=self.default_locale_id, depth__gt=1)
        keys = pages.values("translation_key")
        #: page id -> (translation key, last published, content type id)
        self.pages = {
            pk: (key, published, content_type_id)
            for pk, key, published, content_type_id in pages.values_list(
                "pk", "translation_key", "last_published_at", "content_type_id"
            )
        }
        targets = {
            (key, locale_id): Target(*fields)
            for key, locale_id, *fields in Page.objects.filter(
                locale_id__in=list(by_locale), translation_key__in=keys
            ).values_list("translation_key", "locale_id", *(field.name for field in dataclasses.fields(Target)))
        }
        sources = {
            key: (pk, synced_at)
            for pk, key, synced_at in TranslationSource.objects.filter(
                locale_id=self.default_locale_id, object_id__in=keys
            ).values_list("pk", "object_id", "last_updated_at")
        }
        synced = set(
            Translation.objects.filter(
                source__locale_id=self.default_locale_id, source__object_id__in=keys, enabled=True
            ).values_list("source_id", "target_locale_id")
        )

        self.cells = {}
        for page_id, (key, published, _content_type_id) in self.pages.items():
            source_id, synced_at = sources.get(key, (None, None))
            row = self.cells[page_id] = {}
            for language in self.languages:
                target = targets.get((key, language.locale_id))
                row[language.code] = self.decide(page_id, language, published, target, source_id, synced_at, synced)

    @staticmethod
    def decide(page_id, language, published, target, source_id, synced_at, synced):
        if target is None:
            return Cell(MISSING, page_id, language)
        if target.alias_of_id is not None:
            return Cell(SHOWS_ENGLISH, page_id, language, target)
        saved_at = target.latest_revision_created_at or target.last_published_at
        if source_id is not None and (source_id, language.locale_id) in synced:
            # Kept in step by wagtail-localize. Out of date when the English was published after the last sync
            # ("Sync translated pages" fixes it), or when the translated page has not been saved since that sync
            # (the synced text still has to be translated and published, in the translation editor).
            if published is not None and published > synced_at:
                return Cell(OUT_OF_DATE, page_id, language, target, source_id, synced=True)
            if saved_at is None or saved_at < synced_at:
                return Cell(OUT_OF_DATE, page_id, language, target, source_id, synced=True, awaiting=True)
            return Cell(UP_TO_DATE, page_id, language, target, source_id, synced=True)
        # Translated by hand: out of date when the English was published after the translation was last saved.
        behind = published is not None and (saved_at is None or published > saved_at)
        return Cell(OUT_OF_DATE if behind else UP_TO_DATE, page_id, language, target, source_id)

    def cell(self, page_id, code):
        return self.cells.get(page_id, {}).get(code)

    def page_ids(self, content_type=None):
        if content_type is None:
            return list(self.pages)
        return [pk for pk, (_key, _published, ct_id) in self.pages.items() if ct_id == content_type.pk]

    def page_ids_with_status(self, status, codes):
        """Pages with that status in at least one of the languages."""
        wanted = set(STATUS_LABELS) - {UP_TO_DATE} if status == NEEDS_WORK else {status}
        return [
            page_id
            for page_id, row in self.cells.items()
            if any(row[code].status in wanted for code in codes if code in row)
        ]

    def counts(self, languages, content_type=None):
        """[(language, {status: number of pages})] for a summary."""
        page_ids = self.page_ids(content_type)
        return [
            (language, Counter(self.cells[page_id][language.code].status for page_id in page_ids))
            for language in languages
        ]


def page_content_types(request):
    """Types of the pages the report lists, for the filter."""
    default_code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    page_types = Page.objects.filter(depth__gt=1, locale__language_code=default_code).values("content_type")
    return ContentType.objects.filter(pk__in=page_types).order_by("model")


class TranslationStatusFilterSet(WagtailFilterSet):
    language = django_filters.MultipleChoiceFilter(
        label=_("Languages"),
        widget=forms.CheckboxSelectMultiple,
        method="show_languages",
        help_text=_("Show only these languages. None ticked shows every language."),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[*STATUS_LABELS.items(), (NEEDS_WORK, _("Needs work (anything but up to date)"))],
        empty_label=_("Any"),
        widget=forms.RadioSelect,
        method="filter_status",
        help_text=_("Pages with this status in at least one of the languages shown."),
    )
    page_type = ContentTypeFilter(
        label=_("Page type"), field_name="content_type", queryset=page_content_types, empty_label=_("All")
    )

    class Meta:
        model = Page
        fields = []

    def __init__(self, *args, statuses, **kwargs):
        self.statuses = statuses
        super().__init__(*args, **kwargs)
        self.filters["language"].extra["choices"] = [(lang.code, lang.name) for lang in statuses.languages]

    def _add_locale_filter(self):
        """No "Locale" filter (WagtailFilterSet adds one for translatable models): languages are columns here."""

    def show_languages(self, queryset, name, value):
        return queryset  # chooses the columns: see TranslationStatusReportView.languages

    def filter_status(self, queryset, name, value):
        codes = self.form.cleaned_data.get("language") or [lang.code for lang in self.statuses.languages]
        return queryset.filter(pk__in=self.statuses.page_ids_with_status(value, codes))


def page_type_label(page):
    model = page.content_type.model_class()
    return capfirst(model._meta.verbose_name) if model else ""


class PageTitleColumn(TitleColumn):
    """The English page's title, indented by its depth in the tree, linking to its editor; when it was published."""

    cell_template_name = "carers_site/admin/translation_status_title_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["indent"] = max(instance.depth - 2, 0)
        context["published"] = instance.last_published_at
        return context


class LanguageStatusColumn(BaseColumn):
    cell_template_name = "carers_site/admin/translation_status_cell.html"

    def __init__(self, language, statuses, next_url):
        super().__init__(language.code, label=language.name)
        self.language = language
        self.statuses = statuses
        self.next_url = next_url

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        cell = self.statuses.cell(instance.pk, self.language.code)
        context["cell"] = cell
        if cell is not None:
            context["url"] = cell.url_returning_to(self.next_url)
            context["action_label"] = ACTION_LABELS[cell.action]
            context["action_description"] = cell.describe_action(instance.get_admin_display_title())
        return context


class TranslationStatusReportView(ReportView):
    page_title = _("Translation status")
    header_icon = "wagtail-localize-language"
    template_name = "carers_site/admin/translation_status.html"
    results_template_name = "carers_site/admin/translation_status_results.html"
    index_url_name = "translation_status_report"
    index_results_url_name = "translation_status_report_results"
    export_filename = "translation-status"
    filterset_class = TranslationStatusFilterSet
    no_results_message = _("No page matches these filters.")
    permission_policy = translation_permission_policy
    permission_required = "submit"

    @cached_property
    def statuses(self):
        return TranslationStatuses()

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "statuses": self.statuses}

    @cached_property
    def valid_filters(self):
        return self.filters.form.cleaned_data if self.filters and self.filters.is_valid() else {}

    @cached_property
    def languages(self):
        """The languages ticked in the filter, or every language."""
        chosen = set(self.valid_filters.get("language") or ())
        return [language for language in self.statuses.languages if not chosen or language.code in chosen]

    def get_queryset(self):
        return (
            Page.objects.filter(locale_id=self.statuses.default_locale_id, depth__gt=1)
            .select_related("content_type")
            .order_by("path")
        )

    @cached_property
    def return_url(self):
        """This report with the same filters, for wagtail-localize's views to come back to."""
        query = self.request.GET.copy()
        for name in ("export", "_w_filter_fragment", self.page_kwarg):
            query.pop(name, None)
        return self.index_url + ("?" + query.urlencode() if query else "")

    @cached_property
    def columns(self):
        return [
            PageTitleColumn(
                "title",
                label=_("Page"),
                accessor="get_admin_display_title",
                url_name="wagtailadmin_pages:edit",
                classname="translation-status-page",
            ),
            *[LanguageStatusColumn(language, self.statuses, self.return_url) for language in self.languages],
        ]

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["summary"] = [
            (language, [(status, label, counts[status]) for status, label in STATUS_LABELS.items()])
            for language, counts in self.statuses.counts(self.languages, self.valid_filters.get("page_type"))
        ]
        context["status_labels"] = STATUS_LABELS
        context["index_url"] = self.index_url
        return context

    # Spreadsheet: one row per page, a status and a link column for each language shown.

    @property
    def list_export(self):
        fields = ["title", "page_type", "last_published_at", "edit_url"]
        for language in self.languages:
            fields += [f"{language.code}_status", f"{language.code}_action", f"{language.code}_link"]
        return fields

    def get_heading(self, queryset, field):
        headings = {
            "title": gettext("Page"),
            "page_type": gettext("Type"),
            "last_published_at": gettext("English last published"),
            "edit_url": gettext("Edit link"),
        }
        for language in self.languages:
            headings[f"{language.code}_status"] = str(language.name)
            headings[f"{language.code}_action"] = gettext("%(language)s: what to do") % {"language": language.name}
            headings[f"{language.code}_link"] = gettext("%(language)s: link") % {"language": language.name}
        return headings[field]

    def to_row_dict(self, item):
        published = item.last_published_at
        row = OrderedDict(
            title=item.get_admin_display_title(),
            page_type=page_type_label(item),
            last_published_at=timezone.localtime(published).strftime("%Y-%m-%d %H:%M") if published else "",
            edit_url=absolute_admin_url(reverse("wagtailadmin_pages:edit", args=[item.pk])),
        )
        for language in self.languages:
            cell = self.statuses.cell(item.pk, language.code)
            row[f"{language.code}_status"] = str(cell.label) if cell else ""
            row[f"{language.code}_action"] = str(ACTION_NAMES[cell.action]) if cell else ""
            row[f"{language.code}_link"] = absolute_admin_url(cell.url) if cell else ""
        return row
