"""Cache backends that fail open: a cache that is down, hangs or is read-only slows the site, never breaks it.

Every part of the site uses the cache: Wagtail (a site's root paths, on every link), the page cache, what each
process keeps (site_wide.py), QR codes, search synonyms, form sending limits, import reports. Guarding each call
would miss one sooner or later (the probe found 33 of 42 requests answering 500 with Redis stopped), so the guard
is here, once, around Django's own backends:

- a read that fails answers "not in the cache" (``get`` its default, ``get_many`` nothing), so the caller builds
  the answer from the database as it would on a miss;
- a write that fails is dropped (``add`` answers False, ``set_many`` lists every key as not set);
- ``incr`` and ``decr`` raise ``CacheUnavailable``: there is no safe number to make up, so a caller that counts
  (form sending limits) decides what an outage means for it (carers_site.core.form_safety lets the post through);
- after a failure the cache is not asked again for ``CACHE_RETRY_SECONDS`` (default 5) in this process, so a
  server that hangs costs one short timeout (Redis: ``socket_connect_timeout`` and ``socket_timeout`` in the
  settings), not one per call. Then one call tries again, and the cache is back as soon as it answers.

A warning is logged when the cache goes down and when it comes back, not on every call.
"""

import logging
import threading
import time

from django.conf import settings
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache

from carers_site.core.file_cache import FileBasedCache as LockingFileBasedCache

logger = logging.getLogger(__name__)


class CacheUnavailable(Exception):
    """The cache could not count (``incr``/``decr``): it is down or read-only."""


#: {cache location: monotonic time until which it is not asked}, shared by the threads of this process.
_down_until = {}
_lock = threading.Lock()


def retry_seconds():
    return float(getattr(settings, "CACHE_RETRY_SECONDS", 5))


class FailOpenMixin:
    """Wraps a Django cache backend's calls: see the module's docstring."""

    def _location(self):
        return f"{type(self).__name__}:{getattr(self, '_servers', None) or getattr(self, '_dir', '')}"

    def _is_down(self):
        until = _down_until.get(self._location())
        return until is not None and time.monotonic() < until

    def _went_down(self, error):
        location = self._location()
        with _lock:
            first = location not in _down_until
            _down_until[location] = time.monotonic() + retry_seconds()
        if first:
            logger.warning("The cache is not working (%s): serving without it for now.", error, exc_info=True)

    def _answered(self):
        if self._location() in _down_until:
            with _lock:
                if _down_until.pop(self._location(), None) is not None:
                    logger.warning("The cache is working again.")

    def _try(self, call, fallback):
        if self._is_down():
            return fallback
        try:
            result = call()
        except Exception as error:  # noqa: BLE001 - any cache failure: the site goes on without the cache
            self._went_down(error)
            return fallback
        self._answered()
        return result

    def get(self, key, default=None, version=None):
        return self._try(lambda: super(FailOpenMixin, self).get(key, default, version), default)

    def get_many(self, keys, version=None):
        return self._try(lambda: super(FailOpenMixin, self).get_many(keys, version), {})

    def has_key(self, key, version=None):
        return self._try(lambda: super(FailOpenMixin, self).has_key(key, version), False)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._try(lambda: super(FailOpenMixin, self).set(key, value, timeout, version), None)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._try(lambda: super(FailOpenMixin, self).add(key, value, timeout, version), False)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._try(lambda: super(FailOpenMixin, self).set_many(data, timeout, version), list(data))

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._try(lambda: super(FailOpenMixin, self).touch(key, timeout, version), False)

    def delete(self, key, version=None):
        return self._try(lambda: super(FailOpenMixin, self).delete(key, version), False)

    def delete_many(self, keys, version=None):
        return self._try(lambda: super(FailOpenMixin, self).delete_many(keys, version), None)

    def clear(self):
        return self._try(lambda: super(FailOpenMixin, self).clear(), None)

    def incr(self, key, delta=1, version=None):
        return self._count(lambda: super(FailOpenMixin, self).incr(key, delta, version))

    def decr(self, key, delta=1, version=None):
        return self._count(lambda: super(FailOpenMixin, self).decr(key, delta, version))

    def _count(self, call):
        if self._is_down():
            raise CacheUnavailable("the cache is down")
        try:
            result = call()
        except ValueError:  # the key is not there (or expired): Django's own answer, not an outage
            self._answered()
            raise
        except Exception as error:
            self._went_down(error)
            raise CacheUnavailable(str(error)) from error
        self._answered()
        return result


class RedisCache(FailOpenMixin, DjangoRedisCache):
    """Django's Redis cache, failing open."""


class FileBasedCache(FailOpenMixin, LockingFileBasedCache):
    """The file cache (with counters that hold across processes: carers_site.core.file_cache), failing open."""

    def __init__(self, dir, params):  # noqa: A002 - Django's name
        try:
            super().__init__(dir, params)  # makes the folder: on a read-only disk that fails, like any write later
        except OSError as error:
            self._went_down(error)


def forget_outages():
    """For tests: every cache is asked again at once."""
    with _lock:
        _down_until.clear()
