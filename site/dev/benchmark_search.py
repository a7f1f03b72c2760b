"""Search benchmark (not a test): 10,000 directory entries, both backends, latency percentiles.

    .venv/bin/python -m carers_site.dev.benchmark_search [--entries 10000] [--queries 200]

Builds a throwaway SQLite database with the demo content plus generated services, starts a real
OpenSearch server (site/dev/search_server.py), indexes both backends, then times the site's whole search
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


def generate_services(count, show_progress=True):
    """Add ``count`` live services under the directory, fast, in one transaction; returns their number.

    Each page is put straight at the next place in the tree (treebeard's materialised path) and saved without
    full_clean(), instead of through add_child(), which looks up the last child and updates the parent again
    for every page. Its borough, two audiences and a phone number are given to the constructor so modelcluster
    saves them with the page (``areas_served.set()`` after saving would only change the copy in memory).
    Neither the reference index (nothing refers to these pages) nor the search index is updated, and no
    "created" log entry is written: callers run ``update_index`` once afterwards.
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

    from carers_site.dev.search_server import running_server, stop_on_sigterm

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
