"""Short links (/go/assessment), their QR codes, and the admin where editors change them.

The model is ``ShortLink`` (models/sharing.py). Here:

- ``short_link``: /go/<slug>/ (and /ur/go/<slug>/) redirects to the page, in the language of the address
  where the page has a live translation.
- ``short_link_qr``: /go/<slug>/qr.png and qr.svg, the QR code of that short link.
- ``share_links``: the short link, QR code and "send" links for a page, for the "Share this page" box
  and the printed page.
- ``make_short_link_on_publish``: every published page gets a short link.
- ``ShortLinkViewSet``: "Short links" in the admin. Changing a link's slug keeps the old one as a former
  link, so leaflets already printed keep working.
"""

import logging
from urllib.parse import quote

from django import forms
from django.contrib.auth.views import redirect_to_login
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, override
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import DateColumn, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale

from carers_site.core.languages import locale_codes
from carers_site.core.privacy import PageAccess, is_private
from carers_site.sharing.models import ShortLink, validate_short_slug
from carers_site.sharing.qr import qr_png, qr_svg

logger = logging.getLogger(__name__)

QR_CACHE_SECONDS = 60 * 60 * 24  # a day: the code only changes if an editor changes the link
QR_TYPES = {"png": "image/png", "svg": "image/svg+xml"}

# --- public views -----------------------------------------------------------------------------------------


def find_link(slug):
    """The short link (current or former) with this slug, typed in any case; 404 if there is none."""
    link = ShortLink.objects.select_related("page").filter(slug=slug.lower()).first()
    if link is None:
        raise Http404("No such short link")
    return link


def live_page_for(link, locale):
    """The link's page in ``locale`` if that translation is live, else the page itself if live, else None."""
    page = link.page
    if page.locale_id != locale.pk:
        translation = page.get_translation_or_none(locale)
        if translation is not None and translation.live:
            return translation
    return page if page.live else None


def short_link(request, slug):
    """Redirect to the link's page (302: the page's own address may change; the short link does not). A private
    page's link sends a visitor who is not signed in to sign in, as the page would, without saying where it leads (a
    signed-in visitor who may not read it is sent on, to be told so by the page, and so is one a password would let in).
    """
    link = find_link(slug)
    page = live_page_for(link, Locale.get_active())
    url = page.get_url(request=request) if page is not None else None
    if not url:  # unpublished, or not under any site's home page
        raise Http404("The short link's page is not published")
    access = PageAccess.for_request(request)
    refused = [restriction for restriction in access.restrictions_on(page) if not access.passes(restriction)]
    if not request.user.is_authenticated and any(restriction.kind != "password" for restriction in refused):
        response = redirect_to_login(request.get_full_path(), reverse("wagtailcore_login"))
        add_never_cache_headers(response)
        return response
    response = HttpResponseRedirect(url)
    if is_private(page):
        add_never_cache_headers(response)
    return response


def short_link_qr(request, slug, format):
    """The QR code of the page's current short link, in the language of this address, as PNG or SVG: only for a
    visitor who may read the page (and then not kept by shared caches when the page is private)."""
    link = find_link(slug)
    page = live_page_for(link, Locale.get_active())
    if page is None or not PageAccess.for_request(request).can_read(page):
        raise Http404("The short link's page is not published")
    current = ShortLink.for_page(link.page)
    url = request.build_absolute_uri(reverse("short_link", kwargs={"slug": current.slug}))
    if format == "png":
        response = HttpResponse(qr_png(url), content_type=QR_TYPES["png"])
    else:
        title = _("QR code for %(url)s") % {"url": url}
        response = HttpResponse(qr_svg(url, title), content_type=QR_TYPES["svg"])
    if is_private(page):
        add_never_cache_headers(response)
    else:
        patch_cache_control(response, public=True, max_age=QR_CACHE_SECONDS)
    if request.GET.get("download"):
        response["Content-Disposition"] = content_disposition_header(True, f"qr-{current.slug}.{format}")
    return response


# --- the links a page shares ------------------------------------------------------------------------------


class ShareLinks:
    """What the "Share this page" box and the printed page show for one page, in the page's language."""

    def __init__(self, request, page):
        self.page = page
        link = ShortLink.for_page(page)
        self.slug = link.slug
        with override(locale_codes()[page.locale_id]):
            self.path = reverse("short_link", kwargs={"slug": link.slug})
            self.qr_png_path = reverse("short_link_qr", kwargs={"slug": link.slug, "format": "png"})
            self.qr_svg_path = reverse("short_link_qr", kwargs={"slug": link.slug, "format": "svg"})
        self.url = request.build_absolute_uri(self.path)

    @property
    def mailto(self):
        # RFC 6068: spaces as %20 (a "+" would show as a plus sign in some mail apps).
        return f"mailto:?subject={quote(self.page.title, safe='')}&body={quote(self.url, safe='')}"

    @property
    def sms(self):
        # "sms:?&body=" is the form both Android and iPhone messages apps read.
        return f"sms:?&body={quote(self.url, safe='')}"

    def qr_svg(self, title=""):
        return qr_svg(self.url, title)


def share_links(request, page):
    """The page's ``ShareLinks``, worked out once per request (the share box and the print footer both use them)."""
    cache = request.__dict__.setdefault("_share_links", {})
    if page.pk not in cache:
        cache[page.pk] = ShareLinks(request, page)
    return cache[page.pk]


# --- a short link for every published page ----------------------------------------------------------------


def make_short_link_on_publish(sender, instance, **kwargs):
    """``page_published`` receiver: make the page's short link now, so it exists before anyone shares it."""
    try:
        ShortLink.for_page(instance)
    except IntegrityError:  # publishing must not fail for this; the share box makes the link later
        logger.exception("Could not make a short link for page %s", instance.pk)


# --- admin ------------------------------------------------------------------------------------------------


class ShortSlugField(forms.CharField):
    """The end of a short link, accepting what editors may type or paste: "Assessment", "/go/assessment/"."""

    default_validators = [validate_short_slug]

    def to_python(self, value):
        return super().to_python(value).strip().lower().strip("/").removeprefix("go/")


class ShortLinkForm(WagtailAdminModelForm):
    """Keeps one current link per page, and the old slug when a slug changes (see ``save``)."""

    class Meta:
        field_classes = {"slug": ShortSlugField}

    def clean_page(self):
        page = self.cleaned_data.get("page")
        # Links belong to the English page; an Urdu page's link is its English page's link.
        return ShortLink.source_page(page) if page is not None else page

    def clean(self):
        cleaned = super().clean()
        slug, page = cleaned.get("slug"), cleaned.get("page")
        if slug:
            taken = ShortLink.objects.select_related("page").filter(slug=slug).exclude(pk=self.instance.pk).first()
            # A page may take back one of its own former links; another page's link is never moved.
            if taken is not None and (page is None or taken.page_id != page.pk):
                self.add_error(
                    "slug",
                    _("/go/%(slug)s is already the short link for “%(title)s”. Choose a different one.")
                    % {"slug": slug, "title": taken.page.title},
                )
        if self.instance.pk and "is_current" in cleaned and not cleaned["is_current"]:
            was_current = ShortLink.objects.filter(pk=self.instance.pk, is_current=True).exists()
            if was_current:
                self.add_error(
                    "is_current",
                    _(
                        "A page always has one current short link, so this one must stay current. To change it, "
                        "change the short link above, or make another of the page's links current."
                    ),
                )
        return cleaned

    def _get_validation_exclusions(self):
        # Slugs in use and the one-current-link rule are checked in clean() and kept in save(), with
        # messages editors can act on, rather than by the model's generic "already exists" checks.
        exclusions = super()._get_validation_exclusions()
        exclusions.update({"slug", "page"})
        return exclusions

    def save(self, commit=True):
        """Save the link. A changed slug keeps the old one as a former link to the same page; a link made
        current makes the page's other links former."""
        link = self.instance
        if not commit:
            return super().save(commit=False)
        with transaction.atomic():
            if link.pk:
                before = ShortLink.objects.select_for_update().get(pk=link.pk)
                if before.slug != link.slug:
                    ShortLink.objects.filter(pk=before.pk).update(is_current=False)  # the old slug, now former
                    link = ShortLink.objects.filter(slug=link.slug, page=link.page).first() or ShortLink(
                        slug=link.slug, page=link.page
                    )
                    link.is_current = self.instance.is_current
            elif link.slug and (former := ShortLink.objects.filter(slug=link.slug, page=link.page).first()):
                former.is_current = link.is_current  # "adding" a page's own former link makes it current again
                link = former
            if link.is_current:
                others = ShortLink.objects.filter(page=link.page, is_current=True)
                if link.pk:
                    others = others.exclude(pk=link.pk)
                others.update(is_current=False)
            link.save()
        self.instance = link
        return link


def _status(link):
    return _("Current") if link.is_current else _("Former")


class ShortLinkIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("page")


class ShortLinkViewSet(ModelViewSet):
    model = ShortLink
    name = "short_links"
    url_prefix = "short-links"
    icon = "link"
    menu_label = gettext_lazy("Short links")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = ShortLinkIndexView
    copy_view_enabled = False
    inspect_view_enabled = False
    search_fields = ["slug"]
    search_backend_name = None  # plain database search
    list_filter = ["is_current"]
    list_display = [
        "__str__",
        "page",
        StatusTagColumn(
            "status", label=gettext_lazy("Current or former"), accessor=_status, primary=lambda link: link.is_current
        ),
        DateColumn("created_at", label=gettext_lazy("Created"), sort_key="created_at"),
    ]
    edit_handler = ObjectList(
        [FieldPanel("slug"), FieldPanel("page"), FieldPanel("is_current")],
        base_form_class=ShortLinkForm,
    )


short_link_viewset = ShortLinkViewSet()
