"""The public forms' sending limits (carers_site/core/form_safety.py) and the file cache's counters
(carers_site/core/file_cache.py): exact when sends arrive together, failing open when the cache fails."""

import datetime
import logging
import multiprocessing
import time

import pytest
import time_machine
from django.core.cache import cache
from django.test import RequestFactory

from carers_site.core import form_safety
from carers_site.core.file_cache import FileBasedCache
from carers_site.core.form_safety import RateLimit


def visitor(address="203.0.113.9"):
    return RequestFactory().post("/form/", REMOTE_ADDR=address)


def test_exactly_the_limit_is_allowed_and_refusals_do_not_count():
    limit = RateLimit("test-form", limit=3, window=600)
    request = visitor()
    with time_machine.travel(datetime.datetime(2026, 12, 7, 9, 0, 10, tzinfo=datetime.UTC), tick=False):
        assert [limit.take(request) for _ in range(5)] == [True, True, True, False, False]
        assert limit.exceeded(request)
        # Each address has its own count, kept under a keyed hash and never the address itself.
        assert limit.take(visitor("198.51.100.4"))
        assert not any("203.0.113.9" in key for key in cache._cache)
    # The two refusals were not counted: with the window gone by, the count starts again.
    with time_machine.travel(datetime.datetime(2026, 12, 7, 9, 20, 10, tzinfo=datetime.UTC), tick=False):
        assert not limit.exceeded(request)
        assert [limit.take(request) for _ in range(4)] == [True, True, True, False]


def test_the_window_slides_so_a_new_minute_does_not_give_a_fresh_allowance():
    """The window is counted by the tenth (a minute of ten): sends count until their minute is ten minutes old, so
    a client cannot send the limit twice in a moment at a boundary."""
    limit = RateLimit("test-form", limit=4, window=600)
    request = visitor()
    with time_machine.travel(datetime.datetime(2026, 12, 7, 9, 9, 50, tzinfo=datetime.UTC), tick=False):
        assert [limit.take(request) for _ in range(4)] == [True] * 4
    for moment in (datetime.time(9, 10, 10), datetime.time(9, 15), datetime.time(9, 18, 59)):
        with time_machine.travel(datetime.datetime.combine(datetime.date(2026, 12, 7), moment, datetime.UTC)):
            assert limit.exceeded(request), moment
            assert not limit.take(request), moment
    # Ten minutes after the minute they were sent in, they no longer count.
    with time_machine.travel(datetime.datetime(2026, 12, 7, 9, 19, 0, tzinfo=datetime.UTC), tick=False):
        assert not limit.exceeded(request)
        assert [limit.take(request) for _ in range(5)] == [True, True, True, True, False]


class BrokenCache:
    """A cache whose server is down: every call raises, as django-redis' client does."""

    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise ConnectionError("cache server unreachable")

        return fail


def test_when_the_cache_fails_every_send_is_allowed_and_logged(monkeypatch, caplog):
    monkeypatch.setattr(form_safety, "cache", BrokenCache())
    limit = RateLimit("test-form", limit=1, window=600)
    request = visitor()
    with caplog.at_level(logging.ERROR, logger="carers_site.core.form_safety"):
        assert not limit.exceeded(request)
        assert [limit.take(request) for _ in range(3)] == [True, True, True]
    assert "Could not count a send for the test-form sending limit: allowing it" in caplog.text


def test_a_counter_that_vanishes_between_add_and_incr_is_made_again(monkeypatch):
    real_incr, calls = cache.incr, []

    def incr_after_a_cull(key, *args, **kwargs):
        calls.append(key)
        if len(calls) == 1:
            cache.delete(key)  # culled, or expired, between the two calls
        return real_incr(key, *args, **kwargs)

    monkeypatch.setattr(cache, "incr", incr_after_a_cull)
    assert RateLimit("test-form", limit=2, window=600).take(visitor())
    assert len(calls) == 2


# --- the file cache's counters ------------------------------------------------------------------------------


def file_cache(folder):
    return FileBasedCache(str(folder), {"TIMEOUT": 3600, "OPTIONS": {"MAX_ENTRIES": 5000}})


def count_many(folder, times):
    counters = file_cache(folder)
    for _ in range(times):
        counters.add("sends", 0, 600)
        counters.incr("sends")


def test_file_cache_counters_lose_nothing_when_processes_count_at_once(tmp_path):
    """Four processes add one 100 times each to the same counter, as gunicorn's workers do."""
    context = multiprocessing.get_context("fork")
    processes = [context.Process(target=count_many, args=(tmp_path, 100)) for _ in range(4)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    assert file_cache(tmp_path).get("sends") == 400


def test_file_cache_incr_keeps_the_expiry_and_refuses_missing_keys(tmp_path):
    counters = file_cache(tmp_path)
    with pytest.raises(ValueError):
        counters.incr("missing")
    assert counters.add("sends", 0, 2)
    assert not counters.add("sends", 5, 2)
    assert counters.incr("sends") == 1
    assert counters.decr("sends") == 0
    assert counters.incr("sends", 3) == 3
    time.sleep(2.1)  # its 2 seconds are over: incr did not give it the cache's default hour
    assert counters.get("sends") is None
    with pytest.raises(ValueError):
        counters.incr("sends")
