"""The "Needs checking" reports in the admin Reports menu (carers_site/reports/needs_checking.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from carers_site.reports.needs_checking import PagesToReviewReportView, ServicesToCheckReportView, user_can_edit_pages


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
