"""Resources private to the Professionals group: sign-in, the 403 page, listings, search, asking for access."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail import hooks
from wagtail.models import PageViewRestriction

from carers_site.audio.drafts import update_draft
from carers_site.core.privacy import PROFESSIONALS
from carers_site.ops.roles import ensure_professionals_group
from carers_site.privacy.access import refuse_signed_in_non_members
from resources.access_models import AccessRequest
from resources.audio_models import AudioVersion
from resources.models import ResourceDownload
from tests.factories.resources import DocumentFactory, ResourceIndexPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db

SECRET = "quokka"  # a word only in the private resource's body
BODY = f"Use the {SECRET} protocol before discharge."
LOGIN = "/_util/login/"
PASSWORD = "not-a-real-password"
REQUEST_URL = "/professionals/request-access/"
GOOD = {
    "name": "Sam Patel",
    "email": "sam.patel@nhs.net",
    "job_title": "Ward nurse",
    "organisation": "Queen's Hospital, Romford",
    "reason": "To share the discharge checklist with families.",
}


def make_private(page):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([ensure_professionals_group()])
    return restriction


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("editor", "editor@example.org", PASSWORD)


@pytest.fixture
def library(home):
    return ResourceIndexPageFactory(parent=home, title="Resource library")


@pytest.fixture
def open_resource(library):
    return ResourcePageFactory(
        parent=library,
        title="Talking with families",
        summary="Starting a conversation with a carer.",
        body=[("paragraph", "<p>Anyone may read this toolkit.</p>")],
    )


@pytest.fixture
def private(library, editor):
    page = ResourcePageFactory(
        parent=library,
        title="Ward discharge checklist",
        summary="A checklist for ward staff before a patient goes home.",
        body=[("paragraph", f"<p>{BODY}</p>")],
        owner=editor,
    )
    make_private(page)
    return page


@pytest.fixture
def member(django_user_model):
    user = django_user_model.objects.create_user(
        "nurse", "nurse@nhs.net", PASSWORD, first_name="Nia", last_name="Jones"
    )
    user.groups.add(ensure_professionals_group())
    return user


@pytest.fixture
def outsider(django_user_model):
    return django_user_model.objects.create_user("visitor", "visitor@example.org", PASSWORD)


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def words(element):
    """An element's text as a reader hears it: whitespace squeezed, no spaces added around inline tags."""
    return " ".join(element.get_text().split())


def text_of(response):
    return words(BeautifulSoup(response.content, "html.parser"))


# --- reading a private resource ---------------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_sign_in_without_seeing_the_body(client, private, crisis_lines):
    response = client.get(private.url)
    assert response.status_code == 302
    assert response["Location"] == f"{LOGIN}?next={private.url}"

    login = client.get(response["Location"])
    assert login.status_code == 200
    html = login.content.decode()
    assert SECRET not in html
    text = text_of(login)
    assert "Sign in to read this page" in text
    assert "Ward discharge checklist" in text  # which page they wanted (its title is public in the library)
    assert "This page is for health and care staff" in text
    assert "If you do not have an account" in text
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one(f"a[href='{REQUEST_URL}?page={private.pk}']")
    assert soup.select_one("label[for='id_username']") and soup.select_one("label[for='id_password']")
    assert soup.select_one("input[name='next']")["value"] == private.url
    assert soup.select_one("meta[name='robots']")["content"] == "noindex"


def test_sign_in_errors_are_explained_and_the_username_kept(client, private, member):
    wrong = client.post(LOGIN, {"username": "nurse", "password": "wrong", "next": private.url})
    assert wrong.status_code == 200
    soup = BeautifulSoup(wrong.content, "html.parser")
    assert "The username or password is not right" in soup.select_one(".nhsuk-error-summary").get_text()
    assert soup.select_one("#id_username")["value"] == "nurse"
    assert soup.select_one("#id_username")["aria-describedby"] == "id_username-error"
    assert soup.title.get_text().startswith("Error:")

    empty = text_of(client.post(LOGIN, {"username": "", "password": "", "next": private.url}))
    assert "Enter your username" in empty and "Enter your password" in empty


def test_a_member_signs_in_and_reads_the_resource(client, private, member):
    response = client.post(LOGIN, {"username": "nurse", "password": PASSWORD, "next": private.url})
    assert response.status_code == 302 and response["Location"] == private.url

    page = client.get(private.url)
    assert page.status_code == 200
    assert SECRET in page.content.decode()
    assert "no-store" in page["Cache-Control"]  # never kept by a shared cache
    soup = BeautifulSoup(page.content, "html.parser")
    assert "For professionals" in soup.select_one("main").get_text()
    signed_in = soup.select_one("form.app-signed-in")
    assert "Signed in as Nia Jones." in words(signed_in)
    assert signed_in["action"] == "/professionals/sign-out/" and signed_in["method"] == "post"


def test_signing_out_ends_access(private, member, library):
    client = client_for(member)
    assert client.get(private.url).status_code == 200
    assert client.get("/professionals/sign-out/").status_code == 405  # a form button, never a link
    response = client.post("/professionals/sign-out/", {"next": library.url})
    assert response.status_code == 302 and response["Location"] == library.url
    assert client.get(private.url).status_code == 302


def test_a_signed_in_non_member_gets_a_clear_403_not_the_sign_in_page_again(private, outsider, crisis_lines):
    response = client_for(outsider).get(private.url)
    assert response.status_code == 403
    assert "Location" not in response
    html = response.content.decode()
    assert SECRET not in html
    text = text_of(response)
    assert "You are signed in as visitor, but this page is only for people in the Professionals group." in text
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one(f"a[href='{REQUEST_URL}?page={private.pk}']")
    sign_out = soup.select_one("form[action='/professionals/sign-out/']")
    assert sign_out.select_one("button").get_text(strip=True) == "Sign out"
    assert "no-store" in response["Cache-Control"]


def test_our_hook_runs_before_wagtails_own(private):
    # Wagtail's privacy check is an on_serve_page hook, after every before_serve_page hook; order=-1 also puts
    # ours ahead of Wagtail's before_serve_page hooks.
    assert hooks.get_hooks("before_serve_page")[0] is refuse_signed_in_non_members


def test_a_superuser_reads_the_resource(admin_client, private):
    response = admin_client.get(private.url)
    assert response.status_code == 200
    assert SECRET in response.content.decode()


def test_a_private_resources_download_is_private_too(client, private, open_resource, member, outsider, settings):
    settings.WAGTAILDOCS_SERVE_METHOD = "redirect"  # served: a redirect to the file (tests keep files in memory)
    only_private = DocumentFactory(title="Checklist PDF")
    shared = DocumentFactory(title="Shared leaflet")
    private.downloads = [ResourceDownload(document=only_private), ResourceDownload(document=shared)]
    private.save()
    open_resource.downloads = [ResourceDownload(document=shared)]
    open_resource.save()

    response = client.get(only_private.url)
    assert response.status_code == 302 and response["Location"].startswith(f"{LOGIN}?next=")
    assert client_for(outsider).get(only_private.url).status_code == 403
    assert client_for(member).get(only_private.url)["Location"] == only_private.file.url
    assert client.get(shared.url)["Location"] == shared.file.url  # also on a public page


# --- listings, search, suggestions, sitemap ---------------------------------------------------------------


def test_the_library_shows_private_resources_by_title_and_summary_only(client, library, open_resource, private):
    response = client.get(library.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert SECRET not in html
    soup = BeautifulSoup(html, "html.parser")
    card = soup.select_one(".app-card-private")
    assert card.select_one("h2").get_text(strip=True) == "Ward discharge checklist"
    assert "For professionals" in card.select_one(".nhsuk-tag").get_text()
    assert "A checklist for ward staff" in card.get_text()
    link = card.select_one("a")
    assert words(link) == "Sign in to read: Ward discharge checklist"
    assert link["href"] == private.url
    assert not card.select_one(".nhsuk-card__link")  # the title does not promise the content
    # The open resource is an ordinary card, without the label.
    titles = [a.get_text(strip=True) for a in soup.select(".nhsuk-card__link")]
    assert titles == ["Talking with families"]
    assert "2 resources" in soup.select_one("[role=status]").get_text()


def test_the_library_shows_members_the_label_and_the_link(library, private, member, outsider):
    soup = BeautifulSoup(client_for(member).get(library.url).content, "html.parser")
    assert not soup.select_one(".app-card-private .app-card-private__action")
    link = soup.select_one(f".nhsuk-card__link[href='{private.url}']")
    card = link.find_parent("li")
    assert "For professionals" in card.get_text()
    assert "Signed in as Nia Jones." in words(soup.select_one("form.app-signed-in"))

    soup = BeautifulSoup(client_for(outsider).get(library.url).content, "html.parser")
    action = soup.select_one(".app-card-private__action a")
    assert action["href"] == f"{REQUEST_URL}?page={private.pk}"
    assert words(action) == "Ask for access to read this: Ward discharge checklist"


def test_the_library_reads_view_restrictions_once_however_many_cards(client, library, open_resource):
    def restriction_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(library.url).status_code == 200
        return sum("wagtailcore_pageviewrestriction" in query["sql"] for query in queries.captured_queries)

    make_private(ResourcePageFactory(parent=library, title="One"))
    one = restriction_queries()
    for title in ("Two", "Three", "Four", "Five"):
        make_private(ResourcePageFactory(parent=library, title=title))
    assert restriction_queries() == one


def reindex():
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())


def result_titles(client, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return response.content.decode(), [a.get_text(strip=True) for a in soup.select("main .nhsuk-card__link")]


def test_search_finds_private_resources_only_for_people_who_can_read_them(
    client, private, open_resource, member, outsider, admin_user, search_backend
):
    reindex()
    html, titles = result_titles(client, SECRET)
    assert titles == [], search_backend
    assert "protocol before discharge" not in html
    assert "Ward discharge checklist" not in html
    assert result_titles(client, "discharge checklist")[1] == []  # not by its title either
    assert result_titles(client_for(outsider), SECRET)[1] == []
    # Members (and superusers) can read it, so they find it, labelled.
    html, titles = result_titles(client_for(member), SECRET)
    assert titles == ["Ward discharge checklist"], search_backend
    assert "For professionals" in html
    assert result_titles(client_for(admin_user), SECRET)[1] == ["Ward discharge checklist"]
    # The open resource is found by everyone.
    assert result_titles(client, "families toolkit")[1] == ["Talking with families"]


def test_suggestions_leave_private_resources_out(client, private, member, search_backend):
    reindex()
    suggestions = client.get("/search/suggest/", {"q": "Ward disch"}).json()["suggestions"]
    assert suggestions == []
    mine = client_for(member).get("/search/suggest/", {"q": "Ward disch"}).json()["suggestions"]
    assert [s["title"] for s in mine] == ["Ward discharge checklist"]


def test_the_sitemap_leaves_private_resources_out(client, private, open_resource):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    assert open_resource.url in xml
    assert private.url not in xml


# --- asking for access ------------------------------------------------------------------------------------


def test_a_request_is_saved_emailed_to_the_pages_owner_and_thanked(client, private, crisis_lines):
    form = client.get(REQUEST_URL, {"page": private.pk})
    assert form.status_code == 200
    assert "You wanted to read: Ward discharge checklist" in text_of(form)

    response = client.post(f"{REQUEST_URL}?page={private.pk}", GOOD)
    assert response.status_code == 302
    assert response["Location"] == "/professionals/request-access/thanks/"
    request = AccessRequest.objects.get()
    assert (request.name, request.email, request.job_title) == ("Sam Patel", "sam.patel@nhs.net", "Ward nurse")
    assert request.organisation == "Queen's Hospital, Romford" and request.page_id == private.pk
    assert not request.handled

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["editor@example.org"]
    assert message.reply_to == ["sam.patel@nhs.net"]
    assert "Sam Patel" in message.subject
    for expected in ["Ward nurse", "Queen's Hospital, Romford", GOOD["reason"], "Ward discharge checklist"]:
        assert expected in message.body
    assert f"http://testserver/admin/access-requests/edit/{request.pk}/" in message.body
    assert "http://testserver/admin/users/" in message.body and "Professionals group" in message.body

    thanks = text_of(client.get(response["Location"]))
    assert "We have your request" in thanks and "What happens next" in thanks


def test_without_a_page_the_request_goes_to_the_shared_address(client, settings):
    settings.ACCESS_REQUESTS_EMAIL = "access@example.org"
    assert client.post(REQUEST_URL, {**GOOD, "reason": ""}).status_code == 302
    assert AccessRequest.objects.get().page is None
    assert mail.outbox[0].to == ["access@example.org"]
    assert "What they need it for: None given" in mail.outbox[0].body


def test_a_request_is_kept_when_the_email_fails(client, private, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", broken)
    response = client.post(f"{REQUEST_URL}?page={private.pk}", GOOD)
    assert response.status_code == 302
    assert AccessRequest.objects.count() == 1
    assert "Could not email" in caplog.text


def test_a_bad_email_is_explained_and_the_other_answers_kept(client, private):
    response = client.post(f"{REQUEST_URL}?page={private.pk}", {**GOOD, "email": "sam at nhs"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    summary = soup.select_one(".nhsuk-error-summary")
    assert "Enter an email address in the correct format, like name@nhs.net" in summary.get_text()
    assert summary.select_one("a")["href"] == "#id_email"
    assert soup.select_one("#id_email")["value"] == "sam at nhs"
    assert soup.select_one("#id_email")["aria-describedby"] == "id_email-hint id_email-error"
    assert "nhsuk-input--error" in soup.select_one("#id_email")["class"]
    assert soup.select_one("#id_name")["value"] == "Sam Patel"
    assert soup.select_one("#id_job_title")["value"] == "Ward nurse"
    assert soup.select_one("#id_reason").get_text().strip() == GOOD["reason"]
    assert soup.select_one("main form")["action"] == f"{REQUEST_URL}?page={private.pk}"
    assert soup.title.get_text().startswith("Error:")
    assert not AccessRequest.objects.exists() and not mail.outbox


def test_missing_answers_are_named(client):
    text = text_of(client.post(REQUEST_URL, {"reason": "x"}))
    for message in ["Enter your name", "Enter your work email address", "Enter your job", "Enter where you work"]:
        assert message in text
    assert not AccessRequest.objects.exists()


def test_a_filled_honeypot_is_thanked_but_not_stored(client):
    html = client.get(REQUEST_URL).content.decode()
    assert "Leave this empty" in html and 'tabindex="-1"' in html
    response = client.post(REQUEST_URL, {**GOOD, "website": "http://spam.example"})
    assert response.status_code == 302 and response["Location"].endswith("/thanks/")
    assert not AccessRequest.objects.exists() and not mail.outbox


def test_the_sixth_request_in_ten_minutes_is_refused(client, time_machine, settings):
    settings.ACCESS_REQUESTS_EMAIL = "access@example.org"
    time_machine.move_to("2026-03-02 10:00:00+00:00", tick=False)
    for _ in range(5):
        assert client.post(REQUEST_URL, GOOD).status_code == 302
    response = client.post(REQUEST_URL, GOOD)
    assert response.status_code == 429
    assert "Please wait 10 minutes and try again" in response.content.decode()
    assert AccessRequest.objects.count() == 5
    assert not any("127.0.0.1" in key for key in cache._cache)
    assert Client(REMOTE_ADDR="192.0.2.7").post(REQUEST_URL, GOOD).status_code == 302
    time_machine.move_to("2026-03-02 10:10:01+00:00", tick=False)
    assert client.post(REQUEST_URL, GOOD).status_code == 302


def test_a_bad_page_number_is_ignored(client):
    assert client.get(REQUEST_URL, {"page": "abc"}).status_code == 200
    assert client.post(f"{REQUEST_URL}?page=999999", GOOD).status_code == 302
    assert AccessRequest.objects.get().page is None


def test_editors_deal_with_requests_in_the_admin(admin_client, admin_user, private):
    waiting = AccessRequest.objects.create(page=private, **GOOD)
    AccessRequest.objects.create(
        name="Old request", email="a@example.org", job_title="GP", organisation="X", handled=True
    )

    listing = admin_client.get("/admin/access-requests/")
    assert listing.status_code == 200
    text = text_of(listing)
    for expected in ["Sam Patel", "Queen's Hospital, Romford", "Ward nurse", "Waiting", "Dealt with", "Asked on"]:
        assert expected in text
    assert "/admin/access-requests/new/" not in listing.content.decode()
    filtered = text_of(admin_client.get("/admin/access-requests/", {"handled": "false"}))
    assert "Sam Patel" in filtered and "Old request" not in filtered
    assert "Access requests (1)" in admin_client.get("/admin/").content.decode()

    edit_url = f"/admin/access-requests/edit/{waiting.pk}/"
    form = admin_client.get(edit_url)
    assert form.status_code == 200
    form_text = text_of(form)
    assert "Settings > Users" in form_text and PROFESSIONALS in form_text
    assert 'href="/admin/users/"' in form.content.decode()
    assert f'href="/admin/pages/{private.pk}/edit/"' in form.content.decode()

    response = admin_client.post(edit_url, {"editor_notes": "Added to Professionals, emailed her.", "handled": "on"})
    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.handled and waiting.handled_by == admin_user and waiting.handled_at is not None
    assert waiting.name == "Sam Patel"  # the request itself is read-only
    assert "Dealt with by admin" in text_of(admin_client.get(edit_url))

    admin_client.post(edit_url, {"editor_notes": waiting.editor_notes})
    waiting.refresh_from_db()
    assert not waiting.handled and waiting.handled_by is None and waiting.handled_at is None


def test_people_without_permission_cannot_see_requests(member):
    assert client_for(member).get("/admin/access-requests/").status_code in (302, 403)


# --- audio ------------------------------------------------------------------------------------------------


def test_a_private_page_gets_no_audio_draft_and_no_player(private, member, django_capture_on_commit_callbacks):
    assert update_draft(private) == "private"
    assert not AudioVersion.objects.filter(page=private).exists()

    with django_capture_on_commit_callbacks(execute=True):
        private.save_revision().publish()  # queues the audio task (immediate in tests)
    assert not AudioVersion.objects.filter(page=private).exists()

    out = io.StringIO()
    call_command("generate_audio", "--page", str(private.pk), stdout=out, verbosity=0)
    assert "Drafts made: 0." in out.getvalue()
    assert "Private pages, left without audio on purpose: 1." in out.getvalue()

    AudioVersion.objects.create(page=private, recording=ContentFile(b"ID3", name="recording.mp3"))
    html = client_for(member).get(private.url).content.decode()
    assert SECRET in html and "Listen to this page" not in html


def test_making_a_page_private_deletes_its_old_draft(open_resource, django_capture_on_commit_callbacks):
    audio = AudioVersion.objects.create(page=open_resource, draft_status=AudioVersion.DraftStatus.READY)
    audio.draft.save("old.mp3", ContentFile(b"ID3 fake mp3"), save=True)
    name, storage = audio.draft.name, audio.draft.storage
    assert storage.exists(name)

    with django_capture_on_commit_callbacks(execute=True):
        make_private(open_resource)

    audio.refresh_from_db()
    assert not audio.draft and not storage.exists(name)
    assert audio.draft_status == AudioVersion.DraftStatus.FAILED
    assert "private" in audio.draft_error


# --- demo -------------------------------------------------------------------------------------------------


def test_the_demo_has_private_resources_and_a_professional_login(client, demo):
    from carers_site.dev.demo.loader import DEMO_PROFESSIONAL_PASSWORD, DEMO_PROFESSIONAL_USERNAME
    from resources.models import ResourcePage

    assert f"username {DEMO_PROFESSIONAL_USERNAME}, password {DEMO_PROFESSIONAL_PASSWORD}" in demo
    private = list(ResourcePage.objects.live().not_public())
    assert len(private) == 2
    assert all(r.groups.get().name == PROFESSIONALS for p in private for r in p.get_view_restrictions())

    assert client.login(username=DEMO_PROFESSIONAL_USERNAME, password=DEMO_PROFESSIONAL_PASSWORD)
    user = client.session["_auth_user_id"]
    from django.contrib.auth import get_user_model

    professional = get_user_model().objects.get(pk=user)
    assert [g.name for g in professional.groups.all()] == [PROFESSIONALS]
    assert not professional.is_staff and not professional.is_superuser
    assert client.get("/admin/").status_code == 302  # no admin access
    assert client.get(private[0].url).status_code == 200

    again = io.StringIO()
    call_command("load_demo", "--with-admin", stdout=again)
    assert "The demo professional login already exists" in again.getvalue()
    assert "0 things added" in again.getvalue()
    assert ResourcePage.objects.live().not_public().count() == 2
