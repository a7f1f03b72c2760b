"""schema.org JSON-LD for a service page, so search engines and maps can show its phone, hours and address.

``service_structured_data`` builds the data; ``json_ld_script`` renders it as a
``<script type="application/ld+json">`` element that no text in the data can break out of.
"""

import html
import json

import phonenumbers
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from carers_site.core.languages import localize

SCHEMA = "https://schema.org"
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# As Django's json_script: "<", ">" and "&" become \u escapes, so "</script>" or "<!--" in a title
# cannot end the element early; JSON parsers read the escapes back as the same characters.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def plain_text(rich_text: str) -> str:
    return " ".join(html.unescape(strip_tags(rich_text or "")).split())


def international_number(number: str) -> str:
    """ "020 8554 0490" -> "+44 20 8554 0490": unambiguous to a search engine anywhere."""
    try:
        parsed = phonenumbers.parse(number, getattr(settings, "PHONENUMBER_REGION", "GB"))
    except phonenumbers.NumberParseException:
        return number
    if not phonenumbers.is_valid_number(parsed):
        return number
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def is_council(organisation) -> bool:
    return organisation is not None and "council" in organisation.name.lower()


def _day_uris(first: int, last: int) -> list[str]:
    return [f"{SCHEMA}/{DAYS[day]}" for day in range(first, last + 1)]


def opening_hours(service) -> list[dict]:
    if service.open_24_7:
        return [
            {"@type": "OpeningHoursSpecification", "dayOfWeek": _day_uris(0, 6), "opens": "00:00", "closes": "23:59"}
        ]
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": _day_uris(time.first_day, time.last_day),
            "opens": f"{time.opens:%H:%M}",
            "closes": f"{time.closes:%H:%M}",
        }
        for time in service.opening_times.all()
    ]


def _organisation(organisation, schema_type: str) -> dict:
    data = {"@type": schema_type, "name": organisation.name}
    if organisation.website:
        data["url"] = organisation.website
    return data


def service_structured_data(service, request=None) -> dict:
    """The schema.org description of a service: an Organization, or a GovernmentService if a council runs it."""
    organisation = service.organisation
    government = is_council(organisation)
    data = {
        "@context": SCHEMA,
        "@type": "GovernmentService" if government else "Organization",
        "name": service.title,
    }
    description = service.summary or plain_text(service.description)
    if description:
        data["description"] = description
    url = service.get_full_url(request)
    if url:
        data["url"] = url
    if service.website:
        data["sameAs"] = service.website
    if service.email:
        data["email"] = service.email

    areas = [{"@type": "AdministrativeArea", "name": area.name} for area in localize(service.areas_served.all())]
    languages = [language.english_name for language in service.languages.all()]
    phones = list(service.phones.all())
    if phones:
        data["telephone"] = international_number(phones[0].number)
        contact_points = []
        for phone in phones:
            point = {
                "@type": "ContactPoint",
                "telephone": international_number(phone.number),
                "contactType": phone.label or _("Phone"),
            }
            if areas:
                point["areaServed"] = areas
            if languages:
                point["availableLanguage"] = languages
            contact_points.append(point)
        data["contactPoint"] = contact_points

    hours = opening_hours(service)
    if hours:
        data["openingHoursSpecification"] = hours

    if service.address:
        address = {"@type": "PostalAddress", "addressCountry": "GB"}
        street = ", ".join(line for line in [service.address_line_1, service.address_line_2] if line)
        for key, value in [
            ("streetAddress", street),
            ("addressLocality", service.town),
            ("postalCode", service.postcode),
        ]:
            if value:
                address[key] = value
        data["address"] = address
    if service.coordinates:
        latitude, longitude = service.coordinates
        data["geo"] = {"@type": "GeoCoordinates", "latitude": latitude, "longitude": longitude}
    if areas:
        data["areaServed"] = areas

    if organisation is not None:
        if government:
            # schema.org: a GovernmentService's "provider" is the body that runs it.
            data["provider"] = _organisation(organisation, "GovernmentOrganization")
        else:
            data["parentOrganization"] = _organisation(organisation, "Organization")
    return data


def json_ld_script(data: dict):
    """``<script type="application/ld+json">`` with the data, escaped so nothing in it can end the element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308 - escaped above
