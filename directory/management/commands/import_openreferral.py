"""manage.py import_openreferral URL|FILE.json: add and update directory services from an Open Referral UK 3.0 feed."""

import sys
import urllib.parse
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from tqdm import tqdm

from directory.importer import ImportFileError
from directory.openreferral_import import DEFAULT_PER_PAGE, DEFAULT_TIMEOUT, import_openreferral, is_url

SHOWN = 10  # problems printed; the report file has them all


class Command(BaseCommand):
    help = (
        "Import services from an Open Referral UK 3.0 API (its base URL or its /services URL) or a JSON file of "
        "its service records. Services are matched by their ORUK id; rejected records and warnings are listed "
        "in a report file."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="The API's address (https://…) or a .json file.")
        parser.add_argument("--dry-run", action="store_true", help="Check the feed and report; change nothing.")
        parser.add_argument(
            "--all-or-nothing",
            action="store_true",
            help="Import nothing if any record is rejected (the default imports the valid ones).",
        )
        parser.add_argument(
            "--report",
            help="Where to write the report (CSV). Default: FILE-report.csv beside a file; for a URL, in var/ "
            "(or here if there is no var/).",
        )
        parser.add_argument("--user", help="Username recorded as the author of the changes.")
        parser.add_argument(
            "--timeout",
            type=float,
            default=DEFAULT_TIMEOUT,
            help=f"Seconds to wait for each page (default {DEFAULT_TIMEOUT}).",
        )
        parser.add_argument(
            "--per-page",
            type=int,
            default=DEFAULT_PER_PAGE,
            help=f"Services asked for a page (default {DEFAULT_PER_PAGE}).",
        )

    def handle(self, *args, source, dry_run, all_or_nothing, report, user, timeout, per_page, verbosity, **options):
        author = None
        if user:
            author = get_user_model().objects.filter(username=user).first()
            if author is None:
                raise CommandError(f"There is no user called “{user}”.")
        data, path = None, None
        if not is_url(source):
            path = Path(source)
            if not path.is_file():
                raise CommandError(
                    f"There is no file at {path}. Give a .json file, or a web address starting https://."
                )
            data = path.read_bytes()
        if timeout <= 0 or per_page < 1:
            raise CommandError("--timeout and --per-page must be more than 0.")

        bar = tqdm(total=0, unit=" services", file=sys.stderr, disable=verbosity == 0, desc="Reading the feed")

        def reading(done, total):
            bar.total = total
            bar.update(done - bar.n)

        saving_started = []

        def saving(done, total):
            if not saving_started:
                saving_started.append(True)
                bar.reset(total=total)
                bar.set_description("Importing")
            bar.update(done - bar.n)

        try:
            result = import_openreferral(
                path.name if path else source,
                data,
                dry_run=dry_run,
                all_or_nothing=all_or_nothing,
                user=author,
                timeout=timeout,
                per_page=per_page,
                allow_private=True,  # whoever runs the command runs the site: an intranet feed is theirs to use
                progress=saving,
                read_progress=reading,
            )
        except ImportFileError as error:
            raise CommandError(str(error)) from None
        finally:
            bar.close()

        for note in result.notes:
            self.stderr.write(note)
        if dry_run:
            self.stdout.write("Dry run: nothing was changed.")
        if all_or_nothing and result.rejected:
            self.stdout.write("Nothing was imported because some records were rejected (--all-or-nothing).")
        self.stdout.write(result.summary())
        rate = len(result.results) / result.seconds if result.seconds else 0
        self.stdout.write(f"Took {result.seconds:.1f} s ({rate:.0f} services a second).")
        self.list("Rejected", result.rejected, "problems")
        self.list("Not imported (closed)", result.closed, "problems")
        self.list("Not changed (one of our own services)", result.ours, "problems")
        self.list("Not changed (unpublished here)", result.unpublished, "problems")
        self.list("Imported, with warnings", result.with_warnings, "warnings")
        if result.has_report:
            report_path = Path(report) if report else default_report_path(source, path)
            with open(report_path, "w", newline="", encoding="utf-8") as handle:
                result.write_rejected_csv(handle)
            self.stdout.write(
                self.style.WARNING(f"Rejected, closed and left-alone services, and warnings, written to {report_path}")
            )

    def list(self, title, results, attribute):
        if not results:
            return
        self.stdout.write(f"{title}:")
        for result in results[:SHOWN]:
            name = result.raw.get("name") or result.raw.get("id") or "(no name)"
            self.stdout.write(f"  record {result.line} “{name}”: {' '.join(getattr(result, attribute))}")
        if len(results) > SHOWN:
            self.stdout.write(f"  … and {len(results) - SHOWN} more (all are in the report file).")


def default_report_path(source, path):
    if path is not None:
        return path.with_name(f"{path.stem}-report.csv")
    host = (urllib.parse.urlsplit(source).hostname or "feed").replace(".", "-")
    folder = Path("var") if Path("var").is_dir() else Path(".")
    return folder / f"openreferral-{host}-{timezone.now():%Y%m%d-%H%M%S}-report.csv"
