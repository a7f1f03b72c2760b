"""Search benchmark (not a test): search latency per backend, Find local help by postcode, and relevance.

    .venv/bin/python -m carers_site.dev.benchmark_search [--entries 10000] [--large [100000]] [--queries 200]
        [--skip postgres] [--skip opensearch] [--skip relevance]          (`make benchmark` runs it)

It starts a real Elasticsearch and a real OpenSearch server (site/dev/search_server.py), then, each in its own
process, builds a throwaway database with the demo content plus ``--entries`` generated services and times
``--queries`` fixed queries (some with facets chosen) on every backend:

- SQLite: the database backend (search/database_backend.py), Elasticsearch and OpenSearch;
- PostgreSQL (a throwaway server, site/dev/postgres_server.py): the database backend;
- with ``--large``: Elasticsearch with 100,000 documents: the 10,000 services' documents indexed again under new
  ids (add_copies), since making and saving 100,000 pages takes most of an hour here;

each with the server's own time per request, the site's search function and the whole page, end to end. On each
database it also times Find local help by postcode (time_near_me). Last, relevance on the demo per backend
(site/dev/benchmark_relevance.py). It prints a table and writes var/benchmark/benchmark-search-<date>.json.
"""

import argparse
import contextlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BOROUGHS = ["barking-and-dagenham", "havering", "redbridge", "waltham-forest", "bexley", "bromley", "greenwich"]
KINDS = [
    "carers centre",
    "support group",
    "advice line",
    "day centre",
    "befriending service",
    "young carers club",
    "respite service",
    "dementia cafe",
    "counselling service",
    "sitting service",
    "benefits advice",
    "mental health carers group",
    "training course",
    "drop-in",
    "peer support network",
]
PHRASES = [
    "help for unpaid carers",
    "short breaks and respite",
    "advice on Carer's Allowance",
    "support for young carers",
    "a friendly group to meet other carers",
    "help with a carer's assessment",
    "counselling for carers",
    "dementia support for families",
    "help when someone leaves hospital",
    "training in first aid and moving and handling",
    "emotional support by phone",
    "help in Urdu, Bengali and Punjabi",
    "evening and weekend sessions for working carers",
]
QUERY_WORDS = [
    "respite",
    "respit",
    "carers assessment",
    "young carers",
    "dementia",
    "benefits",
    "counselling",
    "sitting service",
    "short break",
    "day centre",
    "Redbridge",
    "Havering",
    "Bexley",
    "IG11",
    "RM8 1AB",
    "DA5",
    "crisis",
    "at night",
    "money",
    "training",
    "Urdu",
    "befriending",
    "drop-in",
    "mental health",
    "hospital",
    "weekend",
    "group",
    "advice line",
    "working carers",
    "carer's allowance",
    "emotional support",
    "first aid",
    "peer support",
    "Greenwich carers",
    "Bromley dementia",
    "young carers club Waltham Forest",
    "help now",
    "benefits advice Barking",
    "cafe",
    "support",
]


def fixed_queries(count):
    rng = random.Random(20261124)
    queries = list(QUERY_WORDS)
    while len(queries) < count:
        queries.append(f"{rng.choice(QUERY_WORDS)} {rng.choice(QUERY_WORDS)}")
    return queries[:count]


def percentile(values, pct):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


def progress(label, done, total):
    width = 30
    filled = int(width * done / total)
    sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def borough_points():
    """{borough slug: [(latitude, longitude) of each of its postcode districts]} from the shipped district file."""
    import csv

    from directory.geo import DISTRICTS_FILE

    points = {}
    with open(DISTRICTS_FILE, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            points.setdefault(row["borough"], []).append((float(row["latitude"]), float(row["longitude"])))
    return points


def point_in(districts, rng):
    """A map point within about a kilometre of one of ``districts``, or (None, None) one time in ten."""
    from decimal import Decimal

    if rng.random() < 0.1:
        return None, None
    latitude, longitude = rng.choice(districts)
    latitude += rng.uniform(-0.009, 0.009)  # a degree of latitude is 111 km; of longitude, here, 69 km
    longitude += rng.uniform(-0.014, 0.014)
    return Decimal(f"{latitude:.6f}"), Decimal(f"{longitude:.6f}")


def generate_services(count, show_progress=True):
    """Add ``count`` live services under the directory, fast, in one transaction; returns their number.

    Each page is put straight at the next place in the tree (treebeard's materialised path) and saved without
    full_clean(), instead of through add_child(), which looks up the last child and updates the parent again
    for every page. Its borough, two audiences and a phone number are given to the constructor so modelcluster
    saves them with the page (``areas_served.set()`` after saving would only change the copy in memory).
    Neither the reference index (nothing refers to these pages) nor the search index is updated, and no
    "created" log entry is written: callers run ``update_index`` once afterwards. Nine in ten have a map point
    near one of their borough's postcode districts (the rest, like phone lines, have none), so Find local help
    by postcode sorts them as it would real ones.
    """
    from django.db import transaction
    from django.db.models import F
    from django.db.models.signals import post_save
    from django.utils import timezone
    from modelsearch.signal_handlers import post_save_signal_handler as update_search_index
    from tqdm import tqdm
    from wagtail.models import Locale, Page
    from wagtail.signal_handlers import disable_reference_index_auto_update

    from carers_site.core.taxonomy import Area, Audience
    from directory.models import DirectoryIndexPage, ServicePage, ServicePhone

    rng = random.Random(42)
    # Map points from their own generator, so the titles, texts and audiences stay those of earlier runs.
    places = random.Random(4242)
    points = borough_points()
    locale = Locale.get_default()
    index = DirectoryIndexPage.objects.get(locale=locale)
    # Slugs are not checked page by page (no full_clean), so refuse a database that has generated services already.
    if ServicePage.objects.child_of(index).filter(slug__startswith="bench-").exists():
        raise ValueError("This database already has generated services (slugs bench-...): start from a new one.")
    areas = {area.slug: area for area in Area.objects.filter(slug__in=BOROUGHS, locale=locale)}
    audiences = list(Audience.objects.filter(locale=locale))
    now = timezone.now()
    last_child = index.get_last_child()
    # The first new page's path: after the last child's, or the parent's first child path.
    previous = last_child or ServicePage(path=index.path + ServicePage.alphabet[0] * ServicePage.steplen)
    # Each save would otherwise enqueue a search index update, which fetches the page again even when the
    # backends' AUTO_UPDATE is off.
    post_save.disconnect(update_search_index, sender=ServicePage)
    try:
        with transaction.atomic(), disable_reference_index_auto_update():
            for number in tqdm(range(count), desc="creating services", unit="service", disable=not show_progress):
                borough = rng.choice(BOROUGHS)
                kind = rng.choice(KINDS)
                latitude, longitude = point_in(points[borough], places)
                page = ServicePage(
                    title=f"{areas[borough].name} {kind} {number}",
                    slug=f"bench-{number}",
                    locale=locale,
                    live=True,
                    first_published_at=now,
                    last_published_at=now,
                    summary=f"{kind.capitalize()} offering {rng.choice(PHRASES)}.",
                    description=f"<p>{rng.choice(PHRASES).capitalize()}. {rng.choice(PHRASES).capitalize()}.</p>",
                    town=areas[borough].name,
                    latitude=latitude,
                    longitude=longitude,
                    areas_served=[areas[borough]],
                    audiences=rng.sample(audiences, 2),
                    phones=[ServicePhone(number=f"020 8{rng.randint(100, 999)} {rng.randint(1000, 9999)}")],
                )
                page.depth = index.depth + 1
                page.path = previous._inc_path()
                page.numchild = 0
                page._cached_parent_obj = index  # Page.save() asks for the parent to set url_path
                page.save(clean=False, log_action=None)
                previous = page
            Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + count)
    finally:
        post_save.connect(update_search_index, sender=ServicePage)
    return count


#: Facets chosen with some of the queries, in turn (the search page counts every facet on every query anyway).
FACET_CHOICES = [{}, {}, {"type": "ServicePage"}, {}, {"audience": "young-carers"}, {"type": "GuidancePage"}]


def time_search(queries, backend_name, show_progress=True):
    """Time each query on one backend, alone as "default" (no database fallback, so a server error stops the run
    instead of being answered by the database). Three figures per query, in ms:

    - ``engine``: the search server's own time for its request(s) (``took``; search servers only);
    - ``search``: the site's search function (synonyms, spelling, the request, facets, loading the page of hits);
    - ``page``: the whole search page through Django (middleware, view, template, the query log), end to end.
    """
    from django.conf import settings
    from django.test import Client, override_settings

    from search import services

    took = []
    real_request = services.ServerResults.request

    def timed_request(results, *args):
        response = real_request(results, *args)
        took.append(response["took"])
        return response

    services.ServerResults.request = timed_request
    timings = {"engine": [], "search": [], "page": []}
    empty = 0
    client = Client(HTTP_HOST="localhost")
    backends = {"default": settings.WAGTAILSEARCH_BACKENDS[backend_name]}
    try:
        with override_settings(WAGTAILSEARCH_BACKENDS=backends, DEBUG=False, ALLOWED_HOSTS=["localhost"]):
            from wagtail.models import Locale

            locale = Locale.get_default()
            for query in queries[:10]:  # warm caches (vocabulary, synonyms, connections)
                services.search(query, {}, locale, ["crisis"])
                client.get("/search/", {"q": query})
            for number, query in enumerate(queries, start=1):
                params = FACET_CHOICES[number % len(FACET_CHOICES)]
                took.clear()
                start = time.perf_counter()
                outcome = services.search(query, params, locale, ["crisis", "at night", "help now"])
                outcome.results[:20]  # the page of hits, as the paginator asks for it  # noqa: B018
                timings["search"].append((time.perf_counter() - start) * 1000)
                if took:
                    timings["engine"].append(sum(took))
                empty += not len(outcome.results)
                start = time.perf_counter()
                response = client.get("/search/", {"q": query, **params})
                timings["page"].append((time.perf_counter() - start) * 1000)
                if response.status_code != 200:
                    raise RuntimeError(f"/search/?q={query} answered {response.status_code}")
                if show_progress and number % 20 == 0:
                    progress(f"{backend_name:>13} queries", number, len(queries))
    finally:
        services.ServerResults.request = real_request
    return timings, empty


def summary(values):
    """p50, p95, p99 and max of a list of timings (ms), or None when there are none."""
    if not values:
        return None
    return {
        "p50": round(statistics.median(values), 1),
        "p95": round(percentile(values, 95), 1),
        "p99": round(percentile(values, 99), 1),
        "max": round(max(values), 1),
        "count": len(values),
    }


def build_database(entries, database_url, workdir, search_urls):
    """Django on a new database at ``database_url`` with the demo content and ``entries`` generated services.
    ``search_urls``: {engine: URL} of search servers to configure besides the database backend (not indexed yet)."""
    os.environ.update(
        DJANGO_SETTINGS_MODULE="carers_site.settings.dev",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(workdir / "media"),
        CACHE_DIR=str(workdir / "cache"),
    )
    os.environ.pop("SEARCH_URL", None)
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    from carers_site.core.database import refresh_statistics

    settings.WAGTAILSEARCH_BACKENDS = {"database": {**settings.DATABASE_SEARCH_BACKEND, "AUTO_UPDATE": False}}
    for engine, url in search_urls.items():
        settings.WAGTAILSEARCH_BACKENDS[engine] = {
            "BACKEND": {"elasticsearch": "wagtail.search.backends.elasticsearch8"}.get(
                engine, "wagtail.search.backends.opensearch2"
            ),
            "URLS": [url],
            "INDEX_PREFIX": f"bench_{os.getpid()}_",
            "TIMEOUT": 30,
            "AUTO_UPDATE": False,  # indexed once, after the services are made, and timed
        }
    settings.WAGTAILSEARCH_BACKENDS["default"] = settings.WAGTAILSEARCH_BACKENDS["database"]
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    generate_services(entries)
    refresh_statistics()


def add_copies(backend_name, documents):
    """Index the generated services' documents again, under new ids, until the server's index holds ``documents``
    (for --large: making and saving 100,000 pages takes most of an hour on 2 cores). Each copy points at its page,
    so every hit still loads. Returns how many documents the index holds."""
    from wagtail.search.backends import get_search_backend

    from directory.models import ServicePage

    backend = get_search_backend(backend_name)
    name = backend.get_index_for_model(ServicePage).name
    mapping = backend.mapping_class(ServicePage)
    services = ServicePage.objects.filter(slug__startswith="bench-").select_related("organisation")
    services = services.prefetch_related("audiences", "areas_served", "languages", "care_areas")
    originals = [mapping.get_document(service) for service in services]
    held = backend.es.count(index=name)["count"]
    copy = 0
    while held < documents:
        copy += 1
        actions = [{"_id": f"copy-{copy}-{doc['pk']}", **doc} for doc in originals[: documents - held]]
        for start in range(0, len(actions), 2000):
            backend.bulk(backend.es, actions[start : start + 2000], index=name)
        held += len(actions)
        progress("copying documents", min(held, documents), documents)
    backend.es.indices.refresh(index=name)
    return backend.es.count(index=name)["count"]


def measure_part(entries, database, search_urls, queries, requests, documents=None):
    """One database (``sqlite`` or ``postgres``) with ``entries`` services: index each backend and time it, then
    Find local help by postcode. Returns the figures as a dict (printed as JSON by ``--part``). With ``documents``:
    the search servers only, each with that many documents (add_copies), and no Find local help."""
    from carers_site.dev.search_server import stop_on_sigterm

    stop_on_sigterm()
    workdir = Path(tempfile.mkdtemp(prefix="carers-bench-"))
    figures = {"entries": entries, "database": database, "backends": {}}
    with contextlib.ExitStack() as stack:
        stack.callback(shutil.rmtree, workdir, ignore_errors=True)
        if database == "postgres":
            from carers_site.dev.postgres_server import running_server

            database_url = stack.enter_context(running_server())
        else:
            database_url = f"sqlite:///{workdir / 'bench.sqlite3'}"
        start = time.perf_counter()
        build_database(entries, database_url, workdir, search_urls)
        figures["build_seconds"] = round(time.perf_counter() - start, 1)
        from django.core.management import call_command

        for backend_name in (*(() if documents else ("database",)), *search_urls):
            start = time.perf_counter()
            call_command("update_index", backend_name=backend_name, stdout=open(os.devnull, "w"))  # noqa: SIM115
            if documents:
                figures["documents"] = add_copies(backend_name, documents)
            indexing = time.perf_counter() - start
            timings, empty = time_search(fixed_queries(queries), backend_name)
            figures["backends"][backend_name] = {
                "indexing_seconds": round(indexing, 1),
                "found_nothing": empty,
                **{name: summary(values) for name, values in timings.items()},
            }
            if backend_name != "database":
                stack.callback(delete_indexes, backend_name)
        near_me = {} if documents else time_near_me(requests)
        figures["near_me"] = {name: summary(values) for name, values in near_me.items()}
    figures["load_average"] = [round(value, 2) for value in os.getloadavg()]
    return figures


def delete_indexes(backend_name):
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend(backend_name)
    with contextlib.suppress(Exception):
        for name in backend.es.indices.get(index=f"{backend.index_prefix}*"):
            backend.es.indices.delete(index=name)


#: A postcode in each generated borough; IG11 7LU (Barking and Dagenham) is the one issue 21 measured.
NEAR_ME_POSTCODES = ["IG11 7LU", "RM1 3BD", "IG1 1BA", "E17 4PP", "DA5 1HP", "BR1 1AA", "SE10 9NF"]
NEAR_ME_PAGES = [1, 1, 2, 5, 1, 3, 40]  # mostly the first page; 40 is past the end (the last page is shown)


def time_near_me(requests=140, postcodes=NEAR_ME_POSTCODES, pages=NEAR_ME_PAGES, show_progress=True):
    """Time Find local help by postcode through the whole view (Django's test Client, middleware and template
    included), with DEBUG off as in production. Returns {"all": [ms, ...], "IG11 7LU page 1": [ms, ...]}.

    Needs a set-up Django with the demo content and generated services (see near_me_benchmark). Requests go round
    ``postcodes`` and, on each round, to the next of ``pages``; a few unmeasured requests warm up first."""
    from django.test import Client, override_settings
    from wagtail.models import Locale

    from directory.models import DirectoryIndexPage

    url = DirectoryIndexPage.objects.get(locale=Locale.get_default()).url
    client = Client(HTTP_HOST="localhost")
    timings = {"all": [], f"{postcodes[0]} page 1": []}
    with override_settings(DEBUG=False, ALLOWED_HOSTS=["localhost"]):
        for postcode in postcodes:
            client.get(url, {"postcode": postcode})
        for number in range(requests):
            postcode = postcodes[number % len(postcodes)]
            page = pages[number // len(postcodes) % len(pages)]
            start = time.perf_counter()
            response = client.get(url, {"postcode": postcode, "page": page})
            elapsed = (time.perf_counter() - start) * 1000
            if response.status_code != 200:
                raise RuntimeError(f"{url}?postcode={postcode}&page={page} answered {response.status_code}")
            timings["all"].append(elapsed)
            if number % len(postcodes) == 0 and page == 1:
                timings[f"{postcodes[0]} page 1"].append(elapsed)
            if show_progress and (number + 1) % 20 == 0:
                progress("near me requests", number + 1, requests)
    return timings


ENGINE_LABELS = {
    "database": "database backend",
    "elasticsearch": "Elasticsearch 8.19 (1 node, 512 MB heap)",
    "opensearch": "OpenSearch 2.19 (1 node, 512 MB heap)",
}


def run_part(entries, database, search_urls, queries, requests, documents=None):
    """measure_part in a new process (Django reads its settings once per process); returns its figures."""
    command = [sys.executable, "-m", "carers_site.dev.benchmark_search", "--part", database, "--entries", str(entries)]
    command += ["--queries", str(queries), "--requests", str(requests)]
    if documents:
        command += ["--documents", str(documents)]
    for engine, url in search_urls.items():
        command += [f"--{engine}-url", url]
    output = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def table(parts):
    """The figures of every part as text: search per backend, then Find local help by postcode."""
    lines = [
        "Search, ms (engine: the server's own time; search: the site's search function; page: the whole page)",
        f"  {'services':>8}  {'backend':<42} {'engine p50/p95':>15} {'search p50/p95':>15} {'page p50/p95':>15} "
        f"{'p99 page':>8}  indexing",
    ]
    for part in parts:
        for name, figures in part["backends"].items():
            label = ENGINE_LABELS[name] + (f" on {part['database']}" if name == "database" else "")

            def pair(kind, figures=figures):
                found = figures.get(kind)
                return f"{found['p50']:.0f} / {found['p95']:.0f}" if found else "-"

            page = figures.get("page") or {}
            size = part.get("documents", part["entries"])
            lines.append(
                f"  {size:>8}  {label:<42} {pair('engine'):>15} {pair('search'):>15} {pair('page'):>15} "
                f"{page.get('p99', 0):>8.0f}  {figures['indexing_seconds']:.0f} s"
            )
    lines.append("Find local help by postcode (the whole page), ms")
    for part in parts:
        for name, found in part["near_me"].items():
            lines.append(
                f"  {part['entries']:>8}  {part['database']:<10} {name:<16} p50 {found['p50']:.0f}"
                f"  p95 {found['p95']:.0f}  max {found['max']:.0f}  ({found['count']} requests)"
            )
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument(
        "--large", type=int, nargs="?", const=100_000, help="also Elasticsearch with this many documents (100,000)"
    )
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--requests", type=int, default=140, help="Find local help requests per database")
    parser.add_argument("--skip", action="append", default=[], choices=["postgres", "opensearch", "relevance"])
    parser.add_argument("--part", choices=["sqlite", "postgres"], help=argparse.SUPPRESS)
    parser.add_argument("--elasticsearch-url", help=argparse.SUPPRESS)
    parser.add_argument("--opensearch-url", help=argparse.SUPPRESS)
    parser.add_argument("--documents", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.part:  # one database, in this process: the figures go to stdout as JSON, progress to stderr
        urls = {
            engine: url
            for engine, url in (("elasticsearch", args.elasticsearch_url), ("opensearch", args.opensearch_url))
            if url
        }
        sys.stdout.flush()
        figures = measure_part(args.entries, args.part, urls, args.queries, args.requests, args.documents)
        print(json.dumps(figures))
        return 0

    from carers_site.dev.search_server import running_server, stop_on_sigterm

    stop_on_sigterm()
    started = time.monotonic()
    parts = []
    with contextlib.ExitStack() as stack:
        urls = {"elasticsearch": stack.enter_context(running_server(heap="512m", engine="elasticsearch"))}
        if "opensearch" not in args.skip:
            urls["opensearch"] = stack.enter_context(running_server(heap="512m", engine="opensearch"))
        parts.append(run_part(args.entries, "sqlite", urls, args.queries, args.requests))
        if "postgres" not in args.skip:
            parts.append(run_part(args.entries, "postgres", {}, args.queries, args.requests))
        if args.large:
            large = {"elasticsearch": urls["elasticsearch"]}
            parts.append(run_part(args.entries, "sqlite", large, args.queries, args.requests, documents=args.large))
        relevance = []
        if "relevance" not in args.skip:
            for engine, url in urls.items():
                command = [sys.executable, "-m", "carers_site.dev.benchmark_relevance", "--search-url", url]
                output = subprocess.run([*command, "--engine", engine], stdout=subprocess.PIPE, text=True).stdout
                relevance.append(output)
    report = table(parts)
    print(report)
    for output in relevance:
        print(output.rstrip())
    minutes = (time.monotonic() - started) / 60
    print(f"{minutes:.0f} minutes; load average at the end {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    out = Path("var/benchmark")
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"benchmark-search-{time.strftime('%Y-%m-%d-%H%M')}.json"
    path.write_text(json.dumps({"parts": parts, "relevance": relevance, "minutes": round(minutes, 1)}, indent=1))
    print(f"Figures written to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
