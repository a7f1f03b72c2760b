"""Search relevance benchmark (not a test): do carers' questions find the page they need, and how high?

    .venv/bin/python -m carers_site.dev.benchmark_relevance                      # the database backend
    .venv/bin/python -m carers_site.dev.benchmark_relevance --search-url http://127.0.0.1:9200 [--engine opensearch]

The questions and the page each one needs are in search/relevance_judgements.csv (one row a question; the page by
its slug, which editors rarely change and translations keep). This script loads the demo into a throwaway SQLite
database (``migrate`` and ``load_demo``), indexes it, and runs every question through the site's own search
(``search.services.search``, as the search page does, in English, for a visitor who is not signed in). For each
backend it prints:

- MRR: the mean of 1/rank of the expected page (0 if it is not in the first 20 results);
- top 3: the share of questions whose page is among the first three results;
- the misses: every question whose page is not first, with its rank and what came first instead.

With ``--search-url`` a search server is measured too (Elasticsearch or OpenSearch, configured as
site/settings/base.py does from SEARCH_URL); its indexes get a prefix of their own and are deleted afterwards.
A server error is reported, never answered from the database instead (no fallback while measuring).

``measure(backend_name)`` does the measuring in an already configured Django (tests/search/test_relevance.py, a
benchmark that loads the demo itself).
"""

import argparse
import contextlib
import csv
import importlib.util
import io
import logging
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

#: Only the first DEPTH results count: a page further down is as good as not found.
DEPTH = 20
TOP = 3
SERVER_BACKENDS = {
    "elasticsearch": "wagtail.search.backends.elasticsearch8",
    "opensearch": "wagtail.search.backends.opensearch2",
}


@dataclass(frozen=True)
class Judgement:
    question: str
    expected: str  # the slug of the page the question needs
    note: str = ""


def judgements_file():
    import search

    return Path(search.__file__).parent / "relevance_judgements.csv"


def load_judgements(path=None):
    """The judgement set: one Judgement per row of the CSV (question, expected_slug, note)."""
    with open(path or judgements_file(), newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    judgements = [
        Judgement(row["question"].strip(), row["expected_slug"].strip(), (row.get("note") or "").strip())
        for row in rows
        if row.get("question", "").strip()
    ]
    if not judgements:
        raise ValueError(f"{path or judgements_file()} has no questions")
    return judgements


def rank_of(pages, expected):
    """The 1-based rank of the page with slug ``expected`` among the first DEPTH pages, or None."""
    for rank, page in enumerate(pages[:DEPTH], start=1):
        if page.slug == expected:
            return rank
    return None


@contextlib.contextmanager
def only_backend(backend_name):
    """Search with the named backend alone, as "default" and with no database fallback, so what is measured is
    that backend (a server error raises instead of being answered by the database)."""
    from django.conf import settings
    from django.test import override_settings

    backends = settings.WAGTAILSEARCH_BACKENDS
    if backend_name not in backends:
        raise ValueError(f"No search backend called {backend_name!r}; configured: {', '.join(backends)}")
    with override_settings(WAGTAILSEARCH_BACKENDS={"default": backends[backend_name]}):
        yield


def measure(backend_name="default", judgements=None):
    """Run every judged question through the site's search on one configured backend.

    Returns {"backend", "questions", "mrr", "top3", "ranks": [(Judgement, rank or None, first title)], "misses":
    the rows whose page is not first, worst first}.
    """
    from django.core.cache import cache
    from wagtail.models import Locale

    from search import services
    from search.models import DEFAULT_CRISIS_WORDS

    judgements = judgements or load_judgements()
    crisis_words = [word for word in DEFAULT_CRISIS_WORDS.splitlines() if word.strip()]
    locale = Locale.get_default()
    cache.delete_many(["search:synonyms", "search:vocabulary"])  # the synonyms and words of this database
    rows = []
    with only_backend(backend_name):
        for judgement in judgements:
            outcome = services.search(judgement.question, {}, locale, crisis_words, user=None)
            results = outcome.results
            rows.append((judgement, rank_of(results, judgement.expected), results[0].title if results else ""))
    reciprocal = [1 / rank if rank else 0.0 for _, rank, _ in rows]
    misses = sorted((row for row in rows if row[1] != 1), key=lambda row: (row[1] is None, row[1] or 0))
    return {
        "backend": backend_name,
        "questions": len(rows),
        "mrr": sum(reciprocal) / len(rows),
        "top3": sum(1 for _, rank, _ in rows if rank and rank <= TOP) / len(rows),
        "ranks": rows,
        "misses": misses,
    }


def clip(text, width):
    return text if len(text) <= width else text[: width - 1] + "…"


def report(result, label=None):
    """The figures and the misses of one measure() result, as text."""
    lines = [
        f"{label or result['backend']}: MRR {result['mrr']:.3f}, top {TOP} {result['top3']:.0%} "
        f"({sum(1 for _, rank, _ in result['ranks'] if rank and rank <= TOP)}/{result['questions']}), "
        f"first {sum(1 for _, rank, _ in result['ranks'] if rank == 1)}/{result['questions']}"
    ]
    if result["misses"]:
        lines.append(f"  {'question':<44} {'rank':>4}  {'expected':<34} first result")
        for judgement, rank, first in result["misses"]:
            lines.append(
                f"  {clip(judgement.question, 44):<44} {rank or '-':>4}  {clip(judgement.expected, 34):<34} "
                f"{clip(first, 50) or '(nothing)'}"
            )
    return "\n".join(lines)


def server_backend(url, engine):
    """A search server's backend settings, as site/settings/base.py makes them from SEARCH_URL."""
    urls = [part.strip() for part in url.split(",") if part.strip()]
    return {
        "BACKEND": SERVER_BACKENDS[engine],
        "URLS": urls,
        "INDEX_PREFIX": f"relevance_{os.getpid()}_",
        "TIMEOUT": 30,  # a slow answer on a busy machine is still an answer; only errors fail the run
        "INDEX_SETTINGS": {"settings": {"index": {"number_of_replicas": 0}}},
        "OPTIONS": {"max_retries": len(urls) - 1, "retry_on_timeout": False},
    }


def delete_server_indexes(backend_name):
    """Remove the indexes this run made on the search server."""
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend(backend_name)
    client = getattr(backend, "client", None) or getattr(backend, "es", None)
    if client is not None:
        with contextlib.suppress(Exception):
            for name in client.indices.get(index=f"{backend.index_prefix}*"):
                client.indices.delete(index=name)


def prepare(workdir, server=None):
    """Django on a new SQLite database in ``workdir`` with the demo loaded and indexed on each backend.
    Returns the names of the backends to measure."""
    os.environ.update(
        DJANGO_SETTINGS_MODULE="carers_site.settings.dev",
        DATABASE_URL=f"sqlite:///{workdir / 'relevance.sqlite3'}",
        MEDIA_ROOT=str(workdir / "media"),
    )
    os.environ.pop("SEARCH_URL", None)  # the demo loads into the database backend only; the server is added below
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=io.StringIO(), stderr=io.StringIO())
    database = settings.WAGTAILSEARCH_BACKENDS["default"]
    backends = {"default": database, "database": database}
    if server is not None:
        backends[server[0]] = server[1]
    settings.WAGTAILSEARCH_BACKENDS = backends
    names = ["database", *([server[0]] if server else [])]
    for name in names:
        try:
            call_command("update_index", backend_name=name, stdout=io.StringIO(), stderr=io.StringIO())
        except Exception as error:  # noqa: BLE001 - say which server failed and why, not a traceback
            raise SystemExit(f"Could not index the demo on {name} ({backend_url(backends[name])}): {error}") from error
    return names


def backend_url(conf):
    return ", ".join(conf.get("URLS", [])) or "the database"


def main(argv=None):
    parser = argparse.ArgumentParser(description="Search relevance (MRR, top 3) on the demo, per backend.")
    parser.add_argument("--search-url", help="also measure this search server (comma-separated nodes)")
    parser.add_argument("--engine", choices=sorted(SERVER_BACKENDS), default="elasticsearch")
    parser.add_argument("--judgements", type=Path, help="another judgement file (default: the one in search/)")
    args = parser.parse_args(argv)

    for name in ("opensearch", "elastic_transport", "elasticsearch"):  # the index deletions before each rebuild
        logging.getLogger(name).setLevel(logging.ERROR)
    client = {"elasticsearch": "elasticsearch", "opensearch": "opensearchpy"}[args.engine]
    if args.search_url and importlib.util.find_spec(client) is None:
        parser.error(f"--engine {args.engine} needs the {client} Python client, which is not installed")
    server = (args.engine, server_backend(args.search_url, args.engine)) if args.search_url else None
    with tempfile.TemporaryDirectory(prefix="carers-relevance-") as folder:
        names = prepare(Path(folder), server)
        judgements = load_judgements(args.judgements)
        print(f"Search relevance: {len(judgements)} judged questions on the demo (rank counted to {DEPTH})")
        failed = False
        try:
            for name in names:
                try:
                    result = measure(name, judgements)
                except Exception as error:  # noqa: BLE001 - report a backend that fails, measure the others
                    print(f"{name}: failed: {error}")
                    failed = True
                    continue
                print(report(result))
        finally:
            if server:
                delete_server_indexes(server[0])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
