"""OpenSearch stays supported (SEARCH_ENGINE=opensearch): a few journeys on a real OpenSearch server.

The site is configured by the real settings code (site/settings/base.py), as a server set up for OpenSearch would
be. Elasticsearch, the default engine, is tested in depth by test_search.py and test_search_failover.py.
"""

import io
import logging
import runpy
import urllib.parse

import pytest
from django.core.management import call_command

from carers_site.dev.local_servers import free_port
from carers_site.dev.search_server import get_json
from tests.factories.directory import DirectoryIndexPageFactory
from tests.factories.resources import GuidancePageFactory
from tests.factories.site import AudienceFactory
from tests.faulty_proxy import FaultyProxy
from tests.helpers import publish_services
from tests.search.test_search import results

pytestmark = [pytest.mark.django_db, pytest.mark.search_server]

FALLBACK_LOG = "answering from the database backend"


def use_opensearch(settings, monkeypatch, url, prefix):
    """Point the site at url the way site/settings/base.py does for SEARCH_ENGINE=opensearch."""
    monkeypatch.setenv("SEARCH_URL", url)
    monkeypatch.setenv("SEARCH_ENGINE", "opensearch")
    monkeypatch.delenv("SEARCH_TIMEOUT", raising=False)
    base = runpy.run_path(str(settings.BASE_DIR / "site" / "settings" / "base.py"))
    backends = base["WAGTAILSEARCH_BACKENDS"]
    assert backends["default"]["BACKEND"] == "wagtail.search.backends.opensearch2"
    assert backends["default"]["URLS"] == [url]
    backends["default"]["INDEX_PREFIX"] = prefix
    # Long enough to make the index on a busy machine (indexing commands get SEARCH_INDEX_TIMEOUT in production).
    settings.WAGTAILSEARCH_BACKENDS = {**backends, "default": {**backends["default"], "TIMEOUT": 30}}
    settings.SEARCH_RETRY_SECONDS = 0  # ask the server again on the next search after a failure
    return backends


def add_pages(home):
    young = AudienceFactory(name="Young carers", slug="young-carers")
    adults = AudienceFactory(name="Adult carers", slug="adult-carers")
    directory = DirectoryIndexPageFactory(parent=home)
    publish_services(
        directory,
        "audiences",
        [("Carers club for teenagers", young), ("Carers cafe for adults", adults), ("Carers advice line", adults)],
    )
    GuidancePageFactory(parent=home, title="Carers rights", summary="What the law says for carers.")
    GuidancePageFactory(parent=home, title="Taking a break", summary="Respite for carers: short breaks.")


def reindex():
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())


def test_opensearch_indexes_and_answers_with_facets_and_filters(
    client, home, settings, monkeypatch, caplog, opensearch_url
):
    add_pages(home)
    use_opensearch(settings, monkeypatch, opensearch_url, "os_journey_")
    reindex()
    indexes = {row["index"] for row in get_json(f"{opensearch_url}/_cat/indices/os_journey_*?format=json")}
    assert indexes  # the pages went to OpenSearch
    with caplog.at_level(logging.WARNING, logger="search.services"):
        soup, titles = results(client, q="carers")
        assert len(titles) == 5
        facets = soup.select_one("main .nhsuk-grid-column-one-third").get_text(" ", strip=True)
        assert "Adult carers (2)" in facets and "Young carers (1)" in facets
        assert "Service (3)" in facets and "Guidance page (2)" in facets
        assert sorted(results(client, q="carers", audience="adult-carers")[1]) == [
            "Carers advice line",
            "Carers cafe for adults",
        ]
        assert sorted(results(client, q="carers", type="GuidancePage")[1]) == ["Carers rights", "Taking a break"]
        assert "Taking a break" in results(client, q="respit")[1]  # fuzzy on the server
        suggestions = client.get("/search/suggest/", {"q": "tak"}).json()["suggestions"]
        assert [suggestion["title"] for suggestion in suggestions] == ["Taking a break"]
    assert FALLBACK_LOG not in caplog.text


def test_opensearch_down_or_unreachable_falls_back_to_the_database(
    client, home, settings, monkeypatch, caplog, opensearch_url
):
    """Through a proxy the test breaks: a server that went away (connections cut and refused), then one that is
    back; and a server nobody can reach at all."""
    add_pages(home)
    server = urllib.parse.urlsplit(opensearch_url)
    proxy = FaultyProxy(server.hostname, server.port)
    try:
        backends = use_opensearch(settings, monkeypatch, f"http://{proxy.address}", "os_outage_")
        reindex()
        settings.WAGTAILSEARCH_BACKENDS = backends  # the production timeout (1 s) from here on
        before = results(client, q="carers")[1]
        assert len(before) == 5

        proxy.set_mode("down")
        with caplog.at_level(logging.WARNING, logger="search.services"):
            assert sorted(results(client, q="carers")[1]) == sorted(before)
        assert FALLBACK_LOG in caplog.text

        proxy.set_mode("up")
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="search.services"):
            assert results(client, q="carers")[1] == before  # from OpenSearch again
        assert FALLBACK_LOG not in caplog.text
    finally:
        proxy.close()

    use_opensearch(settings, monkeypatch, f"http://127.0.0.1:{free_port()}", "os_nowhere_")  # nothing listens
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="search.services"):
        assert sorted(results(client, q="carers")[1]) == sorted(before)
    assert FALLBACK_LOG in caplog.text
