"""Print the "Information measures" report's headline figures and the top 10 of each table, for the terminal."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from carers_site.reports.measures_report import Measures

TOP = 10


class Command(BaseCommand):
    help = (
        "Print the information measures for the last few days, today included: page views, searches, searches "
        "that found nothing, services per borough and pages past their review date (the top 10 of each). "
        "The admin's Reports > Information measures has the full tables as CSV."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=30, help="How many days to count, today included (default 30).")

    def handle(self, *args, **options):
        days = options["days"]
        if days < 1:
            raise CommandError("--days must be at least 1.")
        end = timezone.localdate()
        measures = Measures(end - datetime.timedelta(days=days - 1), end)
        self.stdout.write(self.style.MIGRATE_HEADING(f"Information measures, {measures.start} to {end} ({days} days)"))
        width = max(len(label) for label, _figure in measures.headline)
        for label, figure in measures.headline:
            self.stdout.write(f"  {label + ':':<{width + 1}} {figure}")
        for table in measures.tables:
            self.write_table(table)

    def write_table(self, table):
        self.stdout.write("")
        self.stdout.write(self.style.MIGRATE_HEADING(str(table.title)))
        if not table.rows:
            self.stdout.write(f"  {table.empty_message}")
            return
        columns = [column for column in table.columns if column.report and column.csv]
        lines = [[str(column.heading) for column in columns]]
        lines += [[column.display(column.value(row)) for column in columns] for row in table.rows[:TOP]]
        widths = [max(len(line[index]) for line in lines) for index in range(len(columns))]
        for number, line in enumerate(lines):
            cells = [
                cell.rjust(width) if column.numeric else cell.ljust(width)
                for cell, width, column in zip(line, widths, columns, strict=True)
            ]
            text = "  " + "  ".join(cells).rstrip()
            self.stdout.write(self.style.SQL_FIELD(text) if number == 0 else text)
        if len(table.rows) > TOP:
            self.stdout.write(f"  ... and {len(table.rows) - TOP} more.")
