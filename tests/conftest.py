import pytest
from wagtail.models import Page, Site

from carers_site.factories import HomePageFactory
from directory.factories import CrisisLineFactory


@pytest.fixture
def home(db):
    """A home page as the default site's root, in place of Wagtail's "Welcome" page."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="carers-home")
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return home


@pytest.fixture
def crisis_lines(db):
    return [
        CrisisLineFactory(name="Emergency services", phone="999", sort_order=1),
        CrisisLineFactory(name="Samaritans", phone="116 123", sort_order=2),
        CrisisLineFactory(name="Shout", phone="", text_number="85258", text_message="SHOUT", sort_order=3),
        CrisisLineFactory(
            name="Carers advice line", phone="020 8554 0490", open_24_7=False, hours="Mon-Fri 9am-5pm", sort_order=4
        ),
    ]
