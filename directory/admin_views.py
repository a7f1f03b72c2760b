"""Admin pages for the directory spreadsheet (import with a check-only option, export, sample file) and for
importing from another directory's Open Referral UK feed."""

import io
import uuid
from pathlib import Path

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from carers_site.core.uploads import EMPTY_MESSAGE, check_spreadsheet, megabytes
from directory.importer import COLUMNS, ImportFileError, export_csv, import_services
from directory.models import DirectoryIndexPage
from directory.openreferral_import import import_openreferral

REPORT_CACHE_SECONDS = 60 * 60
SAMPLE_FILE = Path(__file__).resolve().parent / "data" / "sample_services.csv"


def directory_page():
    return DirectoryIndexPage.objects.filter(locale=Locale.get_default()).first()


def can_import(user):
    """Only people who may add and publish services under the directory page may import them: an import
    publishes what it adds and changes, so translators (who cannot publish) may not."""
    page = directory_page()
    if page is None:
        return False
    permissions = page.permissions_for_user(user)
    return permissions.can_add_subpage() and permissions.can_publish_subpage()


def require_import_permission(request):
    if not can_import(request.user):
        raise PermissionDenied


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Spreadsheet"),
        error_messages={"empty": EMPTY_MESSAGE},
    )
    dry_run = forms.BooleanField(
        label=_("Check only"),
        required=False,
        initial=True,
        help_text=_("Show what would be added, updated and rejected, without changing anything."),
    )
    all_or_nothing = forms.BooleanField(
        label=_("All or nothing"),
        required=False,
        help_text=_("Import nothing if any row is rejected. Otherwise the good rows are imported."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "A .csv or .xlsx file with one service per row, %(limit)s at most. The columns are listed below."
        ) % {"limit": megabytes(settings.DIRECTORY_IMPORT_MAX_UPLOAD_SIZE)}

    def clean_file(self):
        """Checks the file's type, content and size (carers_site/core/uploads.py)."""
        upload = self.cleaned_data["file"]
        check_spreadsheet(upload)
        return upload


class ImportServicesView(WagtailAdminTemplateMixin, FormView):
    form_class = ImportForm
    template_name = "directory/admin/import.html"
    page_title = _("Import services")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        require_import_permission(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(columns=COLUMNS, max_mb=settings.DIRECTORY_IMPORT_MAX_UPLOAD_SIZE // (1024 * 1024))
        return context

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        context = self.get_context_data(form=ImportForm(initial={"dry_run": form.cleaned_data["dry_run"]}))
        try:
            report = import_services(
                upload.name,
                upload.read(),
                dry_run=form.cleaned_data["dry_run"],
                all_or_nothing=form.cleaned_data["all_or_nothing"],
                user=self.request.user,
            )
        except ImportFileError as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        if report.rejected:
            context["report_url"] = keep_report(self.request, report)
        context.update(report=report, file_name=upload.name, all_or_nothing=form.cleaned_data["all_or_nothing"])
        return self.render_to_response(context)


def keep_report(request, report, file_name="rejected-rows.csv"):
    """Keeps a report's CSV for an hour, for the person who ran the import; returns its download address."""
    key = uuid.uuid4().hex
    handle = io.StringIO()
    report.write_rejected_csv(handle)
    cache.set(f"directory-import-report:{request.user.pk}:{key}", (file_name, handle.getvalue()), REPORT_CACHE_SECONDS)
    return reverse("directory_import_report", args=[key])


def import_report(request, key):
    """The rejected rows of a recent import, as CSV (kept for an hour, only for the person who ran it)."""
    require_import_permission(request)
    text = cache.get(f"directory-import-report:{request.user.pk}:{key}")
    if text is None:
        raise Http404("This report has expired. Run the import again to get a new one.")
    file_name, text = text if isinstance(text, tuple) else ("rejected-rows.csv", text)
    response = HttpResponse(text, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{file_name}"'
    return response


class OpenReferralImportForm(forms.Form):
    url = forms.URLField(
        label=_("Web address of the feed"),
        required=False,
        assume_scheme="https",
        help_text=_(
            "The address of an Open Referral UK 3.0 API, such as https://example.gov.uk/api/openreferral/ "
            "(its /services address works too). Every page of services is read."
        ),
    )
    file = forms.FileField(
        label=_("Or a JSON file"),
        required=False,
        error_messages={"empty": EMPTY_MESSAGE},
        help_text=_(
            "A .json file of Open Referral UK 3.0 services: a list of them, one page of the API, or one service."
        ),
    )
    dry_run = ImportForm.base_fields["dry_run"]
    all_or_nothing = forms.BooleanField(
        label=_("All or nothing"),
        required=False,
        help_text=_("Import nothing if any service is rejected. Otherwise the good services are imported."),
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None:
            return None
        if upload.size > settings.DIRECTORY_IMPORT_MAX_UPLOAD_SIZE:
            raise forms.ValidationError(
                _("This file is too big: %(limit)s at most.")
                % {"limit": megabytes(settings.DIRECTORY_IMPORT_MAX_UPLOAD_SIZE)}
            )
        if not upload.name.lower().endswith(".json"):
            raise forms.ValidationError(_("Choose a .json file (or give the feed's web address instead)."))
        return upload

    def clean(self):
        cleaned = super().clean()
        if not self.errors and bool(cleaned.get("url")) == bool(cleaned.get("file")):
            self.add_error("url", _("Give either the feed’s web address or a JSON file (one of them, not both)."))
        return cleaned


class OpenReferralImportView(WagtailAdminTemplateMixin, FormView):
    """Imports services from another directory's Open Referral UK 3.0 feed, checking first by default."""

    form_class = OpenReferralImportForm
    template_name = "directory/admin/import_openreferral.html"
    page_title = _("Import from Open Referral UK")
    header_icon = "download"

    def dispatch(self, request, *args, **kwargs):
        require_import_permission(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def form_valid(self, form):
        data = form.cleaned_data
        upload = data["file"]
        source = upload.name if upload else data["url"]
        context = self.get_context_data(
            form=OpenReferralImportForm(initial={"dry_run": data["dry_run"], "url": data["url"]})
        )
        try:
            report = import_openreferral(
                source,
                upload.read() if upload else None,
                dry_run=data["dry_run"],
                all_or_nothing=data["all_or_nothing"],
                user=self.request.user,
                # The server fetches what an editor types: never an address inside our own network.
                allow_private=getattr(settings, "DIRECTORY_IMPORT_ALLOW_PRIVATE_URLS", False),
            )
        except ImportFileError as error:
            form.add_error("file" if upload else "url", str(error))
            return self.form_invalid(form)
        if report.has_report:
            context["report_url"] = keep_report(self.request, report, "openreferral-import-report.csv")
        context.update(report=report, source=source, all_or_nothing=data["all_or_nothing"])
        return self.render_to_response(context)


def export_services(request):
    require_import_permission(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="services-{timezone.localdate():%Y-%m-%d}.csv"'
    export_csv(response)
    return response


def export_openreferral(request):
    """Every live, public service as one Open Referral UK 3.0 JSON file (directory/api/package.py)."""
    from directory.api.package import file_name, write

    require_import_permission(request)
    response = HttpResponse(content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{file_name()}"'
    write(response, request)
    return response


def sample_file(request):
    require_import_permission(request)
    return FileResponse(open(SAMPLE_FILE, "rb"), as_attachment=True, filename="sample-services.csv")
