"""Email each page owner one digest of their pages that are overdue for review or due soon. Run it daily."""

import logging

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from carers_site.reports.reviews import DUE_SOON_DAYS, SHARED_ADDRESS_SETTING, review_digests

logger = logging.getLogger(__name__)


def plural(count, one, many):
    return f"{count} {one if count == 1 else many}"


class Command(BaseCommand):
    help = (
        "Email each owner of guidance pages, leaflets and services one list of their pages that are overdue for "
        f"review or due in the next {DUE_SOON_DAYS} days (pages nobody with an email owns go to "
        f"{SHARED_ADDRESS_SETTING}). Changes nothing, so it is safe to run every day. Exits with status 1 if an "
        "email could not be sent."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=DUE_SOON_DAYS,
            help=f"Also list pages due in this many days (default {DUE_SOON_DAYS}). Overdue pages are always listed.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Print the emails that would be sent, and send nothing."
        )

    def handle(self, *args, days, dry_run, **options):
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        with translation.override(settings.LANGUAGE_CODE):  # editors read the admin, and these emails, in English
            digests = review_digests(days)
            if not digests:
                self.stdout.write(f"Nothing is due for review in the next {plural(days, 'day', 'days')}: no emails.")
                return
            unaddressed = [digest for digest in digests if not digest.recipient]
            addressed = [digest for digest in digests if digest.recipient]
            if dry_run:
                self.show(addressed)
                sent, failed = addressed, []
            else:
                sent, failed = self.send(addressed)
        self.summarise(sent, failed, unaddressed, days, dry_run)

    def show(self, digests):
        for digest in digests:
            self.stdout.write(f"To: {digest.recipient}\nSubject: {digest.subject()}\n\n{digest.body()}")
            self.stdout.write("=" * 70)

    def send(self, digests):
        """Send each digest on its own, so a refused address or a mail server hiccup only loses that one."""
        sent, failed = [], []
        for digest in digests:
            try:
                digest.message().send()
            except Exception:
                logger.exception("Could not send the review reminder to %s", digest.recipient)
                failed.append(digest)
            else:
                sent.append(digest)
        return sent, failed

    def summarise(self, sent, failed, unaddressed, days, dry_run):
        overdue = sum(len(digest.overdue) for digest in sent)
        due_soon = sum(len(digest.due_soon) for digest in sent)
        emails = plural(len(sent), "email", "emails")
        verb = "would be sent" if dry_run else "sent"
        summary = f"{emails} {verb}: {overdue} overdue, {due_soon} due in the next {plural(days, 'day', 'days')}."
        if dry_run:
            summary = f"Dry run: {summary} Nothing was sent."
        self.stdout.write(self.style.SUCCESS(summary) if sent and not failed else summary)
        problems = []
        if failed:
            addresses = ", ".join(digest.recipient for digest in failed)
            problems.append(
                f"{plural(len(failed), 'email', 'emails')} could not be sent, to {addresses}. "
                "The log says why; the next run tries again."
            )
        for digest in unaddressed:
            titles = "; ".join(due.title for due in digest.pages)
            problems.append(
                f"No one was reminded about {plural(len(digest.pages), 'page', 'pages')} ({titles}): they have no "
                f"owner with an email address and {SHARED_ADDRESS_SETTING} is not set. Give each page an owner, "
                f"or set {SHARED_ADDRESS_SETTING}."
            )
        for problem in problems:
            self.stderr.write(problem)
        if problems and not dry_run:
            raise CommandError("Some reminders were not sent.", returncode=1)
