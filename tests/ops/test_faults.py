"""The site stays up when a part it depends on fails, loses nothing a visitor sends, and recovers by itself.

The site runs as in production: gunicorn (site/gunicorn.py), production settings, a real PostgreSQL (a throwaway
server), a real Redis and the real search server. It reaches each of the three through a proxy the test can break
(tests/faulty_proxy.py): "down" cuts every connection and refuses new ones, "hung" keeps them open but passes
nothing. Email goes to a port where nothing listens, the whole time.

Visitors read pages (home, news, search, suggestions, sw.js, the open-data API) and send answers to the feedback
form from several addresses, without pause, while the test breaks one part at a time and mends it again. Then:

- no answer is a 5xx, except the static error page while the database itself is down (nothing can be read or
  saved then; that page asks the visitor to try again);
- every answer thanked is stored exactly once, and nothing is stored twice;
- after each part comes back the site uses it again by itself: the page cache serves hits, searches reach the
  search server, pages come from the database.

Run with ``-s`` to see the figures per phase; they are printed anyway at the end.
"""

import collections
import http.client
import json
import shutil
import statistics
import threading
import time
import urllib.parse
import uuid

import pytest

from carers_site.dev.local_servers import free_port, running_redis
from tests.faulty_proxy import FaultyProxy
from tests.live_site import finish, manage_process, production_env, running_gunicorn
from tests.performance.test_load import MARKER_RE, SETUP_SCRIPT, TOKEN_RE

pytestmark = [pytest.mark.system, pytest.mark.search_server]

READERS = 4
POSTERS = 2
ANSWERS_PER_VISITOR = 5  # fewer than the form's limit per address
TIMEOUT = 30
ERROR_PAGE = "Sorry, something went wrong"
#: (phase, which proxy, its mode, seconds). Each break is followed by a phase with the part back.
PHASES = [
    ("normal", None, None, 2),
    ("cache down", "redis", "down", 3),
    ("cache back", "redis", "up", 3),
    ("cache hung", "redis", "hung", 3),
    ("cache back after hanging", "redis", "up", 3),
    ("search hung", "search", "hung", 3),
    ("search back after hanging", "search", "up", 4),
    ("search down", "search", "down", 3),
    ("search back", "search", "up", 4),
    ("database down", "database", "down", 3),
    ("database back", "database", "up", 3),
]
PHASE_NAMES = [name for name, *_ in PHASES]
#: Added to the load script's setup: a to-address on the feedback form (so each answer sends an email, to a mail
#: server that is not there), and the search index.
EXTRA_SETUP = """
from carers_site.models import FeedbackFormPage
form = FeedbackFormPage.objects.get(slug="feedback")
form.to_address = "team@example.org"
form.save_revision().publish()
from django.core.management import call_command
call_command("update_index", verbosity=0)
"""


class Record:
    """What every visitor saw, by phase."""

    def __init__(self):
        self.lock = threading.Lock()
        self.phase = "setup"
        self.rows = []  # (phases, kind, status, is the static error page, seconds, X-Page-Cache)
        self.thanked, self.unthanked = [], []  # markers; (phases, status, told to send again) of the others

    def add(self, phase, kind, status, body, seconds, headers=None):
        """``phase``: the phase when the request was sent; the one when it ended is added (they may differ)."""
        phases = {phase, self.phase}
        with self.lock:
            self.rows.append(
                (phases, kind, status, ERROR_PAGE in body, seconds, (headers or {}).get("X-Page-Cache", ""))
            )
        return phases


def fetch(port, method, path, address="127.0.0.1", body=None, headers=None):
    """(status, headers, body); status "error" when the connection failed or timed out."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT, source_address=(address, 0))
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.headers, response.read().decode("utf-8", errors="replace")
    except OSError as error:
        return "error", {}, repr(error)
    finally:
        connection.close()


def reader(port, paths, record, stop):
    while not stop.is_set():
        for kind, path in paths:
            phase, started = record.phase, time.perf_counter()
            status, headers, body = fetch(port, "GET", path)
            record.add(phase, kind, status, body, time.perf_counter() - started, headers)


def poster(number, port, form_path, record, stop):
    """A visitor per address: reads the form once (its CSRF cookie and token), then sends ANSWERS_PER_VISITOR
    answers with it, as someone would, so answers are sent even while the form itself cannot be read."""
    origin = f"http://127.0.0.1:{port}"
    visitor = 0
    while not stop.is_set():
        visitor += 1
        address = f"127.0.{100 + number}.{visitor}"
        phase, started = record.phase, time.perf_counter()
        status, headers, html = fetch(port, "GET", form_path, address)
        record.add(phase, "form", status, html, time.perf_counter() - started, headers)
        cookies = [value for value in headers.get_all("Set-Cookie", []) if value.startswith("csrftoken=")]
        token = TOKEN_RE.search(html) if status == 200 else None
        if not cookies or not token:
            time.sleep(0.2)
            continue
        for _answer in range(ANSWERS_PER_VISITOR):
            if stop.is_set():
                return
            marker = f"load-marker-{uuid.uuid4().hex}"
            body = urllib.parse.urlencode(
                {
                    "csrfmiddlewaretoken": token.group(1),
                    "did_you_find_what_you_were_looking_for": "Partly",
                    "what_were_you_looking_for": "Help at night",
                    "how_could_we_make_the_site_better": f"Keep working when things break. {marker}",
                    "your_email_address": "",
                    "website": "",
                }
            )
            post_headers = {
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": cookies[0].split(";")[0],
                "Origin": origin,
                "Referer": origin + form_path,
            }
            phase, started = record.phase, time.perf_counter()
            status, _, html = fetch(port, "POST", form_path, address, body, post_headers)
            phases = record.add(phase, "post", status, html, time.perf_counter() - started)
            with record.lock:
                if status == 200 and "Thank you" in html:
                    record.thanked.append(marker)
                else:
                    record.unthanked.append((phases, status, "send it again" in html))


def stored_markers(database_url):
    import psycopg

    with psycopg.connect(database_url) as connection:
        rows = connection.execute("SELECT form_data::text FROM wagtailforms_formsubmission").fetchall()
    return collections.Counter(marker for (data,) in rows for marker in MARKER_RE.findall(data))


@pytest.fixture
def parts(tmp_path, elasticsearch_url):
    """Real PostgreSQL, Redis and search server, each behind a proxy the test can break."""
    if shutil.which("redis-server") is None:
        pytest.fail("redis-server is not installed: `make test` installs Debian's redis-server")
    from carers_site.dev.postgres_server import running_server

    with running_server(fast=True) as database_url, running_redis(tmp_path) as redis_url:
        database = urllib.parse.urlsplit(database_url)
        redis = urllib.parse.urlsplit(redis_url)
        search = urllib.parse.urlsplit(elasticsearch_url)
        proxies = {
            "database": FaultyProxy(database.hostname, database.port),
            "redis": FaultyProxy(redis.hostname, redis.port),
            "search": FaultyProxy(search.hostname, search.port),
        }
        try:
            urls = {
                "database": database._replace(
                    netloc=database.netloc.replace(f"{database.hostname}:{database.port}", proxies["database"].address)
                ).geturl(),
                "redis": f"redis://{proxies['redis'].address}/0",
                "search": f"http://{proxies['search'].address}",
                "database_direct": database_url,
            }
            yield proxies, urls
        finally:
            for proxy in proxies.values():
                proxy.close()


def test_the_site_stays_up_loses_nothing_and_recovers_when_each_part_fails(tmp_path, parts, capsys):
    proxies, urls = parts
    env = production_env(tmp_path, urls["database"], urls["redis"])
    env.update(
        SEARCH_URL=urls["search"],
        SEARCH_ENGINE="elasticsearch",
        SEARCH_INDEX_PREFIX=f"faults_{uuid.uuid4().hex[:8]}_",
        SEARCH_TIMEOUT="0.5",
        SEARCH_RETRY_SECONDS="2",
        CACHE_RETRY_SECONDS="1",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(free_port()),  # nothing listens there
        WEB_CONCURRENCY="3",
        GUNICORN_THREADS="1",
        DEFAULT_FROM_EMAIL="site@example.org",
    )
    collecting = manage_process(env, "collectstatic", "--noinput")
    setting_up = manage_process(env, "shell", "-c", SETUP_SCRIPT + EXTRA_SETUP)
    paths = json.loads(finish(setting_up, "setup").strip().splitlines()[-1])
    finish(collecting, "collectstatic")

    record, stop = Record(), threading.Event()
    reads = [
        ("home", paths["home"]),
        ("news", paths["news"]),
        ("search", "/search/?q=news"),
        ("suggest", "/search/suggest/?q=new"),
        ("sw.js", "/sw.js"),
        ("api", "/api/openreferral/services"),
    ]
    forwarded = {}
    with running_gunicorn(env, tmp_path / "gunicorn.log") as port:
        threads = [threading.Thread(target=reader, args=(port, reads, record, stop)) for _ in range(READERS)]
        threads += [
            threading.Thread(target=poster, args=(number, port, paths["feedback"], record, stop))
            for number in range(POSTERS)
        ]
        for thread in threads:
            thread.start()
        try:
            for phase, part, mode, seconds in PHASES:
                if part:
                    proxies[part].set_mode(mode)
                before = {name: proxy.bytes_forwarded for name, proxy in proxies.items()}
                record.phase = phase
                time.sleep(seconds)
                forwarded[phase] = {name: proxy.bytes_forwarded - before[name] for name, proxy in proxies.items()}
        finally:
            record.phase = "stopping"
            stop.set()
            for thread in threads:
                thread.join(timeout=2 * TIMEOUT)

    stored = stored_markers(urls["database_direct"])
    database_down = {"database down"}
    by_phase = collections.defaultdict(collections.Counter)
    search_seconds = collections.defaultdict(list)
    for phases, kind, status, error_page, seconds, cache in record.rows:
        phase = min(phases, key=PHASE_NAMES.index) if phases <= set(PHASE_NAMES) else "other"
        counts = by_phase[phase]
        counts["requests"] += 1
        if status == "error":
            counts["connection errors"] += 1
        elif status >= 500:
            allowed = error_page and phases & database_down  # sent or answered while the database was down
            counts["5xx static error page, database down" if allowed else f"5xx other ({kind} {status})"] += 1
        if cache == "hit":
            counts["page cache hits"] += 1
        if kind == "post":
            counts["posts"] += 1
        if kind == "search":
            search_seconds[phase].append(seconds)
    figures = {
        phase: {
            **by_phase[phase],
            "search p50 ms": round(1000 * statistics.median(search_seconds[phase])) if search_seconds[phase] else None,
            "bytes to redis / search / database": [forwarded[phase][name] for name in ("redis", "search", "database")],
        }
        for phase in PHASE_NAMES
    }
    thanked = collections.Counter(record.thanked)
    figures["answers thanked / not thanked / stored / stored twice / thanked but missing"] = [
        len(record.thanked),
        len(record.unthanked),
        sum(stored.values()),
        sum(count > 1 for count in stored.values()),
        sum(stored[marker] == 0 for marker in thanked),
    ]
    with capsys.disabled():
        print("\nFault figures by phase:\n" + json.dumps(figures, indent=2))

    # No 5xx but the static error page while the database is down, and no connection dropped, in any phase.
    for phase in PHASE_NAMES:
        counts = by_phase[phase]
        assert not any(key.startswith("5xx other") for key in counts), (phase, counts)
        assert counts["connection errors"] == 0, (phase, counts)
        assert counts["requests"] > 0 and counts["posts"] > 0, (phase, counts)
    # Every answer was thanked but those sent while the database was down; each thanked one is stored once.
    assert all(phases & database_down for phases, _status, _told in record.unthanked), record.unthanked
    assert all(told for _phases, _status, told in record.unthanked)  # ... and were told to send them again
    assert all(stored[marker] == 1 for marker in thanked)
    assert max(stored.values()) == 1
    # Each part is used again once it is back: the page cache serves hits, searches reach the server.
    assert by_phase["cache back"]["page cache hits"] > 0 and forwarded["cache back"]["redis"] > 0
    assert by_phase["cache back after hanging"]["page cache hits"] > 0
    assert forwarded["search back"]["search"] > 0 and forwarded["search back after hanging"]["search"] > 0
    assert by_phase["database back"]["requests"] > 0 and forwarded["database back"]["database"] > 0
    # A hung search server costs one short wait, not one per search: most searches meanwhile are quick.
    hung = search_seconds["search hung"]
    assert statistics.median(hung) < 0.5, hung


def test_the_error_page_tells_someone_sending_a_form_to_send_it_again(rf):
    from carers_site.core.errors import server_error

    sending = server_error(rf.post("/feedback/")).content.decode()
    reading = server_error(rf.get("/")).content.decode()
    assert "send it again" in sending and "send it again" not in reading
    assert 'href="tel:999"' in sending and 'href="tel:999"' in reading  # the crisis numbers, whatever failed
