"""Privacy follows the page everywhere: a page made private in English is private in every language and on every
public channel, and comes back everywhere when the restriction is lifted.

``CHANNELS`` lists every public URL pattern of the site (and every sub-address of a page type, ``ROUTES``) with the
check that asks it as an anonymous visitor, or why it shows nothing of any page. A new URL pattern or route that is
not listed fails ``test_every_public_address_is_a_listed_channel``, so no channel can be added without saying how it
keeps private pages private (carers_site.core.privacy is the one place that decides).
"""

import json
import re
from dataclasses import dataclass, field

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLResolver, get_resolver
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import PageViewRestriction, get_page_models

from carers_site.audio.drafts import update_draft
from carers_site.core.privacy import PageAccess, restriction_table
from carers_site.models import ShortLink
from carers_site.ops.roles import ensure_professionals_group
from carers_site.sharing.family_pack import Pack
from directory.api.serializers import service_at_location_id
from resources.audio_models import AudioVersion
from tests.factories.directory import DirectoryIndexPageFactory, ServicePageFactory
from tests.factories.resources import DocumentFactory, LeafletIndexPageFactory, LeafletPageFactory
from tests.factories.site import EventIndexPageFactory, EventPageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.helpers import translate_page

pytestmark = pytest.mark.django_db

MARK = "zebrafinch"  # in the title of every private page, in every language
SECRET = "ocelot"  # a word only in the private leaflet's text
LANGUAGES = ("en", "cy", "ur")
LOGIN = "/_util/login/"

#: Every public URL pattern: the check below that asks it, or (starting "no page:") why no page's content is there.
CHANNELS = {
    r"^((?:[\w\-]+/)*)$": "pages",  # Wagtail's pages, in every language, with their JSON-LD and listings
    r"documents/^(\d+)/(.*)$": "documents",
    "documents/authenticate_with_password/<int:restriction_id>/": "no page: a password form for a document",
    "sitemap.xml": "sitemap",
    "sw.js": "service_worker",
    "media/<path:path>": "media",
    r"api/openreferral/^$": "no page: the API's description",
    r"api/openreferral/^openapi\.json$": "no page: the API's OpenAPI document",
    r"api/openreferral/^services/?$": "api",
    r"api/openreferral/^services/(?P<service_id>[^/]+)/?$": "api",
    r"api/openreferral/^service_at_locations/?$": "api",
    r"api/openreferral/^service_at_locations/(?P<service_at_location_id>[^/]+)/?$": "api",
    r"api/openreferral/^organizations/?$": "api",
    r"api/openreferral/^organizations/(?P<organization_id>[^/]+)/?$": "api",
    r"api/openreferral/^taxonomies/?$": "no page: the taxonomies",
    r"api/openreferral/^taxonomies/(?P<taxonomy_id>[^/]+)/?$": "no page: a taxonomy",
    r"api/openreferral/^taxonomy_terms/?$": "no page: taxonomy terms",
    r"api/openreferral/^taxonomy_terms/(?P<taxonomy_term_id>[^/]+)/?$": "no page: a taxonomy term",
    r"api/openreferral/^(?P<path>.*)$": "no page: the API's 404",
    "search/": "search",
    "search/suggest/": "suggestions",
    "directory/<int:service_id>/report/": "report_problem",
    "directory/<int:service_id>/report/thanks/": "no page: a thank-you message",
    "go/<slug:slug>/": "short_links",
    r"^go/(?P<slug>[-\w]+)/qr\.(?P<format>png|svg)$": "qr_codes",
    "pack/": "family_pack",
    "pack/add/": "family_pack",
    "pack/change/": "no page: moves or removes pages already in the visitor's pack (added only by pack/add/)",
    "pack/print/": "family_pack_print",
    "pack/pdf/": "no page: the sheets of pack/print/ (family_pack.sheets) as a PDF",
    "professionals/request-access/": "request_access",
    "professionals/request-access/thanks/": "no page: a thank-you message",
    "professionals/sign-out/": "no page: signs out",
    r"^(?P<page_path>(?:[-\w]+/)+)(?P<name>calendar|event)\.ics$": "calendars",
    "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": "no page: a password form",
    "_util/login/": "no page: the sign-in form",
}
#: Every sub-address of a page type (RoutablePageMixin), served inside its page (so Wagtail's privacy check covers a
#: private page's own routes); these list other pages, which must leave private ones out.
ROUTES = {
    "EventIndexPage ": "pages",  # the page itself
    "EventPage ": "pages",
    "NewsIndexPage ": "pages",
    "EventIndexPage calendar.ics/": "calendars",
    "EventPage event.ics/": "calendars",
    "NewsIndexPage feed/rss/": "feeds",
    "NewsIndexPage feed/atom/": "feeds",
    "GapMapPage ": "no page: counts of services, from ServicePage.objects.public() (directory/gap_map.py)",
    "GapMapPage csv/": "no page: the same counts as a spreadsheet",
    "GapMapPage services/<slug:intervention>/<slug:borough>/": "no page: services from the same public query",
    "GapMapPage services/<slug:intervention>/": "no page: services from the same public query",
    "GapMapPage wider/<slug:intervention>/": "no page: services from the same public query",
    "GapMapPage borough/<slug:borough>/": "no page: services from the same public query",
}


def public_url_patterns(patterns=None, prefix=""):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            if str(pattern.pattern) not in ("admin/", "django-admin/"):  # signed-in editors only
                yield from public_url_patterns(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern)


def page_routes():
    for model in get_page_models():
        if issubclass(model, RoutablePageMixin) and model.__module__.split(".")[0] != "wagtail":
            for pattern in model.get_subpage_urls():
                yield f"{model.__name__} {pattern.pattern}"


def test_every_public_address_is_a_listed_channel():
    """A new URL pattern or page route fails here until it is listed above with the check that proves it keeps
    private pages private; a listed one that has gone fails too, so the list stays true."""
    assert set(public_url_patterns()) == set(CHANNELS)
    assert set(page_routes()) == set(ROUTES)
    checks = {check for check in [*CHANNELS.values(), *ROUTES.values()] if not check.startswith("no page:")}
    assert checks == set(CHECKS)


# --- the site: a leaflet, a service, a news item and an event, in English, Welsh and Urdu ------------------


@dataclass
class World:
    pages: dict = field(default_factory=dict)  # {(kind, language): page}
    documents: list = field(default_factory=list)
    media: list = field(default_factory=list)  # storage names of files only private pages use
    restrictions: list = field(default_factory=list)
    old_draft: str = ""  # the Urdu leaflet's computer-read draft, made before the page was private

    def private_urls(self):
        return [page.url for page in self.pages.values()]


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page.specific


def translated(page, titles):
    """{language: page}: the page and its published Welsh and Urdu copies (parents copied and published too)."""
    found = {"en": page}
    for code, title in titles.items():
        copy = translate_page(page, code, title)
        for ancestor in copy.get_ancestors().filter(depth__gt=1, live=False):
            ancestor.specific.save_revision().publish()
        found[code] = copy
    return found


@pytest.fixture
def world(home, settings):
    settings.WAGTAILDOCS_SERVE_METHOD = "redirect"  # to /media/, checked again there (as on object storage)
    world = World()
    image = wagtail_factories.ImageFactory(title="Night rota chart")
    rendition = image.get_rendition("width-200")
    pdf, linked, download = (
        DocumentFactory(title="Rota PDF", file__filename="rota.pdf"),
        DocumentFactory(title="Rota form", file__filename="rota-form.pdf"),
        DocumentFactory(title="Rota sheet", file__filename="rota-sheet.pdf"),
    )
    body = json.dumps(
        [
            {
                "type": "paragraph",
                "value": f'<p>The {SECRET} plan. <a linktype="document" id="{linked.pk}">Form</a></p>',
            },
            {"type": "download", "value": {"document": download.pk, "title": "", "language": "en"}},
            {
                "type": "image",
                "value": {"image": {"image": image.pk, "decorative": True, "alt_text": ""}, "caption": ""},
            },
        ]
    )
    leaflets = publish(LeafletIndexPageFactory(parent=home, title="Leaflets", slug="leaflets"))
    leaflet = publish(
        LeafletPageFactory(parent=leaflets, title=f"The {MARK} night rota", slug="night-rota", document=pdf, body=body)
    )
    directory = publish(DirectoryIndexPageFactory(parent=home, title="Find local help", slug="directory"))
    service = publish(ServicePageFactory(parent=directory, title=f"The {MARK} carers hub", slug="carers-hub"))
    news_index = publish(NewsIndexPageFactory(parent=home, title="News", slug="news"))
    news = publish(NewsPageFactory(parent=news_index, title=f"The {MARK} news", slug="rota-news"))
    events = publish(EventIndexPageFactory(parent=home, title="Events", slug="events"))
    event = publish(EventPageFactory(parent=events, title=f"The {MARK} coffee morning", slug="coffee"))
    for kind, page in (("leaflet", leaflet), ("service", service), ("news", news), ("event", event)):
        titles = {"cy": f"Y {MARK} cymraeg {kind}", "ur": f"{MARK} اردو {kind}"}
        for code, copy in translated(page, titles).items():
            world.pages[kind, code] = copy
    world.documents = [pdf, linked, download]
    world.media = [pdf.file.name, linked.file.name, download.file.name, image.file.name, rendition.file.name]
    welsh = world.pages["leaflet", "cy"]
    audio = AudioVersion.objects.create(page=welsh, recording=ContentFile(b"ID3 recorded", name="reading.mp3"))
    world.media.append(audio.recording.name)
    urdu = AudioVersion.objects.create(page=world.pages["leaflet", "ur"], draft_status=AudioVersion.DraftStatus.READY)
    urdu.draft.save("old.mp3", ContentFile(b"ID3 computer-read"), save=True)
    world.old_draft = urdu.draft.name
    for kind in ("leaflet", "service", "news", "event"):
        world.restrictions.append(make_private(world.pages[kind, "en"]))
    return world


def make_private(page):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([ensure_professionals_group()])
    return restriction


# --- the checks: each returns what is wrong, asked as an anonymous visitor ---------------------------------


def check_pages(world, client, private):
    wrong = []
    for (kind, _code), page in world.pages.items():
        response = client.get(page.url)
        html = response.content.decode(errors="replace")
        if private and (response.status_code != 302 or LOGIN not in response["Location"]):
            wrong.append(f"{page.url} answered {response.status_code}, not the sign-in page")
        if private and (SECRET in html or "ld+json" in html):
            wrong.append(f"{page.url} shows its text or JSON-LD")
        if not private and response.status_code != 200:
            wrong.append(f"{page.url} answered {response.status_code} once public")
        if not private and kind == "service" and "ld+json" not in html:
            wrong.append(f"{page.url} has no JSON-LD once public")
    for kind in ("news", "event"):  # listings in every language
        for code in LANGUAGES:
            index = world.pages[kind, code].get_parent()
            html = client.get(index.url).content.decode()
            if private and MARK in html:
                wrong.append(f"the listing {index.url} names a private page")
            if not private and world.pages[kind, code].url not in html:
                wrong.append(f"the listing {index.url} lacks {world.pages[kind, code].url} once public")
    return wrong


def check_search(world, client, private):
    wrong = []
    for code in LANGUAGES:
        prefix = "" if code == "en" else f"/{code}"
        html = client.get(f"{prefix}/search/", {"q": MARK}).content.decode()
        found = [url for url in world.private_urls() if f'href="{url}"' in html]
        if private and found:
            wrong.append(f"{prefix}/search/ finds {found}")
        if not private and world.pages["leaflet", code].url not in found:
            wrong.append(f"{prefix}/search/ does not find the {code} leaflet once public")
    html = client.get("/search/", {"q": "zebrafinsh"}).content.decode()  # spelling help
    if private and MARK in html:
        wrong.append("spelling help offers a word of a private page")
    if not private and f"<strong>{MARK}</strong>" not in html:
        wrong.append("spelling help does not offer the word once public")
    return wrong


def check_suggestions(world, client, private):
    wrong = []
    for code in LANGUAGES:
        prefix = "" if code == "en" else f"/{code}"
        titles = [
            s["title"] for s in client.get(f"{prefix}/search/suggest/", {"q": "the " + MARK}).json()["suggestions"]
        ]
        titles += [s["title"] for s in client.get(f"{prefix}/search/suggest/", {"q": MARK}).json()["suggestions"]]
        if private and titles:
            wrong.append(f"{prefix}/search/suggest/ suggests {titles}")
        if not private and not titles:
            wrong.append(f"{prefix}/search/suggest/ suggests nothing once public")
    return wrong


def short_link_paths(world):
    slug = ShortLink.for_page(world.pages["leaflet", "en"]).slug
    return {code: ("" if code == "en" else f"/{code}") + f"/go/{slug}/" for code in LANGUAGES}


def check_short_links(world, client, private):
    wrong = []
    for code, path in short_link_paths(world).items():
        response = client.get(path)
        location = response.get("Location", "")
        if private and (LOGIN not in location or world.pages["leaflet", code].url in location):
            wrong.append(f"{path} leads to {location or response.status_code}")
        if not private and location != world.pages["leaflet", code].url:
            wrong.append(f"{path} leads to {location or response.status_code} once public")
    return wrong


def check_qr_codes(world, client, private):
    wrong = []
    for path in short_link_paths(world).values():
        status = client.get(f"{path}qr.png").status_code
        if status != (404 if private else 200):
            wrong.append(f"{path}qr.png answered {status}")
    return wrong


def check_family_pack(world, client, private):
    wrong = []
    visitor = Client()
    for code in LANGUAGES:
        prefix = "" if code == "en" else f"/{code}"
        visitor.post(f"{prefix}/pack/add/", {"page": world.pages["leaflet", code].pk})
        html = visitor.get(f"{prefix}/pack/", {"q": MARK}).content.decode()  # its pages, and a search to add more
        listed = world.pages["leaflet", code].title in html
        if private and any(page.title in html for page in world.pages.values()):
            wrong.append(f"{prefix}/pack/ took or offers a private page")
        if not private and not listed:
            wrong.append(f"{prefix}/pack/ lacks the {code} leaflet once public")
    return wrong


def check_family_pack_print(world, client, private):
    wrong = []
    token = Pack(pages=[page.pk for (kind, _code), page in world.pages.items() if kind == "leaflet"]).token()
    for code in LANGUAGES:
        prefix = "" if code == "en" else f"/{code}"
        html = client.get(f"{prefix}/pack/print/", {"pack": token}).content.decode()
        if private and (SECRET in html or MARK in html):
            wrong.append(f"{prefix}/pack/print/ prints a private page")
        if not private and SECRET not in html:
            wrong.append(f"{prefix}/pack/print/ leaves the leaflet out once public")
    return wrong


def check_feeds(world, client, private):
    wrong = []
    for code in LANGUAGES:
        prefix = "" if code == "en" else f"/{code}"
        for feed in ("rss", "atom"):
            content = client.get(f"{prefix}/news/feed/{feed}/").content.decode()
            if private and MARK in content:
                wrong.append(f"{prefix}/news/feed/{feed}/ names a private page")
            if not private and world.pages["news", code].title not in content:
                wrong.append(f"{prefix}/news/feed/{feed}/ lacks the news once public")
    return wrong


def check_calendars(world, client, private):
    wrong = []
    for code in LANGUAGES:
        event = world.pages["event", code]
        listing = client.get(f"{event.get_parent().url}calendar.ics").content.decode()
        response = client.get(f"{event.url}event.ics")
        if private and (MARK in listing or response.status_code == 200):
            wrong.append(f"the {code} calendar files show a private event")
        if not private and (MARK not in listing or response.status_code != 200):
            wrong.append(f"the {code} calendar files lack the event once public")
    return wrong


def check_sitemap(world, client, private):
    content = client.get("/sitemap.xml").content.decode()
    found = [url for url in world.private_urls() if f"{url}</loc>" in content]
    if private and found:
        return [f"the sitemap lists {found}"]
    if not private and f"{world.pages['leaflet', 'en'].url}</loc>" not in content:
        return ["the sitemap lacks the leaflet once public"]
    return []


def check_service_worker(world, client, private):
    return ["sw.js names a private page"] if private and MARK in client.get("/sw.js").content.decode() else []


def check_api(world, client, private):
    wrong = []
    service = world.pages["service", "en"]
    listed = client.get("/api/openreferral/services/").content.decode()
    detail = client.get(f"/api/openreferral/services/{service.translation_key}/")
    at_locations = client.get("/api/openreferral/service_at_locations/").content.decode()
    at_location = client.get(f"/api/openreferral/service_at_locations/{service_at_location_id(service)}/")
    organisations = client.get("/api/openreferral/organizations/").json()
    details = "".join(
        client.get(f"/api/openreferral/organizations/{org['id']}/").content.decode()
        for org in organisations["contents"]
    )
    if private and (MARK in listed or detail.status_code != 404 or MARK in at_locations or MARK in details):
        wrong.append("the API shows a private service")
    if private and at_location.status_code != 404:
        wrong.append("the API shows a private service's location")
    if not private and (MARK not in listed or detail.status_code != 200 or MARK not in details):
        wrong.append("the API lacks the service once public")
    return wrong


def check_report_problem(world, client, private):
    wrong = []
    for code in ("en", "cy"):
        status = client.get(f"/directory/{world.pages['service', code].pk}/report/").status_code
        if status != (404 if private else 200):
            wrong.append(f"reporting a problem with the {code} service answered {status}")
    return wrong


def check_request_access(world, client, private):
    """By design it names the page asked for (titles of resources for professionals are listed), never its text."""
    html = client.get("/professionals/request-access/", {"page": world.pages["leaflet", "cy"].pk}).content.decode()
    return ["asking for access shows the page's text"] if SECRET in html else []


def check_documents(world, client, private):
    wrong = []
    for document in world.documents:
        response = client.get(document.url)
        location = response.get("Location", "")
        if private and (response.status_code != 302 or not location.startswith(LOGIN)):
            wrong.append(f"{document.url} answered {response.status_code} {location}")
        if not private:
            served = client.get(location) if location.startswith("/media/") else response
            if served.status_code != 200:
                wrong.append(f"{document.url} answered {served.status_code} once public")
    return wrong


def check_media(world, client, private):
    wrong = []
    for name in world.media:
        response = client.get(f"/media/{name}")
        if response.status_code != (404 if private else 200):
            wrong.append(f"/media/{name} answered {response.status_code}")
        if not private and not response["Cache-Control"].startswith("public"):
            wrong.append(f"/media/{name} may not be kept by caches once public")
    welsh, urdu = world.pages["leaflet", "cy"], world.pages["leaflet", "ur"]
    outcome = update_draft(welsh)
    if private and (outcome != "private" or AudioVersion.objects.get(page=welsh).draft):
        wrong.append("the Welsh copy of a private page got a computer-read draft")
    draft = AudioVersion.objects.get(page=urdu).draft
    if private and (draft or draft.storage.exists(world.old_draft)):
        wrong.append("the Urdu copy's computer-read draft was kept when the page was made private")
    if not private and (not draft or client.get(f"/media/{draft.name}").status_code != 200):
        wrong.append("the Urdu copy's computer-read draft did not come back once public")
    return wrong


CHECKS = {name.removeprefix("check_"): function for name, function in globals().items() if name.startswith("check_")}


def ask_every_channel(world, private):
    client = Client()
    return {name: wrong for name, check in CHECKS.items() if (wrong := check(world, client, private))}


def test_a_page_made_private_in_english_is_private_everywhere_and_comes_back(world, django_capture_on_commit_callbacks):
    wrong = ask_every_channel(world, private=True)
    assert not wrong, json.dumps(wrong, indent=1, ensure_ascii=False)

    with django_capture_on_commit_callbacks(execute=True):
        for restriction in world.restrictions:
            restriction.delete()
    wrong = ask_every_channel(world, private=False)
    assert not wrong, json.dumps(wrong, indent=1, ensure_ascii=False)


# --- the one place ----------------------------------------------------------------------------------------


def test_translations_and_aliases_are_covered_by_the_restriction_at_once(home):
    leaflets = publish(LeafletIndexPageFactory(parent=home, title="Leaflets", slug="leaflets"))
    leaflet = publish(LeafletPageFactory(parent=leaflets, title="Rota", slug="rota"))
    welsh = translate_page(leaflet, "cy", "Rota cymraeg")
    restriction = make_private(leaflet)
    urdu = translate_page(leaflet, "ur", "Rota urdu")  # made after the restriction: covered at once
    alias = leaflet.create_alias(parent=leaflets, update_slug="rota-copy")
    for page in (leaflet, welsh, urdu, alias):
        assert restriction.pk in [r.pk for r in page.get_view_restrictions()]
        assert not type(page).objects.filter(pk=page.pk).public().exists()
        assert not PageAccess(Client().get("/").wsgi_request.user).can_read(page)
    restriction.delete()
    assert not restriction_table().sections
    assert type(leaflet).objects.filter(pk__in=[leaflet.pk, welsh.pk, urdu.pk, alias.pk]).public().count() == 4


def test_a_restriction_on_a_translation_covers_the_english_page_too(home):
    leaflets = publish(LeafletIndexPageFactory(parent=home, title="Leaflets", slug="leaflets"))
    leaflet = publish(LeafletPageFactory(parent=leaflets, title="Rota", slug="rota"))
    welsh = translate_page(leaflet, "cy", "Rota cymraeg")
    make_private(welsh)
    assert leaflet.get_view_restrictions().exists()


def test_deleting_a_private_translation_keeps_the_others_private(home):
    leaflets = publish(LeafletIndexPageFactory(parent=home, title="Leaflets", slug="leaflets"))
    leaflet = publish(LeafletPageFactory(parent=leaflets, title="Rota", slug="rota"))
    make_private(leaflet)
    urdu = translate_page(leaflet, "ur", "Rota urdu")  # Wagtail copies the restriction onto it
    assert urdu.get_view_restrictions().filter(page=urdu).exists()
    urdu.delete()
    assert leaflet.get_view_restrictions().filter(page=leaflet).exists()


def test_a_change_of_a_restriction_s_groups_applies_at_once(home, django_user_model):
    from django.contrib.auth.models import Group

    page = publish(LeafletPageFactory(parent=home, title="Rota", slug="rota"))
    restriction = make_private(page)
    nurses = Group.objects.create(name="Nurses")
    nurse = django_user_model.objects.create_user("nurse", "nurse@example.org", "not-a-real-password")
    nurse.groups.add(nurses)
    assert not PageAccess(nurse).can_read(page)
    restriction.groups.add(nurses)
    assert PageAccess(nurse).can_read(page)


def test_media_paths_cannot_leave_the_media_folder(client):
    for path in ("/media/../site/settings/base.py", "/media/%2e%2e/manage.py", "/media/./x", "/media//etc/passwd"):
        assert client.get(path).status_code == 404


def test_a_public_recording_answers_byte_ranges(home, client):
    page = publish(LeafletPageFactory(parent=home, title="Rota", slug="rota"))
    audio = AudioVersion.objects.create(page=page, recording=ContentFile(b"0123456789", name="reading.mp3"))
    assert re.search(r"/\d+-en-[-\w]{16}\.mp3$", audio.recording.name)  # not guessable
    response = client.get(f"/media/{audio.recording.name}", HTTP_RANGE="bytes=2-5")
    assert response.status_code == 206
    assert response.content == b"2345"
    assert response["Content-Range"] == "bytes 2-5/10"
    assert client.get(f"/media/{audio.recording.name}").getvalue() == b"0123456789"


def test_a_document_in_a_private_collection_is_not_served_at_its_media_address(client):
    from wagtail.models import Collection, CollectionViewRestriction

    staff = Collection.get_first_root_node().add_child(name="Staff only")
    CollectionViewRestriction.objects.create(collection=staff, restriction_type=CollectionViewRestriction.LOGIN)
    document = DocumentFactory(collection=staff)
    assert client.get(f"/media/{document.file.name}").status_code == 404
