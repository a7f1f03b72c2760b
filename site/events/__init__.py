"""Event pages: filters, times in words, iCalendar files."""
