"""The cache fails open (carers_site/core/fail_open_cache.py): a cache that cannot be read or written answers
"not there" and drops writes, is left alone for CACHE_RETRY_SECONDS, then used again as soon as it works."""

import shutil
import time

import pytest

from carers_site.core import fail_open_cache
from carers_site.core.fail_open_cache import CacheUnavailable, FileBasedCache, RedisCache
from carers_site.dev.local_servers import free_port


@pytest.fixture(autouse=True)
def fresh_outages():
    fail_open_cache.forget_outages()
    yield
    fail_open_cache.forget_outages()


def broken_file_cache(tmp_path):
    """A file cache whose folder is a file: every write fails as on a read-only disk."""
    place = tmp_path / "cache"
    place.write_text("not a folder")
    return FileBasedCache(str(place), {}), place


def test_a_file_cache_that_cannot_write_answers_misses_and_drops_writes(tmp_path, settings):
    settings.CACHE_RETRY_SECONDS = 60
    cache, _place = broken_file_cache(tmp_path)
    assert cache.set("key", "value") is None  # dropped, not raised
    assert cache.get("key", "default") == "default"
    assert cache.get_many(["key"]) == {}
    assert cache.add("key", 1) is False
    assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
    with pytest.raises(CacheUnavailable):
        cache.incr("key")


def test_a_cache_that_failed_is_left_alone_for_a_while_then_used_again(tmp_path, settings, monkeypatch):
    settings.CACHE_RETRY_SECONDS = 60
    cache, place = broken_file_cache(tmp_path)
    cache.set("key", "value")  # fails: the cache rests
    place.unlink()  # mended, but not asked again until the rest is over
    cache.set("key", "value")
    assert not place.exists()
    later = time.monotonic() + 61
    monkeypatch.setattr(fail_open_cache.time, "monotonic", lambda: later)
    cache.set("key", "value")
    assert cache.get("key") == "value"
    assert cache.add("counter", 1) is True
    assert cache.incr("counter") == 2


def test_a_redis_that_is_not_there_costs_one_attempt_not_one_a_call(settings, monkeypatch):
    settings.CACHE_RETRY_SECONDS = 60
    cache = RedisCache(f"redis://127.0.0.1:{free_port()}/0", {"OPTIONS": {"socket_connect_timeout": 0.5}})
    attempts = []
    real_get = fail_open_cache.DjangoRedisCache.get

    def counting_get(self, *args, **kwargs):
        attempts.append(1)
        return real_get(self, *args, **kwargs)

    monkeypatch.setattr(fail_open_cache.DjangoRedisCache, "get", counting_get)
    assert [cache.get("key", "default") for _ in range(5)] == ["default"] * 5
    assert len(attempts) == 1


@pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs Debian's redis-server (make test installs it)")
def test_a_real_redis_works_through_the_wrapper(tmp_path):
    from carers_site.dev.local_servers import running_redis

    with running_redis(tmp_path) as url:
        cache = RedisCache(url, {})
        assert cache.add("counter", 1) is True
        assert cache.incr("counter") == 2
        cache.set("key", {"value": 1})
        assert cache.get("key") == {"value": 1}


def test_with_the_cache_down_nothing_is_kept_in_the_process_under_a_generation_nobody_can_change(tmp_path, settings):
    """What each process keeps (site_wide.py) is kept under a generation in the cache; with no cache it is built
    afresh each time, so a change published meanwhile shows at once."""
    from carers_site.core import site_wide

    place = tmp_path / "cache"
    place.write_text("not a folder")
    settings.CACHES = {
        "default": {"BACKEND": "carers_site.core.fail_open_cache.FileBasedCache", "LOCATION": str(place)}
    }
    site_wide.forget_everything()
    built = []
    for _ in range(3):
        site_wide.remembered("answer", lambda: built.append(1) or len(built))
        site_wide.remembered_until_published("ranking", lambda: built.append(1) or len(built))
    assert len(built) == 6
    site_wide.forget_everything()


def test_a_change_whose_notice_the_cache_lost_shows_within_the_keep_time(settings, monkeypatch):
    """If renewing the generation failed (the cache was down at that moment) the other processes still hold the old
    token: what they keep is built again after SITE_WIDE_KEEP_SECONDS anyway, never kept for good."""
    from carers_site.core import site_wide

    settings.SITE_WIDE_KEEP_SECONDS = 60
    site_wide.forget_everything()
    answers = iter(["public", "private"])
    assert site_wide.remembered("restrictions", lambda: next(answers)) == "public"
    assert site_wide.remembered("restrictions", lambda: next(answers)) == "public"  # kept: same generation
    later = time.monotonic() + 61
    monkeypatch.setattr(site_wide.time, "monotonic", lambda: later)
    assert site_wide.remembered("restrictions", lambda: next(answers)) == "private"
    site_wide.forget_everything()
