"""manage.py import_services FILE.csv|FILE.xlsx: add and update directory services from a spreadsheet."""

import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from directory.importer import ImportFileError, import_services


class Command(BaseCommand):
    help = (
        "Import services from a CSV or Excel file (columns in the README). Valid rows are added or updated "
        "(matched by the id column); rejected rows are listed with the reason in a report file."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .csv or .xlsx file.")
        parser.add_argument("--dry-run", action="store_true", help="Check the file and report; change nothing.")
        parser.add_argument(
            "--all-or-nothing",
            action="store_true",
            help="Import nothing if any row is rejected (the default imports the valid rows).",
        )
        parser.add_argument(
            "--report", help="Where to write the rejected rows (CSV). Default: FILE-rejected.csv beside the file."
        )
        parser.add_argument("--user", help="Username recorded as the author of the changes.")

    def handle(self, *args, file, dry_run, all_or_nothing, report, user, verbosity, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"There is no file at {path}.")
        author = None
        if user:
            author = get_user_model().objects.filter(username=user).first()
            if author is None:
                raise CommandError(f"There is no user called “{user}”.")
        data = path.read_bytes()
        bar = tqdm(total=0, unit=" rows", file=sys.stderr, disable=verbosity == 0, desc="Importing")

        def progress(done, total):
            bar.total = total
            bar.update(done - bar.n)

        try:
            result = import_services(
                path.name, data, dry_run=dry_run, all_or_nothing=all_or_nothing, user=author, progress=progress
            )
        except ImportFileError as error:
            raise CommandError(str(error)) from None
        finally:
            bar.close()

        if result.ignored_columns:
            self.stderr.write(f"Ignored columns we do not know: {', '.join(result.ignored_columns)}")
        if dry_run:
            self.stdout.write("Dry run: nothing was changed.")
        if all_or_nothing and result.rejected:
            self.stdout.write("Nothing was imported because some rows were rejected (--all-or-nothing).")
        self.stdout.write(result.summary())
        rate = len(result.results) / result.seconds if result.seconds else 0
        self.stdout.write(f"Took {result.seconds:.1f} s ({rate:.0f} rows a second).")
        if result.rejected:
            report_path = Path(report) if report else path.with_name(f"{path.stem}-rejected.csv")
            with open(report_path, "w", newline="", encoding="utf-8") as handle:
                result.write_rejected_csv(handle)
            for rejected in result.rejected[:10]:
                self.stdout.write(f"  row {rejected.line}: {' '.join(rejected.problems)}")
            if len(result.rejected) > 10:
                self.stdout.write(f"  … and {len(result.rejected) - 10} more.")
            self.stdout.write(self.style.WARNING(f"Rejected rows and reasons written to {report_path}"))
