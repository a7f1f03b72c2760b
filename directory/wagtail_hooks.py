"""Admin for the directory: snippets, listing problems, spreadsheet import (its reports are in carers_site/reports)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from directory.models import CrisisLine, Organisation
from directory.problems import listing_problem_viewset


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


# "Needs checking" reports (site/reports/needs_checking.py): Reports menu, for people who can edit pages.


# "Report a problem with this listing" (directory/problems.py): the editors' queue, menu: Listing problems.


@hooks.register("register_admin_viewset")
def register_listing_problems():
    return listing_problem_viewset


# --- import (spreadsheet, Open Referral UK) and export ------------------------------------------------------


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        from directory.admin_views import can_import

        return can_import(request.user)


@hooks.register("register_admin_urls")
def register_import_urls():
    from directory.admin_views import (
        ImportServicesView,
        OpenReferralImportView,
        export_openreferral,
        export_services,
        import_report,
        sample_file,
    )

    return [
        path("directory-import/", ImportServicesView.as_view(), name="directory_import"),
        path("directory-import/openreferral/", OpenReferralImportView.as_view(), name="directory_import_openreferral"),
        path("directory-import/report/<str:key>/", import_report, name="directory_import_report"),
        path("directory-import/export/", export_services, name="directory_export"),
        path("directory-import/export/openreferral/", export_openreferral, name="directory_export_openreferral"),
        path("directory-import/sample/", sample_file, name="directory_import_sample"),
    ]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(_("Import services"), reverse("directory_import"), icon_name="upload", order=210)


@hooks.register("register_admin_menu_item")
def register_openreferral_import_menu_item():
    return ImportMenuItem(
        _("Import from Open Referral UK"), reverse("directory_import_openreferral"), icon_name="download", order=211
    )
