"""Admin for the directory: snippets, "needs checking" reports, listing problems, spreadsheet import."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import CrisisLine, Organisation
from .problems import listing_problem_viewset
from .reports import PagesToReviewReportView, ServicesToCheckReportView, user_can_edit_pages


class CrisisLineViewSet(SnippetViewSet):
    model = CrisisLine
    icon = "warning"
    list_display = ["name", "phone", "text_number", "hours_label", "sort_order"]
    search_fields = ["name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "website", "phone"]
    search_fields = ["name"]


class DirectoryGroup(SnippetViewSetGroup):
    menu_label = "Directory"
    menu_icon = "list-ul"
    menu_order = 200
    items = [CrisisLineViewSet, OrganisationViewSet]


register_snippet(DirectoryGroup)


# "Needs checking" reports (directory/reports.py): Reports menu, for people who can edit pages.


@hooks.register("register_admin_urls")
def register_needs_checking_report_urls():
    services, pages = ServicesToCheckReportView, PagesToReviewReportView
    return [
        path("reports/services-to-check/", services.as_view(), name="services_to_check_report"),
        path(
            "reports/services-to-check/results/",
            services.as_view(results_only=True),
            name="services_to_check_report_results",
        ),
        path("reports/pages-to-review/", pages.as_view(), name="pages_to_review_report"),
        path(
            "reports/pages-to-review/results/", pages.as_view(results_only=True), name="pages_to_review_report_results"
        ),
    ]


class EditorsReportMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_edit_pages(request.user)


@hooks.register("register_reports_menu_item")
def register_services_to_check_menu_item():
    url = reverse("services_to_check_report")
    return EditorsReportMenuItem(_("Needs checking: services"), url, icon_name="time", order=650)


@hooks.register("register_reports_menu_item")
def register_pages_to_review_menu_item():
    url = reverse("pages_to_review_report")
    return EditorsReportMenuItem(_("Needs checking: review dates"), url, icon_name="time", order=660)


# "Report a problem with this listing" (directory/problems.py): the editors' queue, menu: Listing problems.


@hooks.register("register_admin_viewset")
def register_listing_problems():
    return listing_problem_viewset


# --- spreadsheet import and export ------------------------------------------------------------------------


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        from .admin_views import can_import

        return can_import(request.user)


@hooks.register("register_admin_urls")
def register_import_urls():
    from .admin_views import ImportServicesView, export_services, import_report, sample_file

    return [
        path("directory-import/", ImportServicesView.as_view(), name="directory_import"),
        path("directory-import/report/<str:key>/", import_report, name="directory_import_report"),
        path("directory-import/export/", export_services, name="directory_export"),
        path("directory-import/sample/", sample_file, name="directory_import_sample"),
    ]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(_("Import services"), reverse("directory_import"), icon_name="upload", order=210)
