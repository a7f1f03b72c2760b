"""Make the two postcode district files in this folder from Ordnance Survey's Code-Point Open.

    .venv/bin/python directory/data/build_postcode_districts.py path/to/codepo_gb.zip [output folder]

Code-Point Open gives every live postcode in Great Britain with its grid position and the council area
(local authority) it is in. For each postcode district (the first half of a postcode, e.g. E1) this works
out:

- its centre: the average position of its postcodes, turned from the British National Grid into latitude
  and longitude (WGS84, as phones and web maps use);
- its council area and nation: the ones holding most of its postcodes (a district can cross a border).

It writes ``uk_postcode_districts.csv`` (every district in Great Britain) and ``postcode_districts.csv``
(the districts whose postcodes are mostly in a London borough or the City of London, with that borough's
slug, for ``manage.py load_postcode_districts``). See README.md in this folder for the licence.
"""

import csv
import io
import math
import re
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
NATIONS = {"E92000001": "England", "W92000004": "Wales", "S92000003": "Scotland"}
NO_POSITION = "90"  # Code-Point's positional quality for a postcode it has no grid position for


# --- British National Grid (OSGB36) to WGS84 latitude and longitude ----------------------------------------
# The Ordnance Survey's published method: undo the Transverse Mercator projection on the Airy 1830
# ellipsoid, then move from OSGB36 to WGS84 with the standard seven-parameter Helmert transformation
# (good to a few metres, far better than a district's centre needs).

AIRY = (6377563.396, 6356256.909)
GRS80 = (6378137.0, 6356752.3141)
SCALE, LAT0, LON0, EAST0, NORTH0 = 0.9996012717, math.radians(49), math.radians(-2), 400000.0, -100000.0
# OSGB36 to WGS84: shifts in metres, scale in parts per million, rotations in seconds of arc.
SHIFT, PPM, ROTATION = (446.448, -125.157, 542.060), -20.4894, (0.1502, 0.2470, 0.8421)


def grid_to_osgb36(easting, northing):
    a, b = AIRY
    e2 = 1 - (b * b) / (a * a)
    n = (a - b) / (a + b)

    def meridional_arc(lat):
        d, s = lat - LAT0, lat + LAT0
        return (
            b
            * SCALE
            * (
                (1 + n + 5 / 4 * n**2 + 5 / 4 * n**3) * d
                - (3 * n + 3 * n**2 + 21 / 8 * n**3) * math.sin(d) * math.cos(s)
                + (15 / 8 * n**2 + 15 / 8 * n**3) * math.sin(2 * d) * math.cos(2 * s)
                - 35 / 24 * n**3 * math.sin(3 * d) * math.cos(3 * s)
            )
        )

    lat, arc = LAT0, 0.0
    while True:
        lat += (northing - NORTH0 - arc) / (a * SCALE)
        arc = meridional_arc(lat)
        if abs(northing - NORTH0 - arc) < 0.00001:
            break
    sin_lat, cos_lat, tan_lat = math.sin(lat), math.cos(lat), math.tan(lat)
    nu = a * SCALE / math.sqrt(1 - e2 * sin_lat**2)
    rho = a * SCALE * (1 - e2) / (1 - e2 * sin_lat**2) ** 1.5
    eta2 = nu / rho - 1
    sec_lat = 1 / cos_lat
    vii = tan_lat / (2 * rho * nu)
    viii = tan_lat / (24 * rho * nu**3) * (5 + 3 * tan_lat**2 + eta2 - 9 * tan_lat**2 * eta2)
    ix = tan_lat / (720 * rho * nu**5) * (61 + 90 * tan_lat**2 + 45 * tan_lat**4)
    x = sec_lat / nu
    xi = sec_lat / (6 * nu**3) * (nu / rho + 2 * tan_lat**2)
    xii = sec_lat / (120 * nu**5) * (5 + 28 * tan_lat**2 + 24 * tan_lat**4)
    xiia = sec_lat / (5040 * nu**7) * (61 + 662 * tan_lat**2 + 1320 * tan_lat**4 + 720 * tan_lat**6)
    de = easting - EAST0
    return (
        lat - vii * de**2 + viii * de**4 - ix * de**6,
        LON0 + x * de - xi * de**3 + xii * de**5 - xiia * de**7,
    )


def to_cartesian(lat, lon, ellipsoid):
    a, b = ellipsoid
    e2 = 1 - (b * b) / (a * a)
    nu = a / math.sqrt(1 - e2 * math.sin(lat) ** 2)
    return nu * math.cos(lat) * math.cos(lon), nu * math.cos(lat) * math.sin(lon), (1 - e2) * nu * math.sin(lat)


def from_cartesian(x, y, z, ellipsoid):
    a, b = ellipsoid
    e2 = 1 - (b * b) / (a * a)
    p = math.hypot(x, y)
    lat = math.atan2(z, p * (1 - e2))
    for _ in range(10):
        nu = a / math.sqrt(1 - e2 * math.sin(lat) ** 2)
        lat = math.atan2(z + e2 * nu * math.sin(lat), p)
    return lat, math.atan2(y, x)


def grid_to_wgs84(easting, northing):
    """(latitude, longitude) in degrees for a British National Grid position in metres."""
    lat, lon = grid_to_osgb36(easting, northing)
    x, y, z = to_cartesian(lat, lon, AIRY)
    s = 1 + PPM / 1e6
    rx, ry, rz = (math.radians(r / 3600) for r in ROTATION)
    tx, ty, tz = SHIFT
    x2 = tx + s * x - rz * y + ry * z
    y2 = ty + rz * x + s * y - rx * z
    z2 = tz - ry * x + rx * y + s * z
    lat, lon = from_cartesian(x2, y2, z2, GRS80)
    return math.degrees(lat), math.degrees(lon)


# --- council names and slugs ----------------------------------------------------------------------------------


def council_names(workbook_bytes):
    """{GSS code: plain English name} from Code-Point's Doc/Codelist.xlsx, e.g. E09000030: Tower Hamlets."""
    import openpyxl  # a dependency of the site (the spreadsheet import)

    book = openpyxl.load_workbook(io.BytesIO(workbook_bytes), read_only=True)
    names = {}
    for sheet in ("LBO", "MTD", "UTA", "DIS"):
        for name, code in book[sheet].iter_rows(values_only=True):
            names[code] = plain_name(name)
    return names


def plain_name(name):
    """'Tower Hamlets London Boro' -> 'Tower Hamlets'; 'Caerdydd - Cardiff' -> 'Cardiff'."""
    if name == "City and County of the City of London":
        return "City of London"
    if " - " in name:  # Welsh councils are named in Welsh, then English
        name = name.split(" - ", 1)[1]
    name = re.sub(r" (London Boro|District|\(B\))", "", name)
    name = re.sub(r"^(The City of|City of|County of|the) ", "", name) if not name.endswith("Edinburgh") else name
    return name.replace("St. ", "St ")


def slugify(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def district_sort_key(code):
    letters, number, rest = re.match(r"([A-Z]+)([0-9]+)(.*)", code).groups()
    return letters, int(number), rest


# --- reading Code-Point Open --------------------------------------------------------------------------------------


def read_codepoint(path):
    districts = defaultdict(
        lambda: {"count": 0, "east": 0.0, "north": 0.0, "councils": Counter(), "nations": Counter()}
    )
    councils = defaultdict(lambda: [0, 0.0, 0.0])  # council code: postcodes with a position, sum east, sum north
    with zipfile.ZipFile(path) as archive:
        version = re.search(r"DATASET VERSION NUMBER:\s*(\S+)", archive.read("Doc/metadata.txt").decode("latin-1"))
        names = council_names(archive.read("Doc/Codelist.xlsx"))
        for member in sorted(archive.namelist()):
            if not re.match(r"Data/CSV/[a-z]+\.csv$", member):
                continue
            with archive.open(member) as handle:
                for row in csv.reader(io.TextIOWrapper(handle, encoding="latin-1")):
                    postcode, quality, east, north, country, *_nhs, council, _ward = row
                    compact = postcode.replace(" ", "")
                    district = districts[compact[:-3]]
                    district["nations"][NATIONS.get(country, "")] += 1
                    if council:
                        district["councils"][council] += 1
                    if quality != NO_POSITION and int(east) and int(north):
                        district["count"] += 1
                        district["east"] += int(east)
                        district["north"] += int(north)
                        if council:
                            totals = councils[council]
                            totals[0] += 1
                            totals[1] += int(east)
                            totals[2] += int(north)
    return (version.group(1) if version else "unknown"), names, districts, councils


def main(path, folder=HERE):
    folder = Path(folder)
    version, names, districts, councils = read_codepoint(path)
    uk_rows, london_rows = [], []
    for code in sorted(districts, key=district_sort_key):
        district = districts[code]
        if district["count"]:
            lat, lon = grid_to_wgs84(district["east"] / district["count"], district["north"] / district["count"])
            lat, lon = f"{lat:.4f}", f"{lon:.4f}"
        else:
            lat = lon = ""
        council = district["councils"].most_common(1)[0][0] if district["councils"] else ""
        nation = district["nations"].most_common(1)[0][0]
        uk_rows.append([code, lat, lon, names.get(council, ""), nation])
        if council.startswith("E09") and lat:  # a London borough, or the City of London
            london_rows.append([code, slugify(names[council]), lat, lon])

    with open(folder / "uk_postcode_districts.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["district", "latitude", "longitude", "council", "nation"])
        writer.writerows(uk_rows)
    with open(folder / "postcode_districts.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["district", "borough", "latitude", "longitude"])
        writer.writerows(london_rows)
    print(f"Code-Point Open {version}: {len(uk_rows)} districts in Great Britain, {len(london_rows)} in London.")
    # The centre of each London borough, for the borough areas in site/dev/demo/content.py.
    for code in sorted(c for c in councils if c.startswith("E09")):
        count, east, north = councils[code]
        lat, lon = grid_to_wgs84(east / count, north / count)
        print(f"  {slugify(names[code])}: {names[code]}, {lat:.4f}, {lon:.4f}")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    main(*sys.argv[1:])
