"""News pages: the news index (newest first, and as RSS and Atom feeds) and news items."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from carers_site.core.blocks import BodyStreamBlock
from carers_site.core.languages import localize
from carers_site.core.page_mixins import ContentPage


class NewsIndexPage(RoutablePageMixin, ContentPage):
    """The news, newest first, and as RSS and Atom feeds (carers_site/news/feeds.py)."""

    show_in_search_results = False
    lists_every_language = True
    parent_page_types = ["carers_site.HomePage"]
    subpage_types = ["carers_site.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")

    def get_context(self, request, *args, **kwargs):
        from carers_site.core.pagination import paginate

        context = super().get_context(request, *args, **kwargs)
        items = self.listed_pages(NewsPage).order_by("-date", "-pk")
        context["page_obj"] = page_obj = paginate(request, items)
        page_obj.object_list = localize(page_obj.object_list)
        return context

    def get_cached_paths(self):
        """The list and its feeds, which a CDN keeps apart (wagtail.contrib.frontend_cache purges them all)."""
        return ["/", "/" + self.reverse_subpage("rss_feed"), "/" + self.reverse_subpage("atom_feed")]

    @path("feed/rss/", name="rss_feed")
    def rss_feed(self, request):
        from carers_site.news.feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        from carers_site.news.feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class NewsPage(ContentPage):
    date = models.DateField(default=timezone.localdate)
    body = StreamField(BodyStreamBlock(), blank=True, use_json_field=True)

    content_panels = ContentPage.content_panels + [FieldPanel("date"), FieldPanel("body")]
    search_fields = ContentPage.search_fields + [index.SearchField("body"), index.FilterField("date")]
    parent_page_types = ["carers_site.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news page")
