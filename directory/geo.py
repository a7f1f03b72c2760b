"""Near me without any outside service: a postcode finds its district's centre and borough from data we ship.

The district table (Taxonomies > Areas > postcode districts) is loaded from
``directory/data/postcode_districts.csv`` by ``manage.py load_postcode_districts``; load a bigger file
the same way to cover more of the country.
"""

import csv
import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.db import transaction
from wagtail.models import Locale

from carers_site.models import Area, PostcodeDistrict
from carers_site.models.taxonomy import POSTCODE_DISTRICT_RE, normalise_district

#: A full UK postcode (outward and inward code) or just its district, with or without the space.
POSTCODE_RE = re.compile(r"^([A-Z]{1,2}[0-9][0-9A-Z]?)\s*([0-9][A-Z]{2})?$")
EARTH_RADIUS_KM = 6371.0
KM_PER_MILE = 1.609344


def parse_postcode(text):
    """ "ig11 7lu" -> ("IG11", "IG11 7LU"); "RM8" -> ("RM8", "RM8"). None if it is not postcode-shaped."""
    value = " ".join((text or "").upper().split())
    match = POSTCODE_RE.match(value)
    if not match:
        return None
    district, inward = match.groups()
    return district, f"{district} {inward}" if inward else district


def is_valid_postcode(text):
    """A full postcode such as IG11 7LU (districts alone are not an address)."""
    parsed = parse_postcode(text)
    return parsed is not None and parsed[0] != parsed[1]


def format_postcode(text):
    parsed = parse_postcode(text)
    return parsed[1] if parsed else (text or "").strip()


@dataclass(frozen=True)
class Place:
    """Where a postcode is: its district, the borough that district belongs to, and a centre point."""

    district: str
    area: Area
    latitude: float | None
    longitude: float | None

    @property
    def coordinates(self):
        if self.latitude is None or self.longitude is None:
            return None
        return self.latitude, self.longitude


def locate(text):
    """The Place for a postcode or district we know, or None."""
    parsed = parse_postcode(text)
    if parsed is None:
        return None
    district = PostcodeDistrict.objects.filter(code=normalise_district(parsed[0])).select_related("area").first()
    if district is None:
        return None
    lat, lon = district.latitude, district.longitude
    if lat is None or lon is None:  # fall back to the borough's centre
        lat, lon = district.area.latitude, district.area.longitude
    return Place(
        district.code,
        district.area,
        float(lat) if lat is not None else None,
        float(lon) if lon is not None else None,
    )


def distance_km(a, b):
    """Great-circle distance between two (latitude, longitude) points, in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def sort_by_distance(services, origin):
    """Services nearest first; those with no coordinates keep their order after the rest.

    Sets ``distance_km`` on each service (None where unknown) for templates and the API.
    """
    for service in services:
        coords = service.coordinates
        service.distance_km = distance_km(origin, coords) if origin and coords else None
    return sorted(services, key=lambda s: (s.distance_km is None, s.distance_km or 0))


DISTRICTS_FILE = Path(__file__).resolve().parent / "data" / "postcode_districts.csv"


def load_districts(path):
    """Create or update districts from a CSV file. Returns (created, updated, problems)."""
    created = updated = 0
    problems = []
    locale = Locale.get_default()
    areas = {area.slug: area for area in Area.objects.filter(locale=locale)}
    with open(path, newline="", encoding="utf-8-sig") as handle, transaction.atomic():
        reader = csv.DictReader(handle)
        missing = {"district", "borough", "latitude", "longitude"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{path} needs the columns district, borough, latitude, longitude; missing {missing}.")
        for number, row in enumerate(reader, start=2):
            code = normalise_district(row["district"])
            if not POSTCODE_DISTRICT_RE.match(code):
                problems.append(f"line {number}: “{row['district']}” is not a postcode district such as IG11")
                continue
            area = areas.get((row["borough"] or "").strip())
            if area is None:
                problems.append(f"line {number}: no area with the slug “{row['borough']}”")
                continue
            try:
                lat, lon = Decimal(row["latitude"]), Decimal(row["longitude"])
            except (InvalidOperation, TypeError):
                problems.append(f"line {number}: latitude and longitude must be numbers")
                continue
            if not (49 <= lat <= 61 and -9 <= lon <= 2):
                problems.append(f"line {number}: {lat}, {lon} is not in the UK")
                continue
            _district, made = PostcodeDistrict.objects.update_or_create(
                code=code, defaults={"area": area, "latitude": lat, "longitude": lon}
            )
            created += made
            updated += not made
    return created, updated, problems
