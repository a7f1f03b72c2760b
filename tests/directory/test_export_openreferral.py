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


def test_full_addresses_use_the_canonical_address_when_there_is_one(directory, settings, tmp_path):
    settings.CANONICAL_URL = "https://carers.example.org"
    line = publish(directory, "Carers line", website="")  # linked to its page here, having no website of its own
    path = tmp_path / "directory.json"
    call_command("export_openreferral", str(path))
    [service] = json.loads(path.read_text(encoding="utf-8"))
    assert service["url"] == f"https://carers.example.org{line.url}"


def test_an_editor_downloads_it_from_the_import_page_and_a_translator_cannot(client, full_service, django_user_model):
    from django.contrib.auth.models import Group, Permission

    def member(username, group):
        user = django_user_model.objects.create_user(username=username, password="not-a-real-password-1")
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        user.groups.add(Group.objects.get(name=group))
        return user

    client.force_login(member("eddie", "Editors"))
    page = client.get("/admin/directory-import/")
    assert "Download every service as Open Referral UK 3.0" in page.content.decode()
    response = client.get("/admin/directory-import/export/openreferral/")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/json")
    assert "carers-directory-openreferral-3.0-" in response["Content-Disposition"]
    package = json.loads(response.content)
    assert schemas.problems(package, "compiled/service_package.json") == []
    assert [service["id"] for service in package] == [str(full_service.translation_key)]

    client.force_login(member("tess", "Translators"))
    refused = client.get("/admin/directory-import/export/openreferral/")  # the admin sends them home with a message
    assert refused.status_code == 302 and not refused["Content-Type"].startswith("application/json")


def test_the_file_is_in_english_whatever_the_editors_admin_language(client, full_service, django_user_model):
    from django.contrib.auth.models import Group, Permission

    editor = django_user_model.objects.create_user(username="eira", password="not-a-real-password-1")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(Group.objects.get(name="Editors"))
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "cy"
    profile.save()
    client.force_login(editor)
    assert "Lawrlwytho" in client.get("/admin/directory-import/").content.decode()  # the admin speaks Welsh
    [service] = json.loads(client.get("/admin/directory-import/export/openreferral/").content)
    assert [schedule["description"] for schedule in service["schedules"]] == ["Mon-Fri 9am-5pm", "Sat 10am-1pm"]
