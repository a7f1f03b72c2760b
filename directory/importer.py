"""Spreadsheet import and export of the directory (CSV or Excel), one row per service.

Every row is checked first; valid rows are imported and each rejected row is reported with its reasons
in plain English. Rows are matched to existing services by their ``id`` column (ServicePage.reference),
so importing the same file twice changes nothing. A run is one database transaction: if anything
unexpected fails, nothing from that run is kept. The same column layout is used for export, so an
exported file can be edited and imported back.
"""

import csv
import datetime
import io
import re
import time
import uuid
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import transaction
from django.utils.html import strip_tags
from django.utils.text import slugify
from wagtail.models import Locale, Page

from carers_site.core.database import refresh_statistics
from carers_site.core.page_mixins import default_review_date
from carers_site.core.phones import validate_phone
from carers_site.core.spreadsheets import SafeCSVDictWriter, unescape_cell
from carers_site.core.taxonomy import Area, Audience, CareArea, Intervention, Language
from carers_site.core.uploads import decoded_text
from directory.geo import format_postcode, is_valid_postcode
from directory.hours import format_hours, parse_hours
from directory.models import DirectoryIndexPage, OpeningTime, Organisation, ServicePage, ServicePhone

#: (column, what goes in it) in file order. The README documents the same list.
COLUMNS = [
    ("id", "Required. Your own stable id for the service, e.g. HAV-0012. Letters, numbers, - and _ only."),
    ("name", "Required. The service's name."),
    ("organisation", "The organisation that runs it. Created if new."),
    ("summary", "One or two sentences for lists and search results (300 characters at most)."),
    ("description", "Longer description. A blank line starts a new paragraph."),
    ("phones", "Numbers separated by ; each optionally labelled, e.g. Advice line: 020 8554 0490; 0800 783 1853"),
    ("email", "Email address."),
    ("website", "Web address, e.g. https://example.org (https:// is added if missing)."),
    ("address_line_1", "First line of the address."),
    ("address_line_2", "Second line of the address."),
    ("town", "Town."),
    ("postcode", "Full postcode, e.g. IG11 7LU."),
    ("latitude", "Map point, e.g. 51.5392 (give both or neither)."),
    ("longitude", "Map point, e.g. 0.0806."),
    ("areas", "Areas served, by slug or name, separated by ; e.g. havering; redbridge or uk for the whole UK."),
    ("audiences", "Who it is for, by slug or name, separated by ; e.g. young-carers; parent-carers"),
    ("care_areas", "Care areas, by slug or name, separated by ; e.g. dementia; mental-health"),
    ("interventions", "Kinds of help (Carers Hub spokes), by slug or name, separated by ;"),
    ("languages", "Languages spoken, by code or English name, separated by ; e.g. en; ur; Polish"),
    ("opening_hours", "e.g. Mon-Fri 09:00-17:00; Sat 10:00-13:00 or 24/7. Leave empty if not known."),
    ("closed_on_bank_holidays", "yes or no."),
    ("eligibility", "Who can use it, in a sentence."),
    ("how_to_refer", "How people get in touch or are referred."),
    ("cost", "e.g. Free."),
    ("last_verified", "When the details were last checked with the service: 2026-10-31 or 31/10/2026."),
    (
        "review_date",
        "When the listing must next be checked: 2027-10-31 or 31/10/2027. Empty: a new service gets a year from "
        "today; an existing one keeps its own.",
    ),
]
COLUMN_NAMES = [name for name, _help in COLUMNS]
REQUIRED = ("id", "name")
#: Columns a rejected-rows report adds; ignored on import so a corrected report can be imported again.
REPORT_COLUMNS = ("row", "problems")
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
TERM_FIELDS = {"areas": Area, "audiences": Audience, "care_areas": CareArea, "interventions": Intervention}
TERM_LABELS = {"areas": "area", "audiences": "audience", "care_areas": "care area", "interventions": "intervention"}
YES = {"yes", "y", "true", "1"}
NO = {"no", "n", "false", "0", ""}
MAX_LENGTHS = {
    "name": 255,
    "organisation": 255,
    "summary": 300,
    "address_line_1": 255,
    "address_line_2": 255,
    "town": 100,
    "eligibility": 255,
    "cost": 100,
    "website": 190,  # room for the https:// we may add
    "email": 254,
}


class ImportFileError(Exception):
    """The file as a whole cannot be read (wrong type, no header, missing columns)."""


# --- reading files ---------------------------------------------------------------------------------------


def cell_text(value):
    """A spreadsheet cell as text. Excel stores dates and numbers as such; phone numbers lose their 0."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def read_rows(name, data):
    """(header, rows) from CSV or XLSX bytes; each row a dict of column -> text. Raises ImportFileError."""
    suffix = Path(name).suffix.lower()
    if suffix == ".xlsx" or data[:4] == b"PK\x03\x04":
        return _read_xlsx(data)
    if suffix not in (".csv", ".txt", ""):
        raise ImportFileError(f"“{Path(name).name}” is not a CSV or Excel (.xlsx) file.")
    return _read_csv(data)


def _read_csv(data):
    if b"\x00" in data[:4096]:
        raise ImportFileError("This file is not a CSV file: it has binary content. Save it as CSV or .xlsx.")
    text = decoded_text(data)
    if text is None:
        raise ImportFileError(
            "The text in this file could not be read. In your spreadsheet program, save it as “CSV UTF-8” "
            "or as an Excel workbook (.xlsx), and try again."
        )
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        rows = list(reader)
    except csv.Error as error:
        raise ImportFileError(f"This CSV file could not be read: {error}.") from None
    return _to_dicts(rows)


def _read_xlsx(data):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many types for a damaged file
        raise ImportFileError("This Excel file could not be opened. Save it again as .xlsx or CSV.") from None
    sheet = workbook.worksheets[0]
    rows = [[cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    workbook.close()
    return _to_dicts(rows)


def _to_dicts(rows):
    rows = [row for row in rows if any((cell or "").strip() for cell in row)] if rows else []
    if not rows:
        raise ImportFileError("The file is empty: it needs a header row and at least one service.")
    header = [(cell or "").strip().lower().replace(" ", "_") for cell in rows[0]]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise ImportFileError(
            f"The first row must name the columns. Missing: {', '.join(missing)}. "
            f"The columns are: {', '.join(COLUMN_NAMES)}."
        )
    records = []
    for cells in rows[1:]:
        cells = list(cells) + [""] * (len(header) - len(cells))
        # unescape_cell: a cell our export wrote as '=... (carers_site/core/spreadsheets.py) is read back as =...
        records.append({name: unescape_cell((cells[i] or "").strip()) for i, name in enumerate(header) if name})
    return header, records


# --- checking rows ---------------------------------------------------------------------------------------


@dataclass
class CleanRow:
    """One valid row, ready to save."""

    reference: str
    values: dict  # ServicePage field -> value
    organisation: str
    phones: list  # [(label, number)]
    slots: list
    terms: dict  # field -> [term]
    languages: list
    # Set by the Open Referral import: a new page's translation_key (its id in our API), and what to give a new
    # organisation (oruk_id, description, email, website).
    translation_key: uuid.UUID | None = None
    organisation_details: dict = field(default_factory=dict)


@dataclass
class RowResult:
    line: int  # the row's line in the spreadsheet (the header is line 1)
    raw: dict
    problems: list = field(default_factory=list)
    clean: CleanRow | None = None
    action: str = ""  # created / updated / unchanged / rejected (Open Referral adds closed, ours, unpublished)
    warnings: list = field(default_factory=list)  # imported all the same, but the editor should know


def split_list(value):
    return [part.strip() for part in re.split(r"[;\n]", value or "") if part.strip()]


def parse_date_text(value):
    value = value.strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"“{value}” is not a date such as 2026-10-31 or 31/10/2026")


def parse_phone(text):
    """ "Advice line: 020 8554 0490" -> ("Advice line", "020 8554 0490")."""
    label, _sep, number = text.rpartition(":")
    number = number.strip()
    if number.isdigit() and len(number) == 10 and not number.startswith("0"):
        number = "0" + number  # Excel dropped the leading zero
    return label.strip(), number


class Vocabulary:
    """Taxonomy terms by slug and by name (any case), loaded once per run."""

    def __init__(self):
        locale = Locale.get_default()
        self.terms = {}
        for name, model in TERM_FIELDS.items():
            lookup = {}
            for term in model.objects.filter(locale=locale):
                lookup[term.slug.lower()] = term
                lookup[term.name.lower()] = term
            self.terms[name] = lookup
        self.languages = {}
        for language in Language.objects.all():
            for key in (language.code, language.english_name, language.name):
                self.languages[key.lower()] = language


def check_row(raw, vocabulary, line):
    """Check one row; returns a RowResult with problems (plain English) or a CleanRow."""
    result = RowResult(line=line, raw=raw)
    problems = result.problems
    get = lambda name: (raw.get(name) or "").strip()  # noqa: E731

    reference = get("id")
    if not reference:
        problems.append("The id is missing. Every row needs its own id so it can be updated later.")
    elif not ID_RE.match(reference):
        problems.append(f"The id “{reference}” can only use letters, numbers, - _ and . (64 at most).")
    if not get("name"):
        problems.append("The name is missing.")
    for name, limit in MAX_LENGTHS.items():
        if len(get(name)) > limit:
            problems.append(f"The {name.replace('_', ' ')} is {len(get(name))} characters; {limit} is the most.")

    phones = []
    for text in split_list(get("phones")):
        label, number = parse_phone(text)
        try:
            validate_phone(number)
        except ValidationError:
            problems.append(f"The phone number “{number}” is not a valid UK number (e.g. 020 8554 0490).")
            continue
        if len(label) > 60:
            problems.append(f"The phone label “{label[:30]}…” is too long (60 characters at most).")
            continue
        phones.append((label, number))

    email = get("email")
    if email:
        try:
            EmailValidator()(email)
        except ValidationError:
            problems.append(f"The email “{email}” is not an email address (e.g. help@example.org).")

    website = get("website")
    if website:
        if not re.match(r"^[a-z][a-z0-9+.-]*://", website, re.IGNORECASE):
            website = "https://" + website
        try:
            URLValidator(schemes=["http", "https"])(website)
        except ValidationError:
            problems.append(f"The website “{get('website')}” is not a web address (e.g. https://example.org).")

    postcode = get("postcode")
    if postcode:
        if is_valid_postcode(postcode):
            postcode = format_postcode(postcode)
        else:
            problems.append(f"The postcode “{postcode}” is not a full UK postcode (e.g. IG11 7LU).")

    latitude = longitude = None
    if get("latitude") or get("longitude"):
        try:
            latitude, longitude = Decimal(get("latitude")), Decimal(get("longitude"))
        except InvalidOperation:
            latitude = longitude = None
        # NaN and Infinity are Decimals too, but not places: comparing or rounding them would raise.
        if latitude is None or not (latitude.is_finite() and longitude.is_finite()):
            problems.append("Latitude and longitude must both be numbers, e.g. 51.5392 and 0.0806 (or both empty).")
            latitude = longitude = None
        elif not (49 <= latitude <= 61 and -9 <= longitude <= 2):
            problems.append(f"The map point {latitude}, {longitude} is not in the UK.")
            latitude = longitude = None
        else:
            latitude, longitude = round(latitude, 6), round(longitude, 6)

    terms = {}
    for column, lookup in vocabulary.terms.items():
        found, unknown = [], []
        for value in split_list(get(column)):
            term = lookup.get(value.lower())
            (found if term else unknown).append(term or value)
        if unknown:
            names = ", ".join(f"“{value}”" for value in unknown)
            problems.append(f"Unknown {TERM_LABELS[column]}: {names}. Use the slugs or names in Taxonomies.")
        terms[column] = list(dict.fromkeys(found))

    languages, unknown = [], []
    for value in split_list(get("languages")):
        language = vocabulary.languages.get(value.lower())
        (languages if language else unknown).append(language or value)
    if unknown:
        problems.append(f"Unknown language: {', '.join(f'“{v}”' for v in unknown)}. Use a code such as ur or pl.")

    try:
        open_24_7, slots = parse_hours(get("opening_hours"))
    except ValueError as error:
        problems.append(f"Opening hours: {error}.")
        open_24_7, slots = False, []

    bank_holidays = get("closed_on_bank_holidays").lower()
    if bank_holidays not in YES | NO:
        problems.append(f"closed_on_bank_holidays must be yes or no, not “{get('closed_on_bank_holidays')}”.")

    dates = {}
    for column in ("last_verified", "review_date"):
        if get(column):
            try:
                dates[column] = parse_date_text(get(column))
            except ValueError as error:
                problems.append(f"{column.replace('_', ' ').capitalize()}: {error}.")
        else:
            dates[column] = None

    if problems:
        result.action = "rejected"
        return result

    description = "".join(f"<p>{escape_text(p)}</p>" for p in re.split(r"\n\s*\n", get("description")) if p.strip())
    result.clean = CleanRow(
        reference=reference,
        organisation=get("organisation"),
        values={
            "title": get("name"),
            "summary": get("summary"),
            "description": description,
            "email": email,
            "website": website,
            "address_line_1": get("address_line_1"),
            "address_line_2": get("address_line_2"),
            "town": get("town"),
            "postcode": postcode,
            "latitude": latitude,
            "longitude": longitude,
            "open_24_7": open_24_7,
            "closed_on_bank_holidays": bank_holidays in YES,
            "eligibility": get("eligibility"),
            "how_to_refer": get("how_to_refer"),
            "cost": get("cost"),
            "last_verified": dates["last_verified"],
            # A blank review date gets the default (a year from today), as a page made in the admin does.
            "review_date": dates["review_date"] or default_review_date(),
        },
        phones=phones,
        slots=slots,
        terms=terms,
        languages=list(dict.fromkeys(languages)),
    )
    return result


def escape_text(text):
    from django.utils.html import escape

    return "<br>".join(escape(line.strip()) for line in text.strip().splitlines())


# --- export (also used to tell whether a row changes anything) ---------------------------------------------


def description_text(html):
    paragraphs = re.findall(r"<p[^>]*>(.*?)</p>", html or "", re.DOTALL) or [html or ""]
    from html import unescape

    return "\n\n".join(unescape(strip_tags(p.replace("<br>", "\n").replace("<br/>", "\n"))).strip() for p in paragraphs)


def format_decimal(value):
    """51.539200 -> "51.5392"; zero (and minus zero) -> "0"; None -> ""."""
    if value is None:
        return ""
    return "0" if value == 0 else f"{value.normalize():f}"


def export_row(page):
    """A service as a spreadsheet row (the import layout). Expects the related rows to be prefetched."""

    def names(terms):
        return "; ".join(sorted(term.slug for term in terms))

    return {
        "id": page.reference or "",
        "name": page.title,
        "organisation": page.organisation.name if page.organisation else "",
        "summary": page.summary,
        "description": description_text(page.description),
        "phones": "; ".join(f"{p.label}: {p.number}" if p.label else p.number for p in page.phones.all()),
        "email": page.email,
        "website": page.website,
        "address_line_1": page.address_line_1,
        "address_line_2": page.address_line_2,
        "town": page.town,
        "postcode": page.postcode,
        "latitude": format_decimal(page.latitude),
        "longitude": format_decimal(page.longitude),
        "areas": names(page.areas_served.all()),
        "audiences": names(page.audiences.all()),
        "care_areas": names(page.care_areas.all()),
        "interventions": names(page.interventions.all()),
        "languages": "; ".join(sorted(language.code for language in page.languages.all())),
        "opening_hours": format_hours(page.open_24_7, page.slots()),
        "closed_on_bank_holidays": "yes" if page.closed_on_bank_holidays else "no",
        "eligibility": page.eligibility,
        "how_to_refer": page.how_to_refer,
        "cost": page.cost,
        "last_verified": page.last_verified.isoformat() if page.last_verified else "",
        "review_date": page.review_date.isoformat() if page.review_date else "",
    }


def clean_as_export(clean):
    """What export_row gives for a service saved from this clean row (to skip unchanged rows)."""
    page = ServicePage(reference=clean.reference)
    apply_row(page, clean, Organisation(name=clean.organisation) if clean.organisation else None)
    return export_row(page)


def apply_row(page, clean, organisation):
    """Set a (saved or unsaved) service page's fields and related rows from a clean row."""
    for name, value in clean.values.items():
        setattr(page, name, value)
    page.organisation = organisation
    # sort_order keeps the file's order: without it every row ties, and PostgreSQL may return them in any order.
    page.phones = [
        ServicePhone(label=label, number=number, sort_order=order) for order, (label, number) in enumerate(clean.phones)
    ]
    page.opening_times = [
        OpeningTime(first_day=s.first_day, last_day=s.last_day, opens=s.opens, closes=s.closes, sort_order=order)
        for order, s in enumerate(clean.slots)
    ]
    page.areas_served = clean.terms["areas"]
    page.audiences = clean.terms["audiences"]
    page.care_areas = clean.terms["care_areas"]
    page.interventions = clean.terms["interventions"]
    page.languages = clean.languages


def services_for_export():
    return (
        ServicePage.objects.filter(locale=Locale.get_default())
        .select_related("organisation")
        .prefetch_related(
            "phones", "opening_times", "areas_served", "audiences", "care_areas", "interventions", "languages"
        )
        .order_by("reference", "title")
    )


def write_csv(rows, handle, columns=COLUMN_NAMES):
    writer = SafeCSVDictWriter(handle, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)


def export_csv(handle):
    write_csv((export_row(page) for page in services_for_export()), handle)


# --- the import ------------------------------------------------------------------------------------------


@dataclass
class ImportReport:
    results: list = field(default_factory=list)
    ignored_columns: list = field(default_factory=list)
    dry_run: bool = False
    seconds: float = 0.0

    def count(self, action):
        return sum(1 for result in self.results if result.action == action)

    @property
    def rejected(self):
        return [result for result in self.results if result.action == "rejected"]

    def summary(self):
        verb = "would be" if self.dry_run else "were"
        return (
            f"{len(self.results)} rows read: {self.count('created')} {verb} added, "
            f"{self.count('updated')} {verb} updated, {self.count('unchanged')} unchanged, "
            f"{self.count('rejected')} rejected."
        )

    def write_rejected_csv(self, handle):
        """The rejected rows with the reasons, in the import layout: fix them in this file and import it."""
        rows = [{"row": result.line, "problems": " ".join(result.problems), **result.raw} for result in self.rejected]
        write_csv(rows, handle, columns=[*REPORT_COLUMNS, *COLUMN_NAMES])


def import_services(name, data, *, dry_run=False, all_or_nothing=False, user=None, parent=None, progress=None):
    """Import a CSV/XLSX file's bytes. Returns an ImportReport; raises ImportFileError for an unreadable file.

    ``progress(done, total)`` is called after each row (for a progress bar).
    """
    started = time.perf_counter()
    header, records = read_rows(name, data)
    report = ImportReport(dry_run=dry_run)
    report.ignored_columns = [c for c in header if c and c not in COLUMN_NAMES and c not in REPORT_COLUMNS]
    vocabulary = Vocabulary()

    seen = {}
    for line, raw in enumerate(records, start=2):
        result = check_row(raw, vocabulary, line)
        reference = (raw.get("id") or "").strip()
        if result.clean and reference.lower() in seen:
            result.problems.append(f"The id “{reference}” is also used on row {seen[reference.lower()]}.")
            result.clean, result.action = None, "rejected"
        elif reference:
            seen.setdefault(reference.lower(), line)
        report.results.append(result)
    return save_checked(
        report, all_or_nothing=all_or_nothing, user=user, parent=parent, progress=progress, started=started
    )


def save_checked(
    report, *, all_or_nothing=False, user=None, parent=None, progress=None, started=None, unpublished=None
):
    """Save the checked rows in ``report.results`` (each rejected, or with a CleanRow) and return the report.

    Shared by the spreadsheet and the Open Referral imports, so both match services, skip unchanged ones and
    publish in the same way, in one transaction. With ``unpublished`` (a reason), a service that is not live
    (an editor unpublished it) is left as it is, with that reason and the action "unpublished"; without it (the
    spreadsheet), it is changed and published again.
    """
    started = time.perf_counter() if started is None else started
    dry_run = report.dry_run
    valid = [result for result in report.results if result.clean]

    if all_or_nothing and report.rejected:
        for result in valid:
            result.action = "not imported"
        report.seconds = time.perf_counter() - started
        return report

    parent = parent or DirectoryIndexPage.objects.filter(locale=Locale.get_default()).first()
    if parent is None:
        raise ImportFileError("There is no “Find local help” directory page to put services under. Add one first.")
    existing = existing_services([result.clean for result in valid])
    with transaction.atomic():
        saver = Saver(parent, user)
        for done, result in enumerate(report.results, start=1):
            page = existing(result.clean) if result.clean else None
            if page is not None and unpublished and not page.live:
                result.clean, result.action, result.problems = None, "unpublished", [unpublished]
                result.warnings = []  # nothing was imported, so nothing was left out
            if result.clean:
                if page is not None and not (result.raw.get("review_date") or "").strip() and page.review_date:
                    # A blank review date keeps the service's own: only a new service gets the default.
                    result.clean.values["review_date"] = page.review_date
                if page is not None and export_row(page) == clean_as_export(result.clean):
                    result.action = "unchanged"
                elif dry_run:
                    result.action = "updated" if page is not None else "created"
                else:
                    result.action = saver.save(result.clean, page)
            if progress:
                progress(done, len(report.results))
    if not dry_run and any(result.action in ("created", "updated") for result in report.results):
        refresh_statistics()
    report.seconds = time.perf_counter() - started
    return report


def existing_services(cleans):
    """A function giving the saved service a clean row is for (or None): the one with its id (reference).

    Never one found another way (such as an Open Referral record's id as a translation key): an import
    changes only the services it made."""
    by_reference = {
        page.reference.lower(): page
        for page in services_for_export().filter(reference__in=[clean.reference for clean in cleans])
    }

    def find(clean):
        return by_reference.get(clean.reference.lower())

    return find


class Saver:
    """Creates or updates service pages, publishing each as a revision so editors see the history."""

    def __init__(self, parent, user):
        self.parent = parent.specific
        self.user = user
        self.organisations = {org.name.lower(): org for org in Organisation.objects.all()}
        self.by_oruk_id = {org.oruk_id: org for org in self.organisations.values()}
        self.slugs = set(ServicePage.objects.child_of(self.parent).values_list("slug", flat=True))
        self.slugs.update(self.parent.get_children().values_list("slug", flat=True))

    def organisation(self, name, details=None):
        """By Open Referral id (``details["oruk_id"]``), then by name; a new one is made with the details."""
        details = details or {}
        org = self.by_oruk_id.get(details.get("oruk_id"))
        if org is None and name:
            org = self.organisations.get(name.lower())
        if org is None and name:
            org = self.organisations[name.lower()] = Organisation.objects.create(name=name, **details)
            self.by_oruk_id[org.oruk_id] = org
        return org

    def unique_slug(self, title):
        base = slugify(title)[:70] or "service"
        slug, number = base, 1
        while slug in self.slugs:
            number += 1
            slug = f"{base}-{number}"
        self.slugs.add(slug)
        return slug

    def save(self, clean, page):
        created = page is None
        if created:
            slug = self.unique_slug(clean.values["title"])
            page = ServicePage(reference=clean.reference, locale=self.parent.locale, slug=slug)
            key = clean.translation_key
            # Our API then publishes the service under its source's id. Not if a page in any language has that
            # key: the new page would become its translation (the Open Referral import warns of this first).
            if key and not Page.objects.filter(translation_key=key).exists():
                page.translation_key = key
        apply_row(page, clean, self.organisation(clean.organisation, clean.organisation_details))
        if created:
            self.parent.add_child(instance=page)
        # clean=False: check_row has already checked every value more strictly than the model does.
        page.save_revision(user=self.user, log_action=True, clean=False).publish(user=self.user)
        return "created" if created else "updated"
