"""The file cache (the default without REDIS_URL), with counters that hold when processes count at once.

Django's ``FileBasedCache`` shares its files between the gunicorn workers on one machine, but its ``add`` and
``incr`` read a file and write it back, so two workers counting at the same moment can both read 3 and both write 4.
The forms' sending limits (carers_site/core/form_safety.py) count that way, so here the two hold a lock file in the
cache folder while they work: atomic across the processes of one machine (the file cache is never shared between
machines). Everything else is Django's file cache as it is.
"""

import os
import pickle
import time
import zlib
from contextlib import contextmanager

from django.core.cache.backends import filebased
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.files import locks

LOCK_FILE_NAME = "counters.lock"  # not a cache file (those end in .djcache), so clearing the cache leaves it


class FileBasedCache(filebased.FileBasedCache):
    @contextmanager
    def _counters_locked(self):
        self._createdir()
        with open(os.path.join(self._dir, LOCK_FILE_NAME), "ab") as lock_file:
            locks.lock(lock_file, locks.LOCK_EX)
            try:
                yield
            finally:
                locks.unlock(lock_file)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with self._counters_locked():
            return super().add(key, value, timeout, version)

    def incr(self, key, delta=1, version=None):
        """Like Django's, but atomic, and the key keeps the time it expires (Django's sets the default again)."""
        with self._counters_locked():
            try:
                with open(self._key_to_file(key, version), "rb") as cache_file:
                    expires = pickle.load(cache_file)
                    value = pickle.loads(zlib.decompress(cache_file.read()))
            except FileNotFoundError:
                raise ValueError(f"Key '{key}' not found.") from None
            now = time.time()
            if expires is not None and expires <= now:
                raise ValueError(f"Key '{key}' not found.")
            new_value = value + delta
            self.set(key, new_value, None if expires is None else expires - now, version)
            return new_value
