"""News as RSS and Atom feeds: only live, public news of the index's language, newest first; and a demo
news item that is scheduled to go live later."""

import datetime
import io
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from carers_site.dev.demo import content
from carers_site.models import NewsPage
from carers_site.news.feeds import FEED_LENGTH
from tests.factories.site import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture
def news(home):
    index = NewsIndexPageFactory(parent=home, title="News", slug="news", summary="What is new for carers.")
    today = timezone.localdate()
    pages = {
        "older": NewsPageFactory(parent=index, title="Carers Week", date=today - datetime.timedelta(days=30)),
        "newer": NewsPageFactory(
            parent=index, title="Winter help & advice", summary="Heating <and> health.", date=today
        ),
        "draft": NewsPageFactory(parent=index, title="Not ready yet", live=False),
        "private": NewsPageFactory(parent=index, title="For staff only"),
        "scheduled": NewsPageFactory(parent=index, title="Out next week", live=False),
    }
    PageViewRestriction.objects.create(page=pages["private"], restriction_type="password", password="staff")
    scheduled = pages["scheduled"]
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=7)
    scheduled.save_revision().publish()
    return index, pages


def get_feed(client, url, content_type):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == f"{content_type}; charset=utf-8"
    return ET.fromstring(response.content)


def rss_items(channel):
    return [
        {
            "title": item.findtext("title"),
            "link": item.findtext("link"),
            "description": item.findtext("description"),
            "date": parsedate_to_datetime(item.findtext("pubDate")),
        }
        for item in channel.iter("item")
    ]


def test_the_rss_feed_has_the_live_public_news_newest_first(client, news):
    index, pages = news
    pages["scheduled"].refresh_from_db()
    assert not pages["scheduled"].live and pages["scheduled"].get_latest_revision().approved_go_live_at
    root = get_feed(client, "/news/feed/rss/", "application/rss+xml")
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel.findtext("title") == "News - Carers Directory"
    assert channel.findtext("description") == "What is new for carers."
    assert channel.findtext("language") == "en"
    assert channel.findtext("link") == index.full_url
    items = rss_items(channel)
    assert [item["title"] for item in items] == ["Winter help & advice", "Carers Week"]
    newer = items[0]
    assert newer["link"] == pages["newer"].full_url and newer["link"].startswith("http")
    assert newer["description"] == "Heating &lt;and&gt; health."  # HTML for "Heating <and> health."
    assert newer["date"].date() == pages["newer"].date
    assert newer["date"].tzinfo is not None
    assert items[1]["date"].date() == pages["older"].date


def test_the_atom_feed_has_the_same_news(client, news):
    index, pages = news
    root = get_feed(client, "/news/feed/atom/", "application/atom+xml")
    assert root.tag == f"{ATOM}feed"
    assert root.get(XML_LANG) == "en"
    assert root.findtext(f"{ATOM}title") == "News - Carers Directory"
    assert root.findtext(f"{ATOM}subtitle") == "What is new for carers."
    entries = root.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == ["Winter help & advice", "Carers Week"]
    assert entries[0].find(f"{ATOM}link").get("href") == pages["newer"].full_url
    assert entries[0].findtext(f"{ATOM}summary") == "Heating &lt;and&gt; health."
    for entry, page in zip(entries, [pages["newer"], pages["older"]], strict=True):
        assert entry.findtext(f"{ATOM}published").startswith(page.date.isoformat())
        published, updated = (
            datetime.datetime.fromisoformat(entry.findtext(f"{ATOM}{name}")) for name in ("published", "updated")
        )
        assert updated >= published
        assert entry.findtext(f"{ATOM}id") == page.full_url


def test_a_feed_holds_the_latest_twenty(client, home):
    index = NewsIndexPageFactory(parent=home, slug="news")
    start = datetime.date(2026, 1, 1)
    for number in range(FEED_LENGTH + 2):
        NewsPageFactory(parent=index, title=f"Story {number}", date=start + datetime.timedelta(days=number))
    titles = [item["title"] for item in rss_items(get_feed(client, "/news/feed/rss/", "application/rss+xml"))]
    assert titles == [f"Story {number}" for number in range(FEED_LENGTH + 1, 1, -1)]


def test_the_urdu_news_index_gives_urdu_news(client, news):
    index, pages = news
    urdu = Locale.objects.get(language_code="ur")
    urdu_index = index.copy_for_translation(urdu, copy_parents=True)
    urdu_index.title = "خبریں"
    urdu_index.save_revision().publish()
    urdu_item = pages["older"].copy_for_translation(urdu)
    urdu_item.title = "نگہداشت کرنے والوں کا ہفتہ"
    urdu_item.save_revision().publish()

    channel = get_feed(client, "/ur/news/feed/rss/", "application/rss+xml").find("channel")
    assert channel.findtext("language") == "ur"
    assert channel.findtext("title").startswith("خبریں")
    items = rss_items(channel)
    assert [item["title"] for item in items] == ["نگہداشت کرنے والوں کا ہفتہ"]
    assert items[0]["link"].endswith("/ur/news/" + urdu_item.slug + "/")

    atom = get_feed(client, "/ur/news/feed/atom/", "application/atom+xml")
    assert atom.get(XML_LANG) == "ur"
    assert [entry.findtext(f"{ATOM}title") for entry in atom.findall(f"{ATOM}entry")] == [urdu_item.title]
    english = rss_items(get_feed(client, "/news/feed/rss/", "application/rss+xml").find("channel"))
    assert urdu_item.title not in [item["title"] for item in english]


def test_news_pages_point_browsers_to_the_feeds(client, news):
    index, pages = news
    for url in (index.url, pages["newer"].url):
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        links = {link["type"]: link["href"] for link in soup.head.select('link[rel="alternate"][type]')}
        assert links == {"application/rss+xml": "/news/feed/rss/", "application/atom+xml": "/news/feed/atom/"}, url
    soup = BeautifulSoup(client.get(index.url).content, "html.parser")
    section = soup.find(id="news-feeds-heading").find_parent("section")
    assert section.find("a", string="Follow news by RSS feed")["href"] == "/news/feed/rss/"
    assert section.find("a", string="Follow news by Atom feed")["href"] == "/news/feed/atom/"
    assert "feed reader" in section.get_text()


def test_a_private_news_index_keeps_its_feed_private(client, news):
    index, _pages = news
    PageViewRestriction.objects.create(page=index, restriction_type="password", password="staff")
    response = client.get("/news/feed/rss/")
    assert response.status_code == 200
    assert b"<rss" not in response.content and b"Carers Week" not in response.content


# --- the demo's scheduled news item ----------------------------------------------------------------------


def test_the_demo_schedules_a_news_item_that_publish_scheduled_makes_live(home, monkeypatch):
    from carers_site.dev.demo import loader as load_demo

    [row] = [row for row in content.NEWS if row.get("publish_in_days")]
    monkeypatch.setattr(content, "EVENTS", [])  # only the news part of this step is wanted here
    loaded = datetime.datetime(2026, 11, 25, 22, 30, tzinfo=datetime.UTC)
    command = load_demo.Command(stdout=io.StringIO())
    command.locale, command.created = Locale.get_default(), 0
    with time_machine.travel(loaded, tick=False):
        command.load_news_and_events(home)

    item = NewsPage.objects.get(slug=row["slug"])
    goes_live = load_demo.go_live_in(row["publish_in_days"], loaded)
    assert timezone.localtime(goes_live).hour == 9
    assert goes_live.date() == datetime.date(2026, 11, 25) + datetime.timedelta(days=row["publish_in_days"])
    assert not item.live and item.go_live_at == goes_live
    assert item.get_latest_revision().approved_go_live_at == goes_live
    assert item.date == goes_live.date()
    assert [p.title for p in NewsPage.objects.live()] == [r["title"] for r in content.NEWS if "date" in r]

    with time_machine.travel(goes_live - datetime.timedelta(minutes=1), tick=False):
        call_command("publish_scheduled", stdout=io.StringIO())
    item.refresh_from_db()
    assert not item.live
    with time_machine.travel(goes_live + datetime.timedelta(minutes=1), tick=False):
        call_command("publish_scheduled", stdout=io.StringIO())
    item.refresh_from_db()
    assert item.live and item.title == row["title"]
