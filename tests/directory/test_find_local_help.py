"""Find local help in the reader's language: filters match English terms whatever the language, keep what was
chosen, say so when nothing matches and offer to drop one filter; services show a phone, open status and area."""

import io
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from carers_site.core.languages import localize, term_choices
from carers_site.models import Area, Language
from directory.models import OpeningTime
from tests.factories.directory import DirectoryIndexPageFactory, ServicePageFactory, ServicePhoneFactory
from tests.factories.site import AreaFactory, AudienceFactory
from tests.helpers import translate_page

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def translate_term(term, code, name):
    """The term's copy in another language, as wagtail-localize leaves one (same slug, translated name)."""
    copy = term.copy_for_translation(Locale.objects.get(language_code=code))
    copy.name = name
    copy.save()
    return copy


def service(directory, title, *, areas=(), audiences=(), languages=(), phone="020 8554 0490", hours=None):
    page = ServicePageFactory(parent=directory, title=title, open_24_7=hours is None)
    page.areas_served.set(areas)
    page.audiences.set(audiences)
    page.languages.set(languages)
    page.save_revision().publish()
    if phone:
        ServicePhoneFactory(service=page, number=phone, label="")
    if hours == "never":  # only open one minute a week, on Monday at 3am: not open when the test runs, in practice
        OpeningTime.objects.create(service=page, first_day=0, last_day=0, opens="03:00", closes="03:01")
    return page


@pytest.fixture
def world(home):
    london = AreaFactory(name="London", slug="london", kind=Area.Kind.REGION)
    redbridge = AreaFactory(name="Redbridge", slug="redbridge", parent=london)
    havering = AreaFactory(name="Havering", slug="havering", parent=london)
    young = AudienceFactory(name="Young carers", slug="young-carers")
    adults = AudienceFactory(name="Adult carers", slug="adult-carers")
    urdu, _made = Language.objects.get_or_create(code="ur", defaults={"name": "اردو", "english_name": "Urdu"})
    directory = DirectoryIndexPageFactory(parent=home, slug="directory")
    directory.save_revision().publish()
    services = {
        "redbridge_young": service(
            directory, "Redbridge Young Carers", areas=[redbridge], audiences=[young], hours="never"
        ),
        "adults": service(directory, "Redbridge Carers Centre", areas=[redbridge], audiences=[adults]),
        "havering": service(directory, "Havering Young Carers", areas=[havering], audiences=[young]),
        "urdu": service(directory, "Interpreters", areas=[london], audiences=[adults], languages=[urdu]),
    }
    return {"home": home, "directory": directory, "redbridge": redbridge, "young_carers": young, **services}


CARD_TITLE = re.compile(r'<h2 class="nhsuk-card__heading nhsuk-heading-s"><a class="nhsuk-card__link" [^>]*>([^<]+)<')


def titles(html):
    return CARD_TITLE.findall(html)


def selected(html, name):
    select = re.search(rf'<select[^>]*name="{name}".*?</select>', html, re.S).group(0)
    return re.findall(r'<option value="([^"]*)"[^>]*selected', select)


def test_a_translated_term_does_not_hide_the_english_services(client, world):
    """The bug this fixes: looking the slug up without its language found the Welsh copy, matching nothing."""
    welsh = translate_term(world["young_carers"], "cy", "Gofalwyr ifanc")
    assert welsh.pk > world["young_carers"].pk  # the Welsh copy is the newer row, the one an unordered lookup may find
    translate_page(world["home"], "cy", "Cymorth i ofalwyr")
    for prefix in ("", "/cy"):
        html = client.get(f"{prefix}/directory/?area=redbridge&audience=young-carers").content.decode()
        assert titles(html) == ["Redbridge Young Carers"], prefix
        assert selected(html, "audience") == ["young-carers"]
        assert selected(html, "area") == ["redbridge"]
    welsh_html = client.get("/cy/directory/?audience=young-carers").content.decode()
    assert "Gofalwyr ifanc</option>" in welsh_html  # the option's name is in Welsh, its value the English slug


def test_every_filter_value_finds_the_services_that_have_it(client, world):
    html = client.get("/directory/").content.decode()
    for name, param in (("area", "area"), ("audience", "audience"), ("language", "language")):
        select = re.search(rf'<select[^>]*name="{name}".*?</select>', html, re.S).group(0)
        for value in re.findall(r'<option value="([^"]+)"', select):
            found = client.get(f"/directory/?{param}={value}").content.decode()
            assert titles(found), f"{param}={value} found nothing"
            assert selected(found, name) == [value]


def options(html, name):
    select = re.search(rf'<select[^>]*name="{name}".*?</select>', html, re.S).group(0)
    return [value for value in re.findall(r'<option value="([^"]*)"', select) if value]


def test_the_options_offered_follow_publishing_and_unpublishing_at_once(client, world):
    """The terms services have, and how many match, are kept in each process until a page is published or
    unpublished (finder.offered_terms, DirectoryIndexPage.get_context): a language only a newly published service
    speaks is offered on the next request, and goes when that service is unpublished; the count follows."""
    html = client.get("/directory/?area=redbridge").content.decode()
    assert options(html, "language") == ["ur"] and "3 services" in html  # how many match is kept too
    welsh, _made = Language.objects.get_or_create(code="cy", defaults={"name": "Cymraeg", "english_name": "Welsh"})
    newcomer = service(world["directory"], "Welsh speakers' group", areas=[world["redbridge"]], languages=[welsh])
    html = client.get("/directory/?area=redbridge").content.decode()
    assert options(html, "language") == ["ur", "cy"] and "4 services" in html  # languages by English name
    newcomer.unpublish()
    html = client.get("/directory/?area=redbridge").content.decode()
    assert options(html, "language") == ["ur"] and "3 services" in html


def test_languages_spoken_filter_and_search(client, world):
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
    html = client.get("/directory/?language=ur").content.decode()
    assert titles(html) == ["Interpreters"]
    assert selected(html, "language") == ["ur"]
    for query in ("urdu", "Urdu speaking", "اردو"):
        found = client.get("/search/", {"q": query}).content.decode()
        assert "Interpreters" in titles(found), query


def test_nothing_matching_says_so_and_offers_to_drop_one_filter(client, world):
    html = client.get("/directory/?area=redbridge&audience=young-carers&open_now=1").content.decode()
    assert titles(html) == []
    assert "No services match all of these" in html
    assert "<p><span>Young carers</span>, <span>Redbridge</span>, <span>Open now</span></p>" in html
    links = dict(re.findall(r'<li><a href="\?([^"]+)">([^<]+)</a>', html.split("app-no-match")[1]))
    assert links["area=redbridge&amp;audience=young-carers"] == "Show services open at any time"
    # Dropping the audience finds the Redbridge centre open now (24 hours); dropping the area, nothing young and open.
    assert links["area=redbridge&amp;open_now=1"] == "Show services for everyone, not just Young carers"
    # Dropping the area finds Havering's young carers service, open 24 hours.
    assert links["audience=young-carers&amp;open_now=1"] == "Show services anywhere, not just Redbridge"
    for query in links:
        assert titles(client.get("/directory/?" + query.replace("&amp;", "&")).content.decode())


def test_an_unknown_filter_value_is_reported_not_silently_widened(client, world):
    html = client.get("/directory/?audience=astronauts").content.decode()
    assert "We did not recognise some filters" in html
    assert selected(html, "audience") == []


def test_service_cards_show_phone_open_status_and_area(client, world):
    for url in ("/directory/?area=havering", "/search/?q=Havering+Young+Carers"):
        html = client.get(url).content.decode()
        card = re.search(r'<li class="nhsuk-card app-service-card">.*?</li>\s*</ul>\s*</div>\s*</li>', html, re.S)
        assert card, url
        card = card.group(0)
        assert 'href="tel:+442085540490"' in card and "020 8554 0490" in card
        assert "Open 24 hours" in card
        assert "Area:" in card and "Havering" in card


def test_listing_pages_work_under_every_content_language(client, world):
    """/ur/directory/ lists the English services when the directory is not translated, marked as English."""
    translate_page(world["home"], "ur", "نگہداشت کرنے والوں کے لیے مدد")
    response = client.get("/ur/directory/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ur" dir="rtl">' in html
    assert '<h1 lang="en" dir="ltr">' in html  # the directory page itself is still in English
    assert 'lang="en" dir="ltr">Havering Young Carers</a>' in html  # and so are the services, marked so
    assert "سروسز" in html  # the interface is in Urdu ("services")
    # A page that is not a listing is not served in English under /ur/: that stays a 404.
    assert client.get(f"/ur/directory/{world['havering'].slug}/").status_code == 404

    # Once the directory and one service are translated, that service is listed in Urdu, the rest in English.
    urdu_service = translate_page(world["adults"], "ur", "ریڈبرج کیئررز سینٹر")
    html = client.get("/ur/directory/").content.decode()
    assert "ریڈبرج کیئررز سینٹر" in titles(html)
    assert f'href="{urdu_service.url}"' in html
    assert 'lang="en" dir="ltr">Havering Young Carers</a>' in html
    assert len(titles(html)) == 4  # each service once


def test_the_language_bar_offers_only_languages_with_content(client, world):
    translate_page(world["home"], "ur", "نگہداشت کرنے والوں کے لیے مدد")
    for url in ("/search/?q=carers", "/directory/"):
        html = client.get(url).content.decode()
        nav = re.search(r'<nav class="app-languages".*?</nav>', html, re.S).group(0)
        assert re.findall(r'hreflang="([a-z]+)"', nav) == ["en", "ur"], url


def test_a_list_of_terms_is_read_in_one_query(world):
    terms = [AudienceFactory(name=f"Group {n}", slug=f"group-{n}") for n in range(6)]
    for term in terms[:3]:
        translate_term(term, "cy", f"Grŵp {term.slug[-1]}")
    welsh = Locale.objects.get(language_code="cy")
    with CaptureQueriesContext(connection) as queries:
        shown = localize(terms, welsh)
    assert len(queries) <= 2  # the translations, and the locale codes for the lang attribute of the rest
    assert [term.name for term in shown[:3]] == ["Grŵp 0", "Grŵp 1", "Grŵp 2"]
    assert all(term.other_language == "en" for term in shown[3:])
    options = term_choices(terms, chosen=terms[4])
    assert [option["value"] for option in options if option["selected"]] == ["group-4"]


def test_the_urdu_menu_keeps_untranslated_listing_pages_in_urdu(client, world):
    """Find local help is not translated, but /ur/directory/ works, so the Urdu menu links there, not to English."""
    type(world["directory"]).objects.filter(pk=world["directory"].pk).update(show_in_menus=True)
    translate_page(world["home"], "ur", "نگہداشت کرنے والوں کے لیے مدد")
    nav = re.search(r'<nav class="app-nav".*?</nav>', client.get("/ur/").content.decode(), re.S).group(0)
    assert re.findall(r'<a href="([^"]+)" lang="([a-z]+)"', nav) == [("/ur/directory/", "en")]
    assert client.get("/ur/directory/").status_code == 200


def test_more_services_cost_no_more_queries(client, world):
    """Cards read their phones, hours and areas for the whole list at once: no lookups per card."""
    translate_page(world["home"], "cy", "Cymorth i ofalwyr")

    def queries(url):
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    before = {url: queries(url) for url in ("/directory/", "/cy/directory/", "/search/?q=carers")}
    for number in range(6):
        service(
            world["directory"],
            f"More carers help {number}",
            areas=[world["redbridge"]],
            audiences=[world["young_carers"]],
        )
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
    after = {url: queries(url) for url in before}
    assert after == before


def test_nothing_matching_in_welsh_names_the_filters_in_welsh(client, world):
    translate_page(world["home"], "cy", "Cymorth i ofalwyr")
    translate_term(world["young_carers"], "cy", "Gofalwyr ifanc")
    html = client.get("/cy/directory/?area=redbridge&audience=young-carers&open_now=1").content.decode()
    assert titles(html) == []
    no_match = html.split("app-no-match")[1]
    assert "Gofalwyr ifanc" in no_match  # the audience in Welsh, in what was asked for and in the link to drop it
    assert '<span lang="en" dir="auto">Redbridge</span>' in no_match  # no Welsh name yet: marked as English
    assert len(re.findall(r'<li><a href="\?', no_match)) == 3  # drop open now, the audience, or the borough
