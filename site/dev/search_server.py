"""Fetch, start and stop a real Elasticsearch (or OpenSearch) server on 127.0.0.1, for the tests and by hand.

    python -m carers_site.dev.search_server fetch            # download both into the cache (needs Maven and Java 17)
    python -m carers_site.dev.search_server run              # Elasticsearch on port 9200; Ctrl-C stops it
    python -m carers_site.dev.search_server run --engine opensearch
    python -m carers_site.dev.search_server run --nodes 2    # a two-node cluster on free ports (for trying failover)

Both servers are the integration-test zips on Maven Central. Elasticsearch's zip lacks the ``analysis-common``
module (n-grams for autocomplete, accent folding, synonyms) that Wagtail's index settings use, and that module is
not published, so our own small plugin (site/dev/elasticsearch_analysis/) is compiled against the jars in the zip
and added; a production Elasticsearch has the module built in. OpenSearch publishes its module, which is added as is.

Downloads and the compiled plugin are cached in ``$CARERS_CACHE`` (default ``~/.cache/carers-directory``), outside
the repo. Neither server runs as root, so when run as root the server runs as a system user it creates.
"""

import argparse
import concurrent.futures
import contextlib
import hashlib
import json
import os
import pwd
import re
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

CACHE = Path(os.environ.get("CARERS_CACHE", Path.home() / ".cache" / "carers-directory"))
SERVICE_USER = "carers-search"

#: Java's quick compiler only: starts the server about twice as fast on two busy cores, runs queries a little
#: slower. For tests, not for benchmarks.
QUICK_START = "-XX:TieredStopAtLevel=1"
#: Where ``in_memory=True`` puts a node's files: the server syncs its cluster state to disk on every index or
#: mapping change, and the tests make many (each Wagtail reindex about 50); in memory they take half the time.
MEMORY_DIR = Path("/dev/shm")


@dataclass(frozen=True)
class Engine:
    name: str
    label: str
    version: str
    #: How this engine says "master": in its _cat endpoint, its bootstrap setting and its timeout parameter.
    manager_word: str
    #: -E settings every node gets.
    settings: dict = field(default_factory=dict)

    @property
    def folder(self):
        return f"{self.name}-{self.version}"

    @property
    def archive(self):
        return CACHE / f"{self.folder}.zip"

    @property
    def artifact(self):
        return f"org.{self.name}.distribution.integ-test-zip:{self.name}:{self.version}:zip"

    @property
    def env_prefix(self):
        return "ES" if self.name == "elasticsearch" else "OPENSEARCH"


ELASTICSEARCH = Engine(
    name="elasticsearch",
    label="Elasticsearch",
    version="8.19.7",
    manager_word="master",
    settings={"xpack.security.enabled": "false"},  # the zip has x-pack security; plain HTTP on loopback
)
OPENSEARCH = Engine(name="opensearch", label="OpenSearch", version="2.19.1", manager_word="cluster_manager")
ENGINES = {engine.name: engine for engine in (ELASTICSEARCH, OPENSEARCH)}

OPENSEARCH_ANALYSIS = f"org.opensearch.plugin:analysis-common:{OPENSEARCH.version}"
OPENSEARCH_ANALYSIS_JAR = CACHE / f"analysis-common-{OPENSEARCH.version}.jar"
OPENSEARCH_ANALYSIS_DESCRIPTOR = f"""\
description=Common analysis: synonyms, n-grams, stemming
version={OPENSEARCH.version}
name=analysis-common
classname=org.opensearch.analysis.common.CommonAnalysisPlugin
java.version=11
opensearch.version={OPENSEARCH.version}
custom.foldername=analysis-common
"""

PLUGIN_NAME = "carers-analysis"
PLUGIN_SOURCE = Path(__file__).with_name("elasticsearch_analysis")
#: The jars in Elasticsearch's lib/ the plugin is compiled against (the server provides them at run time).
PLUGIN_CLASSPATH = (
    "elasticsearch-plugin-api-",
    "elasticsearch-plugin-analysis-api-",
    "lucene-analysis-common-",
    "lucene-core-",
)
COMPONENT = re.compile(r'@NamedComponent\("([^"]+)"\)\s+public static final class (\w+) implements (\w+)')


def say(message):
    print(f"[search server] {message}", file=sys.stderr, flush=True)


def engine_named(engine):
    if isinstance(engine, Engine):
        return engine
    try:
        return ENGINES[engine]
    except KeyError:
        raise ValueError(f"unknown search engine {engine!r}: use one of {', '.join(ENGINES)}") from None


def maven_copy(artifact, target):
    if target.exists():
        return target
    if shutil.which("mvn") is None:
        raise RuntimeError("Maven (mvn) is needed to download the search server; install it or set CARERS_CACHE.")
    say(f"downloading {artifact} with Maven (50 to 100 MB the first time)...")
    CACHE.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["mvn", "-q", "-B", "dependency:copy", f"-Dartifact={artifact}", f"-DoutputDirectory={CACHE}"], check=True
    )
    if not target.exists():
        raise RuntimeError(f"Maven did not produce {target}")
    return target


def fetch(engines=tuple(ENGINES)):
    """Download each engine's server (and OpenSearch's analysis module) from Maven Central, once; build our
    Elasticsearch plugin. Returns the cached files."""
    files = []
    for engine in map(engine_named, engines):
        files.append(maven_copy(engine.artifact, engine.archive))
        if engine is OPENSEARCH:
            files.append(maven_copy(OPENSEARCH_ANALYSIS, OPENSEARCH_ANALYSIS_JAR))
        else:
            files.append(analysis_plugin())
    return files


def java_home():
    if os.environ.get("JAVA_HOME"):
        return os.environ["JAVA_HOME"]
    java = shutil.which("java")
    if java is None:
        raise RuntimeError("Java 17 or newer is needed to run the search server.")
    return str(Path(os.path.realpath(java)).parent.parent)


def plugin_sources():
    return sorted((PLUGIN_SOURCE / "src").rglob("*.java"))


def analysis_plugin():
    """Our analysis plugin's jar, compiled against this Elasticsearch version's jars once per change of its source
    (about 3 s) and cached."""
    digest = hashlib.sha256(ELASTICSEARCH.version.encode())
    for path in plugin_sources():
        digest.update(path.relative_to(PLUGIN_SOURCE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    jar = CACHE / f"{PLUGIN_NAME}-{ELASTICSEARCH.version}-{digest.hexdigest()[:16]}.jar"
    if jar.exists():
        return jar
    archive = maven_copy(ELASTICSEARCH.artifact, ELASTICSEARCH.archive)
    javac = Path(java_home()) / "bin" / "javac"
    if not javac.exists():
        javac = shutil.which("javac")
        if javac is None:
            raise RuntimeError("A Java 17 JDK (javac) is needed to build the Elasticsearch analysis plugin.")
    say(f"compiling {PLUGIN_NAME} for Elasticsearch {ELASTICSEARCH.version}...")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="carers-plugin-") as scratch:
        scratch = Path(scratch)
        with zipfile.ZipFile(archive) as server:
            lib = f"{ELASTICSEARCH.folder}/lib/"
            members = [
                name
                for name in server.namelist()
                if name.startswith(lib) and name.endswith(".jar") and Path(name).name.startswith(PLUGIN_CLASSPATH)
            ]
            classpath = [server.extract(name, scratch) for name in members]
        classes = scratch / "classes"
        command = [str(javac), "--release", "17", "-nowarn", "-d", str(classes), "-cp", os.pathsep.join(classpath)]
        subprocess.run([*command, *map(str, plugin_sources())], check=True)
        built = scratch / "plugin.jar"
        with zipfile.ZipFile(built, "w", zipfile.ZIP_DEFLATED) as out:
            for path in sorted(classes.rglob("*.class")):
                out.write(path, path.relative_to(classes).as_posix())
        CACHE.mkdir(parents=True, exist_ok=True)
        shutil.copy(built, f"{jar}.partial")
        os.replace(f"{jar}.partial", jar)  # another process building at the same time writes the same bytes
    say(f"compiled {jar.name} in {time.monotonic() - started:.1f}s")
    return jar


def named_components():
    """{stable API interface: {component name: class}}, read from the @NamedComponent classes in the source."""
    components = {}
    for path in plugin_sources():
        text = path.read_text()
        package = re.search(r"^package ([\w.]+);", text, re.MULTILINE).group(1)
        for name, nested, interface in COMPONENT.findall(text):
            by_name = components.setdefault(f"org.elasticsearch.plugin.analysis.{interface}", {})
            by_name[name] = f"{package}.{path.stem}${nested}"
    return components


def add_analysis(engine, home):
    """Put the analysis components Wagtail's index settings use into an unpacked server."""
    if engine is OPENSEARCH:
        module = home / "modules" / "analysis-common"
        module.mkdir(parents=True, exist_ok=True)
        shutil.copy(OPENSEARCH_ANALYSIS_JAR, module)
        (module / "plugin-descriptor.properties").write_text(OPENSEARCH_ANALYSIS_DESCRIPTOR)
        return
    plugin = home / "plugins" / PLUGIN_NAME
    plugin.mkdir(parents=True, exist_ok=True)
    shutil.copy(analysis_plugin(), plugin / f"{PLUGIN_NAME}.jar")
    (plugin / "named_components.json").write_text(json.dumps(named_components(), indent=2))
    (plugin / "stable-plugin-descriptor.properties").write_text(
        f"description=Analysis components for the tests' Elasticsearch (n-grams, folding, synonyms, stemming)\n"
        f"version=1.0\nname={PLUGIN_NAME}\nelasticsearch.version={ELASTICSEARCH.version}\njava.version=17\n"
    )


def run_as_service_user():
    """Root may not run the server: use (and if needed create) an unprivileged system user."""
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


def server_version(url, timeout=5):
    """The version a node reports (from _nodes: Elasticsearch's test zip answers 405 to GET /)."""
    nodes = get_json(f"{url}/_nodes/_local?filter_path=nodes.*.version", timeout=timeout)["nodes"]
    return next(iter(nodes.values()))["version"]


def install(engine, workdir):
    """Unpack the server with its analysis components into workdir; returns the server's home folder."""
    home = workdir / engine.folder
    with zipfile.ZipFile(engine.archive) as archive:
        archive.extractall(workdir)
    for script in (home / "bin").iterdir():
        script.chmod(0o755)
    add_analysis(engine, home)
    return home


@dataclass
class Node:
    """One server process, in its own folder (server files, data, logs) and its own process group."""

    name: str
    workdir: Path
    engine: Engine = ELASTICSEARCH
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
        engine = self.engine
        home = self.workdir / engine.folder
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
            # A test machine's disk may be fuller than the server likes; it would then refuse to place shards.
            "cluster.routing.allocation.disk.threshold_enabled": "false",
            **engine.settings,
            **settings,
        }
        command = [str(home / "bin" / engine.name)]
        for key, value in settings.items():
            command += ["-E", f"{key}={value}"]
        if user:
            subprocess.run(["chown", "-R", user, str(self.workdir)], check=True)
            self.workdir.chmod(0o755)
            # setpriv execs the server itself: SIGTERM reaches it directly and it shuts down in its own time
            # (util-linux's su and runuser SIGKILL their child 2 s after passing SIGTERM on).
            command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--init-groups", *command]
        prefix = engine.env_prefix
        env = {
            **os.environ,
            f"{prefix}_JAVA_HOME": java_home(),
            f"{prefix}_JAVA_OPTS": f"-Xms{heap} -Xmx{heap} {java_opts}".strip(),
            f"{prefix}_TMPDIR": str(self.workdir / "tmp"),  # saves the start script a Java run to make one
        }
        if engine is ELASTICSEARCH:
            env["CLI_JAVA_OPTS"] = java_opts  # the launcher JVM, which starts the server's and waits for it
        say(f"starting {engine.label} {engine.version} ({self.name}) on 127.0.0.1:{self.http_port}...")
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
            raise RuntimeError(f"{self.engine.label} {self.name} stopped while starting:\n{log_tail(self.console_log)}")


@dataclass
class Cluster:
    """Running nodes that form one cluster. ``urls`` is what SEARCH_URL lists."""

    nodes: list

    @property
    def engine(self):
        return self.nodes[0].engine

    @property
    def urls(self):
        return [node.url for node in self.nodes]

    def running_node(self):
        return next(node for node in self.nodes if node.running)

    def manager_rows(self, node=None, timeout="30s"):
        """What a node (by default any running one) says of the elected manager: _cat/master on Elasticsearch,
        _cat/cluster_manager on OpenSearch. Raises HTTPError when it has none to name within the timeout."""
        word = self.engine.manager_word
        url = (node or self.running_node()).url
        return get_json(f"{url}/_cat/{word}?format=json&{word}_timeout={timeout}", timeout=60)

    def cluster_manager(self):
        """The node elected as cluster manager (Elasticsearch still says "master")."""
        rows = self.manager_rows()
        return next(node for node in self.nodes if node.name == rows[0]["node"])

    def wait_for_green(self, timeout=60):
        """Wait until every node has joined and every shard, replicas included, is placed and started."""
        query = (
            f"wait_for_status=green&wait_for_nodes={len(self.nodes)}&wait_for_no_initializing_shards=true"
            f"&wait_for_no_relocating_shards=true&timeout={timeout}s"
        )
        status = get_json(f"{self.running_node().url}/_cluster/health?{query}", timeout=timeout + 5)
        if status["status"] != "green" or status["timed_out"]:
            raise RuntimeError(f"{self.engine.label} cluster is not green after {timeout}s: {status}")
        return status


def wait_until_healthy(nodes, ready, startup_timeout):
    """Poll the first node's health until ready(health) is true; fail early if a node exits.
    (Elasticsearch's test zip answers 405 to GET /, so the health endpoint is the sign of life.)"""
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
            raise RuntimeError(f"{nodes[0].engine.label} did not become healthy in {startup_timeout}s:\n{tails}")
        time.sleep(0.5)


@contextlib.contextmanager
def running_nodes(count, engine, in_memory=False):
    """Install count nodes (in parallel) in a throwaway folder and yield them for starting; afterwards stop them
    all (in parallel too) and delete the folder, whatever happened."""
    engine = engine_named(engine)
    fetch([engine])
    parent = MEMORY_DIR if in_memory and MEMORY_DIR.is_dir() else None
    workdir = Path(tempfile.mkdtemp(prefix=f"carers-{engine.name}-", dir=parent))
    nodes = [Node(f"node-{number}", workdir / f"node-{number}", engine) for number in range(1, count + 1)]
    try:
        with concurrent.futures.ThreadPoolExecutor(count) as pool:
            list(pool.map(install, [engine] * count, [node.workdir for node in nodes]))
        if run_as_service_user():
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
def running_server(port=None, heap="256m", startup_timeout=120, java_opts="", engine="elasticsearch", in_memory=False):
    """Start one node in a throwaway folder (in memory if asked, see MEMORY_DIR), wait until it is healthy, yield
    its URL, then stop it."""
    with running_nodes(1, engine, in_memory) as (node,):
        if port:
            node.http_port = port
        node.start({"discovery.type": "single-node"}, heap, run_as_service_user(), java_opts)
        wait_until_healthy([node], lambda state: state["status"] in ("green", "yellow"), startup_timeout)
        say(f"ready at {node.url}")
        yield node.url


@contextlib.contextmanager
def running_cluster(nodes=2, heap="256m", startup_timeout=150, java_opts=QUICK_START, engine="elasticsearch"):
    """Start a cluster of several nodes on loopback, all started at once; yield a Cluster once it is green.

    Every node is eligible to be cluster manager and holds data, so with one replica each holds a copy of
    every shard. Each node finds the others through their transport ports (discovery.seed_hosts), and the
    first manager is elected among all of them once they have met (cluster.initial_master_nodes on
    Elasticsearch, cluster.initial_cluster_manager_nodes on OpenSearch)."""
    with running_nodes(nodes, engine) as members:
        user = run_as_service_user()
        common = {
            "cluster.name": f"carers-test-{members[0].transport_port}",
            "discovery.seed_hosts": ",".join(f"127.0.0.1:{node.transport_port}" for node in members),
            f"cluster.initial_{members[0].engine.manager_word}_nodes": ",".join(node.name for node in members),
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
    parser.add_argument("--engine", choices=list(ENGINES), default="elasticsearch")
    parser.add_argument("--port", type=int, default=9200)
    parser.add_argument("--nodes", type=int, default=1, help="start a cluster of this many nodes on free ports")
    args = parser.parse_args(argv)
    if args.command == "fetch":
        for path in fetch():
            say(f"cached {path}")
        return
    with contextlib.ExitStack() as stack:
        if args.nodes > 1:
            url = ",".join(stack.enter_context(running_cluster(nodes=args.nodes, engine=args.engine)).urls)
        else:
            url = stack.enter_context(running_server(port=args.port, engine=args.engine))
        say(f"set SEARCH_URL={url} SEARCH_ENGINE={args.engine} and run `manage.py update_index`; press Ctrl-C to stop")
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)


if __name__ == "__main__":
    main()
