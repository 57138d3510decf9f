"""``guichet backup`` and ``guichet restore``: the counter's database, copied and put back.

    guichet backup [--data-dir D] [--output FILE]
    guichet restore FILE [--data-dir D] [--yes]

``backup`` takes an online copy (the counter may be selling meanwhile) into the data folder's
``backups/`` (the last 14 manual ones are kept) or into ``FILE``, checked with
``PRAGMA integrity_check``. ``restore`` asks first (``--yes``: it does not), refuses with the
reason (exit 1) a file that is not a Guichet database, is damaged, comes from a newer Guichet,
another organisation or another counter, or while the counter program is open on the folder;
the current database is kept aside. See docs/BACKUPS.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from guichet.clitools import words

NBSP = "\u00a0"

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "written": f"Sauvegarde enregistrée et vérifiée{NBSP}: {{path}}",
        "failed": (
            f"Sauvegarde impossible{NBSP}: {{detail}}. La base de données n'a pas été modifiée."
        ),
        "output_exists": (
            f"{{path}} existe déjà{NBSP}: choisissez un nom de fichier nouveau (une "
            "sauvegarde ne remplace jamais un fichier). Rien n'a été écrit."
        ),
        "output_no_folder": (
            f"Le dossier {{path}} n'existe pas (une clé USB non branchée{NBSP}?). "
            "Rien n'a été écrit."
        ),
        "not_found": f"Fichier introuvable{NBSP}: {{path}}. Rien n'a été restauré.",
        "is_folder": (
            f"{{path}} est un dossier{NBSP}: donnez le fichier de sauvegarde qu'il contient "
            "(guichet-….db). Rien n'a été restauré."
        ),
        "not_guichet": (
            "Le fichier {path} n'est pas une base de données Guichet. Rien n'a été restauré."
        ),
        "corrupt": (
            f"La sauvegarde {{path}} est endommagée ({{detail}}){NBSP}: elle ne passe pas la "
            "vérification d'intégrité. Rien n'a été restauré."
        ),
        "newer_schema": (
            "La sauvegarde {path} vient d'une version plus récente de Guichet (schéma "
            "{revision}). Mettez Guichet à jour, puis restaurez-la. Rien n'a été restauré."
        ),
        "other_organisation": (
            f"Cette sauvegarde appartient à une autre organisation («{NBSP}{{theirs}}{NBSP}») "
            f"que celle de ce guichet («{NBSP}{{ours}}{NBSP}»). Rien n'a été restauré."
        ),
        "other_terminal": (
            f"Cette sauvegarde est celle d'un autre guichet («{NBSP}{{theirs}}{NBSP}») que "
            f"celui-ci («{NBSP}{{ours}}{NBSP}»). Rien n'a été restauré."
        ),
        "other_organisation_same_name": (
            f"Cette sauvegarde appartient à une autre organisation du même nom "
            f"(«{NBSP}{{theirs}}{NBSP}», identifiant {{theirs_id}}) que celle de ce guichet "
            f"(identifiant {{ours_id}}){NBSP}: deux organisations créées chacune de leur côté. "
            "Rien n'a été restauré."
        ),
        "other_terminal_same_name": (
            f"Cette sauvegarde est celle d'un autre guichet du même nom («{NBSP}{{theirs}}{NBSP}», "
            f"identifiant {{theirs_id}}) que celui-ci (identifiant {{ours_id}}). "
            "Rien n'a été restauré."
        ),
        "in_use": (
            "Le programme Guichet est ouvert sur le dossier {path}. Fermez-le, puis "
            "recommencez. Rien n'a été restauré."
        ),
        "same_file": (
            "{path} est la base de données en service, pas une sauvegarde. Rien n'a été "
            "restauré."
        ),
        "ask": (
            f"Restaurer la sauvegarde {{what}} ({{organisation}}, {{terminal}}) à la place de "
            f"la base de données actuelle{NBSP}? L'actuelle sera gardée à côté. [o/N] "
        ),
        "taken_at": "du {moment}",
        "not_confirmed": (
            f"Rien n'a été restauré (répondez «{NBSP}o{NBSP}» ou ajoutez --yes)."
        ),
        "restored": "Sauvegarde restaurée dans {target}.",
        "kept": "L'ancienne base de données est gardée sous {aside}.",
        "upgraded": "Elle sera mise à jour au prochain démarrage de Guichet.",
    },
    "en": {
        "written": "Backup written and checked: {path}",
        "failed": "Backup failed: {detail}. The database was not changed.",
        "output_exists": (
            "{path} already exists: choose a new file name (a backup never replaces a "
            "file). Nothing was written."
        ),
        "output_no_folder": (
            "The folder {path} does not exist (a USB key not plugged in?). Nothing was written."
        ),
        "not_found": "No such file: {path}. Nothing was restored.",
        "is_folder": (
            "{path} is a folder: give the backup file inside it (guichet-….db). "
            "Nothing was restored."
        ),
        "not_guichet": "The file {path} is not a Guichet database. Nothing was restored.",
        "corrupt": (
            "The backup {path} is damaged ({detail}): it fails the integrity check. "
            "Nothing was restored."
        ),
        "newer_schema": (
            "The backup {path} comes from a newer version of Guichet (schema {revision}). "
            "Update Guichet, then restore it. Nothing was restored."
        ),
        "other_organisation": (
            "This backup belongs to another organisation (\u201c{theirs}\u201d) than this "
            "counter's (\u201c{ours}\u201d). Nothing was restored."
        ),
        "other_terminal": (
            "This backup is another counter's (\u201c{theirs}\u201d), not this one's "
            "(\u201c{ours}\u201d). Nothing was restored."
        ),
        "other_organisation_same_name": (
            "This backup belongs to another organisation with the same name "
            "(\u201c{theirs}\u201d, id {theirs_id}) than this counter's (id {ours_id}): two "
            "organisations created separately. Nothing was restored."
        ),
        "other_terminal_same_name": (
            "This backup is another counter's with the same name (\u201c{theirs}\u201d, id "
            "{theirs_id}), not this one's (id {ours_id}). Nothing was restored."
        ),
        "in_use": (
            "The Guichet program is open on the folder {path}. Close it, then try again. "
            "Nothing was restored."
        ),
        "same_file": "{path} is the database in use, not a backup. Nothing was restored.",
        "ask": (
            "Restore the backup {what} ({organisation}, {terminal}) in place of the current "
            "database? The current one will be kept beside it. [y/N] "
        ),
        "taken_at": "of {moment}",
        "not_confirmed": "Nothing was restored (answer 'y' or add --yes).",
        "restored": "Backup restored into {target}.",
        "kept": "The previous database is kept as {aside}.",
        "upgraded": "It will be upgraded the next time Guichet starts.",
    },
}

YES = {"o", "oui", "y", "yes"}


def say(lang: str, key: str, **params: object) -> str:
    return words(WORDS, lang, key, **params)


def add_parser(sub: Any) -> None:
    backup = sub.add_parser("backup", help="an online, checked copy of the counter's database")
    backup.add_argument("--data-dir", dest="backup_data_dir")
    backup.add_argument("--output", help="write the copy here instead of DATA/backups/")
    restore = sub.add_parser("restore", help="put a backup back (the current file kept aside)")
    restore.add_argument("file", help="the backup file (DATA/backups/guichet-....db)")
    restore.add_argument("--data-dir", dest="restore_data_dir")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def run(args: argparse.Namespace, lang: str) -> int | None:
    command = getattr(args, "command", None)
    if command in ("backup", "restore"):
        _log_to_the_folder(
            (args.backup_data_dir if command == "backup" else args.restore_data_dir)
            or args.data_dir
        )
    if command == "backup":
        return _backup(args.backup_data_dir or args.data_dir, args.output, lang)
    if command == "restore":
        return _restore(Path(args.file), args.restore_data_dir or args.data_dir, args.yes, lang)
    return None


def _log_to_the_folder(data_dir_arg: str | None) -> None:
    """A backup or a restore is written in the counter's own log, where support reads what
    happened to the database; a folder whose log cannot be written still gets its backup."""
    from guichet import logs
    from guichet.config import DB_NAME, data_dir

    directory = data_dir(data_dir_arg)
    if not (directory / DB_NAME).is_file():
        return  # no counter here (a typo, a new computer): no folder made for a log
    try:
        logs.setup_counter(directory, hooks=False, announce=False)
    except OSError:
        pass


def _backup(data_dir_arg: str | None, output: str | None, lang: str) -> int:
    from guichet.config import DB_NAME, data_dir
    from guichet.i18n import cli_words as cli
    from guichet.models.db import DatabaseError, check_sqlite_file
    from guichet.services.backups import BackupError, take_backup

    directory = data_dir(data_dir_arg)
    db_path = directory / DB_NAME
    try:
        check_sqlite_file(db_path)
    except DatabaseError as exc:
        print(cli.say(lang, exc.code, path=exc.path, detail=exc.detail), file=sys.stderr)
        return 2
    if not db_path.exists() or db_path.stat().st_size == 0:
        print(cli.say(lang, "empty", path=db_path), file=sys.stderr)
        return 2
    target = Path(output) if output else None
    if target is not None:
        # Never over a file (a typo would replace another counter's live database, or a
        # device) and never into a folder made up on the spot (a USB key not mounted would
        # leave the copy on the PC's own disk, reported as written).
        if target.exists() or target.is_symlink():
            print(say(lang, "output_exists", path=target), file=sys.stderr)
            return 1
        if not target.parent.is_dir():
            print(say(lang, "output_no_folder", path=target.parent), file=sys.stderr)
            return 1
    try:
        result = take_backup(directory, output=target)
    except BackupError as error:
        print(say(lang, "failed", detail=error.detail or error.code), file=sys.stderr)
        return 1
    except OSError as error:
        from guichet.domain.errors import os_reason
        from guichet.i18n.errors import os_words

        # The file the user named, not the hidden temporary name the copy is written under.
        shown = target if target is not None else (error.filename or "")
        detail = f"{shown} ({os_words(os_reason(error), lang)})" if shown else os_words(
            os_reason(error), lang
        )
        print(say(lang, "failed", detail=detail), file=sys.stderr)
        return 1
    print(say(lang, "written", path=result.path))
    return 0


def _restore(file: Path, data_dir_arg: str | None, yes: bool, lang: str) -> int:
    from guichet.config import data_dir
    from guichet.i18n.formatting import timestamp
    from guichet.models.db import head_revision
    from guichet.services.restore import RestoreRefused, inspect_backup, restore

    directory = data_dir(data_dir_arg)
    try:
        identity = inspect_backup(file)
        if not yes:
            moment = (
                say(lang, "taken_at", moment=timestamp(identity.taken_at, identity.timezone, lang))
                if identity.taken_at
                else str(file)
            )
            question = say(
                lang,
                "ask",
                what=moment,
                organisation=identity.organisation_name,
                terminal=identity.terminal_name,
            )
            print(question, end="", flush=True)
            line = sys.stdin.readline()
            if not line.endswith("\n"):
                print()  # no answer typed (end of input): end the question's line
            if line.strip().casefold() not in YES:
                print(say(lang, "not_confirmed"), file=sys.stderr)
                return 1
        done = restore(file, directory)
    except RestoreRefused as refusal:
        params = {"path": "", "detail": "", "revision": "", **refusal.params}
        code = refusal.code
        if code in ("other_organisation", "other_terminal") and params["theirs"] == params["ours"]:
            code += "_same_name"  # the names alone would read "another X (A) than this one (A)"
        print(say(lang, code, **params), file=sys.stderr)
        return 1
    print(say(lang, "restored", target=done.target))
    if done.aside is not None:
        print(say(lang, "kept", aside=done.aside))
    if identity.revision != head_revision():
        print(say(lang, "upgraded"))
    return 0
