"""Search keeps answering while Elasticsearch nodes stop: a real two-node cluster with one replica of every shard.

The site is configured by the real settings code (site/settings/base.py) from SEARCH_URL listing both nodes.
First the elected master is killed: the other node still holds a copy of every shard and, although it cannot
elect itself alone, still serves searches (without a master Elasticsearch blocks writes, not reads), so results
stay the same. Then the last node stops and search answers from the database backend.
"""

import io
import logging
import runpy
import signal
import time
import urllib.error

import pytest
from django.core.management import call_command

from carers_site.dev.search_server import get_json, running_cluster
from tests.factories.directory import DirectoryIndexPageFactory
from tests.factories.resources import GuidancePageFactory
from tests.factories.site import AudienceFactory
from tests.helpers import publish_services
from tests.search.test_search import results

pytestmark = [pytest.mark.django_db, pytest.mark.system, pytest.mark.search_server]

QUERIES = [
    {"q": "carers"},
    {"q": "carers", "audience": "adult-carers"},
    {"q": "respite"},
    {"q": "young carers", "type": "ServicePage"},
]
FALLBACK_LOG = "answering from the database backend"


def interrupt(*_args):
    raise KeyboardInterrupt  # pytest then stops, running every fixture's teardown


@pytest.fixture(scope="module")
def cluster():
    """Two Elasticsearch nodes, stopped at the end even if the test fails (or pytest is sent SIGTERM)."""
    previous = signal.signal(signal.SIGTERM, interrupt)
    started = time.monotonic()
    try:
        with running_cluster(nodes=2) as running:
            print(f"\n[failover] two-node cluster green in {time.monotonic() - started:.1f}s")
            yield running
    finally:
        signal.signal(signal.SIGTERM, previous)


def configured_backends(monkeypatch, urls):
    """WAGTAILSEARCH_BACKENDS as site/settings/base.py makes them from SEARCH_URL."""
    monkeypatch.setenv("SEARCH_URL", ",".join(urls))
    monkeypatch.delenv("SEARCH_ENGINE", raising=False)  # Elasticsearch, the default
    monkeypatch.delenv("SEARCH_REPLICAS", raising=False)
    monkeypatch.delenv("SEARCH_TIMEOUT", raising=False)
    from django.conf import settings

    base = runpy.run_path(str(settings.BASE_DIR / "site" / "settings" / "base.py"))
    backends = base["WAGTAILSEARCH_BACKENDS"]
    backends["default"]["INDEX_PREFIX"] = "failover_"
    return backends


def answers(client, timings=None):
    """Titles in order, and the facet panel's text, for each query (adding each request's time to timings)."""
    found = []
    for params in QUERIES:
        started = time.monotonic()
        soup, titles = results(client, **params)
        if timings is not None:
            timings.append(time.monotonic() - started)
        facets = soup.select_one("main .nhsuk-grid-column-one-third")
        found.append((titles, facets.get_text(" ", strip=True) if facets else ""))
    return found


def milliseconds(timings):
    return "/".join(f"{seconds * 1000:.0f}" for seconds in timings)


def shard_copies(url):
    """{(index, shard): [(node, state), ...]} for the test's indexes."""
    copies = {}
    for row in get_json(f"{url}/_cat/shards/failover_*?format=json"):
        copies.setdefault((row["index"], row["shard"]), []).append((row["node"], row["state"]))
    return copies


def no_manager_block(url):
    """The levels the survivor blocks while it has no master (None while it still has one)."""
    blocks = get_json(f"{url}/_cluster/state/blocks?local=true").get("blocks", {})
    for block in blocks.get("global", {}).values():
        if "master" in block["description"]:
            return block["levels"]
    return None


def test_search_survives_losing_one_node_then_falls_back_to_the_database(
    client, home, settings, monkeypatch, caplog, cluster
):
    young = AudienceFactory(name="Young carers", slug="young-carers")
    adults = AudienceFactory(name="Adult carers", slug="adult-carers")
    directory = DirectoryIndexPageFactory(parent=home)
    publish_services(directory, "audiences", [("Carers club for teenagers", young), ("Young carers group", young)])
    publish_services(
        directory,
        "audiences",
        [("Carers cafe for adults", adults), ("Carers advice line", adults)],
        summary="Respite and advice for carers.",
    )
    GuidancePageFactory(parent=home, title="Carers rights", summary="What the law says for carers.")
    GuidancePageFactory(parent=home, title="Taking a break", summary="Respite for carers: short breaks.")
    # The site is pointed at the cluster only now, so that the pages are indexed in one go, not as each is saved.
    backends = configured_backends(monkeypatch, cluster.urls)
    assert backends["default"]["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert backends["default"]["URLS"] == cluster.urls
    assert backends["default"]["INDEX_SETTINGS"] == {"settings": {"index": {"number_of_replicas": 1}}}
    assert backends["default"]["OPTIONS"]["max_retries"] == 1  # a request that finds one node down asks the other
    assert backends["default"]["TIMEOUT"] == 1  # a search waits a second at most, then asks the database
    # Making an index, and the first searches on a just-started cluster, can take longer than a search may on a
    # busy machine (site/dev/benchmark.py indexes with a long timeout too).
    settings.WAGTAILSEARCH_BACKENDS = {**backends, "default": {**backends["default"], "TIMEOUT": 60}}
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
    cluster.wait_for_green()
    answers(client)
    settings.WAGTAILSEARCH_BACKENDS = backends

    # Every shard has two started copies, one on each node.
    copies = shard_copies(cluster.urls[0])
    assert copies and all(len(c) == 2 and {state for _, state in c} == {"STARTED"} for c in copies.values())
    assert all(len({node for node, _ in c}) == 2 for c in copies.values())
    defaults = get_json(f"{cluster.urls[0]}/_cluster/settings?include_defaults=true&flat_settings=true")["defaults"]
    assert defaults["cluster.no_master_block"] == "write"  # reads go on without a master

    with caplog.at_level(logging.WARNING, logger="search.services"):
        before_times = []
        before = answers(client, before_times)
        assert answers(client) == before  # the same answers whichever copy of a shard serves them
        assert len(before[0][0]) == 6
        assert set(before[1][0]) == {"Carers cafe for adults", "Carers advice line"}
        assert {"Carers cafe for adults", "Taking a break"} <= set(before[2][0])
        assert "Young carers group" in before[3][0] and "Carers rights" not in before[3][0]
        assert "Adult carers (2)" in before[0][1] and "Young carers (2)" in before[0][1]

        # Kill (as in a crash) the elected master: the hardest node to lose.
        manager = cluster.cluster_manager()
        survivor = next(node for node in cluster.nodes if node is not manager)
        manager.stop(signal.SIGKILL)
        first_times = []
        assert answers(client, first_times) == before

        # The survivor notices it has no master (a two-node cluster cannot elect one from one node) and blocks
        # writes only; searches still read its copies of the shards.
        deadline = time.monotonic() + 20
        while (levels := no_manager_block(survivor.url)) is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert levels and "write" in levels and "read" not in levels
        with pytest.raises(urllib.error.HTTPError):  # no master to name
            cluster.manager_rows(survivor, timeout="1s")
        after_times = []
        assert answers(client, after_times) == before
        assert FALLBACK_LOG not in caplog.text
        # The client did try the dead node (it takes turns), and asked the survivor instead.
        assert f"127.0.0.1:{manager.http_port})> has failed" in caplog.text

        # Stop the last node: search answers from the database backend, at once and without an error page.
        survivor.stop()
        started = time.monotonic()
        response = client.get("/search/", {"q": "carers"})
        fallback_time = time.monotonic() - started
    assert response.status_code == 200
    assert FALLBACK_LOG in caplog.text
    _, titles = results(client, q="carers")
    assert sorted(titles) == sorted(before[0][0])
    _, titles = results(client, q="carers", audience="adult-carers")
    assert sorted(titles) == sorted(before[1][0])
    print(
        f"[failover] {manager.name} was master. Search page times (ms) with both nodes "
        f"{milliseconds(before_times)}; just after killing the master {milliseconds(first_times)}; "
        f"on the survivor without a master {milliseconds(after_times)}; "
        f"first request with both nodes down {milliseconds([fallback_time])}"
    )
    assert fallback_time < 5
