"""The "Tell us what you think" form: nothing sent is lost, spam and floods are kept out, editors read and
export the answers, and old answers are deleted on time."""

import csv
import datetime
import io
import smtplib

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Site

from carers_site.feedback.safety import RATE_LIMIT
from carers_site.models import FeedbackFormField, SiteSettings
from tests.factories.site import FeedbackFormPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

COMMENTS = "The crisis numbers at the top helped me when I needed them."


@pytest.fixture
def form_page(home):
    page = FeedbackFormPageFactory(parent=home)  # with a required "Your comments" box
    FeedbackFormField.objects.create(
        page=page, label="Did you find what you needed?", field_type="radio", choices="Yes\nPartly\nNo", sort_order=1
    )
    FeedbackFormField.objects.create(
        page=page, label="Your email address", field_type="email", required=False, sort_order=2
    )
    return page


def answers(number=0, **changes):
    return {
        "your_comments": f"{COMMENTS} (message {number})",
        "did_you_find_what_you_needed": "Partly",
        "your_email_address": "",
        **changes,
    }


def send(client, page, data, address="203.0.113.1"):
    return client.post(page.url, data, REMOTE_ADDR=address)


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def test_the_form_has_a_hidden_honeypot_and_a_fieldset_for_choices(client, form_page):
    response = client.get(form_page.url)
    assert response.status_code == 200
    soup = soup_of(response)
    honeypot = soup.select_one('input[name="website"]')
    assert honeypot["tabindex"] == "-1" and honeypot["autocomplete"] == "off"
    assert "nhsuk-u-visually-hidden" in honeypot.find_parent("div")["class"]
    legend = soup.select_one("fieldset legend")
    assert legend.get_text(strip=True) == "Did you find what you needed?"
    assert [radio["value"] for radio in soup.select('fieldset input[type="radio"]')] == ["Yes", "Partly", "No"]
    assert "We keep your answers for 365 days" in response.content.decode()


def test_a_hundred_answers_from_a_hundred_people_are_all_stored(client, form_page):
    for number in range(100):
        response = send(client, form_page, answers(number), address=f"198.51.100.{number + 1}")
        assert response.status_code == 200, number
        assert "Thank you for telling us" in response.content.decode()
    stored = FormSubmission.objects.filter(page=form_page)
    assert stored.count() == 100
    comments = sorted(submission.form_data["your_comments"] for submission in stored)
    assert comments == sorted(f"{COMMENTS} (message {number})" for number in range(100))
    assert {tuple(sorted(submission.form_data)) for submission in stored} == {
        ("did_you_find_what_you_needed", "your_comments", "your_email_address")
    }
    assert {submission.form_data["did_you_find_what_you_needed"] for submission in stored} == {"Partly"}


def test_the_thank_you_page_says_what_happens_next(client, form_page, crisis_lines):
    response = send(client, form_page, answers())
    html = response.content.decode()
    soup = soup_of(response)
    assert soup.h1.get_text(strip=True) == "Thank you for telling us"
    assert "What happens next" in html
    assert "We cannot reply to every message" in html
    assert 'href="#crisis-heading"' in html and soup.select_one("#crisis-heading") is not None
    assert "116 123" in html  # the crisis numbers are on the page
    assert soup.find("a", string="Go back to the home page")["href"] == form_page.get_parent().url


def test_wrong_answers_get_clear_errors_and_keep_what_was_right(client, form_page):
    data = answers(your_email_address="carer at example", did_you_find_what_you_needed="")
    response = send(client, form_page, data)
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.title.get_text().startswith("Error:")
    summary = [link.get_text(" ", strip=True) for link in soup.select(".nhsuk-error-summary__list a")]
    assert summary == [
        "Did you find what you needed?: Choose an answer to this question",
        "Your email address: Enter an email address in the correct format, like name@example.com",
    ]
    assert soup.select(".nhsuk-error-summary__list a")[0]["href"] == "#id_did_you_find_what_you_needed_0"
    assert soup.select_one("#id_did_you_find_what_you_needed_0") is not None
    assert soup.select_one("textarea#id_your_comments").get_text().strip() == data["your_comments"]
    email = soup.select_one("input#id_your_email_address")
    assert email["value"] == "carer at example"
    assert "id_your_email_address-error" in email["aria-describedby"]
    assert FormSubmission.objects.count() == 0

    fixed = send(client, form_page, answers(your_email_address="carer@example.com", did_you_find_what_you_needed="No"))
    assert "Thank you for telling us" in fixed.content.decode()
    assert FormSubmission.objects.get().form_data["your_email_address"] == "carer@example.com"


def test_a_filled_honeypot_is_thanked_but_nothing_is_stored_or_sent(client, form_page):
    form_page.to_address = "team@example.org"
    form_page.save()
    response = send(client, form_page, answers(website="http://cheap-pills.example"))
    assert response.status_code == 200
    assert "Thank you for telling us" in response.content.decode()
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_the_team_is_emailed_the_answers_without_the_honeypot(client, form_page):
    form_page.to_address = "team@example.org"
    form_page.subject = "New feedback"
    form_page.save()
    send(client, form_page, answers(7))
    assert FormSubmission.objects.count() == 1
    [message] = mail.outbox
    assert message.to == ["team@example.org"] and message.subject == "New feedback"
    assert f"Your comments: {COMMENTS} (message 7)" in message.body
    assert "Leave this empty" not in message.body and "website" not in message.body


def test_a_mail_server_failure_still_keeps_the_answer_and_thanks_them(client, form_page, monkeypatch):
    form_page.to_address = "team@example.org"
    form_page.save()

    def broken(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("the mail server went away")

    monkeypatch.setattr("wagtail.contrib.forms.models.send_mail", broken)
    response = send(client, form_page, answers(3))
    assert response.status_code == 200
    assert "Thank you for telling us" in response.content.decode()
    assert FormSubmission.objects.get().form_data["your_comments"].endswith("(message 3)")


def test_one_client_is_limited_but_what_they_wrote_is_kept_and_others_can_still_send(client, form_page):
    for number in range(RATE_LIMIT):
        assert "Thank you" in send(client, form_page, answers(number)).content.decode()
    response = send(client, form_page, answers(99, your_email_address="me@example.com"))
    assert response.status_code == 429
    soup = soup_of(response)
    assert soup.select_one(".nhsuk-error-summary__title").get_text(strip=True) == "Please try again later"
    assert "Please wait 10 minutes" in response.content.decode()
    assert soup.select_one("textarea#id_your_comments").get_text().strip() == f"{COMMENTS} (message 99)"
    assert soup.select_one("input#id_your_email_address")["value"] == "me@example.com"
    assert soup.select_one("#id_did_you_find_what_you_needed_1").has_attr("checked")  # "Partly"
    assert FormSubmission.objects.count() == RATE_LIMIT

    other = send(client, form_page, answers(100), address="192.0.2.55")
    assert other.status_code == 200
    assert FormSubmission.objects.count() == RATE_LIMIT + 1

    with time_machine.travel(datetime.timedelta(minutes=11)):
        assert send(client, form_page, answers(99)).status_code == 200
    assert FormSubmission.objects.count() == RATE_LIMIT + 2


def test_a_too_long_answer_gets_a_clear_message_and_keeps_what_they_wrote(client, form_page):
    """Every text answer has a length limit (5 MB answers were once stored): the message says what to do, and
    the form shows what they wrote so they can shorten it."""
    FeedbackFormField.objects.create(page=form_page, label="Your name", field_type="singleline", sort_order=3)
    long_comments = "I look after my mum and the respite list helped. " * 120  # 5,880 characters, stripped
    response = send(client, form_page, answers(your_comments=long_comments, your_name="Sam " * 70))
    assert response.status_code == 200
    soup = soup_of(response)
    errors = [error.get_text(" ", strip=True) for error in soup.select(".nhsuk-error-message")]
    assert "Error: Your answer must be 5000 characters or fewer. It has 5879." in errors
    assert "Error: Your answer must be 255 characters or fewer. It has 279." in errors
    assert soup.select_one("textarea#id_your_comments").get_text().strip() == long_comments.strip()
    assert not FormSubmission.objects.exists()

    just_right = send(client, form_page, answers(your_comments="x" * 5000, your_name="Sam"))
    assert "Thank you for telling us" in just_right.content.decode()
    assert FormSubmission.objects.get().form_data["your_comments"] == "x" * 5000


def test_mistakes_do_not_count_towards_the_limit(client, form_page):
    for _ in range(RATE_LIMIT + 2):
        assert send(client, form_page, answers(your_comments="")).status_code == 200
    assert "Thank you" in send(client, form_page, answers()).content.decode()


# --- editors read and export the answers -----------------------------------------------------------------


def make_user(django_user_model, username, groups=()):
    user = django_user_model.objects.create_user(username=username, password="not-a-real-password-1")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


def csv_rows(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_editors_see_the_answers_and_download_them_as_csv(client, django_user_model, form_page):
    with time_machine.travel(datetime.datetime(2026, 3, 2, 9, 15, tzinfo=datetime.UTC), tick=False):
        send(client, form_page, answers(1, your_email_address="carer@example.com"))
    with time_machine.travel(datetime.datetime(2026, 3, 5, 16, 40, tzinfo=datetime.UTC), tick=False):
        send(client, form_page, answers(2, did_you_find_what_you_needed="No"), address="192.0.2.7")
    send(client, form_page, answers(3, website="spam"), address="192.0.2.8")

    client.force_login(make_user(django_user_model, "editor", groups=["Editors"]))
    forms = client.get("/admin/forms/")
    assert forms.status_code == 200
    assert "Tell us what you think" in forms.content.decode()
    listing = client.get(f"/admin/forms/submissions/{form_page.pk}/")
    assert listing.status_code == 200
    assert f"{COMMENTS} (message 2)" in listing.content.decode()

    rows = csv_rows(client.get(f"/admin/forms/submissions/{form_page.pk}/", {"export": "csv"}))
    assert rows[0] == ["Submission date", "Your comments", "Did you find what you needed?", "Your email address"]
    assert [row[1:] for row in rows[1:]] == [
        [f"{COMMENTS} (message 1)", "Partly", "carer@example.com"],
        [f"{COMMENTS} (message 2)", "No", ""],
    ]
    assert rows[1][0].startswith("2026-03-02") and rows[2][0].startswith("2026-03-05")


def test_people_without_page_permissions_cannot_see_the_answers(client, django_user_model, form_page):
    send(client, form_page, answers(1))
    client.force_login(make_user(django_user_model, "professional", groups=["Professionals"]))
    for url in (f"/admin/forms/submissions/{form_page.pk}/", f"/admin/forms/submissions/{form_page.pk}/?export=csv"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert COMMENTS not in response.content.decode()


# --- old answers are deleted -----------------------------------------------------------------------------

NOW = datetime.datetime(2026, 6, 1, 12, tzinfo=datetime.UTC)


def submission_on(page, moment, text):
    with time_machine.travel(moment, tick=False):
        return FormSubmission.objects.create(page=page, form_data={"your_comments": text})


@pytest.fixture
def aged_answers(form_page):
    return {
        days: submission_on(form_page, NOW - datetime.timedelta(days=days), f"{days} days old")
        for days in (400, 366, 364, 40, 1)
    }


def run_delete(*args):
    out = io.StringIO()
    with time_machine.travel(NOW, tick=False):
        call_command("delete_old_feedback", *args, stdout=out)
    return out.getvalue()


def kept():
    return sorted(submission.form_data["your_comments"] for submission in FormSubmission.objects.all())


def test_answers_older_than_the_setting_are_deleted(aged_answers):
    output = run_delete()
    assert kept() == ["1 days old", "364 days old", "40 days old"]
    assert "Deleted 2 answers older than 365 days" in output
    assert "Done: 2 old answers deleted." in output
    assert "Nothing deleted" in run_delete()


def test_a_dry_run_deletes_nothing(aged_answers):
    output = run_delete("--dry-run")
    assert "Would delete 2 answers" in output and "nothing deleted" in output
    assert len(kept()) == 5


def test_the_sites_own_setting_is_used(aged_answers):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.keep_feedback_days = 30
    site_settings.save()
    run_delete()
    assert kept() == ["1 days old"]


def test_behind_a_trusted_proxy_the_limit_is_per_visitor_not_per_proxy(client, form_page, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.1"

    def through_proxy(number, visitor):
        return client.post(form_page.url, answers(number), REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=visitor)

    for number in range(RATE_LIMIT):
        assert through_proxy(number, "203.0.113.7").status_code == 200
    assert through_proxy(50, "203.0.113.7").status_code == 429
    # Another visitor through the same proxy is not held back by the first one's answers.
    assert through_proxy(51, "198.51.100.20").status_code == 200
    # A visitor cannot dodge the limit by making up an address to the left of the one the proxy added.
    assert through_proxy(52, "192.0.2.99, 203.0.113.7").status_code == 429
    assert FormSubmission.objects.count() == RATE_LIMIT + 1
