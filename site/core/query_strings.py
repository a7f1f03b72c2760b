"""Query strings that every database can search with.

PostgreSQL refuses any text holding a NUL character ("\\x00"), so ``?area=%00`` would turn into a server error
wherever a view looks a query parameter up in the database (SQLite accepts it). No one types a NUL, so it is
dropped from the query string's names and values before any view reads them.
"""

from django.http import QueryDict


def without_nul(query):
    """``query`` (a QueryDict) with every NUL character removed, or ``query`` itself if it has none."""
    if not any("\x00" in key or any("\x00" in value for value in values) for key, values in query.lists()):
        return query
    cleaned = QueryDict(mutable=True, encoding=query.encoding)
    for key, values in query.lists():
        cleaned.setlist(key.replace("\x00", ""), [value.replace("\x00", "") for value in values])
    cleaned._mutable = False
    return cleaned


class DropNulCharactersMiddleware:
    """Removes NUL characters from ``request.GET`` (see the module's docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "%00" in request.META.get("QUERY_STRING", ""):
            request.GET = without_nul(request.GET)
        return self.get_response(request)
