from .measures import PageViewDay
from .pages import (
    EventIndexPage,
    EventPage,
    FeedbackFormField,
    FeedbackFormPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
)
from .settings import SiteSettings
from .sharing import ShortLink
from .taxonomy import (
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
