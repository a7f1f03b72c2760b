"""gunicorn settings for production, from environment variables.

    gunicorn -c python:carers_site.gunicorn carers_site.wsgi:application

GUNICORN_BIND       where to listen (default 127.0.0.1:8000; a reverse proxy in front ends HTTPS)
WEB_CONCURRENCY     worker processes (default: 2 per CPU core plus 1)
GUNICORN_THREADS    threads per worker (default 1; more helps when pages wait on the database or search server)
GUNICORN_TIMEOUT    seconds before a stuck worker is restarted (default 30)
FORWARDED_ALLOW_IPS proxies trusted to say the visitor's address and scheme (default 127.0.0.1)
"""

import multiprocessing
import os
import sys

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = "gthread" if threads > 1 else "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Restart each worker now and then, so a slow leak can never build up; the jitter stops all restarting at once.
max_requests = 2000
max_requests_jitter = 200
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Start-up fails fast and loudly (bad settings, missing SECRET_KEY) instead of in every worker.
preload_app = True
accesslog = "-" if os.environ.get("GUNICORN_ACCESS_LOG", "1") == "1" else None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Worker heartbeat files in memory, not on a possibly slow disk.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None


def worker_exit(server, worker):
    """A worker stopping (restarted after max_requests, a deploy, a timeout) first writes the page views it has
    counted and not written yet (carers_site/reports/measures.py). Not if the app never loaded: there is nothing
    to write."""
    measures = sys.modules.get("carers_site.reports.measures")
    if measures is not None:
        measures.flush_at_exit()
