"""Load postcode districts (district, borough slug, latitude, longitude) so a postcode finds its borough."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from directory.geo import DISTRICTS_FILE, load_districts


class Command(BaseCommand):
    help = "Load postcode districts and their centres from a CSV file (district, borough, latitude, longitude)."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", default=str(DISTRICTS_FILE), help="Default: the London file we ship.")

    def handle(self, *args, file, **options):
        if not Path(file).exists():
            raise CommandError(f"There is no file at {file}.")
        try:
            created, updated, problems = load_districts(file)
        except ValueError as error:
            raise CommandError(str(error)) from None
        for problem in problems:
            self.stderr.write(problem)
        self.stdout.write(f"Postcode districts: {created} added, {updated} updated, {len(problems)} skipped.")
