"""Family packs: a clinician picks pages into one printable document for a family, with no account.

The pack being built lives in the visitor's session, which is only made when they add a page. "Make the
pack" turns it into a signed token in the print view's address (/pack/print/?pack=...), so the pack can be
bookmarked, shared or opened on another computer with no session, and the server stores nothing about it.
The token is signed, not encrypted: anyone with the link can read the note, so the page says not to write
names in it. The print view and the PDF (WeasyPrint) are made from the same sheets, in the reader's
language, and only ever show pages that are live and public: professional-only pages are left out.
"""

import functools
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from wagtail.models import Locale, Page, get_page_models

from carers_site.core.form_safety import RateLimit, page_id_or_none
from carers_site.core.languages import localize
from carers_site.core.privacy import is_private
from carers_site.crisis.lines import urgent_lines
from carers_site.sharing.pdf import write_pdf
from carers_site.sharing.short_links import share_links

MAX_PAGES = 12
NOTE_MAX_LENGTH = 500
MAX_SEARCH_RESULTS = 20
TOKEN_SALT = "carers_site.family_pack"
TOKEN_VERSION = 1
SESSION_KEY = "family_pack"
#: A PDF takes about a second of CPU, so one client may make at most this many in ten minutes.
PDF_RATE_LIMIT = RateLimit("family-pack-pdf", limit=30, window=600)

#: For a type packs no longer hold (a pack made before its ``family_pack_sheet`` was taken away): title and summary.
FALLBACK_SHEET_TEMPLATE = "carers_site/family_pack/content/summary.html"


@functools.cache
def pack_page_models():
    """The page types a pack can hold: those that name the template of their sheet (``family_pack_sheet``)."""
    return tuple(model for model in get_page_models() if getattr(model, "family_pack_sheet", None))


def can_go_in_pack(page):
    """True for a page of a type packs hold that anyone may read (live, with no view restrictions)."""
    return page is not None and page.specific_class in pack_page_models() and page.live and not is_private(page)


# --- the pack: in the session while it is built, in a signed token once it is made ---------------------------


@dataclass
class Pack:
    pages: list  # page ids, in the order they are printed
    note: str = ""

    @classmethod
    def from_session(cls, request):
        data = request.session.get(SESSION_KEY)
        if not isinstance(data, dict):
            return cls(pages=[])
        pages = [page for page in data.get("pages", []) if isinstance(page, int)][:MAX_PAGES]
        note = data.get("note", "")
        return cls(pages=pages, note=note if isinstance(note, str) else "")

    def save(self, request):
        request.session[SESSION_KEY] = {"pages": self.pages, "note": self.note}

    @property
    def is_full(self):
        return len(self.pages) >= MAX_PAGES

    def move(self, page_id, step):
        """Move a page one place up (step -1) or down (+1); nothing happens at either end."""
        if page_id not in self.pages:
            return
        index = self.pages.index(page_id)
        other = index + step
        if 0 <= other < len(self.pages):
            self.pages[index], self.pages[other] = self.pages[other], self.pages[index]

    def token(self):
        return signing.dumps({"v": TOKEN_VERSION, "p": self.pages, "n": self.note}, salt=TOKEN_SALT, compress=True)

    @classmethod
    def from_token(cls, token):
        """The pack in a print link's token. Raises ``BadPackToken`` if it was damaged, forged or is not a pack.

        Tokens never expire, so bookmarked and printed links keep working (until SECRET_KEY changes: keep the old
        key in SECRET_KEY_FALLBACKS when rotating it)."""
        try:
            data = signing.loads(token, salt=TOKEN_SALT)
        except signing.BadSignature:
            raise BadPackToken from None
        pages, note = (data.get("p"), data.get("n", "")) if isinstance(data, dict) else (None, None)
        if (
            not isinstance(pages, list)
            or not 0 < len(pages) <= MAX_PAGES
            or not all(isinstance(page, int) and not isinstance(page, bool) for page in pages)
            or not isinstance(note, str)
            or len(note) > NOTE_MAX_LENGTH
        ):
            raise BadPackToken
        return cls(pages=list(dict.fromkeys(pages)), note=note)


class BadPackToken(Exception):
    pass


def public_pages():
    return Page.objects.live().public()


def in_active_language(pages):
    """The pages, each replaced by its live, public translation in the language being shown where it has one."""
    return localize(pages)


# --- the pack's sheets, in the reader's language --------------------------------------------------------------


@dataclass
class Sheet:
    page: Page  # the specific page, in the language shown
    template: str
    short_url: str
    qr_code: str  # inline SVG markup


def pack_sheets(request, page_ids):
    """A sheet for each page of the pack anyone may still read, in order and in the language being shown (a
    page's live translation, else the page as it is), and how many pages were left out."""
    found = public_pages().filter(pk__in=page_ids).specific().in_bulk()
    sheets = []
    for page in in_active_language([found[page_id] for page_id in page_ids if page_id in found]):
        share = share_links(request, page)
        title = _("QR code for %(url)s: scan it with a phone camera to open the page") % {"url": share.url}
        sheets.append(
            Sheet(
                page=page,
                template=getattr(page.specific_class, "family_pack_sheet", None) or FALLBACK_SHEET_TEMPLATE,
                short_url=share.url,
                # role="img" makes screen readers announce the code by its title, as one picture.
                qr_code=share.qr_svg(title).replace("<svg ", '<svg role="img" ', 1),
            )
        )
    return sheets, len(page_ids) - len(sheets)


def text_direction(text):
    """The direction of the text, "rtl" or "ltr", from its first letter that has one (as dir="auto" does: WeasyPrint
    has no dir="auto")."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def document_context(request, pack):
    sheets, missing = pack_sheets(request, pack.pages)
    return {
        "pack": pack,
        "note_direction": text_direction(pack.note),
        "sheets": sheets,
        "missing": missing,
        "missing_message": ngettext(
            "%(count)s page in this pack is no longer available.",
            "%(count)s pages in this pack are no longer available.",
            missing,
        )
        % {"count": missing},
        "crisis_lines": urgent_lines(),
    }


# --- building the pack: /pack/ -------------------------------------------------------------------------------


class NoteForm(forms.Form):
    note = forms.CharField(
        label=gettext_lazy("A note for the family"),
        help_text=gettext_lazy(
            "For example, what to read first or when you will next see them. Do not write names or anything that "
            "could identify someone: the note becomes part of the pack's link, and anyone with the link can read it."
        ),
        required=False,
        max_length=NOTE_MAX_LENGTH,
        strip=True,
        widget=forms.Textarea(attrs={"class": "nhsuk-textarea", "rows": 4}),
        error_messages={
            "max_length": gettext_lazy("The note must be %(limit_value)d characters or fewer. It has %(show_value)d.")
        },
    )

    def describe_fields(self):
        """Point the note at its hint, character count and error message, so screen readers announce them."""
        field, bound = self.fields["note"], self["note"]
        described_by = [f"{bound.id_for_label}-hint", f"{bound.id_for_label}-count"]
        if bound.errors:
            described_by.append(f"{bound.id_for_label}-error")
            field.widget.attrs["class"] = "nhsuk-textarea nhsuk-textarea--error"
        field.widget.attrs["aria-describedby"] = " ".join(described_by)


def search_pages(query, pack_ids):
    """Live, public pages of the types a pack holds whose title or summary has every word of the query: in
    the language being shown, and English pages not yet translated into it."""
    words = query.split()[:8]
    if not words:
        return []
    active, default = Locale.get_active(), Locale.get_default()
    found = []
    for model in pack_page_models():
        pages = model.objects.live().public().filter(locale__in={active.pk, default.pk}).select_related("locale")
        for word in words:
            pages = pages.filter(Q(title__icontains=word) | Q(summary__icontains=word))
        found.extend(pages.order_by("title")[:MAX_SEARCH_RESULTS])
    # One result per page: its version in the reader's language where both matched.
    by_key = {}
    for page in sorted(found, key=lambda page: page.locale_id != active.pk):
        by_key.setdefault(page.translation_key, page)
    in_pack = set(Page.objects.filter(pk__in=pack_ids).values_list("translation_key", flat=True))
    results = sorted(by_key.values(), key=lambda page: page.title.casefold())[:MAX_SEARCH_RESULTS]
    for page in results:
        page.in_pack = page.translation_key in in_pack
    return results


def pack_page_url(fragment=""):
    return reverse("family_pack") + (f"#{fragment}" if fragment else "")


@require_http_methods(["GET", "POST"])
def family_pack(request):
    """The pack being built: its pages in order, the note, a search to add pages, and "Make the pack"."""
    pack = Pack.from_session(request)
    if request.method == "POST":
        form = NoteForm(request.POST)
        action, _sep, value = request.POST.get("action", "").partition(":")
        page_id = page_id_or_none(value)
        fragment = ""
        if action == "remove" and page_id in pack.pages:
            pack.pages.remove(page_id)
            removed = Page.objects.filter(pk=page_id).first()
            if removed is None:
                messages.info(request, _("The page has been taken out of the pack."))
            else:
                title = in_active_language([removed])[0].title
                messages.info(request, _("“%(title)s” has been taken out of the pack.") % {"title": title})
            fragment = "pack-pages"
        elif action in ("up", "down") and page_id in pack.pages:
            pack.move(page_id, -1 if action == "up" else 1)
            fragment = f"pack-page-{page_id}"
        if form.is_valid():
            pack.note = form.cleaned_data["note"]
        if pack.pages or request.session.get(SESSION_KEY):
            pack.save(request)
        if not form.is_valid():
            # Keep what they typed, and every other change, and say what to fix.
            return render_pack(request, pack, form)
        if action == "make":
            if not pack.pages:
                messages.warning(request, _("Add at least one page to the pack first."))
                return redirect(pack_page_url())
            return redirect(reverse("family_pack_print") + "?" + urlencode({"pack": pack.token()}))
        return redirect(pack_page_url(fragment))
    return render_pack(request, pack, NoteForm(initial={"note": pack.note}))


def render_pack(request, pack, form):
    form.describe_fields()
    query = " ".join(request.GET.get("q", "").split())[:100]
    found = Page.objects.filter(pk__in=pack.pages).specific().in_bulk()
    originals = [found[page_id] for page_id in pack.pages if page_id in found]
    available = set(public_pages().filter(pk__in=pack.pages).values_list("pk", flat=True))
    pages = in_active_language(originals)
    for page, original in zip(pages, originals, strict=True):
        page.pack_id = original.pk  # what the buttons act on: the pack keeps the page that was added
        page.available = original.pk in available
    context = {
        "pack": pack,
        "pages": pages,
        "form": form,
        "query": query,
        "results": search_pages(query, pack.pages) if query else [],
        "max_pages": MAX_PAGES,
        "note_max_length": NOTE_MAX_LENGTH,
    }
    return render(request, "carers_site/family_pack/pack.html", context)


@csrf_exempt
@require_POST
def add_to_pack(request):
    """Adds a page to the visitor's own pack, then shows the pack.

    This view alone takes no CSRF token. Its only effect is to put a public page in the pack of whoever
    sends the form, so there is nothing to forge; and as session cookies are SameSite=Lax, a form posted
    from another site does not even carry the visitor's session. Leaving the token out means the "Add to
    family pack" button holds nothing personal, so the pages it sits on can be cached for everyone.
    """
    page_id = page_id_or_none(request.POST.get("page", ""))
    page = public_pages().filter(pk=page_id).first() if page_id else None
    query = " ".join(request.POST.get("q", "").split())[:100]
    back_to = pack_page_url() if not query else reverse("family_pack") + "?" + urlencode({"q": query})
    if page is None or not can_go_in_pack(page):
        messages.warning(request, _("Sorry, that page cannot go in a family pack."))
        return redirect(back_to)
    page = page.specific
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=False):
        next_url = page.url
    pack = Pack.from_session(request)
    link = format_html('<a href="{}">{}</a>', next_url, _("Go back to “%(title)s”") % {"title": page.title})
    if Page.objects.filter(pk__in=pack.pages, translation_key=page.translation_key).exists():
        messages.info(
            request, format_html("{} {}", _("“%(title)s” is already in your pack.") % {"title": page.title}, link)
        )
    elif pack.is_full:
        messages.warning(
            request,
            _("Your pack is full. A pack can hold %(max)d pages: take one out to add “%(title)s”.")
            % {"max": MAX_PAGES, "title": page.title},
        )
    else:
        pack.pages.append(page.pk)
        pack.save(request)
        messages.success(request, format_html("{} {}", _("“%(title)s” is in your pack.") % {"title": page.title}, link))
    return redirect(back_to)


@require_POST
def change_pack(request):
    """The print view's "Change this pack": load its pages and note into the session, to change them."""
    try:
        pack = Pack.from_token(request.POST.get("pack", ""))
    except BadPackToken:
        return bad_token(request)
    pack.save(request)
    messages.info(request, _("You can now change this pack. Make the pack again to get its new link."))
    return redirect(pack_page_url())


# --- the made pack: print view and PDF --------------------------------------------------------------------------


def bad_token(request):
    return render(request, "carers_site/family_pack/bad_token.html", status=400)


def pack_from_request(request):
    token = request.GET.get("pack", "")
    return token, Pack.from_token(token)


@require_GET
def print_pack(request):
    """The made pack, one sheet per page, from the token in the address: works for anyone with the link."""
    if not request.GET.get("pack"):
        return redirect(pack_page_url())
    try:
        token, pack = pack_from_request(request)
    except BadPackToken:
        return bad_token(request)
    context = document_context(request, pack)
    context["token"] = token
    context["pdf_url"] = reverse("family_pack_pdf") + "?" + urlencode({"pack": token})
    context["large_print"] = request.GET.get("size") == "large"  # "Large print version" (sharing/formats.py)
    response = render(request, "carers_site/family_pack/print.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response


def css_string(text):
    """Text as a CSS string that is safe inside a <style> element."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ").replace("\n", " ")
    return f'"{escaped}"'


def page_counter_css():
    """CSS ``content`` for "Page 1 of 3" in the reader's language, e.g. ``"Page " counter(page) " of " ...``."""
    marker = "\x00"
    words = _("Page %(page)s of %(pages)s") % {"page": f"{marker}page{marker}", "pages": f"{marker}pages{marker}"}
    parts = [
        f"counter({part})" if index % 2 and part in ("page", "pages") else css_string(part)
        for index, part in enumerate(words.split(marker))
        if part
    ]
    return mark_safe(" ".join(parts))  # noqa: S308 (every piece of text is escaped by css_string)


def pdf_html(request, pack, single=False):
    """The HTML a pack's PDF is made from. ``single``: one page on its own (a leaflet's PDF), titled by the page
    rather than "Family pack"."""
    context = {**document_context(request, pack), "page_counter_css": page_counter_css(), "single": single}
    return render_to_string("carers_site/family_pack/pdf.html", context, request=request)


def render_pdf(request, pack, html=None):
    """The pack as PDF bytes, and how many pages it has."""
    html = pdf_html(request, pack) if html is None else html
    return write_pdf(html, request.build_absolute_uri("/"), request.build_absolute_uri(settings.STATIC_URL))


@require_GET
def pack_pdf(request):
    """The made pack as a PDF to download, with the crisis numbers and page numbers on every page."""
    try:
        token, pack = pack_from_request(request)
    except BadPackToken:
        return bad_token(request)
    if not PDF_RATE_LIMIT.take(request):
        print_url = reverse("family_pack_print") + "?" + urlencode({"pack": token})
        return render(request, "carers_site/family_pack/too_many_pdfs.html", {"print_url": print_url}, status=429)
    pdf, _pages = render_pdf(request, pack)
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"family-pack-{timezone.localdate():%Y-%m-%d}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Robots-Tag"] = "noindex"
    return response
