"""Locales, the four groups and the moderation workflow, kept in step with the code after every ``migrate``.

The groups (a person may be in several):

- **Editors** write and change pages, crisis lines, images, documents and recordings, and answer the
  public's listing problems and access requests. They publish news, events and services themselves, but
  their changes to guidance, leaflets, the library, the home page and crisis lines go to a moderator.
- **Moderators** can do all that editors can, and publish anything: they approve or reject the changes
  editors submit, and look after the shared lists (areas, audiences...) and site settings.
- **Translators** translate pages and snippets and upload recordings; an editor or moderator publishes.
- **Professionals** have no admin access: they may read the resources made private to them.

The workflow "Moderators approval" (one Moderators approval task) covers every page and crisis lines.
Whoever has publish permission may still publish directly, so who must wait for approval is decided by
who lacks publish permission: editors on guidance, leaflets and crisis lines.

Languages are configured in settings (``WAGTAIL_CONTENT_LANGUAGES``); a language added there gets its
Wagtail locale the next time ``migrate`` runs. Locales are never deleted here: removing one would delete
its pages, which is an editor's decision, made in Settings > Locales.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from carers_site.core.privacy import PROFESSIONALS

TRANSLATORS = "Translators"
#: Apps whose permissions Wagtail takes from the collection permissions (Settings > Groups > Collections),
#: not from the group's own permissions: images and documents.
COLLECTION_APPS = ("wagtailimages", "wagtaildocs")
EDITORS = "Editors"
MODERATORS = "Moderators"
WORKFLOW_NAME = "Moderators approval"

#: What translators may do. They translate pages and the snippets carers see and upload recordings,
#: but cannot publish: an editor or moderator checks and publishes their work.
TRANSLATOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
    ("carers_site", "change_audience"),
    ("carers_site", "change_area"),
    ("carers_site", "change_carearea"),
    ("carers_site", "change_resourcetype"),
    ("carers_site", "change_intervention"),
    ("directory", "change_crisisline"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("resources", "add_audioversion"),
    ("resources", "change_audioversion"),
]
TRANSLATOR_PAGE_PERMISSIONS = ["add_page", "change_page"]

#: What editors may do outside the page tree (pages: add and change everywhere, publish where
#: EDITOR_PUBLISHES says). Crisis lines: add and change, but not publish, so changes wait for a moderator.
EDITOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("directory", "add_crisisline"),
    ("directory", "change_crisisline"),
    ("directory", "add_organisation"),
    ("directory", "change_organisation"),
    ("directory", "view_listingproblem"),
    ("directory", "change_listingproblem"),
    ("resources", "add_audioversion"),
    ("resources", "change_audioversion"),
    ("resources", "view_accessrequest"),
    ("resources", "change_accessrequest"),
    ("carers_site", "add_shortlink"),
    ("carers_site", "change_shortlink"),
    ("carers_site", "view_pageviewday"),
    ("carers_search", "view_searchqueryday"),
    ("carers_search", "add_synonym"),
    ("carers_search", "change_synonym"),
    ("wagtailsearchpromotions", "add_query"),
    ("wagtailsearchpromotions", "add_searchpromotion"),
    ("wagtailsearchpromotions", "change_searchpromotion"),
    ("wagtailsearchpromotions", "delete_searchpromotion"),
    ("wagtailredirects", "add_redirect"),
    ("wagtailredirects", "change_redirect"),
    ("wagtailforms", "view_formsubmission"),
]
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
#: Sections whose pages editors publish without approval: dated news and events, and service listings
#: (which the daily review reminders and the public's problem reports keep right).
EDITOR_PUBLISHES = [
    ("carers_site", "newsindexpage"),
    ("carers_site", "eventindexpage"),
    ("directory", "directoryindexpage"),
]

#: Moderators may also publish everything, delete, and keep the shared lists and settings.
MODERATOR_MODEL_PERMISSIONS = EDITOR_MODEL_PERMISSIONS + [
    ("wagtaildocs", "delete_document"),
    ("wagtailimages", "delete_image"),
    ("directory", "publish_crisisline"),
    ("directory", "delete_crisisline"),
    ("directory", "lock_crisisline"),
    ("directory", "unlock_crisisline"),
    ("directory", "delete_organisation"),
    ("directory", "delete_listingproblem"),
    ("resources", "delete_audioversion"),
    ("resources", "delete_accessrequest"),
    ("carers_site", "delete_shortlink"),
    ("carers_site", "change_sitesettings"),
    ("carers_search", "change_searchsettings"),
    ("carers_search", "delete_synonym"),
    ("wagtailredirects", "delete_redirect"),
    ("wagtailforms", "delete_formsubmission"),
    *[
        (app_label, f"{action}_{model}")
        for app_label, model in [
            ("carers_site", "area"),
            ("carers_site", "audience"),
            ("carers_site", "carearea"),
            ("carers_site", "resourcetype"),
            ("carers_site", "outcome"),
            ("carers_site", "sector"),
            ("carers_site", "intervention"),
            ("carers_site", "language"),
        ]
        for action in ("add", "change", "delete")
    ],
]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def ensure_locales():
    """Create a Wagtail locale for every language in settings that has none yet. Returns the new codes."""
    existing = set(Locale.objects.values_list("language_code", flat=True))
    added = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code not in existing]
    Locale.objects.bulk_create([Locale(language_code=code) for code in added])
    return added


def ensure_group(name, model_permissions, page_permissions, pages=None):
    """A group with these permissions (added to, never taken away from, on each run: an administrator's
    extra permissions survive). Page permissions are given on ``pages``, by default the root."""
    group, _created = Group.objects.get_or_create(name=name)
    for app_label, codename in model_permissions:
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is not None:
            group.permissions.add(permission)
            if app_label in COLLECTION_APPS:  # Wagtail reads these only from collection permissions
                collection = Collection.get_first_root_node()
                if collection is not None:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=collection, permission=permission
                    )
    if pages is None:
        root = Page.get_first_root_node()
        pages = [root] if root is not None else []
    for page in pages:
        for codename in page_permissions:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
    return group


def ensure_translators_group():
    return ensure_group(TRANSLATORS, TRANSLATOR_MODEL_PERMISSIONS, TRANSLATOR_PAGE_PERMISSIONS)


def ensure_editors_group():
    """Editors: add and change everywhere; publish in the sections of EDITOR_PUBLISHES, in every language.

    Those section pages are made by the demo or by an administrator, so load_demo calls this again once
    they exist; a new section made by hand needs its publish permission given in Settings > Groups.
    """
    ensure_group(EDITORS, EDITOR_MODEL_PERMISSIONS, EDITOR_PAGE_PERMISSIONS)
    section_types = Q()
    for app_label, model in EDITOR_PUBLISHES:
        section_types |= Q(content_type__app_label=app_label, content_type__model=model)
    return ensure_group(EDITORS, [], ["publish_page"], pages=Page.objects.filter(section_types))


def editors_publish_in_new_section(sender, instance, created, raw=False, **kwargs):
    """A news, events or directory section made later (or translated) gets the editors' publish permission."""
    if created and not raw and (instance._meta.app_label, instance._meta.model_name) in EDITOR_PUBLISHES:
        ensure_group(EDITORS, [], ["publish_page"], pages=[instance])


def ensure_moderators_group():
    return ensure_group(MODERATORS, MODERATOR_MODEL_PERMISSIONS, MODERATOR_PAGE_PERMISSIONS)


def ensure_moderation_workflow():
    """The "Moderators approval" workflow on the whole page tree and on crisis lines.

    Wagtail's own migration makes this workflow and puts it on the root page; this makes sure it exists,
    is active, has the moderators' approval task, and also covers crisis lines.
    """
    from directory.models import CrisisLine

    moderators = Group.objects.get(name=MODERATORS)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    if not workflow.workflow_tasks.exists():
        task, _created = GroupApprovalTask.objects.get_or_create(name=WORKFLOW_NAME)
        task.groups.add(moderators)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    root = Page.get_first_root_node()
    if root is not None and not WorkflowPage.objects.filter(page=root).exists():
        WorkflowPage.objects.create(page=root, workflow=workflow)
    content_type = ContentType.objects.get_for_model(CrisisLine)
    if not WorkflowContentType.objects.filter(content_type=content_type).exists():
        WorkflowContentType.objects.create(content_type=content_type, workflow=workflow)
    return workflow


def ensure_professionals_group():
    return Group.objects.get_or_create(name=PROFESSIONALS)[0]


def sync_after_migrate(sender, **kwargs):
    """post_migrate is sent once per app; act on the last app's, when every table and permission exists."""
    with_models = [config for config in apps.get_app_configs() if config.models_module is not None]
    if sender.label != with_models[-1].label:
        return
    ensure_locales()
    ensure_translators_group()
    ensure_editors_group()
    ensure_moderators_group()
    ensure_moderation_workflow()
    ensure_professionals_group()
