"""Restore a backup made by `manage.py backup`: see carers_site/ops/backup.py."""

import sys

from django.core.management.base import BaseCommand, CommandError

from carers_site.ops.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Replace the database and the uploaded files with those in a backup archive. Every file in the archive "
        "is checked against its manifest first: a damaged archive is refused and nothing changes."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="A .tar.gz made by `manage.py backup`.")
        parser.add_argument("--yes", action="store_true", help="Do not ask before replacing the database and media.")

    def handle(self, *args, archive, yes=False, **options):
        def confirm(message):
            self.stdout.write(self.style.WARNING(message))
            if yes:
                return True
            if not sys.stdin.isatty():
                raise CommandError("Not restored: add --yes to restore without being asked. Nothing was changed.")
            return input("Type yes to restore: ").strip().lower() == "yes"

        try:
            manifest, notes = restore_backup(archive, confirm)
        except BackupError as error:
            raise CommandError(str(error)) from error
        for note in notes:
            self.stdout.write(note)
        self.stdout.write(self.style.SUCCESS(f"Restored {archive} (made {manifest['created']})."))
