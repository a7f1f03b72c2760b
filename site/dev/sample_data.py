"""Generated spreadsheets of services for tests and the import benchmark (not demo content).

``sample_rows(1000, bad=50)`` gives 1,000 rows in the import layout of which 50 are wrong in one of
the ways editors' spreadsheets go wrong, each a different kind in turn. The output is the same every time.
"""

import csv
import io
import random

from directory.importer import COLUMN_NAMES

BOROUGHS = ["barking-and-dagenham", "havering", "redbridge", "waltham-forest", "bexley", "bromley", "greenwich"]
DISTRICTS = {
    "barking-and-dagenham": ["IG11", "RM8", "RM9"],
    "havering": ["RM1", "RM3", "RM14"],
    "redbridge": ["IG1", "IG3", "IG6"],
    "waltham-forest": ["E4", "E10", "E17"],
    "bexley": ["DA5", "DA7", "DA15"],
    "bromley": ["BR1", "BR3", "BR6"],
    "greenwich": ["SE3", "SE9", "SE18"],
}
AUDIENCES = ["adult-carers", "young-carers", "parent-carers", "older-carers", "working-carers"]
CARE_AREAS = ["mental-health", "dementia", "learning-disability", "end-of-life"]
INTERVENTIONS = ["information-and-advice", "breaks-and-respite", "emotional-support", "peer-support"]
LANGUAGES = ["en", "ur", "pl", "bn", "pa"]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
KINDS = ["carers centre", "support group", "advice line", "day centre", "sitting service", "dementia cafe"]
HOURS = ["Mon-Fri 09:00-17:00", "Mon-Thu 10:00-16:00; Fri 10:00-13:00", "Tue 18:00-20:00", "24/7", ""]
#: (what is wrong, how to break a good row). Each bad row gets one of these, in turn.
MISTAKES = [
    ("bad phone", lambda row: row.update(phones="020 8554 049")),
    ("bad email", lambda row: row.update(email="help-at-example.org")),
    ("bad website", lambda row: row.update(website="https://exa mple")),
    ("bad postcode", lambda row: row.update(postcode="IG11 77LU")),
    ("unknown area", lambda row: row.update(areas="Atlantis")),
    ("unknown audience", lambda row: row.update(audiences="everyone-ish")),
    ("bad opening hours", lambda row: row.update(opening_hours="weekdays 9 till 5")),
    ("missing name", lambda row: row.update(name="")),
    ("bad date", lambda row: row.update(last_verified="31/02/2026")),
    ("half a map point", lambda row: row.update(longitude="")),
]


def sample_rows(count, bad=0, seed=1):
    """``count`` rows; the last of every ``count // bad`` rows is made bad (so the bad ones are spread out)."""
    rng = random.Random(seed)
    every = count // bad if bad else 0
    rows, mistakes = [], 0
    for number in range(1, count + 1):
        borough = BOROUGHS[number % len(BOROUGHS)]
        kind = KINDS[number % len(KINDS)]
        district = rng.choice(DISTRICTS[borough])
        row = dict.fromkeys(COLUMN_NAMES, "")
        row.update(
            id=f"SAMPLE-{number:05d}",
            name=f"{borough.replace('-', ' ').title()} {kind} {number}",
            organisation=f"Carers Support {borough.replace('-', ' ').title()}",
            summary=f"A {kind} for unpaid carers in {borough.replace('-', ' ').title()}.",
            description=f"Help and a friendly welcome for carers.\n\nAsk for service number {number}.",
            phones=f"Advice line: 020 8{number % 1000:03d} {1000 + number % 9000:04d}",
            email=f"hello{number}@example.org",
            website=f"https://example.org/services/{number}",
            address_line_1=f"{number % 200 + 1} High Street",
            town=borough.replace("-", " ").title(),
            postcode=f"{district} {rng.randint(1, 9)}{''.join(rng.choices(INWARD_LETTERS, k=2))}",
            latitude=f"{51.40 + rng.random() * 0.2:.4f}",
            longitude=f"{-0.05 + rng.random() * 0.3:.4f}",
            areas=borough if number % 10 else "uk",
            audiences="; ".join(rng.sample(AUDIENCES, 2)),
            care_areas=rng.choice(CARE_AREAS),
            interventions="; ".join(rng.sample(INTERVENTIONS, 2)),
            languages="; ".join(rng.sample(LANGUAGES, 2)),
            opening_hours=HOURS[number % len(HOURS)],
            closed_on_bank_holidays="yes" if number % 2 else "no",
            eligibility="Unpaid carers of any age.",
            how_to_refer="Call or email. You do not need a referral.",
            cost="Free",
            last_verified="2026-10-01",
            review_date="2027-10-01",
        )
        if every and number % every == 0 and mistakes < bad:
            MISTAKES[mistakes % len(MISTAKES)][1](row)
            mistakes += 1
        rows.append(row)
    return rows


def rows_to_csv(rows):
    handle = io.StringIO()
    writer = csv.DictWriter(handle, fieldnames=COLUMN_NAMES)
    writer.writeheader()
    writer.writerows(rows)
    return handle.getvalue().encode("utf-8")
