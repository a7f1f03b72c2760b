"""Admin reports: "Needs checking". Services nobody has checked for a year, and pages past their review date.

Both are Wagtail report views (Reports menu) with CSV and Excel export. Only people who can edit pages see
them, and each editor sees only the pages they can edit.
"""

import calendar
import datetime
from collections import OrderedDict

from django.conf import settings
from django.db.models import F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page, get_page_models
from wagtail.permission_policies.pages import PagePermissionPolicy

from carers_site.core.page_mixins import ReviewDateMixin
from directory.models import ServicePage

#: A service's details are due a check when nobody has confirmed them for this long.
VERIFY_EVERY_MONTHS = 12

page_permission_policy = PagePermissionPolicy()


def user_can_edit_pages(user):
    """Editors (anyone who can edit some page) and superusers."""
    return page_permission_policy.user_has_any_permission(user, ["change"])


def pages_editable_by(user, pages):
    """Only the pages in ``pages`` that ``user`` may edit."""
    if user.is_superuser:
        return pages
    editable = page_permission_policy.instances_user_has_permission_for(user, "change")
    return pages.filter(pk__in=editable.values("pk"))


def months_ago(day, months):
    """The same day of the month ``months`` earlier (the last day of the month when that day does not exist)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def verified_cutoff(today=None):
    """Services last verified before this date are due a check."""
    return months_ago(today or timezone.localdate(), VERIFY_EVERY_MONTHS)


def review_date_page_models():
    """Every page type with a review date (found from the models, so new page types are included)."""
    return [
        model
        for model in get_page_models()
        if issubclass(model, ReviewDateMixin) and not model._meta.abstract and model is not Page
    ]


def with_review_dates(pages):
    """``pages`` (a ``Page`` queryset of any types) with each page's ``review_date`` annotated, found in one
    query whatever the page type; pages without a review date get None."""
    dates = [
        Subquery(model.objects.filter(pk=OuterRef("pk")).values("review_date")[:1])
        for model in review_date_page_models()
    ]
    if not dates:
        return pages.none()
    return pages.annotate(review_date=dates[0] if len(dates) == 1 else Coalesce(*dates))


def english_originals(pages):
    """Only the pages in the default language. Translations share their English page's dates and owner, and
    are checked when it is, so listing them as well would show each page once per language."""
    return pages.filter(locale=Locale.get_default())


def past_review(pages, today=None):
    """The English pages among ``pages`` whose review date has passed (annotated), most overdue first."""
    return (
        with_review_dates(english_originals(pages))
        .filter(review_date__lt=today or timezone.localdate())
        .order_by("review_date", "title", "pk")
    )


def admin_edit_url(page_id):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_pages:edit", args=[page_id])


def show_date(value, empty=""):
    return format_date(value, "j M Y") if value else empty


class NeedsCheckingReportView(ReportView):
    """What both reports share: page permissions, editable pages only, exports with the admin edit link."""

    header_icon = "time"
    permission_policy = page_permission_policy
    any_permission_required = ["change"]

    def editable_pages(self, queryset):
        return pages_editable_by(self.request.user, queryset)

    def export_value(self, item, field):
        if field == "edit_url":
            return admin_edit_url(item.pk)
        return getattr(item, field)

    def to_row_dict(self, item):
        return OrderedDict((field, self.export_value(item, field)) for field in self.list_export)


class ServicesToCheckReportView(NeedsCheckingReportView):
    page_title = _("Needs checking: services")
    index_url_name = "services_to_check_report"
    index_results_url_name = "services_to_check_report_results"
    export_filename = "services-to-check"
    no_results_message = _("Every service has been checked in the last 12 months.")
    columns = [
        TitleColumn("title", label=_("Service"), url_name="wagtailadmin_pages:edit"),
        Column("organisation_name", label=_("Organisation")),
        Column(
            "last_verified",
            label=_("Last verified"),
            accessor=lambda service: show_date(service.last_verified, gettext("Never")),
        ),
        Column("review_date", label=_("Review date"), accessor=lambda service: show_date(service.review_date)),
    ]
    list_export = ["title", "organisation_name", "last_verified", "review_date", "edit_url"]
    export_headings = {
        "title": _("Service"),
        "organisation_name": _("Organisation"),
        "last_verified": _("Last verified"),
        "review_date": _("Review date"),
        "edit_url": _("Edit link"),
    }

    def get_queryset(self):
        """Live services never verified or verified more than 12 months ago; never verified first, then oldest.
        English pages only: each translation is checked with its English page."""
        services = (
            english_originals(ServicePage.objects.live())
            .filter(Q(last_verified__isnull=True) | Q(last_verified__lt=verified_cutoff()))
            .annotate(organisation_name=F("organisation__name"))
            .order_by(F("last_verified").asc(nulls_first=True), "title", "pk")
        )
        return self.editable_pages(services)

    def export_value(self, item, field):
        if field == "last_verified" and item.last_verified is None:
            return gettext("Never")
        if field == "organisation_name":
            return item.organisation_name or ""
        return super().export_value(item, field)


class PagesToReviewReportView(NeedsCheckingReportView):
    page_title = _("Needs checking: review dates")
    index_url_name = "pages_to_review_report"
    index_results_url_name = "pages_to_review_report_results"
    export_filename = "pages-past-review-date"
    no_results_message = _("No page is past its review date.")
    columns = [
        TitleColumn("title", label=_("Page"), url_name="wagtailadmin_pages:edit"),
        Column("page_type", label=_("Type"), accessor=lambda page: page_type_label(page)),
        Column("review_date", label=_("Review date"), accessor=lambda page: show_date(page.review_date)),
    ]
    list_export = ["title", "page_type", "review_date", "edit_url"]
    export_headings = {
        "title": _("Page"),
        "page_type": _("Type"),
        "review_date": _("Review date"),
        "edit_url": _("Edit link"),
    }

    def get_queryset(self):
        """Live English pages of every type with a review date, whose review date has passed; most overdue
        first."""
        return self.editable_pages(past_review(Page.objects.live()).select_related("content_type"))

    def export_value(self, item, field):
        if field == "page_type":
            return page_type_label(item)
        return super().export_value(item, field)


def page_type_label(page):
    model = page.content_type.model_class()
    return capfirst(model._meta.verbose_name) if model else ""
