"""The demo content, loaded once per test run and put in front of each test that asks for it.

``load_demo`` takes 10 to 20 seconds; a dozen modules read the demo. On SQLite (the test database is in memory),
the first test that asks for the demo loads it once and keeps a copy of the whole database (SQLite's backup API,
a few milliseconds for the demo); each later test that asks for it gets that copy, and afterwards the database
is put back exactly as it was, so tests that build their own small world never see the demo. The copy has to go
in before the test's transaction starts (SQLite cannot copy into a database with an open transaction), which is
why tests/conftest.py does it as ``_django_db_helper`` (pytest-django's per-test transaction) is set up.

On PostgreSQL the demo is loaded inside each test's transaction instead, as before, without its translations: slower,
but only a few demo tests run there.
"""

import io
import sqlite3

from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from wagtail.signals import page_published

from carers_site.audio.drafts import queue_audio_draft
from carers_site.core import site_wide

AUDIO_DRAFT_UID = "resources_audio_draft_on_publish"  # carers_site/audio/drafts.py


class LoaderOutput(str):
    """What ``load_demo`` printed; ``.errors`` is what it printed on stderr (warnings)."""

    errors = ""


def run_loader(*options):
    """``load_demo --with-admin``, without making the computer-read audio draft of each of its ~280 pages as they
    are published (the tests' task backend would make each at once, with espeak-ng and ffmpeg: a third of a second
    a page, and no test of the demo listens to them; tests/audio/ makes its own)."""
    out, err = io.StringIO(), io.StringIO()
    page_published.disconnect(queue_audio_draft, dispatch_uid=AUDIO_DRAFT_UID)
    try:
        call_command("load_demo", "--with-admin", *options, stdout=out, stderr=err)
    finally:
        page_published.connect(queue_audio_draft, dispatch_uid=AUDIO_DRAFT_UID)
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
    """The demo loaded inside the current test's transaction (the way for PostgreSQL): the loader's output. Without
    its translations, two thirds of the loading time: no test that runs on PostgreSQL reads them (the SQLite leg
    checks every translation), and each such test loads the demo again."""
    return run_loader("--languages", "none")
