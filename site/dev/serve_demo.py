"""Serve the site as `make run` does: runserver, with the audio worker and scheduled publishing beside it.

The worker's and the publisher's output goes to var/worker.log, so the terminal shows runserver's own lines and,
once the site answers, its address and the demo logins, last. Each child runs in a process group of its own, and
Ctrl-C (or SIGTERM) stops every group as a whole, so nothing is left running (not even a `sleep`).
"""

import os
import signal
import socket
import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from carers_site.dev.demo.loader import (
    DEMO_ADMIN_PASSWORD,
    DEMO_ADMIN_USERNAME,
    DEMO_EDITORIAL_TEAM,
    DEMO_PROFESSIONAL_PASSWORD,
    DEMO_PROFESSIONAL_USERNAME,
)
from carers_site.dev.local_servers import stop_process_group

#: How long runserver may take to answer (it checks the project first).
START_SECONDS = 120


def answers(host, port):
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


class Command(BaseCommand):
    help = (
        "Serve the site with runserver, the audio worker (manage.py db_worker) and scheduled publishing every few "
        "minutes (manage.py publish_scheduled, as cron does in production); print the address and the demo logins "
        "once it answers. Ctrl-C stops all of it. Run migrate and load_demo --with-admin first (make run does)."
    )

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000", help="host:port (default 127.0.0.1:8000)")
        parser.add_argument("--publish-every", type=int, default=300, help="seconds between publish_scheduled runs")

    def handle(self, *args, addrport, publish_every, **options):
        host, _, port = addrport.rpartition(":")
        host = host or "127.0.0.1"
        log_path = settings.BASE_DIR / "var" / "worker.log"
        log_path.parent.mkdir(exist_ok=True)
        children = []

        manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}  # runserver's lines in order, even into a pipe

        def start(*command, **output):
            child = subprocess.Popen([*manage, *command], env=env, start_new_session=True, **output)
            children.append(child)
            return child

        signal.signal(signal.SIGTERM, signal.default_int_handler)  # stopped like Ctrl-C: the children too
        with open(log_path, "a") as log:
            try:
                start("db_worker", "--backend", "audio", "--no-reload", stdout=log, stderr=subprocess.STDOUT)
                server = start("runserver", addrport)
                deadline = time.monotonic() + START_SECONDS
                while not answers(host, int(port)):
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise CommandError(f"runserver did not start on {addrport} (see above).")
                    time.sleep(0.2)
                time.sleep(0.5)  # runserver says where it serves just after it starts listening
                self.print_logins(f"http://{host}:{port}")
                while server.poll() is None:
                    publisher = start("publish_scheduled", stdout=log, stderr=subprocess.STDOUT)
                    publisher.wait()
                    children.remove(publisher)
                    next_run = time.monotonic() + publish_every
                    while server.poll() is None and time.monotonic() < next_run:
                        time.sleep(1)
                raise CommandError("runserver stopped.")
            except KeyboardInterrupt:
                self.stdout.write("\nStopping the site, the audio worker and the publisher...")
            finally:
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C does not cut the stopping short
                for child in reversed(children):
                    stop_process_group(child, timeout=10)

    def print_logins(self, address):
        admin, staff = f"{address}/admin/", f"{address}/_util/login/"
        logins = [
            (DEMO_ADMIN_USERNAME, DEMO_ADMIN_PASSWORD, admin, "change its password before others can reach the site"),
            *((name, password, admin, f"{group} group") for name, group, password in DEMO_EDITORIAL_TEAM),
            (DEMO_PROFESSIONAL_USERNAME, DEMO_PROFESSIONAL_PASSWORD, staff, "health and care staff, no admin"),
        ]
        width = max(len(f"{name} / {password}") for name, password, _url, _note in logins)
        self.stdout.write(self.style.SUCCESS(f"\nCarers Directory is running at {address}/ (Ctrl-C stops it)."))
        self.stdout.write("Demo logins:")
        for name, password, url, note in logins:
            self.stdout.write(f"  {f'{name} / {password}':<{width}}  {url}  ({note})")
        self.stdout.write("Audio drafts and scheduled publishing log to var/worker.log; the setup's to var/setup.log.")
        self.stdout.flush()
