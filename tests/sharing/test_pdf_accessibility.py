"""Family packs and leaflets are accessible PDFs: PDF/UA-1 (tagged: title, language, headings, lists, reading
order, alt text for the QR code), checked by veraPDF, the PDF Association's own checker, in English and Urdu.

veraPDF runs from its jars on Maven Central, which `make test` fetches into var/verapdf/lib (`make pdf-checker`).
"""

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from wagtail.models import Locale, Page

from carers_site.sharing.family_pack import Pack
from resources.models import LeafletPage

# system: each check starts veraPDF (Java) as a process of its own; `make test-fast` leaves these out.
pytestmark = [pytest.mark.django_db, pytest.mark.system]

VERAPDF_LIB = Path(settings.BASE_DIR) / "var" / "verapdf" / "lib"
LANGUAGES = ["en", "ur"]


def verapdf(paths):
    """veraPDF's PDF/UA-1 verdict on each file: {file name: [failed rules]} (an empty list: the file passes)."""
    java = shutil.which("java")
    assert java and (VERAPDF_LIB / ".complete").exists(), "veraPDF is not installed: run `make pdf-checker`"
    result = subprocess.run(
        [java, "-cp", f"{VERAPDF_LIB}/*", "org.verapdf.apps.GreenfieldCliWrapper", "--flavour", "ua1"]
        + ["--format", "mrr", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode in (0, 1) and result.stdout.strip(), f"veraPDF failed: {result.stderr[-2000:]}"
    report = ET.fromstring(result.stdout)
    verdicts = {}
    for job in report.iter("job"):
        name = Path(job.find("item/name").text).name
        validation = job.find("validationReport")
        assert validation is not None, f"veraPDF could not read {name}: {ET.tostring(job, encoding='unicode')[:500]}"
        verdicts[name] = [
            f"{rule.get('clause')}-{rule.get('testNumber')}: {rule.findtext('description')}"
            for rule in validation.iter("rule")
            if rule.get("status") == "failed"
        ]
        assert (validation.get("isCompliant") == "true") == (not verdicts[name])
    assert len(verdicts) == len(paths), result.stderr[-2000:]
    return verdicts


def english_page(path):
    return Page.objects.get(url_path=f"/home{path}", locale=Locale.get_default())


def test_family_packs_and_leaflets_pass_pdf_ua(client, demo, tmp_path):
    pack = Pack(pages=[english_page(path).pk for path in ("/crisis/", "/advice/carers-assessment/")]).token()
    files = []
    for code in LANGUAGES:
        with translation.override(code):
            url = reverse("family_pack_pdf") + "?" + urlencode({"pack": pack})
        response = client.get(url)
        assert response.status_code == 200 and response["Content-Type"] == "application/pdf", url
        path = tmp_path / f"family-pack-{code}.pdf"
        path.write_bytes(response.content)
        files.append(path)
        leaflet = LeafletPage.objects.get(locale__language_code=code)
        made = leaflet.made_pdf.file
        path = tmp_path / f"leaflet-{code}.pdf"
        path.write_bytes(made.open("rb").read())
        made.close()
        files.append(path)
    verdicts = verapdf(files)
    assert verdicts == {path.name: [] for path in files}


def test_the_checker_finds_an_untagged_pdf(tmp_path):
    """The check can fail: a PDF made without tags (as family packs were) breaks several PDF/UA rules."""
    from weasyprint import HTML

    path = tmp_path / "untagged.pdf"
    HTML(string="<html lang='en'><title>T</title><h1>Help</h1><p>Call <a href='tel:999'>999</a></p>").write_pdf(path)
    failed = verapdf([path])["untagged.pdf"]
    assert any(rule.startswith("7.1-3:") for rule in failed), failed  # content neither tagged nor an artifact
