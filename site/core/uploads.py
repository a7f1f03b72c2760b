"""Checks for the files editors upload: documents, images, recordings of pages and directory spreadsheets.

A file is checked by what it contains (its first bytes, or the format's own reader), not only by its name,
and against a size limit for its kind (settings: WAGTAILDOCS_MAX_UPLOAD_SIZE, WAGTAILIMAGES_MAX_UPLOAD_SIZE,
WAGTAILIMAGES_MAX_IMAGE_PIXELS, AUDIO_MAX_UPLOAD_SIZE, DIRECTORY_IMPORT_MAX_UPLOAD_SIZE). SVG drawings and
web pages (HTML) are refused under any name: they can hold scripts that run in the browser of whoever opens
them from /media or /documents. Each message says what is wrong and what to do.

Wagtail's document and image forms use these checks through WAGTAILDOCS_DOCUMENT_FORM_BASE and
WAGTAILIMAGES_IMAGE_FORM_BASE, which cover the single and multiple upload views and the choosers' upload tabs.
The profile picture in account settings is checked as images are (use_checked_avatar_form, from wagtail_hooks).
"""

import math
import re
import warnings
import zipfile
from pathlib import Path

import filetype
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from PIL import Image as PillowImage
from wagtail.admin.forms.account import AvatarPreferencesForm
from wagtail.documents.fields import WagtailDocumentField
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

MB = 1024 * 1024
HEAD_BYTES = 8192

EMPTY_MESSAGE = gettext_lazy("This file is empty (0 bytes). Check you chose the right file and upload it again.")

#: Extension -> (what a file of that kind is called, what to save it as).
FORMATS = {
    "pdf": (gettext_lazy("a PDF"), gettext_lazy("PDF")),
    "docx": (gettext_lazy("a Word document"), gettext_lazy("Word (.docx)")),
    "odt": (gettext_lazy("an OpenDocument text file"), gettext_lazy("OpenDocument text (.odt)")),
    "rtf": (gettext_lazy("a Rich Text file"), gettext_lazy("Rich Text (.rtf)")),
    "txt": (gettext_lazy("a plain text file"), gettext_lazy("plain text (.txt)")),
    "csv": (gettext_lazy("a CSV file"), gettext_lazy("CSV")),
    "xlsx": (gettext_lazy("an Excel spreadsheet"), gettext_lazy("Excel (.xlsx)")),
    "png": (gettext_lazy("a PNG image"), gettext_lazy("PNG")),
    "jpg": (gettext_lazy("a JPEG image"), gettext_lazy("JPEG")),
    "jpeg": (gettext_lazy("a JPEG image"), gettext_lazy("JPEG")),
    "gif": (gettext_lazy("a GIF image"), gettext_lazy("GIF")),
    "webp": (gettext_lazy("a WebP image"), gettext_lazy("WebP")),
}

#: What filetype's guess means, in words, for "It looks like ...".
KNOWN_KINDS = {
    "exe": gettext_lazy("a Windows program (.exe)"),
    "elf": gettext_lazy("a program"),
    "zip": gettext_lazy("a ZIP archive"),
    "rar": gettext_lazy("a RAR archive"),
    "7z": gettext_lazy("a 7-Zip archive"),
    "gz": gettext_lazy("a compressed (.gz) file"),
    "doc": gettext_lazy("an old Word document (.doc)"),
    "xls": gettext_lazy("an old Excel spreadsheet (.xls)"),
    "ppt": gettext_lazy("an old PowerPoint file (.ppt)"),
    "pptx": gettext_lazy("a PowerPoint file (.pptx)"),
    "ods": gettext_lazy("an OpenDocument spreadsheet (.ods)"),
    "heic": gettext_lazy("an iPhone photo (HEIC)"),
    "avif": gettext_lazy("an AVIF image"),
    "tif": gettext_lazy("a TIFF image"),
    "bmp": gettext_lazy("a BMP image"),
    "psd": gettext_lazy("a Photoshop file (.psd)"),
    "mp3": gettext_lazy("an MP3 sound file"),
    "mp4": gettext_lazy("a video"),
    "mov": gettext_lazy("a video"),
    "apng": FORMATS["png"][0],
}
for _extension, (_name, _save_as) in FORMATS.items():
    KNOWN_KINDS.setdefault(_extension, _name)

#: Extension -> the extensions filetype may report for real content of that kind.
IMAGE_CONTENT = {"png": {"png", "apng"}, "jpg": {"jpg"}, "jpeg": {"jpg"}, "gif": {"gif"}, "webp": {"webp"}}
#: Extension -> the files an Office Open XML or OpenDocument ZIP must hold.
ZIP_MEMBERS = {
    "docx": ["[Content_Types].xml", "word/document.xml"],
    "xlsx": ["[Content_Types].xml", "xl/workbook.xml"],
    "odt": ["mimetype", "content.xml"],
}
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
TEXT_FORMATS = {"txt", "csv", "rtf"}

# Markup a browser would run: SVG anywhere near the start of a file that starts with "<", or HTML tags.
SVG_TAG = re.compile(r"<svg[\s>/]")
HTML_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|script|iframe|object|embed|style|meta|link|title|div|img|form|a|p|br)[\s>/]"
)
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]")


def megabytes(size, round_up=False):
    """A size in MB for people: "31 MB", "1.5 MB". A file just over a limit rounds up, so it never reads as
    the same number as the limit."""
    tenths = size * 10 / MB
    tenths = math.ceil(tenths) if round_up else math.floor(tenths)
    return f"{tenths / 10:.1f}".removesuffix(".0") + " MB"


def extension_of(upload):
    return Path(upload.name or "").suffix.lower().lstrip(".")


def read_head(upload, size=HEAD_BYTES):
    upload.seek(0)
    head = upload.read(size)
    upload.seek(0)
    return head


def markup_kind(head):
    """ "svg" or "html" if these first bytes are an SVG drawing or a web page, else None."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", "ignore")
    else:
        text = head.removeprefix(b"\xef\xbb\xbf").decode("latin-1")
    text = text.lstrip().lower()
    if not text.startswith("<"):
        return None
    if SVG_TAG.search(text):
        return "svg"
    if HTML_TAG.search(text[:2048]):
        return "html"
    return None


def what_it_looks_like(head):
    """What the content really is, in words ("a ZIP archive"), or None if we cannot tell."""
    kind = filetype.guess_extension(head)
    return KNOWN_KINDS.get(kind) if kind else None


# --- the messages -------------------------------------------------------------------------------------------


def too_big(upload, limit, noun, advice):
    return ValidationError(
        _("This file is %(size)s; the largest %(noun)s you can upload is %(limit)s. %(advice)s")
        % {"size": megabytes(upload.size, round_up=True), "noun": noun, "limit": megabytes(limit), "advice": advice},
        code="file_too_large",
    )


def refused_markup(kind, extension, save_as):
    what = _("an SVG drawing") if kind == "svg" else _("a web page (HTML)")
    if extension in ("svg", "html", "htm", "xhtml", "") or extension == kind:
        first = _("This file is %(what)s.") % {"what": what}
    else:
        first = _("This file is %(what)s, although its name ends in .%(extension)s.") % {
            "what": what,
            "extension": extension,
        }
    return ValidationError(
        " ".join(
            [
                first,
                _("SVG drawings and web pages cannot be uploaded: they can hold code that runs in the browser."),
                _("Save it as %(format)s and upload it again.") % {"format": save_as},
            ]
        ),
        code="svg" if kind == "svg" else "html",
    )


def wrong_content(extension, head, detail=""):
    name, save_as = FORMATS[extension]
    message = _("This file is not %(name)s, although its name ends in .%(extension)s.") % {
        "name": name,
        "extension": extension,
    }
    looks_like = what_it_looks_like(head)
    if detail:
        message += " " + detail
    elif looks_like and looks_like != name:
        message += " " + _("It looks like %(kind)s.") % {"kind": looks_like}
    message += " " + _("Save it as %(format)s and upload it again.") % {"format": save_as}
    return ValidationError(message, code="wrong_content")


def not_allowed(extension, allowed, save_as):
    if extension in ("svg", "svgz"):
        return refused_markup("svg", extension, save_as)
    if extension in ("html", "htm", "xhtml", "shtml"):
        return refused_markup("html", extension, save_as)
    formats = ", ".join(dict.fromkeys(str(FORMATS[ext][1]) for ext in allowed))
    if not extension:
        first = _("This file's name does not end in a file type such as .%(example)s.") % {"example": allowed[0]}
    else:
        first = _("Files ending in .%(extension)s cannot be uploaded here.") % {"extension": extension}
    return ValidationError(
        " ".join([first, _("You can upload these kinds of file: %(formats)s.") % {"formats": formats}]),
        code="invalid_extension",
    )


# --- the checks ---------------------------------------------------------------------------------------------


def check_common(upload, extension, save_as, limit, noun, advice):
    """Checks every upload shares: not empty, not SVG or HTML under any name, not too big."""
    if not upload.size:
        raise ValidationError(EMPTY_MESSAGE, code="empty")
    head = read_head(upload)
    kind = markup_kind(head)
    if kind:
        raise refused_markup(kind, extension, save_as)
    if limit is not None and upload.size > limit:
        raise too_big(upload, limit, noun, advice)
    return head


#: The encodings a text or CSV file may be in, tried in order: Excel on Windows saves CSV as cp1252.
TEXT_ENCODINGS = ("utf-8-sig", "cp1252")


def decoded_text(data, encodings=TEXT_ENCODINGS):
    """The bytes as text in the first of ``encodings`` that fits, or None if none does."""
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def check_text(upload, extension):
    """A txt, csv or rtf file must be text: UTF-8 (or UTF-16 with a byte order mark, or Windows' cp1252),
    with no NUL bytes and no more than a few stray control characters."""
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    head = data[:HEAD_BYTES]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    elif b"\x00" in data:
        raise wrong_content(extension, head, _("It has binary content, not text."))
    else:
        encodings = TEXT_ENCODINGS
    text = decoded_text(data, encodings)
    if text is None:
        raise wrong_content(extension, head, _("It has binary content, not text."))
    if len(CONTROL_CHARACTERS.findall(text)) > max(2, len(text) // 1000):
        raise wrong_content(extension, head, _("It has binary content, not text."))


def check_zip_document(upload, extension, head):
    """A docx, xlsx or odt file is a ZIP archive holding particular files; read the list, not the contents."""
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if not all(member in names for member in ZIP_MEMBERS[extension]):
                raise wrong_content(extension, head)
            if extension == "odt":
                info = archive.getinfo("mimetype")
                if info.file_size > 200 or archive.read(info).strip() != ODT_MIMETYPE:
                    raise wrong_content(extension, head)
            if any(name.lower().endswith("vbaproject.bin") for name in names):
                raise ValidationError(
                    _(
                        "This file contains macros (small programs), which cannot be uploaded. "
                        "Save it again as %(format)s without macros and upload it again."
                    )
                    % {"format": FORMATS[extension][1]},
                    code="macros",
                )
    except zipfile.BadZipFile:
        raise wrong_content(extension, head) from None
    finally:
        upload.seek(0)


def check_content(upload, extension, head):
    """Checks that the content is what the extension says (documents and spreadsheets)."""
    if extension == "pdf":
        if not head.startswith(b"%PDF-"):
            raise wrong_content(extension, head)
    elif extension in ZIP_MEMBERS:
        check_zip_document(upload, extension, head)
    elif extension in TEXT_FORMATS:
        if extension == "rtf" and not head.startswith(b"{\\rtf"):
            raise wrong_content(extension, head)
        check_text(upload, extension)
    elif extension in IMAGE_CONTENT:
        if filetype.guess_extension(head) not in IMAGE_CONTENT[extension]:
            raise wrong_content(extension, head)


def check_image_pixels(upload, extension, head):
    """Reads the picture's size with Pillow (without decoding it) and refuses decompression bombs: small
    files that would take gigabytes of memory to open."""
    limit = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", None)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PillowImage.DecompressionBombWarning)
            with PillowImage.open(upload) as picture:
                width, height = picture.size
                frames = getattr(picture, "n_frames", 1) if extension == "gif" else 1
    except PillowImage.DecompressionBombError:
        width = height = frames = None
    except Exception:  # noqa: BLE001 - Pillow raises many kinds of error for damaged files
        raise wrong_content(extension, head, _("It may be damaged.")) from None
    finally:
        upload.seek(0)
    if limit is None:
        return
    if width is None or width * height * frames > limit:
        size = (
            _("%(width)s × %(height)s pixels") % {"width": width, "height": height}
            if width
            else _("too many pixels to open")
        )
        if frames and frames > 1:
            size += " " + _("in each of %(frames)s frames") % {"frames": frames}
        raise ValidationError(
            _(
                "This picture is %(size)s; the largest you can upload is %(limit)s million pixels. "
                "Make it smaller (for example 4000 × 3000 pixels) and upload it again."
            )
            % {"size": size, "limit": f"{limit / 1_000_000:g}"},
            code="file_too_many_pixels",
        )


def check_document(upload):
    allowed = list(settings.WAGTAILDOCS_EXTENSIONS)
    extension = extension_of(upload)
    save_as = FORMATS["pdf"][1]
    if extension not in allowed:
        raise not_allowed(extension, allowed, save_as)
    save_as = FORMATS[extension][1]
    head = check_common(
        upload,
        extension,
        save_as,
        getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None),
        _("document"),
        _("Make it smaller, or split it into parts, and upload it again."),
    )
    check_content(upload, extension, head)


def check_image(upload):
    allowed = list(settings.WAGTAILIMAGES_EXTENSIONS)
    extension = extension_of(upload)
    if extension not in allowed:
        raise not_allowed(extension, allowed, _("PNG or JPEG"))
    head = check_common(
        upload,
        extension,
        FORMATS[extension][1],
        getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", None),
        _("image"),
        _("Save it as a JPEG, or with fewer pixels, and upload it again."),
    )
    check_content(upload, extension, head)
    check_image_pixels(upload, extension, head)


def check_spreadsheet(upload):
    """A directory import file: CSV or Excel (.xlsx)."""
    extension = extension_of(upload)
    if extension not in ("csv", "xlsx"):
        raise ValidationError(_("Choose a .csv or .xlsx file."), code="invalid_extension")
    head = check_common(
        upload,
        extension,
        FORMATS[extension][1],
        settings.DIRECTORY_IMPORT_MAX_UPLOAD_SIZE,
        _("spreadsheet"),
        _("Split it into smaller files and upload them one at a time."),
    )
    check_content(upload, extension, head)


def check_recording_upload(upload):
    """What recordings share with other uploads (empty, SVG or HTML); carers_site.audio.speech.check_recording then
    reads the sound itself with mutagen and checks its size."""
    if not upload.size:
        raise ValidationError(EMPTY_MESSAGE, code="empty")
    kind = markup_kind(read_head(upload))
    if kind:
        raise refused_markup(kind, extension_of(upload), _("MP3"))


# --- Wagtail's forms ----------------------------------------------------------------------------------------


class CheckedFileFieldMixin:
    """For Wagtail's document and image fields: the file's content is checked (``check``) before Wagtail's own
    checks, and the help text and messages say which formats are allowed and how big a file may be."""

    check = None  # check_document or check_image
    extensions_setting = ""  # the setting listing the allowed extensions
    too_big_message = ""  # with %(limit)s

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.error_messages["empty"] = EMPTY_MESSAGE
        if self.max_upload_size is not None:
            limit = megabytes(self.max_upload_size)
            # Shown by the multiple upload page before the file is sent.
            self.error_messages["file_too_large_unknown_size"] = self.too_big_message % {"limit": limit}
            extensions = getattr(settings, self.extensions_setting)
            formats = dict.fromkeys(str(FORMATS[ext][1]) for ext in extensions if ext in FORMATS)  # jpg, jpeg: once
            self.help_text = _("%(formats)s. Up to %(limit)s.") % {"formats": ", ".join(formats), "limit": limit}

    def to_python(self, data):
        if data and hasattr(data, "size"):
            type(self).check(data)
        return super().to_python(data)


class CheckedDocumentField(CheckedFileFieldMixin, WagtailDocumentField):
    check = check_document
    extensions_setting = "WAGTAILDOCS_EXTENSIONS"
    too_big_message = _("This file is too big. The largest document you can upload is %(limit)s.")


class CheckedImageField(CheckedFileFieldMixin, WagtailImageField):
    """Also checks the pixel count, before Wagtail reads the picture with Willow."""

    check = check_image
    extensions_setting = "WAGTAILIMAGES_EXTENSIONS"
    too_big_message = _("This file is too big. The largest image you can upload is %(limit)s.")


def replace_field(form, name, field_class):
    old = form.fields.get(name)
    if old is None:  # the multiple upload page's edit forms have no file field
        return
    new = field_class(
        label=old.label, required=old.required, widget=old.widget, max_length=old.max_length, initial=old.initial
    )
    form.fields[name] = new


class DocumentForm(BaseDocumentForm):
    """WAGTAILDOCS_DOCUMENT_FORM_BASE: Wagtail's document form with the file checked by its content."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        replace_field(self, "file", CheckedDocumentField)


class ImageForm(BaseImageForm):
    """WAGTAILIMAGES_IMAGE_FORM_BASE: Wagtail's image form with the file checked by its content."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        replace_field(self, "file", CheckedImageField)


class CheckedAvatarField(forms.ImageField):
    def to_python(self, data):
        if data and hasattr(data, "size"):
            check_image(data)
        return super().to_python(data)


class AvatarForm(AvatarPreferencesForm):
    """The profile picture form, with the image checks: Wagtail's own has no size or pixel limit, and scales
    down whatever Pillow opens."""

    avatar = CheckedAvatarField(label=AvatarPreferencesForm.base_fields["avatar"].label, required=False)


def use_checked_avatar_form():
    """Wagtail has no setting for the account page's forms, so the panel's form class is swapped."""
    from wagtail.admin.views.account import AvatarSettingsPanel

    AvatarSettingsPanel.form_class = AvatarForm
