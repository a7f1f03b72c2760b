"""CSV downloads that spreadsheet programs open safely (the gap map and the information measures report)."""

import csv
import datetime

from django.http import HttpResponse

#: First characters that make Excel or LibreOffice treat a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A cell value as written to CSV: dates in ISO form, and text that a spreadsheet would run as a
    formula (a name an editor or a searcher typed, starting with "=") behind a leading apostrophe."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_download(filename, header, rows):
    """A CSV attachment in UTF-8 with a byte order mark, which Excel needs to read accents and other scripts."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([spreadsheet_safe(value) for value in header])
    writer.writerows([spreadsheet_safe(value) for value in row] for row in rows)
    return response
