"""The offline crisis card, as the server sends it: /sw.js, the crisis page each page names, "last updated" and the
offline notice. What the service worker does in a browser is in test_offline_browser.py."""

import datetime
import json
import re

import pytest
import time_machine
from django.templatetags.static import static
from django.urls import reverse
from wagtail.models import Locale, Site

from carers_site.core.site_settings import SiteSettings
from tests.factories.directory import CrisisLineFactory
from tests.factories.resources import GuidancePageFactory

MARCH_2 = datetime.datetime(2026, 3, 2, 9, 15, tzinfo=datetime.UTC)
MAY_14 = datetime.datetime(2026, 5, 14, 16, 40, tzinfo=datetime.UTC)


def translate(page, code, title):
    locale = Locale.objects.get(language_code=code)
    copy = page.copy_for_translation(locale, copy_parents=True)
    copy.title = title
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy.specific


@pytest.fixture
def crisis_page(home):
    """The page "What to do in a crisis" at /crisis/, published on 2 March 2026 and chosen in Site settings."""
    page = GuidancePageFactory(
        parent=home,
        title="What to do in a crisis",
        slug="crisis",
        body=[
            ("crisis_lines", {"title": "Who to call now"}),
            ("paragraph", "<p>Call 999 if someone is in danger.</p>"),
        ],
    )
    with time_machine.travel(MARCH_2, tick=False):
        page.save_revision().publish()
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.crisis_page = page
    site_settings.save()
    return page


@pytest.fixture
def urdu_crisis_page(crisis_page):
    with time_machine.travel(MARCH_2, tick=False):
        return translate(crisis_page, "ur", "بحران میں کیا کریں")


def worker_config(client):
    """The settings /sw.js is rendered with: version, assets, crisis pages by language."""
    script = client.get("/sw.js").content.decode()
    return json.loads(re.search(r"^const CONFIG = (\{.*?\});$", script, re.S | re.M).group(1))


def crisis_page_named(html):
    """(the page's language, the crisis page its offline.js script tag names, or None)."""
    language = re.search(r'<html lang="([^"]+)"', html).group(1)
    script = re.search(r'<script src="[^"]*/carers_site/js/offline\.js" defer([^>]*)></script>', html)
    named = re.fullmatch(r' data-crisis-page="([^"]+)"', script.group(1))
    return language, named.group(1) if named else None


def offline_notice(html):
    return re.search(r'<div class="[^"]*" id="offline-notice"[^>]*>.*?</div>', html, re.S).group(0)


def test_the_service_worker_is_javascript_at_the_site_root_that_browsers_check_each_time(client, crisis_page):
    assert reverse("service_worker") == "/sw.js"  # at the root, so its scope is the whole site
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert "no-cache" in response["Cache-Control"]
    assert 'addEventListener("fetch"' in response.content.decode()
    # Not under a language prefix, where its scope would be one language only.
    assert client.get("/ur/sw.js").status_code == 404


def test_the_service_worker_knows_the_crisis_page_in_every_language(client, urdu_crisis_page):
    config = worker_config(client)
    assert config["crisisPages"]["en"] == "/crisis/"
    assert config["crisisPages"]["ur"] == "/ur/crisis/"
    # No Welsh translation: a Welsh reader keeps the English crisis page.
    assert config["crisisPages"]["cy"] == "/crisis/"
    assert config["assets"] == [
        static("carers_site/css/carers.css"),
        static("carers_site/favicon.svg"),
        static("carers_site/js/offline.js"),
    ]
    assert config["defaultLanguage"] == "en"


def test_a_draft_translation_of_the_crisis_page_is_not_kept(client, crisis_page):
    urdu = translate(crisis_page, "ur", "بحران میں کیا کریں")
    urdu.unpublish()
    assert worker_config(client)["crisisPages"]["ur"] == "/crisis/"


def test_the_worker_changes_when_a_crisis_number_or_the_stylesheet_changes(client, crisis_page, settings):
    line = CrisisLineFactory(name="Samaritans", phone="116 123")
    version = worker_config(client)["version"]
    assert worker_config(client)["version"] == version  # the same while nothing changes, so no needless update

    line.phone = "0800 1111"
    line.save_revision().publish()
    after_new_number = worker_config(client)["version"]
    assert after_new_number != version

    line.unpublish()
    after_unpublishing = worker_config(client)["version"]
    assert after_unpublishing != after_new_number

    # A new stylesheet has a new hashed name in production; any change of its address is a new worker.
    settings.STATIC_URL = "/static-v2/"
    assert worker_config(client)["version"] != after_unpublishing


def test_without_a_crisis_page_the_worker_keeps_none(client, home):
    assert worker_config(client)["crisisPages"] == {}
    assert crisis_page_named(client.get("/").content.decode()) == ("en", None)


def test_each_page_names_the_crisis_page_in_its_language(client, crisis_page, home):
    translate(home, "ur", "نگہداشت کرنے والوں کے لیے مدد")
    translate(crisis_page, "ur", "بحران میں کیا کریں")
    assert crisis_page_named(client.get("/").content.decode()) == ("en", "/crisis/")
    assert crisis_page_named(client.get("/ur/").content.decode()) == ("ur", "/ur/crisis/")
    # A page that is not a Wagtail page, in a language with no crisis page of its own: the English one.
    assert crisis_page_named(client.get("/pl/search/").content.decode()) == ("pl", "/crisis/")


def test_every_page_loads_offline_js_deferred(client, crisis_page):
    html = client.get("/crisis/").content.decode()
    assert re.search(r'<script src="[^"]*/carers_site/js/offline\.js" defer[^>]*></script>', html)


def test_the_crisis_page_says_when_the_numbers_were_last_updated(client, crisis_page):
    line = CrisisLineFactory(name="Samaritans", phone="116 123")
    html = client.get("/crisis/").content.decode()
    # The line was never published through the admin (no date of its own): the page's date is the latest.
    assert 'These numbers were last updated on <time datetime="2026-03-02">2 March 2026</time>.' in html
    assert "116 123" in html

    with time_machine.travel(MAY_14, tick=False):
        line.save_revision().publish()
    html = client.get("/crisis/").content.decode()
    assert 'These numbers were last updated on <time datetime="2026-05-14">14 May 2026</time>.' in html


def test_the_date_is_in_the_readers_language(client, urdu_crisis_page):
    line = CrisisLineFactory(name="Samaritans", phone="116 123")
    with time_machine.travel(MAY_14, tick=False):
        line.save_revision().publish()
    html = client.get("/ur/crisis/").content.decode()
    assert '<time datetime="2026-05-14">14 مئی 2026</time>' in html


def test_the_offline_notice_is_hidden_until_offline_js_shows_it(client, crisis_page, home):
    notice = offline_notice(client.get("/crisis/").content.decode())
    assert " hidden>" in notice  # without JavaScript nothing extra shows
    assert "You are offline. This is a saved copy of the crisis page from" in notice
    assert '<time datetime="2026-03-02">2 March 2026</time>' in notice
    # Other pages kept offline say so without naming the crisis page.
    notice = offline_notice(client.get("/").content.decode())
    assert " hidden>" in notice
    assert "This is a saved copy of this page" in notice and "crisis page" not in notice


def test_the_urdu_crisis_page_is_the_crisis_page_too(client, urdu_crisis_page):
    notice = offline_notice(client.get("/ur/crisis/").content.decode())
    # The Urdu crisis page gets the crisis page's notice (with its date), in Urdu.
    assert "ہنگامی مدد کے صفحے کی محفوظ کی ہوئی کاپی ہے، جو <time datetime=" in notice
    assert "saved copy of the crisis page" not in notice
