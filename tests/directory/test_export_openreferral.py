"""The directory as an Open Referral UK 3.0 JSON file (manage.py export_openreferral and the admin's download):
valid against the official package schema, the same records as the API, nothing private."""

import json

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from directory.api import schemas
from tests.directory.conftest import publish

pytestmark = pytest.mark.postgres


def test_the_file_is_the_apis_records_and_passes_the_official_package_schema(client, full_service, directory, tmp_path):
    publish(directory, "Carers line", organisation=None, description="", summary="Call for advice.")
    hidden = publish(directory, "Private service")
    PageViewRestriction.objects.create(page=hidden, restriction_type="password", password="secret")
    draft = publish(directory, "Draft service")
    draft.unpublish()

    path = tmp_path / "directory.json"
    call_command("export_openreferral", str(path))
    package = json.loads(path.read_text(encoding="utf-8"))
    assert schemas.problems(package, "compiled/service_package.json") == []
    assert [service["name"] for service in package] == ["Carers line", "Havering Carers Hub"]
    from_api = client.get(f"/api/openreferral/services/{full_service.translation_key}").json()
    assert package[1] == from_api  # the API's host is testserver, as is the export's WAGTAILADMIN_BASE_URL here
    assert "null" not in path.read_text(encoding="utf-8")


def test_full_addresses_use_the_canonical_address_when_there_is_one(full_service, settings, tmp_path):
    settings.CANONICAL_URL = "https://carers.example.org"
    path = tmp_path / "directory.json"
    call_command("export_openreferral", str(path))
    [service] = json.loads(path.read_text(encoding="utf-8"))
    assert service["url"] == f"https://carers.example.org{full_service.url}"
