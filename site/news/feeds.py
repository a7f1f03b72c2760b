"""RSS and Atom feeds of a news index's latest news, so people can follow it in a feed reader.

Served by ``NewsIndexPage`` (a routable page) at ``feed/rss/`` and ``feed/atom/`` under the index, in the
index's language: /news/feed/rss/, /ur/news/feed/atom/ and so on. Built with Django's syndication framework.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

#: How many news items a feed holds, newest first.
FEED_LENGTH = 20


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index):
        self.index = index
        self.language = index.locale.language_code

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, index):
        site = index.get_site()
        return f"{index.title} - {(site.site_name if site else '') or _('Carers Directory')}"

    def link(self, index):
        return index.get_full_url(self.request)

    def description(self, index):
        return index.summary or _("News for unpaid carers.")

    def items(self, index):
        from carers_site.news.models import NewsPage

        news = NewsPage.objects.live().public().child_of(index).filter(locale=index.locale)
        return news.order_by("-date", "-first_published_at", "-pk")[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Readers treat descriptions as HTML; the summary is plain text, so "<" must show as "<".
        return escape(item.summary)

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        """The news item's own date (midnight, local time); the page has no time of day."""
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time.min))

    def item_updateddate(self, item):
        """When it was last published (Atom requires an updated time on every entry), never before its date."""
        dated = self.item_pubdate(item)
        return max(dated, item.last_published_at) if item.last_published_at else dated


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description(index)
