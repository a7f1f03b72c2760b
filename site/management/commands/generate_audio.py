"""Makes computer-read audio drafts now, without the background worker.

manage.py generate_audio                           # every live page whose draft is missing or out of date
manage.py generate_audio --language ur             # only Urdu pages
manage.py generate_audio --page 12 --page 40       # these pages (by id)
manage.py generate_audio --slug home --slug crisis # pages with these slugs, and their translations
manage.py generate_audio --force                   # make them again even if up to date

Private pages (with view restrictions, e.g. resources for the Professionals group) are skipped, and any old
draft of theirs deleted: audio files are public (see update_draft).
"""

import sys
from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm
from wagtail.models import Page

from carers_site.audio.drafts import update_draft


class Command(BaseCommand):
    help = "Make computer-read audio drafts of live pages (those missing or out of date, unless --force)."

    def add_arguments(self, parser):
        parser.add_argument("--page", type=int, action="append", dest="page_ids", metavar="ID", help="a page id")
        parser.add_argument(
            "--slug", action="append", dest="slugs", metavar="SLUG", help="a page slug (its translations too)"
        )
        parser.add_argument(
            "--language", action="append", dest="languages", metavar="CODE", help="a language code, e.g. en or ur"
        )
        parser.add_argument("--force", action="store_true", help="make drafts again even when they are up to date")

    def handle(self, *args, page_ids=None, slugs=None, languages=None, force=False, verbosity=1, **options):
        pages = Page.objects.live().filter(depth__gt=1).select_related("locale").order_by("path")
        if page_ids:
            pages = pages.filter(pk__in=page_ids)
        if slugs:
            # Translations may have other slugs (home-2), so match them by translation key.
            pages = pages.filter(translation_key__in=Page.objects.filter(slug__in=slugs).values("translation_key"))
        if languages:
            pages = pages.filter(locale__language_code__in=languages)

        outcomes = Counter()
        failed = []
        for page in tqdm(list(pages), unit=" pages", file=sys.stderr, disable=verbosity == 0, desc="Audio drafts"):
            outcome = update_draft(page, force=force)
            outcomes[outcome] += 1
            if outcome == "failed":
                failed.append(page)

        self.stdout.write(
            f"Drafts made: {outcomes['made']}. Already up to date: {outcomes['unchanged']}. "
            f"In a language with no computer voice: {outcomes['no voice']}. Failed: {outcomes['failed']}. "
            f"Private pages, left without audio on purpose: {outcomes['private']}."
        )
        if failed:
            details = "\n".join(f"  {page.pk} {page.title}: {page.audio_version.draft_error}" for page in failed)
            raise CommandError(f"Some drafts could not be made:\n{details}")
