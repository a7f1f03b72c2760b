"""Servers started on 127.0.0.1 for the tests and the benchmarks: a free port, a throwaway Redis, stopping them.

The search server (site/dev/search_server.py) and PostgreSQL (postgres_server.py) have modules of their own; they
share the port finder here.
"""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stop_process_group(process, timeout=30, stop_signal=signal.SIGTERM):
    """Signal the process and its children (started with start_new_session), then SIGKILL if they hang."""
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, stop_signal)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def log_tail(path, characters=3000):
    return path.read_text(errors="replace")[-characters:] if path.exists() else "(no log)"


@contextlib.contextmanager
def running_redis(workdir):
    """A Redis server (Debian's redis-server) on a free loopback port with nothing saved to disk; yields its URL."""
    import redis

    port = free_port()
    log = workdir / "redis.log"
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    command += ["--dir", str(workdir), "--logfile", str(log), "--daemonize", "no"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        client = redis.Redis.from_url(url)
        deadline = time.monotonic() + 20
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"Redis did not start:\n{log_tail(log)}") from None
                time.sleep(0.1)
        print(f"[redis] {client.info('server')['redis_version']} on 127.0.0.1:{port}", file=sys.stderr, flush=True)
        yield url
    finally:
        stop_process_group(process)
