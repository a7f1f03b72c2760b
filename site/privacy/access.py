"""Resources kept for health and care staff: who may read a private page, and how staff ask for access.

A page is private when an editor sets its Privacy (in the page editor) to "Private, accessible to users in
specific groups" and chooses the Professionals group (made by carers_site/ops/roles.py). That Wagtail
``PageViewRestriction`` is the only record of it: nothing else here says a page is private, so nothing can
disagree with what the editor chose.

- Anonymous visitors are sent to the sign-in page by Wagtail itself (our template: resources/login.html).
- Signed-in people who are not in the group get a "not for your account" page (403) from
  ``refuse_signed_in_non_members`` instead of being sent round to the sign-in page again.
- Listings and search show private resources only by title and summary (``PageAccess``, ``readable_by``).
- "Ask for access" (/professionals/request-access/) stores an ``AccessRequest`` and emails editors, who deal
  with it in the admin (menu: Access requests). Spam is kept out as on the listing problem form.
"""

from django import forms
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail.admin.panels import FieldPanel, HelpPanel, ObjectList
from wagtail.admin.ui.tables import DateColumn, StatusTagColumn
from wagtail.models import Page, PageViewRestriction, Site

from carers_site.core.form_safety import (
    PublicFormMixin,
    RateLimit,
    admin_url,
    email_editors,
    honeypot_field,
    page_id_or_none,
)
from carers_site.core.inbox import InboxViewSet
from carers_site.core.privacy import PROFESSIONALS, PageAccess, pages_using
from resources.access_models import AccessRequest

RATE_LIMIT = 5  # requests ...
RATE_WINDOW = 10 * 60  # ... per this many seconds, per client

# --- who may read what ------------------------------------------------------------------------------------


# --- serving private pages and their downloads ------------------------------------------------------------


def sign_in_redirect(request):
    login_url = getattr(settings, "WAGTAIL_FRONTEND_LOGIN_URL", None) or reverse("wagtailcore_login")
    response = redirect_to_login(request.get_full_path(), login_url)
    add_never_cache_headers(response)
    return response


def not_allowed(request, page, group_names):
    """The page for a signed-in person whose account may not read ``page`` (403, never cached)."""
    context = {"wanted": page, "group_names": group_names or [PROFESSIONALS]}
    response = render(request, "resources/not_allowed.html", context, status=403)
    add_never_cache_headers(response)
    return response


def refuse_signed_in_non_members(page, request, serve_args, serve_kwargs):
    """``before_serve_page`` hook: a signed-in person outside the page's groups gets a clear 403 page.

    Wagtail's own check (the ``on_serve_page`` hook ``check_view_restrictions``) would send them to the
    sign-in page again, where signing in changes nothing. Anonymous visitors are left to that check, which
    sends them to sign in. Registered in wagtail_hooks.py.
    """
    if not request.user.is_authenticated:
        return None
    refused = [
        restriction
        for restriction in page.get_view_restrictions()
        if restriction.restriction_type == PageViewRestriction.GROUPS and not restriction.accept_request(request)
    ]
    if not refused:
        return None
    names = sorted({group.name for restriction in refused for group in restriction.groups.all()})
    return not_allowed(request, page, names)


def guard_private_downloads(document, request):
    """``before_serve_document`` hook: a document is as private as the pages that use it.

    A document that only private pages use (a private resource's download, a private leaflet's PDF, a link in a
    private page's text, found through Wagtail's reference index) is refused to a visitor who may read none of
    them, in the same way as the pages. A document also used by a page they may read (such as a public one), or
    by something that is not a page, is served as usual (``PageAccess.may_see_object``).
    """
    from resources.models import ResourceDownload

    if request.user.has_perm("wagtailadmin.access_admin"):  # editors see every page and document in the admin
        return None
    downloads = set(ResourceDownload.objects.filter(document=document).values_list("page_id", flat=True))
    access = PageAccess.for_request(request)
    if access.may_see_object(document, downloads):
        return None
    if not request.user.is_authenticated:
        return sign_in_redirect(request)
    wanted = Page.objects.filter(pk__in=downloads or pages_using(document)[0]).order_by("path").first()
    return not_allowed(request, wanted, [])


def page_for_path(request, path):
    """The live page at a path on this site ("/cy/resources/x/"), or None. For the sign-in page, which
    only knows where the visitor was going (``?next=``)."""
    if not path or not path.startswith("/"):
        return None
    try:
        match = resolve(path.split("?")[0])
    except Resolver404:
        return None
    site = Site.find_for_request(request)
    if match.url_name != "wagtail_serve" or site is None:
        return None
    components = [component for component in match.args[0].split("/") if component]
    try:
        page, _args, _kwargs = site.root_page.localized.specific.route(request, components)
    except Http404:
        return None
    return page if page.live else None


# --- the request form -------------------------------------------------------------------------------------


class AccessRequestForm(PublicFormMixin, forms.ModelForm):
    described_fields = ("name", "email", "job_title", "organisation", "reason")

    website = honeypot_field()

    class Meta:
        model = AccessRequest
        fields = ["name", "email", "job_title", "organisation", "reason"]
        widgets = {
            "name": forms.TextInput(attrs={"class": "nhsuk-input", "autocomplete": "name", "spellcheck": "false"}),
            "email": forms.EmailInput(attrs={"class": "nhsuk-input", "autocomplete": "email", "spellcheck": "false"}),
            "job_title": forms.TextInput(attrs={"class": "nhsuk-input", "autocomplete": "organization-title"}),
            "organisation": forms.TextInput(attrs={"class": "nhsuk-input", "autocomplete": "organization"}),
            "reason": forms.Textarea(attrs={"class": "nhsuk-textarea", "rows": 4}),
        }
        help_texts = {
            "email": gettext_lazy(
                "Use your work address, such as name@nhs.net or name@council.gov.uk. We will reply to it."
            ),
            "organisation": gettext_lazy("For example “Queen’s Hospital, Romford” or “Havering Council”."),
        }
        error_messages = {
            "name": {
                "required": gettext_lazy("Enter your name"),
                "max_length": gettext_lazy("Your name must be 120 characters or fewer"),
            },
            "email": {
                "required": gettext_lazy("Enter your work email address"),
                "invalid": gettext_lazy("Enter an email address in the correct format, like name@nhs.net"),
                "max_length": gettext_lazy("Your email address must be 254 characters or fewer"),
            },
            "job_title": {
                "required": gettext_lazy("Enter your job"),
                "max_length": gettext_lazy("Your job must be 120 characters or fewer"),
            },
            "organisation": {
                "required": gettext_lazy("Enter where you work"),
                "max_length": gettext_lazy("Where you work must be 160 characters or fewer"),
            },
            "reason": {
                "max_length": gettext_lazy(
                    "Tell us what you need it for in 1,000 characters or fewer. You have %(show_value)d."
                ),
            },
        }

    def clean(self):
        cleaned = super().clean()
        for name in ("name", "job_title", "organisation", "reason"):
            if isinstance(cleaned.get(name), str):
                cleaned[name] = cleaned[name].strip()
        return cleaned


access_request_limit = RateLimit("resources:access-requests", RATE_LIMIT, RATE_WINDOW)


def wanted_page(value):
    """The live page from ``?page=<id>``, or None for anything else."""
    page_id = page_id_or_none(value)
    return Page.objects.live().filter(pk=page_id).first() if page_id else None


@require_http_methods(["GET", "POST"])
def request_access(request):
    wanted = wanted_page(request.GET.get("page"))
    context = {"wanted": wanted, "state": "form"}
    if request.method == "POST":
        if access_request_limit.exceeded(request):
            return render(request, "resources/request_access.html", {**context, "state": "limited"}, status=429)
        form = AccessRequestForm(request.POST)
        if form.is_valid():
            if not access_request_limit.take(request):  # sent together with others that took the last places
                return render(request, "resources/request_access.html", {**context, "state": "limited"}, status=429)
            if not form.is_spam:  # a filled honeypot is thanked like anyone else, and forgotten
                access_request = form.save(commit=False)
                access_request.page = wanted
                access_request.save()  # saved first, so an email failure loses nothing
                notify(access_request)
            return redirect("request_access_thanks")
    else:
        form = AccessRequestForm()
    form.describe_fields()
    return render(request, "resources/request_access.html", {**context, "form": form})


@require_http_methods(["GET"])
def request_access_thanks(request):
    return render(request, "resources/request_access.html", {"state": "thanks"})


# --- email ------------------------------------------------------------------------------------------------


def notify(access_request):
    """Email the owner of the page they wanted, or the shared address, about a new request. Never fails."""
    page = access_request.page
    request_url = admin_url(reverse(f"{AccessRequestViewSet.name}:edit", args=[access_request.pk]))
    users_url = admin_url(reverse("wagtailusers_users:index"))
    # Editors read these emails in the site's main language, whatever language the request came in.
    with translation.override(settings.LANGUAGE_CODE):
        none_given = _("None given")
        wanted = none_given
        if page is not None:
            wanted = f"{page.title} ({page.get_full_url() or ''})".replace(" ()", "")
        subject = _("Request to read the pages for professionals: %(name)s") % {"name": access_request.name}
        body = "\n".join(
            [
                _("Someone has asked to read the pages for health and care staff on the Carers Directory."),
                "",
                _("Name: %(value)s") % {"value": access_request.name},
                _("Work email: %(value)s") % {"value": access_request.email},
                _("Job: %(value)s") % {"value": access_request.job_title},
                _("Where they work: %(value)s") % {"value": access_request.organisation},
                _("What they need it for: %(value)s") % {"value": access_request.reason or none_given},
                _("Page they wanted to read: %(value)s") % {"value": wanted},
                "",
                _(
                    "To give access, check that they work in health or social care. Then go to Settings > Users, "
                    "add them (or find them, if they have an account) and put them in the %(group)s group: %(url)s"
                )
                % {"group": PROFESSIONALS, "url": users_url},
                _("Reply to this email to tell them their username and password, or why we cannot give access."),
                "",
                _("Mark the request as dealt with: %(url)s") % {"url": request_url},
            ]
        )
    owner = page.owner if page else None
    about = f"access request {access_request.pk}"
    email_editors(owner, "ACCESS_REQUESTS_EMAIL", about, subject, body, reply_to=[access_request.email])


# --- the editors' list in the admin -----------------------------------------------------------------------


class HowToGiveAccessPanel(HelpPanel):
    """What to do with a request, with a link to the users list, and who dealt with it."""

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            access_request = self.instance
            steps = format_html(
                "<ol><li>{}</li><li>{}</li><li>{}</li><li>{}</li></ol>",
                _("Check that they work in health or social care, for example from their work email address."),
                format_html(
                    '{} <a href="{}">{}</a>',
                    _("Go to Settings > Users."),
                    reverse("wagtailusers_users:index"),
                    _("Open the users list"),
                ),
                _(
                    "Add them as a new user, or find them if they already have an account. In Roles, tick "
                    "%(group)s and nothing else: they need no other access."
                )
                % {"group": PROFESSIONALS},
                _("Email them their username and password (or why we cannot give access), then tick “dealt with”."),
            )
            parts = [steps]
            page = access_request.page if access_request and access_request.page_id else None
            if page is not None:
                parts.append(
                    format_html(
                        '<p>{} <a href="{}">{}</a></p>',
                        _("They wanted to read:"),
                        reverse("wagtailadmin_pages:edit", args=[page.pk]),
                        page.title,
                    )
                )
            if access_request and access_request.handled and access_request.handled_at:
                who = access_request.handled_by.get_username() if access_request.handled_by else _("someone")
                when = date_format(timezone.localtime(access_request.handled_at), "DATETIME_FORMAT")
                parts.append(
                    format_html("<p>{}</p>", _("Dealt with by %(who)s on %(when)s.") % {"who": who, "when": when})
                )
            self.content = format_html("{}" * len(parts), *parts)


class AccessRequestViewSet(InboxViewSet):
    model = AccessRequest
    name = "access_requests"
    url_prefix = "access-requests"
    icon = "lock"
    menu_label = gettext_lazy("Access requests")
    menu_order = 220
    done_field = "handled"
    list_select_related = ["page"]
    inspect_view_enabled = False
    search_fields = ["name", "email", "organisation"]
    search_backend_name = None  # plain database search
    list_display = [
        "name",
        "organisation",
        "job_title",
        DateColumn("created_at", label=gettext_lazy("Asked on"), sort_key="created_at"),
        StatusTagColumn(
            "handled",
            label=gettext_lazy("Dealt with"),
            accessor=lambda access_request: _("Dealt with") if access_request.handled else _("Waiting"),
            primary=lambda access_request: not access_request.handled,
            sort_key="handled",
        ),
    ]
    list_filter = ["handled"]
    edit_handler = ObjectList(
        [
            HowToGiveAccessPanel(heading=gettext_lazy("How to give access")),
            FieldPanel("name", read_only=True),
            FieldPanel("email", read_only=True),
            FieldPanel("job_title", read_only=True),
            FieldPanel("organisation", read_only=True),
            FieldPanel("reason", read_only=True),
            FieldPanel("created_at", read_only=True, heading=gettext_lazy("Asked on")),
            FieldPanel("editor_notes"),
            FieldPanel("handled"),
        ]
    )


access_request_viewset = AccessRequestViewSet()
