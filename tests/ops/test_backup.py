"""Backups: `manage.py backup` and `manage.py restore` bring back pages, revisions, translations, documents, audio and
feedback exactly as they were, on SQLite and on a real PostgreSQL server, and refuse a damaged archive.

Each engine gets a throwaway site (its own database, MEDIA_ROOT and cache folder) and the commands run in child
processes, as a person would run them; the test database is never touched. The SQLite site starts from a copy of
the test database's migrated schema (migrating a new one takes about 40 s); the PostgreSQL one has its tables made
from the models (``migrate --run-syncdb``) with every migration recorded as applied, for the same reason.
"""

import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from carers_site.ops.backup import MANIFEST
from tests.demo_server import production_env

REPO = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.system,
    pytest.mark.skipif(not shutil.which("ffmpeg"), reason="needs Debian's ffmpeg for a real MP3"),
]
#: For the tests on the SQLite site: only so that pytest-django makes the test database, whose schema sqlite_site
#: copies. No test writes to the test database.
USES_TEST_DATABASE_SCHEMA = pytest.mark.django_db

#: Empties the database (``flush``) and makes what Wagtail's data migrations would, then a small site: a guidance
#: page with three revisions (two published, one draft) and its Welsh translation made through wagtail-localize,
#: a PDF document, an audio version with a real MP3 recording, and two answers to the feedback form.
BUILD = """
import subprocess, tempfile
from pathlib import Path
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.management import call_command
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from carers_site.dev.demo.pdf import build_pdf
from tests.factories.site import FeedbackFormPageFactory, HomePageFactory
from resources.audio_models import AudioVersion
from tests.factories.resources import GuidancePageFactory

call_command("flush", interactive=False, verbosity=0)
english, welsh, _urdu = (Locale.objects.get_or_create(language_code=code)[0] for code in ("en", "cy", "ur"))
Collection.get_first_root_node() or Collection.add_root(name="Root")
root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=english))
home = HomePageFactory(parent=root, slug="home", locale=english)
home.save_revision().publish()
Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Carers")

guidance = GuidancePageFactory(parent=home, slug="assessment", title="Carer's assessment", locale=english)
guidance.save_revision().publish()
guidance.summary = "Ask your council for one."
guidance.save_revision().publish()
guidance.title = "Your carer's assessment"
guidance.save_revision()  # a draft, not published

def translate(page, locale):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locale, enabled=True)
    for segment in source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.create(
            translation_of=segment.string, locale=locale, context=segment.context,
            data="[cy] " + segment.string.data, translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        )
    translation.save_target(publish=False)
    source.get_translated_instance(locale).get_latest_revision().publish()

translate(home, welsh)
translate(guidance, welsh)

Document = get_document_model()
document = Document(title="Carers leaflet")
document.file.save("carers-leaflet.pdf", ContentFile(build_pdf("Carers leaflet", [("Help", "Call us.")])))

with tempfile.TemporaryDirectory() as folder:
    mp3 = Path(folder) / "reading.mp3"
    tone = ["-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-ac", "1"]
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", *tone, str(mp3)], check=True)
    with open(mp3, "rb") as file:
        AudioVersion.objects.create(page=guidance, recording=File(file, name="reading.mp3"), recording_seconds=1.0)

form = FeedbackFormPageFactory(parent=home, slug="feedback", locale=english)
form.save_revision().publish()
FormSubmission.objects.create(page=form, form_data={"your_comments": "The crisis numbers helped me."})
FormSubmission.objects.create(page=form, form_data={"your_comments": "Please add more in Urdu."})
"""

#: Deletes the guidance page (and with it its translation, revisions and audio version), the document and the
#: feedback, and adds a page the backup never had.
WRECK = """
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents import get_document_model
from wagtail.models import Page
from resources.models import GuidancePage

for page in GuidancePage.objects.all():
    page.delete()
get_document_model().objects.all().delete()
FormSubmission.objects.all().delete()
home = Page.objects.get(depth=2, locale__language_code="en")
home.add_child(instance=Page(title="Made after the backup", slug="after", locale=home.locale))
"""

#: Prints the site's fingerprint: the SHA-256 of a full `dumpdata` (every app, rows in primary key order) and of
#: every media file, and a few counts to read when it differs.
FINGERPRINT = """
import hashlib, io, json
from pathlib import Path
from django.conf import settings
from django.core.management import call_command
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation
from resources.audio_models import AudioVersion

dump = io.StringIO()
call_command("dumpdata", indent=1, stdout=dump)
root = Path(settings.MEDIA_ROOT)
media = {
    path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
    for path in sorted(root.rglob("*")) if path.is_file()
} if root.exists() else {}
print("FINGERPRINT " + json.dumps({
    "database": hashlib.sha256(dump.getvalue().encode()).hexdigest(),
    "media": media,
    "pages": sorted(Page.objects.values_list("url_path", "locale__language_code", "live")),
    "revisions": Revision.objects.count(),
    "translations": Translation.objects.count(),
    "documents": get_document_model().objects.count(),
    "audio": AudioVersion.objects.count(),
    "feedback": FormSubmission.objects.count(),
}))
"""

#: After a restore the database takes new rows: PostgreSQL's sequences came back with the data.
ADD_ROWS = """
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page
form = Page.objects.get(slug="feedback").specific
FormSubmission.objects.create(page=form, form_data={"your_comments": "After the restore."})
page = Page.objects.get(slug="assessment", locale__language_code="en").specific
page.save_revision().publish()
print("ADDED")
"""


class ThrowawaySite:
    """A site with its own database, media and cache folders; runs manage.py commands against them."""

    def __init__(self, workdir, database_url):
        self.workdir = workdir
        self.media = workdir / "media"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "carers_site.settings.dev",
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(self.media),
            "MEDIA_STORAGE": "filesystem",
            "CACHE_DIR": str(workdir / "cache"),
            "REDIS_URL": "",
            "SEARCH_URL": "",
        }

    def manage(self, *args, check=True, **env):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=REPO,
            env={**self.env, **env},
            capture_output=True,
            text=True,
            timeout=300,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"manage.py {args[0]} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
        return result

    def shell(self, script):
        return self.manage("shell", "--no-imports", "-c", script).stdout

    def fingerprint(self, script=""):
        output = self.shell(script + FINGERPRINT)
        line = next(line for line in output.splitlines() if line.startswith("FINGERPRINT "))
        return json.loads(line.removeprefix("FINGERPRINT "))


#: Tables made from the models, and every migration recorded as applied (see the module docstring).
SCHEMA_FROM_MODELS = """
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

migrations = list(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
settings.MIGRATION_MODULES = {app.label: None for app in apps.get_app_configs()}
call_command("migrate", run_syncdb=True, verbosity=0)
recorder = MigrationRecorder(connection)
recorder.ensure_schema()
recorder.Migration.objects.bulk_create([recorder.Migration(app=app, name=name) for app, name in migrations])
"""


@pytest.fixture(scope="module")
def sqlite_site(migrated_database, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("backup-sqlite")
    database = workdir / "db.sqlite3"
    site = ThrowawaySite(workdir, f"sqlite:///{database}")
    shutil.copyfile(migrated_database, database)
    yield site
    shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="module")
def postgresql_site(tmp_path_factory):
    from carers_site.dev.postgres_server import running_server

    workdir = tmp_path_factory.mktemp("backup-postgres")
    with running_server(fast=True) as url:
        site = ThrowawaySite(workdir, url)
        site.shell(SCHEMA_FROM_MODELS)
        yield site
    shutil.rmtree(workdir, ignore_errors=True)


def archive_members(path):
    with tarfile.open(path, "r:gz") as archive:
        return {member.name: archive.extractfile(member).read() for member in archive if member.isfile()}


def write_archive(path, members):
    with tarfile.open(path, "w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))


def wreck_media(site):
    """Deletes the uploaded document and recording and leaves a file the backup never had."""
    shutil.rmtree(site.media / "documents")
    shutil.rmtree(site.media / "audio")
    (site.media / "stray.txt").write_text("made after the backup")


def media_listing(site):
    return {path: path.read_bytes() for path in sorted(site.media.rglob("*")) if path.is_file()}


@pytest.mark.parametrize("engine", [pytest.param("sqlite", marks=USES_TEST_DATABASE_SCHEMA), "postgresql"])
def test_restore_brings_back_pages_revisions_translations_documents_audio_and_feedback(engine, request):
    site = request.getfixturevalue(f"{engine}_site")
    before = site.fingerprint(BUILD)
    assert before["revisions"] >= 8
    assert [live for path, code, live in before["pages"] if path.endswith("-assessment/") and code == "cy"] == [True]
    assert before["translations"] == 2
    assert (before["documents"], before["audio"], before["feedback"]) == (1, 1, 2)
    assert any(name.startswith("documents/") for name in before["media"])
    assert any(name.startswith("audio/recordings/") for name in before["media"])

    archive = site.workdir / "backups" / "site.tar.gz"
    made = site.manage("backup", "--output", str(archive))
    assert f"Backup written: {archive}" in made.stdout
    assert list(archive.parent.iterdir()) == [archive]  # no partial file left beside it
    assert archive.stat().st_mode & 0o077 == 0  # only its owner may read it
    members = archive_members(archive)
    manifest = json.loads(members[MANIFEST])
    assert manifest["database"]["engine"] == engine
    assert manifest["row_counts"]["wagtailforms.FormSubmission"] == 2
    assert manifest["migrations"]["wagtailcore"]
    assert {entry["path"] for entry in manifest["files"]} == set(members) - {MANIFEST}
    assert {f"media/{name}" for name in before["media"]} <= set(members)

    wreck_media(site)
    wrecked = site.fingerprint(WRECK)
    assert wrecked["database"] != before["database"]
    assert wrecked["media"] != before["media"]
    assert (wrecked["documents"], wrecked["audio"], wrecked["feedback"]) == (0, 0, 0)

    restored = site.manage("restore", str(archive), "--yes")
    assert "Restored" in restored.stdout
    after = site.fingerprint()
    assert after == before
    assert "ADDED" in site.shell(ADD_ROWS)
    assert not any(path.name.startswith(".carers-restore-") for path in site.workdir.iterdir())


@USES_TEST_DATABASE_SCHEMA
def test_a_damaged_or_unsuitable_archive_is_refused_and_nothing_changes(sqlite_site, tmp_path):
    """Checked before anything is touched, the same on both engines: a changed byte, an archive cut short, one
    from PostgreSQL, and a restore nobody confirmed."""
    site = sqlite_site
    archive = tmp_path / "site.tar.gz"
    site.manage("backup", "--output", str(archive))
    members = archive_members(archive)
    # After the backup: a row and a file are added, so a restore that went ahead would show.
    database = sqlite3.connect(site.workdir / "db.sqlite3")
    with database:
        database.execute("INSERT INTO auth_group (name) VALUES ('Made after the backup')")
    database.close()
    site.media.mkdir(exist_ok=True)
    (site.media / "after-the-backup.txt").write_text("new")
    database_bytes, media = (site.workdir / "db.sqlite3").read_bytes(), media_listing(site)

    corrupted = tmp_path / "corrupted.tar.gz"
    member = "database/db.sqlite3"
    flipped = bytearray(members[member])
    flipped[len(flipped) // 2] ^= 0x01
    write_archive(corrupted, {**members, member: bytes(flipped)})
    refused = site.manage("restore", str(corrupted), "--yes", check=False)
    assert refused.returncode != 0
    assert f"{member} does not match its checksum" in refused.stderr
    assert "Nothing was changed" in refused.stderr

    truncated = tmp_path / "truncated.tar.gz"
    truncated.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    refused = site.manage("restore", str(truncated), "--yes", check=False)
    assert refused.returncode != 0
    assert "is damaged or incomplete" in refused.stderr

    manifest = json.loads(members[MANIFEST])
    manifest["database"]["engine"] = "postgresql"
    from_postgres = tmp_path / "postgres.tar.gz"
    write_archive(from_postgres, {**members, MANIFEST: json.dumps(manifest).encode()})
    refused = site.manage("restore", str(from_postgres), "--yes", check=False)
    assert refused.returncode != 0
    assert "holds a PostgreSQL database and this site uses SQLite" in refused.stderr

    unconfirmed = site.manage("restore", str(archive), check=False)  # no --yes, and no one to ask
    assert unconfirmed.returncode != 0
    assert "add --yes" in unconfirmed.stderr

    assert (site.workdir / "db.sqlite3").read_bytes() == database_bytes
    assert media_listing(site) == media


@USES_TEST_DATABASE_SCHEMA
def test_with_media_on_s3_the_backup_says_media_are_not_in_it(sqlite_site, tmp_path):
    """Production settings with MEDIA_STORAGE=s3 (the development settings always keep media on disk); nothing
    is sent to S3: the backup only sees that media are not on this machine."""
    archive = tmp_path / "database-only.tar.gz"
    s3 = {**production_env(tmp_path), "MEDIA_STORAGE": "s3", "AWS_STORAGE_BUCKET_NAME": "carers-media"}
    made = sqlite_site.manage("backup", "--output", str(archive), **s3)
    assert "are NOT in this backup" in made.stderr
    assert "no media files" in made.stdout
    members = archive_members(archive)
    assert not [name for name in members if name.startswith("media/")]
    assert json.loads(members[MANIFEST])["media"]["included"] is False
