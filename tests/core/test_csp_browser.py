"""The Content Security Policy in Chromium (carers_site/core/security.py): nothing on the public site or in the Wagtail
admin is blocked, and the admin still works (StreamField, rich text, choosers, inline panels).

One demo server for the module; each page collects the securitypolicyviolation events the browser fires and the
console's CSP errors. tests/core/test_security.py checks the headers themselves.
"""

import sqlite3

import pytest

from tests.browser_support import needs_chromium
from tests.demo_server import ADMIN_PASSWORD, ADMIN_USERNAME

pytestmark = [pytest.mark.browser, needs_chromium]

# Runs in the page before its own scripts: records every Content Security Policy violation.
COLLECT_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => window.cspViolations.push(
  `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`));
"""


@pytest.fixture(scope="module")
def site(demo_site):
    base_url, page_urls, workdir = demo_site
    return base_url, page_urls, workdir / "db.sqlite3"


def page_id(database, model, slug=None):
    """The id of an English page of this type in the demo database (read only)."""
    query = (
        "SELECT p.id FROM wagtailcore_page p JOIN django_content_type c ON c.id = p.content_type_id "
        "JOIN wagtailcore_locale l ON l.id = p.locale_id WHERE l.language_code = 'en' AND c.model = ?"
    )
    params = [model]
    if slug:
        query += " AND p.slug = ?"
        params.append(slug)
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        return connection.execute(query + " ORDER BY p.path LIMIT 1", params).fetchone()[0]


class Watcher:
    """Opens pages in one browser tab and gathers what the Content Security Policy blocked on them."""

    def __init__(self, page, base_url):
        self.page = page
        self.base_url = base_url
        self.blocked = []
        page.on(
            "console",
            lambda message: (
                self.blocked.append(f"{page.url}: {message.text}")
                if "Content Security Policy" in message.text
                else None
            ),
        )

    def visit(self, path):
        response = self.page.goto(self.base_url + path)
        assert response.status == 200, path
        self.page.wait_for_load_state("networkidle")
        self.check()
        return response

    def check(self):
        """Adds the violations seen on the page so far (they are listed again until the next page)."""
        for violation in self.page.evaluate("window.cspViolations.splice(0)"):
            self.blocked.append(f"{self.page.url}: {violation}")


@pytest.fixture
def tab(browser, site):
    base_url, _, _ = site
    context = browser.new_context()
    context.add_init_script(COLLECT_VIOLATIONS)
    yield Watcher(context.new_page(), base_url)
    context.close()


def test_public_pages_run_under_the_strict_policy(site, tab):
    _, urls, _ = site
    for path in [
        "/",
        urls["en"]["ServicePage"],
        "/search/?q=carer",
        urls["en"]["GuidancePage"],
        "/crisis/",
        "/ur/",
        urls["en"]["DirectoryIndexPage"],
    ]:
        response = tab.visit(path)
        header = response.headers["content-security-policy"]
        assert "script-src 'self';" in header + ";" and "nonce" not in header
    # The offline crisis card's service worker (worker-src 'self') starts.
    assert tab.page.evaluate("navigator.serviceWorker.ready.then((registration) => !!registration.active)")
    assert tab.blocked == []


def sign_in(tab):
    tab.visit("/admin/login/")
    tab.page.fill("#id_username", ADMIN_USERNAME)
    tab.page.fill("#id_password", ADMIN_PASSWORD)
    with tab.page.expect_navigation():
        tab.page.click("button[type=submit]")
    assert tab.page.url.endswith("/admin/")


def test_the_admin_works_under_its_policy(site, tab):
    _, _, database = site
    page = tab.page
    sign_in(tab)
    for path in [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{page_id(database, 'homepage')}/",
        "/admin/snippets/directory/crisisline/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/users/new/",
        "/admin/reports/translation-status/",
        "/",  # a public page with the editor's user bar
    ]:
        tab.visit(path)

    # The page editor: StreamField's "add block" menu opens, and so does the image chooser of a new image block.
    tab.visit(f"/admin/pages/{page_id(database, 'guidancepage')}/edit/")
    assert page.locator(".Draftail-Editor").count() > 0  # rich text editors started
    page.locator(".c-sf-add-button").first.click()
    page.locator(".w-combobox__option", has_text="Image").first.click()
    page.locator("button:has-text('Choose an image')").last.click()
    page.wait_for_selector(".modal-content :text('Choose an image')")
    page.wait_for_selector(".modal-content .listing img, .modal-content [data-chooser-modal-choice]")
    tab.check()

    # An inline panel (a resource's downloads) adds a form, and the new form's document chooser opens.
    tab.visit(f"/admin/pages/{page_id(database, 'resourcepage')}/edit/")
    total = page.locator("#id_downloads-TOTAL_FORMS")
    before = int(total.input_value())
    page.click("#id_downloads-ADD")
    assert int(total.input_value()) == before + 1
    page.locator("#id_downloads-FORMS button:has-text('Choose a document')").last.click()
    page.wait_for_selector(".modal-content :text('Choose a document')")
    tab.check()

    # A service's organisation chooser (a chooser widget written by Wagtail's Python code) opens its modal.
    tab.visit(f"/admin/pages/{page_id(database, 'servicepage')}/edit/")
    page.click("#id_organisation-chooser .w-dropdown__toggle")
    page.click("#id_organisation-chooser .w-dropdown__content [data-chooser-action-choose]")
    page.wait_for_selector(".modal-content :text('Choose organisation')")
    tab.check()

    assert tab.blocked == []


def test_an_editor_checks_another_directorys_feed_in_the_admin(site, tab):
    """Import from Open Referral UK, in Chromium: the editor chooses a feed file, keeps "Check only" ticked and reads
    what would be imported, rejected and left out, in plain words, with nothing blocked and nothing changed."""
    from pathlib import Path

    from tests.browser_support import wcag_violations

    _, _, database = site
    page = tab.page
    sign_in(tab)
    tab.visit("/admin/directory-import/openreferral/")
    assert page.locator("#id_dry_run").is_checked()  # checking comes first
    feed = Path(__file__).resolve().parents[1] / "directory" / "data" / "openreferral-feed-with-faults.json"
    page.set_input_files("#id_file", str(feed))
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        services_before = connection.execute("SELECT count(*) FROM directory_servicepage").fetchone()[0]
    with page.expect_navigation():
        page.click("button:has-text('Read the feed')")
    page.wait_for_selector("#import-result")
    assert "nothing was changed" in page.inner_text("#import-result")
    result = page.inner_text("section[aria-labelledby=import-result]")
    assert "rejected" in result and "created" in result
    for heading in ("Rejected", "Not imported: the feed says they have closed", "Imported, with warnings"):
        assert page.locator("h3", has_text=heading).count() == 1, heading
    assert "not a valid id" in result  # a reason in plain words, not a schema path
    assert wcag_violations(page) == []
    tab.check()
    assert tab.blocked == []
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        assert connection.execute("SELECT count(*) FROM directory_servicepage").fetchone()[0] == services_before
