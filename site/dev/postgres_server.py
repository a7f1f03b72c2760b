"""Start and stop a throwaway PostgreSQL server on 127.0.0.1, for the tests and the benchmark.

    python -m carers_site.dev.postgres_server run -- .venv/bin/pytest -m "not browser"
    python -m carers_site.dev.postgres_server run                 # start one; Ctrl-C stops it

``run`` makes a new cluster in a temporary folder with Debian's PostgreSQL (package ``postgresql``, which
``make test`` installs), starts it on a free port on 127.0.0.1 only, creates the ``carers`` database, runs the
command with ``DATABASE_URL`` pointing at it, then stops the server and deletes the folder. Nothing touches a
PostgreSQL the machine may already run. PostgreSQL refuses to run as root, so as root it runs as Debian's
``postgres`` user.
"""

import argparse
import contextlib
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from carers_site.dev.local_servers import free_port

DATABASE = "carers"
USER = "carers"
# For tests only: a crash may lose the throwaway data, which is fine, and it makes each test's
# transaction much cheaper. The benchmark runs without these, as production does.
FAST_UNSAFE_OPTIONS = ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]


def say(message):
    print(f"[postgres] {message}", file=sys.stderr, flush=True)


def bin_dir():
    """The newest installed Debian PostgreSQL's programs (/usr/lib/postgresql/<version>/bin)."""
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda path: int(path.parts[-3]))
    if not versions:
        raise RuntimeError("PostgreSQL is not installed: apt-get install postgresql (make test does this).")
    return versions[-1].parent


def as_server_user(command):
    """Run PostgreSQL's programs as ``postgres`` when we are root (initdb and postgres refuse root)."""
    if os.geteuid() != 0:
        return command
    pwd.getpwnam("postgres")  # KeyError with a clear name if the package did not create the user
    return ["runuser", "-u", "postgres", "--", *command]


@contextlib.contextmanager
def running_server(fast=False):
    """Yields the DATABASE_URL of a new, empty ``carers`` database on a server of our own."""
    programs = bin_dir()
    workdir = Path(tempfile.mkdtemp(prefix="carers-postgres-"))
    data, log = workdir / "data", workdir / "server.log"
    if os.geteuid() == 0:
        shutil.chown(workdir, "postgres", "postgres")
    port = free_port()
    options = ["-c", f"port={port}", "-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={workdir}"]
    if fast:
        options += FAST_UNSAFE_OPTIONS
    try:
        say(f"starting PostgreSQL {programs.parent.name} on 127.0.0.1:{port}")
        subprocess.run(
            as_server_user([str(programs / "initdb"), "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8"]),
            check=True,
            capture_output=True,
        )
        subprocess.run(
            as_server_user(
                [str(programs / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60", "-o", " ".join(options)]
                + ["start"]
            ),
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [str(programs / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", USER, DATABASE],
            check=True,
            capture_output=True,
        )
        yield f"postgres://{USER}@127.0.0.1:{port}/{DATABASE}"
    except subprocess.CalledProcessError as error:
        details = (error.stderr or b"").decode(errors="replace").strip()
        if log.exists():
            details += "\n" + log.read_text(errors="replace")[-2000:]
        raise RuntimeError(f"PostgreSQL did not start: {details}") from error
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(
                as_server_user([str(programs / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
                capture_output=True,
            )
            say("stopped")
        shutil.rmtree(workdir, ignore_errors=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description="A throwaway PostgreSQL server on 127.0.0.1.")
    parser.add_argument("action", choices=["run"])
    parser.add_argument("--fast", action="store_true", help="turn off fsync (for tests)")
    argv = sys.argv[1:] if argv is None else argv
    # Everything after "--" is the command to run with DATABASE_URL set.
    command = argv[argv.index("--") + 1 :] if "--" in argv else []
    args = parser.parse_args(argv[: argv.index("--")] if "--" in argv else argv)
    # Stop the server on Ctrl-C or a CI timeout, not only at the end.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    with running_server(fast=args.fast) as url:
        if not command:
            say(f"DATABASE_URL={url}  (Ctrl-C stops it)")
            with contextlib.suppress(KeyboardInterrupt):
                signal.pause()
            return 0
        return subprocess.run(command, env={**os.environ, "DATABASE_URL": url}).returncode


if __name__ == "__main__":
    sys.exit(main())
