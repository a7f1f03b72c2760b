"""Fetch, start and stop a real OpenSearch server on 127.0.0.1, for the tests and for trying search by hand.

    python -m search.search_server fetch        # download into the cache (needs Maven and Java 17)
    python -m search.search_server run          # start one on a free port; Ctrl-C stops it

Why OpenSearch: Maven Central has Elasticsearch's integration-test zip, but it ships without the
``analysis-common`` module that Wagtail's index settings need (edge n-grams for autocomplete, synonyms).
OpenSearch publishes both its integration-test zip and that module, so the project runs a real server
built only from Maven Central. Wagtail talks to it through ``wagtail.search.backends.opensearch2``.

The downloads are cached in ``$CARERS_CACHE`` (default ``~/.cache/carers-directory``), outside the repo.
OpenSearch refuses to run as root, so when run as root the server runs as a system user it creates.
"""

import argparse
import contextlib
import json
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
import zipfile
from pathlib import Path

from carers_site.local_servers import free_port

VERSION = "2.19.1"
SERVER_ARTIFACT = f"org.opensearch.distribution.integ-test-zip:opensearch:{VERSION}:zip"
ANALYSIS_ARTIFACT = f"org.opensearch.plugin:analysis-common:{VERSION}"
CACHE = Path(os.environ.get("CARERS_CACHE", Path.home() / ".cache" / "carers-directory"))
SERVICE_USER = "carers-search"
ANALYSIS_DESCRIPTOR = f"""\
description=Common analysis: synonyms, n-grams, stemming
version={VERSION}
name=analysis-common
classname=org.opensearch.analysis.common.CommonAnalysisPlugin
java.version=11
opensearch.version={VERSION}
custom.foldername=analysis-common
"""


def say(message):
    print(f"[search server] {message}", file=sys.stderr, flush=True)


def cached_files():
    return CACHE / f"opensearch-{VERSION}.zip", CACHE / f"analysis-common-{VERSION}.jar"


def fetch():
    """Download the server zip and the analysis module from Maven Central, once."""
    CACHE.mkdir(parents=True, exist_ok=True)
    for artifact, target in zip((SERVER_ARTIFACT, ANALYSIS_ARTIFACT), cached_files(), strict=True):
        if target.exists():
            continue
        if shutil.which("mvn") is None:
            raise RuntimeError("Maven (mvn) is needed to download OpenSearch; install it or set CARERS_CACHE.")
        say(f"downloading {artifact} with Maven (about 60 MB the first time)...")
        subprocess.run(
            ["mvn", "-q", "-B", "dependency:copy", f"-Dartifact={artifact}", f"-DoutputDirectory={CACHE}"],
            check=True,
        )
        if not target.exists():
            raise RuntimeError(f"Maven did not produce {target}")
    return cached_files()


def java_home():
    if os.environ.get("JAVA_HOME"):
        return os.environ["JAVA_HOME"]
    java = shutil.which("java")
    if java is None:
        raise RuntimeError("Java 11 or newer is needed to run OpenSearch (Java 17 is recommended).")
    return str(Path(os.path.realpath(java)).parent.parent)


def run_as_service_user():
    """Root may not run OpenSearch: use (and if needed create) an unprivileged system user."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(SERVICE_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVICE_USER], check=True
        )
    return SERVICE_USER


def health(url, timeout=2):
    with urllib.request.urlopen(f"{url}/_cluster/health", timeout=timeout) as response:
        return json.load(response)["status"]


@contextlib.contextmanager
def running_server(port=None, heap="256m", startup_timeout=120):
    """Start OpenSearch in a throwaway folder, wait until it is healthy, yield its URL, then stop it."""
    server_zip, analysis_jar = fetch()
    workdir = Path(tempfile.mkdtemp(prefix="carers-search-"))
    home = workdir / f"opensearch-{VERSION}"
    with zipfile.ZipFile(server_zip) as archive:
        archive.extractall(workdir)
    for script in (home / "bin").iterdir():
        script.chmod(0o755)
    module = home / "modules" / "analysis-common"
    module.mkdir(parents=True, exist_ok=True)
    shutil.copy(analysis_jar, module)
    (module / "plugin-descriptor.properties").write_text(ANALYSIS_DESCRIPTOR)
    (workdir / "data").mkdir()
    user = run_as_service_user()
    if user:
        subprocess.run(["chown", "-R", user, str(workdir)], check=True)
        workdir.chmod(0o755)
    port = port or free_port()
    command = [
        str(home / "bin" / "opensearch"),
        "-E", f"http.port={port}",
        "-E", "network.host=127.0.0.1",
        "-E", "discovery.type=single-node",
        "-E", f"path.data={workdir / 'data'}",
        "-E", f"path.logs={workdir / 'data'}",
        "-E", "action.auto_create_index=true",
    ]  # fmt: skip
    if user:
        command = ["runuser", "-u", user, "--", *command]
    env = {**os.environ, "OPENSEARCH_JAVA_HOME": java_home(), "OPENSEARCH_JAVA_OPTS": f"-Xms{heap} -Xmx{heap}"}
    log = open(workdir / "console.log", "wb")  # noqa: SIM115 - closed in finally
    say(f"starting OpenSearch {VERSION} on 127.0.0.1:{port}...")
    process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + startup_timeout
        while True:
            try:
                if health(url) in ("green", "yellow"):
                    break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                tail = (workdir / "console.log").read_text(errors="replace")[-2000:]
                raise RuntimeError(f"OpenSearch did not become healthy:\n{tail}")
            time.sleep(0.5)
        say(f"ready at {url}")
        yield url
    finally:
        if process.poll() is None:
            os.killpg(process.pid, 15)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, 9)
                process.wait()
        log.close()
        shutil.rmtree(workdir, ignore_errors=True)


def stop_on_sigterm():
    """Turn SIGTERM (e.g. from `kill` or a CI timeout) into a normal exit, so the server is stopped too."""
    signal.signal(signal.SIGTERM, lambda *_args: sys.exit(143))


def main(argv=None):
    stop_on_sigterm()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["fetch", "run"])
    parser.add_argument("--port", type=int, default=9200)
    args = parser.parse_args(argv)
    if args.command == "fetch":
        for path in fetch():
            say(f"cached {path}")
        return
    with running_server(port=args.port) as url:
        say(f"set SEARCH_URL={url} and run `manage.py update_index`; press Ctrl-C to stop")
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)


if __name__ == "__main__":
    main()
