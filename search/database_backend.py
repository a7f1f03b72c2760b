"""Wagtail's database search backend, with hits on SQLite ranked in one pass over the full-text index.

Wagtail's SQLite compiler ranks hits with a score subquery correlated with each matching page, so SQLite runs the
full-text match once more for every match: "respite" at 10,000 services (3,124 matches) took 4 s, and the time grows
with the square of the matches. Here the index is searched once, ranked and cut to the slice asked for, and only
those pages are fetched. PostgreSQL and MySQL use Wagtail's own compilers unchanged.

Settings name this module as the backend: ``{"BACKEND": "search.database_backend"}``.
"""

from modelsearch.backends.database import SearchBackend as wagtail_database_backend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    backend = wagtail_database_backend(params)
    if type(backend).__name__ == "SQLiteSearchBackend":
        from search.sqlite_one_pass import OnePassSQLiteSearchBackend  # needs SQLite's full-text tables

        return OnePassSQLiteSearchBackend(params)
    return backend
