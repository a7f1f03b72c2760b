"""Easy read pages: found by a filter, shown with a larger, simpler layout."""

import pytest

from tests.factories.resources import GuidancePageFactory


@pytest.fixture
def pages(home):
    easy = GuidancePageFactory(parent=home, title="Looking after yourself (easy read)", easy_read=True)
    plain = GuidancePageFactory(parent=home, title="Looking after yourself")
    for page in (easy, plain):
        page.save_revision().publish()
    return easy, plain


def titles(response):
    return [item.title for item in response.context["page_obj"]]


def test_the_easy_read_filter_on_its_own_lists_every_easy_read_page(client, pages):
    response = client.get("/search/?easy_read=1")
    assert titles(response) == ["Looking after yourself (easy read)"]


def test_the_easy_read_filter_narrows_a_search_and_is_offered_as_a_facet(client, pages):
    response = client.get("/search/?q=looking+after+yourself")
    assert sorted(titles(response)) == ["Looking after yourself", "Looking after yourself (easy read)"]
    html = response.content.decode()
    assert "?q=looking+after+yourself&amp;easy_read=1" in html and "Easy read (1)" in html
    assert titles(client.get("/search/?q=looking+after+yourself&easy_read=1")) == [
        "Looking after yourself (easy read)"
    ]


def test_a_bad_easy_read_value_is_ignored_with_a_message(client, pages):
    response = client.get("/search/?q=looking+after+yourself&easy_read=maybe")
    assert len(titles(response)) == 2
    assert "We did not recognise some filters" in response.content.decode()


def test_easy_read_pages_get_the_larger_layout(client, pages):
    easy, plain = pages
    assert 'class=" app-easy-read"' in client.get(easy.url).content.decode()
    assert "app-easy-read" not in client.get(plain.url).content.decode().split("<body", 1)[1].split(">", 1)[0]


def test_the_footer_leads_to_the_easy_read_pages(client, pages):
    assert 'href="/search/?easy_read=1"' in client.get("/").content.decode()
