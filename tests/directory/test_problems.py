"""Anyone can report a wrong listing; editors see the reports in the admin and mark them resolved."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client

from directory.models import ListingProblem
from tests.factories.directory import DirectoryIndexPageFactory, ServicePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

GOOD = {"kind": "wrong_phone", "details": "The number rings out. The new one is on their website.", "contact": ""}


@pytest.fixture
def owner(django_user_model):
    return django_user_model.objects.create_user("owner", "owner@example.org", "not-a-real-password")


@pytest.fixture
def service(home, owner):
    directory = DirectoryIndexPageFactory(parent=home)
    return ServicePageFactory(parent=directory, title="Havering Carers Hub", owner=owner)


def report_url(service):
    return f"/directory/{service.pk}/report/"


def test_every_service_page_links_to_the_form(client, service, crisis_lines):
    response = client.get(service.url)
    assert response.status_code == 200
    assert f'href="{report_url(service)}"' in response.content.decode()
    form = client.get(report_url(service))
    assert form.status_code == 200
    html = form.content.decode()
    assert "Report a problem with Havering Carers Hub" in html
    assert 'type="radio"' in html and "The phone number is wrong" in html


def test_a_valid_report_is_stored_emailed_to_the_owner_and_thanked(client, service, crisis_lines):
    response = client.post(report_url(service), {**GOOD, "contact": "carer@example.com"})
    assert response.status_code == 302
    assert response["Location"] == f"/directory/{service.pk}/report/thanks/"

    problem = ListingProblem.objects.get()
    assert problem.service_id == service.pk
    assert problem.kind == ListingProblem.Kind.WRONG_PHONE
    assert problem.details == GOOD["details"]
    assert problem.contact == "carer@example.com"
    assert not problem.resolved

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["owner@example.org"]
    assert "Havering Carers Hub" in message.subject
    assert "The phone number is wrong" in message.body
    assert GOOD["details"] in message.body
    assert "carer@example.com" in message.body
    assert f"http://testserver/admin/pages/{service.pk}/edit/" in message.body
    assert f"http://testserver/admin/listing-problems/edit/{problem.pk}/" in message.body

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "What happens next" in thanks.content.decode()


def test_without_an_owner_email_the_report_goes_to_the_shared_address(client, service, owner, settings):
    owner.email = ""
    owner.save()
    settings.DIRECTORY_PROBLEMS_EMAIL = "listings@example.org"
    assert client.post(report_url(service), GOOD).status_code == 302
    assert mail.outbox[0].to == ["listings@example.org"]


@pytest.mark.parametrize("contact", ["0208 555 12", "07700 900"])
def test_a_phone_number_is_checked(client, service, contact):
    response = client.post(report_url(service), {**GOOD, "contact": contact})
    assert "Enter a phone number in the correct format" in response.content.decode()


def test_an_invalid_contact_is_explained_and_what_was_typed_is_kept(client, service, crisis_lines):
    response = client.post(report_url(service), {**GOOD, "contact": "ring me maybe"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html  # the error summary
    assert 'href="#id_contact"' in html
    assert "Enter an email address like name@example.com or a phone number like 020 7946 0000" in html
    assert GOOD["details"] in html
    assert 'value="ring me maybe"' in html
    assert 'value="wrong_phone" checked' in html
    assert 'aria-describedby="id_contact-hint id_contact-error"' in html
    assert not ListingProblem.objects.exists()
    assert not mail.outbox


def test_a_bad_email_and_a_missing_choice_are_explained(client, service):
    html = client.post(report_url(service), {"details": "x", "contact": "me@nowhere"}).content.decode()
    assert "Select what is wrong with this listing" in html
    assert 'href="#id_kind_0"' in html
    assert "Enter an email address in the correct format, like name@example.com" in html
    assert not ListingProblem.objects.exists()


def test_details_longer_than_2000_characters_are_refused(client, service):
    html = client.post(report_url(service), {**GOOD, "details": "a" * 2001}).content.decode()
    assert "Tell us more in 2,000 characters or fewer. You have 2001." in html
    assert not ListingProblem.objects.exists()


def test_the_honeypot_is_hidden_and_a_filled_one_is_thanked_but_not_stored(client, service):
    html = client.get(report_url(service)).content.decode()
    assert "Leave this empty" in html
    assert 'tabindex="-1"' in html and 'autocomplete="off"' in html
    response = client.post(report_url(service), {**GOOD, "website": "http://spam.example"})
    assert response.status_code == 302
    assert response["Location"].endswith("/report/thanks/")
    assert not ListingProblem.objects.exists()
    assert not mail.outbox


def test_the_sixth_report_in_ten_minutes_is_refused_and_not_stored(client, service, time_machine):
    time_machine.move_to("2026-03-02 10:00:00+00:00", tick=False)
    for _ in range(5):
        assert client.post(report_url(service), GOOD).status_code == 302
    response = client.post(report_url(service), GOOD)
    assert response.status_code == 429
    assert "Please wait 10 minutes and try again" in response.content.decode()
    assert ListingProblem.objects.count() == 5
    # The address is counted under a keyed hash, never stored.
    assert not any("127.0.0.1" in key for key in cache._cache)
    # Someone else is not held back ...
    assert Client(REMOTE_ADDR="192.0.2.7").post(report_url(service), GOOD).status_code == 302
    # ... and after ten minutes this client can report again.
    time_machine.move_to("2026-03-02 10:10:01+00:00", tick=False)
    assert client.post(report_url(service), GOOD).status_code == 302
    assert ListingProblem.objects.count() == 7


def test_an_unpublished_service_cannot_be_reported(client, home):
    directory = DirectoryIndexPageFactory(parent=home)
    draft = ServicePageFactory(parent=directory, live=False)
    assert client.get(report_url(draft)).status_code == 404
    assert client.post(report_url(draft), GOOD).status_code == 404
    assert client.get(f"/directory/{draft.pk}/report/thanks/").status_code == 404
    assert client.get(f"/directory/{directory.pk}/report/").status_code == 404  # not a service
    assert not ListingProblem.objects.exists()


def test_csrf_is_enforced(service):
    client = Client(enforce_csrf_checks=True)
    assert client.post(report_url(service), GOOD).status_code == 403
    assert not ListingProblem.objects.exists()
    client.get(report_url(service))
    token = client.cookies["csrftoken"].value
    assert client.post(report_url(service), {**GOOD, "csrfmiddlewaretoken": token}).status_code == 302
    assert ListingProblem.objects.count() == 1


def test_editors_see_reports_in_the_admin_and_resolving_records_who_and_when(admin_client, admin_user, service):
    problem = ListingProblem.objects.create(service=service, kind="closed", details="Closed in March.")
    ListingProblem.objects.create(service=service, kind="other", resolved=True)

    listing = admin_client.get("/admin/listing-problems/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Havering Carers Hub" in html
    assert "The service has closed" in html
    assert "Needs checking" in html and "Resolved" in html
    assert "/admin/listing-problems/new/" not in html  # reports only come from the public
    assert admin_client.get("/admin/listing-problems/", {"resolved": "false"}).status_code == 200
    assert "Listing problems (1)" in admin_client.get("/admin/").content.decode()

    edit_url = f"/admin/listing-problems/edit/{problem.pk}/"
    form = admin_client.get(edit_url)
    assert form.status_code == 200
    assert f"/admin/pages/{service.pk}/edit/" in form.content.decode()
    response = admin_client.post(
        edit_url, {"editor_notes": "Rang them: it has closed. Page unpublished.", "resolved": "on"}
    )
    assert response.status_code == 302
    problem.refresh_from_db()
    assert problem.resolved
    assert problem.resolved_by == admin_user
    assert problem.resolved_at is not None
    assert problem.editor_notes.startswith("Rang them")
    assert problem.kind == "closed" and problem.details == "Closed in March."  # the report itself is read-only

    admin_client.post(edit_url, {"editor_notes": problem.editor_notes})
    problem.refresh_from_db()
    assert not problem.resolved and problem.resolved_by is None and problem.resolved_at is None


def test_people_without_permission_cannot_see_the_queue(client, django_user_model, service):
    user = django_user_model.objects.create_user("visitor", "v@example.org", "not-a-real-password")
    client.force_login(user)
    assert client.get("/admin/listing-problems/").status_code in (302, 403)
