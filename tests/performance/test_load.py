"""Nothing is lost under load: 500 answers to the feedback form from 20 clients at once are all stored, once each,
and pages published meanwhile are never served stale from the page cache.

The site runs as production does: gunicorn with the repository's config (site/gunicorn.py, 3 workers), production
settings, PostgreSQL (a throwaway server, carers_site.dev.postgres_server) and the Redis cache, all on loopback.

The feedback form allows ``RATE_LIMIT`` answers per ``RATE_WINDOW`` from one client address, and the limit is kept
as it is: each client's visitors come from addresses of their own in 127.0.0.0/8 (Linux routes all of it to the
loopback interface), each sending fewer answers than the limit. gunicorn's access log shows the server saw those
addresses, and a last visitor who sends one answer too many is refused, so the limit really is per address.

Run with ``-s`` to see the figures (wall time, requests per second, latencies, statuses, stale reads); they are
printed anyway at the end of the test.
"""

import collections
import http.client
import json
import os
import re
import resource
import shutil
import subprocess
import threading
import time
import urllib.parse
import uuid

import pytest

from carers_site.dev.local_servers import running_redis
from carers_site.feedback.safety import RATE_LIMIT
from tests.live_site import finish, manage_process, production_env, running_gunicorn

pytestmark = pytest.mark.system


CLIENTS = 20
VISITORS_PER_CLIENT = 5  # each from an address of its own
ANSWERS_PER_VISITOR = 5  # fewer than RATE_LIMIT
ANSWERS = CLIENTS * VISITORS_PER_CLIENT * ANSWERS_PER_VISITOR
PUBLISHES = 3
READS_AFTER_PUBLISH = 24  # per page, from several threads at once
TIMEOUT = 60

# Migrate and make the pages the test needs: a home page listing the news, a news page to publish again and again,
# and the feedback form as the demo content has it. Prints their addresses as JSON on the last line.
SETUP_SCRIPT = """
import json
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
from django.utils import timezone
from wagtail.models import Page, Site
from carers_site.models import FeedbackFormField, FeedbackFormPage, HomePage, NewsIndexPage, NewsPage

home = Page.get_first_root_node().add_child(instance=HomePage(title="Help for unpaid carers", slug="carers-home"))
home.save_revision().publish()
site = Site.objects.get(is_default_site=True)
site.root_page = home
site.save()
news_index = home.add_child(instance=NewsIndexPage(title="News", slug="news"))
news_index.save_revision().publish()
news = news_index.add_child(
    instance=NewsPage(title="Load test news version 0", slug="load-test", summary="Summary", date=timezone.localdate())
)
news.save_revision().publish()
feedback = FeedbackFormPage(title="Tell us what you think", slug="feedback")
feedback.form_fields = [
    FeedbackFormField(label="Did you find what you were looking for?", field_type="radio", required=True,
                      choices="Yes\\nPartly\\nNo", sort_order=0),
    FeedbackFormField(label="What were you looking for?", field_type="multiline", required=False, sort_order=1),
    FeedbackFormField(label="How could we make the site better?", field_type="multiline", required=False,
                      sort_order=2),
    FeedbackFormField(label="Your email address", field_type="email", required=False, sort_order=3),
]
home.add_child(instance=feedback)
feedback.save_revision().publish()
print(json.dumps({"home": home.url, "news": news.url, "feedback": feedback.url, "feedback_id": feedback.pk}))
"""

# Publishes a new version of the news page for each line read, as an editor would, in a process of its own.
PUBLISH_SCRIPT = """
import sys
from carers_site.models import NewsPage
print("ready", flush=True)
for line in sys.stdin:
    page = NewsPage.objects.get(slug="load-test")
    page.title = line.strip()
    page.save_revision().publish()
    print("published", flush=True)
"""

TOKEN_RE = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
MARKER_RE = re.compile(r"load-marker-[0-9a-f]{32}")


def request(address, port, method, path, body=None, headers=None, connection=None):
    """One request from ``address``; returns (status, headers, body text, seconds)."""
    own = connection is None
    connection = connection or http.client.HTTPConnection(
        "127.0.0.1", port, timeout=TIMEOUT, source_address=(address, 0)
    )
    started = time.perf_counter()
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        text = response.read().decode("utf-8", errors="replace")
        return response.status, response.headers, text, time.perf_counter() - started
    finally:
        if own:
            connection.close()


class Visitor:
    """A browser at one address: reads the form (for its CSRF cookie and token), then sends answers."""

    def __init__(self, address, port, form_path, results):
        self.address, self.port, self.form_path, self.results = address, port, form_path, results
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT, source_address=(address, 0))
        self.origin = f"http://127.0.0.1:{port}"
        status, headers, html, _ = request(address, port, "GET", form_path, connection=self.connection)
        results.record("GET form", status)
        assert status == 200, f"The form answered {status}"
        cookie = next(value for value in headers.get_all("Set-Cookie", []) if value.startswith("csrftoken="))
        self.cookie = cookie.split(";")[0]
        self.token = TOKEN_RE.search(html).group(1)

    def send(self, marker):
        body = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": self.token,
                "did_you_find_what_you_were_looking_for": "Partly",
                "what_were_you_looking_for": "Help with respite",
                "how_could_we_make_the_site_better": f"More about breaks, please. {marker}",
                "your_email_address": "",
                "website": "",  # the honeypot, left empty as people leave it
            }
        )
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": self.cookie,
            "Origin": self.origin,
            "Referer": self.origin + self.form_path,
        }
        status, _, html, seconds = request(
            self.address, self.port, "POST", self.form_path, body, headers, connection=self.connection
        )
        thanked = status == 200 and "Thank you" in html
        self.results.record("POST", status if thanked or status != 200 else "200 without thanks", seconds)
        return status

    def close(self):
        self.connection.close()


class Results:
    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = collections.Counter()
        self.post_seconds = []
        self.errors = []

    def record(self, kind, status, seconds=None):
        with self.lock:
            self.statuses[f"{kind} {status}"] += 1
            if seconds is not None:
                self.post_seconds.append(seconds)


def client(number, port, form_path, markers, results):
    """One of the 20 clients: its visitors, one after another, each sending a few answers."""
    try:
        for visitor_number in range(VISITORS_PER_CLIENT):
            visitor = Visitor(f"127.0.{number + 1}.{visitor_number + 1}", port, form_path, results)
            try:
                for _ in range(ANSWERS_PER_VISITOR):
                    marker = f"load-marker-{uuid.uuid4().hex}"
                    with results.lock:
                        markers.append(marker)
                    visitor.send(marker)
            finally:
                visitor.close()
    except Exception as error:  # reported and failed in the test's own thread
        with results.lock:
            results.errors.append(f"client {number}: {error!r}")


class CacheChecker:
    """Publishes new versions of the news page while the answers arrive, and after each publish reads the news
    page and the home page (which lists it) many times, at once, as visitors with no cookies: each read must show
    the new title and never an older one. A reader keeps the pages busy meanwhile, so copies are being made while
    the page is published."""

    def __init__(self, port, env, paths):
        self.port, self.paths = port, paths
        self.stale = []
        self.reads, self.reads_lock = collections.Counter(), threading.Lock()
        self.errors = []
        self.publish_seconds = []
        self.process = manage_process(
            env, "shell", "--no-imports", "-c", PUBLISH_SCRIPT, stdin=subprocess.PIPE, bufsize=1
        )
        self.wait_for("ready")
        self.stop = threading.Event()

    def wait_for(self, word):
        """Wait for the publishing process to say ``word`` on a line of its own (it may say other things first)."""
        for line in self.process.stdout:
            if line.strip() == word:
                return
        self.process.kill()
        raise RuntimeError(f"The publishing process stopped:\n{self.process.stderr.read()[-3000:]}")

    def read(self, path):
        status, headers, html, _ = request("127.0.0.1", self.port, "GET", path)
        cache = headers.get("X-Page-Cache", "none")
        with self.reads_lock:
            self.reads[f"{status} {cache}"] += 1
        return status, cache, html

    def background_reads(self):
        while not self.stop.is_set():
            for path in self.paths:
                self.read(path)
            time.sleep(0.05)

    def check(self, version):
        title = f"Load test news version {version}"
        older = [f"Load test news version {older}" for older in range(version)]
        pending = [path for path in self.paths for _ in range(READS_AFTER_PUBLISH)]
        lock = threading.Lock()

        def reader():
            while True:
                with lock:
                    if not pending:
                        return
                    path = pending.pop()
                status, cache, html = self.read(path)
                if status != 200 or title not in html or any(old in html for old in older):
                    with lock:
                        self.stale.append(f"version {version}: {path} answered {status} ({cache})")

        threads = [threading.Thread(target=reader) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    def run(self):
        reading = threading.Thread(target=self.background_reads)
        reading.start()
        try:
            self.check(0)  # the first version is kept and served before anything is published
            for version in range(1, PUBLISHES + 1):
                time.sleep(1)
                started = time.perf_counter()
                self.process.stdin.write(f"Load test news version {version}\n")
                self.wait_for("published")
                self.publish_seconds.append(time.perf_counter() - started)
                self.check(version)
        except Exception as error:
            self.errors.append(repr(error))
        finally:
            self.stop.set()
            reading.join()
            self.process.stdin.close()
            self.process.wait(timeout=60)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def cpu_seconds():
    """CPU time (user and system) of the child processes that have ended, which a busy machine does not inflate."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def stored_markers(database_url, page_id):
    import psycopg

    with psycopg.connect(database_url) as connection:
        rows = connection.execute(
            "SELECT form_data::text FROM wagtailforms_formsubmission WHERE page_id = %s", [page_id]
        ).fetchall()
    return [marker for (data,) in rows for marker in MARKER_RE.findall(data)], len(rows)


@pytest.fixture
def servers(tmp_path):
    if shutil.which("redis-server") is None:
        pytest.fail("redis-server is not installed: `make test` installs Debian's redis-server")
    from carers_site.dev.postgres_server import running_server

    with running_server(fast=True) as database_url, running_redis(tmp_path) as redis_url:
        yield database_url, redis_url


def test_every_answer_sent_under_load_is_stored_once_and_published_pages_are_never_stale(tmp_path, servers, capsys):
    database_url, redis_url = servers
    env = production_env(tmp_path, database_url, redis_url)
    setup_started, cpu_started = time.perf_counter(), cpu_seconds()
    # Static files need no database: collect them while the database is made.
    collecting = manage_process(env, "collectstatic", "--noinput")
    setting_up = manage_process(env, "shell", "-c", SETUP_SCRIPT)
    paths = json.loads(finish(setting_up, "setup").strip().splitlines()[-1])
    finish(collecting, "collectstatic")
    setup_seconds, setup_cpu = time.perf_counter() - setup_started, cpu_seconds() - cpu_started

    log = tmp_path / "gunicorn.log"
    with running_gunicorn(env, log) as port:
        results, markers = Results(), []
        checker = CacheChecker(port, env, [paths["news"], paths["home"]])
        load_started = time.perf_counter()
        threads = [
            threading.Thread(target=client, args=(number, port, paths["feedback"], markers, results))
            for number in range(CLIENTS)
        ]
        threads.append(threading.Thread(target=checker.run))
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        load_seconds = time.perf_counter() - load_started

        # The limit is per address, and was not loosened: one visitor more, who sends one answer too many.
        probe = Visitor("127.0.200.1", port, paths["feedback"], Results())
        probe_markers = [f"load-marker-{uuid.uuid4().hex}" for _ in range(RATE_LIMIT + 1)]
        probe_statuses = [probe.send(marker) for marker in probe_markers]
        probe.close()

    server_cpu = cpu_seconds() - cpu_started - setup_cpu  # gunicorn's workers and the publisher, once stopped
    stored, rows = stored_markers(database_url, paths["feedback_id"])
    counts = collections.Counter(stored)
    post_seconds = results.post_seconds
    requests = sum(results.statuses.values()) + sum(checker.reads.values())
    figures = {
        "setup (migrate and pages, collectstatic alongside) s": round(setup_seconds, 1),
        "setup CPU s (PostgreSQL's not counted)": round(setup_cpu, 1),
        "load wall time s": round(load_seconds, 1),
        "site CPU s during the load (gunicorn and the publisher)": round(server_cpu, 1),
        "machine load average (1 min) after": round(os.getloadavg()[0], 1),
        "answers sent": len(post_seconds),
        "answers per second": round(len(post_seconds) / load_seconds, 1),
        "requests (all) per second": round(requests / load_seconds, 1),
        "answer latency p50 / p95 / max ms": [round(1000 * percentile(post_seconds, p)) for p in (0.5, 0.95, 1)],
        "statuses": dict(sorted(results.statuses.items())),
        "page reads (status, X-Page-Cache)": dict(sorted(checker.reads.items())),
        "publishes": PUBLISHES,
        "publish s": [round(seconds, 2) for seconds in checker.publish_seconds],
        "stale reads": len(checker.stale),
        "feedback rows stored": rows,
        "markers stored once / missing / duplicated": [
            sum(counts[marker] == 1 for marker in markers),
            sum(counts[marker] == 0 for marker in markers),
            sum(counts[marker] > 1 for marker in markers),
        ],
        "rate limit probe statuses": probe_statuses,
    }
    with capsys.disabled():
        print("\nLoad test figures:\n" + json.dumps(figures, indent=2))

    assert results.errors == [] and checker.errors == [], (results.errors, checker.errors)
    # Every answer was thanked, and is stored exactly once.
    assert results.statuses["POST 200"] == ANSWERS, results.statuses
    assert len(markers) == len(set(markers)) == ANSWERS
    assert all(counts[marker] == 1 for marker in markers)
    # Nothing else was stored: the refused answer neither. (One marker per row, so no row is a copy.)
    assert counts == collections.Counter(markers + probe_markers[:RATE_LIMIT])
    assert rows == ANSWERS + RATE_LIMIT
    # Pages published under load were shown new at once, on every read, and copies were served from the cache.
    assert checker.stale == [], checker.stale
    assert len(checker.publish_seconds) == PUBLISHES
    assert any(key.endswith(" hit") for key in checker.reads), checker.reads
    # gunicorn saw each visitor's own address (REMOTE_ADDR), so each stayed under the limit...
    posts_by_address = collections.Counter(
        line.split()[0] for line in log.read_text().splitlines() if f'"POST {paths["feedback"]} ' in line
    )
    expected = {
        f"127.0.{number + 1}.{visitor + 1}": ANSWERS_PER_VISITOR
        for number in range(CLIENTS)
        for visitor in range(VISITORS_PER_CLIENT)
    }
    assert posts_by_address == {**expected, "127.0.200.1": RATE_LIMIT + 1}
    # ... and the limit holds: the answer after RATE_LIMIT from one address is refused.
    assert probe_statuses == [200] * RATE_LIMIT + [429]
