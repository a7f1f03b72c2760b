"""The demo content, loaded once per test run and put in front of each test that asks for it.

``load_demo`` takes 10 to 20 seconds; a dozen modules read the demo. On SQLite (the test database is in memory),
the first test that asks for the demo loads it once and keeps a copy of the whole database (SQLite's backup API,
a few milliseconds for the demo); each later test that asks for it gets that copy, and afterwards the database
is put back exactly as it was, so tests that build their own small world never see the demo. The copy has to go
in before the test's transaction starts (SQLite cannot copy into a database with an open transaction), which is
why tests/conftest.py does it as ``_django_db_helper`` (pytest-django's per-test transaction) is set up.

On PostgreSQL the demo is loaded inside each test's transaction instead, as before: slower, but only a few demo
tests run there.
"""

import io
import sqlite3

from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection

from carers_site.core import site_wide


class LoaderOutput(str):
    """What ``load_demo`` printed; ``.errors`` is what it printed on stderr (warnings)."""

    errors = ""


def run_loader():
    out, err = io.StringIO(), io.StringIO()
    call_command("load_demo", "--with-admin", stdout=out, stderr=err)
    output = LoaderOutput(out.getvalue())
    output.errors = err.getvalue()
    return output


class DemoDatabase:
    def __init__(self):
        self.copy = None
        self.output = None
        self.before = None

    @staticmethod
    def usable():
        return connection.vendor == "sqlite"

    @staticmethod
    def _raw():
        connection.ensure_connection()
        return connection.connection

    def _snapshot(self):
        saved = sqlite3.connect(":memory:")
        self._raw().backup(saved)
        return saved

    def _restore(self, saved):
        saved.backup(self._raw())
        forget_what_the_process_remembers()

    def put_in_place(self):
        """Replace the test database with the demo (loading the demo the first time)."""
        if connection.in_atomic_block:
            raise RuntimeError(
                "The demo database cannot go in while a transaction is open: a module-scoped fixture that opens one "
                "must not be called `demo` (tests/demo_database.py)."
            )
        self.before = self._snapshot()
        if self.copy is None:
            self.output = run_loader()
            self.copy = self._snapshot()
            forget_what_the_process_remembers()  # what the loader's requests kept describes its own run
        else:
            self._restore(self.copy)  # forgets what the process kept, too

    def take_away(self):
        """Put the database back as it was before the test."""
        if self.before is not None:
            self._restore(self.before)
            self.before.close()
            self.before = None


def forget_what_the_process_remembers():
    """Caches that would otherwise describe the database before the swap: Django's caches, content types by id,
    and the site's own per-process caches."""
    for cache in caches.all():
        cache.clear()
    ContentType.objects.clear_cache()
    site_wide.forget_everything()


demo_database = DemoDatabase()


def load_demo_here():
    """The demo loaded inside the current test's transaction (the way for PostgreSQL): the loader's output."""
    return run_loader()
