"""Turn directory content into Open Referral UK (ORUK) records.

Field names follow the ORUK data standard (the UK application profile of HSDS 1.0) as its API v1
returns them, including its plural spellings ``eligibilitys`` and ``service_taxonomys``. Where the site
holds nothing for a field the record says ``null`` or ``[]`` rather than leaving the field out, so every
record has the same shape. ``directory/api/schema/openreferral-uk.json`` describes the records.

Identifiers are stable across requests and deploys:

- a service is its page's ``translation_key`` (a UUID shared by its translations, kept when it moves);
- everything else is a version 5 UUID made from :data:`NAMESPACE` and what the record describes, for
  example ``organization:12`` for the organisation with primary key 12. Never change the namespace:
  every published id would change with it.

Taxonomy terms are identified by ``<vocabulary>:<slug>`` (for example
``carers-directory:audience:young-carers``), as ORUK suggests prefixing ids drawn from several
vocabularies; editors are told not to change a slug once it is in use.
"""

import re
import uuid
from dataclasses import dataclass
from html import unescape

from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from carers_site.core.taxonomy import Area, Audience, CareArea, Intervention
from directory.bank_holidays import BANK_HOLIDAYS

#: The namespace for every derived id in the API. Fixed for good: see the module docstring.
NAMESPACE = uuid.UUID("d8cd6319-20e4-41bc-a291-edfd40683c9e")

#: ORUK's byday codes (iCalendar RFC 5545), indexed like directory.hours.DAY_CHOICES (Monday is 0).
BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
COUNTRY = "GB"


def make_id(kind, *parts):
    """A stable UUID (as text) for a record of ``kind`` identified by ``parts``."""
    return str(uuid.uuid5(NAMESPACE, ":".join([kind, *(str(part) for part in parts)])))


def organization_id(organisation):
    return make_id("organization", organisation.pk)


# --- taxonomies ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Vocabulary:
    """One of the site's taxonomies, published as an ORUK vocabulary."""

    name: str  # the ORUK vocabulary name, e.g. "carers-directory:audience"
    field: str  # the ServicePage many-to-many field holding its terms
    model: type

    def terms(self, language_code):
        terms = self.model.objects.filter(locale__language_code=language_code)
        if self.model is Area:
            terms = terms.select_related("parent")
        return terms

    def taxonomy_id(self, term):
        return f"{self.name}:{term.slug}"


VOCABULARIES = [
    Vocabulary("carers-directory:audience", "audiences", Audience),
    Vocabulary("carers-directory:care-area", "care_areas", CareArea),
    Vocabulary("carers-directory:intervention", "interventions", Intervention),
    Vocabulary("carers-directory:area", "areas_served", Area),
]
VOCABULARIES_BY_NAME = {vocabulary.name: vocabulary for vocabulary in VOCABULARIES}


def parse_taxonomy_id(value):
    """ "carers-directory:audience:young-carers" -> (the audience Vocabulary, "young-carers"), else None."""
    for vocabulary in VOCABULARIES:
        prefix = vocabulary.name + ":"
        if value.startswith(prefix) and len(value) > len(prefix):
            return vocabulary, value[len(prefix) :]
    return None


def serialize_taxonomy(vocabulary, term):
    """An ORUK ``taxonomy`` (a term): its id, name, vocabulary and the id of the term above it, if any."""
    parent = getattr(term, "parent", None)  # only areas have a hierarchy
    return {
        "id": vocabulary.taxonomy_id(term),
        "name": term.name,
        "vocabulary": vocabulary.name,
        "parent": vocabulary.taxonomy_id(parent) if parent is not None else None,
    }


# --- organisations ------------------------------------------------------------------------------------------


def serialize_organization(organisation):
    return {
        "id": organization_id(organisation),
        "name": organisation.name,
        "description": organisation.description,
        "email": organisation.email or None,
        "url": organisation.website or None,
        "logo": None,
        "uri": None,
    }


# --- services -----------------------------------------------------------------------------------------------

BLOCK_END_RE = re.compile(r"(</(?:p|h\d|li|blockquote)>|<br\s*/?>|<hr\s*/?>)", re.IGNORECASE)


def plain_text(html):
    """Rich text as plain text: one line per paragraph, heading or list item; entities decoded."""
    text = unescape(strip_tags(BLOCK_END_RE.sub(r"\1\n", html or "")))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def has_location(service):
    return bool(
        service.address_line_1
        or service.address_line_2
        or service.town
        or service.postcode
        or service.coordinates is not None
    )


def serialize_location(service):
    """The service's one location (its address and map position), or None if it records neither."""
    if not has_location(service):
        return None
    key = service.translation_key
    addresses = []
    if service.address_line_1 or service.address_line_2 or service.town or service.postcode:
        addresses.append(
            {
                "id": make_id("physical_address", key),
                # ORUK asks for every line before the town in address_1, comma-separated.
                "address_1": ", ".join(line for line in [service.address_line_1, service.address_line_2] if line),
                "city": service.town,
                "state_province": "",  # the site records no county
                "postal_code": service.postcode,
                "country": COUNTRY,
            }
        )
    coordinates = service.coordinates
    return {
        "id": make_id("location", key),
        "name": service.title,
        "description": service.address or None,
        "latitude": coordinates[0] if coordinates else None,
        "longitude": coordinates[1] if coordinates else None,
        "physical_addresses": addresses,
    }


def service_at_location_id(service):
    return make_id("service_at_location", service.translation_key)


def serialize_service_at_location(service, request=None):
    """A service_at_location for /service_at_locations: the location plus which service it belongs to."""
    return {
        "id": service_at_location_id(service),
        "service": {"id": str(service.translation_key), "name": service.title, "url": service.get_full_url(request)},
        "location": serialize_location(service),
    }


def regular_schedules(service):
    key = service.translation_key
    if service.open_24_7:
        return [
            {
                "id": make_id("regular_schedule", key, "24-7"),
                "opens_at": "00:00",
                "closes_at": "23:59",
                "byday": ",".join(BYDAY),
                "freq": "WEEKLY",
                "interval": 1,
                "valid_from": None,
                "valid_to": None,
                "description": _("24 hours, every day"),
            }
        ]
    return [
        {
            "id": make_id("regular_schedule", time.pk),
            "opens_at": f"{time.opens:%H:%M}",
            "closes_at": f"{time.closes:%H:%M}",  # 23:59 stands for midnight, as in the admin
            "byday": ",".join(BYDAY[time.first_day : time.last_day + 1]),
            "freq": "WEEKLY",
            "interval": 1,
            "valid_from": None,
            "valid_to": None,
            "description": time.describe(),
        }
        for time in service.opening_times.all()
    ]


def holiday_schedules(service, today=None):
    """Closed on each England and Wales bank holiday we know of from today on, if the service says so."""
    if service.open_24_7 or not service.closed_on_bank_holidays:
        return []
    today = today or timezone.localdate()
    return [
        {
            "id": make_id("holiday_schedule", service.translation_key, day.isoformat()),
            "closed": True,
            "opens_at": None,
            "closes_at": None,
            "start_date": day.isoformat(),
            "end_date": day.isoformat(),
        }
        for day in sorted(BANK_HOLIDAYS)
        if day >= today
    ]


def service_taxonomys(service):
    key = service.translation_key
    links = []
    for vocabulary in VOCABULARIES:
        for term in getattr(service, vocabulary.field).all():
            taxonomy = serialize_taxonomy(vocabulary, term)
            links.append({"id": make_id("service_taxonomy", key, taxonomy["id"]), "taxonomy": taxonomy})
    return links


def serialize_service(service, request=None, today=None):
    """The full ORUK record for a ServicePage (its prefetches are in views.with_related)."""
    key = service.translation_key
    location = serialize_location(service)
    return {
        "id": str(key),
        "name": service.title,
        "description": plain_text(service.description) or service.summary,
        "url": service.get_full_url(request),
        "email": service.email or None,
        "status": "active",
        "fees": service.cost or None,
        "accreditations": None,
        "assured_date": service.last_verified.isoformat() if service.last_verified else None,
        "attending_type": None,
        "attending_access": None,
        "deliverable_type": None,
        # ORUK's free-text "steps needed to access the service", and HSDS's "who it is for" sentence: the
        # structured eligibilitys need ages and coded categories this site does not record.
        "application_process": service.how_to_refer or None,
        "eligibility_description": service.eligibility or None,
        "organization": serialize_organization(service.organisation) if service.organisation else None,
        "contacts": [],
        "eligibilitys": [],
        "fundings": [],
        "holiday_schedules": holiday_schedules(service, today),
        "languages": [
            {"id": make_id("language", key, language.code), "language": language.code}
            for language in service.languages.all()
        ],
        "phones": [
            {
                "id": make_id("phone", phone.pk),
                "number": phone.number,
                "language": None,
                "description": phone.label or None,
            }
            for phone in service.phones.all()
        ],
        "regular_schedules": regular_schedules(service),
        "service_areas": [
            {
                "id": make_id("service_area", key, area.translation_key),
                "service_area": area.name,
                "extent": None,
                "uri": None,
            }
            for area in service.areas_served.all()
        ],
        "service_at_locations": (
            [{"id": service_at_location_id(service), "location": location}] if location is not None else []
        ),
        "service_taxonomys": service_taxonomys(service),
    }
