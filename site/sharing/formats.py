"""A page's other formats, for "Other formats and languages" (components/other_formats.html) on guidance pages and
leaflets: its easy read version (or the page it is the easy read of), its audio, its PDF, and its print and large
print versions.
Its other languages come from the language bar's list (language_versions in carers_site/templatetags/carers_tags.py).

Only versions anyone may read are listed: live, public pages (never a draft or a private page), and no audio or
print version of a private page (its audio would be a public file; packs never hold private pages). The module
lives here, not in carers_site.core, because it reads the audio (resources) and the print view (family packs).
"""

from dataclasses import dataclass
from pathlib import Path

from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page, get_page_models

from carers_site.core.languages import locale_codes, localize
from carers_site.core.page_mixins import EasyReadMixin
from carers_site.core.privacy import is_private
from carers_site.sharing.family_pack import Pack, can_go_in_pack
from resources.audio_models import AudioVersion


@dataclass
class Format:
    """One other version of a page. ``kind``: "easy_read", "not_easy_read" (the page an easy read page is the easy
    read of), "audio", "pdf", "print" or "large_print"; the template words each kind."""

    kind: str
    url: str
    language: str  # its language code, for lang and hreflang
    file_type: str = ""  # "PDF", "MP3"; empty for a web page
    size: int | None = None  # bytes, for a file
    minutes: int | None = None  # for audio, where its length is known
    recorded: bool = False  # audio read by a person, not the computer voice
    download: bool = False

    @property
    def language_name(self):
        """The language's name in that language ("Cymraeg", "اردو")."""
        return get_language_info(self.language)["name_local"]

    @property
    def direction(self):
        return "rtl" if get_language_info(self.language).get("bidi") else "ltr"


def language_of(page):
    return locale_codes().get(page.locale_id, "")


def other_formats(request, page):
    """The other formats of ``page`` (a specific page) that anyone may read, in the order they are shown."""
    if not isinstance(page, Page) or not page.pk:
        return []
    formats = [*easy_read_links(request, page), *audio(page), *pdf(page), *print_version(page)]
    return [item for item in formats if item.language]


def easy_read_links(request, page):
    """The easy read version a page names, and on an easy read page the pages naming it, each in the reader's language
    where translated. Translations share the English page's choice (EasyReadMixin), so the reverse link is found from
    the English pages by translation key."""
    found = []
    chosen_id = getattr(page, "easy_read_version_id", None)
    if chosen_id:
        found += [("easy_read", item) for item in public_pages().filter(pk=chosen_id)]
    if getattr(page, "easy_read", False):
        default = Locale.get_default()
        for model in (model for model in get_page_models() if issubclass(model, EasyReadMixin)):
            plain = public_pages(model).filter(locale=default, easy_read_version__translation_key=page.translation_key)
            found += [("not_easy_read", item) for item in plain.order_by("title")]
    if not found:
        return []
    shown = localize([item for _kind, item in found])
    return [
        Format(kind=kind, url=item.get_url(request), language=language_of(item))
        for (kind, _item), item in zip(found, shown, strict=True)
        if item.pk != page.pk and not is_private(item)
    ]


def pages_linking_back(page):
    """The ids of the pages whose "Other formats and languages" link back to ``page`` as the page they are the easy
    read of: its easy read version in every language. For the page cache: publishing or unpublishing ``page``
    changes what they show."""
    chosen_id = getattr(page, "easy_read_version_id", None)
    if not chosen_id:
        return set()
    keys = Page.objects.filter(pk=chosen_id).values("translation_key")
    return set(Page.objects.filter(translation_key__in=keys).values_list("pk", flat=True))


def public_pages(model=Page):
    return model.objects.live().public().filter(alias_of__isnull=True)


def audio(page):
    """The audio the page plays (a person's recording, else a ready computer-read draft). None for a private page."""
    if is_private(page):
        return []
    version = AudioVersion.for_page(page)
    audio_file = version.audio_file if version else None
    if not audio_file:
        return []
    seconds = version.audio_seconds
    return [
        Format(
            kind="audio",
            url=audio_file.url,
            language=language_of(page),
            file_type=file_type(audio_file.name),
            size=file_size(audio_file),
            minutes=max(1, round(seconds / 60)) if seconds else None,
            recorded=bool(version.recording),
            download=True,
        )
    ]


def pdf(page):
    """A leaflet's PDF: the one an editor uploaded for this page, else the one the site made of it in its language
    (carers_site/sharing/leaflet_pdf.py), else the English page's upload (said to be in English). Worked out once per
    page object: the download button and "Other formats and languages" both ask."""
    if not hasattr(page, "document"):  # not a leaflet
        return []
    if "_leaflet_pdf_formats" not in page.__dict__:
        page.__dict__["_leaflet_pdf_formats"] = leaflet_pdf_formats(page)
    return page.__dict__["_leaflet_pdf_formats"]


def leaflet_pdf_formats(page):
    from carers_site.sharing.leaflet_pdf import leaflet_pdf_file, uploaded_pdf

    language = language_of(page)
    uploaded = uploaded_pdf(page)
    made = None if uploaded is not None else leaflet_pdf_file(page)
    if uploaded is not None:
        file, url = uploaded.file, uploaded.url
    elif made is not None:
        file, url = made, made.url
    elif page.document is not None:  # a translation with only the English upload, until its own PDF is made
        file, url, language = page.document.file, page.document.url, Locale.get_default().language_code
    else:
        return []
    return [
        Format(
            kind="pdf", url=url, language=language, file_type=file_type(file.name), size=file_size(file), download=True
        )
    ]


def print_version(page):
    """The page on its own in the family pack's print view (made for paper, with the crisis numbers and a QR code),
    and the same in large print."""
    if not can_go_in_pack(page):
        return []
    language = language_of(page)
    token = Pack(pages=[page.pk]).token()
    with translation.override(language):  # the print view's words in the page's language too
        url = reverse("family_pack_print") + "?" + urlencode({"pack": token})
    return [
        Format(kind="print", url=url, language=language),
        Format(kind="large_print", url=url + "&" + urlencode({"size": "large"}), language=language),
    ]


def file_type(name):
    return Path(name).suffix.lstrip(".").upper()


def file_size(field_file):
    """The file's size in bytes, or None if the file has gone from storage (the link is still offered)."""
    try:
        return field_file.size
    except (OSError, ValueError):
        return None
