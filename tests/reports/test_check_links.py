"""``manage.py check_links`` against a local HTTP server started by the test (never the internet)."""

import csv
import io
import re
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command

from carers_site.reports.links import BROKEN, MOVED, OK, check_url
from resources.models import ResourceDownload
from tests.factories.directory import DirectoryIndexPageFactory, ServicePageFactory
from tests.factories.resources import (
    DocumentFactory,
    GuidancePageFactory,
    LeafletIndexPageFactory,
    LeafletPageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)

SLOW_SECONDS = 1.5
SHORT_TIMEOUT = 0.3


class Handler(BaseHTTPRequestHandler):
    """200, 404, 500, a 301 to a 200, a chain of 302s, a path refusing HEAD, a slow path and a redirect loop."""

    REDIRECTS = {
        "/moved": (301, "/ok"),
        "/chain": (302, "/chain/2"),
        "/chain/2": (302, "/chain/3"),
        "/chain/3": (302, "/ok"),
        "/loop": (302, "/loop"),
    }
    STATUSES = {"/ok": 200, "/ok-too": 200, "/missing": 404, "/error": 500}

    def do_HEAD(self):
        self.answer()

    def do_GET(self):
        self.answer()

    def answer(self):
        self.server.requests.append((self.command, self.path))
        if self.path in self.REDIRECTS:
            code, location = self.REDIRECTS[self.path]
            self.send(code, {"Location": location})
        elif self.path == "/no-head":
            self.send(405 if self.command == "HEAD" else 200, {"Allow": "GET"})
        elif self.path == "/head-not-found":
            self.send(404 if self.command == "HEAD" else 200)
        elif self.path == "/slow":
            time.sleep(SLOW_SECONDS)
            self.send(200)
        else:
            self.send(self.STATUSES.get(self.path, 404))

    def send(self, code, headers=None):
        body = b"" if self.command == "HEAD" else f"<p>{code}</p>".encode()
        self.send_response(code)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # the slow path writes to a client that gave up: expected


@pytest.fixture
def server(monkeypatch):
    """A local web server on 127.0.0.1 (port chosen by the system), running in a thread for one test."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    httpd.requests = []
    httpd.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# check_url: one address at a time -------------------------------------------------------------------------------


def test_working_link(server):
    result = check_url(server.base + "/ok", timeout=5)
    assert (result.status, result.http_status, result.final_url) == (OK, 200, "")
    assert server.requests == [("HEAD", "/ok")]


@pytest.mark.parametrize(
    ("path", "reason"),
    [("/missing", "Page not found (404)"), ("/error", "The site had an internal error (500)")],
)
def test_error_statuses_are_broken(server, path, reason):
    result = check_url(server.base + path, timeout=5)
    assert (result.status, result.reason) == (BROKEN, reason)
    assert server.requests == [("HEAD", path), ("GET", path)]  # GET confirms before a link is called broken


def test_permanent_redirect_is_a_warning_with_the_new_address(server):
    result = check_url(server.base + "/moved", timeout=5)
    assert result.status == MOVED
    assert result.final_url == server.base + "/ok"
    assert result.reason == f"Moved permanently to {server.base}/ok"


def test_chain_of_temporary_redirects_is_followed_and_fine(server):
    result = check_url(server.base + "/chain", timeout=5)
    assert (result.status, result.http_status) == (OK, 200)
    assert result.final_url == server.base + "/ok"
    assert [code for code, _url in result.redirects] == [302, 302, 302]
    assert [path for _method, path in server.requests] == ["/chain", "/chain/2", "/chain/3", "/ok"]


def test_get_is_used_when_head_is_not_allowed(server):
    result = check_url(server.base + "/no-head", timeout=5)
    assert result.status == OK
    assert server.requests == [("HEAD", "/no-head"), ("GET", "/no-head")]


def test_get_is_believed_over_a_wrong_answer_to_head(server):
    result = check_url(server.base + "/head-not-found", timeout=5)
    assert result.status == OK
    assert server.requests == [("HEAD", "/head-not-found"), ("GET", "/head-not-found")]


def test_slow_site_times_out(server):
    started = time.monotonic()
    result = check_url(server.base + "/slow", timeout=SHORT_TIMEOUT)
    assert (result.status, result.reason) == (BROKEN, "No answer within 0.3 seconds")
    assert time.monotonic() - started < SLOW_SECONDS


def test_redirect_loop_is_broken(server):
    result = check_url(server.base + "/loop", timeout=5)
    assert result.status == BROKEN
    assert result.reason.startswith("Too many redirects")


def test_connection_refused_is_broken():
    result = check_url(f"http://127.0.0.1:{closed_port()}/", timeout=2)
    assert (result.status, result.reason) == (BROKEN, "Could not connect: the server refused the connection")


def test_unknown_site_name_is_broken(monkeypatch):
    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)  # no DNS lookup really happens
    result = check_url("http://no-such-carers-site.invalid/", timeout=2)
    assert (result.status, result.reason) == (BROKEN, "The site's name could not be found (DNS lookup failed)")


# The command: every link on live pages ---------------------------------------------------------------------------


def run_check_links(*args):
    out, err = io.StringIO(), io.StringIO()
    code = 0
    try:
        call_command("check_links", "--no-progress", *args, stdout=out, stderr=err)
    except SystemExit as exit:
        code = exit.code
    return code, out.getvalue()


@pytest.fixture
def site_with_links(db, home, server):
    """Live pages linking to every kind of address on the test server, plus documents on this site."""
    base = server.base
    directory = DirectoryIndexPageFactory(parent=home)
    services = {
        path: ServicePageFactory(parent=directory, title=f"Service {path}", website=base + path)
        for path in ["/ok-too", "/missing", "/moved", "/chain", "/no-head"]
    }
    # The same address on a second page is fetched once but reported on both pages.
    services["/missing again"] = ServicePageFactory(
        parent=directory, title="Another service", website=base + "/missing"
    )
    # Drafts and services without a website are not checked.
    ServicePageFactory(parent=directory, title="Draft service", website=base + "/error", live=False)
    ServicePageFactory(parent=directory, title="No website", website="")

    kept, lost, deleted = DocumentFactory(title="Kept"), DocumentFactory(title="Lost"), DocumentFactory(title="Gone")
    lost.file.storage.delete(lost.file.name)
    deleted_id = deleted.pk
    deleted.delete()

    library = ResourceIndexPageFactory(parent=home)
    resource = ResourcePageFactory(
        parent=library,
        title="Toolkit",
        body=[
            {"type": "action_link", "value": {"text": "Apply", "page": None, "url": base + "/error"}},
            {
                "type": "paragraph",
                "value": (
                    f'<p><a href="{base}/slow">Slow</a>, <a href="mailto:help@example.org">mail</a>, '
                    f'<a linktype="document" id="{deleted_id}">old PDF</a>, '
                    f'<a href="/documents/{kept.pk}/x.pdf">kept</a>, <a href="#top">top</a></p>'
                ),
            },
            {"type": "download", "value": {"document": lost.pk, "title": "", "language": "en"}},
        ],
    )
    ResourceDownload.objects.create(page=resource, document=kept, language="en")

    leaflets = LeafletIndexPageFactory(parent=home)
    leaflet = LeafletPageFactory(parent=leaflets, title="Leaflet", document=kept)
    guidance = GuidancePageFactory(
        parent=home,
        title="Guidance",
        body=[
            {
                "type": "contact",
                "value": {"name": "Carers team", "phone": "", "email": "", "website": base + "/ok", "text": ""},
            }
        ],
    )
    return {
        "services": services,
        "resource": resource,
        "leaflet": leaflet,
        "guidance": guidance,
        "lost": lost,
        "deleted_id": deleted_id,
    }


def test_command_reports_every_kind_of_link_and_exits_with_1(site_with_links, server, tmp_path):
    report = tmp_path / "links.csv"
    code, output = run_check_links("--timeout", str(SHORT_TIMEOUT), "--workers", "4", "--csv", str(report))
    assert code == 1

    with report.open(newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert list(rows[0]) == ["status", "page", "page_type", "edit_url", "where", "url", "reason", "final_url"]
    by_link = {(row["page"], row["where"], row["url"].replace(server.base, "")): row for row in rows}
    deleted_id = site_with_links["deleted_id"]

    def result(page, where, url):
        row = by_link.pop((page, where, url))
        return row["status"], row["reason"]

    assert result("Service /ok-too", "Website", "/ok-too") == (OK, "")
    assert result("Service /missing", "Website", "/missing") == (BROKEN, "Page not found (404)")
    assert result("Another service", "Website", "/missing") == (BROKEN, "Page not found (404)")
    assert result("Service /moved", "Website", "/moved") == (MOVED, f"Moved permanently to {server.base}/ok")
    assert result("Service /chain", "Website", "/chain") == (OK, "")
    assert result("Service /no-head", "Website", "/no-head") == (OK, "")
    assert result("Toolkit", "Body (action link)", "/error") == (BROKEN, "The site had an internal error (500)")
    assert result("Toolkit", "Body (paragraph)", "/slow") == (BROKEN, "No answer within 0.3 seconds")
    assert result("Toolkit", "Body (paragraph)", f"/documents/{deleted_id}/") == (
        BROKEN,
        "The document has been deleted from the admin",
    )
    kept = site_with_links["leaflet"].document
    assert result("Toolkit", "Body (paragraph)", kept.url) == (OK, "")
    lost = site_with_links["lost"]
    assert result("Toolkit", "Body (download)", lost.url) == (
        BROKEN,
        f"The file is missing from storage ({lost.file.name})",
    )
    assert result("Toolkit", "Downloads", kept.url) == (OK, "")
    assert result("Leaflet", "PDF", kept.url) == (OK, "")
    assert result("Guidance", "Body (contact)", "/ok") == (OK, "")
    assert by_link == {}  # nothing else: no drafts, no mailto:, no empty websites

    # Each address is fetched once, even when two pages link to it; the draft's address is never fetched.
    assert server.requests.count(("HEAD", "/missing")) == 1
    assert server.requests.count(("HEAD", "/error")) == 1  # the resource's link, not the draft service's

    service = site_with_links["services"]["/missing"]
    assert "Broken links (6 links on 3 pages)" in output
    assert f"  Edit: http://testserver/admin/pages/{service.pk}/edit/" in output
    assert re.search(rf"\n  Website +{re.escape(server.base)}/missing +Page not found \(404\)\n", output)
    assert "Moved permanently (1 link on 1 page)" in output
    assert f"The full report is in {report}." in output


def test_command_exits_cleanly_when_every_link_works(home, server):
    directory = DirectoryIndexPageFactory(parent=home)
    ServicePageFactory(parent=directory, title="Fine", website=server.base + "/ok")
    ServicePageFactory(parent=directory, title="Also fine", website=server.base + "/chain")
    code, output = run_check_links("--timeout", "5")
    assert code == 0
    assert "Checked 2 links on 2 pages" in output
    assert "No broken links." in output


def test_command_refuses_bad_options(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="--timeout must be more than 0"):
        call_command("check_links", "--timeout", "0")
    with pytest.raises(CommandError, match="--workers must be at least 1"):
        call_command("check_links", "--workers", "0")


def test_addresses_are_encoded_for_the_wire():
    from carers_site.reports.links import web_address

    assert web_address(" https://bücher.example/a b/ä?q=young carers#top ") == (
        "https://xn--bcher-kva.example/a%20b/%C3%A4?q=young%20carers"
    )
