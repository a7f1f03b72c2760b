"""Review reminders: the daily digest email per owner (send_review_reminders) and the dashboard's "Due for review"."""

import datetime
import io
import zoneinfo
from smtplib import SMTPRecipientsRefused

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import GroupPagePermission, Locale

from tests.factories.directory import DirectoryIndexPageFactory, ServicePageFactory
from tests.factories.resources import GuidancePageFactory, LeafletIndexPageFactory, LeafletPageFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 6, 15)
SHARED = "content-team@example.org"
PAGES_REPORT = "/admin/reports/pages-to-review/"


def days(count):
    return TODAY + datetime.timedelta(days=count)


@pytest.fixture(autouse=True)
def today(settings):
    settings.REVIEW_REMINDERS_EMAIL = SHARED
    moment = datetime.datetime(2026, 6, 15, 9, 0, tzinfo=zoneinfo.ZoneInfo("Europe/London"))
    with time_machine.travel(moment, tick=False):
        yield TODAY


def make_user(django_user_model, username, email, groups=(), **fields):
    user = django_user_model.objects.create_user(username, email, "not-a-real-password-1", **fields)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def owners(django_user_model):
    return {
        "ann": make_user(django_user_model, "ann", "ann@example.org", ["Editors"], first_name="Ann", last_name="Lee"),
        "bob": make_user(django_user_model, "bob", "bob@example.org", ["Editors"]),
        "no_email": make_user(django_user_model, "no_email", "", ["Editors"]),
    }


@pytest.fixture
def pages(home, owners):
    ann, bob = owners["ann"], owners["bob"]
    leaflets = LeafletIndexPageFactory(parent=home)
    directory = DirectoryIndexPageFactory(parent=home)
    made = {
        "allowance": GuidancePageFactory(parent=home, title="Carer's Allowance", owner=ann, review_date=days(-10)),
        "old_leaflet": LeafletPageFactory(parent=leaflets, title="Old leaflet", owner=ann, review_date=days(-40)),
        "break": GuidancePageFactory(parent=home, title="Taking a break", owner=ann, review_date=days(20), live=False),
        "due_today": GuidancePageFactory(parent=home, title="Young carers", owner=ann, review_date=TODAY),
        "not_due": GuidancePageFactory(parent=home, title="Up to date", owner=ann, review_date=days(31)),
        "service": ServicePageFactory(parent=directory, title="Carers centre", owner=bob, review_date=days(5)),
        "no_owner": GuidancePageFactory(parent=home, title="Nobody's page", owner=None, review_date=days(-3)),
        "owner_without_email": GuidancePageFactory(
            parent=home, title="Page of someone without email", owner=owners["no_email"], review_date=days(10)
        ),
    }
    # The Welsh copy shares the English page's review date and owner: it must not be listed a second time.
    welsh = made["allowance"].copy_for_translation(
        Locale.objects.get_or_create(language_code="cy")[0], copy_parents=True
    )
    welsh.title = "Lwfans Gofalwr"
    welsh.save_revision().publish()
    welsh.refresh_from_db()
    assert (welsh.review_date, welsh.owner, welsh.live) == (days(-10), ann, True)  # overdue too, and Ann's
    made["welsh"] = welsh
    return made


def send(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("send_review_reminders", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def email_to(address):
    found = [message for message in mail.outbox if message.to == [address]]
    assert len(found) == 1, [message.to for message in mail.outbox]
    return found[0]


def edit_link(page):
    return f"http://testserver/admin/pages/{page.pk}/edit/"


def test_one_digest_per_owner_overdue_first(pages):
    out, err = send()

    assert sorted(message.to[0] for message in mail.outbox) == ["ann@example.org", "bob@example.org", SHARED]
    assert "3 emails sent: 3 overdue, 4 due in the next 30 days." in out
    assert err == ""

    ann = email_to("ann@example.org")
    assert ann.subject == "Pages to review on Carers Directory: 2 overdue, 2 due soon"
    body = ann.body
    assert body.startswith("Hello Ann Lee,")
    # Overdue first (most overdue at the top), then due soon, each with its date, days and edit link.
    order = ["Overdue (2)", "Old leaflet", "Carer's Allowance", "Due in the next 30 days (2)", "Young carers"]
    order.append("Taking a break")
    positions = [body.index(text) for text in order]
    assert positions == sorted(positions)
    assert "Review date: 6 May 2026\n40 days overdue\nEdit: " + edit_link(pages["old_leaflet"]) in body
    assert "Review date: 5 June 2026\n10 days overdue\nEdit: " + edit_link(pages["allowance"]) in body
    assert "Review date: 15 June 2026\nDue today\n" in body
    assert "Review date: 5 July 2026\nDue in 20 days\nEdit: " + edit_link(pages["break"]) in body
    # Not due yet, someone else's, or a translation: not in Ann's email.
    for absent in ("Up to date", "Carers centre", "Nobody's page", "Lwfans Gofalwr", edit_link(pages["welsh"])):
        assert absent not in body

    bob = email_to("bob@example.org").body
    assert "Carers centre" in bob and "Due in 5 days" in bob and "Overdue" not in bob
    assert "Carer's Allowance" not in bob


def test_pages_without_an_owner_with_email_go_to_the_shared_address(pages):
    send()
    shared = email_to(SHARED)
    assert shared.body.startswith("Hello,\n")
    assert "have no owner with an email address" in shared.body
    assert "Nobody's page" in shared.body and "3 days overdue" in shared.body
    assert "Page of someone without email" in shared.body and "Due in 10 days" in shared.body
    assert "Carer's Allowance" not in shared.body


def test_days_option_narrows_what_is_due_soon(pages):
    out, _err = send("--days", "7")
    body = email_to("ann@example.org").body
    assert "Due in the next 7 days (1)" in body
    assert "Young carers" in body and "Taking a break" not in body
    assert "3 emails sent: 3 overdue, 2 due in the next 7 days." in out


def test_dry_run_prints_the_emails_and_sends_nothing(pages):
    out, _err = send("--dry-run")
    assert mail.outbox == []
    assert "To: ann@example.org\nSubject: Pages to review on Carers Directory: 2 overdue, 2 due soon" in out
    assert edit_link(pages["old_leaflet"]) in out
    assert "Dry run: 3 emails would be sent: 3 overdue, 4 due in the next 30 days. Nothing was sent." in out


class RefusesBob(EmailBackend):
    """The locmem backend, except the mail server refuses bob@example.org."""

    def send_messages(self, messages):
        for message in messages:
            if "bob@example.org" in message.to:
                raise SMTPRecipientsRefused({"bob@example.org": (550, b"No such mailbox")})
        return super().send_messages(messages)


def test_one_failing_recipient_does_not_stop_the_others(pages, settings, caplog):
    settings.EMAIL_BACKEND = f"{__name__}.RefusesBob"
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("send_review_reminders", stdout=out, stderr=err)
    assert raised.value.returncode == 1
    assert sorted(message.to[0] for message in mail.outbox) == ["ann@example.org", SHARED]
    assert "2 emails sent: 3 overdue, 3 due in the next 30 days." in out.getvalue()
    assert "1 email could not be sent, to bob@example.org." in err.getvalue()
    assert "Could not send the review reminder to bob@example.org" in caplog.text


def test_unowned_pages_with_no_shared_address_are_reported(pages, settings):
    settings.REVIEW_REMINDERS_EMAIL = ""
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError):
        call_command("send_review_reminders", stdout=out, stderr=err)
    assert sorted(message.to[0] for message in mail.outbox) == ["ann@example.org", "bob@example.org"]
    assert "No one was reminded about 2 pages (Nobody's page; Page of someone without email)" in err.getvalue()


def test_nothing_due_sends_nothing(home, owners):
    GuidancePageFactory(parent=home, title="Up to date", owner=owners["ann"], review_date=days(45))
    out, err = send()
    assert mail.outbox == []
    assert "Nothing is due for review in the next 30 days: no emails." in out
    assert err == ""


def test_running_again_sends_the_same_reminders(pages):
    send()
    first = sorted((message.to[0], message.body) for message in mail.outbox)
    mail.outbox.clear()
    send()
    assert sorted((message.to[0], message.body) for message in mail.outbox) == first


# --- The dashboard panel ---------------------------------------------------------------------------------


def due_panel(client):
    response = client.get("/admin/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("#due-for-review-section")


def panel_rows(panel):
    return [[cell.get_text(" ", strip=True) for cell in row.select("td")] for row in panel.select("tbody tr")]


def test_dashboard_lists_due_pages_overdue_first_with_edit_links(client, owners, pages):
    client.force_login(owners["bob"])  # an editor: may edit every page, not only the ones they own
    panel = due_panel(client)
    assert panel.select_one("h2").get_text(strip=True) == "Due for review"
    assert panel.select_one("caption").get_text(strip=True).startswith("Pages you can edit that are overdue")
    assert [th["scope"] for th in panel.select("thead th")] == ["col"] * 4
    assert panel_rows(panel) == [
        ["Old leaflet", "Leaflet", "6 May 2026", "40 days overdue"],
        ["Carer's Allowance", "Guidance page", "5 June 2026", "10 days overdue"],
        ["Nobody's page", "Guidance page", "12 June 2026", "3 days overdue"],
        ["Young carers", "Guidance page", "15 June 2026", "Due today"],
        ["Carers centre", "Service", "20 June 2026", "Due in 5 days"],
        ["Page of someone without email", "Guidance page", "25 June 2026", "Due in 10 days"],
        ["Taking a break Draft", "Guidance page", "5 July 2026", "Due in 20 days"],
    ]
    links = [link["href"] for link in panel.select("tbody a")]
    assert links[0] == f"/admin/pages/{pages['old_leaflet'].pk}/edit/"
    assert f"/admin/pages/{pages['welsh'].pk}/edit/" not in links
    assert panel.select_one("tbody tr strong").get_text(strip=True) == "40 days overdue"
    assert panel.find("a", string="See all pages past their review date")["href"] == PAGES_REPORT
    assert "more" not in panel.get_text()


def test_dashboard_empty_state(client, home, owners):
    GuidancePageFactory(parent=home, title="Up to date", owner=owners["ann"], review_date=days(31))
    client.force_login(owners["ann"])
    panel = due_panel(client)
    assert panel.select("table") == []
    assert "Nothing is due for review in the next 30 days." in panel.get_text(" ", strip=True)


def test_dashboard_shows_ten_pages_then_how_many_more(client, home, owners):
    for number in range(12):
        GuidancePageFactory(parent=home, title=f"Page {number:02}", review_date=days(number))
    client.force_login(owners["ann"])
    panel = due_panel(client)
    rows = panel_rows(panel)
    assert [row[0] for row in rows] == [f"Page {number:02}" for number in range(10)]
    assert "And 2 more pages due for review." in panel.get_text(" ", strip=True)


def test_dashboard_lists_only_pages_the_user_can_edit(client, django_user_model, pages):
    """Someone allowed to edit only the leaflets sees only the leaflet that is due, whoever owns the rest."""
    leaflet_editors = Group.objects.create(name="Leaflet editors")
    GroupPagePermission.objects.create(
        group=leaflet_editors,
        page=pages["old_leaflet"].get_parent(),
        permission=Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page"),
    )
    user = make_user(django_user_model, "leaflets", "leaflets@example.org")
    user.groups.add(leaflet_editors)
    client.force_login(user)
    assert [row[0] for row in panel_rows(due_panel(client))] == ["Old leaflet"]

    moderator = make_user(django_user_model, "moderator", "moderator@example.org", ["Moderators"])
    client.force_login(moderator)
    assert len(panel_rows(due_panel(client))) == 7


def test_dashboard_has_no_panel_for_people_who_cannot_edit_pages(client, django_user_model, pages):
    client.force_login(make_user(django_user_model, "reader", "reader@example.org"))
    assert due_panel(client) is None
