"""Search benchmark (not a test): 10,000 directory entries, both backends, latency percentiles.

    .venv/bin/python -m search.benchmark [--entries 10000] [--queries 200]

Builds a throwaway SQLite database with the demo content plus generated services, starts a real
OpenSearch server (search/search_server.py), indexes both backends, then times the site's whole search
function (synonyms, spelling, facets included) for a fixed list of queries on each backend.
"""

import argparse
import os
import random
import statistics
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


def generate_services(count):
    from django.db import transaction
    from wagtail.models import Locale

    from carers_site.models import Area, Audience
    from directory.models import DirectoryIndexPage, ServicePage, ServicePhone

    rng = random.Random(42)
    index = DirectoryIndexPage.objects.get()
    locale = Locale.get_default()
    areas = {area.slug: area for area in Area.objects.filter(slug__in=BOROUGHS)}
    audiences = list(Audience.objects.all())
    with transaction.atomic():
        for number in range(count):
            borough = rng.choice(BOROUGHS)
            kind = rng.choice(KINDS)
            name = f"{areas[borough].name} {kind} {number}"
            page = ServicePage(
                title=name,
                slug=f"bench-{number}",
                locale=locale,
                live=True,
                summary=f"{kind.capitalize()} offering {rng.choice(PHRASES)}.",
                description=f"<p>{rng.choice(PHRASES).capitalize()}. {rng.choice(PHRASES).capitalize()}.</p>",
            )
            index.add_child(instance=page)
            page.areas_served.set([areas[borough]])
            page.audiences.set(rng.sample(audiences, 2))
            ServicePhone.objects.create(service=page, number=f"020 8{rng.randint(100, 999)} {rng.randint(1000, 9999)}")
            if number % 100 == 99 or number == count - 1:
                progress("creating services", number + 1, count)


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


def main(argv=None):
    parser = argparse.ArgumentParser(description="Search benchmark on both backends.")
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument(
        "--database-queries",
        type=int,
        help="queries for the database backend (default: --queries); it takes seconds per query at 10,000 entries",
    )
    args = parser.parse_args(argv)

    from search.search_server import running_server, stop_on_sigterm

    stop_on_sigterm()

    workdir = Path(tempfile.mkdtemp(prefix="carers-bench-"))
    with running_server(heap="512m") as url:
        os.environ.update(
            DJANGO_SETTINGS_MODULE="carers_site.settings.dev",
            DATABASE_URL=f"sqlite:///{workdir / 'bench.sqlite3'}",
            MEDIA_ROOT=str(workdir / "media"),
            SEARCH_URL=url,
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
            label = "database (SQLite FTS5)" if backend_name == "database" else "OpenSearch 2.19 (1 node, 512 MB)"
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
