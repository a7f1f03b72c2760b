"""Every spreadsheet the site writes, CSV or Excel, goes through here, so that none can run a formula.

A cell whose text starts with "=", "+", "-", "@", a tab or a carriage return is run as a formula by Excel and
LibreOffice. Text like that comes from visitors (feedback answers, search words) and from imported files (service
names), so it is neutralised: in CSV behind a leading apostrophe (the spreadsheet programs' own mark for "this is
text"); in Excel as a text cell marked the same way (``quotePrefix``), which keeps the text unchanged. Numbers,
dates and text that is just a number ("-3", "+44") stay as they are. The directory import takes the apostrophe
off again (``unescape_cell``), so an exported file imports back unchanged.

Users: our own CSV views and commands (``csv_download``, ``write_csv``, ``SafeCSVDictWriter``: the gap map, the
information measures, the directory export and its import reports, the link checker's file), and every Wagtail
admin export (form submissions, reports, model and snippet listings) through ``protect_wagtail_exports``, which
puts the same writers into Wagtail's ``SpreadsheetExportMixin`` once, when the site starts.
tests/core/test_spreadsheets.py downloads every one of them.
"""

import csv
import datetime
import re
from itertools import chain

from django.http import HttpResponse

#: First characters that make Excel or LibreOffice treat a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: Text that spreadsheets read as a plain number, not a formula ("-3", "+44", "-0.1234", "1e-5").
PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def is_formula_like(value):
    """True for text a spreadsheet would run as a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(value)


def neutralise(value):
    """The cell-neutralising function: formula-like text behind a leading apostrophe; anything else unchanged."""
    return "'" + value if is_formula_like(value) else value


def unescape_cell(text):
    """The reverse of ``neutralise``, for reading back a file the site wrote."""
    if isinstance(text, str) and text.startswith("'") and is_formula_like(text[1:]):
        return text[1:]
    return text


def spreadsheet_safe(value):
    """A cell value as written to CSV: dates in ISO form, formula-like text neutralised."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return neutralise(value)


# --- CSV ---------------------------------------------------------------------------------------------------


class SafeCSVWriter:
    """``csv.writer`` that neutralises every cell. ``writerow`` returns what the handle's ``write`` returns."""

    def __init__(self, handle, **options):
        self.writer = csv.writer(handle, **options)

    def writerow(self, row):
        return self.writer.writerow([spreadsheet_safe(value) for value in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


class SafeCSVDictWriter(csv.DictWriter):
    """``csv.DictWriter`` that neutralises every cell, the header included."""

    def __init__(self, handle, fieldnames, **options):
        super().__init__(handle, fieldnames, **options)
        self.writer = SafeCSVWriter(handle, dialect=self.writer.dialect)


def write_csv(handle, header, rows):
    """Write a header row and rows (lists of values) to an open text handle."""
    writer = SafeCSVWriter(handle)
    writer.writerow(header)
    writer.writerows(rows)


class _Echo:
    def write(self, text):
        return text


def csv_lines(header, rows):
    """The CSV text line by line, for a streaming response."""
    writer = SafeCSVWriter(_Echo())
    return (writer.writerow(row) for row in chain([header], rows))


def csv_download(filename, header, rows):
    """A CSV attachment in UTF-8 with a byte order mark, which Excel needs to read accents and other scripts."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    response.write("\ufeff")
    write_csv(response, header, rows)
    return response


# --- Excel (.xlsx) -----------------------------------------------------------------------------------------


def protect_cell(cell):
    """An openpyxl cell holding formula-like text becomes a text cell marked as text (what typing a leading
    apostrophe does in Excel): it shows the text and never runs it, even when someone edits the cell."""
    if is_formula_like(cell.value):
        cell.data_type = "s"  # openpyxl makes text starting with "=" a formula
        cell.quotePrefix = True
    return cell


def xlsx_cell(worksheet, value, date_format=None):
    from openpyxl.cell import WriteOnlyCell

    cell = protect_cell(WriteOnlyCell(worksheet, value))
    if date_format and isinstance(value, datetime.datetime):
        cell.number_format = date_format
    return cell


def write_xlsx(output, header, rows, date_format=None):
    """Write a header row and rows (lists of values) as a one-sheet workbook to a binary handle. Date-times get
    ``date_format`` (an Excel number format) if given."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True, iso_dates=True)
    worksheet = workbook.create_sheet(title="Sheet1")
    for row in chain([header], rows):
        worksheet.append([xlsx_cell(worksheet, value, date_format) for value in row])
    workbook.save(output)


# --- Wagtail's exports -------------------------------------------------------------------------------------


def _export_rows(view, queryset, export_format):
    for item in queryset:
        row = view.to_row_dict(item)
        yield [view.preprocess_field_value(field, row.get(field), export_format) for field in view.list_export]


def _stream_csv(self, queryset):
    """SpreadsheetExportMixin.stream_csv, written by ``csv_lines`` (Wagtail's encodes each line to UTF-8 itself)."""
    header = [self.get_heading(queryset, field) for field in self.list_export]
    lines = csv_lines(header, _export_rows(self, queryset, self.FORMAT_CSV))
    return (line.encode() for line in lines)


def _write_xlsx(self, queryset, output):
    """SpreadsheetExportMixin.write_xlsx, written by ``write_xlsx`` with Wagtail's date format."""
    from wagtail.admin.views.mixins import ExcelDateFormatter

    header = [self.get_heading(queryset, field) for field in self.list_export]
    rows = _export_rows(self, queryset, self.FORMAT_XLSX)
    write_xlsx(output, header, rows, date_format=ExcelDateFormatter().get())


def protect_wagtail_exports():
    """Make every Wagtail admin export (form submissions, reports, model and snippet listings: all of them are
    SpreadsheetExportMixin views) write through this module. Called once from CarersSiteConfig.ready; each view's
    own columns, headings and value preprocessing still apply."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    SpreadsheetExportMixin.stream_csv = _stream_csv
    SpreadsheetExportMixin.write_xlsx = _write_xlsx
