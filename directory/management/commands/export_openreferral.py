"""manage.py export_openreferral [FILE.json]: the directory as an Open Referral UK 3.0 JSON file."""

import io

from django.core.management.base import BaseCommand

from directory.api.package import write


class Command(BaseCommand):
    help = (
        "Export every live, public service as Open Referral UK 3.0 JSON (a list of full service records, as "
        "/api/openreferral/services/{id} gives them). Full addresses use CANONICAL_URL, else WAGTAILADMIN_BASE_URL."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="Where to write the JSON. Default: print it.")

    def handle(self, *args, file=None, **options):
        if file:
            with open(file, "w", encoding="utf-8") as handle:
                count = write(handle)
            self.stderr.write(f"{count} services written to {file}")
        else:
            text = io.StringIO()  # one write: Django's stdout wrapper would end every chunk json writes with a newline
            write(text)
            self.stdout.write(text.getvalue(), ending="")
