"""Which services the Open Referral UK API and its export publish, and the rows each record needs."""

from django.conf import settings
from django.db.models import Prefetch, Q
from wagtail.coreutils import get_supported_content_language_variant

from carers_site.core.taxonomy import Area
from directory.models import ServicePage


def default_language():
    """The API speaks the site's default language (English), whatever language the person asking uses."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def services_queryset():
    """Live, public service pages in the default (English) locale."""
    return ServicePage.objects.live().public().filter(locale__language_code=default_language())


def with_related(services):
    """Everything serialize_service reads, in a fixed number of queries however many services there are."""
    return services.select_related("organisation", "locale").prefetch_related(
        "phones",
        "opening_times",
        Prefetch("areas_served", queryset=Area.objects.select_related("parent")),
        "audiences",
        "care_areas",
        "interventions",
        "languages",
    )


def with_organisation(services):
    return services.select_related("organisation", "locale")


HAS_LOCATION = (
    ~Q(address_line_1="")
    | ~Q(address_line_2="")
    | ~Q(town="")
    | ~Q(postcode="")
    | Q(latitude__isnull=False, longitude__isnull=False)
)
