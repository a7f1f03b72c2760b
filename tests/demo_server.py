"""A real Carers Directory server with the demo content, for browser tests.

Runs migrate, load_demo and runserver in child processes on a throwaway SQLite database, as a person
following the README would, and stops the server afterwards. With ``production=True`` it runs the site as
production does instead: production settings, collectstatic (WhiteNoise's compressed, hashed files) and gunicorn.
"""

import atexit
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from carers_site.dev.local_servers import free_port, stop_process_group

REPO = Path(__file__).resolve().parent.parent

# One live page of each type in each language, found in the demo database (so the tests follow the demo
# content): {"en": {"HomePage": "/", ...}, "ur": {"HomePage": "/ur/", ...}}. Alias pages and private pages
# (which send visitors to sign in) are left out.
PAGE_URLS_SCRIPT = """
import json
from wagtail.models import Page
urls = {}
pages = Page.objects.live().public().filter(alias_of__isnull=True).select_related("locale").specific()
for page in pages.order_by("path"):
    urls.setdefault(page.locale.language_code, {}).setdefault(type(page).__name__, page.url)
print(json.dumps(urls))
"""


# The one demo server all browser test modules share (tests/conftest.py ``demo_site``) has, besides the demo:
# - an Urdu copy of one page of every type the demo has not translated (their text stays English; the interface,
#   direction and layout are Urdu's), so that every page type is also checked right to left;
# - an admin, and a member of the Professionals group and a visitor with the same password.
ADMIN_USERNAME, ADMIN_PASSWORD = "admin", "carers-demo-2026"
USERS_PASSWORD = "browser-test-password"  # noqa: S105
SHARED_SETUP = f"""
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page
from carers_site.ops.roles import ensure_professionals_group

urdu = Locale.objects.get(language_code="ur")
translated = {{type(p).__name__ for p in Page.objects.live().filter(locale=urdu, alias_of__isnull=True).specific()}}
english = Page.objects.live().filter(locale=Locale.get_default(), depth__gt=1).specific().order_by("path")
for page in english:
    if type(page).__name__ in translated:
        continue
    existing = page.get_translation_or_none(urdu)
    if existing is not None:
        existing.delete()
    copy = page.copy_for_translation(urdu, copy_parents=True)
    copy.save_revision().publish()
    translated.add(type(page).__name__)

User = get_user_model()
User.objects.create_superuser({ADMIN_USERNAME!r}, "admin@example.org", {ADMIN_PASSWORD!r})
member = User.objects.create_user("nurse", "nurse@example.org", {USERS_PASSWORD!r})
member.groups.add(ensure_professionals_group())
User.objects.create_user("visitor", "visitor@example.org", {USERS_PASSWORD!r})
"""


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPO, env=env, check=True, capture_output=True, text=True
    ).stdout


_built_demo = {}


def built_demo():
    """A folder with the migrated demo site (db.sqlite3 and media), built once per test run: each server starts
    from a copy, so the browser test modules do not each spend a minute or two on migrate and load_demo."""
    if "folder" not in _built_demo:
        folder = Path(tempfile.mkdtemp(prefix="carers-demo-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "carers_site.settings.dev",
            "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
            "MEDIA_ROOT": str(folder / "media"),
            "CACHE_DIR": str(folder / "cache"),
        }
        manage("migrate", "--noinput", env=env)
        manage("load_demo", env=env)
        # Audio drafts are made by a background worker, which these servers do not run: make the home and crisis
        # pages' drafts (every language) now, so the player is on those pages. Every page would add about 40 s.
        manage("generate_audio", "--slug", "home", "--slug", "crisis", "--verbosity", "0", env=env)
        _built_demo["folder"] = folder
    return _built_demo["folder"]


def production_env(workdir):
    """Production settings as a server would read them, on loopback over plain HTTP, with every file (database,
    cache, static and media files) in ``workdir``; the database search backend and no Redis."""
    return {
        "DJANGO_SETTINGS_MODULE": "carers_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(workdir / "static"),
        "CACHE_DIR": str(workdir / "cache"),
        "REDIS_URL": "",
        "SEARCH_URL": "",
        "MEDIA_STORAGE": "filesystem",
    }


@contextmanager
def demo_server(workdir, setup_script="", production=False):
    """Yields (base URL, page URLs by language and page type). ``setup_script`` runs in ``manage.py shell``
    after the demo is loaded, to add what a test module needs. ``production=True`` serves it with production
    settings and gunicorn (2 workers) instead of ``runserver`` with the dev settings."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "carers_site.settings.dev",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        # Its own cache: var/cache is shared by every process with the dev settings on this machine, whatever its
        # database, and Wagtail keeps the site's root paths there (one language per home page, by url_path), so a
        # copy of the site with its home pages in another order would give pages another language's address.
        "CACHE_DIR": str(workdir / "cache"),
    }
    if production:
        env.update(production_env(workdir))
    demo = built_demo()
    shutil.copyfile(demo / "db.sqlite3", workdir / "db.sqlite3")
    shutil.copytree(demo / "media", workdir / "media", dirs_exist_ok=True)
    if setup_script:
        manage("shell", "-c", setup_script, env=env)
    page_urls = json.loads(manage("shell", "-c", PAGE_URLS_SCRIPT, env=env).strip().splitlines()[-1])
    port = free_port()
    if production:
        manage("collectstatic", "--noinput", env=env)
        env.update(GUNICORN_BIND=f"127.0.0.1:{port}", WEB_CONCURRENCY="2")
        gunicorn = str(Path(sys.executable).parent / "gunicorn")
        command = [gunicorn, "-c", "python:carers_site.gunicorn", "carers_site.wsgi:application"]
    else:
        command = [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"]
    server = subprocess.Popen(
        command,
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base_url + "/", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("The demo server did not start") from None
                time.sleep(0.3)
        yield base_url, page_urls
    finally:
        # gunicorn's workers finish their requests first; a machine busy with other tests may need a while.
        stop_process_group(server, timeout=60)
