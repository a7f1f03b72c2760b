"""Cold render against a peer: our pages beside wagtail/bakerydemo's home page, on the same machine in one run.

    make benchmark-site BENCHMARK_ARGS="--peer --peer-source ~/src/bakerydemo"
    .venv/bin/python -m carers_site.dev.benchmark --peer --peer-source DIR   # DIR: a clone of wagtail/bakerydemo
    .venv/bin/python -m carers_site.dev.benchmark --peer                     # again, with the peer built last time

bakerydemo is not published on a package registry, so it is taken from a folder: ``--peer-source DIR`` (or the
``BAKERYDEMO_SOURCE`` variable), a git clone (``git clone https://github.com/wagtail/bakerydemo``; a bare mirror
works too) or an unpacked copy of its source. Its HEAD is exported and built once under
``var/benchmark/peer/``: a virtualenv with its requirements as published (requirements/production.txt, less
uWSGI: both sites are served by our version of gunicorn here), ``migrate``, its own ``load_initial_data`` and
``collectstatic``. Django 6 needs Python 3.12 or later: ``--peer-python``, else the first of python3.12,
python3.13 and pyenv's versions that runs, else ours; with a Python older than 3.12, Django is held at 5.2, which
the output and the JSON then say. The build is kept and used again until ``--peer-rebuild`` or a source at
another commit.

Both sites then run side by side under the same conditions: production settings (DEBUG off; bakerydemo's
``bakerydemo.settings.production``, which adds no cache middleware), SQLite, a Redis cache of its own each,
gunicorn with 2 sync workers on 127.0.0.1, and the same wrk load (threads, connections, duration, warm-up,
a browser's headers). Our page cache is off (PAGE_CACHE_SECONDS=0), so every request renders the page. Our
database is made as for the main benchmark (migrate, load_demo, generated services; no search index: these pages
do not search). For each of our home, guidance, service and directory (filtered by borough) pages, the runs are
interleaved three times (ours, peer's home, ours, peer's home, ours, peer's home); the ratio is the median of our
requests per second over the median of the peer's. Each run also records the server's CPU time per request (its
workers', from /proc), and the table gives that ratio too: other work on the machine slows both sites' requests
per second a lot but changes their CPU time per request much less. It prints a table and writes
``var/benchmark/benchmark-peer-<date>.json``. About 8 minutes on 2 cores once the peer is built (building it takes
a minute or two more). Other work on the machine makes the figures noisy: the load average is recorded.
"""

import contextlib
import datetime
import importlib.metadata
import json
import os
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from carers_site.dev import benchmark
from carers_site.dev.local_servers import free_port, log_tail, running_redis, stop_process_group

PEER_DIR = benchmark.REPO / "var" / "benchmark" / "peer"
PEER_PAGES = ("home", "guidance", "service", "directory")
ROUNDS = 3
TARGET_RATIO = 2
WORKERS = 2
HOW_TO_GET_IT = (
    "bakerydemo's source is needed once: on a machine with internet, "
    "`git clone https://github.com/wagtail/bakerydemo`, then pass the folder with --peer-source DIR "
    "(or BAKERYDEMO_SOURCE=DIR). It is not on PyPI or npm."
)
#: The only variables of ours the peer sees: the rest (DATABASE_URL, REDIS_URL, ...) would change how it runs.
PEER_ENV_KEEP = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR")


def say(message):
    print(f"[benchmark --peer] {message}", file=sys.stderr, flush=True)


# Building the peer ---------------------------------------------------------------------------------------------


def is_new_enough(python):
    """Whether this Python runs and is 3.12+ (Django 6's minimum); a pyenv shim may say "command not found"."""
    check = [str(python), "-c", "import sys; sys.exit(sys.version_info < (3, 12))"]
    return subprocess.run(check, capture_output=True).returncode == 0


def newer_python():
    """A Python 3.12+ (bakerydemo names 3.12): on the PATH, else pyenv's; or None."""
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    candidates = [shutil.which(name) for name in ("python3.12", "python3.13")]
    candidates += sorted(pyenv_root.glob("versions/3.1[2-9]*/bin/python"))
    return next((str(python) for python in filter(None, candidates) if is_new_enough(python)), None)


def source_commit(source):
    output = subprocess.run(["git", "-C", str(source), "rev-parse", "HEAD"], capture_output=True, text=True)
    return output.stdout.strip() if output.returncode == 0 else None


def export_source(source, target):
    """HEAD of a git clone (or bare mirror), else the folder as it is, into target."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    if source_commit(source):
        archive = subprocess.Popen(["git", "-C", str(source), "archive", "HEAD"], stdout=subprocess.PIPE)
        subprocess.run(["tar", "-x", "-C", str(target)], stdin=archive.stdout, check=True)
        if archive.wait() != 0:
            raise RuntimeError(f"git archive failed in {source}")
    else:
        shutil.copytree(source, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".git", "node_modules"))


def peer_env(redis_url=""):
    """bakerydemo's production settings on SQLite, plain HTTP on loopback."""
    env = {key: os.environ[key] for key in PEER_ENV_KEEP if key in os.environ}
    env.update(
        DJANGO_SETTINGS_MODULE="bakerydemo.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DATABASE_URL=f"sqlite:///{PEER_DIR / 'bakerydemo.sqlite3'}",
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="False",
        DJANGO_LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    if redis_url:
        env["REDIS_URL"] = redis_url  # its settings add the database number themselves
    return env


def build_peer(source, python):
    """Export, virtualenv, requirements, migrate, load_initial_data, collectstatic; returns the build's facts."""
    src, venv, log = PEER_DIR / "src", PEER_DIR / "venv", PEER_DIR / "build.log"
    commit = source_commit(source)
    say(f"building bakerydemo {commit or '(not a git folder)'} from {source} in {PEER_DIR} (log: {log})")
    (PEER_DIR / "build.json").unlink(missing_ok=True)
    (PEER_DIR / "bakerydemo.sqlite3").unlink(missing_ok=True)
    shutil.rmtree(venv, ignore_errors=True)
    export_source(source, src)
    log.write_text("")
    note = "as published"
    requirements = (src / "requirements" / "production.txt").read_text().splitlines()
    requirements = [line for line in requirements if not line.lower().startswith("uwsgi")]
    if not is_new_enough(python):
        base = src / "requirements" / "base.txt"
        lines = base.read_text().splitlines()
        base.write_text("\n".join("Django>=5.2,<6.0" if line.startswith("Django") else line for line in lines) + "\n")
        note = f"Django held at 5.2 for {python}, older than Python 3.12"
        say(f"warning: {note}")
    gunicorn = f"gunicorn=={importlib.metadata.version('gunicorn')}"  # the same server as ours
    (src / "requirements" / "benchmark.txt").write_text("\n".join([*requirements, gunicorn]) + "\n")

    def step(name, *command, env=None):
        say(f"  {name}...")
        with open(log, "a") as log_file:
            done = subprocess.run(command, cwd=src, env=env, stdout=log_file, stderr=subprocess.STDOUT)
        if done.returncode:
            raise RuntimeError(f"Building bakerydemo failed at {name}:\n{log_tail(log)}")

    step("virtualenv", python, "-m", "venv", str(venv))
    step("pip install", venv / "bin" / "pip", "install", "-q", "-r", "requirements/benchmark.txt")
    env = peer_env()
    step("migrate", venv / "bin" / "python", "manage.py", "migrate", "--noinput", "-v0", env=env)
    step("load_initial_data", venv / "bin" / "python", "manage.py", "load_initial_data", env=env)
    step("collectstatic", venv / "bin" / "python", "manage.py", "collectstatic", "--noinput", "-v0", env=env)
    freeze = subprocess.run([venv / "bin" / "pip", "freeze"], capture_output=True, text=True, check=True).stdout
    versions = dict(line.split("==", 1) for line in freeze.splitlines() if "==" in line)
    facts = {
        "repository": "https://github.com/wagtail/bakerydemo",
        "commit": commit,
        "source": str(source),
        "requirements": note,
        "python": subprocess.run([venv / "bin" / "python", "-V"], capture_output=True, text=True).stdout.split()[-1],
        "django": versions.get("Django"),
        "wagtail": versions.get("wagtail"),
        "gunicorn": versions.get("gunicorn"),
        "built": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    (PEER_DIR / "build.json").write_text(json.dumps(facts, indent=2) + "\n")
    return facts


def ready_peer(args):
    """The peer's build facts, building it first if there is none, or the source is at another commit."""
    source = args.peer_source or os.environ.get("BAKERYDEMO_SOURCE")
    built = PEER_DIR / "build.json"
    facts = json.loads(built.read_text()) if built.exists() else None
    if source:
        source = Path(source).expanduser().resolve()
        if not (source / "bakerydemo").is_dir() and not source_commit(source):
            raise RuntimeError(f"{source} is not a bakerydemo checkout. {HOW_TO_GET_IT}")
    if not source:
        if facts and not args.peer_rebuild:
            return facts
        raise RuntimeError(f"No bakerydemo build in {PEER_DIR}. {HOW_TO_GET_IT}")
    if facts and not args.peer_rebuild and facts["commit"] and facts["commit"] == source_commit(source):
        return facts
    PEER_DIR.mkdir(parents=True, exist_ok=True)
    return build_peer(source, args.peer_python or newer_python() or sys.executable)


# Serving it ----------------------------------------------------------------------------------------------------


@contextlib.contextmanager
def running_peer(redis_url, log, workers):
    """bakerydemo under gunicorn as ours runs (sync workers, preloaded, no access log); yields its base URL and its
    master process."""
    port = free_port()
    command = [PEER_DIR / "venv" / "bin" / "gunicorn", "--workers", str(workers), "--worker-class", "sync"]
    command += ["--bind", f"127.0.0.1:{port}", "--preload", "--timeout", "30", "bakerydemo.wsgi:application"]
    with open(log, "ab") as log_file:
        process = subprocess.Popen(
            command,
            cwd=PEER_DIR / "src",
            env=peer_env(redis_url),
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            with contextlib.suppress(OSError):
                if benchmark.fetch(base_url + "/")[0] == 200:
                    break
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"bakerydemo did not serve its home page. Its log:\n{log_tail(log)}")
            time.sleep(0.3)
        yield base_url, process
    finally:
        stop_process_group(process, stop_signal=signal.SIGQUIT)


# The run -------------------------------------------------------------------------------------------------------


def session_cpu_seconds(session):
    """CPU time used so far by a session's processes: a gunicorn master, its workers and those it has reaped."""
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError):
            fields = stat.read_text().rpartition(")")[2].split()  # from field 3 (state) on; see proc(5)
            if int(fields[3]) == session:
                ticks += sum(int(value) for value in fields[11:15])  # utime, stime, cutime, cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def measure(url, script, args, server):
    """A warm-up run, then the measured one: wrk's figures as in the main benchmark's table, and the server's CPU
    time per request, which depends much less than requests per second on what else the machine is doing."""
    benchmark.run_wrk(url, script, args.threads, args.connections, args.warmup)
    for _request in range(3):  # what the warm-up left queued is answered before the measured run starts
        benchmark.fetch(url)
    cpu_before = session_cpu_seconds(server.pid)
    row = benchmark.wrk_row(benchmark.run_wrk(url, script, args.threads, args.connections, args.duration))
    cpu = session_cpu_seconds(server.pid) - cpu_before
    row["cpu_ms_per_request"] = round(1000 * cpu / row["requests"], 1) if row["requests"] else None
    return row


def check_page(url, who):
    status, headers, body = benchmark.fetch(url)
    if status != 200:
        raise RuntimeError(f"{who} {url} answered {status}, not 200")
    if headers.get("X-Page-Cache") == "hit":
        raise RuntimeError(f"{who} {url} came from the page cache: the cold run would not render it")
    return len(body)


def run_peer(args):
    started = datetime.datetime.now().astimezone()
    wall_start = time.perf_counter()
    workers = args.workers or WORKERS
    peer = ready_peer(args)
    benchmark.install_missing_programs(["sqlite"])
    report = {
        "started": started.isoformat(timespec="seconds"),
        "kind": "cold render against wagtail/bakerydemo's home page",
        "peer": peer,
        "machine": benchmark.machine_facts(args, None, workers),
        "runs": [],
        "results": [],
    }
    with contextlib.ExitStack() as stack:
        workdir = Path(tempfile.mkdtemp(prefix="carers-benchmark-peer-"))
        if args.keep:
            say(f"keeping {workdir}")
        else:
            stack.callback(shutil.rmtree, workdir, ignore_errors=True)
        (workdir / "peer").mkdir()
        redis_url = stack.enter_context(running_redis(workdir))
        peer_redis_url = stack.enter_context(running_redis(workdir / "peer")).removesuffix("/0")
        base_env = benchmark.site_env(workdir, redis_url, "")
        say("collecting our static files...")
        benchmark.manage(
            {**base_env, "DATABASE_URL": f"sqlite:///{workdir / 'unused.sqlite3'}"}, "collectstatic", "--noinput", "-v0"
        )
        database_url = f"sqlite:///{workdir / 'benchmark.sqlite3'}"
        env, setup = benchmark.make_database("sqlite", database_url, args, base_env, workdir, index=False)
        report["setup"] = setup
        pages = setup["pages"]
        script = benchmark.write_wrk_script(workdir)

        say(f"starting both sites: gunicorn, {workers} sync workers each, our page cache off")
        ours, our_server = stack.enter_context(
            benchmark.running_gunicorn(env, workdir / "gunicorn.log", workers, with_process=True)
        )
        peer_url, peer_server = stack.enter_context(
            running_peer(peer_redis_url, workdir / "peer" / "gunicorn.log", workers)
        )
        peer_url += "/"
        peer_bytes = check_page(peer_url, "bakerydemo's home page")
        for name in PEER_PAGES:
            pages[name]["html_bytes"] = check_page(ours + pages[name]["path"], f"our {name} page")

        total = ROUNDS * len(PEER_PAGES) * 2
        for round_number in range(1, ROUNDS + 1):
            for name in PEER_PAGES:
                for site, url, server in (
                    ("ours", ours + pages[name]["path"], our_server),
                    ("peer", peer_url, peer_server),
                ):
                    say(f"run {len(report['runs']) + 1}/{total}: round {round_number}, {name}, {site}")
                    row = measure(url, script, args, server)
                    report["runs"].append({"round": round_number, "page": name, "site": site, **row})
                    problems = row["non_2xx"] + sum(row["socket_errors"].values())
                    if problems:
                        say(f"warning: {problems} failed or non-2xx responses from {site} ({url})")

    for name in PEER_PAGES:
        report["results"].append(
            {"page": name, **{key: pages[name][key] for key in ("path", "sql_queries", "html_bytes")}}
            | compare([run for run in report["runs"] if run["page"] == name])
        )
    report["peer_home_html_bytes"] = peer_bytes
    report["machine"]["load_average_at_end"] = [round(load, 2) for load in os.getloadavg()]
    report["wall_time_s"] = round(time.perf_counter() - wall_start, 1)
    path = args.json
    path.parent.mkdir(parents=True, exist_ok=True)
    report["json"] = str(path)
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print_summary(report)


def compare(runs):
    """Medians of one page's runs, ours and the peer's, and the ratios: requests per second (ours over theirs) and
    CPU time per request (theirs over ours: how many more requests ours serves with the same CPU)."""
    figures = {}
    for site, label in (("ours", "our"), ("peer", "peer_home")):
        figures[f"{label}_requests_per_second"] = [run["requests_per_second"] for run in runs if run["site"] == site]
        figures[f"{label}_cpu_ms_per_request"] = [run["cpu_ms_per_request"] for run in runs if run["site"] == site]
        figures[f"{label}_median"] = statistics.median(figures[f"{label}_requests_per_second"])
        cpu = [value for value in figures[f"{label}_cpu_ms_per_request"] if value is not None]
        figures[f"{label}_cpu_ms_median"] = statistics.median(cpu) if cpu else None
    peer_rate, our_cpu = figures["peer_home_median"], figures["our_cpu_ms_median"]
    figures["ratio"] = round(figures["our_median"] / peer_rate, 2) if peer_rate else None
    figures["cpu_ratio"] = round(figures["peer_home_cpu_ms_median"] / our_cpu, 2) if our_cpu else None
    figures["at_least_target"] = figures["ratio"] is not None and figures["ratio"] >= TARGET_RATIO
    return figures


def print_summary(report, file=sys.stdout):
    machine, peer, wrk = report["machine"], report["peer"], report["machine"]["wrk_settings"]
    print(f"\nCold render against wagtail/bakerydemo's home page, {report['started']}", file=file)
    print(
        f"Machine: {machine['cpus']} CPUs ({machine['cpu_model']}), load average at start "
        f"{machine['load_average_at_start']}, at end {machine['load_average_at_end']}",
        file=file,
    )
    print(
        f"Both: gunicorn, {machine['gunicorn_workers']} sync workers, production settings, SQLite, Redis; wrk "
        f"{machine['wrk']}, {wrk['threads']} threads, {wrk['connections']} connections, {wrk['duration_s']} s per "
        f"run after {wrk['warmup_s']} s warm-up, on loopback; {ROUNDS} interleaved rounds, medians",
        file=file,
    )
    print(
        f"Ours: Python {machine['python']}, page cache off; {report['setup']['facts']['services_total']:,} services",
        file=file,
    )
    print(
        f"Peer: bakerydemo {peer['commit'] or '(commit unknown)'}, Wagtail {peer['wagtail']}, Django "
        f"{peer['django']}, Python {peer['python']} ({peer['requirements']}); home page "
        f"{report['peer_home_html_bytes'] / 1024:.1f} KB as sent",
        file=file,
    )
    print(
        f"\n{'page':<11}{'our req/s':>10}{'peer home req/s':>16}{'ratio':>6}{'>= 2':>5}{'CPU ms/req':>11}"
        f"{'peer CPU ms':>12}{'CPU ratio':>10}{'SQL':>5}{'HTML KB':>8}  req/s of each run (ours | peer)",
        file=file,
    )
    for row in report["results"]:
        runs = " ".join(f"{rate:.0f}" for rate in row["our_requests_per_second"]) + " | "
        runs += " ".join(f"{rate:.0f}" for rate in row["peer_home_requests_per_second"])
        print(
            f"{row['page']:<11}{row['our_median']:>10.1f}{row['peer_home_median']:>16.1f}{row['ratio']!s:>6}"
            f"{'yes' if row['at_least_target'] else 'no':>5}{row['our_cpu_ms_median']!s:>11}"
            f"{row['peer_home_cpu_ms_median']!s:>12}{row['cpu_ratio']!s:>10}{row['sql_queries']!s:>5}"
            f"{row['html_bytes'] / 1024:>8.1f}  {runs}",
            file=file,
        )
    print(
        "\nratio: our median requests per second over the peer home page's, measured in turn with it (the goal: 2). "
        "CPU ms/req: the server's CPU time per request (its workers'), medians; CPU ratio: the peer's over ours, "
        "which other load on the machine disturbs much less than requests per second. SQL: our queries per request. "
        "HTML KB: as sent (ours gzipped; bakerydemo does not compress HTML).",
        file=file,
    )
    print(f"Wall time {report['wall_time_s'] / 60:.1f} min. JSON: {report['json']}", file=file)
