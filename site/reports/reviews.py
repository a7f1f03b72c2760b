"""Review reminders: which pages are overdue for review or due soon, for the daily email and the dashboard.

Guidance pages, leaflets and services have a review date and an owner (Wagtail's ``Page.owner``).
``manage.py send_review_reminders`` (run daily) emails each owner one digest of their pages that are overdue
or due in the next 30 days; pages with no owner, or whose owner has no email address, go to the shared
address ``settings.REVIEW_REMINDERS_EMAIL``. The admin dashboard's "Due for review" panel lists the same
pages for whoever is signed in, limited to the pages they can edit.

Only English pages count, live or draft: a translation shares its English page's review date and owner and
is checked with it, so listing it too would remind people once per language.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.translation import gettext, ngettext
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from carers_site.core.form_safety import owner_or_shared_address
from carers_site.reports.needs_checking import (
    admin_edit_url,
    english_originals,
    page_type_label,
    pages_editable_by,
    user_can_edit_pages,
    with_review_dates,
)

#: Pages are listed from this many days before their review date.
DUE_SOON_DAYS = 30

#: The dashboard panel shows at most this many pages, then "and N more".
PANEL_LIMIT = 10

#: The setting naming the shared address for pages nobody with an email address owns.
SHARED_ADDRESS_SETTING = "REVIEW_REMINDERS_EMAIL"


def pages_due_for_review(days=DUE_SOON_DAYS, today=None):
    """English pages, live or draft, whose review date has passed or is in the next ``days`` days.

    Most overdue first. One query, whatever the page types; each page has ``review_date`` annotated and its
    owner loaded. Alias pages are left out: they follow the page they copy.
    """
    today = today or timezone.localdate()
    return (
        with_review_dates(english_originals(Page.objects.filter(alias_of__isnull=True)))
        .filter(review_date__lte=today + datetime.timedelta(days=days))
        .select_related("owner", "content_type")
        .order_by("review_date", "title", "pk")
    )


def due_text(days):
    """When a review is due, in words: "3 days overdue", "Due today", "Due in 12 days"."""
    if days < 0:
        return ngettext("%(count)d day overdue", "%(count)d days overdue", -days) % {"count": -days}
    if days == 0:
        return gettext("Due today")
    return ngettext("Due in %(count)d day", "Due in %(count)d days", days) % {"count": days}


@dataclass
class DuePage:
    """A page due for review, with how many days are left (negative once it is overdue)."""

    page: Page
    days: int

    @classmethod
    def from_page(cls, page, today):
        return cls(page, (page.review_date - today).days)

    @property
    def overdue(self):
        return self.days < 0

    @property
    def title(self):
        return self.page.get_admin_display_title()

    @property
    def review_date(self):
        return self.page.review_date

    @property
    def review_date_text(self):
        return format_date(self.page.review_date, "j F Y")

    @property
    def due_text(self):
        return due_text(self.days)

    @property
    def page_type(self):
        return page_type_label(self.page)

    @property
    def edit_path(self):
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])

    @property
    def edit_url(self):
        return admin_edit_url(self.page.pk)


@dataclass
class ReviewDigest:
    """One reminder email: everything due for one address, overdue pages first."""

    recipient: str  # "" when a page has no owner with an email address and no shared address is set
    owner: object = None  # the user it is written to; None for the shared address
    days: int = DUE_SOON_DAYS
    overdue: list = field(default_factory=list)
    due_soon: list = field(default_factory=list)

    @property
    def pages(self):
        return self.overdue + self.due_soon

    @property
    def to_shared_address(self):
        return self.owner is None

    def subject(self):
        return gettext("Pages to review on %(site)s: %(overdue)d overdue, %(due_soon)d due soon") % {
            "site": settings.WAGTAIL_SITE_NAME,
            "overdue": len(self.overdue),
            "due_soon": len(self.due_soon),
        }

    def body(self):
        """The plain text email: a greeting, why it came, then the overdue pages and the pages due soon."""
        name = (self.owner.get_full_name() or self.owner.get_username()) if self.owner else ""
        lines = [gettext("Hello %(name)s,") % {"name": name} if name else gettext("Hello,"), ""]
        if self.to_shared_address:
            lines += [
                gettext(
                    "These pages have no owner with an email address, so their reminder comes to this shared "
                    "address. Please give each page an owner in its “Review” section, so the right person is "
                    "reminded next time."
                ),
                "",
            ]
        lines += [
            gettext(
                "Please check these pages are still right. When you have checked a page, set its next review "
                "date and publish it."
            ),
            "",
        ]
        sections = [
            (gettext("Overdue"), self.overdue),
            (gettext("Due in the next %(days)d days") % {"days": self.days}, self.due_soon),
        ]
        for heading, pages in sections:
            if not pages:
                continue
            heading = f"{heading} ({len(pages)})"
            lines += [heading, "-" * len(heading), ""]
            for due in pages:
                lines += [
                    due.title,
                    gettext("Review date: %(date)s") % {"date": due.review_date_text},
                    due.due_text,
                    gettext("Edit: %(url)s") % {"url": due.edit_url},
                    "",
                ]
        lines.append(
            gettext("You get this email because you look after these pages on %(site)s.")
            % {"site": settings.WAGTAIL_SITE_NAME}
        )
        return "\n".join(lines) + "\n"

    def message(self):
        return EmailMessage(self.subject(), self.body(), None, [self.recipient])


def review_digests(days=DUE_SOON_DAYS, today=None):
    """One digest per address, each listing what its pages' owner must review: owners in the order of
    their most urgent page, the shared address last."""
    today = today or timezone.localdate()
    digests = {}
    for page in pages_due_for_review(days, today):
        owner = page.owner if page.owner and page.owner.email else None
        recipient = owner_or_shared_address(owner, SHARED_ADDRESS_SETTING)
        digest = digests.setdefault(recipient, ReviewDigest(recipient, owner=owner, days=days))
        due = DuePage.from_page(page, today)
        (digest.overdue if due.overdue else digest.due_soon).append(due)
    return sorted(digests.values(), key=lambda digest: digest.to_shared_address)


class DueForReviewPanel(Component):
    """Dashboard panel: the pages the signed-in user can edit that are overdue or due in the next 30 days."""

    name = "due_for_review"
    template_name = "carers_site/admin/due_for_review_panel.html"
    order = 240  # after the moderation panels, before "Your most recent edits"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        today = timezone.localdate()
        pages = pages_editable_by(self.user, pages_due_for_review(DUE_SOON_DAYS, today))
        shown = [DuePage.from_page(page, today) for page in pages[:PANEL_LIMIT]]
        more = pages.count() - len(shown) if len(shown) == PANEL_LIMIT else 0
        return {
            "due_pages": shown,
            "more": more,
            "days": DUE_SOON_DAYS,
            "report_url": reverse("pages_to_review_report"),
        }


def add_due_for_review_panel(request, panels):
    """For the ``construct_homepage_panels`` hook: the panel, for people who can edit pages."""
    if user_can_edit_pages(request.user):
        panels.append(DueForReviewPanel(request.user))
