"""Resources private to the Professionals group in real headless Chromium (Debian's package), on the demo site:
signing in, the 403 page and asking for access work with JavaScript off and pass the axe WCAG checks.
They run on the demo server every browser test module shares.
"""

import pytest

from tests.browser_support import needs_chromium, wcag_violations
from tests.demo_server import USERS_PASSWORD

LOGIN = "/_util/login/"
PHONE = {"width": 360, "height": 640}
DESKTOP = {"width": 1280, "height": 800}
DEMO_PRIVATE = "/resources/supporting-carers-in-primary-care-learning-event/"
DEMO_LIBRARY = "/resources/"


@pytest.fixture(scope="module")
def base_url(demo_site):
    """The shared demo server, with a Professionals member "nurse" and a "visitor" (tests/demo_server.py)."""
    return demo_site[0]


def axe_violations(page):
    return [f"{v['id']}: {v['help']} ({v['nodes'][0]['target']})" for v in wcag_violations(page)]


def sign_in(page, base_url, username):
    page.goto(base_url + DEMO_PRIVATE)
    page.fill("#id_username", username)
    page.fill("#id_password", USERS_PASSWORD)
    page.click("main form button[type=submit]:has-text('Sign in')")


def walk_through(page, base_url, check):
    """Signed out: library, sign-in page (and its errors), the request form (and its errors); signed in as a
    non-member: the 403 page and signing out; as a member: the resource and the library. ``check(label)``
    runs at each stop."""
    page.goto(base_url + DEMO_LIBRARY)
    assert page.locator(".app-card-private").count() == 2
    check("library, signed out")
    page.goto(base_url + DEMO_PRIVATE)
    assert page.url.startswith(base_url + LOGIN)
    check("sign-in page")
    page.click("main form button[type=submit]:has-text('Sign in')")
    assert "Enter your username" in page.locator(".nhsuk-error-summary").inner_text()
    check("sign-in page with errors")
    page.click("main a:has-text('Ask for access to the pages for professionals')")
    page.fill("#id_email", "not an email")
    page.click("main form button[type=submit]")
    assert "Enter your name" in page.locator(".nhsuk-error-summary").inner_text()
    assert page.input_value("#id_email") == "not an email"
    check("request form with errors")

    sign_in(page, base_url, "visitor")
    assert "Your account cannot open this page" in page.locator("h1").inner_text()
    check("403 page")
    page.click("main button:has-text('Sign out')")
    assert page.url.startswith(base_url + LOGIN)  # signed out: the page asks them to sign in again

    sign_in(page, base_url, "nurse")
    assert page.url == base_url + DEMO_PRIVATE
    assert "Signed in as nurse." in page.locator("form.app-signed-in").inner_text()
    check("private resource, member")
    page.goto(base_url + DEMO_LIBRARY)
    assert page.locator(".app-card-private__action").count() == 0
    check("library, member")


@pytest.mark.browser
@needs_chromium
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360px", "1280px"])
def test_signing_in_and_asking_for_access_pass_the_accessibility_checks(base_url, browser, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    problems = []

    def check(label):
        if page.evaluate("document.documentElement.scrollWidth") > viewport["width"]:
            problems.append((label, "wider than the screen"))
        problems.extend((label, violation) for violation in axe_violations(page))

    walk_through(page, base_url, check)
    context.close()
    assert problems == []


@pytest.mark.browser
@needs_chromium
def test_signing_in_and_asking_for_access_work_with_javascript_off(base_url, browser):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    walk_through(context.new_page(), base_url, lambda label: None)  # no axe: it needs JavaScript
    context.close()
