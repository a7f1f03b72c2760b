"""Check every link editors publish: service websites, links in text, downloads. Exits with 1 if any is broken."""

import sys
import time

from django.core.management.base import BaseCommand, CommandError

from carers_site.core.spreadsheets import SafeCSVDictWriter
from carers_site.reports.links import (
    BROKEN,
    CSV_FIELDS,
    DEFAULT_TIMEOUT,
    DEFAULT_WORKERS,
    MOVED,
    check_links,
    find_links,
)
from carers_site.reports.links import report_rows as build_rows


class Command(BaseCommand):
    help = (
        "Check every live service's website and every web link and document on live pages. Prints the broken "
        "ones by page, with the page's edit link, and exits with status 1 if any link is broken (for cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--timeout",
            type=float,
            default=DEFAULT_TIMEOUT,
            help=f"Seconds to wait for a site to answer (default {DEFAULT_TIMEOUT:g}).",
        )
        parser.add_argument(
            "--workers", type=int, default=DEFAULT_WORKERS, help=f"Links to check at once (default {DEFAULT_WORKERS})."
        )
        parser.add_argument("--csv", metavar="FILE", help="Also write every link checked, with its result, to FILE.")
        parser.add_argument(
            "--no-progress", action="store_true", help="Never show the progress bar (it only shows on a terminal)."
        )

    def handle(self, *args, **options):
        timeout, workers, csv_file = options["timeout"], options["workers"], options["csv"]
        if timeout <= 0:
            raise CommandError("--timeout must be more than 0 seconds.")
        if workers < 1:
            raise CommandError("--workers must be at least 1.")
        started = time.monotonic()
        links = find_links()
        if not links:
            self.stdout.write("There are no links to check.")
            if csv_file:
                self.write_csv(csv_file, [])
            return
        results = check_links(
            links, timeout=timeout, workers=workers, progress=False if options["no_progress"] else None
        )
        rows = build_rows(links, results)
        if csv_file:
            self.write_csv(csv_file, rows)
        self.write_summary(rows, len(results), time.monotonic() - started)
        if csv_file:
            self.stdout.write(f"\nThe full report is in {csv_file}.")
        if any(row["status"] == BROKEN for row in rows):
            sys.exit(1)

    def write_csv(self, filename, rows):
        try:
            with open(filename, "w", newline="", encoding="utf-8") as file:
                writer = SafeCSVDictWriter(file, fieldnames=CSV_FIELDS, extrasaction="ignore")
                writer.writeheader()
                writer.writerows(rows)
        except OSError as error:
            raise CommandError(f"Could not write {filename}: {error.strerror or error}") from None

    def write_summary(self, rows, targets, seconds):
        broken = [row for row in rows if row["status"] == BROKEN]
        moved = [row for row in rows if row["status"] == MOVED]
        pages = len({row["page_id"] for row in rows})
        self.stdout.write(
            f"Checked {plural(len(rows), 'link')} on {plural(pages, 'page')} "
            f"({plural(targets, 'different address', 'different addresses')}) in {seconds:.1f} seconds: "
            f"{len(broken)} broken, {len(moved)} moved, {len(rows) - len(broken) - len(moved)} working."
        )
        if broken:
            self.write_table(
                self.style.ERROR(f"Broken links ({plural(len(broken), 'link')} on {count_pages(broken)})"),
                broken,
                "Problem",
                lambda row: row["reason"],
            )
        else:
            self.stdout.write(self.style.SUCCESS("No broken links."))
        if moved:
            self.write_table(
                self.style.WARNING(
                    f"Moved permanently ({plural(len(moved), 'link')} on {count_pages(moved)}): "
                    "they still work, but change them to the new address"
                ),
                moved,
                "New address",
                lambda row: row["final_url"],
            )

    def write_table(self, heading, rows, last_column, last_value):
        """A table per page: the page's title and edit link, then where on the page, the link, and the problem."""
        where_width = max(len("Where"), *(len(row["where"]) for row in rows))
        link_width = max(len("Link"), *(len(row["url"]) for row in rows))
        self.stdout.write(f"\n{heading}")
        page_id = None
        for row in rows:
            if row["page_id"] != page_id:
                page_id = row["page_id"]
                self.stdout.write(f"\n{row['page']} ({row['page_type'].lower()})\n  Edit: {row['edit_url']}")
                self.stdout.write(f"  {'Where':<{where_width}}  {'Link':<{link_width}}  {last_column}")
            self.stdout.write(f"  {row['where']:<{where_width}}  {row['url']:<{link_width}}  {last_value(row)}")


def plural(count, word, words=None):
    return f"{count} {word if count == 1 else (words or word + 's')}"


def count_pages(rows):
    return plural(len({row["page_id"] for row in rows}), "page")
