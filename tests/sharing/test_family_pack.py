"""Family packs: pages picked into one printable document (the session pack, the print view and the PDF)."""

import datetime
import io
import re
from urllib.parse import parse_qs, urlsplit

import pypdf
import pytest
import zxingcpp
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core import signing
from django.template.loader import render_to_string
from django.test import Client
from django.utils import timezone
from PIL import Image, ImageDraw
from wagtail.models import Locale, PageViewRestriction

from carers_site.core.form_safety import RateLimit
from carers_site.core.privacy import PROFESSIONALS
from carers_site.sharing import family_pack
from carers_site.sharing.family_pack import (
    MAX_PAGES,
    SESSION_KEY,
    TOKEN_SALT,
    Pack,
)
from carers_site.sharing.models import ShortLink
from carers_site.sharing.pdf import local_static_file, static_files_only
from directory.models import OpeningTime
from resources.models import SupportNetworkMapPage
from tests.factories.directory import DirectoryIndexPageFactory, ServicePageFactory, ServicePhoneFactory
from tests.factories.resources import (
    GuidancePageFactory,
    LeafletIndexPageFactory,
    LeafletPageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)
from tests.factories.site import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

CRISIS_NAMES = ["Emergency services", "Samaritans", "Shout", "Carers advice line"]


@pytest.fixture
def pages(home, crisis_lines):
    """One page of each type a pack holds, each with something to look for on its sheet."""
    guidance = GuidancePageFactory(
        parent=home,
        title="Carer's assessment",
        slug="carers-assessment",
        summary="What it is and how to get one.",
        body=[
            ("heading", "How to ask"),
            ("paragraph", "<p>Ring your council's adult social care team.</p>"),
            ("faq", [{"question": "Is it free?", "answer": "<p>Yes, it is always free.</p>"}]),
        ],
    )
    leaflets = LeafletIndexPageFactory(parent=home)
    leaflet = LeafletPageFactory(parent=leaflets, title="Respite leaflet", slug="respite-leaflet")
    directory = DirectoryIndexPageFactory(parent=home)
    service = ServicePageFactory(
        parent=directory,
        title="Redbridge Carers Support Service",
        slug="redbridge-carers",
        website="https://carers.example.org/",
        address_line_1="1 High Road",
        town="Ilford",
        postcode="IG1 1AA",
        how_to_refer="Phone the advice line.",
        cost="Free",
    )
    ServicePhoneFactory(service=service, number="020 8514 6251", label="Advice line")
    OpeningTime.objects.create(
        service=service, first_day=0, last_day=4, opens=datetime.time(9), closes=datetime.time(17)
    )
    network_map = SupportNetworkMapPage(
        title="Map your support network",
        slug="support-network-map",
        summary="Questions about the people who help you.",
        questions=[
            {"type": "question", "value": {"question": "Who matters most to you?", "hint": "Family or friends."}},
            {"type": "question", "value": {"question": "Who would you call in an emergency?", "hint": ""}},
        ],
    )
    home.add_child(instance=network_map)
    network_map.save_revision().publish()
    library = ResourceIndexPageFactory(parent=home)
    resource = ResourcePageFactory(parent=library, title="Making Respite Real", slug="making-respite-real")
    return {
        "guidance": guidance,
        "leaflet": leaflet,
        "service": service,
        "map": network_map,
        "resource": resource,
        "library": library,
    }


def add(client, page, **extra):
    return client.post("/pack/add/", {"page": page.pk, "next": page.url, **extra})


def session_pages(client):
    return client.session[SESSION_KEY]["pages"]


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def print_url(page_ids, note=""):
    return "/pack/print/?" + f"pack={Pack(pages=[page.pk for page in page_ids], note=note).token()}"


def decode_inline_qr(svg, scale=8):
    """What a phone camera would read from an inline QR code: draws segno's SVG path (rows of horizontal
    strokes, "M x y", "m dx dy", "h length") as a picture and decodes it with zxing-cpp."""
    size = int(svg["viewbox"].split()[2])
    picture = Image.new("L", (size * scale, size * scale), 255)
    draw = ImageDraw.Draw(picture)
    x = y = 0.0
    for command, numbers in re.findall(r"([MmHh])([-\d. ]+)", svg.find("path", class_="qrline")["d"]):
        values = [float(number) for number in numbers.split()]
        if command == "M":
            x, y = values
        elif command == "m":
            x, y = x + values[0], y + values[1]
        else:
            end = values[0] if command == "H" else x + values[0]
            top = int(y - 0.5) * scale
            draw.rectangle([int(x) * scale, top, int(end) * scale - 1, top + scale - 1], fill=0)
            x = end
    return [result.text for result in zxingcpp.read_barcodes(picture)]


def make_private(page):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.get(name=PROFESSIONALS)])


# --- building the pack ----------------------------------------------------------------------------------------


def test_adding_pages_keeps_them_in_order_and_ignores_duplicates(client, pages):
    for name in ("guidance", "service", "leaflet"):
        response = add(client, pages[name])
        assert response.status_code == 302
        assert response["Location"] == "/pack/"
    assert session_pages(client) == [pages["guidance"].pk, pages["service"].pk, pages["leaflet"].pk]

    response = add(client, pages["guidance"])
    assert session_pages(client) == [pages["guidance"].pk, pages["service"].pk, pages["leaflet"].pk]
    assert messages_of(client.get(response["Location"]))[-1] == (
        "“Carer&#x27;s assessment” is already in your pack. "
        '<a href="/carers-assessment/">Go back to “Carer&#x27;s assessment”</a>'
    )


def test_adding_a_page_confirms_it_with_a_link_back_to_the_page(client, pages):
    response = add(client, pages["service"], next="/redbridge/?from=pack")
    html = client.get(response["Location"]).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    banner = soup.select_one(".app-pack-messages")
    assert "“Redbridge Carers Support Service” is in your pack." in banner.text
    assert banner.find("a")["href"] == "/redbridge/?from=pack"
    assert [item.find("a").text for item in soup.select(".app-pack-list__item")] == ["Redbridge Carers Support Service"]


def test_the_link_back_never_leads_to_another_site(client, pages):
    add(client, pages["guidance"], next="https://elsewhere.example/phish")
    soup = BeautifulSoup(client.get("/pack/").content, "html.parser")
    assert soup.select_one(".app-pack-messages a")["href"] == "/carers-assessment/"


def test_the_add_button_needs_no_csrf_token(pages):
    client = Client(enforce_csrf_checks=True)
    assert add(client, pages["guidance"]).status_code == 302
    assert session_pages(client) == [pages["guidance"].pk]
    # Every other form of the pack keeps its CSRF check.
    assert client.post("/pack/", {"action": "make", "note": ""}).status_code == 403


def test_no_session_cookie_until_a_page_is_added(client, pages):
    response = client.get("/pack/")
    assert "sessionid" not in response.cookies
    assert "Your pack is empty." in response.content.decode()
    assert "Open any page and choose “Add to family pack”, or search below." in response.content.decode()
    assert "sessionid" in add(client, pages["guidance"]).cookies


def test_pages_can_be_removed_and_moved(client, pages):
    guidance, service, leaflet = pages["guidance"], pages["service"], pages["leaflet"]
    for page in (guidance, service, leaflet):
        add(client, page)

    response = client.post("/pack/", {"action": f"up:{leaflet.pk}", "note": ""})
    assert response["Location"] == f"/pack/#pack-page-{leaflet.pk}"
    assert session_pages(client) == [guidance.pk, leaflet.pk, service.pk]
    client.post("/pack/", {"action": f"down:{guidance.pk}", "note": ""})
    assert session_pages(client) == [leaflet.pk, guidance.pk, service.pk]
    client.post("/pack/", {"action": f"up:{leaflet.pk}", "note": ""})  # already first: nothing changes
    assert session_pages(client) == [leaflet.pk, guidance.pk, service.pk]
    client.post("/pack/", {"action": f"remove:{guidance.pk}", "note": "Read the leaflet first."})
    assert session_pages(client) == [leaflet.pk, service.pk]
    assert client.session[SESSION_KEY]["note"] == "Read the leaflet first."

    response = client.get("/pack/")
    assert messages_of(response)[-1] == "“Carer's assessment” has been taken out of the pack."
    soup = BeautifulSoup(response.content, "html.parser")
    assert [item.find("a").text for item in soup.select(".app-pack-list__item")] == [
        "Respite leaflet",
        "Redbridge Carers Support Service",
    ]
    first, last = soup.select(".app-pack-list__item")
    assert [button.text for button in first.select("button")] == [
        "Move down: Respite leaflet",
        "Remove: Respite leaflet",
    ]
    assert [button.text for button in last.select("button")] == [
        "Move up: Redbridge Carers Support Service",
        "Remove: Redbridge Carers Support Service",
    ]
    assert soup.select_one("textarea[name=note]").text.strip() == "Read the leaflet first."


def test_a_pack_holds_at_most_twelve_pages(client, home):
    guidance = [GuidancePageFactory(parent=home, title=f"Guidance number {n}") for n in range(MAX_PAGES + 1)]
    for page in guidance[:MAX_PAGES]:
        add(client, page)
    response = add(client, guidance[MAX_PAGES])
    assert session_pages(client) == [page.pk for page in guidance[:MAX_PAGES]]
    html = client.get(response["Location"]).content.decode()
    assert "Your pack is full. A pack can hold 12 pages: take one out to add “Guidance number 12”." in html
    assert "Your pack is full: it has 12 pages, the most a pack can hold. Remove a page to add another." in html


def test_only_public_pages_of_the_pack_types_can_be_added(client, pages, home):
    make_private(pages["resource"])
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home))
    draft = GuidancePageFactory(parent=home, title="Not ready yet", live=False)
    for page in (pages["resource"], news, draft):
        response = add(client, page)
        assert messages_of(client.get(response["Location"])) == ["Sorry, that page cannot go in a family pack."]
    assert client.post("/pack/add/", {"page": "999999"}).status_code == 302
    assert client.post("/pack/add/", {"page": "not a number"}).status_code == 302
    assert "sessionid" not in client.cookies
    assert client.get("/pack/add/").status_code == 405


def test_the_search_lists_live_public_pages_with_an_add_button(client, pages, home):
    make_private(pages["resource"])
    GuidancePageFactory(parent=home, title="Respite draft", live=False)
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home), title="Respite news")
    add(client, pages["leaflet"])
    html = client.get("/pack/", {"q": "respite"}).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    results = {item.find("a").text: item for item in soup.select(".app-pack-results__item")}
    assert list(results) == ["Respite leaflet"]  # not the private resource, the draft or the news
    assert "In your pack" in results["Respite leaflet"].text
    assert news.title not in html

    soup = BeautifulSoup(client.get("/pack/", {"q": "assessment carer"}).content, "html.parser")
    (result,) = soup.select(".app-pack-results__item")
    form = result.find("form")
    assert form["action"] == "/pack/add/"
    assert form.find("input", {"name": "page"})["value"] == str(pages["guidance"].pk)
    assert form.find("button").text == "Add: Carer's assessment"
    assert client.post("/pack/add/", {"page": pages["guidance"].pk, "q": "assessment carer"})["Location"] == (
        "/pack/?q=assessment+carer"
    )

    assert "0 pages match “nothing like this”" in client.get("/pack/", {"q": "nothing like this"}).content.decode()


def test_a_note_that_is_too_long_is_refused_and_kept(client, pages):
    add(client, pages["guidance"])
    note = "Come back on Tuesday. " * 25
    response = client.post("/pack/", {"action": "make", "note": note})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert "The note must be 500 characters or fewer. It has 549." in soup.select_one(".nhsuk-error-summary").text
    assert soup.select_one("textarea[name=note]").text.strip() == note.strip()
    assert soup.title.text.startswith("Error:")


def test_making_an_empty_pack_says_to_add_a_page(client, pages):
    add(client, pages["guidance"])
    client.post("/pack/", {"action": f"remove:{pages['guidance'].pk}", "note": ""})
    response = client.post("/pack/", {"action": "make", "note": ""})
    assert response["Location"] == "/pack/"
    assert messages_of(client.get("/pack/"))[-1] == "Add at least one page to the pack first."


# --- the made pack: the print view ---------------------------------------------------------------------------


def make_pack(client, pages_in_order, note=""):
    for page in pages_in_order:
        add(client, page)
    response = client.post("/pack/", {"action": "make", "note": note})
    assert response.status_code == 302
    assert response["Location"].startswith("/pack/print/?pack=")
    return response["Location"]


def test_the_print_view_shows_every_page_with_its_short_link_qr_code_and_the_crisis_numbers(client, pages):
    chosen = [pages["guidance"], pages["service"], pages["leaflet"], pages["map"], pages["resource"]]
    url = make_pack(client, chosen, note="See you on <b>Tuesday</b> & bring this.")

    response = Client().get(url)  # a bookmarked link: no session needed
    assert response.status_code == 200
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    sheets = soup.select(".app-pack-sheet")
    assert [sheet.select_one(".app-pack-sheet__title").text for sheet in sheets] == [page.title for page in chosen]
    for sheet, page in zip(sheets, chosen, strict=True):
        short_url = f"http://testserver/go/{ShortLink.for_page(page).slug}/"
        assert sheet.select_one(".app-pack-box__url").text == short_url
        qr_code = sheet.select_one(".app-pack-box__qr svg")
        assert qr_code["role"] == "img"
        assert qr_code.title.text == f"QR code for {short_url}: scan it with a phone camera to open the page"
        assert decode_inline_qr(qr_code) == [short_url]
        (crisis,) = sheet.select(".app-pack-crisis")
        assert [item.select_one(".app-pack-crisis__name").text for item in crisis.select("li")] == CRISIS_NAMES
        assert crisis.find("a", href="tel:116123").text == "Call 116 123"
        assert "Text SHOUT to 85258" in crisis.text
        assert "Mon-Fri 9am-5pm" in crisis.text
    # The note is on the first sheet only, as text.
    assert "See you on &lt;b&gt;Tuesday&lt;/b&gt; &amp; bring this." in html
    assert [sheet.select(".app-pack-note") != [] for sheet in sheets] == [True, False, False, False, False]
    # Each page's content.
    guidance, service, leaflet, network_map, resource = sheets
    assert "How to ask" in guidance.text and "Yes, it is always free." in guidance.text
    assert service.find("a", href="tel:+442085146251").text == "020 8514 6251"
    for text in ("1 High Road, Ilford, IG1 1AA", "Mon-Fri 9am-5pm", "Phone the advice line.", "Free"):
        assert text in service.text
    assert service.find("a", href="https://carers.example.org/")
    assert "This leaflet explains the basics." in leaflet.text
    questions = network_map.select(".app-pack-questions__item")
    assert [item.find("h3").text for item in questions] == [
        "Who matters most to you?",
        "Who would you call in an emergency?",
    ]
    assert all(len(item.select(".app-pack-questions__lines span")) == 4 for item in questions)
    assert "A toolkit for staff." in resource.text
    # The screen-only bar.
    bar = soup.select_one(".app-pack-bar")
    assert bar.select_one("[data-pack-print]").has_attr("hidden")  # shown by family_pack.js
    assert bar.find("a", string="Download PDF")["href"] == url.replace("/pack/print/", "/pack/pdf/")
    assert "bookmark this page" in bar.text
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_change_this_pack_loads_it_into_the_session(client, pages):
    url = make_pack(client, [pages["guidance"], pages["leaflet"]], note="Read both.")
    token = parse_qs(urlsplit(url).query)["pack"][0]
    other = Client()
    response = other.post("/pack/change/", {"pack": token})
    assert response["Location"] == "/pack/"
    assert other.session[SESSION_KEY] == {"pages": [pages["guidance"].pk, pages["leaflet"].pk], "note": "Read both."}
    assert other.post("/pack/change/", {"pack": token[:-3] + "abc"}).status_code == 400


def test_a_damaged_or_forged_link_is_refused(client, pages):
    url = print_url([pages["guidance"]])
    damaged = url[:-4] + ("AAAA" if not url.endswith("AAAA") else "BBBB")
    for bad in (
        damaged,
        "/pack/print/?pack=nonsense",
        "/pack/print/?pack=" + signing.dumps({"p": [pages["guidance"].pk]}, salt="another.salt"),
        "/pack/print/?pack=" + signing.dumps({"p": "1,2", "n": ""}, salt=TOKEN_SALT),
        "/pack/print/?pack=" + signing.dumps({"p": list(range(1, 20)), "n": ""}, salt=TOKEN_SALT),
        "/pack/pdf/?pack=nonsense",
    ):
        response = client.get(bad)
        assert response.status_code == 400, bad
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.h1.text == "This pack link does not work"
        assert soup.find("a", string="Start a new family pack")["href"] == "/pack/"
    assert client.get("/pack/print/")["Location"] == "/pack/"


def test_unpublished_and_private_pages_are_left_out(client, pages):
    pages["leaflet"].unpublish()
    make_private(pages["resource"])
    url = print_url([pages["guidance"], pages["leaflet"], pages["resource"], pages["service"]])
    html = client.get(url).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert [title.text for title in soup.select(".app-pack-sheet__title")] == [
        "Carer's assessment",
        "Redbridge Carers Support Service",
    ]
    assert "2 pages in this pack are no longer available." in html
    for gone in ("Respite leaflet", "This leaflet explains the basics.", "Making Respite Real", "A toolkit for staff"):
        assert gone not in html

    html = client.get(print_url([pages["guidance"], pages["resource"]])).content.decode()
    assert "1 page in this pack is no longer available." in html


def test_an_urdu_pack_shows_the_urdu_pages_and_english_where_there_is_no_translation(client, pages):
    urdu = Locale.objects.get(language_code="ur")
    translation = pages["guidance"].copy_for_translation(urdu, copy_parents=True)
    translation.title = "نگہداشت کرنے والے کا جائزہ"
    translation.save_revision().publish()
    url = print_url([pages["guidance"], pages["service"]])

    html = client.get("/ur" + url).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.html["lang"] == "ur" and soup.html["dir"] == "rtl"
    urdu_sheet, english_sheet = soup.select(".app-pack-sheet")
    assert urdu_sheet.select_one(".app-pack-sheet__title").text == "نگہداشت کرنے والے کا جائزہ"
    slug = ShortLink.for_page(pages["guidance"]).slug
    assert urdu_sheet.select_one(".app-pack-box__url").text == f"http://testserver/ur/go/{slug}/"
    # The service has no Urdu translation: it is shown in English, marked as English.
    content = english_sheet.select_one(".app-pack-sheet__content")
    assert content["lang"] == "en" and content["dir"] == "ltr"
    assert content.h2.text == "Redbridge Carers Support Service"

    response = client.get("/ur" + url.replace("/pack/print/", "/pack/pdf/"))
    assert response.status_code == 200 and response.content.startswith(b"%PDF")

    # The pack being built lists the pages in Urdu too; its buttons still act on the pages that were added.
    add(client, pages["guidance"])
    soup = BeautifulSoup(client.get("/ur/pack/").content, "html.parser")
    (item,) = soup.select(".app-pack-list__item")
    assert item.find("a").text == "نگہداشت کرنے والے کا جائزہ"
    assert item.find("button")["value"] == f"remove:{pages['guidance'].pk}"


# --- the PDF ---------------------------------------------------------------------------------------------------


def pdf_texts(content):
    """Each page's text, with the spaces taken out (PDF text extraction spaces some words oddly)."""
    reader = pypdf.PdfReader(io.BytesIO(content))
    return ["".join(page.extract_text().split()) for page in reader.pages]


def squeeze(text):
    return "".join(text.split())


def test_the_pdf_has_every_page_and_the_crisis_numbers_on_every_page(client, pages, home):
    long_guidance = GuidancePageFactory(
        parent=home,
        title="Looking after yourself",
        body=[
            ("paragraph", f"<p>Paragraph {n}: take a break when you can, and ask for help early.</p>")
            for n in range(60)
        ],
    )
    chosen = [pages["guidance"], long_guidance, pages["service"], pages["map"]]
    response = client.get(print_url(chosen, note="Bring this on Tuesday.").replace("/pack/print/", "/pack/pdf/"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="family-pack-{today}.pdf"'

    texts = pdf_texts(response.content)
    assert len(texts) > len(chosen)  # the long page runs over more than one sheet
    for page in chosen:
        assert any(squeeze(page.title) in text for text in texts), page.title
    assert squeeze("Bring this on Tuesday.") in texts[0]
    for number, text in enumerate(texts, start=1):
        for name in CRISIS_NAMES:
            assert squeeze(name) in text, (number, name)
        for phone in ("999", "116123", "85258", "02085540490"):
            assert phone in text, (number, phone)
        assert f"Page{number}of{len(texts)}" in text
    # Each pack page starts a new sheet: the titles are at the top of their first sheets.
    starts = [next(i for i, text in enumerate(texts) if squeeze(page.title) in text) for page in chosen]
    assert starts == sorted(starts) and len(set(starts)) == len(chosen)
    for page, start in zip(chosen, starts, strict=True):
        short_url = f"testserver/go/{ShortLink.for_page(page).slug}/"
        assert any(short_url in text for text in texts[start:]), short_url


def test_the_pdf_only_reads_local_static_files():
    prefix = "http://testserver/static/"
    css = local_static_file(prefix + "carers_site/css/family_pack_pdf.css", prefix)
    assert css is not None and css.endswith("family_pack_pdf.css")
    for url in (
        "https://elsewhere.example/static/carers_site/css/family_pack_pdf.css",
        "http://testserver/media/documents/leaflet.pdf",
        prefix + "../settings/base.py",
        prefix + "carers_site/../../settings/base.py",
        prefix + "carers_site/css/nothing-here.css",
        "file:///etc/passwd",
    ):
        assert local_static_file(url, prefix) is None, url
    fetcher = static_files_only(prefix)
    assert b"@page" in fetcher.fetch(prefix + "carers_site/css/family_pack_pdf.css").read()
    with pytest.raises(ValueError, match="only use local static files"):
        fetcher.fetch("https://elsewhere.example/logo.png")


# --- where the pack is offered ----------------------------------------------------------------------------------


def test_the_button_is_offered_on_public_pages_of_the_pack_types_only(pages, home):
    for name in ("guidance", "service", "leaflet", "map", "resource"):
        html = render_to_string("components/family_pack_button.html", {"page": pages[name]})
        form = BeautifulSoup(html, "html.parser").find("form")
        assert form["action"] == "/pack/add/" and form["method"] == "post", name
        assert form.find("input", {"name": "page"})["value"] == str(pages[name].pk)
        assert form.find("input", {"name": "next"})["value"] == pages[name].url
        assert form.find("button").text == "Add to family pack"
        assert not form.find("input", {"name": "csrfmiddlewaretoken"})  # nothing personal: the page can be cached
        assert BeautifulSoup(html, "html.parser").find("a", string="What is a family pack?")["href"] == "/pack/"
    make_private(pages["resource"])
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home))
    for page in (pages["resource"], news, pages["library"], home):
        assert "Add to family pack" not in render_to_string("components/family_pack_button.html", {"page": page})


def test_pages_offer_the_button_and_the_footer_links_to_the_pack(client, pages):
    html = client.get(pages["guidance"].url).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("form", action="/pack/add/").find("button").text == "Add to family pack"
    assert soup.select_one(".app-footer").find("a", string="Make a family pack")["href"] == "/pack/"
    urdu = BeautifulSoup(client.get("/ur/pack/").content, "html.parser")
    assert urdu.html["lang"] == "ur" and urdu.find("form", class_="app-pack-search")["action"] == "/ur/pack/#pack-add"


def test_one_client_making_too_many_pdfs_is_asked_to_wait_and_keeps_the_pack(client, pages, monkeypatch):
    monkeypatch.setattr(family_pack, "PDF_RATE_LIMIT", RateLimit("family-pack-pdf", limit=2, window=600))
    url = print_url([pages["guidance"]])
    pdf_url = url.replace("/pack/print/", "/pack/pdf/")
    assert [client.get(pdf_url).status_code for _ in range(2)] == [200, 200]
    refused = client.get(pdf_url)
    assert refused.status_code == 429
    assert refused["Content-Type"].startswith("text/html")
    assert "Please wait a few minutes" in refused.content.decode()
    back = BeautifulSoup(refused.content, "html.parser").find("a", string="Go back to the pack")["href"]
    assert parse_qs(urlsplit(back).query) == parse_qs(urlsplit(url).query)
    assert Client(REMOTE_ADDR="192.0.2.7").get(pdf_url).status_code == 200  # another client is not held up
