"""A search server that fails is left alone for SEARCH_RETRY_SECONDS (search/services.py): the database answers
meanwhile, so a server that hangs costs one timeout, not one per search; then the server is asked again."""

import pytest

from search import services
from tests.factories.resources import GuidancePageFactory
from tests.search.test_search import results

pytestmark = [pytest.mark.django_db]


@pytest.fixture
def server_not_there(settings, monkeypatch):
    """A search server at a port where nothing listens, with the database as fallback; counts attempts on it."""
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": ["http://127.0.0.1:9"],
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0},
            "AUTO_UPDATE": False,
        },
        "database": settings.DATABASE_SEARCH_BACKEND,
    }
    settings.SEARCH_RETRY_SECONDS = 30
    monkeypatch.setattr(services, "_server_failed_at", None)
    attempts = []
    real_database, real_server = services.run_backend_search, services.ServerResults.request

    def on_database(queryset, query, backend_name):
        attempts.append(backend_name)
        return real_database(queryset, query, backend_name)

    def on_server(results, *args):
        attempts.append("server")
        return real_server(results, *args)

    monkeypatch.setattr(services, "run_backend_search", on_database)
    monkeypatch.setattr(services.ServerResults, "request", on_server)
    return attempts


def test_after_a_failure_searches_go_to_the_database_until_the_pause_is_over(
    client, home, server_not_there, monkeypatch
):
    GuidancePageFactory(parent=home, title="Taking a break", summary="Respite for carers.")
    for _ in range(3):
        assert "Taking a break" in results(client, q="respite")[1]
    assert server_not_there.count("server") == 1  # the first search tried the server; the next two did not
    assert server_not_there.count("database") >= 3
    later = services._server_failed_at + 31
    monkeypatch.setattr(services.time, "monotonic", lambda: later)
    assert "Taking a break" in results(client, q="respite")[1]
    assert server_not_there.count("server") == 2  # the pause is over: the server is asked again


def test_suggestions_skip_a_server_that_just_failed(client, home, server_not_there, monkeypatch):
    GuidancePageFactory(parent=home, title="Taking a break", summary="Respite for carers.")
    results(client, q="respite")  # fails on the server: it rests
    asked = []
    real = services.search_backend
    monkeypatch.setattr(services, "search_backend", lambda name: asked.append(name) or real(name))
    response = client.get("/search/suggest/", {"q": "Tak"})
    assert response.status_code == 200
    assert "Taking a break" in response.content.decode()
    assert asked == ["database"]
