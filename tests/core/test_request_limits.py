"""Request bodies the site will read (carers_site/core/request_limits.py): a sensible size, in UTF-8 for forms.
Refused from the headers, with a page that says what to do, never a server error."""

import pytest
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

from tests.factories.site import FeedbackFormPageFactory

pytestmark = pytest.mark.django_db

FORM = "application/x-www-form-urlencoded"


@pytest.fixture
def form_page(home):
    return FeedbackFormPageFactory(parent=home)  # with a required "Your comments" box


def post(path, body, content_type=FORM, **extra):
    client = Client(raise_request_exception=False)
    return client.generic("POST", path, body, content_type=content_type, REMOTE_ADDR="203.0.113.5", **extra)


@pytest.mark.parametrize("charset", ["bogus", "latin-1", "utf-16", "x" * 300])
def test_a_form_in_an_unknown_or_other_character_set_is_answered_400_with_a_page(form_page, charset):
    response = post(form_page.url, "your_comments=Hello", f"{FORM}; charset={charset}")
    assert response.status_code == 400
    page = response.content.decode()
    assert "Sorry, we could not read what was sent" in page
    assert "Go back and try again" in page
    assert 'href="tel:999"' in page
    assert not FormSubmission.objects.exists()


def test_other_names_for_utf_8_are_read_as_utf_8(form_page):
    response = post(form_page.url, b"your_comments=Diolch%20yn%20fawr%20%E2%9C%93", f"{FORM}; charset=UTF8")
    assert response.status_code == 200
    assert "Thank you for telling us" in response.content.decode()
    assert FormSubmission.objects.get().form_data["your_comments"] == "Diolch yn fawr ✓"


def test_a_body_in_an_unknown_character_set_is_refused_anywhere(home):
    assert post("/professionals/request-access/", "name=Sam", f"{FORM}; charset=bogus").status_code == 400
    assert post("/_util/login/", "username=sam", "multipart/form-data; boundary=x; charset=bogus").status_code == 400
    # A GET with no body is not looked at.
    assert Client().get("/", CONTENT_TYPE="text/plain; charset=bogus").status_code == 200


def test_a_post_too_big_for_the_public_site_gets_413_before_it_is_read(form_page, settings):
    settings.PUBLIC_POST_MAX_SIZE = 1000
    response = post(form_page.url, "your_comments=" + "x" * 1000)
    assert response.status_code == 413
    page = response.content.decode()
    assert "What you sent is too long" in page
    assert "what you wrote should still be there" in page
    assert response["Cache-Control"] == "no-store"
    assert not FormSubmission.objects.exists()
    # Just under the limit is read as usual.
    assert post(form_page.url, "your_comments=" + "x" * 980).status_code == 200
    assert FormSubmission.objects.count() == 1


def test_the_admin_may_post_more_but_not_beyond_django_s_own_limit(admin_client, settings):
    settings.PUBLIC_POST_MAX_SIZE = 1000
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 5000
    body = "q=" + "x" * 2000
    # Bigger than the public limit: the admin's own view answers (here: no such page).
    response = admin_client.generic("POST", "/admin/no-such-view/", body, content_type=FORM)
    assert response.status_code == 404
    too_big = admin_client.generic("POST", "/admin/no-such-view/", "q=" + "x" * 5000, content_type=FORM)
    assert too_big.status_code == 413
    # Uploads (files) are not counted here: each kind of upload has its own size limit.
    upload = admin_client.generic(
        "POST", "/admin/no-such-view/", b"--x--\r\n" + b"x" * 6000, content_type="multipart/form-data; boundary=x"
    )
    assert upload.status_code == 404


def test_a_too_big_post_from_django_s_own_check_gets_the_plain_400_page(home, settings):
    """Too many fields (Django's DATA_UPLOAD_MAX_NUMBER_FIELDS) is refused by Django as it reads the form: its
    400 page is ours (templates/400.html), not a server error."""
    body = "&".join(f"f{number}=x" for number in range(1200))
    response = post("/professionals/request-access/", body)
    assert response.status_code == 400
    assert "Sorry, we could not read what was sent" in response.content.decode()
