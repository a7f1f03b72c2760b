"""Roles and the moderators' approval workflow: an editor's change to guidance, leaflets and crisis lines
goes live only when a moderator approves it; news, events and services editors publish themselves."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from carers_site.core.privacy import PROFESSIONALS
from carers_site.ops.roles import EDITORS, MODERATORS, TRANSLATORS
from directory.models import CrisisLine
from tests.factories.directory import CrisisLineFactory
from tests.factories.resources import GuidancePageFactory, LeafletIndexPageFactory, LeafletPageFactory
from tests.factories.site import NewsIndexPageFactory, NewsPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def member(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor():
    return member(EDITORS, "eddie")


@pytest.fixture
def moderator():
    return member(MODERATORS, "mo")


@pytest.fixture
def leaflet(home):
    index = LeafletIndexPageFactory(parent=home)
    return LeafletPageFactory(parent=index, title="Money and caring", body=[("paragraph", "<p>Old advice.</p>")])


def page_form(page, title, paragraph, **actions):
    """The edit form of a page with a one-paragraph body, as the admin posts it."""
    return nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "summary": page.summary,
            "body": streamfield([("paragraph", rich_text(f"<p>{paragraph}</p>"))]),
            "pinned_services": streamfield([]),
            "pinned_pages": streamfield([]),
            "review_date": "2027-06-01",
            "comments": inline_formset([]),
            **actions,
        }
    )


def live_title(page):
    return Page.objects.get(pk=page.pk).specific.title


def test_the_groups_exist_after_migrate():
    names = set(Group.objects.values_list("name", flat=True))
    assert {EDITORS, MODERATORS, TRANSLATORS, PROFESSIONALS} <= names


def test_editor_cannot_publish_a_leaflet_directly(client, editor, leaflet):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=[leaflet.pk])
    edit_page = client.get(url).content.decode()
    assert "action-publish" not in edit_page  # no Publish button is offered
    assert "action-submit" in edit_page  # but "Submit to Moderators approval" is

    client.post(url, page_form(leaflet, "Money and caring: new", "New advice.", **{"action-publish": "action-publish"}))

    leaflet.refresh_from_db()
    assert leaflet.title == "Money and caring"  # the live page is unchanged
    assert leaflet.has_unpublished_changes  # the change is kept as a draft, not lost
    assert "Old advice." in client.get(leaflet.url).content.decode()


def test_a_moderator_approves_an_editors_leaflet_change_and_only_then_it_goes_live(client, editor, moderator, leaflet):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=[leaflet.pk])
    client.post(url, page_form(leaflet, "Money and caring: new", "New advice.", **{"action-submit": "action-submit"}))

    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(leaflet.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert live_title(leaflet) == "Money and caring"
    assert "New advice." not in client.get(leaflet.url).content.decode()

    # The editor cannot approve their own change: the task belongs to the Moderators group.
    approve = reverse("wagtailadmin_pages:workflow_action", args=[leaflet.pk, "approve", state.current_task_state.pk])
    refused = client.post(approve, {"comment": ""})
    assert refused.status_code == 302 and refused.url == reverse("wagtailadmin_home")  # Wagtail's "permission denied"
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert live_title(leaflet) == "Money and caring"

    client.force_login(moderator)
    assert "Money and caring: new" in client.get(reverse("wagtailadmin_home")).content.decode()  # awaiting review
    client.post(approve, {"comment": "Checked the figures."})

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert live_title(leaflet) == "Money and caring: new"
    client.logout()
    assert "New advice." in client.get(Page.objects.get(pk=leaflet.pk).url).content.decode()


def test_a_rejected_change_never_goes_live(client, editor, moderator, leaflet):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=[leaflet.pk])
    client.post(url, page_form(leaflet, "Wrong title", "Wrong advice.", **{"action-submit": "action-submit"}))
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(leaflet.pk))

    client.force_login(moderator)
    reject = reverse("wagtailadmin_pages:workflow_action", args=[leaflet.pk, "reject", state.current_task_state.pk])
    client.post(reject, {"comment": "The phone number is wrong."})

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert live_title(leaflet) == "Money and caring"


def test_editor_cannot_publish_guidance_directly(client, editor, home):
    guidance = GuidancePageFactory(parent=home, title="Breaks from caring")
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=[guidance.pk])
    client.post(url, page_form(guidance, "Breaks: changed", "Changed.", **{"action-publish": "action-publish"}))
    assert live_title(guidance) == "Breaks from caring"


def test_a_moderator_publishes_guidance_directly(client, moderator, home):
    guidance = GuidancePageFactory(parent=home, title="Breaks from caring")
    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:edit", args=[guidance.pk])
    client.post(url, page_form(guidance, "Breaks: changed", "Changed.", **{"action-publish": "action-publish"}))
    assert live_title(guidance) == "Breaks: changed"


def test_editor_publishes_news_without_approval(client, editor, home):
    news_index = NewsIndexPageFactory(parent=home)  # a new section: editors get publish permission on it
    item = NewsPageFactory(parent=news_index, title="Carers Week")
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=[item.pk])
    form = nested_form_data(
        {
            "title": "Carers Week is here",
            "slug": item.slug,
            "summary": item.summary,
            "date": "2026-06-01",
            "body": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    client.post(url, form)
    assert live_title(item) == "Carers Week is here"


def crisis_line_form(line, **changes):
    return {
        "name": line.name,
        "short_name": line.short_name,
        "kind": line.kind,
        "description": line.description,
        "phone": line.phone,
        "text_number": line.text_number,
        "text_message": line.text_message,
        "open_24_7": "on",
        "hours": "",
        "sort_order": str(line.sort_order),
        **changes,
    }


def test_an_editors_crisis_line_change_waits_for_a_moderator(client, editor, moderator, home):
    line = CrisisLineFactory(name="Samaritans", phone="116 123", sort_order=2)
    edit = reverse("wagtailsnippets_directory_crisisline:edit", args=[line.pk])

    client.force_login(editor)
    assert "action-publish" not in client.get(edit).content.decode()
    client.post(edit, crisis_line_form(line, phone="0800 111 222", **{"action-publish": "action-publish"}))
    assert CrisisLine.objects.get(pk=line.pk).phone == "116 123"

    client.post(edit, crisis_line_form(line, phone="0800 111 222", **{"action-submit": "action-submit"}))
    state = WorkflowState.objects.get(base_content_type__model="crisisline", object_id=str(line.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    client.logout()
    assert "116 123" in client.get(home.url).content.decode()  # the crisis panel still shows the live number
    assert "0800 111 222" not in client.get(home.url).content.decode()

    client.force_login(moderator)
    approve = reverse(
        "wagtailsnippets_directory_crisisline:workflow_action",
        args=[line.pk, "approve", state.current_task_state.pk],
    )
    client.post(approve, {"comment": ""})
    assert CrisisLine.objects.get(pk=line.pk).phone == "0800 111 222"
    client.logout()
    assert "0800 111 222" in client.get(home.url).content.decode()


def test_a_new_crisis_line_is_not_shown_until_published(client, editor, home):
    client.force_login(editor)
    add = reverse("wagtailsnippets_directory_crisisline:add")
    line = CrisisLine(name="Night line", phone="0800 123 4567", sort_order=5)
    client.post(add, crisis_line_form(line, **{"action-submit": "action-submit"}))
    created = CrisisLine.objects.get(name="Night line")
    assert not created.live
    client.logout()
    assert "Night line" not in client.get(home.url).content.decode()


@pytest.mark.parametrize(
    ("group_name", "codename", "allowed"),
    [
        (EDITORS, "directory.change_crisisline", True),
        (EDITORS, "directory.publish_crisisline", False),
        (EDITORS, "carers_site.change_shortlink", True),
        (EDITORS, "resources.change_accessrequest", True),
        (EDITORS, "directory.change_listingproblem", True),
        (EDITORS, "carers_site.change_area", False),
        (EDITORS, "carers_site.change_sitesettings", False),
        (EDITORS, "carers_search.view_searchqueryday", True),
        (EDITORS, "carers_site.view_pageviewday", True),
        (MODERATORS, "directory.publish_crisisline", True),
        (MODERATORS, "carers_site.change_area", True),
        (MODERATORS, "carers_site.change_sitesettings", True),
        (TRANSLATORS, "directory.publish_crisisline", False),
        (PROFESSIONALS, "wagtailadmin.access_admin", False),
    ],
)
def test_group_permissions(group_name, codename, allowed):
    user = member(group_name, "someone")
    assert user.has_perm(codename) is allowed


def test_every_permission_the_groups_name_exists():
    """A misspelt app label or codename would silently give a group nothing."""
    from django.contrib.auth.models import Permission

    from carers_site.ops.roles import (
        EDITOR_MODEL_PERMISSIONS,
        MODERATOR_MODEL_PERMISSIONS,
        TRANSLATOR_MODEL_PERMISSIONS,
    )

    named = set(EDITOR_MODEL_PERMISSIONS + MODERATOR_MODEL_PERMISSIONS + TRANSLATOR_MODEL_PERMISSIONS)
    missing = [
        (app_label, codename)
        for app_label, codename in sorted(named)
        if not Permission.objects.filter(content_type__app_label=app_label, codename=codename).exists()
    ]
    assert missing == []
