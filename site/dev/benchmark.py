"""Production benchmark (not a test): the site as production runs it, loaded on loopback with wrk.

    make benchmark-site                                     # installs what it needs, then the full run (~13 min)
    .venv/bin/python -m carers_site.dev.benchmark            # the same, after `make install`
    .venv/bin/python -m carers_site.dev.benchmark --quick    # SQLite only, 1,000 services, 3 s per run (~4 min)
    .venv/bin/python -m carers_site.dev.benchmark --help     # durations, connections, workers, databases, --json
    .venv/bin/python -m carers_site.dev.benchmark --peer --peer-source DIR  # cold render against wagtail/bakerydemo
                                                         # (site/dev/benchmark_peer.py says how; ~8 min once built)

For each database (SQLite, then PostgreSQL on a throwaway server from carers_site.dev.postgres_server) it makes a new
database in a temporary folder: ``migrate``, ``load_demo``, 10,000 generated services (site/dev/benchmark_search.py),
then ``update_index`` once, into a real Elasticsearch server (site/dev/search_server.py; if that cannot be started, the
database search backend is used and the output says so). It serves the site with gunicorn (site/gunicorn.py) and
production settings: DEBUG off, a random SECRET_KEY, collected static files (WhiteNoise), a Redis cache on a loopback
port of its own. Then it measures, with wrk: the home page, a guidance page, the directory filtered by borough, a
service page and a search. Requests look like a browser's (a browser User-Agent, so page views are counted as for
real visitors, and ``Accept-Encoding: gzip, br``).

Each page is measured twice, with gunicorn restarted in between:

- cold: the page cache is off (PAGE_CACHE_SECONDS=0), so every request renders the page from the database;
- warm: the page cache is on and each page was requested once before, so requests are answered from Redis
  (the output warns if a primed page does not come back with ``X-Page-Cache: hit``). Search is never cached
  (queries are private), so its warm figures are renders too.

Before each measured run a short unmeasured run warms up the workers (templates loaded, connections open).
"Bytes" are what a first visit transfers: the page's compressed HTML, and the HTML plus the stylesheets,
scripts, icon and images it refers to (each fetched compressed, as a browser would). "SQL" is the number of
database queries one cold request makes. Everything it starts (PostgreSQL, Elasticsearch, Redis, gunicorn) is
stopped at the end, on Ctrl-C and on errors. It prints a table and writes the figures with the machine's facts
as JSON (default ``var/benchmark/benchmark-<date>.json``). On a small machine the load generator shares the CPU
with the server, and other work on the machine makes the figures noisy: the load average is recorded too.
"""

import argparse
import contextlib
import datetime
import gzip
import json
import logging
import os
import platform
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

from carers_site.dev.local_servers import free_port, log_tail, running_redis, stop_process_group

REPO = Path(__file__).resolve().parents[2]  # site/dev/benchmark.py: the repository is two folders up
PYTHON = sys.executable
DATABASES = ("sqlite", "postgresql")
DATABASE_LABELS = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
PAGES = ("home", "guidance", "directory", "service", "search")
SEARCH_QUERY = "respite"
WARM_CACHE_SECONDS = 600
#: What a phone's browser sends, so the site treats the load as real visitors (counted page views, compression).
REQUEST_HEADERS = {
    "User-Agent": (
        "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/130.0.0.0 Mobile Safari/537.36"
    ),
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "en-GB,en;q=0.9",
    "Accept-Encoding": "gzip, br",
}
#: Collects every thread's counts and prints one JSON line at the end (wrk's own output has no p95).
WRK_SCRIPT = """\
local threads = {}
%(headers)s
function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non_2xx = 0
  cache_hits = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non_2xx = non_2xx + 1
  end
  local cache = headers["X-Page-Cache"] or headers["x-page-cache"]
  if cache == "hit" then
    cache_hits = cache_hits + 1
  end
end

function done(summary, latency, requests)
  local non_2xx, cache_hits = 0, 0
  for _, thread in ipairs(threads) do
    non_2xx = non_2xx + thread:get("non_2xx")
    cache_hits = cache_hits + thread:get("cache_hits")
  end
  local errors = summary.errors
  io.write(string.format(
    'WRK_RESULT {"requests": %%d, "duration_us": %%d, "bytes": %%d, "non_2xx": %%d, "cache_hits": %%d, ' ..
    '"errors": {"connect": %%d, "read": %%d, "write": %%d, "status": %%d, "timeout": %%d}, ' ..
    '"latency_us": {"mean": %%.1f, "max": %%d, "p50": %%d, "p90": %%d, "p95": %%d, "p99": %%d}}\\n',
    summary.requests, summary.duration, summary.bytes, non_2xx, cache_hits,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout,
    latency.mean, latency.max, latency:percentile(50), latency:percentile(90),
    latency:percentile(95), latency:percentile(99)))
end
"""


def say(message):
    print(f"[benchmark] {message}", file=sys.stderr, flush=True)


# Programs from Debian --------------------------------------------------------------------------------------------


def postgresql_installed():
    return any(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))


def install_missing_programs(databases):
    """apt-get install wrk, redis-server and postgresql if missing, as the Makefile does (sudo when not root)."""
    missing = [program for program in ("wrk", "redis-server") if not shutil.which(program)]  # same package names
    if "postgresql" in databases and not postgresql_installed():
        missing.append("postgresql")
    if not missing:
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    say(f"installing Debian packages: {' '.join(missing)} (apt-get update, then apt-get install)...")
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", *missing], check=True, env=env)


def program_version(command, pattern):
    try:
        output = subprocess.run(command, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(pattern, output.stdout + output.stderr)
    return match.group(1) if match else None


# Servers -------------------------------------------------------------------------------------------------------


def flush_redis(url):
    import redis

    redis.Redis.from_url(url).flushall()


@contextlib.contextmanager
def running_gunicorn(env, log, workers, with_process=False):
    """gunicorn with the repository's config (site/gunicorn.py) on a free loopback port; yields its base URL (and
    its master process, the leader of the session its workers are in, ``with_process``)."""
    port = free_port()
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_ACCESS_LOG": "0"}
    if workers:
        env["WEB_CONCURRENCY"] = str(workers)
    command = [PYTHON, "-m", "gunicorn", "-c", "python:carers_site.gunicorn", "carers_site.wsgi:application"]
    with open(log, "ab") as log_file:
        process = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                status, _headers, _body = fetch(base_url + "/")
                if status == 200:
                    break
            except OSError:
                status = None
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    f"gunicorn did not serve the home page (last status {status}). Its log:\n{log_tail(log)}"
                )
            time.sleep(0.3)
        yield (base_url, process) if with_process else base_url
    finally:
        # SIGQUIT: stop at once. SIGTERM would let the workers first answer the requests wrk left queued.
        stop_process_group(process, stop_signal=signal.SIGQUIT)


# HTTP: bytes on the wire ---------------------------------------------------------------------------------------


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def fetch(url, timeout=30):
    """GET with a browser's headers; returns (status, headers, body as sent: compressed if the server did)."""
    request = urllib.request.Request(url, headers=REQUEST_HEADERS)
    try:
        with OPENER.open(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def decoded(headers, body):
    encoding = (headers.get("Content-Encoding") or "").lower()
    if encoding == "gzip":
        return gzip.decompress(body)
    if encoding == "br":
        import brotli

        return brotli.decompress(body)
    return body


class AssetFinder(HTMLParser):
    """What a browser loads on a first visit to a page: stylesheets, scripts, the icon and images.

    Inside a <picture> the first <source> of a type the browser takes (WebP) wins over the <img>; from a
    srcset the first (smallest-listed) candidate is taken, as on a phone.
    """

    LINK_RELS = {"stylesheet", "icon", "modulepreload", "preload", "manifest"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls = []
        self.picture_source = None
        self.in_picture = False

    def add(self, url):
        if url and not url.startswith("data:") and url not in self.urls:
            self.urls.append(url)

    @staticmethod
    def first_candidate(srcset):
        return (srcset or "").split(",")[0].strip().split(" ")[0] or None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and self.LINK_RELS & set((attrs.get("rel") or "").lower().split()):
            self.add(attrs.get("href"))
        elif tag == "script":
            self.add(attrs.get("src"))
        elif tag == "picture":
            self.in_picture, self.picture_source = True, None
        elif tag == "source" and self.in_picture and self.picture_source is None:
            if attrs.get("type", "image/webp") in ("image/webp", "image/avif", "image/jpeg", "image/png"):
                self.picture_source = self.first_candidate(attrs.get("srcset"))
        elif tag == "img":
            if self.in_picture and self.picture_source:
                self.add(self.picture_source)
            else:
                self.add(attrs.get("src") or self.first_candidate(attrs.get("srcset")))

    def handle_endtag(self, tag):
        if tag == "picture":
            self.in_picture = False


CSS_URL_RE = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


def page_weight(base_url, path):
    """The page's compressed HTML size and a first visit's total (HTML and what it refers to), in bytes."""
    page_url = base_url + path
    status, headers, body = fetch(page_url)
    finder = AssetFinder()
    finder.feed(decoded(headers, body).decode("utf-8", errors="replace"))
    assets, third_party = [], []
    queue = [urllib.parse.urljoin(page_url, url) for url in finder.urls]
    seen = set()
    while queue:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        if not url.startswith(base_url):
            third_party.append(url)
            continue
        asset_status, asset_headers, asset_body = fetch(url)
        assets.append(
            {
                "path": url[len(base_url) :],
                "status": asset_status,
                "bytes": len(asset_body),
                "encoding": asset_headers.get("Content-Encoding") or "",
            }
        )
        if "css" in (asset_headers.get("Content-Type") or ""):
            # Files a stylesheet refers to, counted as if every rule applied (an upper bound).
            css = decoded(asset_headers, asset_body).decode("utf-8", errors="replace")
            queue += [urllib.parse.urljoin(url, ref) for ref in CSS_URL_RE.findall(css) if not ref.startswith("data:")]
    return {
        "status": status,
        "html_bytes": len(body),
        "html_encoding": headers.get("Content-Encoding") or "",
        "first_load_bytes": len(body) + sum(asset["bytes"] for asset in assets),
        "assets": assets,
        "third_party": third_party,
    }


# wrk -----------------------------------------------------------------------------------------------------------


def write_wrk_script(workdir):
    headers = "\n".join(f'wrk.headers["{name}"] = "{value}"' for name, value in REQUEST_HEADERS.items())
    script = workdir / "report.lua"
    script.write_text(WRK_SCRIPT % {"headers": headers})
    return script


def run_wrk(url, script, threads, connections, duration):
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "-s", str(script), url]
    output = subprocess.run(command, capture_output=True, text=True, check=False)
    for line in output.stdout.splitlines():
        if line.startswith("WRK_RESULT "):
            result = json.loads(line.removeprefix("WRK_RESULT "))
            result["requests_per_second"] = result["requests"] / (result["duration_us"] / 1e6)
            return result
    raise RuntimeError(f"wrk gave no result for {url}:\n{output.stdout}\n{output.stderr}")


# The site's setup, in a child process with the benchmark's environment ------------------------------------------


def prepare_database(services, pages_file, index=True):
    """Runs in a child process (Django settings are per process): fill the new database, index it, find the
    pages to measure and count each page's SQL queries. Writes what it found as JSON to ``pages_file``."""
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse
    from django.utils import translation
    from wagtail.models import Locale, Site

    from carers_site.core.database import refresh_statistics
    from carers_site.core.taxonomy import Area
    from carers_site.dev.benchmark_search import BOROUGHS, generate_services
    from directory.models import DirectoryIndexPage, ServicePage
    from resources.models import GuidancePage

    # "DELETE ... 404" warnings while update_index looks for old indexes in the new, empty server say nothing.
    logging.getLogger("elasticsearch").setLevel(logging.ERROR)
    logging.getLogger("elastic_transport").setLevel(logging.ERROR)
    # Index once at the end (timed), not page by page while the pages are made.
    for backend in settings.WAGTAILSEARCH_BACKENDS.values():
        backend["AUTO_UPDATE"] = False
    timings = {}
    quiet = open(os.devnull, "w")  # noqa: SIM115 - for the whole child process

    def step(name, function):
        print(f"  {name}...", file=sys.stderr, flush=True)
        start = time.perf_counter()
        function()
        timings[name] = round(time.perf_counter() - start, 1)
        print(f"  {name}: {timings[name]} s", file=sys.stderr, flush=True)

    step("migrate", lambda: call_command("migrate", verbosity=0, interactive=False))
    step("load_demo", lambda: call_command("load_demo", stdout=quiet))
    step("generate services", lambda: generate_services(services))
    step("analyze", refresh_statistics)  # as an import of services does (carers_site.core.database)
    if index:
        step("update_index", lambda: call_command("update_index", stdout=quiet, stderr=quiet))

    english = Locale.objects.get(language_code="en")
    home = Site.objects.get(is_default_site=True).root_page.specific
    guidance_pages = GuidancePage.objects.live().public().filter(locale=english)
    guidance = guidance_pages.filter(slug="carers-assessment").first() or guidance_pages.order_by("path").first()
    directory = DirectoryIndexPage.objects.live().public().get(locale=english)
    services_here = ServicePage.objects.live().public().filter(locale=english)
    # The borough of the seed list with the most services, so the filtered list is a long one.
    borough_counts = {slug: services_here.filter(areas_served__slug=slug).count() for slug in BOROUGHS}
    borough = Area.objects.get(slug=max(borough_counts, key=borough_counts.get), locale=english)
    service = services_here.exclude(slug__startswith="bench-").order_by("path").first()
    with translation.override("en"):
        search_path = f"{reverse('search')}?{urllib.parse.urlencode({'q': SEARCH_QUERY})}"
    pages = {
        "home": {"path": home.get_url(), "title": home.title},
        "guidance": {"path": guidance.get_url(), "title": guidance.title},
        "directory": {
            "path": f"{directory.get_url()}?{urllib.parse.urlencode({'area': borough.slug})}",
            "title": f"{directory.title}: {borough.name}",
        },
        "service": {"path": service.get_url(), "title": service.title},
        "search": {"path": search_path, "title": f"search for “{SEARCH_QUERY}”"},
    }
    # SQL queries of one request (the second: the first also fills per-process caches), with the page cache off.
    client = Client(HTTP_HOST="127.0.0.1", headers=REQUEST_HEADERS)
    for page in pages.values():
        client.get(page["path"])
        with CaptureQueriesContext(connection) as queries:
            response = client.get(page["path"])
        page["sql_queries"] = len(queries)
        page["status_in_process"] = response.status_code
    facts = {
        "database_version": database_version(connection),
        "search_backend": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
        "services_total": services_here.count(),
        "services_generated": services,
        # As the directory lists them: the borough's own services and those covering its region or nation.
        "services_in_borough": services_here.filter(areas_served__in=borough.ancestors()).distinct().count(),
        "borough": borough.slug,
    }
    Path(pages_file).write_text(json.dumps({"pages": pages, "timings": timings, "facts": facts}, indent=2))


def database_version(connection):
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
        else:
            cursor.execute("SELECT sqlite_version()")
        return f"{connection.display_name} {cursor.fetchone()[0]}"


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=REPO, env=env, check=True)


# The run -------------------------------------------------------------------------------------------------------


def site_env(workdir, redis_url, search_url):
    """Production settings, as a server reads them, except plain HTTP on loopback."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "DATABASE_URL", "SEARCH_URL", "CACHE_DIR", "WEB_CONCURRENCY", "GUNICORN_THREADS"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="carers_site.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        STATIC_ROOT=str(workdir / "static"),
        MEDIA_ROOT=str(workdir / "media"),
        MEDIA_STORAGE="filesystem",
        REDIS_URL=redis_url,
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    if search_url:
        env.update(SEARCH_URL=search_url, SEARCH_ENGINE="elasticsearch")
    return env


def make_database(database, database_url, args, base_env, workdir, index=True):
    """Fill one new database in a child process. Returns (the site's environment for it, page cache off; the
    setup facts: pages to measure, timings). Without ``index`` there is no update_index (search then finds nothing)."""
    label = DATABASE_LABELS[database]
    env = {
        **base_env,
        "DATABASE_URL": database_url,
        "CACHE_KEY_PREFIX": f"bench-{database}",
        "SEARCH_INDEX_PREFIX": f"bench_{database}_",
        "PAGE_CACHE_SECONDS": "0",
    }
    say(f"{label}: making the database (migrate, load_demo, {args.services:,} services{', update_index' * index})")
    pages_file = workdir / f"pages-{database}.json"
    command = [PYTHON, "-m", "carers_site.dev.benchmark", "--prepare", str(pages_file)]
    command += ["--services", str(args.services)]
    start = time.perf_counter()
    try:
        subprocess.run(
            command if index else [*command, "--no-index"],
            cwd=REPO,
            env={**env, "SEARCH_TIMEOUT": "60"},  # making a whole index can take longer than a query may
            check=True,
        )
    except subprocess.CalledProcessError as error:
        raise RuntimeError(f"Making the {label} database failed (see the messages above).") from error
    setup = json.loads(pages_file.read_text())
    setup["timings"]["total"] = round(time.perf_counter() - start, 1)
    return env, setup


def measure_database(database, database_url, args, base_env, workdir, script):
    """Fill one database, then measure every page cold and warm. Returns (setup facts, result rows)."""
    label = DATABASE_LABELS[database]
    env, setup = make_database(database, database_url, args, base_env, workdir)
    pages = setup["pages"]

    rows = []
    log = workdir / f"gunicorn-{database}.log"
    for cache in ("cold", "warm"):
        flush_redis(base_env["REDIS_URL"])
        cache_env = {**env, "PAGE_CACHE_SECONDS": "0" if cache == "cold" else str(WARM_CACHE_SECONDS)}
        say(f"{label}, cache {cache}: starting gunicorn")
        with running_gunicorn(cache_env, log, args.workers) as base_url:
            for name in PAGES:
                page = pages[name]
                url = base_url + page["path"]
                row = {"database": database, "page": name, "path": page["path"], "cache": cache}
                row["sql_queries"] = page.get("sql_queries")
                if cache == "cold":
                    page["weight"] = page_weight(base_url, page["path"])
                    if page["weight"]["status"] != 200:
                        say(f"warning: {page['path']} answered {page['weight']['status']}, not 200")
                    for outside in page["weight"]["third_party"]:
                        say(f"warning: {page['path']} refers to another site: {outside}")
                row.update({key: page["weight"][key] for key in ("html_bytes", "first_load_bytes")})
                if cache == "warm":
                    fetch(url)  # prime
                    _status, headers, _body = fetch(url)
                    row["cache_header"] = headers.get("X-Page-Cache")
                    if row["cache_header"] != "hit":
                        why = " (search is never cached)" if name == "search" else ""
                        say(
                            f"warning: {page['path']} is not served from the page cache after priming: "
                            f"X-Page-Cache is {row['cache_header'] or 'missing'}{why}"
                        )
                run_wrk(url, script, args.threads, args.connections, args.warmup)  # unmeasured warm-up
                # wrk stops without waiting for its last requests, which the workers still answer: wait for them,
                # so they do not count against the measured run.
                for _request in range(3):
                    fetch(url)
                result = run_wrk(url, script, args.threads, args.connections, args.duration)
                row.update(wrk_row(result))
                rows.append(row)
                print_row(label, row)
                problems = sum(result["errors"].values()) - result["errors"]["status"] + result["non_2xx"]
                if problems:
                    say(f"warning: {problems} failed or non-2xx responses: see {log}")
    return setup, rows


def wrk_row(result):
    latency = result["latency_us"]
    measured = result["requests"] > 0  # wrk reports 0 ms when no request finished
    return {
        "requests_per_second": round(result["requests_per_second"], 1),
        "latency_ms": {
            key: round(latency[key] / 1000, 2) if measured else None
            for key in ("p50", "p90", "p95", "p99", "mean", "max")
        },
        "requests": result["requests"],
        "non_2xx": result["non_2xx"],
        "socket_errors": {key: value for key, value in result["errors"].items() if key != "status"},
        "cache_hits": result["cache_hits"],
    }


TABLE_HEADER = (
    f"{'database':<11}{'page':<10}{'cache':<6}{'req/s':>8}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}"
    f"{'errors':>7}{'hits':>6}{'HTML KB':>9}{'1st load KB':>12}{'SQL':>5}"
)


def print_row(label, row, file=sys.stderr):
    """One line of the table. hits: the share of responses that came from the page cache (warm runs only);
    SQL: the queries of one request that renders the page."""
    latency = {key: "-" if value is None else f"{value:.1f}" for key, value in row["latency_ms"].items()}
    errors = row["non_2xx"] + sum(row["socket_errors"].values())
    hits = f"{100 * row['cache_hits'] / row['requests']:.0f}%" if row["cache"] == "warm" and row["requests"] else ""
    print(
        f"{label:<11}{row['page']:<10}{row['cache']:<6}{row['requests_per_second']:>8.1f}{latency['p50']:>8}"
        f"{latency['p95']:>8}{latency['p99']:>8}{errors:>7}{hits:>6}{row['html_bytes'] / 1024:>9.1f}"
        f"{row['first_load_bytes'] / 1024:>12.1f}{row['sql_queries']!s:>5}",
        file=file,
        flush=True,
    )


def machine_facts(args, search_version, workers):
    meminfo = Path("/proc/meminfo").read_text() if Path("/proc/meminfo").exists() else ""
    memory = re.search(r"MemTotal:\s+(\d+) kB", meminfo)
    cpuinfo = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    cpu_model = re.search(r"model name\s*:\s*(.+)", cpuinfo)
    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu_model.group(1).strip() if cpu_model else platform.processor(),
        "memory_gb": round(int(memory.group(1)) / 1024 / 1024, 1) if memory else None,
        "os": platform.platform(),
        "python": platform.python_version(),
        "elasticsearch": search_version,
        "redis": program_version(["redis-server", "--version"], r"v=(\S+)"),
        "wrk": program_version(["wrk", "-v"], r"wrk (\S+)"),
        "gunicorn": program_version([PYTHON, "-m", "gunicorn", "--version"], r"gunicorn \(version (\S+)\)"),
        "gunicorn_workers": workers,
        "wrk_settings": {
            "threads": args.threads,
            "connections": args.connections,
            "duration_s": args.duration,
            "warmup_s": args.warmup,
        },
        "load_average_at_start": [round(load, 2) for load in os.getloadavg()],
    }


def gunicorn_workers(args):
    """The worker count gunicorn will use: --workers, else WEB_CONCURRENCY, else site/gunicorn.py's default."""
    if args.workers:
        return args.workers
    if os.environ.get("WEB_CONCURRENCY"):
        return int(os.environ["WEB_CONCURRENCY"])
    return (os.cpu_count() or 1) * 2 + 1


def print_summary(report, file=sys.stdout):
    machine = report["machine"]
    wrk = machine["wrk_settings"]
    print("\nCarers Directory production benchmark", report["started"], file=file)
    print(
        f"Machine: {machine['cpus']} CPUs ({machine['cpu_model']}), {machine['memory_gb']} GB, Python "
        f"{machine['python']}, load average at start {machine['load_average_at_start']}, "
        f"at end {machine['load_average_at_end']}",
        file=file,
    )
    print(
        f"Server: gunicorn {machine['gunicorn']}, {machine['gunicorn_workers']} sync workers; Redis "
        f"{machine['redis']}; search: {report['search']}",
        file=file,
    )
    print(
        f"Load: wrk {machine['wrk']}, {wrk['threads']} threads, {wrk['connections']} connections, "
        f"{wrk['duration_s']} s per run after {wrk['warmup_s']} s warm-up, on loopback (same CPUs as the server)",
        file=file,
    )
    for database, setup in report["setup"].items():
        timings = ", ".join(f"{name} {seconds} s" for name, seconds in setup["timings"].items())
        facts = setup["facts"]
        print(
            f"{DATABASE_LABELS[database]}: {facts['database_version']}; {facts['services_total']:,} services "
            f"({facts['services_in_borough']:,} in {facts['borough']}); {timings}",
            file=file,
        )
    print("Pages:", file=file)
    for name, page in next(iter(report["setup"].values()))["pages"].items():
        print(f"  {name:<10} {page['path']}  ({page['title']})", file=file)
    print("", file=file)
    print(TABLE_HEADER, file=file)
    for row in report["results"]:
        print_row(DATABASE_LABELS[row["database"]], row, file=file)
    print(
        "\ncold: page cache off, every request renders the page; warm: page cache on and primed "
        "(hits: share of responses from the cache). -: no request finished during the run (try a longer --duration). "
        "errors: failed or non-2xx responses. HTML KB: compressed; "
        "1st load KB: HTML and the files it refers to. SQL: database queries of one request that renders the page.",
        file=file,
    )
    print(
        f"Wall time {report['wall_time_s'] / 60:.1f} min (collectstatic {report['collectstatic_s']} s). "
        f"JSON: {report['json']}",
        file=file,
    )


def parse_args(argv):
    parser = argparse.ArgumentParser(description="Production benchmark: gunicorn, PostgreSQL/SQLite, Redis, wrk.")
    parser.add_argument("--quick", action="store_true", help="a short try: SQLite only, 1,000 services, 3 s runs")
    parser.add_argument("--services", type=int, help="generated services (default 10,000; --quick 1,000)")
    parser.add_argument("--databases", help="comma-separated: sqlite,postgresql (default both; --quick sqlite)")
    parser.add_argument("--duration", type=int, help="seconds per measured run (default 10; --quick 3)")
    parser.add_argument("--warmup", type=int, help="seconds of unmeasured load before each run (default 2; --quick 1)")
    parser.add_argument("--connections", type=int, default=8, help="open connections (default 8)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--workers", type=int, help="gunicorn workers (default: site/gunicorn.py's, 2 per CPU + 1)")
    parser.add_argument(
        "--json", type=Path, help="where to write the results (default var/benchmark/benchmark-<date>.json)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (logs, SQLite database)")
    peer = parser.add_argument_group("against a peer (site/dev/benchmark_peer.py)")
    peer.add_argument(
        "--peer", action="store_true", help="cold render of 4 pages against wagtail/bakerydemo's home page (SQLite)"
    )
    peer.add_argument("--peer-source", help="a clone of wagtail/bakerydemo to build (default $BAKERYDEMO_SOURCE)")
    peer.add_argument("--peer-python", help="the Python to build it with (default: a 3.12+ found on the machine)")
    peer.add_argument("--peer-rebuild", action="store_true", help="build the peer again even if built already")
    parser.add_argument("--prepare", help=argparse.SUPPRESS)  # internal: the child process that fills a database
    parser.add_argument("--no-index", action="store_true", help=argparse.SUPPRESS)  # internal, with --prepare
    args = parser.parse_args(argv)
    args.services = args.services if args.services is not None else (1_000 if args.quick else 10_000)
    if args.prepare:
        return args
    args.duration = args.duration or (3 if args.quick else 10)
    args.warmup = args.warmup if args.warmup is not None else (1 if args.quick else 2)
    if args.peer and args.databases not in (None, "sqlite"):
        parser.error("--peer measures on SQLite only")
    databases = (args.databases or ("sqlite" if args.quick or args.peer else ",".join(DATABASES))).split(",")
    unknown = set(databases) - set(DATABASES)
    if unknown:
        parser.error(f"unknown database {', '.join(sorted(unknown))}: choose from {', '.join(DATABASES)}")
    args.databases = databases
    if args.connections < args.threads:
        parser.error("--connections must be at least --threads")
    stamp = datetime.datetime.now().strftime("%Y-%m-%d-%H%M")
    kind = "benchmark-peer" if args.peer else "benchmark"
    args.json = args.json or REPO / "var" / "benchmark" / f"{kind}-{stamp}.json"
    return args


def run(args):
    from carers_site.dev.search_server import running_server as running_search_server
    from carers_site.dev.search_server import server_version

    started = datetime.datetime.now().astimezone()
    wall_start = time.perf_counter()
    install_missing_programs(args.databases)
    workers = gunicorn_workers(args)
    report = {"started": started.isoformat(timespec="seconds"), "setup": {}, "results": []}
    with contextlib.ExitStack() as stack:
        workdir = Path(tempfile.mkdtemp(prefix="carers-benchmark-"))
        if args.keep:
            say(f"keeping {workdir}")
        else:
            stack.callback(shutil.rmtree, workdir, ignore_errors=True)
        try:
            search_url = stack.enter_context(running_search_server(heap="512m"))
            search_version = server_version(search_url)
            report["search"] = f"Elasticsearch {search_version} (1 node, 512 MB heap)"
        except Exception as error:  # noqa: BLE001 - any failure: measure with the embedded backend instead
            search_url, search_version = "", None
            reason = (str(error) or type(error).__name__).splitlines()[0]
            report["search"] = f"database backend (Elasticsearch could not be started: {reason})"
            say(f"Elasticsearch could not be started, so search uses the database backend: {error}")
        redis_url = stack.enter_context(running_redis(workdir))
        base_env = site_env(workdir, redis_url, search_url)
        report["machine"] = machine_facts(args, search_version, workers)

        say("collecting static files (compressed and hashed, as production serves them)...")
        start = time.perf_counter()
        static_env = {**base_env, "DATABASE_URL": f"sqlite:///{workdir / 'unused.sqlite3'}"}  # needs no database
        manage(static_env, "collectstatic", "--noinput", "-v0")
        report["collectstatic_s"] = round(time.perf_counter() - start, 1)
        script = write_wrk_script(workdir)

        say(TABLE_HEADER)
        for database in args.databases:
            if database == "postgresql":
                from carers_site.dev.postgres_server import running_server as running_postgres

                with running_postgres() as database_url:
                    setup, rows = measure_database(database, database_url, args, base_env, workdir, script)
            else:
                database_url = f"sqlite:///{workdir / 'benchmark.sqlite3'}"
                setup, rows = measure_database(database, database_url, args, base_env, workdir, script)
            report["setup"][database] = setup
            report["results"] += rows

    report["machine"]["load_average_at_end"] = [round(load, 2) for load in os.getloadavg()]
    report["wall_time_s"] = round(time.perf_counter() - wall_start, 1)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    report["json"] = str(args.json)
    args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print_summary(report)


def main(argv=None):
    args = parse_args(argv)
    if args.prepare:
        prepare_database(args.services, args.prepare, index=not args.no_index)
        return 0
    # Stop everything on `kill` or a CI timeout as on Ctrl-C: the with-blocks' cleanup runs either way.
    signal.signal(signal.SIGTERM, lambda *_args: sys.exit(143))
    try:
        if args.peer:
            from carers_site.dev.benchmark_peer import run_peer

            run_peer(args)
        else:
            run(args)
    except KeyboardInterrupt:
        say("interrupted; everything it started has been stopped")
        return 130
    except (RuntimeError, subprocess.CalledProcessError, OSError) as error:
        say(f"failed: {error}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
