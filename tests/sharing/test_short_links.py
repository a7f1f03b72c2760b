"""Short links (/go/assessment), their QR codes, the "Share this page" box and the admin for short links."""

import io
import re
from html import unescape

import pytest
import zxingcpp
from django.urls import reverse
from PIL import Image
from wagtail.models import Locale

from carers_site.models import ShortLink
from tests.factories.resources import GuidancePageFactory

pytestmark = pytest.mark.django_db


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(page, code="ur", title="نگہداشت کرنے والے کا جائزہ"):
    """A published translation of the page (as wagtail-localize leaves one)."""
    copy = page.copy_for_translation(Locale.objects.get(language_code=code), copy_parents=True)
    copy.title = title
    return publish(copy).specific


@pytest.fixture
def guidance(home):
    return publish(GuidancePageFactory(parent=home, title="Carer's assessment", slug="carers-assessment"))


def decode_qr(content):
    results = zxingcpp.read_barcodes(Image.open(io.BytesIO(content)))
    return [result.text for result in results]


def share_box(html):
    match = re.search(r'<div class="app-share app-no-print">.*?</details>', html, re.S)
    assert match, "no share box on the page"
    return match.group(0)


# --- redirects --------------------------------------------------------------------------------------------


def test_publishing_a_page_gives_it_a_short_link_from_its_slug(guidance):
    link = ShortLink.objects.get(page=guidance)
    assert (link.slug, link.is_current) == ("carers-assessment", True)


def test_a_short_link_redirects_to_its_page(client, guidance):
    response = client.get("/go/carers-assessment/")
    assert response.status_code == 302
    assert response["Location"] == "/carers-assessment/"


def test_short_links_can_be_typed_in_capitals(client, guidance):
    assert client.get("/go/Carers-Assessment/")["Location"] == "/carers-assessment/"
    response = client.get("/go/CARERS-ASSESSMENT", follow=True)  # no slash at the end, as people type it
    assert response.redirect_chain[-1][0] == "/carers-assessment/"
    assert response.status_code == 200


def test_a_short_link_follows_its_page_when_moved_and_renamed(client, home, guidance):
    section = publish(GuidancePageFactory(parent=home, title="Getting help", slug="getting-help"))
    guidance.move(section, pos="last-child")
    assert client.get("/go/carers-assessment/")["Location"] == "/getting-help/carers-assessment/"

    guidance.refresh_from_db()
    guidance.slug = "assessment-for-carers"
    publish(guidance)
    assert client.get("/go/carers-assessment/")["Location"] == "/getting-help/assessment-for-carers/"


def test_urdu_short_link_goes_to_the_urdu_page_when_there_is_one(client, guidance):
    assert client.get("/ur/go/carers-assessment/")["Location"] == "/carers-assessment/"  # no Urdu page yet
    urdu = translate(guidance)
    assert client.get("/ur/go/carers-assessment/")["Location"] == urdu.url == "/ur/carers-assessment/"
    assert client.get("/go/carers-assessment/")["Location"] == "/carers-assessment/"
    urdu.unpublish()
    assert client.get("/ur/go/carers-assessment/")["Location"] == "/carers-assessment/"


def test_a_translation_shares_its_english_page_s_link(client, guidance):
    urdu = translate(guidance)
    assert ShortLink.objects.filter(page=urdu).count() == 0
    assert ShortLink.for_page(urdu).page_id == guidance.pk
    html = client.get(urdu.url).content.decode()
    assert "http://testserver/ur/go/carers-assessment/" in share_box(html)


def test_unknown_short_links_get_the_page_not_found_page(client, guidance):
    for path in ("/go/no-such-page/", "/go/no-such-page/qr.png"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "<h1>Page not found</h1>" in response.content.decode()
    response = client.get("/ur/go/no-such-page/")
    assert response.status_code == 404
    assert '<html lang="ur" dir="rtl">' in response.content.decode()  # the site's page, in Urdu


def test_the_short_link_of_an_unpublished_page_is_not_found(client, guidance):
    guidance.unpublish()
    for path in ("/go/carers-assessment/", "/go/carers-assessment/qr.svg", "/ur/go/carers-assessment/"):
        assert client.get(path).status_code == 404, path


# --- QR codes ---------------------------------------------------------------------------------------------


def test_the_qr_code_opens_the_short_link(client, guidance):
    response = client.get("/go/carers-assessment/qr.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert decode_qr(response.content) == ["http://testserver/go/carers-assessment/"]
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"public", "max-age=86400"} <= cache_control
    assert "Content-Disposition" not in response


def test_the_urdu_qr_code_opens_the_urdu_short_link(client, guidance):
    translate(guidance)
    response = client.get("/ur/go/carers-assessment/qr.png")
    assert decode_qr(response.content) == ["http://testserver/ur/go/carers-assessment/"]


def test_qr_codes_download_with_a_readable_name(client, guidance):
    png = client.get("/go/carers-assessment/qr.png", {"download": "1"})
    assert png["Content-Disposition"] == 'attachment; filename="qr-carers-assessment.png"'
    svg = client.get("/go/carers-assessment/qr.svg", {"download": "1"})
    assert svg["Content-Type"] == "image/svg+xml"
    assert svg["Content-Disposition"] == 'attachment; filename="qr-carers-assessment.svg"'
    assert svg.content.decode().startswith("<svg") and "http://testserver/go/carers-assessment/" in svg.content.decode()


def test_a_former_link_s_qr_code_opens_the_current_link(client, guidance):
    ShortLink.objects.filter(page=guidance).update(is_current=False)
    ShortLink.objects.create(page=guidance, slug="assessment")
    response = client.get("/go/carers-assessment/qr.png")
    assert decode_qr(response.content) == ["http://testserver/go/assessment/"]


# --- the "Share this page" box and the printed page -------------------------------------------------------


def test_the_share_box_offers_the_short_link_email_text_and_qr_code(client, guidance):
    html = client.get(guidance.url).content.decode()
    box = share_box(html)
    assert "Share this page: short link and QR code" in box
    assert '<span class="app-share__address" dir="ltr">http://testserver/go/carers-assessment/</span>' in box
    hrefs = [unescape(href) for href in re.findall(r'href="([^"]+)"', box)]
    assert "mailto:?subject=Carer%27s%20assessment&body=http%3A%2F%2Ftestserver%2Fgo%2Fcarers-assessment%2F" in hrefs
    assert "sms:?&body=http%3A%2F%2Ftestserver%2Fgo%2Fcarers-assessment%2F" in hrefs
    assert "/go/carers-assessment/qr.png?download=1" in hrefs
    assert "/go/carers-assessment/qr.svg?download=1" in hrefs
    image = re.search(r"<img [^>]*>", box).group(0)
    assert 'src="/go/carers-assessment/qr.svg"' in image and 'loading="lazy"' in image
    assert 'width="176" height="176"' in image
    assert "opens http://testserver/go/carers-assessment/" in image  # the alt text names the address
    copy_button = re.search(r"<button [^>]*>", box).group(0)
    assert " hidden" in copy_button  # shown by share.js only where the browser can copy
    assert "does not send anything itself" in box
    assert 'src="/static/carers_site/js/share.js" defer' in html


def test_the_home_page_has_a_share_box_and_other_views_do_not(client, home, guidance):
    assert "app-share__address" in client.get("/").content.decode()
    assert "app-share__address" not in client.get("/search/?q=carer").content.decode()


def test_the_printed_page_shows_the_short_link_and_its_qr_code(client, guidance):
    html = client.get(guidance.url).content.decode()
    printed = re.search(r'<div class="app-print-only app-print-url">.*?</div>\s*</div>', html, re.S).group(0)
    assert "This page is online at" in printed
    assert "http://testserver/go/carers-assessment/" in printed
    assert re.search(r"<svg [^>]*>.*<title>QR code for http://testserver/go/carers-assessment/</title>", printed)


def test_pages_without_a_short_link_print_their_own_address(client, home):
    html = client.get("/search/?q=carer").content.decode()
    assert "This page is online at http://testserver/search/?q=carer" in html


# --- the admin --------------------------------------------------------------------------------------------


def edit_url(link):
    return reverse("short_links:edit", args=[link.pk])


def test_changing_a_short_link_keeps_the_old_one_working(admin_client, client, guidance):
    link = ShortLink.objects.get(page=guidance)
    response = admin_client.post(edit_url(link), {"slug": "Assessment", "page": guidance.pk, "is_current": "on"})
    assert response.status_code == 302
    links = {link.slug: link.is_current for link in ShortLink.objects.filter(page=guidance)}
    assert links == {"carers-assessment": False, "assessment": True}
    assert client.get("/go/assessment/")["Location"] == "/carers-assessment/"
    assert client.get("/go/carers-assessment/")["Location"] == "/carers-assessment/"
    box = share_box(client.get(guidance.url).content.decode())
    assert "http://testserver/go/assessment/" in box and "/go/carers-assessment/" not in box


def test_a_page_can_take_back_one_of_its_former_links(admin_client, guidance):
    first = ShortLink.objects.get(page=guidance)
    admin_client.post(edit_url(first), {"slug": "assessment", "page": guidance.pk, "is_current": "on"})
    current = ShortLink.objects.get(page=guidance, is_current=True)
    response = admin_client.post(
        edit_url(current), {"slug": "carers-assessment", "page": guidance.pk, "is_current": "on"}
    )
    assert response.status_code == 302
    links = {link.slug: link.is_current for link in ShortLink.objects.filter(page=guidance)}
    assert links == {"carers-assessment": True, "assessment": False}


def test_a_short_link_already_in_use_is_refused_with_a_clear_message(admin_client, home, guidance):
    other = publish(GuidancePageFactory(parent=home, title="Respite", slug="respite"))
    link = ShortLink.for_page(other)
    response = admin_client.post(edit_url(link), {"slug": "carers-assessment", "page": other.pk, "is_current": "on"})
    assert response.status_code == 200
    assert "/go/carers-assessment is already the short link for “Carer&#x27;s assessment”" in response.content.decode()
    assert ShortLink.objects.get(pk=link.pk).slug == "respite"
    assert ShortLink.objects.filter(page=other).count() == 1


def test_a_badly_formed_short_link_is_refused(admin_client, guidance):
    link = ShortLink.objects.get(page=guidance)
    response = admin_client.post(
        edit_url(link), {"slug": "carers assessment!", "page": guidance.pk, "is_current": "on"}
    )
    assert response.status_code == 200
    assert "Use lower-case letters and numbers" in response.content.decode()
    assert ShortLink.objects.get(pk=link.pk).slug == "carers-assessment"


def test_the_current_link_cannot_just_be_switched_off(admin_client, guidance):
    link = ShortLink.objects.get(page=guidance)
    response = admin_client.post(edit_url(link), {"slug": "carers-assessment", "page": guidance.pk})
    assert response.status_code == 200
    assert "A page always has one current short link" in response.content.decode()
    assert ShortLink.objects.get(pk=link.pk).is_current


def test_adding_a_current_link_makes_the_old_one_former(admin_client, client, guidance):
    response = admin_client.post(
        reverse("short_links:add"), {"slug": "assessment", "page": guidance.pk, "is_current": "on"}
    )
    assert response.status_code == 302
    links = {link.slug: link.is_current for link in ShortLink.objects.filter(page=guidance)}
    assert links == {"carers-assessment": False, "assessment": True}
    assert client.get("/go/carers-assessment/")["Location"] == "/carers-assessment/"


def test_a_link_added_for_a_translation_belongs_to_the_english_page(admin_client, guidance):
    urdu = translate(guidance)
    admin_client.post(reverse("short_links:add"), {"slug": "jaiza", "page": urdu.pk, "is_current": "on"})
    assert ShortLink.objects.get(slug="jaiza").page_id == guidance.pk


def test_the_short_links_list_searches_and_filters(admin_client, home, guidance):
    publish(GuidancePageFactory(parent=home, title="Respite", slug="respite"))
    html = admin_client.get(reverse("short_links:index")).content.decode()
    assert "/go/carers-assessment" in html and "/go/respite" in html
    html = admin_client.get(reverse("short_links:index"), {"q": "respite"}).content.decode()
    assert "/go/respite" in html and "/go/carers-assessment" not in html
    ShortLink.objects.create(page=guidance, slug="old-assessment", is_current=False)
    html = admin_client.get(reverse("short_links:index"), {"is_current": "false"}).content.decode()
    assert "/go/old-assessment" in html and "/go/respite" not in html


def test_the_page_editor_links_to_the_page_s_short_link(admin_client, guidance):
    link = ShortLink.objects.get(page=guidance)
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[guidance.pk])).content.decode()
    assert "Short link: /go/carers-assessment/" in html
    assert edit_url(link) in html
