"""“Report a problem with this listing”: the public form, and the editors' queue in the admin.

Anyone can tell us a service's details are wrong. A report is stored as a ``ListingProblem`` and emailed
to the person who owns the service page (or ``DIRECTORY_PROBLEMS_EMAIL``); editors work through the
reports in the admin (menu: Listing problems).

Spam is kept out without JavaScript or a CAPTCHA: a honeypot field people never see, and at most
``RATE_LIMIT`` reports per ``RATE_WINDOW`` seconds from one client (see carers_site/core/form_safety.py).
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail.admin.panels import FieldPanel, HelpPanel, ObjectList
from wagtail.admin.ui.tables import DateColumn, StatusTagColumn

from carers_site.core.form_safety import (
    MAX_PAGE_ID,
    PublicFormMixin,
    RateLimit,
    admin_url,
    email_editors,
    honeypot_field,
)
from carers_site.core.inbox import InboxViewSet
from carers_site.core.phones import validate_phone
from directory.models import ListingProblem, ServicePage

RATE_LIMIT = 5  # reports ...
RATE_WINDOW = 10 * 60  # ... per this many seconds, per client

# --- the public form --------------------------------------------------------------------------------------


class ReportProblemForm(PublicFormMixin, forms.Form):
    described_fields = ("details", "contact")

    kind = forms.ChoiceField(
        label=gettext_lazy("What is wrong with this listing?"),
        choices=ListingProblem.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": gettext_lazy("Select what is wrong with this listing")},
    )
    details = forms.CharField(
        label=gettext_lazy("Tell us more"),
        help_text=gettext_lazy(
            "For example, the right phone number or when the service closed. "
            "Please do not include private details about you or the person you care for."
        ),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"class": "nhsuk-textarea", "rows": 5}),
        error_messages={
            "max_length": gettext_lazy("Tell us more in 2,000 characters or fewer. You have %(show_value)d.")
        },
    )
    contact = forms.CharField(
        label=gettext_lazy("Your email address or phone number"),
        help_text=gettext_lazy(
            "Only if you are happy for us to contact you about this report. We will not use it for anything else."
        ),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"class": "nhsuk-input", "spellcheck": "false"}),
        error_messages={
            "max_length": gettext_lazy("Your email address or phone number must be 200 characters or fewer.")
        },
    )
    website = honeypot_field()

    def clean_contact(self):
        value = " ".join(self.cleaned_data["contact"].split())
        if not value:
            return ""
        if "@" in value:
            try:
                validate_email(value)
            except ValidationError:
                raise ValidationError(
                    _("Enter an email address in the correct format, like name@example.com"), code="invalid_email"
                ) from None
            return value
        if any(character.isdigit() for character in value):
            try:
                validate_phone(value)
            except ValidationError:
                raise ValidationError(
                    _("Enter a phone number in the correct format, like 020 7946 0000 or 07700 900 123"),
                    code="invalid_phone",
                ) from None
            return value
        raise ValidationError(
            _("Enter an email address like name@example.com or a phone number like 020 7946 0000, or leave this empty"),
            code="invalid_contact",
        )


# --- rate limit -------------------------------------------------------------------------------------------

report_limit = RateLimit("directory:problem-reports", RATE_LIMIT, RATE_WINDOW)


# --- email ------------------------------------------------------------------------------------------------


def notify(problem):
    """Email the service page's owner, or the shared address, about a new report. Never fails the request."""
    service = problem.service
    title = " ".join(service.title.split())
    edit_url = admin_url(reverse("wagtailadmin_pages:edit", args=[service.pk]))
    queue_url = admin_url(reverse(f"{ListingProblemViewSet.name}:edit", args=[problem.pk]))
    # Editors read these emails in the site's main language, whatever language the report came in.
    with translation.override(settings.LANGUAGE_CODE):
        none_given = _("None given")
        subject = _("Problem reported with a listing: %(title)s") % {"title": title}
        body = "\n".join(
            [
                _("Someone has reported a problem with a service listing on the Carers Directory."),
                "",
                _("Service: %(title)s") % {"title": title},
                _("What is wrong: %(kind)s") % {"kind": problem.get_kind_display()},
                _("Details: %(details)s") % {"details": problem.details or none_given},
                _("Their contact details: %(contact)s") % {"contact": problem.contact or none_given},
                "",
                _("Edit the listing: %(url)s") % {"url": edit_url},
                _("Mark the report as resolved: %(url)s") % {"url": queue_url},
            ]
        )
    email_editors(service.owner, "DIRECTORY_PROBLEMS_EMAIL", f"listing problem {problem.pk}", subject, body)


# --- views ------------------------------------------------------------------------------------------------


def live_service(service_id):
    if service_id > MAX_PAGE_ID:  # /directory/99999999999999999999/report/ is no service, not an overflow
        raise Http404("No such service")
    return get_object_or_404(ServicePage.objects.live().public(), pk=service_id)


@require_http_methods(["GET", "POST"])
def report_problem(request, service_id):
    service = live_service(service_id)
    context = {"service": service, "state": "form"}
    if request.method == "POST":
        if report_limit.exceeded(request):
            return render(request, "directory/report_problem.html", {**context, "state": "limited"}, status=429)
        form = ReportProblemForm(request.POST)
        if form.is_valid():
            if not report_limit.take(request):  # sent together with others that took the last places
                return render(request, "directory/report_problem.html", {**context, "state": "limited"}, status=429)
            if not form.is_spam:  # a filled honeypot is thanked like anyone else, and forgotten
                problem = ListingProblem.objects.create(
                    service=service,
                    kind=form.cleaned_data["kind"],
                    details=form.cleaned_data["details"].strip(),
                    contact=form.cleaned_data["contact"],
                )
                notify(problem)
            return redirect("directory:report_problem_thanks", service_id=service.pk)
    else:
        form = ReportProblemForm()
    form.describe_fields()
    return render(request, "directory/report_problem.html", {**context, "form": form})


@require_http_methods(["GET"])
def report_problem_thanks(request, service_id):
    service = live_service(service_id)
    return render(request, "directory/report_problem.html", {"service": service, "state": "thanks"})


# --- the editors' queue in the admin ----------------------------------------------------------------------


class ServiceLinksPanel(HelpPanel):
    """Links from a report to the listing it is about, so the editor can fix it straight away."""

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            service = self.instance.service if self.instance and self.instance.service_id else None
            if service is None:
                self.content = ""
                return
            self.content = format_html(
                '<p>{}</p><p><a class="button button-small" href="{}">{}</a> <a href="{}">{}</a></p>',
                _("This report is about: %(title)s") % {"title": service.title},
                reverse("wagtailadmin_pages:edit", args=[service.pk]),
                _("Edit the listing"),
                service.url or "",
                _("See it on the site"),
            )


class ListingProblemViewSet(InboxViewSet):
    model = ListingProblem
    name = "listing_problems"
    url_prefix = "listing-problems"
    icon = "warning"
    menu_label = gettext_lazy("Listing problems")
    menu_order = 210
    done_field = "resolved"
    list_select_related = ["service"]
    list_display = [
        "service",
        "kind",
        DateColumn("created_at", label=gettext_lazy("Reported"), sort_key="created_at"),
        StatusTagColumn(
            "status",
            label=gettext_lazy("Status"),
            accessor=lambda problem: _("Resolved") if problem.resolved else _("Needs checking"),
            primary=lambda problem: not problem.resolved,
            sort_key="resolved",
        ),
    ]
    list_filter = ["resolved", "kind"]
    edit_handler = ObjectList(
        [
            ServiceLinksPanel(heading=gettext_lazy("Listing")),
            FieldPanel("kind", read_only=True),
            FieldPanel("details", read_only=True),
            FieldPanel("contact", read_only=True),
            FieldPanel("created_at", read_only=True, heading=gettext_lazy("Reported")),
            FieldPanel("editor_notes"),
            FieldPanel("resolved"),
        ]
    )


listing_problem_viewset = ListingProblemViewSet()
