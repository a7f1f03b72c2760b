"""Every page type renders its key content, with the crisis panel, for an anonymous visitor."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from directory.models import OpeningTime
from tests.factories.directory import DirectoryIndexPageFactory, ServicePageFactory, ServicePhoneFactory
from tests.factories.resources import (
    GuidancePageFactory,
    LeafletIndexPageFactory,
    LeafletPageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)
from tests.factories.site import (
    AudienceFactory,
    EventIndexPageFactory,
    EventPageFactory,
    FeedbackFormPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ResourceTypeFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def build_site(home):
    """One page of every type, each with something distinctive to look for."""
    audience = AudienceFactory(name="Young carers", slug="young-carers")
    guidance = GuidancePageFactory(
        parent=home,
        title="Carer's assessment",
        body=[
            ("heading", "How to ask"),
            ("paragraph", "<p>Ring your council's adult social care team.</p>"),
            ("faq", [{"question": "Is it free?", "answer": "<p>Yes, it is always free.</p>"}]),
            ("crisis_lines", {"title": "Who to call now"}),
        ],
    )
    guidance.audiences.set([audience])
    guidance.save()
    library = ResourceIndexPageFactory(parent=home)
    resource = ResourcePageFactory(
        parent=library,
        title="Making Respite Real",
        resource_type=ResourceTypeFactory(name="Toolkit", slug="toolkit"),
        date_revised=datetime.date(2018, 5, 10),
    )
    leaflets = LeafletIndexPageFactory(parent=home)
    leaflet = LeafletPageFactory(parent=leaflets)
    directory = DirectoryIndexPageFactory(parent=home)
    service = ServicePageFactory(parent=directory, title="Redbridge Carers Support Service", open_24_7=False)
    ServicePhoneFactory(service=service, number="020 8514 6251")
    OpeningTime.objects.create(
        service=service, first_day=0, last_day=4, opens=datetime.time(9), closes=datetime.time(17)
    )
    news_index = NewsIndexPageFactory(parent=home)
    news = NewsPageFactory(parent=news_index, title="Carers Week is coming")
    events = EventIndexPageFactory(parent=home)
    event = EventPageFactory(
        parent=events,
        title="Evening support group",
        start=timezone.make_aware(datetime.datetime(2030, 12, 3, 18, 30)),
        end=timezone.make_aware(datetime.datetime(2030, 12, 3, 20, 0)),
    )
    form = FeedbackFormPageFactory(parent=home)
    return {
        "home": (home, ["Help for unpaid carers", "What do you need help with?"]),
        "guidance": (guidance, ["Carer's assessment", "How to ask", "Is it free?", "Young carers"]),
        "library": (library, ["Making Respite Real", "Filter resources", "1 resource"]),
        "resource": (resource, ["Making Respite Real", "Toolkit", "10 May 2018"]),
        "leaflets": (leaflets, ["A brief guide for carers"]),
        "leaflet": (leaflet, ["A brief guide for carers", "Download the leaflet"]),
        "directory": (directory, ["Redbridge Carers Support Service", "1 service"]),
        "service": (service, ["Redbridge Carers Support Service", "020 8514 6251", "Mon-Fri 9am-5pm"]),
        "news index": (news_index, ["Carers Week is coming"]),
        "news": (news, ["Carers Week is coming"]),
        "events": (events, ["Evening support group"]),
        "event": (event, ["Evening support group", "Tuesday 3 December 2030, 6:30pm", "8pm"]),
        "feedback": (form, ["Tell us what you think", "Your comments", "Send"]),
    }


def test_every_page_type_renders_its_content_and_the_crisis_panel(client, home, crisis_lines):
    for name, (page, expected) in build_site(home).items():
        response = client.get(page.url)
        assert response.status_code == 200, name
        html = response.content.decode()
        text = BeautifulSoup(html, "html.parser").get_text(" ", strip=True)
        for fragment in expected:
            assert fragment in text, f"{name}: {fragment!r} missing"

        soup = BeautifulSoup(html, "html.parser")
        panel = soup.select_one("aside.app-crisis")
        assert panel is not None, f"{name}: no crisis panel"
        # The panel comes before the header and main content, so it is the first thing on a small screen.
        assert str(soup.body).index("app-crisis") < str(soup.body).index('id="maincontent"'), name
        links = {a["href"] for a in panel.select("a")}
        assert {"tel:999", "tel:116123", "tel:+442085540490"} <= links, name
        assert "sms:85258?&body=SHOUT" in links, name
        assert "24 hours" in panel.get_text() and "Mon-Fri 9am-5pm" in panel.get_text(), name


def test_crisis_panel_keeps_the_editors_order(client, home, crisis_lines):
    crisis_lines[3].sort_order = 0
    crisis_lines[3].save()
    panel = BeautifulSoup(client.get(home.url).content, "html.parser").select_one("aside.app-crisis")
    names = [el.get_text() for el in panel.select(".app-crisis__name")]
    assert names == ["Carers advice line", "Emergency services", "Samaritans", "Shout"]


def test_past_events_leave_the_listing(client, home):
    events = EventIndexPageFactory(parent=home)
    EventPageFactory(
        parent=events,
        title="Last year's picnic",
        start=timezone.now() - datetime.timedelta(days=400),
        end=timezone.now() - datetime.timedelta(days=400) + datetime.timedelta(hours=2),
    )
    EventPageFactory(parent=events, title="Next week's drop-in")
    text = client.get(events.url).content.decode()
    assert "Next week&#x27;s drop-in" in text
    assert "Last year" not in text


def test_feedback_form_shows_errors_and_thanks(client, home):
    form = FeedbackFormPageFactory(parent=home)
    response = client.post(form.url, {})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert form.get_submission_class().objects.count() == 0

    response = client.post(form.url, {"your_comments": "The crisis numbers helped."})
    assert response.status_code == 200
    assert "Thank you" in response.content.decode()
    submission = form.get_submission_class().objects.get()
    assert "The crisis numbers helped." in submission.form_data["your_comments"]


def test_search_finds_a_guidance_page(client, home):
    GuidancePageFactory(parent=home, title="Taking a break from caring", summary="Respite and short breaks.")
    response = client.get("/search/", {"q": "respite"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Taking a break from caring" in html
    assert '<meta name="robots" content="noindex">' in html
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
