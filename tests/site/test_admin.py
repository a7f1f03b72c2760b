"""Editors can reach every listing and form they need in the Wagtail admin."""

import pytest
from django.apps import apps

pytestmark = pytest.mark.django_db

SNIPPETS = [
    "carers_site.audience",
    "carers_site.area",
    "carers_site.carearea",
    "carers_site.resourcetype",
    "carers_site.outcome",
    "carers_site.sector",
    "carers_site.intervention",
    "carers_site.language",
    "directory.crisisline",
    "directory.organisation",
]


@pytest.mark.parametrize("label", SNIPPETS)
def test_snippet_listing_search_and_add_form(admin_client, home, crisis_lines, label):
    app_label, model_name = label.split(".")
    assert apps.get_model(app_label, model_name)
    base = f"/admin/snippets/{app_label}/{model_name}/"
    assert admin_client.get(base).status_code == 200
    assert admin_client.get(base, {"q": "sam"}).status_code == 200
    assert admin_client.get(base + "add/").status_code == 200


def test_crisis_line_with_a_bad_number_is_refused_in_the_admin(admin_client, home):
    response = admin_client.post(
        "/admin/snippets/directory/crisisline/add/",
        {"name": "Night line", "phone": "0800 12", "open_24_7": "on", "sort_order": "5"},
    )
    assert response.status_code == 200
    assert "“0800 12” is not a valid phone number" in response.content.decode()


def test_site_settings_form(admin_client, home):
    assert admin_client.get("/admin/settings/carers_site/sitesettings/").status_code in (200, 302)
