"""Security headers (carers_site/core/security.py), the sign-in lock-out (django-axes) and password rules.

The browser side of the Content Security Policy (nothing on the site or in the admin is blocked) is in
tests/core/test_csp_browser.py.
"""

import re
from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessLog
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from tests.factories.resources import GuidancePageFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a long enough password 123"
ADMIN_LOGIN = "/admin/login/"
FRONT_LOGIN = "/_util/login/"


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


@pytest.fixture
def guidance(home):
    page = GuidancePageFactory(parent=home, title="Getting a carer's assessment", slug="assessment")
    page.save_revision().publish()
    return page


# --- Content Security Policy -------------------------------------------------------------------------------

PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'"],
    "media-src": ["'self'"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
}


def test_public_pages_have_the_strict_policy_also_when_they_come_from_the_page_cache(guidance, crisis_lines, settings):
    settings.PAGE_CACHE_SECONDS = 600
    first = Client().get(guidance.url)
    second = Client().get(guidance.url)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    for response in (first, second):
        assert policy(response) == PUBLIC_POLICY
        assert "nonce" not in response["Content-Security-Policy"]
        assert "Permissions-Policy" in response
    # The kept copy holds no security header of its own: each answer gets the settings' current ones.
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": {**PUBLIC_POLICY, "img-src": ["'self'", "https://media.example"]}}
    third = Client().get(guidance.url)
    assert third["X-Page-Cache"] == "hit"
    assert policy(third)["img-src"] == ["'self'", "https://media.example"]
    assert b"nonce" not in third.content


@pytest.mark.parametrize("path", ["/", "/search/?q=carer", FRONT_LOGIN, "/no-such-page/", "/sw.js"])
def test_other_public_addresses_have_the_strict_policy(home, crisis_lines, path):
    response = Client().get(path)
    assert response.status_code in (200, 404)
    assert policy(response) == PUBLIC_POLICY


def test_the_admin_allows_inline_scripts_only_with_this_requests_nonce(admin_client, guidance):
    """The page editor holds Wagtail's inline scripts (InlinePanel, the date pickers of the schedule dialog): each
    one carries the nonce in the header, which changes with every request."""
    nonces = []
    for _ in range(2):
        response = admin_client.get(f"/admin/pages/{guidance.pk}/edit/")
        assert response.status_code == 200
        directives = policy(response)
        script_src = directives["script-src"]
        assert script_src[0] == "'self'" and len(script_src) == 2
        nonce = re.fullmatch(r"'nonce-([A-Za-z0-9+/=]+)'", script_src[1]).group(1)
        nonces.append(nonce)
        inline_scripts = re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")([^>]*)>", response.text)
        assert inline_scripts, "the page editor should have inline scripts to check"
        assert all(f'nonce="{nonce}"' in attributes for attributes in inline_scripts), inline_scripts
        # What the admin relaxes, and nothing more.
        assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
        assert directives["frame-ancestors"] == ["'self'"]
        assert directives["object-src"] == ["'none'"]
        assert directives["default-src"] == ["'self'"]
    assert nonces[0] != nonces[1]


@pytest.mark.parametrize(
    "path", ["/admin/", "/admin/pages/", "/admin/images/", "/admin/documents/", "/admin/users/new/", ADMIN_LOGIN]
)
def test_no_unsafe_inline_or_eval_scripts_anywhere_in_the_admin(admin_client, home, path):
    response = admin_client.get(path, follow=True)
    assert response.status_code == 200
    script_src = " ".join(policy(response)["script-src"])
    assert "unsafe" not in script_src
    assert "'self'" in script_src


def test_permissions_policy_turns_off_what_the_site_does_not_use(home, admin_client):
    for response in (Client().get("/"), admin_client.get("/admin/")):
        features = dict(item.split("=") for item in response["Permissions-Policy"].split(", "))
        for feature in ("camera", "microphone", "payment", "usb", "geolocation", "interest-cohort", "browsing-topics"):
            assert features[feature] == "()"


# --- sign-in lock-out --------------------------------------------------------------------------------------


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)


def sign_in(client, login_url, password, username="editor"):
    return client.post(login_url, {"username": username, "password": password, "next": "/"})


@pytest.mark.parametrize("login_url", [ADMIN_LOGIN, FRONT_LOGIN])
def test_five_wrong_passwords_lock_the_username_out_for_15_minutes(axes_on, home, crisis_lines, editor, login_url):
    client = Client()
    for _ in range(4):
        assert sign_in(client, login_url, "wrong password").status_code == 200
    locked = sign_in(client, login_url, "wrong password")
    assert locked.status_code == 429
    assert locked["Retry-After"] == "900"
    page = locked.content.decode()
    assert "Signing in is paused" in page
    assert "Wait 15 minutes, then try again." in page
    assert "ask the person who gave you your account" in page
    assert "Content-Security-Policy" in locked

    # The right password is refused too while the lock lasts, from this address.
    assert sign_in(client, login_url, PASSWORD).status_code == 429
    assert not client.session.get("_auth_user_id")
    # The same username from another IP address is not locked out.
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert sign_in(other, login_url, PASSWORD).status_code == 302

    # 15 minutes later the right password works again, and clears the count.
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert sign_in(client, login_url, PASSWORD).status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)
    assert not AccessAttempt.objects.exists()


def test_an_administrator_can_unlock_everyone_at_once(axes_on, home, crisis_lines, editor):
    client = Client()
    for _ in range(5):
        sign_in(client, ADMIN_LOGIN, "wrong password")
    assert sign_in(client, ADMIN_LOGIN, PASSWORD).status_code == 429
    call_command("axes_reset", verbosity=0)
    assert sign_in(client, ADMIN_LOGIN, PASSWORD).status_code == 302


@pytest.mark.parametrize("login_url", [ADMIN_LOGIN, FRONT_LOGIN])
def test_password_spraying_from_one_address_pauses_every_sign_in_from_there(
    axes_on, home, crisis_lines, editor, login_url, settings
):
    """One password tried against many usernames (password spraying) never trips the per-username limit; 20 wrong
    passwords from one address, whatever the usernames, pause every sign-in from there for 15 minutes."""
    assert settings.SIGN_IN_FAILURES_PER_ADDRESS == 20
    sprayer = Client(REMOTE_ADDR="203.0.113.66")
    for number in range(19):
        assert sign_in(sprayer, login_url, "Winter2026!", username=f"user{number}").status_code == 200
    # 19 failures from this address: the right password still works here, and clears only its own count.
    assert sign_in(Client(REMOTE_ADDR="203.0.113.66"), login_url, PASSWORD).status_code == 302
    paused = sign_in(sprayer, login_url, "Winter2026!", username="user19")
    assert paused.status_code == 429
    page = paused.content.decode()
    assert "Signing in is paused" in page
    assert "from this internet connection" in page
    assert "someone else may have caused this" in page
    assert "Wait 15 minutes, then try again." in page
    assert paused["Retry-After"] == "900"

    # Now no one signs in from that address, even with the right password...
    colleague = Client(REMOTE_ADDR="203.0.113.66")
    assert sign_in(colleague, login_url, PASSWORD).status_code == 429
    assert not colleague.session.get("_auth_user_id")
    # ... while the same people elsewhere can.
    assert sign_in(Client(REMOTE_ADDR="198.51.100.3"), login_url, PASSWORD).status_code == 302

    # 15 minutes after the last wrong password, the address may sign in again.
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert sign_in(colleague, login_url, PASSWORD).status_code == 302


def test_a_few_people_mistyping_on_one_network_do_not_lock_each_other_out(axes_on, home, crisis_lines, editor):
    office = Client(REMOTE_ADDR="192.0.2.80")
    for number in range(4):  # four colleagues, each with four typos: 16 wrong passwords from the office
        for _ in range(4):
            assert sign_in(office, ADMIN_LOGIN, "typo", username=f"colleague{number}").status_code == 200
    assert sign_in(office, ADMIN_LOGIN, PASSWORD).status_code == 302


def test_what_axes_keeps_about_a_failed_sign_in(axes_on, home, crisis_lines, editor):
    """Failed attempts only, with the password hidden; successful sign-ins are not logged."""
    client = Client(HTTP_USER_AGENT="Test browser")
    sign_in(client, ADMIN_LOGIN, "my secret guess")
    attempt = AccessAttempt.objects.get()
    assert (attempt.username, attempt.ip_address, attempt.user_agent) == ("editor", "127.0.0.1", "Test browser")
    assert "my secret guess" not in attempt.post_data
    assert sign_in(client, ADMIN_LOGIN, PASSWORD).status_code == 302
    assert not AccessLog.objects.exists()


# --- passwords ---------------------------------------------------------------------------------------------


def test_wagtail_user_forms_refuse_weak_passwords_with_a_clear_message(admin_client, home, django_user_model):
    new_user = {
        "username": "newtranslator",
        "email": "translator@example.org",
        "first_name": "Ada",
        "last_name": "Khan",
        "password1": "password",
        "password2": "password",
    }
    response = admin_client.post("/admin/users/new/", new_user)
    assert response.status_code == 200
    page = response.content.decode()
    assert "This password is too short. It must contain at least 10 characters." in page
    assert "This password is too common." in page
    assert not django_user_model.objects.filter(username="newtranslator").exists()

    strong = {**new_user, "password1": "quiet river lantern 42", "password2": "quiet river lantern 42"}
    assert admin_client.post("/admin/users/new/", strong).status_code == 302
    user = django_user_model.objects.get(username="newtranslator")

    # Changing someone's password on the edit form is checked too.
    weak = {**strong, "password1": "1234567890", "password2": "1234567890", "is_active": "on"}
    response = admin_client.post(f"/admin/users/edit/{user.pk}/", weak)
    assert response.status_code == 200
    assert "This password is entirely numeric." in response.content.decode()
    user.refresh_from_db()
    assert user.check_password("quiet river lantern 42")
