"""Sending limits hold when posts arrive together: 20 answers sent at the same moment from one address to
gunicorn's workers are accepted exactly up to the limit, and each accepted one is stored once. On the Redis cache
and on the file cache (the default without REDIS_URL), whose counters carers_site/core/file_cache.py makes atomic
across the workers.

gunicorn runs with the repository's config (site/gunicorn.py) as in production, but on the development settings:
the production ones need ``collectstatic`` first (about 30 seconds), and the limits do not depend on them. The same
servers answer a form post in an unknown character set with 400 and one that is too big with 413, without reading
it. The figures are printed at the end of each case.
"""

import collections
import http.client
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings

from carers_site.dev.local_servers import running_redis
from carers_site.feedback.safety import RATE_LIMIT as FEEDBACK_LIMIT
from carers_site.privacy.access import RATE_LIMIT as ACCESS_REQUEST_LIMIT
from tests.live_site import running_gunicorn

# django_db: so that the run makes the test database, which ``migrated_database`` copies.
pytestmark = [pytest.mark.system, pytest.mark.django_db]

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
PARALLEL_POSTS = 20
WORKERS = 4
ADDRESS = "127.0.0.1"
TOKEN_RE = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
MARKER_RE = re.compile(r"parallel-[0-9a-f]{32}")

# A home page and the feedback form on the migrated database; prints the form's address and id as JSON.
SETUP_SCRIPT = """
import json
from wagtail.models import Page, Site
from carers_site.models import FeedbackFormField, FeedbackFormPage, HomePage

home = Page.get_first_root_node().add_child(instance=HomePage(title="Help for unpaid carers", slug="carers-home"))
home.save_revision().publish()
site = Site.objects.get(is_default_site=True)
site.root_page = home
site.save()
feedback = FeedbackFormPage(title="Tell us what you think", slug="feedback")
feedback.form_fields = [
    FeedbackFormField(label="How could we make the site better?", field_type="multiline", required=True, sort_order=0),
]
home.add_child(instance=feedback)
feedback.save_revision().publish()
print(json.dumps({"feedback": feedback.url, "feedback_id": feedback.pk}))
"""


def site_env(workdir):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "SEARCH_", "MEDIA_", "AWS_", "EMAIL_", "GUNICORN_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="carers_site.settings.dev",
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=f"sqlite:///{workdir / 'db.sqlite3'}",
        CACHE_DIR=str(workdir / "cache"),
        SEARCH_URL="",
        MEDIA_STORAGE="filesystem",
        MEDIA_ROOT=str(workdir / "media"),
        LOG_LEVEL="ERROR",  # not a warning per refused post
    )
    return env


@pytest.fixture(scope="module")
def prepared(migrated_database, tmp_path_factory):
    """A database with the feedback form, made once for both caches."""
    workdir = tmp_path_factory.mktemp("form-limits")
    shutil.copyfile(migrated_database, workdir / "db.sqlite3")
    result = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", SETUP_SCRIPT],
        cwd=REPO,
        env=site_env(workdir),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"setup failed:\n{result.stderr[-3000:]}"
    return workdir, json.loads(result.stdout.strip().splitlines()[-1])


def request(port, method, path, body=None, headers=None):
    """Returns (status, headers, body text)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60, source_address=(ADDRESS, 0))
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.headers, response.read().decode("utf-8", errors="replace")
    finally:
        connection.close()


class Browser:
    """One visitor's browser: its CSRF cookie and token, read from the form, sent with every post."""

    def __init__(self, port, form_path):
        self.port, self.form_path = port, form_path
        status, headers, html = request(port, "GET", form_path)
        assert status == 200, f"{form_path} answered {status}"
        cookie = next(value for value in headers.get_all("Set-Cookie", []) if value.startswith("csrftoken="))
        self.cookie, self.token = cookie.split(";")[0], TOKEN_RE.search(html).group(1)

    def post(self, fields, content_type="application/x-www-form-urlencoded"):
        body = urllib.parse.urlencode({"csrfmiddlewaretoken": self.token, **fields, "website": ""})
        origin = f"http://127.0.0.1:{self.port}"
        headers = {"Content-Type": content_type, "Cookie": self.cookie, "Origin": origin, "Referer": origin}
        return request(self.port, "POST", self.form_path, body, headers)


def post_all_at_once(browser, answers):
    """Sends every answer from its own thread, released together; returns {marker: status}."""
    statuses, errors, lock = {}, [], threading.Lock()
    ready = threading.Barrier(len(answers))

    def send(marker, fields):
        try:
            ready.wait(timeout=30)
            status, _headers, html = browser.post(fields)
            # Feedback thanks on the page; an access request is sent on to its thank-you page.
            accepted = status == 302 or (status == 200 and "Thank you" in html)
            with lock:
                statuses[marker] = "accepted" if accepted else status
        except Exception as error:  # reported in the test's own thread
            with lock:
                errors.append(repr(error))

    threads = [threading.Thread(target=send, args=item) for item in answers.items()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [], errors
    return statuses


def stored_markers(database, query, *params):
    with sqlite3.connect(database) as connection:
        rows = connection.execute(query, params).fetchall()
    return collections.Counter(marker for (text,) in rows for marker in MARKER_RE.findall(text))


@pytest.fixture(params=["redis", "files"])
def site(request, prepared, tmp_path):
    """gunicorn on a copy of the prepared database, with the Redis cache or the file cache."""
    workdir, paths = prepared
    shutil.copyfile(workdir / "db.sqlite3", tmp_path / "db.sqlite3")
    env = site_env(tmp_path)
    with cache_server(request.param, tmp_path) as redis_url:
        env["REDIS_URL"] = redis_url
        env = {**env, "WEB_CONCURRENCY": str(WORKERS), "GUNICORN_THREADS": "1"}
        with running_gunicorn(env, tmp_path / "gunicorn.log") as port:
            yield request.param, port, paths, tmp_path / "db.sqlite3"


@contextmanager
def cache_server(kind, workdir):
    if kind != "redis":
        yield ""
        return
    if shutil.which("redis-server") is None:
        pytest.fail("redis-server is not installed: `make test` installs Debian's redis-server")
    with running_redis(workdir) as url:
        yield url


def test_parallel_posts_from_one_address_are_accepted_exactly_up_to_the_limit(site, capsys):
    """Two forms, 20 posts at once to each; then a post in an unknown character set and one too big."""
    cache, port, paths, database = site
    started = time.perf_counter()

    feedback = {}  # marker: the answer that holds it
    for _ in range(PARALLEL_POSTS):
        marker = f"parallel-{uuid.uuid4().hex}"
        feedback[marker] = {"how_could_we_make_the_site_better": f"More about breaks, please. {marker}"}
    feedback_statuses = post_all_at_once(Browser(port, paths["feedback"]), feedback)

    access = {}
    for number in range(PARALLEL_POSTS):
        marker = f"parallel-{uuid.uuid4().hex}"
        access[marker] = {
            "name": f"Nurse {number}",
            "email": f"nurse{number}@nhs.net",
            "job_title": "Ward nurse",
            "organisation": "Queen's Hospital",
            "reason": f"To share leaflets with families. {marker}",
        }
    access_statuses = post_all_at_once(Browser(port, "/professionals/request-access/"), access)
    seconds = time.perf_counter() - started

    stored_feedback = stored_markers(
        database, "SELECT form_data FROM wagtailforms_formsubmission WHERE page_id = ?", paths["feedback_id"]
    )
    stored_requests = stored_markers(database, "SELECT reason FROM resources_accessrequest")
    figures = {
        "cache": cache,
        "gunicorn workers": WORKERS,
        "seconds for 2 x 20 posts": round(seconds, 1),
        f"feedback (limit {FEEDBACK_LIMIT}): statuses": dict(collections.Counter(feedback_statuses.values())),
        f"access requests (limit {ACCESS_REQUEST_LIMIT}): statuses": dict(
            collections.Counter(access_statuses.values())
        ),
        "feedback rows / access request rows stored": [sum(stored_feedback.values()), sum(stored_requests.values())],
    }
    with capsys.disabled():
        print(f"\nParallel posts ({cache} cache):\n" + json.dumps(figures, indent=2))

    for statuses, limit, stored in (
        (feedback_statuses, FEEDBACK_LIMIT, stored_feedback),
        (access_statuses, ACCESS_REQUEST_LIMIT, stored_requests),
    ):
        accepted = {marker for marker, status in statuses.items() if status == "accepted"}
        # Exactly the limit accepted; every other post was told to try later (429), none failed.
        assert len(accepted) == limit, statuses
        assert collections.Counter(statuses.values()) == {"accepted": limit, 429: PARALLEL_POSTS - limit}
        # Each accepted post is stored once, and nothing refused is stored.
        assert stored == collections.Counter({marker: 1 for marker in accepted})

    # The same servers refuse a post in a character set they cannot read (400) or too big (413), with a page.
    refused_before = sum(stored_feedback.values())
    browser = Browser(port, paths["feedback"])
    for charset in ("bogus", "latin-1"):
        answer = {"how_could_we_make_the_site_better": f"parallel-{uuid.uuid4().hex}"}
        status, _headers, html = browser.post(answer, f"application/x-www-form-urlencoded; charset={charset}")
        assert status == 400, charset
        assert "Sorry, we could not read what was sent" in html
    # Only the headers are sent: the site answers from them, without waiting for the body.
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(ADDRESS, 0))
    try:
        connection.putrequest("POST", paths["feedback"])
        connection.putheader("Content-Type", "application/x-www-form-urlencoded")
        connection.putheader("Content-Length", str(settings.PUBLIC_POST_MAX_SIZE + 1))
        connection.endheaders()
        response = connection.getresponse()
        status, html = response.status, response.read().decode()
    finally:
        connection.close()
    assert status == 413
    assert "What you sent is too long" in html
    stored_now = stored_markers(database, "SELECT form_data FROM wagtailforms_formsubmission")
    assert sum(stored_now.values()) == refused_before
