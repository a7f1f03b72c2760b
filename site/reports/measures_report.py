"""Admin report "Information measures": what is read, what is searched for, where services are, what is overdue.

Made from the counts kept without tracking (carers_site.PageViewDay and search's SearchQueryDay) and from the
pages themselves. One date range, headline figures and five tables; each table downloads in full as CSV.
The ``measures_report`` command prints the same figures. Registered in wagtail_hooks.py (Reports menu).
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.db.models import Sum
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import get_language_info, gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.models import Locale, Page
from wagtail.permission_policies import ModelPermissionPolicy

from carers_site.core.spreadsheets import csv_download
from carers_site.core.taxonomy import Area
from carers_site.reports.measures import flush_page_views
from carers_site.reports.models import PageViewDay
from carers_site.reports.needs_checking import admin_edit_url, page_type_label, past_review
from directory.gap_map import Coverage
from directory.models import ServicePage
from search.models import SearchQueryDay

#: The report's range unless the reader picks another: the last 30 days, today included.
DEFAULT_DAYS = 30
#: Rows shown in each of the report's tables; the CSV has them all.
REPORT_ROWS = 20


def show_date(value):
    return format_date(value, "j F Y")


def share(part, whole):
    """``part`` as a whole-number percentage of ``whole`` ("13%"), or "none" when there is nothing to share."""
    if not whole:
        return gettext("none")
    return f"{round(100 * part / whole)}%"


# --- the figures -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageViews:
    page: Page
    views: int


@dataclass(frozen=True)
class SearchCount:
    query: str
    searches: int


@dataclass(frozen=True)
class BoroughServices:
    borough: Area
    local: int
    including_wider: int


@dataclass(frozen=True)
class OverduePage:
    page: Page
    review_date: datetime.date
    days_overdue: int


class Measures:
    """Every figure for one date range (both days included). ``request`` gives the pages' links their host."""

    def __init__(self, start, end, request=None, today=None):
        self.start, self.end, self.request = start, end, request
        self.today = today or timezone.localdate()
        self.english = Locale.get_default()

    @property
    def days(self):
        return (self.end - self.start).days + 1

    def page_view_rows(self):
        return PageViewDay.objects.filter(date__range=(self.start, self.end))

    def search_rows(self):
        return SearchQueryDay.objects.filter(date__range=(self.start, self.end))

    @cached_property
    def top_pages(self):
        """Every page read in the range, most read first."""
        views = self.page_view_rows()
        totals = dict(views.values("page").annotate(total=Sum("views")).values_list("page", "total"))
        pages = Page.objects.filter(pk__in=views.values("page")).select_related("locale", "content_type")
        rows = [PageViews(page, totals[page.pk]) for page in pages if totals.get(page.pk)]
        return sorted(rows, key=lambda row: (-row.views, row.page.title.lower(), row.page.pk))

    @cached_property
    def top_searches(self):
        queries = self.search_rows().values("query").annotate(total=Sum("searches")).filter(total__gt=0)
        return [SearchCount(row["query"], row["total"]) for row in queries.order_by("-total", "query")]

    @cached_property
    def searches_without_results(self):
        queries = self.search_rows().values("query").annotate(total=Sum("searches_without_results"))
        queries = queries.filter(total__gt=0).order_by("-total", "query")
        return [SearchCount(row["query"], row["total"]) for row in queries]

    def live_services(self):
        """Published English services anyone may read (not drafts, translations or private pages)."""
        return ServicePage.objects.live().public().filter(locale=self.english)

    @cached_property
    def services_per_borough(self):
        """Each English borough with the services naming it, and with those covering its region, nation or
        the whole UK too (as the directory's area filter finds them). Fewest local services first: the gaps."""
        coverage = Coverage(self.live_services(), self.english)
        rows = [
            BoroughServices(borough, len(coverage.by_area[borough.pk]), len(coverage.serving(borough)))
            for borough in coverage.boroughs
        ]
        return sorted(rows, key=lambda row: (row.local, row.including_wider, row.borough.name.lower()))

    @cached_property
    def pages_past_review(self):
        """Published English pages (not translations) whose review date has passed; most overdue first."""
        pages = past_review(Page.objects.live().filter(alias_of__isnull=True), self.today).select_related(
            "owner", "content_type"
        )
        return [OverduePage(page, page.review_date, (self.today - page.review_date).days) for page in pages]

    @cached_property
    def headline(self):
        """(label, figure) pairs for the top of the report and the command."""
        views = self.page_view_rows().aggregate(total=Sum("views"))["total"] or 0
        totals = self.search_rows().aggregate(searches=Sum("searches"), nothing=Sum("searches_without_results"))
        searches, nothing = totals["searches"] or 0, totals["nothing"] or 0
        found_nothing = (
            gettext("%(share)s (%(nothing)s of %(searches)s)")
            % {"share": share(nothing, searches), "nothing": nothing, "searches": searches}
            if searches
            else gettext("No searches")
        )
        return [
            (gettext("Page views"), views),
            (gettext("Searches"), searches),
            (gettext("Searches that found nothing"), found_nothing),
            (gettext("Published services"), self.live_services().count()),
            (gettext("Pages past their review date"), len(self.pages_past_review)),
        ]

    # --- the tables, as shown in the report and the CSV files ---

    def page_address(self, page):
        return (page.get_full_url(self.request) or "") if page.live else ""

    def page_link(self, page):
        return page.get_url(self.request) if page.live else None

    @cached_property
    def tables(self):
        dates = {"start": show_date(self.start), "end": show_date(self.end)}
        edit = Column(
            _("Edit"),
            lambda row: gettext("Edit"),
            href=lambda row: reverse("wagtailadmin_pages:edit", args=[row.page.pk]),
            hidden=lambda row: f" “{row.page.title}”",
            csv=False,
        )
        address = Column(_("Page address"), lambda row: self.page_address(row.page), report=False)
        edit_link = Column(_("Edit link"), lambda row: admin_edit_url(row.page.pk), report=False)
        return [
            MeasureTable(
                "top-pages",
                _("Top pages"),
                gettext("The pages read most from %(start)s to %(end)s.") % dates,
                gettext("No page views were counted in these dates."),
                [
                    Column(_("Page"), lambda row: row.page.title, href=lambda row: self.page_link(row.page)),
                    Column(_("Type"), lambda row: page_type_label(row.page)),
                    Column(_("Language"), lambda row: language_name(row.page.locale.language_code)),
                    Column(_("Views"), lambda row: row.views, numeric=True),
                    edit,
                    address,
                    edit_link,
                ],
                self.top_pages,
            ),
            MeasureTable(
                "top-searches",
                _("Top searches"),
                gettext("The words searched for most from %(start)s to %(end)s.") % dates,
                gettext("Nobody searched in these dates."),
                [
                    Column(_("Search words"), lambda row: row.query),
                    Column(_("Searches"), lambda row: row.searches, numeric=True),
                ],
                self.top_searches,
            ),
            MeasureTable(
                "searches-without-results",
                _("Searches that found nothing"),
                gettext(
                    "Searches from %(start)s to %(end)s that found no page: think about adding a page, a search "
                    "synonym or a promoted result for them."
                )
                % dates,
                gettext("Every search in these dates found something."),
                [
                    Column(_("Search words"), lambda row: row.query),
                    Column(_("Searches that found nothing"), lambda row: row.searches, numeric=True),
                ],
                self.searches_without_results,
            ),
            MeasureTable(
                "services-per-borough",
                _("Services per borough"),
                gettext(
                    "Published services for each borough today, boroughs with the fewest local services first. "
                    "Local services name the borough itself; the second count adds services for its region, "
                    "nation or the whole UK."
                ),
                gettext("There are no boroughs yet. Add them in Taxonomies > Areas."),
                [
                    Column(_("Borough"), lambda row: row.borough.name),
                    Column(_("Local services"), lambda row: row.local, numeric=True),
                    Column(_("Including region and UK-wide services"), lambda row: row.including_wider, numeric=True),
                ],
                self.services_per_borough,
            ),
            MeasureTable(
                "pages-past-review",
                _("Pages past their review date"),
                gettext("Published English pages whose review date was before today, most overdue first."),
                gettext("No page is past its review date."),
                [
                    Column(_("Page"), lambda row: row.page.title, href=lambda row: self.page_link(row.page)),
                    Column(_("Type"), lambda row: page_type_label(row.page)),
                    Column(_("Owner"), lambda row: owner_name(row.page.owner)),
                    Column(_("Review date"), lambda row: row.review_date, display=show_date),
                    Column(_("Days overdue"), lambda row: row.days_overdue, numeric=True),
                    edit,
                    address,
                    edit_link,
                ],
                self.pages_past_review,
            ),
        ]

    def table(self, name):
        return next((table for table in self.tables if table.name == name), None)


def language_name(code):
    """The language's name in the admin's language ("Welsh"), not in the language itself."""
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


def owner_name(user):
    return get_user_display_name(user) if user is not None else gettext("No owner")


@dataclass(frozen=True)
class Column:
    """One column of a table. ``value`` gives the CSV's value and, through ``display``, the report's text."""

    heading: str
    value: Callable[[Any], Any]
    href: Callable[[Any], str | None] | None = None  # the report's cell links here
    hidden: Callable[[Any], str] | None = None  # words added to the link for screen readers
    display: Callable[[Any], str] = str
    numeric: bool = False
    report: bool = True  # shown in the report
    csv: bool = True  # written to the CSV file


@dataclass(frozen=True)
class Cell:
    text: str
    href: str | None = None
    hidden: str = ""
    numeric: bool = False


@dataclass
class MeasureTable:
    name: str  # in the export link and the file name
    title: str
    caption: str
    empty_message: str
    columns: list[Column]
    rows: list = field(default_factory=list)

    @property
    def report_columns(self):
        return [column for column in self.columns if column.report]

    @cached_property
    def shown_rows(self):
        """The first rows, as the report's cells."""
        return [
            [
                Cell(
                    column.display(column.value(row)),
                    column.href(row) if column.href else None,
                    column.hidden(row) if column.hidden else "",
                    column.numeric,
                )
                for column in self.report_columns
            ]
            for row in self.rows[:REPORT_ROWS]
        ]

    @property
    def more_rows(self):
        return max(len(self.rows) - REPORT_ROWS, 0)

    def csv_headings(self):
        return [str(column.heading) for column in self.columns if column.csv]

    def csv_rows(self):
        for row in self.rows:
            yield [column.value(row) for column in self.columns if column.csv]


def csv_response(table, start, end):
    return csv_download(f"{table.name}-{start:%Y-%m-%d}-to-{end:%Y-%m-%d}", table.csv_headings(), table.csv_rows())


# --- the admin page ----------------------------------------------------------------------------------------


class DateRangeForm(forms.Form):
    """The report's dates, as ``?from=2025-03-01&to=2025-03-30``. Without them: the last 30 days."""

    def __init__(self, data=None, today=None):
        self.today = today or timezone.localdate()
        self.default_start = self.today - datetime.timedelta(days=DEFAULT_DAYS - 1)
        if data is not None and "from" not in data and "to" not in data:
            data = None
        super().__init__(data, initial={"from": self.default_start, "to": self.today})
        example = {"example": f"{self.today:%Y-%m-%d}"}
        for name, label, help_text in (
            ("from", _("From"), _("The first day to count.")),
            ("to", _("To"), _("The last day to count, today at the latest.")),
        ):
            self.fields[name] = forms.DateField(
                label=label,
                help_text=help_text,
                widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                error_messages={
                    "required": gettext("Enter a date, for example %(example)s.") % example,
                    "invalid": gettext("Enter a real date, for example %(example)s.") % example,
                },
            )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("from"), cleaned.get("to")
        if end and end > self.today:
            today = {"today": show_date(self.today)}
            self.add_error("to", gettext("The last day cannot be after today (%(today)s).") % today)
        elif start and end and start > end:
            self.add_error("from", gettext("The first day must be on or before the last day."))
        return cleaned

    def date_range(self):
        """(first day, last day), or None when the dates given are wrong (the form then says why)."""
        if not self.is_bound:
            return self.default_start, self.today
        if not self.is_valid():
            return None
        return self.cleaned_data["from"], self.cleaned_data["to"]


class InformationMeasuresView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """The report page; ``?export=<table name>`` downloads one table in full as CSV."""

    template_name = "carers_site/admin/information_measures.html"
    page_title = _("Information measures")
    header_icon = "table"
    permission_policy = ModelPermissionPolicy(PageViewDay)
    any_permission_required = ["view"]

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        flush_page_views()  # this process's views not written yet; the other processes write theirs within a minute
        form = DateRangeForm(request.GET)
        dates = form.date_range()
        measures = Measures(*dates, request=request) if dates else None
        export = request.GET.get("export")
        if export and measures:
            table = measures.table(export)
            if table is None:
                raise Http404("There is no such table.")
            return csv_response(table, *dates)
        return self.render_to_response(self.get_context_data(form=form, measures=measures))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        measures = context["measures"]
        if measures:
            dates = {"from": f"{measures.start:%Y-%m-%d}", "to": f"{measures.end:%Y-%m-%d}"}
            context.update(
                tables=[(table, "?" + urlencode({"export": table.name, **dates})) for table in measures.tables],
                period=ngettext(
                    "%(start)s to %(end)s (%(days)s day)", "%(start)s to %(end)s (%(days)s days)", measures.days
                )
                % {"start": show_date(measures.start), "end": show_date(measures.end), "days": measures.days},
            )
        return context
