"""Back up the database and the uploaded files into one archive: see carers_site/ops/backup.py."""

from django.core.management.base import BaseCommand, CommandError

from carers_site.ops.backup import BackupError, create_backup, human_size


class Command(BaseCommand):
    help = (
        "Write the database (SQLite or PostgreSQL) and every uploaded file into one .tar.gz archive with a "
        "manifest of checksums. Safe while the site runs. Restore it with `manage.py restore ARCHIVE`."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", help="Where to write the archive (default var/backups/carers-YYYYMMDD-HHMMSS.tar.gz)."
        )

    def handle(self, *args, output=None, **options):
        try:
            result = create_backup(output)
        except BackupError as error:
            raise CommandError(f"Backup failed: {error}") from error
        media = [entry for entry in result["manifest"]["files"] if entry["path"].startswith("media/")]
        media_text = f"{len(media)} media files" if result["manifest"]["media"]["included"] else "no media files"
        self.stdout.write(
            self.style.SUCCESS(
                f"Backup written: {result['path']} ({human_size(result['size'])}, database and {media_text}) "
                f"in {result['seconds']:.1f} s"
            )
        )
