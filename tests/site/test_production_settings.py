"""Production settings come from environment variables only, pass `check --deploy`, and really serve.

Each case runs Django in a child process with carers_site.settings.production and a made-up environment, as a
server would start, because settings are read once per process.
"""

import json
import os
import runpy
import secrets
import shutil
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from carers_site.dev.local_servers import free_port, running_redis

pytestmark = pytest.mark.system

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).parent / "gunicorn")
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0"

SHOW_SETTINGS = """
import json
from django.conf import settings
from django.core.files.storage import storages
from django.core.cache import caches
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "ALLOWED_HOSTS": settings.ALLOWED_HOSTS,
    "database_engine": settings.DATABASES["default"]["ENGINE"],
    "database_name": settings.DATABASES["default"]["NAME"],
    "database_host": settings.DATABASES["default"].get("HOST"),
    "cache_backend": settings.CACHES["default"]["BACKEND"],
    "cache_location": settings.CACHES["default"]["LOCATION"],
    "cache_class": type(caches["default"]).__name__,
    "search_backend": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
    "search_urls": settings.WAGTAILSEARCH_BACKENDS["default"].get("URLS"),
    "media_storage": type(storages["default"]).__module__ + "." + type(storages["default"]).__name__,
    "bucket": getattr(storages["default"], "bucket_name", None),
    "endpoint": getattr(storages["default"], "endpoint_url", None),
    "static_storage": type(storages["staticfiles"]).__name__,
    "email": [settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_HOST_USER, settings.EMAIL_USE_TLS],
    "admins": settings.ADMINS,
    "secure": [settings.SECURE_SSL_REDIRECT, settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE,
               settings.SECURE_HSTS_SECONDS],
}))
"""


def production_env(tmp_path, **overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "SEARCH_", "MEDIA_", "AWS_", "EMAIL_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="carers_site.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="carers.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        CACHE_DIR=str(tmp_path / "cache"),
        STATIC_ROOT=str(tmp_path / "static"),
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    env.update(overrides)
    return {key: value for key, value in env.items() if value is not None}


def manage(env, *args, check=True):
    return subprocess.run(
        [PYTHON, "manage.py", *args], cwd=REPO, env=env, capture_output=True, text=True, check=check, timeout=300
    )


def settings_for(tmp_path, **overrides):
    result = manage(production_env(tmp_path, **overrides), "shell", "-c", SHOW_SETTINGS)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    result = manage(production_env(tmp_path), "check", "--deploy", "--fail-level", "WARNING", check=False)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_warns_about_a_weak_secret_key(tmp_path):
    """The check above can fail: with a short key Django's deploy checks complain."""
    result = manage(
        production_env(tmp_path, SECRET_KEY="short"), "check", "--deploy", "--fail-level", "WARNING", check=False
    )
    assert result.returncode != 0
    assert "security.W009" in result.stderr


@pytest.mark.parametrize(
    ("missing", "message"),
    [("SECRET_KEY", "Set the SECRET_KEY environment variable"), ("ALLOWED_HOSTS", "Set the ALLOWED_HOSTS")],
)
def test_production_refuses_to_start_without_secret_key_or_hosts(tmp_path, missing, message):
    result = manage(production_env(tmp_path, **{missing: None}), "check", check=False)
    assert result.returncode != 0
    assert message in result.stderr


def test_defaults_are_sqlite_file_cache_database_search_and_files(tmp_path):
    found = settings_for(tmp_path)
    assert found["DEBUG"] is False
    assert found["ALLOWED_HOSTS"] == ["carers.example.org"]
    assert found["database_engine"] == "django.db.backends.sqlite3"
    assert found["cache_backend"] == "carers_site.core.fail_open_cache.FileBasedCache"
    assert found["cache_location"] == str(tmp_path / "cache")
    assert found["search_backend"] == "search.database_backend"
    assert found["media_storage"].endswith("FileSystemStorage")
    assert found["static_storage"] == "CompressedManifestStaticFilesStorage"
    assert found["secure"] == [True, True, True, 31536000]


def test_every_service_is_configured_by_environment_variables(tmp_path):
    found = settings_for(
        tmp_path,
        DATABASE_URL="postgres://carers:secret@db.internal:5432/carers",
        REDIS_URL="redis://cache.internal:6379/1",
        SEARCH_URL="http://search.internal:9200",
        MEDIA_STORAGE="s3",
        AWS_STORAGE_BUCKET_NAME="carers-media",
        AWS_S3_ENDPOINT_URL="https://objects.example.org",
        EMAIL_HOST="smtp.example.org",
        EMAIL_PORT="587",
        EMAIL_HOST_USER="carers",
        EMAIL_USE_TLS="1",
        ADMINS="Web Team <web@example.org>, ops@example.org",
        ALLOWED_HOSTS="carers.example.org, www.carers.example.org",
    )
    assert found["database_engine"] == "django.db.backends.postgresql"
    assert (found["database_name"], found["database_host"]) == ("carers", "db.internal")
    assert found["cache_backend"] == "carers_site.core.fail_open_cache.RedisCache"  # Django's, failing open
    assert found["cache_location"] == "redis://cache.internal:6379/1"
    assert found["cache_class"] == "RedisCache"
    assert found["search_backend"] == "wagtail.search.backends.elasticsearch8"  # SEARCH_ENGINE's default
    assert found["search_urls"] == ["http://search.internal:9200"]
    assert found["media_storage"].endswith("S3Storage")
    assert (found["bucket"], found["endpoint"]) == ("carers-media", "https://objects.example.org")
    assert found["email"] == ["smtp.example.org", 587, "carers", True]
    assert found["admins"] == [["Web Team", "web@example.org"], ["", "ops@example.org"]]
    assert found["ALLOWED_HOSTS"] == ["carers.example.org", "www.carers.example.org"]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"MEDIA_STORAGE": "ftp"}, "MEDIA_STORAGE must be 'filesystem' or 's3'"),
        ({"MEDIA_STORAGE": "s3"}, "MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME"),
        ({"SEARCH_ENGINE": "solr"}, "SEARCH_ENGINE must be elasticsearch or opensearch"),
    ],
)
def test_a_wrong_media_or_search_setting_is_explained(tmp_path, overrides, message):
    result = manage(production_env(tmp_path, **overrides), "check", check=False)
    assert result.returncode != 0
    assert message in result.stderr


@pytest.mark.parametrize(
    ("engine", "backend"),
    [
        ("elasticsearch", "wagtail.search.backends.elasticsearch8"),
        ("opensearch", "wagtail.search.backends.opensearch2"),
    ],
)
def test_each_search_engine_s_client_takes_the_settings_options(monkeypatch, engine, backend):
    """SEARCH_ENGINE picks Wagtail's backend; its client accepts the options the settings give it (the two clients
    name some differently), so a request that finds one node of two down asks the other."""
    from django.conf import settings
    from wagtail.search.backends import get_search_backend

    monkeypatch.setenv("SEARCH_URL", "http://127.0.0.1:9201,http://127.0.0.1:9202")
    monkeypatch.setenv("SEARCH_ENGINE", engine.upper())
    config = runpy.run_path(str(REPO / "site" / "settings" / "base.py"))["WAGTAILSEARCH_BACKENDS"]["default"]
    assert config["BACKEND"] == backend
    monkeypatch.setattr(settings, "WAGTAILSEARCH_BACKENDS", {"default": config})
    client = get_search_backend("default").es  # made, not connected: nothing listens on those ports
    transport = client.transport
    if engine == "elasticsearch":
        assert client._max_retries == 1 and client._retry_on_timeout is False
        assert transport.node_pool.dead_node_backoff_factor == 60
        assert sorted(node.port for node in transport.node_pool.all()) == [9201, 9202]
    else:
        assert transport.max_retries == 1 and transport.retry_on_timeout is False
        assert sorted(connection.port for connection in transport.connection_pool.connections) == [9201, 9202]


def test_the_sqlite_database_s_folder_is_made_when_missing(tmp_path):
    """A fresh clone has no var/: manage.py makes the folder rather than failing "unable to open database file"."""
    database = tmp_path / "var" / "db.sqlite3"
    env = production_env(tmp_path, DATABASE_URL=f"sqlite:///{database}")
    manage(env, "shell", "-c", "from django.db import connection; connection.ensure_connection()")
    assert database.parent.is_dir()


def wait_for(url, process, log, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"The server stopped:\n{log.read_text()[-3000:]}")
        try:
            fetch(url)  # any answer, even the redirect to HTTPS, means it is up
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"The server did not start:\n{log.read_text()[-3000:]}")


@contextmanager
def gunicorn(env, tmp_path):
    port = free_port()
    log = tmp_path / "gunicorn.log"
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "2"}
    with open(log, "w") as log_file:
        process = subprocess.Popen(
            [GUNICORN, "-c", "python:carers_site.gunicorn", "carers_site.wsgi:application"],
            cwd=REPO,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for(f"http://127.0.0.1:{port}/admin/login/", process, log)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url, **headers):
    opener = urllib.request.build_opener(NoRedirect)
    try:
        response = opener.open(urllib.request.Request(url, headers=headers), timeout=10)
    except urllib.error.HTTPError as error:
        response = error
    return response.status, response.headers, response.read()


def page_views(tmp_path):
    with sqlite3.connect(tmp_path / "db.sqlite3") as database:
        return database.execute("SELECT coalesce(sum(views), 0) FROM carers_site_pageviewday").fetchone()[0]


def test_gunicorn_serves_the_site_with_the_repository_config(tmp_path, migrated_database):
    """The gunicorn config in the repo starts the production settings, behind a proxy that ends HTTPS. Page views
    are kept in the workers' memory and written as they stop (carers_site/reports/measures.py, gunicorn's
    worker_exit)."""
    env = production_env(tmp_path, ALLOWED_HOSTS="127.0.0.1", PAGE_VIEWS_FLUSH_SECONDS="600")
    shutil.copyfile(migrated_database, tmp_path / "db.sqlite3")
    manage(env, "collectstatic", "--noinput")
    with gunicorn(env, tmp_path) as url:
        # Plain HTTP is sent to HTTPS.
        status, headers, _ = fetch(url + "/admin/login/")
        assert status == 301
        assert headers["Location"].startswith("https://127.0.0.1")
        # What the proxy forwards as HTTPS is served, with HSTS and the security headers.
        status, headers, body = fetch(url + "/admin/login/", **{"X-Forwarded-Proto": "https"})
        assert status == 200
        assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["Referrer-Policy"] == "same-origin"
        assert b"csrfmiddlewaretoken" in body
        # Static files come from WhiteNoise with hashed names, compressed, cached for a year.
        css = next(
            path.relative_to(tmp_path / "static").as_posix()
            for path in (tmp_path / "static" / "carers_site" / "css").glob("carers.*.css")
        )
        status, headers, body = fetch(
            f"{url}/static/{css}", **{"X-Forwarded-Proto": "https", "Accept-Encoding": "br, gzip"}
        )
        assert status == 200
        assert headers["Content-Encoding"] in {"br", "gzip"}
        assert "max-age=31536000" in headers["Cache-Control"]
        assert "immutable" in headers["Cache-Control"]
        # A host that is not allowed is refused.
        status, _, _ = fetch(url + "/admin/login/", Host="evil.example.com", **{"X-Forwarded-Proto": "https"})
        assert status == 400
        # Reading a page writes nothing to the database while the workers run...
        for _ in range(3):
            status, _, _ = fetch(url + "/", **{"X-Forwarded-Proto": "https", "User-Agent": BROWSER})
            assert status == 200
        assert page_views(tmp_path) == 0
    # ...and every view is written as they stop.
    assert page_views(tmp_path) == 3


@pytest.fixture
def redis_url(tmp_path):
    if shutil.which("redis-server") is None:
        pytest.fail("redis-server is not installed: `make test` installs Debian's redis-server")
    with running_redis(tmp_path) as url:
        yield url


def test_redis_cache_is_shared_between_processes(tmp_path, redis_url):
    """With REDIS_URL every web server process sees the same cache, so a purge reaches all of them."""
    env = production_env(tmp_path, REDIS_URL=redis_url)
    manage(env, "shell", "-c", "from django.core.cache import cache; cache.set('shared-check', 'from process one')")
    result = manage(env, "shell", "-c", "from django.core.cache import cache; print(cache.get('shared-check'))")
    assert result.stdout.strip().splitlines()[-1] == "from process one"
    keys = subprocess.run(
        ["redis-cli", "-u", redis_url, "--scan"], capture_output=True, text=True, check=True
    ).stdout.split()
    assert any(key.startswith("carers:") and key.endswith("shared-check") for key in keys)
