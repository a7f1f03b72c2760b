"""Bank holidays in England and Wales, for services that close on them.

These are the published dates (GOV.UK); the site needs no internet to know them. Add a year's dates
before it starts. Scotland and Northern Ireland have different dates; add them if services there need it.
"""

import datetime

ENGLAND_AND_WALES = {
    # 2025
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
    # 2026
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
    # 2027
    "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
    # 2028
    "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26",
}  # fmt: skip
BANK_HOLIDAYS = frozenset(datetime.date.fromisoformat(day) for day in ENGLAND_AND_WALES)


def is_bank_holiday(day: datetime.date) -> bool:
    return day in BANK_HOLIDAYS
