"""Near me without any outside service: a postcode finds its district's centre and borough from data we ship.

Two files in ``directory/data`` (see the README there for their source and licence):

- ``postcode_districts.csv``: every district of Greater London with its borough. It fills the district table
  (Taxonomies > Areas > postcode districts) through ``manage.py load_postcode_districts``; load another file
  the same way to make more districts local.
- ``uk_postcode_districts.csv``: every district in Great Britain, with its centre, council and nation. It is
  read as it is, never loaded: a postcode whose district is not in the table but is in this file is real, just
  not local (or local to a borough area that has the council's name), so it gets its nation's and the whole
  country's services. Northern Ireland's districts (BT1 to BT94) are not in the data we ship; their shape is
  enough.
"""

import csv
import functools
import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.db import transaction
from django.db.models import FloatField, Value
from django.db.models.functions import ASin, Cast, Cos, Power, Sin, Sqrt
from django.utils.text import slugify
from wagtail.models import Locale

from carers_site.core.taxonomy import POSTCODE_DISTRICT_RE, Area, PostcodeDistrict, normalise_district

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
    #: False for a real postcode outside the boroughs we know: ``area`` is then its nation (or the country).
    local: bool = True
    #: The council area holding most of the district, where the UK file says (e.g. "Cardiff").
    council: str = ""

    @property
    def coordinates(self):
        if self.latitude is None or self.longitude is None:
            return None
        return self.latitude, self.longitude

    def lists_local_help(self, services):
        """Whether any of ``services`` (a ServicePage queryset) serves this place's own borough."""
        return self.local and services.filter(areas_served=self.area).exists()


def locate(text, everywhere=True):
    """The Place for a postcode or district, or None if it is not a postcode or no such district exists.

    A district in the table is local. Otherwise, with ``everywhere``, a district anywhere in the UK is found
    (not local); without it, only the table is looked at (search does that for a district on its own, so that
    "vitamin B12" is not taken for Birmingham).
    """
    parsed = parse_postcode(text)
    if parsed is None:
        return None
    code = normalise_district(parsed[0])
    district = PostcodeDistrict.objects.filter(code=code).select_related("area").first()
    if district is None:
        return locate_outside_table(code) if everywhere else None
    lat, lon = district.latitude, district.longitude
    if lat is None or lon is None:  # fall back to the borough's centre
        lat, lon = district.area.latitude, district.area.longitude
    return Place(
        district.code,
        district.area,
        float(lat) if lat is not None else None,
        float(lon) if lon is not None else None,
    )


UK_DISTRICTS_FILE = Path(__file__).resolve().parent / "data" / "uk_postcode_districts.csv"
NORTHERN_IRELAND_RE = re.compile(r"^BT([1-9][0-9]?)$")


@dataclass(frozen=True)
class KnownDistrict:
    """A row of the UK file: a postcode district that exists, wherever it is."""

    latitude: float | None
    longitude: float | None
    council: str
    nation: str


@functools.cache
def uk_districts():
    """{district: KnownDistrict} for every postcode district in Great Britain (read once per process)."""
    districts = {}
    with open(UK_DISTRICTS_FILE, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            lat, lon = row["latitude"], row["longitude"]
            districts[row["district"]] = KnownDistrict(
                float(lat) if lat else None, float(lon) if lon else None, row["council"], row["nation"]
            )
    return districts


def known_district(code):
    """The KnownDistrict for a district that exists anywhere in the UK, or None."""
    found = uk_districts().get(code)
    if found is None:
        match = NORTHERN_IRELAND_RE.match(code)
        if match and 1 <= int(match.group(1)) <= 94:
            found = KnownDistrict(None, None, "", "Northern Ireland")
    return found


def locate_outside_table(code):
    """A real district that is not in the table: the borough area named after its council if there is one
    (local), else its nation, else the whole country (not local). None if no such district exists."""
    known = known_district(code)
    if known is None:
        return None
    areas = Area.objects.filter(locale=Locale.get_default())
    area = areas.filter(kind=Area.Kind.BOROUGH, slug=slugify(known.council)).first() if known.council else None
    local = area is not None
    if area is None:
        area = areas.filter(kind=Area.Kind.NATION, slug=slugify(known.nation)).first()
    if area is None:
        area = areas.filter(kind=Area.Kind.COUNTRY).first()
    if area is None:
        return None
    return Place(code, area, known.latitude, known.longitude, local=local, council=known.council)


def distance_km(a, b):
    """Great-circle distance between two (latitude, longitude) points, in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def distance_km_sql(origin, latitude="latitude", longitude="longitude"):
    """distance_km from ``origin`` to each row's ``latitude`` and ``longitude`` fields, as a database expression
    (SQLite and PostgreSQL; NULL where either is missing), so the database can sort by distance and hand back
    one page.

    It is distance_km's formula with its operations in the same order, on the same double-precision values (the
    origin's radians and cosine are worked out here; a degree in radians is math.radians'), and both databases
    call the C library's functions as Python does, so a row gets the number distance_km gives and sorting by it
    orders rows as sorting by distance_km does (tests/directory/test_nearest_first.py checks, on both).
    """
    lat1, lon1 = map(math.radians, origin)
    per_degree = Value(math.radians(1.0))
    lat2 = Cast(latitude, FloatField()) * per_degree
    lon2 = Cast(longitude, FloatField()) * per_degree
    half = Value(2.0)
    h = Power(Sin((lat2 - Value(lat1)) / half), 2) + Value(math.cos(lat1)) * Cos(lat2) * Power(
        Sin((lon2 - Value(lon1)) / half), 2
    )
    return Value(2 * EARTH_RADIUS_KM) * ASin(Sqrt(h))


def sort_by_distance(services, origin):
    """Services nearest first; those with no coordinates keep their order after the rest.

    Sets ``distance_km`` on each service (None where unknown) for templates and the API.
    """
    for service in services:
        coords = service.coordinates
        service.distance_km = distance_km(origin, coords) if origin and coords else None
    return sorted(services, key=lambda s: (s.distance_km is None, s.distance_km or 0))


DISTRICTS_FILE = Path(__file__).resolve().parent / "data" / "postcode_districts.csv"


def load_districts(path, update=True):
    """Create the districts in a CSV file that are missing and, with ``update``, change those that differ.

    Returns (created, updated, problems). Written in bulk: the London file is a few hundred rows."""
    problems = []
    rows = {}
    locale = Locale.get_default()
    areas = {area.slug: area for area in Area.objects.filter(locale=locale)}
    with open(path, newline="", encoding="utf-8-sig") as handle:
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
            rows[code] = (area, lat, lon)
    with transaction.atomic():
        existing = PostcodeDistrict.objects.in_bulk(list(rows), field_name="code")
        new = [
            PostcodeDistrict(code=code, area=area, latitude=lat, longitude=lon)
            for code, (area, lat, lon) in rows.items()
            if code not in existing
        ]
        changed = []
        for code, district in existing.items() if update else ():
            area, lat, lon = rows[code]
            if (district.area_id, district.latitude, district.longitude) != (area.pk, lat, lon):
                district.area, district.latitude, district.longitude = area, lat, lon
                changed.append(district)
        PostcodeDistrict.objects.bulk_create(new)
        PostcodeDistrict.objects.bulk_update(changed, ["area", "latitude", "longitude"])
    return len(new), len(changed), problems
