"""The crisis bar at the top of every page: help for right now only, local lines first, and what a phone shows
before the page's heading (the menu behind "Menu", "Listen to this page" under the heading). Layout in Chromium is in
test_browser.py."""

import importlib

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.models import Locale, Site

from carers_site.models import Area, PostcodeDistrict, SiteSettings
from directory.models import CrisisLine
from tests.factories.directory import CrisisLineFactory, DirectoryIndexPageFactory, ServicePageFactory
from tests.factories.resources import GuidancePageFactory
from tests.factories.site import AreaFactory, EventIndexPageFactory, EventPageFactory

pytestmark = pytest.mark.django_db
URGENT = CrisisLine.Kind.URGENT_MENTAL_HEALTH
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"


@pytest.fixture
def areas(db):
    """UK > England > London > Havering and Bexley, with a postcode district in each borough."""
    uk = AreaFactory(name="United Kingdom", slug="uk", kind=Area.Kind.COUNTRY)
    england = AreaFactory(name="England", slug="england", kind=Area.Kind.NATION, parent=uk)
    london = AreaFactory(name="London", slug="london", kind=Area.Kind.REGION, parent=england)
    havering = AreaFactory(name="Havering", slug="havering", parent=london)
    bexley = AreaFactory(name="Bexley", slug="bexley", parent=london)
    PostcodeDistrict.objects.create(area=havering, code="RM1")
    PostcodeDistrict.objects.create(area=bexley, code="DA5")
    return {"uk": uk, "england": england, "london": london, "havering": havering, "bexley": bexley}


def line(name, phone, kind, areas=(), **fields):
    made = CrisisLineFactory(name=name, phone=phone, kind=kind, **fields)
    made.areas.set(areas)
    made.save()  # a parental many-to-many is only written when its line is saved
    return made


@pytest.fixture
def lines(areas):
    return {
        "999": line("Emergency services", "999", CrisisLine.Kind.EMERGENCY, short_name="Emergency", sort_order=1),
        "111": line("NHS 111, option 2", "111", CrisisLine.Kind.URGENT_MENTAL_HEALTH, [areas["england"]], sort_order=2),
        "samaritans": line("Samaritans", "116 123", CrisisLine.Kind.EMOTIONAL_SUPPORT, sort_order=3),
        "havering": line("Havering night line", "01708 000 001", URGENT, [areas["havering"]], sort_order=8),
        "bexley": line("Bexley night line", "020 8000 0002", URGENT, [areas["bexley"]], sort_order=9),
        "pals": line(
            "Trust PALS",
            "0800 000 003",
            CrisisLine.Kind.NOT_URGENT,
            [areas["havering"]],
            description="Worries about care. Not for emergencies.",
            open_24_7=False,
            hours="Mon-Fri 9am-5pm",
            sort_order=5,
        ),
    }


@pytest.fixture
def crisis_page(home):
    body = [("crisis_lines", {"title": "Who to call now"})]
    page = GuidancePageFactory(parent=home, title="What to do in a crisis", slug="crisis", body=body)
    page.save_revision().publish()
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.crisis_page = page
    site_settings.save()
    return page


def bar(html):
    return BeautifulSoup(html, "html.parser").select_one("aside.app-crisis")


def bar_numbers(response):
    """The numbers in the bar, in order."""
    return [a["href"].removeprefix("tel:") for a in bar(response.content.decode()).select("a[href^='tel:']")]


def test_not_urgent_lines_are_on_the_crisis_page_not_in_the_bar(client, lines, crisis_page):
    html = client.get(crisis_page.url).content.decode()
    assert "Trust PALS" not in bar(html).get_text() and "0800 000 003" not in bar(html).get_text()
    soup = BeautifulSoup(html, "html.parser")
    contacts = soup.select_one("main section.app-crisis-contacts")
    assert contacts.h2.get_text(strip=True) == "Contacts (not for emergencies)"
    text = contacts.get_text(" ", strip=True)
    assert "Trust PALS" in text and "Mon-Fri 9am-5pm" in text and "Areas covered: Havering" in text
    assert contacts.select_one("a[href^='tel:']").get_text(" ", strip=True) == "Call 0800 000 003"
    # The "who to call now" card on the same page lists the urgent lines only, local ones with their area.
    card = soup.select_one("main .nhsuk-card--care--emergency").get_text(" ", strip=True)
    assert "Havering night line" in card and "Bexley night line" in card and "Trust PALS" not in card


def test_other_pages_have_no_contacts_section(client, lines, crisis_page, home):
    other = GuidancePageFactory(parent=home, title="Advice", slug="advice")
    other.save_revision().publish()
    assert "app-crisis-contacts" not in client.get(other.url).content.decode()


def test_the_bar_leads_to_the_crisis_page_for_more_numbers(client, lines, crisis_page, home):
    more = bar(client.get(home.url).content.decode()).select_one("a.app-crisis__more")
    assert more.get_text(strip=True) == "More numbers" and more["href"] == "/crisis/"


def test_a_page_for_no_area_shows_the_lines_for_everywhere_only(client, home, lines):
    assert bar_numbers(client.get(home.url)) == ["999", "111", "116123"]


def test_a_service_in_a_borough_puts_that_boroughs_urgent_lines_first(client, home, areas, lines):
    directory = DirectoryIndexPageFactory(parent=home)
    service = ServicePageFactory(parent=directory, title="Havering carers centre")
    service.areas_served.set([areas["havering"]])
    service.save_revision().publish()
    # Bexley's line is for somewhere else; the not-urgent PALS line is never in the bar.
    assert bar_numbers(client.get(service.url)) == ["+441708000001", "999", "111", "116123"]


def test_an_event_in_a_borough_puts_that_boroughs_urgent_lines_first(client, home, areas, lines):
    events = EventIndexPageFactory(parent=home)
    event = EventPageFactory(parent=events, area=areas["bexley"])
    event.save_revision().publish()
    assert bar_numbers(client.get(event.url))[0] == "+442080000002"


def test_a_postcode_puts_its_boroughs_lines_first(client, home, areas, lines):
    directory = DirectoryIndexPageFactory(parent=home)
    directory.save_revision().publish()
    assert bar_numbers(client.get(directory.url, {"postcode": "RM1 1AA"}))[0] == "+441708000001"
    assert bar_numbers(client.get(directory.url, {"postcode": "DA5"}))[0] == "+442080000002"
    assert bar_numbers(client.get("/search/", {"q": "respite", "postcode": "RM1"}))[0] == "+441708000001"
    # A postcode we do not know changes nothing.
    assert bar_numbers(client.get(directory.url, {"postcode": "ZZ9 9ZZ"})) == ["999", "111", "116123"]


def test_the_page_cache_never_serves_one_postcodes_bar_for_another(settings, home, areas, lines):
    """The page cache keeps one copy per query string (carers_site/caching/page_cache.py), so each postcode gets
    its own."""
    settings.PAGE_CACHE_SECONDS = 600
    directory = DirectoryIndexPageFactory(parent=home)
    directory.save_revision().publish()
    client = Client(HTTP_USER_AGENT=BROWSER)
    for _ in range(2):  # the second time from the cache
        havering = client.get(directory.url, {"postcode": "RM1"})
        bexley = client.get(directory.url, {"postcode": "DA5"})
        plain = client.get(directory.url)
        assert bar_numbers(havering)[0] == "+441708000001"
        assert bar_numbers(bexley)[0] == "+442080000002"
        assert bar_numbers(plain) == ["999", "111", "116123"]
    assert havering.get("X-Page-Cache") == "hit"


def test_urdu_pages_show_translated_lines_with_the_english_kind_and_numbers(client, home, lines):
    from tests.core.test_languages import translate

    translate(home, "ur", "نگہداشت کرنے والوں کے لیے مدد")
    urdu = lines["samaritans"].copy_for_translation(Locale.objects.get(language_code="ur"))
    urdu.name = "سماریٹنز"
    urdu.kind = CrisisLine.Kind.NOT_URGENT  # an out-of-date translation: the English kind still decides
    urdu.save()
    panel = bar(client.get("/ur/").content.decode())
    assert "سماریٹنز" in panel.get_text() and panel.select_one("a[href='tel:116123']") is not None


def test_each_number_in_the_bar_is_one_link_with_a_short_name_for_phones(client, home, lines):
    link = bar(client.get(home.url).content.decode()).select_one("a[href='tel:999']")
    assert link.select_one(".app-crisis__number").get_text(" ", strip=True) == "Call 999"
    # The full name for wider screens, the short one for phones: the stylesheet shows one of them.
    assert link.select_one(".app-crisis__name--long").get_text() == "Emergency services"
    assert link.select_one(".app-crisis__short").get_text() == "Emergency"


def test_the_main_menu_is_folded_behind_menu_without_script(client, home):
    section = GuidancePageFactory(parent=home, title="Advice", slug="advice", show_in_menus=True)
    section.save_revision().publish()
    nav = BeautifulSoup(client.get(home.url).content.decode(), "html.parser").select_one("nav.app-nav")
    details = nav.select_one("details.app-nav__menu.app-open-wide")
    assert details is not None and not details.has_attr("open")
    assert details.summary.get_text(strip=True) == "Menu"
    assert [a.get_text() for a in details.select("ul a")] == ["Advice"]


def test_listen_to_this_page_comes_after_the_heading_on_every_page_type(client, home):
    from tests.site.test_pages import build_site

    for name, (page, _expected) in build_site(home).items():
        html = client.get(page.url).content.decode()
        main = html[html.index('id="maincontent"') :]
        assert "app-audio" in main, name
        assert main.index("<h1") < main.index("app-audio"), name


def test_the_load_demo_rerun_gives_old_lines_their_kind(home):
    from carers_site.dev.demo import content
    from carers_site.dev.demo.loader import Command

    row = next(row for row in content.CRISIS_LINES if row["kind"] == "not_urgent")
    old = CrisisLineFactory(name=row["name"], phone=row["phone"], kind=CrisisLine.Kind.EMOTIONAL_SUPPORT)
    command = Command()
    command.locale = Locale.get_default()
    command.update_crisis_line_kind(old, row)
    old.refresh_from_db()
    assert old.kind == CrisisLine.Kind.NOT_URGENT
    assert old.latest_revision.content["kind"] == "not_urgent"  # what the admin edits next time


@pytest.mark.parametrize(
    ("name", "phone", "text_number", "description", "kind"),
    [
        ("Emergency services", "999", "", "", "emergency"),
        ("NHS 111", "111", "", "", "urgent_mental_health"),
        ("Shout", "", "85258", "", "text_line"),
        ("PALS", "0800 783 1853", "", "Worries about care. Not for emergencies.", "not_urgent"),
        ("Samaritans", "116 123", "", "", None),
    ],
)
def test_the_migration_guesses_the_kind_of_existing_lines(name, phone, text_number, description, kind):
    migration = importlib.import_module("directory.migrations.0006_crisis_line_kind")
    found = CrisisLine(name=name, phone=phone, text_number=text_number, description=description)
    assert migration.guess_kind(found) == kind
