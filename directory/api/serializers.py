"""Turn directory content into Open Referral UK 3.0 records (the UK profile of HSDS 3.0).

The records follow the official schemas in ``schema/oruk-3.0/`` (see ``directory/api/schemas.py``). An
optional field the site has nothing for is left out, never sent as ``null``; a field the schema requires is
always there (as ``""`` if the site records nothing, e.g. an address's county).

Every id is a UUID, stable across requests, deploys, exports and imports:

- a service is its English page's ``translation_key`` (shared by its translations, kept when it moves; an
  imported service keeps the id its source gave it);
- an organisation is ``Organisation.oruk_id`` (kept from the feed it came from);
- a taxonomy and a taxonomy term are version 5 UUIDs of their names and slugs, so they are the same on every
  copy of the site (editors are told not to change a slug once it is in use);
- the rest (locations, addresses, contacts, phones, schedules, areas, languages, attributes) are version 5
  UUIDs of the service's id and what they describe. Never change :data:`NAMESPACE`: every id would change.

Where the UK profile removed a field HSDS 3.0 has, and the site holds it, the record still carries it (the
schemas allow extra fields): a language's ``name`` and ``code``, a contact's ``phones``, a service's
``application_process`` and ``eligibility_description``, a taxonomy term's ``code``.
"""

import re
import uuid
from dataclasses import dataclass
from html import unescape

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from carers_site.core.taxonomy import Area, Audience, CareArea, Intervention

#: The namespace for every derived id in the API. Fixed for good: see the module docstring.
NAMESPACE = uuid.UUID("d8cd6319-20e4-41bc-a291-edfd40683c9e")

#: ORUK's byday codes (iCalendar RFC 5545), indexed like directory.hours.DAY_CHOICES (Monday is 0).
BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
COUNTRY = "GB"
#: A schedule's notes when the service is closed on bank holidays (HSDS 3.0 has no holiday schedules).
BANK_HOLIDAYS_NOTE = "Closed on bank holidays."


def make_id(kind, *parts):
    """A stable UUID (as text) for a record of ``kind`` identified by ``parts``."""
    return str(uuid.uuid5(NAMESPACE, ":".join([kind, *(str(part) for part in parts)])))


def compact(record):
    """The record without its empty optional fields (None, "" and [])."""
    return {key: value for key, value in record.items() if value not in (None, "", [])}


def absolute_url(request, path):
    """``path`` as a full address on ``CANONICAL_URL`` if set, else on the host the request came to (without a
    request, as in an export from the command line: ``WAGTAILADMIN_BASE_URL``).

    Never the Site record's hostname: on a copy of the site that says ``localhost`` whatever host was asked.
    """
    canonical = getattr(settings, "CANONICAL_URL", "")
    if canonical:
        return canonical.rstrip("/") + path
    if request is None:
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
    return request.build_absolute_uri(path)


def page_url(request, page):
    """A page's full address; the path within its site, on the host absolute_url chooses."""
    parts = page.get_url_parts(request=request)
    return absolute_url(request, parts[2]) if parts else None


# --- taxonomies ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Vocabulary:
    """One of the site's taxonomies, published as an ORUK ``taxonomy`` whose terms are ``taxonomy_term``s."""

    name: str  # the ORUK taxonomy name, e.g. "carers-directory:audience"
    description: str
    field: str  # the ServicePage many-to-many field holding its terms
    model: type

    @property
    def id(self):
        return make_id("taxonomy", self.name)

    def terms(self, language_code):
        terms = self.model.objects.filter(locale__language_code=language_code).order_by("name", "pk")
        if self.model is Area:
            terms = terms.select_related("parent")
        return terms

    def term_id(self, term):
        return make_id("taxonomy_term", self.name, term.slug)


VOCABULARIES = [
    Vocabulary(
        "carers-directory:audience",
        "Who a service is for, such as young carers or parent carers.",
        "audiences",
        Audience,
    ),
    Vocabulary("carers-directory:care-area", "The illness or kind of care, such as dementia.", "care_areas", CareArea),
    Vocabulary(
        "carers-directory:intervention",
        "The kind of help, such as breaks, advice or training.",
        "interventions",
        Intervention,
    ),
    Vocabulary(
        "carers-directory:area",
        "Where a service is offered: the UK, a nation, a region or a borough.",
        "areas_served",
        Area,
    ),
]
VOCABULARIES_BY_ID = {vocabulary.id: vocabulary for vocabulary in VOCABULARIES}


def serialize_taxonomy(vocabulary):
    return {"id": vocabulary.id, "name": vocabulary.name, "description": vocabulary.description}


def serialize_taxonomy_term(vocabulary, term):
    parent = getattr(term, "parent", None)  # only areas have a hierarchy
    record = compact(
        {
            "id": vocabulary.term_id(term),
            "code": term.slug,
            "name": term.name,
            "parent_id": vocabulary.term_id(parent) if parent is not None else None,
            "taxonomy": vocabulary.name,
            "taxonomy_id": vocabulary.id,
        }
    )
    record["description"] = getattr(term, "description", "") or ""  # required by the schema, even if empty
    return record


# --- organisations ------------------------------------------------------------------------------------------


def serialize_organization(organisation):
    """An organisation, as /organizations lists it."""
    record = compact({"id": str(organisation.oruk_id), "name": organisation.name})
    record["description"] = organisation.description or ""  # required by the schema, even if empty
    record.update(compact({"email": organisation.email, "website": organisation.website}))
    return record


# --- services -----------------------------------------------------------------------------------------------

BLOCK_END_RE = re.compile(r"(</(?:p|h\d|li|blockquote)>|<br\s*/?>|<hr\s*/?>)", re.IGNORECASE)


def plain_text(html):
    """Rich text as plain text: one line per paragraph, heading or list item; entities decoded."""
    text = unescape(strip_tags(BLOCK_END_RE.sub(r"\1\n", html or "")))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def service_id(service):
    return str(service.translation_key)


def has_location(service):
    return bool(
        service.address_line_1
        or service.address_line_2
        or service.town
        or service.postcode
        or service.coordinates is not None
    )


def serialize_location(service):
    """The service's one location (its address and map point), or None if it records neither."""
    if not has_location(service):
        return None
    key = service_id(service)
    location_id = make_id("location", key)
    addresses = []
    if service.address_line_1 or service.address_line_2 or service.town or service.postcode:
        addresses.append(
            compact(
                {
                    "id": make_id("address", key),
                    "location_id": location_id,
                    "address_type": "physical",
                    "country": COUNTRY,
                }
            )
            | {
                # Required by the schema, so present even when empty. ORUK puts every line before the town in
                # address_1, comma-separated; the site records no county.
                "address_1": ", ".join(line for line in [service.address_line_1, service.address_line_2] if line),
                "city": service.town,
                "state_province": "",
                "postal_code": service.postcode,
            }
        )
    coordinates = service.coordinates
    return compact(
        {
            "id": location_id,
            "location_type": "physical",
            "name": service.title,
            "description": service.address,
            "latitude": float(coordinates[0]) if coordinates else None,
            "longitude": float(coordinates[1]) if coordinates else None,
            "addresses": addresses,
        }
    )


def service_at_location_id(service):
    return make_id("service_at_location", service_id(service))


def service_at_locations(service):
    location = serialize_location(service)
    if location is None:
        return []
    return [
        {
            "id": service_at_location_id(service),
            "service_id": service_id(service),
            "location_id": location["id"],
            "location": location,
        }
    ]


def schedules(service):
    """Opening times as weekly 3.0 schedules. Bank holiday closures go in each schedule's notes."""
    key = service_id(service)
    notes = BANK_HOLIDAYS_NOTE if service.closed_on_bank_holidays and not service.open_24_7 else None
    if service.open_24_7:
        slots = [(0, 6, "00:00", "23:59", _("24 hours, every day"))]
    else:
        slots = [
            (time.first_day, time.last_day, f"{time.opens:%H:%M}", f"{time.closes:%H:%M}", time.describe())
            for time in service.opening_times.all()
        ]
    records = [
        compact(
            {
                "id": make_id("schedule", key, first, last, opens, closes),
                "service_id": key,
                "freq": "WEEKLY",
                "interval": 1,
                "byday": ",".join(BYDAY[first : last + 1]),
                "opens_at": opens,
                "closes_at": closes,  # 23:59 stands for midnight, as in the admin
                "description": description,
                "notes": notes,
            }
        )
        for first, last, opens, closes, description in slots
    ]
    return list({record["id"]: record for record in records}.values())  # the same time twice is one schedule


def contacts(service):
    """The service's phone numbers, on one contact named after the service (the UK profile has no phones on a
    service: they belong to a contact)."""
    key = service_id(service)
    phones = [
        compact(
            {
                "id": make_id("phone", key, phone.number, phone.label),
                "contact_id": make_id("contact", key),
                "number": phone.number,
                "description": phone.label,
            }
        )
        for phone in service.phones.all()
    ]
    phones = list({phone["id"]: phone for phone in phones}.values())  # the same number twice is one phone
    if not phones:
        return []
    return [{"id": make_id("contact", key), "service_id": key, "name": service.title, "phones": phones}]


def attributes(service):
    """Every taxonomy term of the service, as 3.0 attributes linking the service to the term."""
    key = service_id(service)
    links = []
    for vocabulary in VOCABULARIES:
        for term in getattr(service, vocabulary.field).all():
            term_record = serialize_taxonomy_term(vocabulary, term)
            links.append(
                {
                    "id": make_id("attribute", key, term_record["id"]),
                    "link_id": key,
                    "link_type": "service",
                    "link_entity": "service",
                    "taxonomy_term_id": term_record["id"],
                    "taxonomy_term": term_record,
                }
            )
    return links


def serialize_service_summary(service, request):
    """A service as lists of other records show it: who runs it and where to read about it."""
    organisation = service.organisation
    return compact(
        {
            "id": service_id(service),
            "organization_id": str(organisation.oruk_id) if organisation else None,
            "name": service.title,
            "description": plain_text(service.description) or service.summary,
            # HSDS's url is the service's own website; a service with none gets its page here instead.
            "url": service.website or page_url(request, service),
            "email": service.email,
            "status": "active",
            "fees": service.cost,
            "assured_date": service.last_verified.isoformat() if service.last_verified else None,
            "last_modified": service.last_published_at.isoformat() if service.last_published_at else None,
        }
    )


def serialize_service(service, request):
    """The full record for a ServicePage (its prefetches are in views.with_related)."""
    key = service_id(service)
    record = serialize_service_summary(service, request)
    record.update(
        compact(
            {
                # HSDS 3.0 fields the UK profile dropped, kept because the site holds them.
                "application_process": service.how_to_refer,
                "eligibility_description": service.eligibility,
                "organization": serialize_organization(service.organisation) if service.organisation else None,
                "contacts": contacts(service),
                "schedules": schedules(service),
                "service_areas": [
                    {
                        "id": make_id("service_area", key, area.slug),
                        "service_id": key,
                        "name": area.name,
                        "service_area": area.name,
                    }
                    for area in service.areas_served.all()
                ],
                "service_at_locations": service_at_locations(service),
                "languages": [
                    {
                        "id": make_id("language", key, language.code),
                        "service_id": key,
                        "name": language.english_name,
                        "code": language.code,
                    }
                    for language in service.languages.all()
                ],
                "attributes": attributes(service),
            }
        )
    )
    return record


def serialize_service_at_location(service, request, detail=False):
    """A service at its location. The detail adds ``name`` and ``status``: the official OpenAPI document checks
    /service_at_locations/{id} against the service schema, which requires them."""
    record = service_at_locations(service)[0]
    record["service"] = serialize_service_summary(service, request)
    if detail:
        record["service"] = serialize_service(service, request)
        record["name"] = service.title
        record["status"] = "active"
    return record
