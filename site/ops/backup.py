"""Backups of the whole site in one file: the database and the uploaded files (media), with a manifest.

    manage.py backup [--output PATH]      # default var/backups/carers-YYYYMMDD-HHMMSS.tar.gz
    manage.py restore ARCHIVE [--yes]

An archive is a .tar.gz holding ``database/db.sqlite3`` (SQLite, copied with SQLite's online backup API, so it
is safe while the site runs) or ``database/postgres.dump`` (PostgreSQL, ``pg_dump --format=custom``), every
file under MEDIA_ROOT as ``media/<path>``, and ``manifest.json`` last: what made the archive, the database's
migrations and row counts, and the size and SHA-256 of every other file in it.

Restore reads the whole archive into a folder of its own and checks every file against the manifest before
it changes anything, so a damaged or cut-short archive is refused and the site is left as it was. Restoring
between SQLite and PostgreSQL is not supported: restore onto the same kind of database the backup came from.
"""

import contextlib
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import time
import zlib
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connections
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone
from tqdm import tqdm

FORMAT = "carers-directory-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SQLITE_MEMBER = "database/db.sqlite3"
POSTGRES_MEMBER = "database/postgres.dump"
DATABASE_MEMBERS = {"sqlite": SQLITE_MEMBER, "postgresql": POSTGRES_MEMBER}
ENGINE_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
#: Counted into the manifest, and counted again after a restore to show the data came back.
KEY_MODELS = [
    "wagtailcore.Page",
    "wagtailcore.Revision",
    "wagtailcore.Locale",
    "wagtail_localize.Translation",
    "wagtail_localize.StringTranslation",
    "wagtaildocs.Document",
    "wagtailimages.Image",
    "resources.AudioVersion",
    "wagtailforms.FormSubmission",
    "directory.Organisation",
    "directory.ServicePage",
    "carers_site.ShortLink",
    "auth.User",
]
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A failure to report as it is: the message says what happened and what to do."""


def say(message):
    print(message, file=sys.stderr, flush=True)


def human_size(size):
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while block := file.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


# --- the database ------------------------------------------------------------------------------------------------


def database_engine():
    vendor = connections["default"].vendor
    if vendor not in DATABASE_MEMBERS:
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {vendor}.")
    return vendor


def sqlite_path():
    return Path(settings.DATABASES["default"]["NAME"])


def dump_sqlite(destination):
    """A consistent copy of the live database, made with SQLite's online backup API while the site keeps running
    (one step, so the copy is one moment's database even if a page is saved meanwhile)."""
    source_path = sqlite_path()
    if not source_path.exists():
        raise BackupError(f"There is no SQLite database at {source_path}.")
    connections.close_all()
    source = sqlite3.connect(f"{source_path.resolve().as_uri()}?mode=ro", uri=True, timeout=60)
    target = sqlite3.connect(destination)
    try:
        source.backup(target)
        problems = target.execute("PRAGMA quick_check").fetchall()
        if problems != [("ok",)]:
            raise BackupError(f"The copy of the database failed SQLite's check: {problems[:5]}")
    finally:
        target.close()
        source.close()
    return {}


def restore_sqlite(staged):
    """Copies the staged database into the live file with the backup API: other processes see the old database
    or the new one, never half of each, and the file keeps its owner and permissions."""
    live_path = sqlite_path()
    live_path.parent.mkdir(parents=True, exist_ok=True)
    connections.close_all()
    source = sqlite3.connect(f"{Path(staged).resolve().as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(live_path, timeout=60)
    try:
        source.backup(target)
    except sqlite3.Error as error:
        raise BackupError(f"Could not write the database at {live_path}: {error}") from error
    finally:
        target.close()
        source.close()


def postgres_server_major():
    connection = connections["default"]
    connection.ensure_connection()
    return connection.pg_version // 10000


def postgres_program(name, server_major):
    """Debian's pg_dump or pg_restore for the server's version (/usr/lib/postgresql/<version>/bin), or else the
    newest installed one that is newer than the server: an older pg_dump refuses a newer server."""
    found = {int(path.parts[-3]): path for path in Path("/usr/lib/postgresql").glob(f"*/bin/{name}")}
    if server_major in found:
        return found[server_major]
    newer = [version for version in found if version > server_major]
    if newer:
        return found[max(newer)]
    raise BackupError(
        f"{name} for PostgreSQL {server_major} is not installed: apt-get install postgresql-client-{server_major} "
        "(or the postgresql package)."
    )


def postgres_environment():
    """The connection settings as libpq's environment variables: the password never appears on a command line,
    where other users of the machine could see it."""
    database = settings.DATABASES["default"]
    env = {**os.environ, "PGDATABASE": str(database["NAME"])}
    for key, name in [("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD"), ("HOST", "PGHOST"), ("PORT", "PGPORT")]:
        if database.get(key):
            env[name] = str(database[key])
    options = database.get("OPTIONS", {})
    for key, name in [
        ("sslmode", "PGSSLMODE"),
        ("sslrootcert", "PGSSLROOTCERT"),
        ("connect_timeout", "PGCONNECT_TIMEOUT"),
    ]:
        if options.get(key):
            env[name] = str(options[key])
    return env


def run_postgres_program(command, what):
    result = subprocess.run(command, env=postgres_environment(), capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{what} failed: {result.stderr.strip()[-2000:]}")


def dump_postgres(destination):
    server_major = postgres_server_major()
    pg_dump = postgres_program("pg_dump", server_major)
    connections.close_all()
    run_postgres_program(
        [str(pg_dump), "--format=custom", "--no-password", f"--file={destination}"], "pg_dump (the database copy)"
    )
    return {"server_version": server_major, "pg_dump_version": int(pg_dump.parts[-3])}


def restore_postgres(staged, manifest):
    server_major = postgres_server_major()
    pg_restore = postgres_program("pg_restore", server_major)
    dumped_by = manifest["database"].get("pg_dump_version", 0)
    if dumped_by > int(pg_restore.parts[-3]):
        raise BackupError(
            f"This archive was made by pg_dump {dumped_by}; the pg_restore here is older ({pg_restore.parts[-3]}). "
            f"Install postgresql-client-{dumped_by}."
        )
    connections.close_all()
    run_postgres_program(
        [
            str(pg_restore),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            "--no-password",
            f"--dbname={settings.DATABASES['default']['NAME']}",
            str(staged),
        ],
        "pg_restore (nothing was changed in the database)",
    )


# --- what the manifest says about the site -----------------------------------------------------------------------


def latest_migrations():
    """The last migration applied for each app, from the database."""
    latest = {}
    for app, name in MigrationRecorder.Migration.objects.values_list("app", "name"):
        latest[app] = max(latest.get(app, name), name)  # numbered names: the highest number is the latest
    return dict(sorted(latest.items()))


def row_counts():
    counts = {}
    for label in KEY_MODELS:
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        counts[label] = model._base_manager.count()
    return counts


def site_version():
    version = {}
    with contextlib.suppress(Exception):
        from importlib.metadata import version as package_version

        version["version"] = package_version("carers-directory")
    if (Path(settings.BASE_DIR) / ".git").exists():
        with contextlib.suppress(Exception):
            commit = subprocess.run(
                ["git", "-C", str(settings.BASE_DIR), "rev-parse", "HEAD"],
                capture_output=True,
                text=True,
                timeout=5,
            )
            if commit.returncode == 0:
                version["git_commit"] = commit.stdout.strip()
    return version


def media_root():
    """MEDIA_ROOT when uploads are kept on this machine's file system; None when they are elsewhere (S3)."""
    if not isinstance(default_storage, FileSystemStorage):
        return None
    return Path(settings.MEDIA_ROOT)


S3_MEDIA_NOTE = (
    "Media (uploaded files) are on object storage (MEDIA_STORAGE=s3) and are NOT in this backup. "
    "Keep them safe with the bucket's own versioning and replication; this backup has the database only."
)


def media_files(root):
    """Every regular file under ``root`` as (path in the archive, path on disk), in a stable order. Symbolic
    links are left out: they could point anywhere on the machine."""
    found = []
    if not root.exists():
        return found
    for folder, folders, names in os.walk(root):
        folders.sort()
        for name in sorted(names):
            path = Path(folder) / name
            if path.is_file() and not path.is_symlink():
                found.append(("media/" + path.relative_to(root).as_posix(), path))
    return found


# --- backup ------------------------------------------------------------------------------------------------------


class HashingReader:
    """Reads a file for tarfile and keeps the SHA-256 of exactly what went into the archive."""

    def __init__(self, file):
        self.file = file
        self.digest = hashlib.sha256()

    def read(self, size=-1):
        data = self.file.read(size)
        self.digest.update(data)
        return data


def default_output():
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    return Path(settings.BASE_DIR) / "var" / "backups" / f"carers-{stamp}.tar.gz"


def add_file(archive, name, path, progress=None):
    info = tarfile.TarInfo(name)
    stat = path.stat()
    info.size, info.mtime, info.mode = stat.st_size, int(stat.st_mtime), 0o644
    with open(path, "rb") as file:
        reader = HashingReader(file)
        try:
            archive.addfile(info, reader)
        except OSError as error:
            raise BackupError(
                f"{path} changed while it was being backed up ({error}). Run the backup again."
            ) from error
    if progress is not None:
        progress.update(info.size)
    return {"path": name, "size": info.size, "sha256": reader.digest.hexdigest()}


def create_backup(output=None):
    """Writes the archive and returns {"path", "size", "seconds", "manifest"}. The archive is written under a
    temporary name next to ``output`` and renamed when complete, so a failed backup never leaves a file that
    looks like a whole one."""
    started = time.monotonic()
    engine = database_engine()
    output = Path(output) if output else default_output()
    if output.exists():
        raise BackupError(f"{output} already exists: choose another --output.")
    output.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    root = media_root()
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created": timezone.now().isoformat(timespec="seconds"),
        "site": site_version(),
        "database": {"engine": engine, "file": DATABASE_MEMBERS[engine]},
        "migrations": latest_migrations(),
        "row_counts": row_counts(),
        "media": {"included": root is not None, "storage": "filesystem" if root is not None else "s3"},
        "files": [],
    }
    if root is None:
        manifest["media"]["note"] = S3_MEDIA_NOTE
    partial = tempfile.NamedTemporaryFile(dir=output.parent, prefix=f".{output.name}.", suffix=".partial", delete=False)
    partial.close()
    partial_path = Path(partial.name)
    os.chmod(partial_path, 0o600)  # the archive holds people's email addresses and the editors' password hashes
    try:
        with tempfile.TemporaryDirectory(prefix="carers-backup-") as workdir:
            say(f"Copying the {ENGINE_NAMES[engine]} database...")
            dumped = Path(workdir) / Path(DATABASE_MEMBERS[engine]).name
            manifest["database"].update(dump_sqlite(dumped) if engine == "sqlite" else dump_postgres(dumped))
            with tarfile.open(partial_path, "w:gz", compresslevel=6, format=tarfile.PAX_FORMAT) as archive:
                manifest["files"].append(add_file(archive, DATABASE_MEMBERS[engine], dumped))
                say(f"Database: {human_size(manifest['files'][0]['size'])}")
                if root is None:
                    say(S3_MEDIA_NOTE)
                else:
                    files = media_files(root)
                    total = sum(path.stat().st_size for _name, path in files)
                    say(f"Media: {len(files)} files, {human_size(total)} from {root}")
                    with tqdm(
                        total=total, unit="B", unit_scale=True, desc="Media", file=sys.stderr, disable=None
                    ) as bar:
                        for name, path in files:
                            manifest["files"].append(add_file(archive, name, path, bar))
                data = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size, info.mtime, info.mode = len(data), int(time.time()), 0o644
                archive.addfile(info, io.BytesIO(data))
        with open(partial_path, "rb") as file:
            os.fsync(file.fileno())
        if output.exists():
            raise BackupError(f"{output} already exists: choose another --output.")
        os.replace(partial_path, output)
    except BaseException:
        partial_path.unlink(missing_ok=True)
        raise
    return {
        "path": output,
        "size": output.stat().st_size,
        "seconds": time.monotonic() - started,
        "manifest": manifest,
    }


# --- reading and checking an archive -----------------------------------------------------------------------------


def safe_member_name(name):
    """Only plain relative paths under database/ or media/ (or the manifest) are accepted: never an absolute
    path or '..', which could write outside the folder the archive is read into."""
    path = PurePosixPath(name)
    if name == MANIFEST:
        return True
    return (
        not path.is_absolute()
        and ".." not in path.parts
        and "\\" not in name
        and len(path.parts) >= 2
        and (name in DATABASE_MEMBERS.values() or path.parts[0] == "media")
    )


def read_archive(archive_path, staging):
    """Reads every member of the archive into ``staging`` and checks it against the manifest; returns the
    manifest. Raises BackupError if anything is missing, extra, damaged or cut short; nothing outside
    ``staging`` is touched."""
    archive_path = Path(archive_path)
    if not archive_path.is_file():
        raise BackupError(f"There is no file {archive_path}.")
    damaged = f"{archive_path} is damaged or incomplete, so it was not restored. Nothing was changed."
    found, manifest = {}, None
    try:
        with tarfile.open(archive_path, "r|gz") as archive:
            for member in archive:
                if member.isdir():
                    continue
                if not member.isfile() or not safe_member_name(member.name):
                    raise BackupError(f"{archive_path} holds an unexpected entry {member.name!r}. Nothing was changed.")
                if member.name in found or (member.name == MANIFEST and manifest is not None):
                    raise BackupError(f"{archive_path} holds {member.name!r} twice. Nothing was changed.")
                source = archive.extractfile(member)
                if member.name == MANIFEST:
                    manifest = json.loads(source.read().decode())
                    continue
                target = staging / member.name
                target.parent.mkdir(parents=True, exist_ok=True)
                digest, size = hashlib.sha256(), 0
                with open(target, "wb") as file:
                    while block := source.read(CHUNK):
                        digest.update(block)
                        size += len(block)
                        file.write(block)
                found[member.name] = {"size": size, "sha256": digest.hexdigest()}
    except BackupError:
        raise
    except (tarfile.TarError, EOFError, zlib.error, OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BackupError(f"{damaged} ({error})") from error
    if not isinstance(manifest, dict):
        raise BackupError(f"{damaged} (it has no {MANIFEST}; an archive cut short loses it)")
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{archive_path} is not a Carers Directory backup. Nothing was changed.")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"{archive_path} is a backup in format {manifest.get('format_version')}; this version of the site reads "
            f"format {FORMAT_VERSION}. Nothing was changed."
        )
    listed = {entry["path"]: entry for entry in manifest.get("files", [])}
    missing = sorted(set(listed) - set(found))
    extra = sorted(set(found) - set(listed))
    wrong = sorted(
        name
        for name in set(listed) & set(found)
        if (found[name]["size"], found[name]["sha256"]) != (listed[name]["size"], listed[name]["sha256"])
    )
    if missing or extra or wrong:
        problems = [
            *(f"{name} is missing" for name in missing[:5]),
            *(f"{name} is not in the manifest" for name in extra[:5]),
            *(f"{name} does not match its checksum" for name in wrong[:5]),
        ]
        raise BackupError(f"{damaged} ({'; '.join(problems)})")
    database = manifest.get("database", {})
    if database.get("file") not in found or database.get("engine") not in DATABASE_MEMBERS:
        raise BackupError(f"{damaged} (it has no database copy)")
    return manifest


# --- restore -----------------------------------------------------------------------------------------------------


def staging_folder():
    """A folder for the unpacked archive, next to MEDIA_ROOT when possible so the media move in by renaming."""
    root = media_root()
    if root is not None and root.parent.is_dir() and os.access(root.parent, os.W_OK):
        return Path(tempfile.mkdtemp(prefix=".carers-restore-", dir=root.parent))
    return Path(tempfile.mkdtemp(prefix="carers-restore-"))


def check_migrations(manifest):
    """Refuses an archive made by a newer version of the site: its database has migrations this code lacks."""
    loader = MigrationLoader(None, ignore_no_migrations=True, load=True)
    unknown = [
        f"{app}.{name}"
        for app, name in manifest.get("migrations", {}).items()
        if (app, name) not in loader.disk_migrations
    ]
    if unknown:
        raise BackupError(
            "This archive comes from a newer version of the site (its database has migrations this code does not "
            f"have: {', '.join(unknown[:5])}). Update the site's code first. Nothing was changed."
        )


def replace_media(staged_media, root):
    """Empties MEDIA_ROOT and moves the archive's files in (MEDIA_ROOT itself stays, with its owner and mode)."""
    root.mkdir(parents=True, exist_ok=True)
    for child in list(root.iterdir()):
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    if staged_media.exists():
        for child in list(staged_media.iterdir()):
            shutil.move(str(child), str(root / child.name))


def describe(manifest):
    counts = manifest.get("row_counts", {})
    parts = [f"made {manifest.get('created', '?')}", f"{ENGINE_NAMES[manifest['database']['engine']]} database"]
    for label, noun in [("wagtailcore.Page", "pages"), ("wagtaildocs.Document", "documents")]:
        if label in counts:
            parts.append(f"{counts[label]} {noun}")
    media = [entry for entry in manifest["files"] if entry["path"].startswith("media/")]
    if manifest.get("media", {}).get("included"):
        parts.append(f"{len(media)} media files")
    else:
        parts.append("no media files")
    return ", ".join(parts)


def restore_backup(archive_path, confirm):
    """Checks the archive, asks ``confirm(message)`` (which returns True to go on), then replaces the database and
    the media. Returns a list of notes for the person restoring."""
    engine = database_engine()
    staging = staging_folder()
    try:
        say(f"Checking {archive_path}...")
        manifest = read_archive(archive_path, staging)
        archive_engine = manifest["database"]["engine"]
        if archive_engine != engine:
            raise BackupError(
                f"This archive holds a {ENGINE_NAMES[archive_engine]} database and this site uses "
                f"{ENGINE_NAMES[engine]}. Restoring between SQLite and PostgreSQL is not supported: restore it onto "
                f"a site set up with {ENGINE_NAMES[archive_engine]}. Nothing was changed."
            )
        check_migrations(manifest)
        say(f"The archive is complete and every checksum matches ({describe(manifest)}).")
        root = media_root()
        notes = []
        if manifest["media"].get("included") and root is None:
            notes.append(
                "The archive's media files were NOT restored: this site keeps media on object storage (S3). "
                "They are in the archive under media/ if you need them."
            )
        elif not manifest["media"].get("included") and root is not None:
            notes.append("The archive has no media files (they were on object storage); MEDIA_ROOT was left as it is.")
        where = sqlite_path() if engine == "sqlite" else f"the {settings.DATABASES['default']['NAME']} database"
        media_text = f" and every file in {root}" if root is not None and manifest["media"].get("included") else ""
        if not confirm(
            f"This replaces everything in {where}{media_text} with the backup. "
            "Stop the site (web servers and workers) first."
        ):
            raise BackupError("Restore cancelled. Nothing was changed.")
        say("Restoring the database...")
        staged_database = staging / manifest["database"]["file"]
        if engine == "sqlite":
            restore_sqlite(staged_database)
        else:
            restore_postgres(staged_database, manifest)
        if root is not None and manifest["media"].get("included"):
            say(f"Restoring the media files into {root}...")
            replace_media(staging / "media", root)
        connections.close_all()
        counts = row_counts()
        differ = {
            label: (expected, counts.get(label))
            for label, expected in manifest.get("row_counts", {}).items()
            if counts.get(label) != expected
        }
        if differ:
            raise BackupError(f"The restored database does not have the rows the manifest lists: {differ}")
        from carers_site.caching.page_cache import purge_everything

        purge_everything()
        notes.append("Pages kept in the page cache were purged.")
        if settings.WAGTAILSEARCH_BACKENDS["default"] != settings.DATABASE_SEARCH_BACKEND:
            notes.append("Run `manage.py update_index` so the search server matches the restored pages.")
        if unapplied_migrations():
            notes.append("This code has migrations the backup did not: run `manage.py migrate`.")
        return manifest, notes
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def unapplied_migrations():
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connections["default"])
    return executor.migration_plan(executor.loader.graph.leaf_nodes())
