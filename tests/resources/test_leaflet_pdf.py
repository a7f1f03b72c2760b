"""Each leaflet's PDF is made from its page when it is published, in its own language, and replaced when the page
changes (carers_site/sharing/leaflet_pdf.py); an editor's upload wins; a private leaflet has none."""

import io
from datetime import date

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from pypdf import PdfReader
from wagtail.models import PageViewRestriction

from carers_site.sharing import leaflet_pdf
from carers_site.sharing.leaflet_pdf import update_leaflet_pdf
from directory.models import CrisisLine
from resources.pdf_models import LeafletPDF
from tests.factories.directory import CrisisLineFactory
from tests.factories.resources import DocumentFactory, LeafletIndexPageFactory, LeafletPageFactory
from tests.helpers import translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish as an editor does: the task queued after the commit runs (the tests' task backend runs it at once)."""

    def publish(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        return page

    return publish


@pytest.fixture
def leaflet(home, publish):
    CrisisLineFactory()
    index = publish(LeafletIndexPageFactory(parent=home))
    page = LeafletPageFactory(
        parent=index, title="A brief guide for carers", document=None, review_date=date(2027, 3, 31)
    )
    return publish(page)


def made(page):
    return LeafletPDF.objects.filter(page=page).first()


def pdf_text(made_pdf):
    made_pdf.file.open("rb")
    reader = PdfReader(io.BytesIO(made_pdf.file.read()))
    made_pdf.file.close()
    return reader, " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_publishing_a_leaflet_makes_its_pdf_from_the_page(client, leaflet):
    reader, text = pdf_text(made(leaflet))
    assert reader.metadata.title.startswith("A brief guide for carers")
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert "This leaflet explains the basics." in text
    assert "Need help now?" in text and "116 123" in text  # the crisis numbers
    assert "Next review due: 31 March 2027" in text
    assert "/go/" in text  # the page's short link, with its QR code beside it
    response = client.get(made(leaflet).file.url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"


def test_the_leaflet_page_offers_the_made_pdf(client, leaflet):
    html = client.get(leaflet.url).content.decode()
    assert f'href="{made(leaflet).file.url}" hreflang="en" download' in html
    assert "Download the leaflet" in html


def test_a_changed_leaflet_replaces_its_pdf_and_the_old_file_goes(leaflet, publish):
    old = made(leaflet).file.name
    assert update_leaflet_pdf(leaflet) == "unchanged"
    leaflet.title = "A short guide for carers"
    publish(leaflet)
    new = made(leaflet).file.name
    assert new != old
    assert default_storage.exists(new) and not default_storage.exists(old)
    assert "A short guide for carers" in pdf_text(made(leaflet))[1]
    assert LeafletPDF.objects.filter(page=leaflet).count() == 1


def test_each_translation_gets_a_pdf_in_its_own_language(client, leaflet, publish):
    urdu = translate_page(leaflet, "ur", "کیئررز کے لیے مختصر رہنمائی")
    assert update_leaflet_pdf(urdu) == "made"
    reader, text = pdf_text(made(urdu))
    assert reader.trailer["/Root"]["/Lang"] == "ur"
    assert "کیئررز کے لیے مختصر رہنمائی" in reader.metadata.title
    assert made(urdu).file.name != made(leaflet).file.name
    html = client.get(urdu.url).content.decode()
    assert f'href="{made(urdu).file.url}" hreflang="ur" download' in html


def test_an_uploaded_pdf_wins_and_the_made_one_is_removed(client, leaflet, publish):
    old = made(leaflet).file.name
    leaflet.document = DocumentFactory()
    publish(leaflet)
    assert made(leaflet) is None and not default_storage.exists(old)
    html = client.get(leaflet.url).content.decode()
    assert f'href="{leaflet.document.url}"' in html


def test_a_translation_with_only_the_english_upload_gets_its_own_pdf(leaflet, publish):
    leaflet.document = DocumentFactory()
    publish(leaflet)
    welsh = translate_page(leaflet, "cy", "Canllaw byr i ofalwyr")
    assert welsh.document_id == leaflet.document_id
    assert update_leaflet_pdf(welsh) == "made"
    assert pdf_text(made(welsh))[0].trailer["/Root"]["/Lang"] == "cy"


def test_a_private_leaflet_loses_its_pdf_and_its_address(client, leaflet, django_capture_on_commit_callbacks):
    file = made(leaflet).file
    url, name = file.url, file.name
    with django_capture_on_commit_callbacks(execute=True):  # the file goes when the change is saved
        PageViewRestriction.objects.create(page=leaflet, restriction_type=PageViewRestriction.PASSWORD, password="x")
    assert made(leaflet) is None and not default_storage.exists(name)
    assert client.get(url).status_code == 404
    assert update_leaflet_pdf(leaflet) == "private" and made(leaflet) is None


def test_an_unpublished_leaflet_loses_its_pdf(leaflet, django_capture_on_commit_callbacks):
    name = made(leaflet).file.name
    with django_capture_on_commit_callbacks(execute=True):
        leaflet.unpublish()
    assert made(leaflet) is None and not default_storage.exists(name)


def test_a_pdf_that_cannot_be_made_does_not_stop_publishing(leaflet, publish, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("no fonts")

    monkeypatch.setattr(leaflet_pdf, "render_pdf", broken)
    old = made(leaflet).file.name
    leaflet.title = "A new title"
    publish(leaflet)
    leaflet.refresh_from_db()
    assert leaflet.live and leaflet.title == "A new title"
    assert made(leaflet).file.name == old  # the last good PDF stays


def test_the_short_link_printed_is_the_sites_public_address(leaflet, settings):
    settings.CANONICAL_URL = "https://carers.example.org"
    assert update_leaflet_pdf(leaflet, force=True) == "made"
    assert "https://carers.example.org/go/" in pdf_text(made(leaflet))[1]


def test_a_changed_crisis_line_remakes_every_leaflet(leaflet, django_capture_on_commit_callbacks):
    line = CrisisLine.objects.get()
    line.name = "Samaritans listening line"
    with django_capture_on_commit_callbacks(execute=True):
        line.save()
    assert "Samaritans listening line" in pdf_text(made(leaflet))[1]


def test_the_command_makes_every_leaflet_pdf_at_once(leaflet):
    out = io.StringIO()
    call_command("make_leaflet_pdfs", stdout=out, verbosity=0)
    assert out.getvalue().strip() == "Leaflet PDFs: 1 unchanged."
    call_command("make_leaflet_pdfs", "--force", stdout=out, verbosity=0)
    assert "Leaflet PDFs: 1 made." in out.getvalue()
