"""Import services from an Open Referral UK 3.0 feed (another directory's API, or a JSON file of its records).

Each service record is checked against the official schema (``directory/api/schemas.py``), then turned into
a row of the spreadsheet import (``directory/importer.py``) and checked and saved by the same code, so both
imports accept, match, skip and report in the same way. Records are matched by their ORUK id, which becomes
the service's ``reference`` and a new page's ``translation_key`` (so our own API republishes the same id).

A record changes only a service that came from a feed (its reference is the record's id). A record with the
id of one of our own services (its translation key: another directory may republish our feed) never changes
it, and neither does one whose service an editor has unpublished here: both are reported.

What the feed says that we cannot hold (an unknown taxonomy term, area or language, a monthly timetable, a
second location, any field we do not read) is left out with a warning; the rest of the service is imported.
A record the schema rejects, or that we cannot read, is rejected with the reasons; a closed service is not
imported. Fields the schema does not check (extensions such as phones or application_process) are read only
if they have the right type, and left out with a warning otherwise.
"""

import datetime
import http.client
import ipaddress
import json
import re
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass, field
from html import unescape

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.html import strip_tags
from wagtail.models import Page

from directory.api import schemas
from directory.api.serializers import BYDAY, VOCABULARIES
from directory.hours import MIDNIGHT, Slot, format_hours
from directory.importer import (
    ImportFileError,
    ImportReport,
    RowResult,
    Vocabulary,
    check_row,
    parse_date_text,
    save_checked,
    services_for_export,
    write_csv,
)
from directory.models import Organisation

SCHEMA = "compiled/service.json"
#: Our vocabularies in the API (taxonomy_term.taxonomy) -> the spreadsheet column holding their terms (the
#: page's areas_served are the spreadsheet's "areas").
TAXONOMIES = {
    vocabulary.name: "areas" if vocabulary.field == "areas_served" else vocabulary.field for vocabulary in VOCABULARIES
}
#: A list item with none of these is a short record: its full record is fetched from /services/{id}.
NESTED = ("service_at_locations", "schedules", "contacts", "attributes", "service_areas", "languages")
CLOSED = {"inactive", "defunct", "temporarily closed"}
BANK_HOLIDAYS_RE = re.compile(r"closed on (all )?(public|bank) holidays", re.IGNORECASE)
TIME_RE = re.compile(r"^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")
MAX_PAGES = 2000  # 200,000 services at 100 a page: more means a feed that never says it has ended
MAX_BYTES = 50 * 1024 * 1024
DEFAULT_PER_PAGE = 100
DEFAULT_TIMEOUT = 30
USER_AGENT = "CarersDirectory-import/1.0 (+Open Referral UK importer)"
TEXT_LIMITS = {"eligibility": 255, "cost": 100}  # longer text from a feed is shortened, with a warning


class FeedError(ImportFileError):
    """The feed as a whole cannot be read: unreachable, not JSON, not Open Referral UK 3.0."""

    def __init__(self, message, kind="feed"):
        super().__init__(message)
        self.kind = kind  # network / http / json / feed


# --- reading the feed ------------------------------------------------------------------------------------


@dataclass
class FeedItem:
    number: int  # its place in the feed, from 1
    record: object
    problem: str = ""  # why it could not even be read (e.g. its full record could not be fetched)


@dataclass
class Feed:
    source: str
    items: list = field(default_factory=list)
    notes: list = field(default_factory=list)  # about the feed as a whole
    pages: int = 0


def is_url(source):
    return bool(re.match(r"^https?://", source.strip(), re.IGNORECASE))


def base_url(url):
    """The API's base from its base URL or its /services URL (query and trailing slash dropped)."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FeedError(f"“{url}” is not a web address. It must start with https:// (or http://).")
    path = parts.path.rstrip("/")
    if path.endswith("/services"):
        path = path[: -len("/services")]
    return urllib.parse.urlunsplit((parts.scheme.lower(), parts.netloc, path, "", ""))


#: IPv6 ranges that lead to an IPv4 address, which may be one inside our network: NAT64 (64:ff9b::/96,
#: 64:ff9b:1::/48), 6to4 (2002::/16) and Teredo (2001::/32). Refused whatever ipaddress says of them.
TUNNELS = [ipaddress.ip_network(net) for net in ("64:ff9b::/96", "64:ff9b:1::/48", "2002::/16", "2001::/32")]


class PrivateAddress(OSError):
    """A host that resolves to an address inside a private network (refused unless allowed)."""

    def __init__(self, host):
        super().__init__(f"{host} is an address inside a private network")
        self.host = host


def is_public(address):
    """Whether an IP address (text, as getaddrinfo gives it) is on the public internet: not private, loopback,
    link-local, shared, reserved or multicast, and not an IPv6 form of an IPv4 address (IPv4-mapped, NAT64,
    6to4, Teredo), which could lead to one inside our network."""
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return False
    if ip.version == 6 and (ip.ipv4_mapped or any(ip in network for network in TUNNELS)):
        return False
    return ip.is_global and not ip.is_reserved and not ip.is_multicast


def vetted_socket(host, port, timeout, source_address=None):
    """A connection to ``host``, made to an address checked to be public: the name is resolved once, every
    address it gives is checked, and the connection goes to those same addresses (so a second lookup cannot
    give a different, private one). Raises PrivateAddress, or OSError if no address answers."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    if not infos or not all(is_public(info[4][0]) for info in infos):
        raise PrivateAddress(host)
    error = None
    for info in infos:
        try:
            return socket.create_connection((info[4][0], port), timeout, source_address)
        except OSError as failure:
            error = failure
    raise error


class VettedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection that only goes to a public address (see vetted_socket)."""

    def connect(self):
        self.sock = vetted_socket(self.host, self.port, self.timeout, self.source_address)


class VettedHTTPSConnection(http.client.HTTPSConnection):
    """An HTTPS connection that only goes to a public address; the certificate is still checked against the
    host name."""

    def __init__(self, host, port=None, *, context=None, **kwargs):
        self.tls = context or ssl.create_default_context()
        super().__init__(host, port, context=self.tls, **kwargs)

    def connect(self):
        sock = vetted_socket(self.host, self.port, self.timeout, self.source_address)
        self.sock = self.tls.wrap_socket(sock, server_hostname=self.host)


class VettedHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req):
        return self.do_open(VettedHTTPConnection, req)


class VettedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self):
        self.tls = ssl.create_default_context()
        super().__init__(context=self.tls)

    def https_open(self, req):
        return self.do_open(VettedHTTPSConnection, req, context=self.tls)


class CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to another web address (the connection to it is vetted like any other)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        check_address(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def check_address(url):
    """Refuse anything but a web address (file:, ftp: ...)."""
    if urllib.parse.urlsplit(url).scheme.lower() not in ("http", "https"):
        raise FeedError(f"“{url}” is not a web address. It must start with https:// (or http://).")


def private_address_error(host):
    return FeedError(
        f"{host} is an address inside a private network, so it cannot be imported from here. "
        "Ask whoever runs the site to use the import_openreferral command instead.",
        "network",
    )


class Fetcher:
    """GETs JSON with a timeout, saying plainly what went wrong.

    Unless ``allow_private``, every connection (redirects too) goes only to public addresses, checked when it
    is made (VettedHTTPConnection), and no proxy is used: the admin form lets editors make the server fetch a
    URL, which must not reach internal services.
    """

    def __init__(self, timeout=DEFAULT_TIMEOUT, allow_private=False):
        self.timeout = timeout
        self.allow_private = allow_private
        if allow_private:
            self.opener = urllib.request.build_opener(CheckedRedirects)
        else:
            self.opener = urllib.request.build_opener(
                urllib.request.ProxyHandler({}), VettedHTTPHandler, VettedHTTPSHandler(), CheckedRedirects
            )

    def get(self, url):
        check_address(url)
        request = urllib.request.Request(url, headers={"Accept": "application/json", "User-Agent": USER_AGENT})
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                body = response.read(MAX_BYTES + 1)
                content_type = response.headers.get("Content-Type", "")
        except PrivateAddress as error:
            raise private_address_error(error.host) from None
        except urllib.error.HTTPError as error:
            raise FeedError(f"{url} answered with an error: HTTP {error.code} {error.reason}.", "http") from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, PrivateAddress):
                raise private_address_error(error.reason.host) from None
            if isinstance(error.reason, TimeoutError):
                raise FeedError(f"{url} did not answer within {self.timeout} seconds.", "network") from None
            raise FeedError(
                f"We could not reach {url} ({error.reason}). Check the address, and that the feed is online.",
                "network",
            ) from None
        except TimeoutError:
            raise FeedError(f"{url} did not answer within {self.timeout} seconds.", "network") from None
        except OSError as error:  # includes http.client errors such as a dropped connection
            raise FeedError(f"The connection to {url} failed ({error}).", "network") from None
        if len(body) > MAX_BYTES:
            raise FeedError(f"{url} sent more than {MAX_BYTES // (1024 * 1024)} MB; that is too much.", "feed")
        try:
            return json.loads(body.decode("utf-8-sig"))
        except RecursionError:
            raise FeedError(f"{url} sent JSON nested too deeply to be Open Referral UK services.", "json") from None
        except (UnicodeDecodeError, ValueError):
            what = content_type.split(";")[0] or "something else"
            raise FeedError(
                f"{url} did not send JSON (it sent {what}). Is this the address of an Open Referral UK API?", "json"
            ) from None


def version_problem(root):
    """Why a root document shows the API is not Open Referral UK 3.x, or "" if it is (or says nothing)."""
    version = str(root.get("version") or "").strip() if isinstance(root, dict) else ""
    if not version:
        return ""
    match = re.search(r"(\d+)(?:\.\d+)*\s*$", version)
    if match and match.group(1) == "3":
        return ""
    return (
        f"This feed says it follows version “{version}” of Open Referral UK; we can only import version 3.0 "
        "(the root of a 3.0 API says “HSDS-UK-3.0”)."
    )


def page_key(item):
    """Something hashable standing for a list item (its id, whatever the feed made it), to notice a page that
    repeats an earlier one."""
    value = item.get("id") if isinstance(item, dict) else item
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    try:
        return json.dumps(value, sort_keys=True)
    except (RecursionError, TypeError, ValueError):
        return type(value).__name__


def read_url(url, *, timeout=DEFAULT_TIMEOUT, per_page=DEFAULT_PER_PAGE, allow_private=False, progress=None):
    """Every service of the API at ``url``, page by page, with the full record of any short list item.

    ``allow_private=False`` refuses addresses inside a private network (see Fetcher).
    """
    base = base_url(url)
    fetcher = Fetcher(timeout, allow_private)
    feed = Feed(source=url)
    try:
        problem = version_problem(fetcher.get(base + "/"))
    except FeedError as error:
        if error.kind == "network":
            raise
        problem = ""  # no root document: try /services all the same
    if problem:
        raise FeedError(problem)

    seen_pages, total = set(), None
    for number in range(1, MAX_PAGES + 1):
        page_url = f"{base}/services?page={number}&per_page={per_page}"
        data = fetcher.get(page_url)
        if isinstance(data, list):
            contents, last = data, True
        elif isinstance(data, dict) and isinstance(data.get("contents"), list):
            contents, last = data["contents"], data.get("last_page") is True
            total_pages = data.get("total_pages")
            if isinstance(total_pages, int) and number >= total_pages:
                last = True
            if isinstance(data.get("total_items"), int):
                total = data["total_items"]
        else:
            raise FeedError(
                f"{page_url} is not a page of Open Referral UK 3.0 services (it has no “contents” list). "
                "Is this the address of an Open Referral UK 3.0 API?"
            )
        if not contents:
            break
        ids = tuple(page_key(item) for item in contents)
        if ids in seen_pages:
            feed.notes.append(f"Page {number} repeated an earlier page, so we stopped reading there.")
            break
        seen_pages.add(ids)
        feed.pages = number
        for record in contents:
            item = FeedItem(len(feed.items) + 1, record)
            short = isinstance(record, dict) and not any(key in record for key in NESTED)
            if short and isinstance(record.get("id"), str) and record["id"].strip():
                try:
                    item.record = fetcher.get(f"{base}/services/{urllib.parse.quote(str(record['id']), safe='')}")
                except FeedError as error:
                    if error.kind == "network":
                        raise
                    item.problem = f"We could not fetch its full record: {error}"
            feed.items.append(item)
            if progress:
                progress(len(feed.items), max(total or 0, len(feed.items)))
        if last:
            break
    else:
        feed.notes.append(f"We stopped after {MAX_PAGES} pages: the feed never said it had ended.")
    return feed


def read_json(name, data):
    """The services in a JSON file: a list of them, a page of them ("contents"), a package ("services"), or one."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise FeedError(f"“{name}” is not a JSON file: its text could not be read as UTF-8.") from None
    except RecursionError:
        raise FeedError(f"“{name}” is nested too deeply to be Open Referral UK services.") from None
    except ValueError as error:
        raise FeedError(f"“{name}” is not valid JSON ({error}).") from None
    feed = Feed(source=name, pages=1)
    if isinstance(document, list):
        records = document
    elif isinstance(document, dict) and isinstance(document.get("contents"), list):
        records = document["contents"]
        if isinstance(document.get("total_pages"), int) and document["total_pages"] > 1:
            feed.notes.append(
                f"This file is one page of {document['total_pages']}: only its own services were read. "
                "Import from the API's web address to get every page."
            )
    elif isinstance(document, dict) and isinstance(document.get("services"), list):
        records = document["services"]
    elif isinstance(document, dict) and "id" in document:
        records = [document]
    else:
        raise FeedError(
            f"“{name}” is not a list of Open Referral UK services, a page of them (with “contents”), or one service."
        )
    if not records:
        raise FeedError(f"There are no services in “{name}”.")
    feed.items = [FeedItem(number, record) for number, record in enumerate(records, start=1)]
    return feed


# --- schema errors in plain English --------------------------------------------------------------------------


def where(path):
    """["contacts", 0, "phones", 1, "number"] -> "contacts 1 › phones 2 › number"."""
    parts = []
    for part in path:
        if isinstance(part, int) and parts:
            parts[-1] += f" {part + 1}"
        else:
            parts.append(str(part))
    return " › ".join(parts)


FORMATS = {
    "uuid": "is not a valid id (the standard needs a UUID, such as 3f7b145d-84af-42d7-8fae-eaca714b02b2)",
    "email": "is not an email address (e.g. help@example.org)",
    "uri": "is not a full web address (e.g. https://example.org)",
    "date-time": "is not a date and time (e.g. 2026-10-31T09:00:00Z)",
    "date": "is not a date (e.g. 2026-10-31)",
}
TYPES = {"string": "text", "number": "a number", "integer": "a whole number", "array": "a list", "object": "a record"}


def schema_problems(record, limit=10):
    """What in a record breaks the official service schema, in plain English ([] when it is valid)."""
    found = []
    errors = sorted(schemas.validator(SCHEMA).iter_errors(record), key=lambda error: list(map(str, error.path)))
    for error in errors:
        path = list(error.absolute_path)
        place = where(path)
        subject = f"The {place}" if len(path) == 1 else (place or "The record")
        value = error.instance
        if error.validator == "required":
            missing = re.search(r"'([^']+)' is a required property", error.message)
            name = missing.group(1) if missing else "a field"
            found.append(
                f"The {name} is missing." if not path else f"{place}: the {name} is missing (the standard needs it)."
            )
        elif error.validator == "type":
            wanted = error.validator_value if isinstance(error.validator_value, str) else "text"
            shown = "empty (null)" if value is None else f"{json.dumps(value, ensure_ascii=False)[:60]}"
            found.append(f"{subject} is {shown}, but the standard needs {TYPES.get(wanted, wanted)}.")
        elif error.validator == "format":
            explanation = FORMATS.get(error.validator_value, f"is not a valid {error.validator_value}")
            found.append(f"{subject} “{str(value)[:80]}” {explanation}.")
        elif error.validator == "enum":
            choices = ", ".join(str(choice) for choice in error.validator_value)
            found.append(f"{place}: “{str(value)[:80]}” is not one the standard allows ({choices}).")
        else:
            found.append(f"{place or 'The record'}: {error.message}")
        if len(found) >= limit:
            break
    return found


# --- one record as a spreadsheet row --------------------------------------------------------------------------

HTML_RE = re.compile(r"</?(p|br|div|li|ul|ol|strong|em|b|i|a|h\d)\b[^>]*>", re.IGNORECASE)
BLOCK_END_RE = re.compile(r"(</(?:p|div|h\d|li|blockquote)>|<br\s*/?>)", re.IGNORECASE)


def as_text(value):
    """A field's value as text if it is text (or a number); "" if it is anything else."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def extra_text(value, warnings, what):
    """A field the schema does not check (one the UK profile left out, such as application_process) as text:
    anything but text or a number is left out with a warning."""
    if value is not None and value != "" and not as_text(value):
        warnings.append(f"The {what} is not text, so it was left out.")
    return as_text(value)


def extra_records(value, warnings, what):
    """A field the schema does not check that should be a list of records (such as a contact's phones): the
    records in it; anything else is left out with a warning."""
    if empty(value):
        return []
    if not isinstance(value, list):
        warnings.append(f"The {what} are not a list, so they were left out.")
        return []
    records = [item for item in value if isinstance(item, dict)]
    if len(records) < len(value):
        warnings.append(f"Some of the {what} are not records, so they were left out.")
    return records


def left_out(count, noun, which):
    """left_out(2, "language", "with no name") -> "2 languages with no name were left out"."""
    return f"{count} {noun}{'' if count == 1 else 's'} {which} {'was' if count == 1 else 'were'} left out"


def plain_lines(text):
    """A description as its lines: HTML (some feeds send it) becomes plain text, one line per block."""
    text = as_text(text)
    if HTML_RE.search(text):
        text = unescape(strip_tags(BLOCK_END_RE.sub(r"\1\n", text)))
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def summary_of(lines, limit=300):
    """The first paragraph, cut at a sentence (or word) to fit a card."""
    first = lines[0] if lines else ""
    if len(first) <= limit:
        return first
    cut = first[: limit - 1]
    sentence = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "))
    if sentence > limit // 3:
        return cut[: sentence + 1]
    return cut.rsplit(" ", 1)[0].rstrip(",;:") + "…"


def shorten(text, limit):
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def quoted(values):
    return ", ".join(f"“{value}”" for value in values)


def valid_email(value):
    try:
        EmailValidator()(value)
    except ValidationError:
        return False
    return True


def valid_url(value, limit=200):
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        return False
    return len(value) <= limit


def parse_time(text):
    """ "09:00", "09:00:00", "24:00" -> a time (midnight as 23:59, as the admin has it); None if unreadable."""
    match = TIME_RE.match(str(text or "").strip())
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if (hour, minute) == (24, 0):
        return MIDNIGHT
    if hour > 23 or minute > 59:
        return None
    return datetime.time(hour, minute)


def day_runs(days):
    """[0, 1, 2, 5] -> [(0, 2), (5, 5)]."""
    runs = []
    for day in sorted(set(days)):
        if runs and day == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def schedule_hours(schedules, warnings):
    """ORUK weekly schedules as the spreadsheet's opening hours, and whether closed on bank holidays."""
    slots, always, bank_holidays = [], False, False
    today = datetime.date.today().isoformat()
    for schedule in schedules:
        if not isinstance(schedule, dict):
            continue
        said = as_text(schedule.get("description")) or as_text(schedule.get("notes"))
        label = f" (“{shorten(said, 80)}”)" if said else ""
        if any(BANK_HOLIDAYS_RE.search(as_text(schedule.get(key))) for key in ("notes", "description")):
            bank_holidays = True
        freq = str(schedule.get("freq") or "WEEKLY").upper()
        byday = [day.strip().upper() for day in str(schedule.get("byday") or "").split(",") if day.strip()]
        valid_from, valid_to = str(schedule.get("valid_from") or ""), str(schedule.get("valid_to") or "")
        if freq != "WEEKLY" or schedule.get("bymonthday"):
            warnings.append(f"A monthly timetable{label} was left out: we can only show weekly opening hours.")
            continue
        if schedule.get("interval") not in (None, 1, "1"):
            warnings.append(
                f"A timetable that repeats every {schedule['interval']} weeks{label} was left out: "
                "we can only show hours that are the same every week."
            )
            continue
        if valid_to or valid_from[:10] > today:
            period = " to ".join(part[:10] for part in (valid_from, valid_to) if part)
            warnings.append(f"Opening hours only for {period}{label} were left out: we can only show regular hours.")
            continue
        if not byday or any(day not in BYDAY for day in byday):
            warnings.append(f"Opening hours on days we could not read (“{','.join(byday)}”){label} were left out.")
            continue
        opens, closes = parse_time(schedule.get("opens_at")), parse_time(schedule.get("closes_at"))
        if opens is None or closes is None:
            if schedule.get("opens_at") or schedule.get("closes_at"):
                warnings.append(
                    f"Opening hours with times we could not read (“{schedule.get('opens_at', '')}” to "
                    f"“{schedule.get('closes_at', '')}”){label} were left out."
                )
            else:
                warnings.append(f"Opening hours with no times{label} were left out.")
            continue
        if closes == datetime.time(0, 0) and opens > closes:
            closes = MIDNIGHT  # closes at midnight
        days = [BYDAY.index(day) for day in byday]
        if len(set(days)) == 7 and opens == datetime.time(0, 0) and closes >= MIDNIGHT:
            always = True
            continue
        if closes <= opens:
            warnings.append(
                f"Opening hours past midnight ({schedule.get('opens_at')} to {schedule.get('closes_at')}){label} "
                "were left out: we can only show hours that end on the day they start."
            )
            continue
        slots.extend(Slot(first, last, opens, closes) for first, last in day_runs(days))
    return format_hours(always, [] if always else slots), bank_holidays


class Mapper:
    """Turns ORUK service records into spreadsheet rows, with warnings for what we cannot hold."""

    def __init__(self, vocabulary):
        self.vocabulary = vocabulary
        self.organisation_names = dict(Organisation.objects.values_list("oruk_id", "name"))
        # The taxonomy names are enough; their ids help with feeds that leave the names out.
        self.taxonomy_ids = {vocabulary.id: vocabulary.name for vocabulary in VOCABULARIES}

    def row(self, record, warnings):
        """(row, organisation details) for a record that passed the schema."""
        get = lambda key: str(record.get(key) or "").strip()  # noqa: E731
        lines = plain_lines(record.get("description"))
        how_to_refer = extra_text(record.get("application_process"), warnings, "application process")
        row = {
            "id": str(uuid.UUID(get("id"))),
            "name": " ".join(get("name").split()),
            "summary": summary_of(lines),
            "description": "\n\n".join(lines),
            "email": get("email"),
            "how_to_refer": "\n".join(plain_lines(how_to_refer)),
        }
        website = get("url")
        if website and not valid_url(website, limit=190):
            warnings.append(f"The web address “{shorten(website, 80)}” is not one we can use, so it was left out.")
        else:
            row["website"] = website
        eligibility = extra_text(record.get("eligibility_description"), warnings, "eligibility description")
        for column, value in (("eligibility", eligibility), ("cost", record.get("fees"))):
            text = " ".join(plain_lines(value))
            if len(text) > TEXT_LIMITS[column]:
                warnings.append(f"The {column} was shortened to {TEXT_LIMITS[column]} characters.")
                text = shorten(text, TEXT_LIMITS[column])
            row[column] = text
        assured = get("assured_date")
        if assured:
            try:
                row["last_verified"] = parse_date_text(assured[:10]).isoformat()
            except ValueError:
                warnings.append(f"The date it was last checked (“{assured}”) is not a date, so it was left out.")

        details = self.organisation(record, row, warnings)
        location = self.location(record, warnings)
        row.update(location.pop("row"))
        row["phones"] = self.phones(record, location.get("record"), warnings)
        row["opening_hours"], bank_holidays = schedule_hours(self.schedules(record, location, warnings), warnings)
        row["closed_on_bank_holidays"] = "yes" if bank_holidays else "no"
        row.update(self.terms(record, warnings))
        row["languages"] = self.languages(record, warnings)
        left_out = unmapped(record, location)
        if left_out:
            warnings.append(f"These details have nowhere to go here, so they were left out: {', '.join(left_out)}.")
        return row, details

    def organisation(self, record, row, warnings):
        """Sets row["organisation"]; returns what to give the organisation if it is new."""
        org = record.get("organization") if isinstance(record.get("organization"), dict) else {}
        org_id = org.get("id") or record.get("organization_id")
        try:
            oruk_id = uuid.UUID(str(org_id)) if org_id else None
        except ValueError:
            oruk_id = None
        name = " ".join(str(org.get("name") or "").split())
        if oruk_id in self.organisation_names:
            row["organisation"] = self.organisation_names[oruk_id]  # ours by its id, whatever the feed calls it
            return {"oruk_id": oruk_id}
        if not name:
            if org_id:
                warnings.append(
                    f"Its organisation (id {org_id}) is not described in the record, so it was imported without one."
                )
            row["organisation"] = ""
            return {}
        row["organisation"] = name
        details = {"oruk_id": oruk_id} if oruk_id else {}
        if oruk_id:
            self.organisation_names[oruk_id] = name  # a later record with the same id gets the same one
        description = "\n\n".join(plain_lines(org.get("description")))
        if description:
            details["description"] = description
        email = str(org.get("email") or "").strip()
        if email and len(email) <= 254 and valid_email(email):
            details["email"] = email
        website = (as_text(org.get("website")) or as_text(org.get("url"))).strip()
        if website and valid_url(website):
            details["website"] = website
        return details

    def location(self, record, warnings):
        """The first place the service is offered at: its address and map point."""
        found = []
        for link in record.get("service_at_locations") or []:
            location = link.get("location") if isinstance(link, dict) else None
            if isinstance(location, dict):
                found.append((link, location))
            elif isinstance(link, dict):
                warnings.append("A location given only by its id was left out.")
        if not found:
            return {"row": {}}
        physical = [pair for pair in found if pair[1].get("location_type") != "virtual"] or found
        link, location = physical[0]
        if len(found) > 1:
            first = location.get("name") or location.get("id")
            others = quoted(pair[1].get("name") or pair[1].get("id") for pair in found if pair[1] is not location)
            warnings.append(
                f"The feed gives {len(found)} locations; only the first (“{first}”) was kept. Left out: {others}."
            )
        row = {}
        addresses = [address for address in location.get("addresses") or [] if isinstance(address, dict)]
        address = next(
            (a for a in addresses if a.get("address_type") == "physical"), addresses[0] if addresses else None
        )
        if len(addresses) > 1:
            warnings.append(f"Its location has {len(addresses)} addresses; only one was kept.")
        if address:
            row.update(
                address_line_1=" ".join(str(address.get("address_1") or "").split()),
                address_line_2=" ".join(as_text(address.get("address_2")).split()),
                town=" ".join(str(address.get("city") or "").split()),
                postcode=str(address.get("postal_code") or "").strip(),
            )
        latitude, longitude = location.get("latitude"), location.get("longitude")
        if latitude not in (None, "") and longitude not in (None, "") and (latitude, longitude) != (0, 0):
            row.update(latitude=str(latitude), longitude=str(longitude))
        return {"row": row, "record": location, "link": link, "address": address}

    def phones(self, record, location, warnings):
        """Phones on the service, its contacts and its location, as "Label: number; number"."""
        phones = extra_records(record.get("phones"), warnings, "phones")
        for contact in record.get("contacts") or []:
            if isinstance(contact, dict):
                phones.extend(extra_records(contact.get("phones"), warnings, "phones of a contact"))
        if location:
            phones.extend(extra_records(location.get("phones"), warnings, "phones of its location"))
        parts, seen = [], set()
        for phone in phones:
            number = " ".join(extra_text(phone.get("number"), warnings, "phone number").replace(";", " ").split())
            if not number or number in seen:
                continue
            seen.add(number)
            label = " ".join(re.sub(r"[;:]", ",", as_text(phone.get("description"))).split())
            if len(label) > 60:
                warnings.append(f"The description of the phone number {number} was too long to keep.")
                label = ""
            parts.append(f"{label}: {number}" if label else number)
        return "; ".join(parts)

    def schedules(self, record, location, warnings):
        """The service's schedules, or else those of the place it is offered at."""
        schedules = [schedule for schedule in record.get("schedules") or [] if isinstance(schedule, dict)]
        theirs = []
        if location.get("link"):
            what = "opening hours of its location"
            theirs = extra_records(location["link"].get("schedules"), warnings, what) + extra_records(
                location["record"].get("schedules"), warnings, what
            )
        if schedules and theirs:
            warnings.append("The opening hours of its location were left out: the service has its own.")
        return schedules or theirs

    def terms(self, record, warnings):
        """Areas, audiences, care areas and interventions from attributes and service areas (ours only)."""
        found = {column: [] for column in TAXONOMIES.values()}
        unknown = {}  # list name -> [term]
        only_ids = []  # attributes naming a term by its id alone
        for attribute in record.get("attributes") or []:
            term = attribute.get("taxonomy_term") if isinstance(attribute, dict) else None
            if not isinstance(term, dict):
                if isinstance(attribute, dict) and attribute.get("taxonomy_term_id"):
                    only_ids.append(attribute["taxonomy_term_id"])
                continue
            taxonomy = str(term.get("taxonomy") or "").strip() or self.taxonomy_ids.get(term.get("taxonomy_id"), "")
            keys = [as_text(term.get(key)).strip().lower() for key in ("code", "term", "name")]
            keys = [key for key in keys if key]
            label = term.get("name") or as_text(term.get("code")) or term.get("id")
            columns = [TAXONOMIES[taxonomy]] if taxonomy in TAXONOMIES else []
            if not taxonomy:  # no list named: ours if exactly one of our lists has it
                columns = [c for c in found if any(k in self.vocabulary.terms[c] for k in keys)]
                columns = columns if len(columns) == 1 else []
            if not columns:
                unknown.setdefault(taxonomy, []).append(label)
                continue
            match = next(
                (self.vocabulary.terms[columns[0]][k] for k in keys if k in self.vocabulary.terms[columns[0]]), None
            )
            if match is None:
                unknown.setdefault(taxonomy, []).append(label)
            else:
                found[columns[0]].append(match.slug)
        shapes = nameless = 0
        for area in record.get("service_areas") or []:
            if not isinstance(area, dict):
                continue
            names = [str(area.get(key) or "").strip() for key in ("service_area", "name")]
            names = [name for name in names if name]
            if not names:
                if area.get("extent"):
                    shapes += 1
                else:
                    nameless += 1
                continue
            match = next(
                (
                    self.vocabulary.terms["areas"][n.lower()]
                    for n in names
                    if n.lower() in self.vocabulary.terms["areas"]
                ),
                None,
            )
            if match is not None:
                found["areas"].append(match.slug)
            else:
                unknown.setdefault("carers-directory:area", []).append(names[0])
        for taxonomy, labels in unknown.items():
            labels = quoted(dict.fromkeys(str(label) for label in labels))
            if taxonomy in TAXONOMIES:
                kind = {"areas": "areas", "audiences": "audiences", "care_areas": "care areas"}.get(
                    TAXONOMIES[taxonomy], "kinds of help"
                )
                warnings.append(f"We do not have these {kind}, so they were left out: {labels}.")
            elif taxonomy:
                warnings.append(f"We do not use the “{taxonomy}” list of terms, so these were left out: {labels}.")
            else:
                warnings.append(f"These terms are not in any list we use, so they were left out: {labels}.")
        if only_ids:
            warnings.append(
                "These terms are given only by their ids, with no name to match ours, so they were left out: "
                f"{quoted(dict.fromkeys(str(value) for value in only_ids))}."
            )
        if shapes:
            warnings.append(
                left_out(shapes, "service area", "given only as a map shape (extent)")
                + ": we match areas by their names."
            )
        if nameless:
            warnings.append(left_out(nameless, "service area", "with no name") + ".")
        return {column: "; ".join(dict.fromkeys(slugs)) for column, slugs in found.items()}

    def languages(self, record, warnings):
        codes, unknown, nameless = [], [], 0
        for language in record.get("languages") or []:
            if not isinstance(language, dict):
                continue
            keys = [as_text(language.get(key)).strip() for key in ("code", "name")]
            keys = [key for key in keys if key]
            if not keys:
                nameless += 1
                continue
            keys += [key.split("-")[0] for key in keys if "-" in key]  # en-GB -> en
            match = next(
                (self.vocabulary.languages[k.lower()] for k in keys if k.lower() in self.vocabulary.languages), None
            )
            if match is not None:
                codes.append(match.code)
            else:
                unknown.append(as_text(language.get("name")) or as_text(language.get("code")))
        if unknown:
            warnings.append(f"We do not have these languages, so they were left out: {quoted(dict.fromkeys(unknown))}.")
        if nameless:
            warnings.append(
                left_out(nameless, "language", "with no name or code") + ": we cannot tell which language it is."
            )
        return "; ".join(dict.fromkeys(codes))


# --- details we have nowhere to put -----------------------------------------------------------------------------

#: Fields that only identify records or link them together: never a detail of the service.
LINKS = frozenset(
    {
        "id",
        "service_id",
        "location_id",
        "link_id",
        "link_type",
        "link_entity",
        "contact_id",
        "organization_id",
        "service_at_location_id",
        "phone_id",
        "taxonomy_term_id",
        "taxonomy_id",
        "parent_id",
        "last_modified",
        "metadata",
    }
)
#: The fields we read from each kind of record. Any other field with something in it is named in a warning,
#: so no detail is dropped silently. (An address's county and country are not kept: the postcode places it.)
READ = {
    "service": {
        "name",
        "description",
        "url",
        "email",
        "status",
        "fees",
        "assured_date",
        "application_process",
        "eligibility_description",
        "organization",
        "service_at_locations",
        "phones",
        "contacts",
        "schedules",
        "attributes",
        "service_areas",
        "languages",
    },
    "organization": {"name", "description", "email", "website", "url"},
    "contact": {"phones", "name"},  # its name only when that is the service's name: see unmapped
    "phone": {"number", "description"},
    "service_at_location": {"location", "schedules"},
    # Its name only when that is the service's name, its description only when that repeats its address.
    "location": {"location_type", "name", "description", "latitude", "longitude", "addresses", "phones", "schedules"},
    "address": {"address_1", "address_2", "city", "postal_code", "address_type", "state_province", "region", "country"},
    "schedule": {
        "freq",
        "interval",
        "byday",
        "bymonthday",
        "valid_from",
        "valid_to",
        "opens_at",
        "closes_at",
        "description",
        "notes",
    },
    "service_area": {"name", "service_area", "extent", "extent_type", "uri"},  # without a name: see Mapper.terms
    "language": {"name", "code"},
    "attribute": {"taxonomy_term"},
}


def empty(value):
    return value is None or value == [] or value == {} or (isinstance(value, str) and not value.strip())


def words(value):
    return " ".join(as_text(value).split()).lower()


def unmapped(record, location):
    """The fields of a record (and of the records in it that we read) that we have nowhere to put, such as
    "cost_options" or "location › accessibility", each once."""
    found = []

    def check(item, kind, prefix):
        if isinstance(item, dict):
            found.extend(
                prefix + key for key, value in item.items() if key not in LINKS | READ[kind] and not empty(value)
            )

    def each(items, kind, prefix):
        for item in items if isinstance(items, list) else []:
            check(item, kind, prefix)

    name = words(record.get("name"))
    check(record, "service", "")
    check(record.get("organization"), "organization", "organization › ")
    each(record.get("phones"), "phone", "phones › ")
    each(record.get("schedules"), "schedule", "schedules › ")
    each(record.get("service_areas"), "service_area", "service_areas › ")
    each(record.get("languages"), "language", "languages › ")
    each(record.get("attributes"), "attribute", "attributes › ")
    for contact in record.get("contacts") or []:
        if isinstance(contact, dict):
            if not empty(contact.get("name")) and words(contact.get("name")) != name:
                found.append("contacts › name")
            check(contact, "contact", "contacts › ")
            each(contact.get("phones"), "phone", "contacts › phones › ")
    link, place = location.get("link"), location.get("record")
    if place is not None:
        check(link, "service_at_location", "service_at_locations › ")
        each(link.get("schedules"), "schedule", "location › schedules › ")
        if not empty(place.get("name")) and words(place.get("name")) != name:
            found.append("location › name")
        if not empty(place.get("description")) and not is_address(place["description"], location.get("address")):
            found.append("location › description")
        check(place, "location", "location › ")
        each(place.get("addresses"), "address", "location › addresses › ")
        each(place.get("phones"), "phone", "location › phones › ")
        each(place.get("schedules"), "schedule", "location › schedules › ")
    return list(dict.fromkeys(found))


def is_address(description, address):
    """Whether a location's description only repeats its address (as ours does: "1 High Street, Romford")."""
    if not isinstance(address, dict):
        return False
    known = {words(part) for key in READ["address"] for part in as_text(address.get(key)).split(",")}
    return all(words(part) in known for part in as_text(description).split(",") if words(part))


# --- the import -----------------------------------------------------------------------------------------------

#: Records the feed may not change: one of our own services, and one an editor has unpublished here.
OURS = "This is one of our own services (it has our id), so the feed does not change it."
UNPUBLISHED = "Unpublished here, so not changed: publish it in the admin if it is open again."
#: Results that are not imported (or not changed), and so are listed with their reasons.
LEFT_ALONE = ("rejected", "closed", "ours", "unpublished")


@dataclass
class OpenReferralReport(ImportReport):
    source: str = ""
    pages: int = 0
    notes: list = field(default_factory=list)

    @property
    def closed(self):
        return [result for result in self.results if result.action == "closed"]

    @property
    def ours(self):
        return [result for result in self.results if result.action == "ours"]

    @property
    def unpublished(self):
        return [result for result in self.results if result.action == "unpublished"]

    @property
    def with_warnings(self):
        return [result for result in self.results if result.warnings and result.action not in LEFT_ALONE]

    def summary(self):
        verb = "would be " if self.dry_run else ""
        text = (
            f"{len(self.results)} services read: {self.count('created')} {verb}created, "
            f"{self.count('updated')} {verb}changed, {self.count('unchanged')} unchanged, "
            f"{self.count('rejected')} rejected"
        )
        if self.closed:
            text += f", {len(self.closed)} not imported because the feed says they have closed"
        if self.ours:
            text += f", {len(self.ours)} already ours (not changed)"
        if self.unpublished:
            text += f", {len(self.unpublished)} unpublished here (not changed)"
        if self.count("not imported"):
            text += f", {self.count('not imported')} not imported (all or nothing)"
        warnings = sum(len(result.warnings) for result in self.with_warnings)
        if warnings:
            text += f". {warnings} warning{'s' if warnings != 1 else ''} about what was left out"
        return text + "."

    def write_rejected_csv(self, handle):
        """Every record rejected, closed, left alone or imported with warnings, with the reasons (one line each)."""
        rows = [
            {
                "record": result.line,
                "id": result.raw.get("id", ""),
                "name": result.raw.get("name", ""),
                "result": result.action,
                "problems": " ".join(result.problems),
                "warnings": " ".join(result.warnings),
            }
            for result in self.results
            if result.action in LEFT_ALONE or result.warnings
        ]
        write_csv(rows, handle, columns=["record", "id", "name", "result", "problems", "warnings"])

    @property
    def has_report(self):
        return any(result.action in LEFT_ALONE or result.warnings for result in self.results)


def label_of(record):
    """id and name as far as they can be read, for the report."""
    if not isinstance(record, dict):
        return {"id": "", "name": ""}
    return {"id": as_text(record.get("id"))[:64], "name": as_text(record.get("name"))[:255]}


def oruk_id(record):
    """A record's id as our references hold it (a UUID in lower case), or "" if it is not a UUID."""
    try:
        return str(uuid.UUID(as_text(record.get("id")).strip())) if isinstance(record, dict) else ""
    except ValueError:
        return ""


@dataclass
class Known:
    """Which of a feed's ids our directory has: ``imported`` (a service's reference: it came from a feed, and
    the feed may change it) and ``ours`` (one of our own services' id, its translation key: never changed)."""

    imported: set
    ours: set


def known_ids(ids):
    """Which of these ids (UUIDs in lower case; "" for none) our directory has, as Known."""
    ids = [value for value in ids if value]
    services = services_for_export()
    imported = {value.lower() for value in services.filter(reference__in=ids).values_list("reference", flat=True)}
    keys = services.filter(translation_key__in=[uuid.UUID(value) for value in ids]).values_list(
        "translation_key", flat=True
    )
    return Known(imported=imported, ours={str(key) for key in keys} - imported)


def check_record(item, vocabulary, mapper, seen, known):
    """One feed item as a RowResult: rejected with reasons, closed, ours, or with a CleanRow (and warnings)."""
    record = item.record
    result = RowResult(line=item.number, raw=label_of(record))
    if item.problem or not isinstance(record, dict):
        result.problems.append(item.problem or "This entry is not a service record.")
        result.action = "rejected"
        return result
    if oruk_id(record) in known.ours:
        result.action = "ours"
        result.problems.append(OURS)
        return result
    status = as_text(record.get("status")).strip().lower()
    if status in CLOSED:
        result.action = "closed"
        said = "is temporarily closed" if status == "temporarily closed" else f"has closed (status “{status}”)"
        result.problems.append(f"The feed says this service {said}, so it was not imported.")
        if oruk_id(record) in known.imported:
            result.problems.append("It is still in our directory: check it, and unpublish it if it has closed.")
        return result
    result.problems.extend(schema_problems(record))
    if not result.problems:
        key = oruk_id(record)
        if key in seen:
            result.problems.append(f"Its id is also used by record {seen[key]} of the feed.")
        else:
            seen[key] = item.number
    if result.problems:
        result.action = "rejected"
        return result
    row, details = mapper.row(record, result.warnings)
    checked = check_row(row, vocabulary, item.number)
    checked.warnings = result.warnings
    if checked.clean:
        checked.clean.translation_key = uuid.UUID(row["id"])
        checked.clean.organisation_details = details
    return checked


def keep_ids(results, known):
    """A new service takes its feed id as its translation key, so our API publishes it under the same id;
    if a page here already has that key (in another language, say), it gets a new one, with a warning."""
    new = [result for result in results if result.clean and result.clean.reference.lower() not in known.imported]
    keys = [result.clean.translation_key for result in new]
    taken = set(Page.objects.filter(translation_key__in=keys).values_list("translation_key", flat=True))
    for result in new:
        if result.clean.translation_key in taken:
            result.clean.translation_key = None
            result.warnings.append(
                "Its id could not be kept: another page here already has it, so our own feed will publish this "
                "service under a new id."
            )


def import_openreferral(
    source,
    data=None,
    *,
    dry_run=False,
    all_or_nothing=False,
    user=None,
    parent=None,
    timeout=DEFAULT_TIMEOUT,
    per_page=DEFAULT_PER_PAGE,
    allow_private=False,
    progress=None,
    read_progress=None,
):
    """Import an ORUK 3.0 feed: ``source`` is the API's URL, or a file name with its bytes in ``data``.

    Returns an OpenReferralReport; raises FeedError (an ImportFileError) when the feed cannot be read.
    ``read_progress(done, total)`` is called as records are read, ``progress(done, total)`` as they are saved.
    Addresses inside a private network are refused unless ``allow_private`` (the command allows them: it is run
    by whoever runs the site; the admin form does not).

    A record changes only a service that came from a feed (its reference is the record's id): never one of our
    own services (whose id in our API, its translation key, another directory may republish), and never one
    an editor has unpublished.
    """
    started = time.perf_counter()
    if data is None:
        feed = read_url(source, timeout=timeout, per_page=per_page, allow_private=allow_private, progress=read_progress)
    else:
        feed = read_json(source, data)
    report = OpenReferralReport(dry_run=dry_run, source=source, pages=feed.pages, notes=feed.notes)
    vocabulary = Vocabulary()
    mapper = Mapper(vocabulary)
    known = known_ids([oruk_id(item.record) for item in feed.items])
    seen = {}
    for item in feed.items:
        try:
            result = check_record(item, vocabulary, mapper, seen, known)
        except RecursionError:  # lists in lists (in an extra field) hundreds deep
            result = RowResult(line=item.number, raw=label_of(item.record), action="rejected")
            result.problems.append("This record is nested too deeply to read.")
        report.results.append(result)
    keep_ids(report.results, known)
    return save_checked(
        report,
        all_or_nothing=all_or_nothing,
        user=user,
        parent=parent,
        progress=progress,
        started=started,
        unpublished=UNPUBLISHED,
    )
