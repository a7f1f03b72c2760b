"""Editors can only build a sensible tree: each page type goes under its allowed parents only."""

import pytest
from wagtail.models import Page

from carers_site.models import (
    EventIndexPage,
    EventPage,
    FeedbackFormPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
)
from directory.models import DirectoryIndexPage, GapMapPage, ServicePage
from resources.models import (
    GuidancePage,
    LeafletIndexPage,
    LeafletPage,
    ResourceIndexPage,
    ResourcePage,
    SupportNetworkMapPage,
)

ALL_TYPES = [
    HomePage,
    GuidancePage,
    ResourceIndexPage,
    ResourcePage,
    LeafletIndexPage,
    LeafletPage,
    DirectoryIndexPage,
    ServicePage,
    NewsIndexPage,
    NewsPage,
    EventIndexPage,
    EventPage,
    FeedbackFormPage,
    SupportNetworkMapPage,
    GapMapPage,
]

ALLOWED_PARENTS = {
    HomePage: {Page},
    GuidancePage: {HomePage, GuidancePage},
    ResourceIndexPage: {HomePage},
    ResourcePage: {ResourceIndexPage},
    LeafletIndexPage: {HomePage},
    LeafletPage: {LeafletIndexPage},
    DirectoryIndexPage: {HomePage},
    ServicePage: {DirectoryIndexPage},
    NewsIndexPage: {HomePage},
    NewsPage: {NewsIndexPage},
    EventIndexPage: {HomePage},
    EventPage: {EventIndexPage},
    FeedbackFormPage: {HomePage},
    SupportNetworkMapPage: {HomePage, GuidancePage},
    GapMapPage: {HomePage},
}


@pytest.mark.parametrize("child", ALL_TYPES, ids=lambda m: m.__name__)
def test_each_page_type_has_exactly_its_allowed_parents(child):
    assert set(child.allowed_parent_page_models()) == ALLOWED_PARENTS[child]


@pytest.mark.parametrize("parent", ALL_TYPES, ids=lambda m: m.__name__)
def test_subpage_rules_agree_with_parent_rules(parent):
    expected = {child for child, parents in ALLOWED_PARENTS.items() if parent in parents}
    assert set(parent.allowed_subpage_models()) == expected


@pytest.mark.django_db
def test_index_pages_are_one_per_home(home):
    from tests.factories.directory import DirectoryIndexPageFactory

    assert DirectoryIndexPage.can_create_at(home)
    DirectoryIndexPageFactory(parent=home)
    assert not DirectoryIndexPage.can_create_at(home)
    assert GuidancePage.can_create_at(home)  # guidance pages are not limited


@pytest.mark.django_db
def test_admin_creates_a_service_only_in_the_directory(admin_client, home):
    from tests.factories.directory import DirectoryIndexPageFactory

    directory = DirectoryIndexPageFactory(parent=home)
    ok = admin_client.get(f"/admin/pages/add/directory/servicepage/{directory.pk}/")
    assert ok.status_code == 200
    refused = admin_client.get(f"/admin/pages/add/directory/servicepage/{home.pk}/")
    # Wagtail refuses by sending the editor back to the dashboard with an explanation.
    assert (refused.status_code, refused.url) == (302, "/admin/")
