"""Delete answers to the feedback form kept longer than the site allows. Run daily from cron."""

from django.core.management.base import BaseCommand
from wagtail.models import Site

from carers_site.core.site_settings import SiteSettings
from carers_site.feedback.models import FeedbackFormPage
from carers_site.feedback.safety import delete_old_submissions


def keep_days_for(page):
    """The "keep feedback for (days)" setting of the page's site (the default site's for a page outside every
    site; the field's default when there is no site at all)."""
    site = page.get_site() or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return SiteSettings._meta.get_field("keep_feedback_days").get_default()
    return SiteSettings.for_site(site).keep_feedback_days


class Command(BaseCommand):
    help = (
        "Delete answers to the feedback form that are older than each site's 'keep feedback for (days)' "
        "setting (Settings > Site settings). Run it every day, e.g. from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only say how many would be deleted.")

    def handle(self, *args, dry_run=False, **options):
        total = 0
        for page in FeedbackFormPage.objects.order_by("path"):
            days = keep_days_for(page)
            count = delete_old_submissions(page, days, dry_run=dry_run)
            total += count
            if count:
                verb = "Would delete" if dry_run else "Deleted"
                self.stdout.write(
                    f"{verb} {count} {plural(count)} older than {days} days from “{page.title}” "
                    f"({page.locale.language_code})."
                )
        if dry_run:
            self.stdout.write(f"Dry run: nothing deleted. {total} {plural(total)} would be deleted.")
        elif total:
            self.stdout.write(self.style.SUCCESS(f"Done: {total} old {plural(total)} deleted."))
        else:
            self.stdout.write("No answers are older than the time they are kept for. Nothing deleted.")


def plural(count):
    return "answer" if count == 1 else "answers"
