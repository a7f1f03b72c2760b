"""Find every link editors publish and check that it still works (``manage.py check_links``).

Links come from every live page: web address fields (a service's website), rich text, StreamField blocks
(web addresses, document downloads, links inside text), document fields (a leaflet's PDF) and inline rows
(a resource's downloads). Web links are checked over HTTP with the standard library only; documents on this
site are checked by looking for the file in storage, not over HTTP.
"""

import http.client
import re
import socket
import ssl
import sys
import urllib.error
import urllib.request
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit, urlunsplit

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.encoding import iri_to_uri
from django.utils.text import capfirst
from modelcluster.models import get_all_child_relations
from tqdm import tqdm
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site, get_page_models

OK = "ok"
MOVED = "moved"  # permanently redirected elsewhere: still works, but the link should be updated
BROKEN = "broken"
STATUS_ORDER = {BROKEN: 0, MOVED: 1, OK: 2}

DEFAULT_TIMEOUT = 10.0
DEFAULT_WORKERS = 8
MAX_REDIRECTS = 10
REDIRECT_CODES = {301, 302, 303, 307, 308}
PERMANENT_REDIRECT_CODES = {301, 308}
DOCUMENT_PATH = re.compile(r"^/documents/(\d+)/")

STATUS_REASONS = {
    400: "The site did not understand the request",
    401: "The page needs a login",
    403: "The site refused access",
    404: "Page not found",
    410: "The page has been removed",
    429: "The site is turning away requests; try again later",
    500: "The site had an internal error",
    502: "The site's gateway had an error",
    503: "The site is unavailable",
    504: "The site's gateway timed out",
}


@dataclass(frozen=True)
class Link:
    """One link on one page. ``target`` is what gets checked: a web address, or ``document:<id>``."""

    page_id: int
    page_title: str
    page_type: str
    where: str
    url: str
    document_id: int | None = None

    @property
    def target(self):
        return f"document:{self.document_id}" if self.document_id is not None else self.url

    @property
    def edit_url(self):
        return admin_edit_url(self.page_id)


@dataclass
class Result:
    status: str
    reason: str = ""
    final_url: str = ""
    http_status: int | None = None
    redirects: list = field(default_factory=list)

    @property
    def broken(self):
        return self.status == BROKEN


def admin_edit_url(page_id):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_pages:edit", args=[page_id])


# Finding links ----------------------------------------------------------------------------------------------


class _AnchorParser(HTMLParser):
    """Collects the attributes of every ``<a>`` in Wagtail's stored rich text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.anchors = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.anchors.append(dict(attrs))


def rich_text_refs(html):
    """("document", id) and ("href", address) for the links in stored rich text (page links are internal)."""
    if not html:
        return
    parser = _AnchorParser()
    parser.feed(str(html))
    parser.close()
    for attrs in parser.anchors:
        if attrs.get("linktype") == "document" and str(attrs.get("id", "")).isdigit():
            yield "document", int(attrs["id"])
        elif not attrs.get("linktype") and attrs.get("href"):
            yield "href", attrs["href"]


def _list_item_value(item):
    # ListBlock stores {"type": "item", "value": ..., "id": ...} (older content stores the bare value).
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item and "id" in item:
        return item["value"]
    return item


def stream_refs(block, raw):
    """Walk a StreamField's stored data with its block definitions, yielding document ids and addresses."""
    if raw is None or raw == "":
        return
    if isinstance(block, blocks.StreamBlock):
        for child in raw:
            child_block = block.child_blocks.get(child.get("type")) if isinstance(child, dict) else None
            if child_block is not None:
                for kind, value, _label in stream_refs(child_block, child.get("value")):
                    yield kind, value, child_block.label
    elif isinstance(block, blocks.ListBlock):
        for item in raw:
            yield from stream_refs(block.child_block, _list_item_value(item))
    elif isinstance(block, blocks.StructBlock):
        if isinstance(raw, dict):
            for name, child_block in block.child_blocks.items():
                yield from stream_refs(child_block, raw.get(name))
    elif isinstance(block, DocumentChooserBlock):
        if str(raw).isdigit():
            yield "document", int(raw), None
    elif isinstance(block, blocks.URLBlock):
        yield "href", raw, None
    elif isinstance(block, blocks.RichTextBlock):
        for kind, value in rich_text_refs(raw):
            yield kind, value, None


def _link_sources(model):
    """(field, kind) for the fields of a model that can hold links."""
    document_model = get_document_model()
    sources = []
    for model_field in model._meta.get_fields():
        if isinstance(model_field, StreamField):
            sources.append((model_field, "stream"))
        elif isinstance(model_field, RichTextField):
            sources.append((model_field, "richtext"))
        elif isinstance(model_field, models.URLField):
            sources.append((model_field, "url"))
        elif isinstance(model_field, models.ForeignKey) and model_field.related_model is document_model:
            sources.append((model_field, "document"))
    return sources


def _refs_from_object(obj, sources, where_prefix=""):
    """(where, kind, value) for one page or inline row, kind being "href" or "document"."""
    for model_field, kind in sources:
        label = where_prefix or capfirst(str(model_field.verbose_name))
        if kind == "url":
            value = getattr(obj, model_field.attname)
            if value:
                yield label, "href", value
        elif kind == "document":
            document_id = getattr(obj, model_field.attname)
            if document_id:
                yield label, "document", document_id
        elif kind == "richtext":
            for ref_kind, value in rich_text_refs(getattr(obj, model_field.attname)):
                yield label, ref_kind, value
        elif kind == "stream":
            stream = getattr(obj, model_field.attname)
            raw = list(stream.raw_data) if stream is not None else []
            for ref_kind, value, block_label in stream_refs(model_field.stream_block, raw):
                yield (f"{label} ({str(block_label).lower()})" if block_label else label), ref_kind, value


def own_hosts():
    """Host names of this site, so full addresses of our own documents are checked in storage too."""
    hosts = {urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname}
    hosts.update(Site.objects.values_list("hostname", flat=True))
    return {host.lower() for host in hosts if host}


def classify_href(href, hosts):
    """("web", address), ("document", id) or None for addresses not checked (mailto:, tel:, relative links)."""
    href = (href or "").strip()
    parts = urlsplit(href)
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        match = DOCUMENT_PATH.match(parts.path)
        if match and (parts.hostname or "").lower() in hosts:
            return "document", int(match.group(1))
        return "web", href
    if not scheme and not parts.netloc:
        match = DOCUMENT_PATH.match(parts.path)
        if match:
            return "document", int(match.group(1))
    return None


def find_links():
    """Every checkable link on every live page, in page tree order."""
    hosts = own_hosts()
    documents = {}
    found = []  # (page, where, kind, value)
    for model in get_page_models():
        if model is Page or model._meta.abstract:
            continue
        page_sources = _link_sources(model)
        child_sources = []
        for relation in get_all_child_relations(model):
            sources = _link_sources(relation.related_model)
            if sources:
                name = relation.get_accessor_name()
                child_sources.append((name, capfirst(name.replace("_", " ")), sources))
        if not page_sources and not child_sources:
            continue
        pages = model.objects.live().exact_type(model).order_by("path")
        if child_sources:
            pages = pages.prefetch_related(*(name for name, _label, _sources in child_sources))
        for page in pages:
            refs = list(_refs_from_object(page, page_sources))
            for name, label, sources in child_sources:
                for row in getattr(page, name).all():
                    refs.extend(_refs_from_object(row, sources, where_prefix=label))
            for where, kind, value in refs:
                if kind == "href":
                    classified = classify_href(value, hosts)
                    if classified is None:
                        continue
                    kind, value = classified
                found.append((page, where, kind, value))
                if kind == "document":
                    documents[value] = None
    document_model = get_document_model()
    documents.update(document_model.objects.in_bulk(list(documents)))
    links = []
    for page, where, kind, value in found:
        page_type = capfirst(str(page._meta.verbose_name))
        if kind == "document":
            document = documents.get(value)
            url = document.url if document else f"/documents/{value}/"
            links.append(Link(page.pk, page.title, page_type, where, url, document_id=value))
        else:
            links.append(Link(page.pk, page.title, page_type, where, value.strip()))
    return links


# Checking links ----------------------------------------------------------------------------------------------


def check_documents(document_ids):
    """Documents on this site: the record must exist and its file must be in storage."""
    document_model = get_document_model()
    documents = document_model.objects.in_bulk(list(document_ids))
    results = {}
    for document_id in document_ids:
        document = documents.get(document_id)
        if document is None:
            results[document_id] = Result(BROKEN, "The document has been deleted from the admin")
            continue
        try:
            exists = bool(document.file.name) and document.file.storage.exists(document.file.name)
        except Exception as error:  # a storage backend can fail in its own ways (network storage, permissions)
            results[document_id] = Result(BROKEN, f"Could not look for the file in storage ({error})")
            continue
        if exists:
            results[document_id] = Result(OK)
        else:
            name = document.file.name or document.title
            results[document_id] = Result(BROKEN, f"The file is missing from storage ({name})")
    return results


class _DoNotFollowRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are followed by hand in check_url, so each step and its status code are seen."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def user_agent():
    return f"Mozilla/5.0 (compatible; CarersDirectoryLinkChecker/1.0; +{settings.WAGTAILADMIN_BASE_URL})"


def _request(opener, url, method, timeout, agent):
    """One request without following redirects: (status code, Location header)."""
    request = urllib.request.Request(url, method=method, headers={"User-Agent": agent, "Accept": "*/*"})
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, None
    except urllib.error.HTTPError as error:
        try:
            return error.code, error.headers.get("Location") if error.headers else None
        finally:
            error.close()


def describe_status(code):
    if code in STATUS_REASONS:
        return f"{STATUS_REASONS[code]} ({code})"
    if 400 <= code < 500:
        return f"The site refused the request ({code})"
    if code >= 500:
        return f"The site had an error ({code})"
    return f"Unexpected answer from the site ({code})"


def describe_error(error, timeout):
    """A plain-English reason for a failed connection."""
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"No answer within {timeout:g} seconds"
    if isinstance(reason, socket.gaierror):
        return "The site's name could not be found (DNS lookup failed)"
    if isinstance(reason, ConnectionRefusedError):
        return "Could not connect: the server refused the connection"
    if isinstance(reason, ConnectionResetError):
        return "The server dropped the connection"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"The site's security certificate is not valid ({reason.verify_message})"
    if isinstance(reason, ssl.SSLError):
        return "A secure (https) connection could not be made"
    if isinstance(reason, http.client.InvalidURL):
        return f"This is not a valid web address ({reason})"
    if isinstance(reason, http.client.RemoteDisconnected):
        return "The server closed the connection without answering"
    if isinstance(reason, http.client.HTTPException):
        return "The server's answer was not valid HTTP"
    if isinstance(reason, OSError):
        return f"Could not connect ({reason.strerror or reason})"
    return f"Could not connect ({reason})"


def web_address(url):
    """The address as it goes over the wire: international domain names in IDNA, other characters %-encoded."""
    parts = urlsplit(url.strip())
    netloc = parts.netloc
    if not netloc.isascii():
        try:
            netloc = netloc.encode("idna").decode("ascii")
        except UnicodeError:
            pass  # left as it is: the request then fails with a plain reason
    return urlunsplit((parts.scheme, netloc, iri_to_uri(parts.path), iri_to_uri(parts.query), ""))


def check_url(url, timeout=DEFAULT_TIMEOUT, agent=None):
    """Check one web address: HEAD first, then GET, following up to 10 redirects by hand.

    GET is used when HEAD is refused (405, 501), and to confirm any other error before calling a link broken
    (some sites answer HEAD wrongly). Returns OK, MOVED (the first step is a permanent redirect to another
    address: it works, but the link should be updated) or BROKEN with a plain-English reason. Never raises for
    network problems.
    """
    agent = agent or user_agent()
    opener = urllib.request.build_opener(_DoNotFollowRedirects)
    method = "HEAD"
    current = url
    redirects = []
    seen = {url}
    try:
        while True:
            status, location = _request(opener, web_address(current), method, timeout, agent)
            if status >= 400 and method == "HEAD":
                method = "GET"  # and keep using GET for any redirects that follow
                continue
            if status not in REDIRECT_CODES:
                break
            if not location:
                return Result(BROKEN, f"The site redirects ({status}) but does not say where", current, status)
            next_url = urljoin(current, location.strip())
            if urlsplit(next_url).scheme.lower() not in ("http", "https"):
                return Result(BROKEN, f"Redirects to an address that is not a web page ({next_url})", next_url, status)
            redirects.append((status, next_url))
            if next_url in seen or len(redirects) > MAX_REDIRECTS:
                return Result(BROKEN, "Too many redirects (the site redirects in a loop)", next_url, status, redirects)
            seen.add(next_url)
            current = next_url
    except (urllib.error.URLError, OSError, http.client.HTTPException) as error:
        return Result(BROKEN, describe_error(error, timeout), current if redirects else "", None, redirects)
    except ValueError as error:  # malformed address, e.g. a bad port
        return Result(BROKEN, f"This is not a valid web address ({error})", "", None, redirects)
    final_url = current if redirects else ""
    if status >= 400:
        return Result(BROKEN, describe_status(status), final_url, status, redirects)
    if redirects and redirects[0][0] in PERMANENT_REDIRECT_CODES and current != url:
        return Result(MOVED, f"Moved permanently to {current}", final_url, status, redirects)
    return Result(OK, "", final_url, status, redirects)


def check_links(links: Iterable[Link], timeout=DEFAULT_TIMEOUT, workers=DEFAULT_WORKERS, progress=None):
    """Check each distinct target once. Returns {target: Result}.

    Documents are looked up in storage on this thread; web addresses are checked by a pool of ``workers``
    threads. ``progress`` is passed to tqdm's ``disable`` negated: None shows the bar only on a terminal.
    """
    links = list(links)
    document_ids = sorted({link.document_id for link in links if link.document_id is not None})
    urls = sorted({link.url for link in links if link.document_id is None})
    agent = user_agent()
    results = {}
    disable = None if progress is None else not progress
    bar = tqdm(
        total=len(document_ids) + len(urls), desc="Checking links", unit="link", file=sys.stderr, disable=disable
    )
    with bar:
        for document_id, result in check_documents(document_ids).items():
            results[f"document:{document_id}"] = result
            bar.update()
        if urls:
            with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
                futures = {pool.submit(check_url, url, timeout, agent): url for url in urls}
                for future in as_completed(futures):
                    results[futures[future]] = future.result()
                    bar.update()
    return results


# Reporting ------------------------------------------------------------------------------------------------------

CSV_FIELDS = ["status", "page", "page_type", "edit_url", "where", "url", "reason", "final_url"]


def report_rows(links, results):
    """One row per link on a page: broken first, then moved, then working; by page title within each."""
    rows = []
    for link in links:
        result = results[link.target]
        rows.append(
            {
                "status": result.status,
                "page": link.page_title,
                "page_id": link.page_id,
                "page_type": link.page_type,
                "edit_url": link.edit_url,
                "where": link.where,
                "url": link.url,
                "reason": result.reason,
                "final_url": result.final_url,
            }
        )
    rows.sort(key=lambda row: (STATUS_ORDER[row["status"]], row["page"].lower(), row["page_id"]))
    return rows
