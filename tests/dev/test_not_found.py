"""While developing (DEBUG on), a missing page or short link shows the site's own 404 page, as production does, not
Django's debug page (carers_site/dev/not_found.py, added in settings/dev.py)."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from tests.core.test_languages import translate

MIDDLEWARE = "carers_site.dev.not_found.SiteNotFoundPageMiddleware"


@pytest.fixture
def dev(settings):
    """The dev settings' DEBUG and middleware (the tests otherwise run with DEBUG off)."""
    from carers_site.settings import dev

    settings.DEBUG = True
    settings.MIDDLEWARE = dev.MIDDLEWARE
    assert MIDDLEWARE in settings.MIDDLEWARE


@pytest.mark.parametrize("path", ["/no-such-page/", "/go/no-such-link/"])
def test_a_missing_page_shows_the_sites_404_page_with_search_and_crisis_numbers(client, dev, home, crisis_lines, path):
    response = client.get(path)
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Page not found"
    assert soup.select_one("aside.app-crisis a[href='tel:999']") is not None
    assert soup.select_one("form[role=search] input[name=q]") is not None
    assert "Raised by:" not in response.content.decode()


def test_the_404_page_is_in_the_readers_language(client, dev, home, crisis_lines):
    translate(home, "ur", "نگہداشت کرنے والوں کے لیے مدد")
    response = client.get("/ur/no-such-page/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "ur" and soup.html["dir"] == "rtl"
    assert soup.select_one("main a[href='/ur/']") is not None  # back to the Urdu home page


def test_without_it_debug_shows_djangos_own_page(client, settings, home):
    settings.DEBUG = True
    assert "Raised by:" in client.get("/go/no-such-link/").content.decode()  # Django's technical 404 page
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, MIDDLEWARE]
    assert "Raised by:" not in Client().get("/go/no-such-link/").content.decode()  # a client loads the middleware once
