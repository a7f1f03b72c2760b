"""Locales and the Translators and Professionals groups, kept in step with settings after every ``migrate``.

Languages are configured in settings (``WAGTAIL_CONTENT_LANGUAGES``); a language added there gets its
Wagtail locale the next time ``migrate`` runs. Locales are never deleted here: removing one would delete
its pages, which is an editor's decision, made in Settings > Locales.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Locale, Page

TRANSLATORS = "Translators"
#: Health and care staff who may read the resources kept for professionals (pages private to this group).
#: Members need no admin access or permissions: the group is only named in those pages' privacy settings.
PROFESSIONALS = "Professionals"

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


def ensure_locales():
    """Create a Wagtail locale for every language in settings that has none yet. Returns the new codes."""
    existing = set(Locale.objects.values_list("language_code", flat=True))
    added = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code not in existing]
    Locale.objects.bulk_create([Locale(language_code=code) for code in added])
    return added


def ensure_translators_group():
    """The Translators group with its permissions (added to, never taken away from, on each run)."""
    group, _created = Group.objects.get_or_create(name=TRANSLATORS)
    for app_label, codename in TRANSLATOR_MODEL_PERMISSIONS:
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is not None:
            group.permissions.add(permission)
    root = Page.get_first_root_node()
    if root is not None:
        for codename in TRANSLATOR_PAGE_PERMISSIONS:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
    return group


def ensure_professionals_group():
    return Group.objects.get_or_create(name=PROFESSIONALS)[0]


def sync_after_migrate(sender, **kwargs):
    """post_migrate is sent once per app; act on the last app's, when every table and permission exists."""
    with_models = [config for config in apps.get_app_configs() if config.models_module is not None]
    if sender.label != with_models[-1].label:
        return
    ensure_locales()
    ensure_translators_group()
    ensure_professionals_group()
