"""Uploads are checked by content and size, through the real admin views, signed in as an editor: documents and
images (single and multiple upload), recordings of pages and the directory's spreadsheet import. A good file
is saved; a bad one is refused with a plain message and leaves no row and no file behind."""

import html
import io
import shutil
import struct
import subprocess
import zipfile
import zlib

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PillowImage
from reportlab.pdfgen import canvas
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, UploadedFile

from carers_site.ops.roles import EDITORS
from directory.models import ServicePage
from resources.audio_models import AudioVersion
from tests.factories.directory import DirectoryIndexPageFactory
from tests.factories.resources import GuidancePageFactory

pytestmark = pytest.mark.django_db

SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>\n'
HTML = b"<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200
SVG_MESSAGE = "This file is an SVG drawing, although its name ends in .{ext}. SVG drawings and web pages cannot be"
HTML_MESSAGE = "This file is a web page (HTML), although its name ends in .{ext}. SVG drawings and web pages cannot"
EMPTY_MESSAGE = "This file is empty (0 bytes). Check you chose the right file and upload it again."


# --- sample files -------------------------------------------------------------------------------------------


def png(size=(40, 30), kind="PNG"):
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, "#005eb8").save(buffer, format=kind)
    return buffer.getvalue()


def png_bomb(width=100_000, height=100_000):
    """A PNG of a few dozen bytes whose header claims 10 billion pixels (Pillow reads only the header)."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00")) + chunk(b"IEND", b"")


def pdf():
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Carer's assessment: what to expect.")
    page.save()
    return buffer.getvalue()


def xlsx(rows):
    from openpyxl import Workbook

    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def docx():
    """The smallest Word document: its content types, its relationships and one paragraph."""
    buffer = io.BytesIO()
    word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="r1" Target="word/document.xml" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument"/></Relationships>',
        )
        archive.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?><w:document xmlns:w="{word}"><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p>'
            "</w:body></w:document>",
        )
    return buffer.getvalue()


def sound():
    """One second of a tone as MP3, made by ffmpeg as tests/audio/test_audio.py does."""
    tone = ["-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-ac", "1", "-f", "mp3", "pipe:1"]
    return subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", *tone], check=True, capture_output=True).stdout


SERVICES_CSV = (
    "id,name,summary,phones\nRED-0001,Carers café,A weekly café for carers in Ilford.,020 8554 0490\n"
).encode()


# --- fixtures -----------------------------------------------------------------------------------------------


@pytest.fixture
def media(settings, tmp_path):
    """Uploads go to a real folder, so the test can count the files left in it."""
    root = tmp_path / "media"
    root.mkdir()
    settings.MEDIA_ROOT = str(root)
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
    return root


@pytest.fixture
def editor_client(client, django_user_model, media):
    editor = django_user_model.objects.create_user("eddie", "eddie@example.org", "a long passphrase 1")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    return client


def message_in(response):
    """The page or JSON answer as plain text (entities decoded), to look for a message in."""
    if response["Content-Type"].startswith("application/json"):
        data = response.json()
        return data.get("error_message") or ("" if data.get("success") else str(data))
    return html.unescape(response.content.decode())


# --- the upload places --------------------------------------------------------------------------------------


def root_collection():
    return Collection.get_first_root_node().pk


def document_single(client, name, data):
    upload = SimpleUploadedFile(name, data)
    return client.post(
        reverse("wagtaildocs:add"), {"title": "Leaflet", "file": upload, "collection": root_collection()}
    )


def document_multiple(client, name, data):
    upload = SimpleUploadedFile(name, data)
    return client.post(reverse("wagtaildocs:add_multiple"), {"files[]": upload, "collection": root_collection()})


def image_single(client, name, data):
    upload = SimpleUploadedFile(name, data)
    return client.post(
        reverse("wagtailimages:add"), {"title": "Park bench", "file": upload, "collection": root_collection()}
    )


def image_multiple(client, name, data):
    upload = SimpleUploadedFile(name, data)
    return client.post(reverse("wagtailimages:add_multiple"), {"files[]": upload, "collection": root_collection()})


def recording(client, name, data):
    page = GuidancePageFactory(parent=client.home, title="Carer's assessment")
    return client.post(reverse("audio_versions:add"), {"page": page.pk, "recording": SimpleUploadedFile(name, data)})


def spreadsheet(client, name, data):
    DirectoryIndexPageFactory(parent=client.home)
    return client.post("/admin/directory-import/", {"file": SimpleUploadedFile(name, data), "all_or_nothing": "on"})


def saved_rows():
    return [
        get_document_model().objects.count(),
        get_image_model().objects.count(),
        UploadedFile.objects.count(),
        AudioVersion.objects.exclude(recording="").count(),
        ServicePage.objects.count(),
    ]


def files_in(folder):
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file())


needs_ffmpeg = pytest.mark.skipif(not shutil.which("ffmpeg"), reason="needs Debian's ffmpeg")

#: Each upload place: how to post to it, a good file, its extension and what a refusal of size says.
PLACES = {
    "document": (document_single, "leaflet.pdf", pdf, "pdf"),
    "documents (multiple)": (document_multiple, "leaflet.pdf", pdf, "pdf"),
    "image": (image_single, "bench.png", png, "png"),
    "images (multiple)": (image_multiple, "bench.png", png, "png"),
    "recording": (recording, "reading.mp3", sound, "mp3"),
    "spreadsheet": (spreadsheet, "services.csv", lambda: SERVICES_CSV, "csv"),
}


@pytest.fixture(params=list(PLACES))
def place(request, editor_client, home):
    post, name, make, extension = PLACES[request.param]
    if post is recording and not shutil.which("ffmpeg"):
        pytest.skip("needs Debian's ffmpeg")
    editor_client.home = home
    return request.param, post, name, make, extension


def test_a_good_file_is_accepted_everywhere(place, editor_client, media):
    label, post, name, make, _extension = place
    response = post(editor_client, name, make())
    assert response.status_code in (200, 302), response.content[:500]
    if response["Content-Type"].startswith("application/json"):
        assert response.json()["success"] is True
    if label == "spreadsheet":
        assert "Import finished" in message_in(response)
        return  # the import reads the file; it keeps nothing under /media
    assert response.status_code == 302 or "success" in response.json()
    assert files_in(media), "the file was saved"


@pytest.mark.parametrize(
    "bad",
    ["svg", "svg named after the place", "html named after the place", "wrong content", "empty"],
)
def test_bad_files_are_refused_with_a_plain_message_and_nothing_is_saved(place, bad, editor_client, media):
    label, post, name, _good, extension = place
    before_rows, before_files = saved_rows(), files_in(media)
    stem = name.rsplit(".", 1)[0]
    if bad == "svg":
        name, data, message = "drawing.svg", SVG, "This file is an SVG drawing. SVG drawings and web pages cannot be"
        if label == "spreadsheet":
            message = "Choose a .csv or .xlsx file."
    elif bad == "svg named after the place":
        name, data, message = f"{stem}.{extension}", SVG, SVG_MESSAGE.format(ext=extension)
    elif bad == "html named after the place":
        name, data, message = f"{stem}.{extension}", HTML, HTML_MESSAGE.format(ext=extension)
    elif bad == "wrong content":
        name, data = f"{stem}.{extension}", EXE
        message = {
            "pdf": "This file is not a PDF, although its name ends in .pdf. It looks like a Windows program (.exe). "
            "Save it as PDF and upload it again.",
            "png": "This file is not a PNG image, although its name ends in .png. It looks like a Windows program "
            "(.exe). Save it as PNG and upload it again.",
            "mp3": "This file is not a recording we can play. Upload an MP3, M4A, OGG or WAV sound file.",
            "csv": "This file is not a CSV file, although its name ends in .csv. It has binary content, not text. "
            "Save it as CSV and upload it again.",
        }[extension]
    else:
        name, data, message = f"{stem}.{extension}", b"", EMPTY_MESSAGE
    response = post(editor_client, name, data)
    assert response.status_code == 200
    assert message in message_in(response)
    assert saved_rows() == before_rows
    assert files_in(media) == before_files


def test_the_rest_of_the_form_keeps_its_values(editor_client, home):
    upload = SimpleUploadedFile("leaflet.pdf", HTML)
    response = editor_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Money and caring", "tags": "benefits", "file": upload, "collection": root_collection()},
    )
    page = message_in(response)
    assert "This file is a web page (HTML), although its name ends in .pdf." in page
    assert 'value="Money and caring"' in page and "benefits" in page


# --- sizes --------------------------------------------------------------------------------------------------


def test_a_document_over_20_mb_is_refused_with_both_sizes(editor_client, media):
    data = pdf() + b"%" * (20 * 1024 * 1024)
    response = document_single(editor_client, "report.pdf", data)
    assert "This file is 20.1 MB; the largest document you can upload is 20 MB." in message_in(response)
    assert files_in(media) == [] and not get_document_model().objects.exists()


@pytest.mark.parametrize(
    ("label", "setting", "message"),
    [
        ("image", "WAGTAILIMAGES_MAX_UPLOAD_SIZE", "This file is 0.1 MB; the largest image you can upload is 0 MB."),
        ("images (multiple)", "WAGTAILIMAGES_MAX_UPLOAD_SIZE", "the largest image you can upload is 0 MB"),
        ("documents (multiple)", "WAGTAILDOCS_MAX_UPLOAD_SIZE", "the largest document you can upload is 0 MB"),
        ("spreadsheet", "DIRECTORY_IMPORT_MAX_UPLOAD_SIZE", "the largest spreadsheet you can upload is 0 MB"),
        ("recording", "AUDIO_MAX_UPLOAD_SIZE", "A recording can be 0 MB at most."),
    ],
)
def test_each_kind_has_its_own_size_limit(label, setting, message, editor_client, home, media, settings):
    post, name, make, _extension = PLACES[label]
    if post is recording and not shutil.which("ffmpeg"):
        pytest.skip("needs Debian's ffmpeg")
    editor_client.home = home
    data = make()
    setattr(settings, setting, len(data) - 1)
    response = post(editor_client, name, data)
    assert message in message_in(response)
    assert saved_rows() == [0, 0, 0, 0, 0] and files_in(media) == []


def test_a_picture_with_too_many_pixels_is_refused(editor_client, media, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1_000_000
    response = image_single(editor_client, "wide.png", png((1250, 1000)))
    assert (
        "This picture is 1250 × 1000 pixels; the largest you can upload is 1 million pixels. "
        "Make it smaller (for example 4000 × 3000 pixels) and upload it again."
    ) in message_in(response)
    assert files_in(media) == [] and not get_image_model().objects.exists()


def test_a_decompression_bomb_is_refused_without_being_opened(editor_client, media):
    bomb = png_bomb()
    assert len(bomb) < 100
    for post in (image_single, image_multiple):
        response = post(editor_client, "bomb.png", bomb)
        assert "This picture is too many pixels to open; the largest you can upload is 50 million" in message_in(
            response
        )
    assert files_in(media) == [] and not get_image_model().objects.exists()


# --- content and names, kind by kind ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("leaflet.pdf", pdf),
        ("leaflet.docx", docx),
        ("prices.xlsx", lambda: xlsx([["Service", "Price"], ["Sitting", 12.5]])),
        ("notes.txt", lambda: "Café opening times: Monday 10–12.\n".encode()),
        ("notes-windows.txt", lambda: "Caf\xe9 opening times\r\n".encode("cp1252")),
        ("notes-utf16.txt", lambda: "Café opening times\r\n".encode("utf-16")),
        ("list.csv", lambda: SERVICES_CSV),
        ("letter.rtf", lambda: rb"{\rtf1\ansi{\fonttbl\f0\fswiss Helvetica;}\f0\pard Hello.\par}"),
    ],
)
def test_each_document_type_is_accepted_when_its_content_matches(name, make, editor_client, media):
    response = document_single(editor_client, name, make())
    assert response.status_code == 302, message_in(response)[-2000:]
    assert get_document_model().objects.get().file.name.endswith(name.rsplit(".", 1)[1])


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "leaflet.docx",
            EXE,
            "This file is not a Word document, although its name ends in .docx. It looks like a Windows program "
            "(.exe). Save it as Word (.docx) and upload it again.",
        ),
        ("leaflet.docx", xlsx([["a"]]), "This file is not a Word document, although its name ends in .docx."),
        ("prices.xlsx", pdf(), "This file is not an Excel spreadsheet, although its name ends in .xlsx. It looks "),
        ("leaflet.pdf", png(), "This file is not a PDF, although its name ends in .pdf. It looks like a PNG image."),
        ("notes.txt", png(), "This file is not a plain text file, although its name ends in .txt."),
        ("notes.txt", SVG, "This file is an SVG drawing, although its name ends in .txt."),
        ("letter.rtf", b"Just words", "This file is not a Rich Text file, although its name ends in .rtf."),
        ("leaflet.odt", docx(), "This file is not an OpenDocument text file, although its name ends in .odt."),
        ("drawing.svg", SVG, "This file is an SVG drawing. SVG drawings and web pages cannot be uploaded"),
        ("page.html", b"Hello", "This file is a web page (HTML). SVG drawings and web pages cannot be uploaded"),
        (
            "setup.exe",
            EXE,
            "Files ending in .exe cannot be uploaded here. You can upload these kinds of file: PDF, Word (.docx), "
            "OpenDocument text (.odt), Rich Text (.rtf), plain text (.txt), CSV, Excel (.xlsx).",
        ),
    ],
)
def test_documents_whose_content_does_not_match_their_name_are_refused(name, data, message, editor_client, media):
    response = document_single(editor_client, name, data)
    assert message in message_in(response)
    assert files_in(media) == [] and not get_document_model().objects.exists()


def test_a_word_file_with_macros_is_refused(editor_client, media):
    buffer = io.BytesIO(docx())
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 macros")
    response = document_single(editor_client, "letter.docx", buffer.getvalue())
    assert "This file contains macros (small programs), which cannot be uploaded." in message_in(response)
    assert files_in(media) == []


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bench.jpg", png(), "This file is not a JPEG image, although its name ends in .jpg. It looks like a PNG"),
        ("bench.png", png(kind="JPEG"), "This file is not a PNG image, although its name ends in .png. It looks like"),
        ("bench.png", pdf(), "This file is not a PNG image, although its name ends in .png. It looks like a PDF."),
        ("bench.gif", png(kind="BMP"), "This file is not a GIF image, although its name ends in .gif. It looks like"),
        ("drawing.svg", SVG, "This file is an SVG drawing. SVG drawings and web pages cannot be uploaded"),
        ("bench.png", b"\x89PNG\r\n\x1a\n broken", "This file is not a PNG image, although its name ends in .png. It"),
    ],
)
def test_images_whose_content_does_not_match_their_name_are_refused(name, data, message, editor_client, media):
    response = image_single(editor_client, name, data)
    assert message in message_in(response)
    assert files_in(media) == [] and not get_image_model().objects.exists()


def test_jpeg_gif_and_webp_images_are_accepted(editor_client, media):
    for name, kind in [("a.jpg", "JPEG"), ("b.jpeg", "JPEG"), ("c.gif", "GIF"), ("d.webp", "WEBP")]:
        response = image_single(editor_client, name, png(kind=kind))
        assert response.status_code == 302, message_in(response)[-2000:]
    assert get_image_model().objects.count() == 4


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("services.xlsx", lambda: SERVICES_CSV, "This file is not an Excel spreadsheet, although its name ends in"),
        ("services.xlsx", docx, "This file is not an Excel spreadsheet, although its name ends in .xlsx."),
        ("services.csv", lambda: xlsx([["reference"]]), "This file is not a CSV file, although its name ends in .csv"),
    ],
)
def test_spreadsheets_whose_content_does_not_match_their_name_are_refused(name, make, message, editor_client, home):
    editor_client.home = home
    response = spreadsheet(editor_client, name, make())
    assert message in message_in(response)
    form = BeautifulSoup(response.content, "html.parser")
    assert form.select_one('input[name="all_or_nothing"]').has_attr("checked")  # the choices are kept
    assert not ServicePage.objects.exists()


# --- the upload pages and the profile picture ---------------------------------------------------------------


def test_the_upload_pages_say_what_can_be_uploaded(editor_client):
    for url, text in [
        (reverse("wagtaildocs:add"), "PDF, Word (.docx), OpenDocument text (.odt), Rich Text (.rtf), plain text"),
        (reverse("wagtaildocs:add_multiple"), "The largest document you can upload is 20 MB."),
        (reverse("wagtailimages:add"), "GIF, JPEG, PNG, WebP. Up to 10 MB."),
        (reverse("wagtailimages:add_multiple"), "The largest image you can upload is 10 MB."),
    ]:
        response = editor_client.get(url)
        assert response.status_code == 200
        assert text in message_in(response)


def account_form(client):
    """The account settings form as the page fills it in, with a name (the page requires one)."""
    page = BeautifulSoup(client.get(reverse("wagtailadmin_account")).content, "html.parser")
    data = {}
    for field in page.select("form input[name], form select[name]"):
        if field.get("type") in ("checkbox", "radio", "file") and not field.has_attr("checked"):
            continue
        if field.name == "select":
            option = field.select_one("option[selected]") or field.select_one("option")
            data[field["name"]] = option.get("value", "") if option else ""
        else:
            data[field["name"]] = field.get("value", "")
    return {**data, "name_email-first_name": "Eddie", "name_email-last_name": "Edwards"}


def test_a_profile_picture_is_checked_like_other_images(editor_client, media):
    form = account_form(editor_client)
    for name, data, message in [
        ("me.png", SVG, SVG_MESSAGE.format(ext="png")),
        ("me.png", png_bomb(), "This picture is too many pixels to open"),
    ]:
        response = editor_client.post(
            reverse("wagtailadmin_account"), {**form, "avatar-avatar": SimpleUploadedFile(name, data)}
        )
        assert message in message_in(response)
    assert files_in(media) == []
    response = editor_client.post(
        reverse("wagtailadmin_account"), {**form, "avatar-avatar": SimpleUploadedFile("me.png", png())}
    )
    assert response.status_code == 302
    assert [name.split("/")[0] for name in files_in(media)] == ["avatar_images"]
