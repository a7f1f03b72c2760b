"""Refresh the interface translations (Django gettext catalogues in ``locale/``) and compile them.

    manage.py interface_messages           # update every locale/<code>/LC_MESSAGES/django.po, then compile the .mo
    manage.py interface_messages --check   # change nothing; fail if a catalogue or a .mo file is out of date

``make messages`` runs the first. Reading the code needs GNU gettext (Debian's ``gettext`` package), as
Django's ``makemessages`` does; compiling uses polib, so the ``.mo`` files, which are committed, can be
rebuilt without it. See locale/README.md.
"""

import contextlib
import shutil
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

# Folders that hold no interface text of ours (other packages, build output, data, the tests).
IGNORE_PATTERNS = [".venv", "node_modules", "var", "static_src", "tests", "*.egg-info", "build", "__pycache__"]
FIX = "Run `make messages` (manage.py interface_messages), translate what is new, and commit locale/."


def locale_dir() -> Path:
    return Path(settings.BASE_DIR) / "locale"


def languages() -> list[str]:
    """Every language of the site except the source language (English)."""
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def po_path(code: str) -> Path:
    return locale_dir() / code / "LC_MESSAGES" / "django.po"


def mo_path(code: str) -> Path:
    return po_path(code).with_suffix(".mo")


def entry_key(entry) -> tuple:
    return (entry.msgctxt or "", entry.msgid, entry.msgid_plural or "")


def make_messages(base_dir: Path, codes: list[str], verbosity: int = 0) -> None:
    """Django's ``makemessages`` for ``codes``, run in ``base_dir`` (its catalogues go to base_dir/locale)."""
    with contextlib.chdir(base_dir), override_settings(LOCALE_PATHS=[str(base_dir / "locale")]):
        call_command(
            "makemessages",
            locale=codes,
            ignore_patterns=IGNORE_PATTERNS,
            no_obsolete=True,
            add_location="file",
            verbosity=verbosity,
        )


def messages_in_code() -> set[tuple]:
    """(context, msgid, plural msgid) of every string marked for translation in the code, as makemessages finds them.

    Works on a temporary copy of the project, so it never touches the real catalogues or leaves
    makemessages' scratch files next to the templates.
    """
    base = Path(settings.BASE_DIR)
    ignore = shutil.ignore_patterns(*IGNORE_PATTERNS, ".*", "locale", "*.pyc")
    with tempfile.TemporaryDirectory(prefix="interface-messages-") as temp:
        copy = Path(temp) / "project"
        shutil.copytree(base, copy, ignore=ignore)
        (copy / "locale").mkdir()
        make_messages(copy, [settings.LANGUAGE_CODE])
        fresh = copy / "locale" / settings.LANGUAGE_CODE / "LC_MESSAGES" / "django.po"
        if not fresh.exists():
            return set()
        return {entry_key(entry) for entry in polib.pofile(str(fresh)) if not entry.obsolete}


def catalogue_messages(code: str) -> set[tuple]:
    return {entry_key(entry) for entry in polib.pofile(str(po_path(code))) if not entry.obsolete}


def compiled(catalogue) -> dict:
    """What a catalogue (``.po`` or ``.mo``) translates, as {key: translation}: only translated, non-fuzzy entries."""
    result = {}
    for entry in catalogue.translated_entries():
        if entry.msgid_plural:
            result[entry_key(entry)] = tuple(entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural))
        else:
            result[entry_key(entry)] = entry.msgstr
    return result


def stale_mo_files() -> list[str]:
    """The languages whose ``.mo`` file is missing or does not hold exactly what the ``.po`` file translates."""
    stale = []
    for code in languages():
        if not po_path(code).exists():
            continue
        if not mo_path(code).exists():
            stale.append(code)
            continue
        po, mo = polib.pofile(str(po_path(code))), polib.mofile(str(mo_path(code)))
        if compiled(po) != compiled(mo) or po.metadata.get("Plural-Forms") != mo.metadata.get("Plural-Forms"):
            stale.append(code)
    return stale


def stale_catalogues() -> list[str]:
    """One line per out-of-date or missing catalogue, naming a few of the strings that differ."""
    in_code = messages_in_code()
    problems = []
    for code in languages():
        if not po_path(code).exists():
            problems.append(f"{po_path(code)} is missing.")
            continue
        in_catalogue = catalogue_messages(code)
        missing, gone = sorted(in_code - in_catalogue), sorted(in_catalogue - in_code)
        if missing or gone:
            examples = ", ".join(repr(key[1][:60]) for key in (missing + gone)[:3])
            problems.append(
                f"locale/{code}: {len(missing)} new string(s) not in the catalogue, "
                f"{len(gone)} no longer in the code (e.g. {examples})."
            )
    return problems


def compile_catalogues() -> list[str]:
    """Write each ``.mo`` file from its ``.po`` file (fuzzy and empty entries are left out, as msgfmt does)."""
    compiled_codes = []
    for code in languages():
        if not po_path(code).exists():
            continue
        catalogue = polib.pofile(str(po_path(code)))
        # A new catalogue for a language Django does not know has a placeholder here, which would break
        # every page in that language: gettext cannot read it.
        if "nplurals=INTEGER" in catalogue.metadata.get("Plural-Forms", "nplurals=INTEGER"):
            raise CommandError(f"Set the Plural-Forms header in {po_path(code)} (see locale/README.md) and run again.")
        catalogue.save_as_mofile(str(mo_path(code)))
        compiled_codes.append(code)
    return compiled_codes


class Command(BaseCommand):
    help = "Update the interface translation catalogues in locale/ from the code, and compile them."

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help="Change nothing; fail if a catalogue or .mo file is out of date."
        )

    def handle(self, *args, check=False, verbosity=1, **options):
        if check:
            problems = stale_catalogues()
            problems += [f"locale/{code}: the .mo file is out of date." for code in stale_mo_files()]
            if problems:
                raise CommandError("\n".join([*problems, FIX]))
            self.stdout.write("Interface translations are up to date.")
            return
        make_messages(Path(settings.BASE_DIR), languages(), verbosity=max(verbosity - 1, 0))
        codes = compile_catalogues()
        self.stdout.write(f"Updated and compiled the catalogues for: {', '.join(codes)}.")
        for code in codes:
            po = polib.pofile(str(po_path(code)))
            to_do = len(po.untranslated_entries()) + len(po.fuzzy_entries())
            self.stdout.write(f"  {code}: {len(po.translated_entries())} translated, {to_do} to do")
