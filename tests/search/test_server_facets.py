"""The search server answers what the database backend answers: the same pages and the same facet counts, for every
option of every facet, in English and in Welsh (where a page found in both languages counts once).

On the server, one request gives a page of hits, the total and every facet's counts (search/services.py
ServerResults: aggregations over the pages' search_keywords); on the database backend they are counted from the
hits. Ranking may differ between the two; what is found, and how it is counted, may not.
"""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from search import services

pytestmark = [pytest.mark.django_db, pytest.mark.search_server]

QUERIES = ["carers", "respite", "money", "carers RM8 1AB"]


@pytest.fixture
def both_backends(settings, elasticsearch_url):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [elasticsearch_url],
            "INDEX_PREFIX": "test_server_facets_",
            "TIMEOUT": 10,
        },
        "database": settings.DATABASE_SEARCH_BACKEND,
    }
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
    services._BACKENDS.clear()


def answer(query, params, locale, on_server):
    """(the slugs of every result, {facet: {option: count}}) from one backend."""
    if not on_server:
        services._server_failed_at = 10**12  # the server "just failed": the database answers
    try:
        outcome = services.search(query, params, locale, crisis_words=[])
    finally:
        services._server_failed_at = None
    assert isinstance(outcome.results, services.ServerResults) == on_server
    slugs = sorted(page.slug for page in outcome.results)
    assert len(slugs) == len(outcome.results)
    facets = {facet.param: {option["value"]: option["count"] for option in facet.options} for facet in outcome.facets}
    return slugs, facets


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_server_finds_and_counts_what_the_database_does(demo, both_backends, settings, language):
    settings.SEARCH_RETRY_SECONDS = 30
    locale = Locale.objects.get(language_code=language)
    compared = 0
    for query in QUERIES:
        slugs, facets = answer(query, {}, locale, on_server=False)
        assert slugs, f"the demo has pages for {query!r}"
        assert answer(query, {}, locale, on_server=True) == (slugs, facets), query
        for param, options in facets.items():
            for value in options:  # every option offered narrows both backends' results alike
                params = {param: value}
                assert answer(query, params, locale, on_server=True) == answer(query, params, locale, False), (
                    query,
                    params,
                )
                compared += 1
    assert compared > 20
