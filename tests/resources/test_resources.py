"""The resource library's filters return exactly the resources that carry the chosen terms."""

import pytest
from bs4 import BeautifulSoup

from tests.factories.resources import ResourceIndexPageFactory, ResourcePageFactory
from tests.factories.site import AreaFactory, CareAreaFactory, ResourceTypeFactory, SectorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(home):
    library = ResourceIndexPageFactory(parent=home)
    toolkit = ResourceTypeFactory(name="Toolkit", slug="toolkit")
    guidance = ResourceTypeFactory(name="Guidance", slug="guidance")
    mental_health = CareAreaFactory(name="Mental health", slug="mental-health")
    dementia = CareAreaFactory(name="Dementia", slug="dementia")
    primary_care = SectorFactory(name="Primary care", slug="primary-care")
    wales = AreaFactory(name="Wales", slug="wales", kind="nation")
    rows = [
        ("Triangle of Care in Wales", toolkit, [mental_health], [primary_care], [wales]),
        ("Making Respite Real", guidance, [mental_health], [], []),
        ("DISC dementia support", toolkit, [dementia], [primary_care], []),
    ]
    for title, kind, care_areas, sectors, areas in rows:
        page = ResourcePageFactory(parent=library, title=title, resource_type=kind)
        page.care_areas.set(care_areas)
        page.sectors.set(sectors)
        page.areas.set(areas)
        page.save_revision().publish()
    return library


def titles(client, library, **params):
    soup = BeautifulSoup(client.get(library.url, params).content, "html.parser")
    return sorted(a.get_text(strip=True) for a in soup.select("main .nhsuk-card__link"))


@pytest.mark.parametrize(
    "params, expected",
    [
        ({}, ["DISC dementia support", "Making Respite Real", "Triangle of Care in Wales"]),
        ({"type": "toolkit"}, ["DISC dementia support", "Triangle of Care in Wales"]),
        ({"care_area": "mental-health"}, ["Making Respite Real", "Triangle of Care in Wales"]),
        ({"type": "toolkit", "care_area": "mental-health"}, ["Triangle of Care in Wales"]),
        ({"sector": "primary-care", "care_area": "dementia"}, ["DISC dementia support"]),
        ({"area": "wales"}, ["Triangle of Care in Wales"]),
        ({"type": "guidance", "care_area": "dementia"}, []),
        ({"type": "no-such-type"}, []),
    ],
)
def test_filters_combine(client, library, params, expected):
    assert titles(client, library, **params) == expected


def test_chosen_filter_is_kept_in_the_form_and_counted(client, library):
    soup = BeautifulSoup(client.get(library.url, {"type": "toolkit"}).content, "html.parser")
    assert soup.select_one("#facet-type option[selected]")["value"] == "toolkit"
    assert "2 resources" in soup.get_text()
    assert soup.find("a", string="Clear all filters")


def test_empty_result_says_what_to_do(client, library):
    html = client.get(library.url, {"type": "guidance", "care_area": "dementia"}).content.decode()
    assert "No resources match these filters. Try removing one." in html


def test_unpublished_resources_are_not_listed(client, library):
    draft = ResourcePageFactory(parent=library, title="Draft toolkit", live=False)
    assert draft.title not in titles(client, library)
