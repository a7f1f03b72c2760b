"""manage.py export_services [FILE.csv]: every service in the import layout (to stdout without a file)."""

import sys

from django.core.management.base import BaseCommand

from directory.importer import export_csv


class Command(BaseCommand):
    help = "Export every service as CSV in the same columns import_services reads."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="Where to write the CSV. Default: print it.")

    def handle(self, *args, file=None, **options):
        if file:
            with open(file, "w", newline="", encoding="utf-8") as handle:
                export_csv(handle)
            self.stderr.write(f"Services written to {file}")
        else:
            export_csv(sys.stdout)
