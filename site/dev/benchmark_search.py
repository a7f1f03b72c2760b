"""Search benchmark (not a test): 10,000 directory entries, both backends, latency percentiles.

    .venv/bin/python -m carers_site.dev.benchmark_search [--entries 10000] [--queries 200]
    .venv/bin/python -m carers_site.dev.benchmark_search --near-me [--postgres] [--requests 140]

Builds a throwaway SQLite database with the demo content plus generated services, starts a real
Elasticsearch server (site/dev/search_server.py), indexes both backends, then times the site's whole search
function (synonyms, spelling, facets included) for a fixed list of queries on each backend.

``--near-me`` times Find local help by postcode instead (time_near_me): the same database without a search
server, on SQLite, and with ``--postgres`` on a throwaway PostgreSQL server too (site/dev/postgres_server.py).
"""

import argparse
import contextlib
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


def time_queries(queries, backend_name):
    from django.conf import settings
    from django.test import override_settings
    from wagtail.models import Locale

    from search import services

    backends = dict(settings.WAGTAILSEARCH_BACKENDS)
    backends["default"] = backends[backend_name]
    timings, empty = [], 0
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        locale = Locale.get_default()
        for query in queries[:10]:  # warm caches (vocabulary, synonyms)
            services.search(query, {}, locale, ["crisis"])
        for number, query in enumerate(queries, start=1):
            start = time.perf_counter()
            outcome = services.search(query, {}, locale, ["crisis", "at night", "help now"])
            timings.append((time.perf_counter() - start) * 1000)
            empty += not outcome.results
            if number % 20 == 0:
                progress(f"{backend_name:>10} queries", number, len(queries))
    return timings, empty


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


def near_me_benchmark(entries, requests, engine="sqlite"):
    """Build a throwaway database (SQLite, or a new PostgreSQL server), fill it as the search benchmark does, and
    print time_near_me's percentiles. Django is set up here, so this runs once per process."""
    from carers_site.dev.search_server import stop_on_sigterm

    stop_on_sigterm()  # a PostgreSQL server of ours is stopped, and the folder removed, on `kill` too
    workdir = Path(tempfile.mkdtemp(prefix="carers-bench-"))
    with contextlib.ExitStack() as stack:
        stack.callback(shutil.rmtree, workdir, ignore_errors=True)
        if engine == "postgres":
            from carers_site.dev.postgres_server import running_server

            database_url = stack.enter_context(running_server())
        else:
            database_url = f"sqlite:///{workdir / 'bench.sqlite3'}"
        os.environ.update(
            DJANGO_SETTINGS_MODULE="carers_site.settings.dev",
            DATABASE_URL=database_url,
            MEDIA_ROOT=str(workdir / "media"),
            CACHE_DIR=str(workdir / "cache"),
        )
        import django

        django.setup()
        from django.conf import settings
        from django.core.management import call_command

        from carers_site.core.database import refresh_statistics

        for conf in settings.WAGTAILSEARCH_BACKENDS.values():
            conf["AUTO_UPDATE"] = False  # search is not measured here
        call_command("migrate", verbosity=0)
        call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
        generate_services(entries)
        refresh_statistics()
        timings = time_near_me(requests)
        label = "PostgreSQL" if engine == "postgres" else "SQLite"
        load = " ".join(f"{value:.2f}" for value in os.getloadavg())
        print(f"Find local help by postcode, {label}, {entries} generated services + demo content (load {load}):")
        for name, values in timings.items():
            print(
                f"  {name}: p50 {statistics.median(values):.1f} ms, p95 {percentile(values, 95):.1f} ms, "
                f"max {max(values):.1f} ms over {len(values)} requests"
            )


def main(argv=None):
    parser = argparse.ArgumentParser(description="Search benchmark on both backends.")
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument(
        "--database-queries",
        type=int,
        help="queries for the database backend (default: --queries); it takes seconds per query at 10,000 entries",
    )
    parser.add_argument("--near-me", action="store_true", help="time Find local help by postcode instead of search")
    parser.add_argument("--requests", type=int, default=140, help="requests for --near-me")
    parser.add_argument("--postgres", action="store_true", help="--near-me on PostgreSQL too, after SQLite")
    parser.add_argument(
        "--engine", choices=["sqlite", "postgres"], default="sqlite", help="the database for --near-me alone"
    )
    args = parser.parse_args(argv)

    if args.near_me:
        near_me_benchmark(args.entries, args.requests, args.engine)
        if args.postgres and args.engine == "sqlite":  # a second process: Django reads its settings once per process
            command = [sys.executable, "-m", "carers_site.dev.benchmark_search", "--near-me", "--engine", "postgres"]
            command += ["--entries", str(args.entries), "--requests", str(args.requests)]
            subprocess.run(command, check=True)
        return

    from carers_site.dev.search_server import running_server, stop_on_sigterm

    stop_on_sigterm()

    workdir = Path(tempfile.mkdtemp(prefix="carers-bench-"))
    with running_server(heap="512m") as url:
        os.environ.update(
            DJANGO_SETTINGS_MODULE="carers_site.settings.dev",
            DATABASE_URL=f"sqlite:///{workdir / 'bench.sqlite3'}",
            MEDIA_ROOT=str(workdir / "media"),
            SEARCH_URL=url,
            SEARCH_ENGINE="elasticsearch",
            SEARCH_INDEX_PREFIX="bench_",
        )
        import django

        django.setup()
        from django.conf import settings
        from django.core.management import call_command

        for conf in settings.WAGTAILSEARCH_BACKENDS.values():
            conf["AUTO_UPDATE"] = False  # index once at the end, and time it
        call_command("migrate", verbosity=0)
        call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
        generate_services(args.entries)

        report = [f"Search benchmark: {args.entries} generated services + demo content"]
        for backend_name in ("database", "default"):
            label = "database (SQLite FTS5)" if backend_name == "database" else "Elasticsearch 8.19 (1 node, 512 MB)"
            start = time.perf_counter()
            call_command("update_index", backend_name=backend_name, stdout=open(os.devnull, "w"))  # noqa: SIM115
            indexing = time.perf_counter() - start
            count = (args.database_queries or args.queries) if backend_name == "database" else args.queries
            timings, empty = time_queries(fixed_queries(count), backend_name)
            report.append(
                f"{label}: indexing {indexing:.1f} s; search p50 {statistics.median(timings):.1f} ms, "
                f"p95 {percentile(timings, 95):.1f} ms, p99 {percentile(timings, 99):.1f} ms, "
                f"max {max(timings):.1f} ms over {len(timings)} queries; {empty} found nothing"
            )
    print("\n".join(report))


if __name__ == "__main__":
    main()
