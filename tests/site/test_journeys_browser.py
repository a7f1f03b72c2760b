"""The journeys carers take, on a phone (360 x 640) in real Chromium, on the demo as `make run` loads it.

Each test does what a carer does (taps links, fills in Find local help) and asserts what they see. These are the
regression net for issue 18: a filter that finds nothing, a heading below the first screen, a dead end.
"""

import json
import os
import re
from urllib.parse import urlencode
from urllib.request import urlopen

import pytest

from tests.browser_support import needs_chromium
from tests.demo_server import manage

pytestmark = [pytest.mark.browser, needs_chromium]
PHONE = {"width": 360, "height": 640}
LANGUAGES = ["en", "cy", "ur"]

# What each Find local help filter value should find in the demo database, worked out from the data itself
# (not through the directory's own code): {"area": {"redbridge": 12, ...}, "audience": {...}, "language": {...}}.
EXPECTED_COUNTS_SCRIPT = """
import json
from wagtail.models import Locale
from carers_site.models import Area, Audience, Intervention, Language
from directory.models import ServicePage
english = Locale.get_default()
services = list(ServicePage.objects.live().public().filter(locale=english).prefetch_related(
    "areas_served", "audiences", "interventions", "languages"))
def covers(service, area):
    wanted, place = set(), area
    while place is not None:
        wanted.add(place.pk)
        place = place.parent
    return any(a.pk in wanted for a in service.areas_served.all())
counts = {
    "area": {a.slug: sum(covers(s, a) for s in services)
             for a in Area.objects.filter(locale=english, kind="borough")},
    "audience": {a.slug: sum(a in s.audiences.all() for s in services)
                 for a in Audience.objects.filter(locale=english)},
    "intervention": {i.slug: sum(i in s.interventions.all() for s in services)
                     for i in Intervention.objects.filter(locale=english)},
    "language": {l.code: sum(l in s.languages.all() for s in services) for l in Language.objects.all()},
}
print(json.dumps(counts))
"""


@pytest.fixture(scope="module")
def site(demo_site):
    base_url, page_urls, workdir = demo_site
    return {"base_url": base_url, "page_urls": page_urls, "workdir": workdir}


@pytest.fixture
def phone(browser):
    page = browser.new_page(viewport=PHONE)
    yield page
    page.close()


def on_first_screen(locator):
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"]


def heading(phone):
    return phone.locator("main h1")


def open_menu_and_follow(phone, name):
    """Open the phone menu ("Menu", a <details> that works without script) and follow a link in it."""
    menu = phone.locator("nav.app-nav")
    summary = menu.locator("summary")
    if summary.count() and summary.is_visible():
        summary.click()
    menu.get_by_role("link", name=name).click()


def test_carers_assessment_from_the_home_page(site, phone):
    phone.goto(site["base_url"] + "/")
    phone.locator("main").get_by_role("link", name="I look after someone").click()
    phone.locator("main").get_by_role("link", name=re.compile("assessment", re.I)).first.click()
    assert "assessment" in heading(phone).inner_text().lower()
    assert on_first_screen(heading(phone))
    # Not a dead end: services that can help, each one tap from a call (or their website when they have no phone).
    services = phone.locator("main .app-service-card")
    assert services.count() >= 1
    for index in range(services.count()):
        assert services.nth(index).locator(".app-call[href^='tel:'], .app-call[href^='http']").count() == 1
    # And Find local help, narrowed to carers' assessments, is one tap away.
    phone.locator("main").get_by_role("link", name=re.compile("Find more services", re.I)).first.click()
    assert phone.locator("main .app-service-card").count() >= 1


def test_who_to_call_at_night(site, phone):
    phone.goto(site["base_url"] + "/")
    emergency = phone.locator(".app-crisis a[href='tel:999']")
    assert on_first_screen(emergency)
    box = emergency.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44
    # The bar holds help for right now only: no weekday complaints lines.
    bar = phone.locator(".app-crisis").inner_text()
    assert "PALS" not in bar and "Patient Experience" not in bar
    phone.locator(".app-crisis").get_by_role("link", name="More numbers").click()
    assert on_first_screen(heading(phone))
    page_text = phone.locator("main").inner_text()
    assert "116 123" in page_text and "24 hours" in page_text  # Samaritans, any time of night
    assert "PALS" in page_text  # the not-urgent contacts are still on the crisis page, in their own section


def test_a_young_carers_service_in_redbridge_open_now(site, phone):
    phone.goto(site["base_url"] + "/")
    open_menu_and_follow(phone, "Find local help")
    phone.get_by_label("Or borough").select_option(label="Redbridge")
    phone.get_by_label("Help for").select_option(value="young-carers")
    phone.get_by_label("Open now").check()
    phone.get_by_role("button", name="Show services").click()
    # What was chosen is kept, whatever was found.
    assert phone.get_by_label("Or borough").input_value() == "redbridge"
    assert phone.get_by_label("Help for").input_value() == "young-carers"
    cards = phone.locator("main .app-service-card")
    if cards.count() == 0:  # nothing open at this hour: the page says so and offers to drop "Open now"
        assert "No services match all of these" in phone.locator("main").inner_text()
        phone.get_by_role("link", name="Show services open at any time").click()
        assert phone.get_by_label("Help for").input_value() == "young-carers"
    else:
        for index in range(cards.count()):
            assert "Open" in cards.nth(index).locator(".app-open-status").inner_text()
    assert cards.count() >= 1
    assert cards.first.locator("a[href^='tel:']").count() == 1


def test_a_service_that_speaks_urdu(site, phone):
    phone.goto(site["base_url"] + "/directory/")
    phone.get_by_label("Languages spoken").select_option(value="ur")
    phone.get_by_role("button", name="Show services").click()
    cards = phone.locator("main .app-service-card")
    assert cards.count() >= 1
    assert "Interpreting" in cards.first.inner_text()
    # Searching for the language finds it too.
    phone.goto(site["base_url"] + "/search/?q=urdu")
    assert "Interpreting" in phone.locator("main .app-service-card").first.inner_text()


def test_the_urdu_crisis_page(site, phone):
    phone.goto(site["base_url"] + "/ur/")
    assert phone.locator("html").get_attribute("dir") == "rtl"
    assert on_first_screen(phone.locator(".app-crisis a[href='tel:999']"))
    phone.locator(".app-crisis__more").click()
    assert phone.url.startswith(site["base_url"] + "/ur/")
    assert phone.locator("html").get_attribute("lang") == "ur"
    assert on_first_screen(heading(phone))
    assert phone.locator("main a[href='tel:116123']").count() >= 1


def test_a_postcode_outside_the_shipped_districts(site, phone):
    phone.goto(site["base_url"] + "/directory/")
    phone.get_by_label("Postcode").fill("CF10 3AT")
    phone.get_by_role("button", name="Show services").click()
    main = phone.locator("main").inner_text()
    assert "CF10" in main and "check it" not in main.lower()
    assert phone.locator("main a[href*='find-local-council']").count() == 1
    assert phone.locator("main .app-service-card").count() >= 1  # the national services


def status_count(html):
    match = re.search(r'role="status">\s*(\d+)', html)
    assert match, "no count of services on the page"
    return int(match.group(1))


def test_every_find_local_help_filter_finds_its_services_in_every_language(site):
    """Every value each filter box offers, in English, Welsh and Urdu, finds exactly the demo services that have
    it (counted from the database, not by the directory's code) and keeps the choice in the box."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "carers_site.settings.dev",
        "DATABASE_URL": f"sqlite:///{site['workdir']}/db.sqlite3",
    }
    expected = json.loads(manage("shell", "-c", EXPECTED_COUNTS_SCRIPT, env=env).strip().splitlines()[-1])
    checked = 0
    for language in LANGUAGES:
        prefix = "" if language == "en" else f"/{language}"
        form = urlopen(f"{site['base_url']}{prefix}/directory/").read().decode()
        for param, counts in expected.items():
            select = re.search(rf'<select[^>]*name="{param}".*?</select>', form, re.S).group(0)
            offered = re.findall(r'<option value="([^"]+)"', select)
            assert offered, f"{language}: the {param} box offers nothing"
            for value in offered:
                url = f"{site['base_url']}{prefix}/directory/?{urlencode({param: value})}"
                html = urlopen(url).read().decode()
                assert status_count(html) == counts[value] > 0, url
                assert re.search(rf'<option value="{re.escape(value)}"[^>]*selected', html), f"{url} lost the choice"
                checked += 1
    assert checked >= 3 * 40
