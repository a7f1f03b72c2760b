"""Which pages are private: every view restriction on the site, read once per process (carers_site.core.site_wide) and
answered from there by every code path that asks "is this page private?" or "may this visitor see it?".

Wagtail asks the database each time: ``PageQuerySet.public()`` reads every restriction, ``Page.get_view_restrictions``
reads the page's ancestors and then its restrictions, and a page asked both for its serving, its audio, its family pack
button and the page cache. ``use_kept_restrictions`` (called from CarersSiteConfig.ready) makes both answer from
the kept table, with Wagtail's rules and one more: a restriction covers its page and every page below it, an alias
page (or an alias above a page) is covered by its source page's restrictions, never its own, and every translation of
a restricted page (and its aliases, and the pages below them) is covered by the same restriction, so privacy set on
the English page holds in Welsh and Urdu at once. Who may read what, for one visitor, is ``PageAccess`` below, made
once per request from the same table. Every channel (pages, search, short links, family packs, feeds, the API,
documents, audio, media) asks these: tests/privacy/test_channels.py lists them.

The table is renewed when a restriction, its groups, a page's place in the tree, or a translation or alias of a
restricted page changes (site_wide.new_site_wide_generation, from page_cache's signals and ``connect_signals`` below).
"""

from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Q
from wagtail.models import PageViewRestriction

from carers_site.core.site_wide import remembered


@dataclass
class Restriction:
    pk: int
    page_id: int
    path: str  # the restricted page's tree path: it covers every page whose path starts with this
    depth: int
    kind: str
    group_ids: set = field(default_factory=set)


@dataclass
class RestrictionTable:
    restrictions: list  # [Restriction]
    sections: list  # [(tree path, Restriction)]: the restriction covers every page whose path starts with this path
    translation_keys: set = field(default_factory=set)  # of the restricted pages, to notice a new translation

    def covering(self, path):
        """Restrictions on a page at ``path``: those on the page or a page above it (as Page.get_view_restrictions
        finds them), and those on a translation or alias of the page or of a page above it."""
        found = {}
        for section, restriction in self.sections:
            if path.startswith(section):
                found.setdefault(restriction.pk, restriction)
        return list(found.values())


def build_table():
    """Every restriction and the sections it covers: the restricted page (unless it is an alias, whose own
    restrictions Wagtail ignores), its aliases, its translations and their aliases, each with the pages below."""
    from wagtail.models import Page, PageViewRestriction

    by_pk, keys = {}, {}
    rows = PageViewRestriction.objects.values_list(
        "pk",
        "page_id",
        "page__path",
        "page__depth",
        "page__alias_of_id",
        "page__translation_key",
        "restriction_type",
        "groups__pk",
    )
    for pk, page_id, path, depth, alias_of_id, translation_key, kind, group_id in rows:
        restriction = by_pk.get(pk)
        if restriction is None:
            if alias_of_id is not None:
                continue  # an alias follows its source page's privacy, never its own
            restriction = by_pk[pk] = Restriction(pk, page_id, path, depth, kind)
            keys.setdefault(translation_key, []).append(restriction)
        if group_id is not None:
            restriction.group_ids.add(group_id)
    restrictions = list(by_pk.values())
    sections = [(restriction.path, restriction) for restriction in restrictions]
    if restrictions:
        by_page = {}
        for restriction in restrictions:
            by_page.setdefault(restriction.page_id, []).append(restriction)
        related = Page.objects.filter(
            Q(alias_of_id__in=by_page) | Q(translation_key__in=keys) | Q(alias_of__translation_key__in=keys)
        ).values_list("path", "alias_of_id", "translation_key", "alias_of__translation_key")
        for path, alias_of_id, translation_key, source_key in related:
            found = [*by_page.get(alias_of_id, []), *keys.get(translation_key, []), *keys.get(source_key, [])]
            unique = {restriction.pk: restriction for restriction in found if restriction.path != path}
            sections.extend((path, restriction) for restriction in unique.values())
    return RestrictionTable(restrictions, sections, set(keys))


def restriction_table():
    return remembered("privacy:restrictions", build_table)


def is_private(page):
    """True if the page, a page above it, or a translation or alias of either, has a view restriction (its Privacy
    setting in the editor)."""
    from wagtail.models import Page

    return isinstance(page, Page) and bool(page.pk) and bool(restriction_table().covering(page.path))


def covered_by_q(page):
    """The pages a restriction on ``page`` covers (or covered): the page, its translations and aliases, and every
    page below them. One query. For acting on them when the restriction is added or lifted (their audio)."""
    from wagtail.models import Page

    related = Page.objects.filter(
        Q(pk=page.pk)
        | Q(alias_of_id=page.pk)
        | Q(translation_key=page.translation_key)
        | Q(alias_of__translation_key=page.translation_key)
    ).values_list("path", flat=True)
    q = Q(pk=page.pk)
    for path in related:
        q |= Q(path__startswith=path)
    return q


def pages_using(obj):
    """(ids of the pages that use ``obj``, a document or an image, in their content, links or downloads; whether
    anything that is not a page uses it too), from Wagtail's reference index."""
    from wagtail.models import Page, ReferenceIndex

    page_type = ReferenceIndex._get_base_content_type(Page)
    page_ids, elsewhere = set(), False
    for base_type_id, object_id in ReferenceIndex.get_references_to(obj).values_list(
        "base_content_type_id", "object_id"
    ):
        if base_type_id == page_type.pk:
            page_ids.add(int(object_id))
        else:
            elsewhere = True
    return page_ids, elsewhere


# --- Wagtail's own questions, answered from the table ---------------------------------------------------------


def private_q(queryset):
    """``PageQuerySet.private_q``: pages in a private section (a restricted page, a translation or alias of one, or
    a page below those)."""
    q = Q()
    for path in dict.fromkeys(path for path, _restriction in restriction_table().sections):
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


def get_view_restrictions(page):
    """``Page.get_view_restrictions``: a queryset of the restrictions covering the page, which asks nothing of the
    database when there are none (a public page)."""
    from wagtail.models import PageViewRestriction

    if page.pk is None or not page.path:
        return PageViewRestriction.objects.none()
    ids = [restriction.pk for restriction in restriction_table().covering(page.path)]
    return PageViewRestriction.objects.filter(pk__in=ids) if ids else PageViewRestriction.objects.none()


def use_kept_restrictions():
    """Make Wagtail's privacy questions read the kept table (see the module's docstring)."""
    from wagtail.models import Page
    from wagtail.query import PageQuerySet

    PageQuerySet.private_q = private_q
    Page.get_view_restrictions = get_view_restrictions


def connect_signals():
    """Renew the table when what it holds changes in ways the page cache's signals do not see: a restriction's
    groups, and a new (or deleted) translation or alias of a restricted page, which is as private as that page."""
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.models import Page, PageViewRestriction

    from carers_site.core.site_wide import new_site_wide_generation

    def groups_changed(**kwargs):
        new_site_wide_generation()

    def page_changed(instance, created=True, **kwargs):
        """A page made (``copy_for_translation``, ``create_alias``) or deleted: renewed if it is a translation of a
        restricted page, or any alias (aliases are few). (An alias later turned into a page of its own stays covered
        until the next renewal: more private, never less.)"""
        if not isinstance(instance, Page) or not created:
            return
        table = restriction_table()
        if table.restrictions and (instance.alias_of_id or instance.translation_key in table.translation_keys):
            new_site_wide_generation()

    def restriction_lifted(instance, origin=None, **kwargs):
        """Lifting a page's privacy lifts it in every language: Wagtail copies a restriction onto each translation
        made from a private page, and that copy would keep them all private (a restriction on any translation
        covers every one). Not when the restriction goes because its page is deleted."""
        model = getattr(origin, "model", type(origin))
        if not (isinstance(model, type) and issubclass(model, PageViewRestriction)):
            return
        page = Page.objects.filter(pk=instance.page_id).only("translation_key").first()
        if page is not None:
            PageViewRestriction.objects.filter(
                Q(page__translation_key=page.translation_key) | Q(page__alias_of_id=page.pk)
            ).exclude(pk=instance.pk).delete()

    # weak=False: these functions live only in the signals.
    lifted = dict(sender=PageViewRestriction, weak=False, dispatch_uid="privacy.restriction_lifted")
    post_delete.connect(restriction_lifted, **lifted)
    groups = dict(sender=PageViewRestriction.groups.through, weak=False, dispatch_uid="privacy.groups_changed")
    m2m_changed.connect(groups_changed, **groups)
    post_save.connect(page_changed, weak=False, dispatch_uid="privacy.page_saved")
    post_delete.connect(page_changed, weak=False, dispatch_uid="privacy.page_deleted")


class PageAccess:
    """Which pages one visitor may read, from the site's view restrictions (carers_site/core/privacy.py, kept per
    process), decided once per request (``for_request``) and used by every listing, search and check.

    Mirrors ``PageViewRestriction.accept_request`` (which queries the user's groups once per restriction and
    page), so a listing of 20 resources costs at most one query (the visitor's groups), not forty.
    """

    def __init__(self, user, session=None):
        self.user, self.session = user, session
        self.table = restriction_table()

    @classmethod
    def for_request(cls, request):
        """The visitor's access, made once per request and kept on it."""
        access = getattr(request, "_page_access", None)
        if access is None:
            access = request._page_access = cls(request.user, getattr(request, "session", None))
        return access

    @cached_property
    def user_group_ids(self):
        if not self.user.is_authenticated:
            return set()
        return set(self.user.groups.values_list("pk", flat=True))

    def passes(self, restriction):
        if restriction.kind == PageViewRestriction.PASSWORD:
            key = PageViewRestriction.passed_view_restrictions_session_key
            return restriction.pk in (self.session.get(key, []) if self.session else [])
        if restriction.kind == PageViewRestriction.LOGIN:
            return self.user.is_authenticated
        if restriction.kind == PageViewRestriction.GROUPS:
            return self.user.is_superuser or bool(restriction.group_ids & self.user_group_ids)
        return False

    def restrictions_on(self, page):
        return self.table.covering(page.path)

    def is_private(self, page):
        return bool(self.restrictions_on(page))

    def can_read(self, page):
        return all(self.passes(restriction) for restriction in self.restrictions_on(page))

    def can_read_any(self, page_ids):
        """Whether one of these pages is live and readable by this visitor."""
        from wagtail.models import Page

        return any(self.can_read(page) for page in Page.objects.filter(pk__in=page_ids, live=True).only("path"))

    def may_see_object(self, obj, page_ids=()):
        """Whether this visitor may open a document or image: refused only when pages use it, at least one of them
        private, nothing else uses it, and no live page this visitor may read uses it. ``page_ids`` are more pages
        that use it (a resource's downloads, a leaflet's PDF) if the reference index might not know them yet."""
        from wagtail.models import Page

        used_by, elsewhere = pages_using(obj)
        used_by |= set(page_ids)
        if elsewhere or not used_by:
            return True
        paths = Page.objects.filter(pk__in=used_by).values_list("path", flat=True)
        if not any(self.table.covering(path) for path in paths):
            return True
        return self.can_read_any(used_by)

    def hidden_q(self):
        """A filter matching the pages this visitor may not read, or None if they may read them all."""
        query = None
        for path in dict.fromkeys(path for path, restriction in self.table.sections if not self.passes(restriction)):
            here = Q(path__startswith=path)
            query = here if query is None else query | here
        return query

    def mark(self, pages):
        """Set ``for_professionals`` (private) and ``can_read`` on each page, for templates."""
        for page in pages:
            page.for_professionals = self.is_private(page)
            page.can_read = self.can_read(page)
        return pages


def readable_by(queryset, user):
    """The pages in ``queryset`` that ``user`` may read. For an anonymous visitor this is ``.public()``;
    members of the Professionals group (and superusers) also get the pages private to that group.
    Works on search backends too: it filters on the page path, as ``.public()`` does."""
    hidden = PageAccess(user).hidden_q()
    return queryset if hidden is None else queryset.exclude(hidden)


#: Health and care staff who may read the resources kept for professionals (pages private to this group).
#: Members need no admin access or permissions: the group is only named in those pages' privacy settings.
PROFESSIONALS = "Professionals"
