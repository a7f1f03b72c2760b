"""Which pages are private: every view restriction on the site, read once per process (carers_site.core.site_wide) and
answered from there by every code path that asks "is this page private?" or "may this visitor see it?".

Wagtail asks the database each time: ``PageQuerySet.public()`` reads every restriction, ``Page.get_view_restrictions``
reads the page's ancestors and then its restrictions, and a page asked both for its serving, its audio, its family pack
button and the page cache. ``use_kept_restrictions`` (called from CarersSiteConfig.ready) makes both answer from
the kept table, with exactly Wagtail's rules: a restriction covers its page and every page below it, and an alias page
(or an alias above a page) is covered by its source page's restrictions, never its own. Who may read what, for one
visitor, is site/privacy/access.py's ``PageAccess``, made once per request from the same table.

The table is renewed when a restriction, its groups, a page's place in the tree or an alias of a restricted page
changes (site_wide.new_site_wide_generation, from page_cache's signals and ``connect_signals`` below).
"""

from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Q
from wagtail.models import (
    PageViewRestriction,
)

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
    aliases: dict  # {tree path of an alias page: its source page's id}, for restricted sources only
    alias_ids: set  # restricted pages that are themselves aliases (Wagtail ignores their own restrictions)

    def covering(self, path):
        """Restrictions on a page at ``path`` or a page above it, as Page.get_view_restrictions finds them."""
        sources = {page_id for alias_path, page_id in self.aliases.items() if path.startswith(alias_path)}
        return [
            restriction
            for restriction in self.restrictions
            if (path.startswith(restriction.path) and restriction.page_id not in self.alias_ids)
            or restriction.page_id in sources
        ]


def build_table():
    from wagtail.models import Page, PageViewRestriction

    by_pk = {}
    rows = PageViewRestriction.objects.values_list(
        "pk", "page_id", "page__path", "page__depth", "page__alias_of_id", "restriction_type", "groups__pk"
    )
    alias_ids = set()
    for pk, page_id, path, depth, alias_of_id, kind, group_id in rows:
        restriction = by_pk.setdefault(pk, Restriction(pk, page_id, path, depth, kind))
        if group_id is not None:
            restriction.group_ids.add(group_id)
        if alias_of_id is not None:
            alias_ids.add(page_id)
    restricted = {restriction.page_id for restriction in by_pk.values()}
    aliases = dict(Page.objects.filter(alias_of__in=restricted).values_list("path", "alias_of_id")) if by_pk else {}
    return RestrictionTable(list(by_pk.values()), aliases, alias_ids)


def restriction_table():
    return remembered("privacy:restrictions", build_table)


def is_private(page):
    """True if the page, or a page above it, has a view restriction (its Privacy setting in the editor)."""
    from wagtail.models import Page

    return isinstance(page, Page) and bool(page.pk) and bool(restriction_table().covering(page.path))


# --- Wagtail's own questions, answered from the table ---------------------------------------------------------


def private_q(queryset):
    """``PageQuerySet.private_q``: pages in a private section (a restricted page or below it)."""
    q = Q()
    for restriction in restriction_table().restrictions:
        q |= Q(path__startswith=restriction.path, depth__gte=restriction.depth)
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
    """Renew the table when what it holds changes in ways the page cache's signals do not see."""
    from django.db.models.signals import m2m_changed, post_save
    from wagtail.models import Page, PageViewRestriction

    from carers_site.core.site_wide import new_site_wide_generation

    def groups_changed(**kwargs):
        new_site_wide_generation()

    def alias_saved(instance, **kwargs):
        """An alias of a restricted page is as private as that page. (An alias later turned into a page of its own
        stays covered by its old source's restrictions until the next renewal: more private, never less.)"""
        if isinstance(instance, Page) and instance.alias_of_id is not None:
            if PageViewRestriction.objects.filter(page_id=instance.alias_of_id).exists():
                new_site_wide_generation()

    m2m_changed.connect(
        groups_changed, sender=PageViewRestriction.groups.through, dispatch_uid="privacy.groups_changed"
    )
    post_save.connect(alias_saved, dispatch_uid="privacy.alias_saved")


class PageAccess:
    """Which pages one visitor may read, from the site's view restrictions (carers_site/core/privacy.py, kept per
    process), decided once per request (``for_request``) and used by every listing, search and check.

    Mirrors ``PageViewRestriction.accept_request`` (which queries the user's groups once per restriction and
    page), so a listing of 20 resources costs at most one query (the visitor's groups), not forty.
    """

    def __init__(self, user, session=None):
        self.user, self.session = user, session
        self.table = restriction_table()
        self.restrictions = self.table.restrictions

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

    def hidden_q(self):
        """A filter matching the pages this visitor may not read, or None if they may read them all."""
        query = None
        for restriction in self.restrictions:
            if not self.passes(restriction):
                here = Q(path__startswith=restriction.path)
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
