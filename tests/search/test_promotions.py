"""Search promotions ("Recommended" above the results): only live, public pages, and external links."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from tests.factories.resources import GuidancePageFactory

pytestmark = pytest.mark.django_db

QUERY = "respite"


def promote(sort_order, **kwargs):
    return SearchPromotion.objects.create(query=Query.get(QUERY), sort_order=sort_order, **kwargs)


def promoted_links(client):
    """(text, href) of each promoted card: the first card list holds the promotions (nothing else matches)."""
    response = client.get("/search/", {"q": QUERY})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [(a.get_text(strip=True), a["href"]) for a in soup.select("main .nhsuk-card__link")]


@pytest.fixture
def promotions(home):
    public = GuidancePageFactory(parent=home, title="Taking a break", summary="Short breaks.")
    draft = GuidancePageFactory(parent=home, title="Draft break guide", live=False)
    private = GuidancePageFactory(parent=home, title="Staff break guide")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    below_private = GuidancePageFactory(parent=private, title="Below the staff guide")
    promote(1, page=public)
    promote(2, page=draft)
    promote(3, page=private)
    promote(4, page=below_private)
    promote(5, external_link_url="https://www.carersuk.org/help/breaks", external_link_text="Carers UK: breaks")
    promote(6, external_link_url="https://example.org/no-text", description="An outside guide")
    return public


def test_only_live_public_pages_and_external_links_are_promoted(client, promotions):
    links = promoted_links(client)
    assert links == [
        ("Taking a break", promotions.url),
        ("Carers UK: breaks", "https://www.carersuk.org/help/breaks"),
        ("https://example.org/no-text", "https://example.org/no-text"),
    ]


def test_signed_in_visitors_get_the_same_promotions(client, promotions):
    """A private page is not promoted even to someone who may read it: promotions are for everyone."""
    client.force_login(get_user_model().objects.create_user("reader", password="x"))
    titles = [text for text, _href in promoted_links(client)]
    assert titles == ["Taking a break", "Carers UK: breaks", "https://example.org/no-text"]


def test_an_external_link_alone_renders(client, home):
    promote(1, external_link_url="https://www.nhs.uk/conditions/social-care-and-support-guide/", description="")
    response = client.get("/search/", {"q": QUERY})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    card = soup.select_one("main .nhsuk-card__link")
    assert card["href"] == "https://www.nhs.uk/conditions/social-care-and-support-guide/"
    assert "Recommended" in card.find_parent("li").get_text()


def test_a_link_that_is_not_a_web_address_is_not_shown(client, home):
    promote(1, external_link_url="javascript:alert(1)", external_link_text="Click")
    assert promoted_links(client) == []
