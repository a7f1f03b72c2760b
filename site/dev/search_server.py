"""Fetch, start and stop a real OpenSearch server on 127.0.0.1, for the tests and for trying search by hand.

    python -m carers_site.dev.search_server fetch        # download into the cache (needs Maven and Java 17)
    python -m carers_site.dev.search_server run          # start one on port 9200; Ctrl-C stops it
    python -m carers_site.dev.search_server run --nodes 2  # a two-node cluster on free ports (for trying failover)

Why OpenSearch: Maven Central has Elasticsearch's integration-test zip, but it ships without the
``analysis-common`` module that Wagtail's index settings need (edge n-grams for autocomplete, synonyms).
OpenSearch publishes both its integration-test zip and that module, so the project runs a real server
built only from Maven Central. Wagtail talks to it through ``wagtail.search.backends.opensearch2``.

The downloads are cached in ``$CARERS_CACHE`` (default ``~/.cache/carers-directory``), outside the repo.
OpenSearch refuses to run as root, so when run as root the server runs as a system user it creates.
"""

import argparse
import concurrent.futures
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
from dataclasses import dataclass, field
from pathlib import Path

from carers_site.dev.local_servers import free_port, log_tail, stop_process_group

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

#: Java's quick compiler only: starts OpenSearch about twice as fast on two busy cores, runs queries a little
#: slower. For tests, not for benchmarks.
QUICK_START = "-XX:TieredStopAtLevel=1"


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


def get_json(url, timeout=2):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.load(response)


def health(url, timeout=2):
    return get_json(f"{url}/_cluster/health", timeout=timeout)["status"]


def install(workdir):
    """Unpack the server and add the analysis module into workdir; returns the server's home folder."""
    server_zip, analysis_jar = fetch()
    home = workdir / f"opensearch-{VERSION}"
    with zipfile.ZipFile(server_zip) as archive:
        archive.extractall(workdir)
    for script in (home / "bin").iterdir():
        script.chmod(0o755)
    module = home / "modules" / "analysis-common"
    module.mkdir(parents=True, exist_ok=True)
    shutil.copy(analysis_jar, module)
    (module / "plugin-descriptor.properties").write_text(ANALYSIS_DESCRIPTOR)
    return home


@dataclass
class Node:
    """One OpenSearch process, in its own folder (server files, data, logs) and its own process group."""

    name: str
    workdir: Path
    http_port: int = field(default_factory=free_port)
    transport_port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def console_log(self):
        return self.workdir / "console.log"

    @property
    def running(self):
        return self.process is not None and self.process.poll() is None

    def start(self, settings, heap, user, java_opts=""):
        """Start the node (without waiting for it) with these -E settings."""
        home = self.workdir / f"opensearch-{VERSION}"
        for folder in ("data", "logs", "tmp"):
            (self.workdir / folder).mkdir(exist_ok=True)
        settings = {
            "node.name": self.name,
            "network.host": "127.0.0.1",
            "http.port": self.http_port,
            "transport.port": self.transport_port,
            "path.data": self.workdir / "data",
            "path.logs": self.workdir / "logs",
            "action.auto_create_index": "true",
            # A test machine's disk may be fuller than OpenSearch likes; it would then refuse to place shards.
            "cluster.routing.allocation.disk.threshold_enabled": "false",
            **settings,
        }
        command = [str(home / "bin" / "opensearch")]
        for key, value in settings.items():
            command += ["-E", f"{key}={value}"]
        if user:
            subprocess.run(["chown", "-R", user, str(self.workdir)], check=True)
            self.workdir.chmod(0o755)
            command = ["runuser", "-u", user, "--", *command]
        env = {
            **os.environ,
            "OPENSEARCH_JAVA_HOME": java_home(),
            "OPENSEARCH_JAVA_OPTS": f"-Xms{heap} -Xmx{heap} {java_opts}".strip(),
            "OPENSEARCH_TMPDIR": str(self.workdir / "tmp"),  # saves the start script a Java run to make one
        }
        say(f"starting OpenSearch {VERSION} ({self.name}) on 127.0.0.1:{self.http_port}...")
        with open(self.console_log, "wb") as log:
            self.process = subprocess.Popen(
                command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )

    def stop(self, stop_signal=signal.SIGTERM, timeout=30):
        """Stop the node and everything it started; SIGKILL imitates a crash."""
        if self.process is not None:
            stop_process_group(self.process, timeout=timeout, stop_signal=stop_signal)

    def check_alive(self):
        if self.process is not None and self.process.poll() is not None:
            raise RuntimeError(f"OpenSearch {self.name} stopped while starting:\n{log_tail(self.console_log)}")


@dataclass
class Cluster:
    """Running OpenSearch nodes that form one cluster. ``urls`` is what SEARCH_URL lists."""

    nodes: list

    @property
    def urls(self):
        return [node.url for node in self.nodes]

    def running_node(self):
        return next(node for node in self.nodes if node.running)

    def cluster_manager(self):
        """The node elected as cluster manager (the old word is "master")."""
        rows = get_json(f"{self.running_node().url}/_cat/cluster_manager?format=json")
        return next(node for node in self.nodes if node.name == rows[0]["node"])

    def wait_for_green(self, timeout=60):
        """Wait until every node has joined and every shard, replicas included, is placed and started."""
        query = (
            f"wait_for_status=green&wait_for_nodes={len(self.nodes)}&wait_for_no_initializing_shards=true"
            f"&wait_for_no_relocating_shards=true&timeout={timeout}s"
        )
        status = get_json(f"{self.running_node().url}/_cluster/health?{query}", timeout=timeout + 5)
        if status["status"] != "green" or status["timed_out"]:
            raise RuntimeError(f"OpenSearch cluster is not green after {timeout}s: {status}")
        return status


def wait_until_healthy(nodes, ready, startup_timeout):
    """Poll the first node's health until ready(health) is true; fail early if a node exits."""
    deadline = time.monotonic() + startup_timeout
    while True:
        try:
            if ready(get_json(f"{nodes[0].url}/_cluster/health")):
                return
        except OSError:  # not listening yet, or (HTTP 503) no cluster manager elected yet
            pass
        for node in nodes:
            node.check_alive()
        if time.monotonic() > deadline:
            tails = "\n".join(f"--- {node.name}\n{log_tail(node.console_log, 1500)}" for node in nodes)
            raise RuntimeError(f"OpenSearch did not become healthy in {startup_timeout}s:\n{tails}")
        time.sleep(0.5)


@contextlib.contextmanager
def running_nodes(count):
    """Install count nodes (in parallel) in a throwaway folder and yield them for starting; afterwards stop them
    all (in parallel too) and delete the folder, whatever happened."""
    workdir = Path(tempfile.mkdtemp(prefix="carers-search-"))
    nodes = [Node(f"node-{number}", workdir / f"node-{number}") for number in range(1, count + 1)]
    try:
        with concurrent.futures.ThreadPoolExecutor(count) as pool:
            list(pool.map(install, [node.workdir for node in nodes]))
        user = run_as_service_user()
        if user:
            workdir.chmod(0o755)
        yield nodes
    finally:
        for node in nodes:  # signal all first, so they shut down in parallel
            if node.running:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(node.process.pid, signal.SIGTERM)
        for node in nodes:
            node.stop()
        shutil.rmtree(workdir, ignore_errors=True)


@contextlib.contextmanager
def running_server(port=None, heap="256m", startup_timeout=120, java_opts=""):
    """Start one OpenSearch node in a throwaway folder, wait until it is healthy, yield its URL, then stop it."""
    with running_nodes(1) as (node,):
        if port:
            node.http_port = port
        node.start({"discovery.type": "single-node"}, heap, run_as_service_user(), java_opts)
        wait_until_healthy([node], lambda state: state["status"] in ("green", "yellow"), startup_timeout)
        say(f"ready at {node.url}")
        yield node.url


@contextlib.contextmanager
def running_cluster(nodes=2, heap="256m", startup_timeout=150, java_opts=QUICK_START):
    """Start a cluster of several nodes on loopback, all started at once; yield a Cluster once it is green.

    Every node is eligible to be cluster manager and holds data, so with one replica each holds a copy of
    every shard. Each node finds the others through their transport ports (discovery.seed_hosts).
    The cluster manager is elected among all of them once they have met (cluster.initial_cluster_manager_nodes)."""
    with running_nodes(nodes) as members:
        user = run_as_service_user()
        common = {
            "cluster.name": f"carers-test-{members[0].transport_port}",
            "discovery.seed_hosts": ",".join(f"127.0.0.1:{node.transport_port}" for node in members),
            "cluster.initial_cluster_manager_nodes": ",".join(node.name for node in members),
        }
        for node in members:
            node.start(common, heap, user, java_opts)
        count = len(members)
        wait_until_healthy(members, lambda state: state["number_of_nodes"] == count, startup_timeout)
        cluster = Cluster(members)
        cluster.wait_for_green()
        say(f"cluster of {count} ready at {','.join(cluster.urls)}")
        yield cluster


def stop_on_sigterm():
    """Turn SIGTERM (e.g. from `kill` or a CI timeout) into a normal exit, so the server is stopped too."""
    signal.signal(signal.SIGTERM, lambda *_args: sys.exit(143))


def main(argv=None):
    stop_on_sigterm()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["fetch", "run"])
    parser.add_argument("--port", type=int, default=9200)
    parser.add_argument("--nodes", type=int, default=1, help="start a cluster of this many nodes on free ports")
    args = parser.parse_args(argv)
    if args.command == "fetch":
        for path in fetch():
            say(f"cached {path}")
        return
    with contextlib.ExitStack() as stack:
        if args.nodes > 1:
            url = ",".join(stack.enter_context(running_cluster(nodes=args.nodes)).urls)
        else:
            url = stack.enter_context(running_server(port=args.port))
        say(f"set SEARCH_URL={url} and run `manage.py update_index`; press Ctrl-C to stop")
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)


if __name__ == "__main__":
    main()
