"""Admin report: what carers search for, and what they search for but do not find."""

import django_filters
from django.db.models import Sum
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import AdminDateInput
from wagtail.permission_policies import ModelPermissionPolicy

from search.models import SearchQueryDay


class SearchTermsFilterSet(WagtailFilterSet):
    date_from = django_filters.DateFilter(field_name="date", lookup_expr="gte", label=_("From"), widget=AdminDateInput)
    date_to = django_filters.DateFilter(field_name="date", lookup_expr="lte", label=_("To"), widget=AdminDateInput)
    no_results = django_filters.BooleanFilter(label=_("Only searches that found nothing"), method="filter_no_results")

    class Meta:
        model = SearchQueryDay
        fields = []

    def filter_no_results(self, queryset, name, value):
        return queryset.filter(searches_without_results__gt=0) if value else queryset


class SearchTermsReportView(ReportView):
    page_title = _("Search terms")
    header_icon = "search"
    filterset_class = SearchTermsFilterSet
    index_url_name = "search_terms_report"
    index_results_url_name = "search_terms_report_results"
    permission_policy = ModelPermissionPolicy(SearchQueryDay)
    any_permission_required = ["view"]
    columns = [
        Column("query", label=_("Search words")),
        Column("searches", label=_("Searches")),
        Column("searches_without_results", label=_("Found nothing")),
    ]
    list_export = ["query", "searches", "searches_without_results"]
    export_headings = {
        "query": _("Search words"),
        "searches": _("Searches"),
        "searches_without_results": _("Found nothing"),
    }

    def get_queryset(self):
        return SearchQueryDay.objects.all()

    def get_filtered_queryset(self):
        """Filter the daily rows by date first, then add them up per query."""
        rows = self.filter_queryset(self.get_queryset())
        order = (
            "-searches_without_results" if self.request.GET.get("no_results") in ("true", "on", "1") else "-searches"
        )
        return (
            rows.values("query")
            .annotate(searches=Sum("searches"), searches_without_results=Sum("searches_without_results"))
            .order_by(order, "query")
        )
