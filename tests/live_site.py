"""A site served as in production, for system tests: gunicorn with the repository's config (site/gunicorn.py) and the
environment a test gives it, plus the manage.py commands that prepare its database and static files."""

import http.client
import os
import secrets
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from carers_site.dev.local_servers import free_port, log_tail, stop_process_group

REPO = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
WORKERS = 3


def production_env(workdir, database_url, redis_url):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "SEARCH_", "MEDIA_", "AWS_", "EMAIL_", "GUNICORN_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="carers_site.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",  # plain HTTP on loopback, as the benchmark does
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        SEARCH_URL="",
        STATIC_ROOT=str(workdir / "static"),
        MEDIA_STORAGE="filesystem",
        MEDIA_ROOT=str(workdir / "media"),
        WEB_CONCURRENCY=str(WORKERS),
        PYTHONUNBUFFERED="1",  # gunicorn's access log, read by the test, is written as each request ends
    )
    return env


def manage_process(env, *args, **kwargs):
    return subprocess.Popen(
        [PYTHON, "manage.py", *args],
        cwd=REPO,
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,
    )


def finish(process, what, timeout=300):
    stdout, stderr = process.communicate(timeout=timeout)
    assert process.returncode == 0, f"{what} failed:\n{stderr[-3000:]}"
    return stdout


@contextmanager
def running_gunicorn(env, log):
    port = free_port()
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}"}
    command = [PYTHON, "-m", "gunicorn", "-c", "python:carers_site.gunicorn", "carers_site.wsgi:application"]
    with open(log, "w") as log_file:
        process = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if answers(port, "/") == 200:
                    break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"gunicorn did not start:\n{log_tail(log)}")
            time.sleep(0.3)
        yield port
    finally:
        stop_process_group(process)


def answers(port, path):
    """The status of one GET, or None when nothing answered."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path)
        return connection.getresponse().status
    except OSError:
        return None
    finally:
        connection.close()
