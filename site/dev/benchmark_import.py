"""Import benchmark (not a test): how fast a spreadsheet of services goes in.

    .venv/bin/python -m carers_site.dev.benchmark_import [--rows 10000] [--bad 500]

Builds a throwaway SQLite database with the demo content, writes a generated CSV (site/dev/sample_data.py)
and times three runs of ``manage.py import_services``: a check-only run, the first import (every valid
row added and published as a page, with the database search index kept up to date), and a second
import of the same file (every row unchanged). Prints rows per second for each.
"""

import argparse
import os
import tempfile
import time
from pathlib import Path


def main(argv=None):
    parser = argparse.ArgumentParser(description="Time the directory spreadsheet import.")
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--bad", type=int, default=500, help="how many rows to make invalid on purpose")
    args = parser.parse_args(argv)

    workdir = Path(tempfile.mkdtemp(prefix="carers-import-bench-"))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="carers_site.settings.dev",
        DATABASE_URL=f"sqlite:///{workdir / 'bench.sqlite3'}",
        MEDIA_ROOT=str(workdir / "media"),
    )
    os.environ.pop("SEARCH_URL", None)
    import django

    django.setup()
    from django.core.management import call_command

    from carers_site.dev.sample_data import rows_to_csv, sample_rows

    print(f"Setting up a throwaway database in {workdir} ...", flush=True)
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    path = workdir / "services.csv"
    path.write_bytes(rows_to_csv(sample_rows(args.rows, bad=args.bad)))
    print(f"{args.rows} rows ({args.bad} invalid) in {path} ({path.stat().st_size // 1024} KB)", flush=True)

    results = []
    for label, options in [
        ("check only (--dry-run)", ["--dry-run"]),
        ("first import (adds pages)", []),
        ("same file again (unchanged)", []),
    ]:
        start = time.perf_counter()
        call_command("import_services", str(path), *options, stdout=open(os.devnull, "w"))  # noqa: SIM115
        seconds = time.perf_counter() - start
        results.append(f"{label:30} {seconds:8.1f} s {args.rows / seconds:8.0f} rows/s")
        print(results[-1], flush=True)
    print(f"\nImport benchmark, {args.rows} rows, SQLite + database search backend:")
    print("\n".join(results))


if __name__ == "__main__":
    main()
