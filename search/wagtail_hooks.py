from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import Synonym
from search.reports import SearchTermsReportView


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = "Search synonyms"
    menu_order = 400
    add_to_admin_menu = True
    list_display = ["__str__"]


register_snippet(SynonymViewSet)


@hooks.register("register_admin_urls")
def register_search_terms_report_urls():
    view = SearchTermsReportView
    return [
        path("reports/search-terms/", view.as_view(), name="search_terms_report"),
        path("reports/search-terms/results/", view.as_view(results_only=True), name="search_terms_report_results"),
    ]


class SearchTermsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("carers_search.view_searchqueryday")


@hooks.register("register_reports_menu_item")
def register_search_terms_report_menu_item():
    return SearchTermsMenuItem(_("Search terms"), reverse("search_terms_report"), icon_name="search", order=700)
