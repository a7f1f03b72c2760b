"""Every model of the carers_site app, imported here so Django registers them (app label carers_site, whatever
subpackage defines them: django.apps.registry.Apps.get_containing_app_config). Import them from their own modules;
these names stay for tests and the shell."""

from carers_site.core.site_settings import SiteSettings
from carers_site.core.taxonomy import (
    Area,
    Audience,
    CareArea,
    Intervention,
    Language,
    Outcome,
    PostcodeDistrict,
    ResourceType,
    Sector,
)
from carers_site.events.models import EventIndexPage, EventPage
from carers_site.feedback.models import FeedbackFormField, FeedbackFormPage
from carers_site.home.models import HomePage
from carers_site.news.models import NewsIndexPage, NewsPage
from carers_site.reports.models import PageViewDay
from carers_site.sharing.models import ShortLink

__all__ = [
    "Area",
    "Audience",
    "CareArea",
    "EventIndexPage",
    "EventPage",
    "FeedbackFormField",
    "FeedbackFormPage",
    "HomePage",
    "Intervention",
    "Language",
    "NewsIndexPage",
    "NewsPage",
    "Outcome",
    "PageViewDay",
    "PostcodeDistrict",
    "ResourceType",
    "Sector",
    "ShortLink",
    "SiteSettings",
]
