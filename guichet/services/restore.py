"""``guichet restore FILE``: put a backup back in place of the counter's database.

Refused (the current file untouched) when the file is not a Guichet database, fails
``PRAGMA integrity_check``, was written by a newer Guichet (a schema revision this program does
not know), belongs to another organisation or another counter, or while the counter program
runs on the folder. Otherwise the current database is first kept aside, whole, as
``guichet.sqlite3.before-restore-YYYYMMDD-HHMMSS`` (one file: its WAL folded in), then the
backup is written into the live file with SQLite's backup API, in one transaction: a crash half
way leaves the current database as it was. An older backup is upgraded by the next start, as
any older database is.

A damaged current database cannot say whose it is: any Guichet backup may replace it, and the
damaged file is moved aside as it was (with its -wal), never read.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from guichet.config import DB_NAME
from guichet.models.db import SQLITE_MAGIC, DatabaseError, check_sqlite_file
from guichet.services.backups import INFO_TABLE, Identity, integrity_problems, read_identity
from guichet.services.folder_lock import FolderBusy, FolderLock

log = logging.getLogger("guichet.backup")


class RestoreRefused(Exception):
    """Why the backup was not restored; ``code`` and ``params`` are put in words by the
    command line (fr and en)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Restored:
    identity: Identity
    target: Path
    aside: Path | None  # the previous database, kept (None: there was none)


def known_revision(revision: str) -> bool:
    """Whether this program's migrations know ``revision`` (a newer program's do not)."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    from guichet.models.db import alembic_config

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def inspect_backup(path: Path) -> Identity:
    """The identity of a backup file worth restoring, or :class:`RestoreRefused`."""
    if path.is_dir():
        raise RestoreRefused("is_folder", path=path)
    if not path.is_file():
        raise RestoreRefused("not_found", path=path)
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise RestoreRefused("not_guichet", path=path)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            problems = integrity_problems(conn, path.stat().st_size)
            identity = None if problems else read_identity(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise RestoreRefused("corrupt", path=path, detail=str(error)) from error
    if problems:
        raise RestoreRefused("corrupt", path=path, detail=problems)
    if identity is None:
        raise RestoreRefused("not_guichet", path=path)
    if not known_revision(identity.revision):
        raise RestoreRefused("newer_schema", path=path, revision=identity.revision)
    return identity


def current_identity(db_path: Path) -> Identity | None:
    """Whose the current database is; None when there is none, or it is empty or damaged."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        check_sqlite_file(db_path)
        conn = sqlite3.connect(db_path)
        try:
            return read_identity(conn)
        finally:
            conn.close()
    except (DatabaseError, sqlite3.DatabaseError):
        return None


def restore(backup: Path, data_dir: Path, *, now: datetime | None = None) -> Restored:
    """Replace the data folder's database with ``backup``, keeping the current one aside."""
    identity = inspect_backup(backup)
    target = data_dir / DB_NAME
    if target.exists() and backup.resolve() == target.resolve():
        raise RestoreRefused("same_file", path=backup)
    try:
        lock = FolderLock(data_dir, exclusive=True).acquire()
    except FolderBusy:
        raise RestoreRefused("in_use", path=data_dir) from None
    try:
        ours = current_identity(target)
        if ours is not None:
            if ours.organisation_id != identity.organisation_id:
                raise RestoreRefused(
                    "other_organisation",
                    theirs=identity.organisation_name,
                    ours=ours.organisation_name,
                    theirs_id=identity.organisation_id,
                    ours_id=ours.organisation_id,
                )
            if ours.terminal_id != identity.terminal_id:
                raise RestoreRefused(
                    "other_terminal",
                    theirs=identity.terminal_name,
                    ours=ours.terminal_name,
                    theirs_id=identity.terminal_id,
                    ours_id=ours.terminal_id,
                )
        zone = _zone(ours.timezone if ours else identity.timezone)
        stamp = (now or datetime.now(UTC)).astimezone(zone).strftime("%Y%m%d-%H%M%S")
        planned = target.with_name(f"{target.name}.before-restore-{stamp}")
        aside: Path | None = planned
        if ours is not None:
            _restore_over_sound(backup, target, planned)
        else:
            aside = _move_aside(target, planned)
            _restore_into(backup, target)
    finally:
        lock.release()
    log.info(
        "backup %s restored into %s (previous database kept as %s)",
        backup,
        target,
        aside.name if aside else "-",
    )
    return Restored(identity, target, aside)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _restore_over_sound(backup: Path, target: Path, aside: Path) -> None:
    live = sqlite3.connect(target, isolation_level=None)
    try:
        live.execute("PRAGMA busy_timeout=2000")
        # Busy means a connection still reads or writes it (a command line tool working on
        # the folder): never replace a database under someone.
        busy, _log, _done = live.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise RestoreRefused("in_use", path=target.parent)
        _copy(live, aside)
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            source.backup(live)  # one transaction on the live file: all of it or nothing
        except BaseException:
            aside.unlink(missing_ok=True)  # the live file is as it was: no copy of it needed
            raise
        finally:
            source.close()
        _settle(live, target, wal=True)
    except sqlite3.OperationalError as error:  # locked by another program
        raise RestoreRefused("in_use", path=target.parent, detail=str(error)) from error
    finally:
        live.close()


def _copy(live: sqlite3.Connection, aside: Path) -> None:
    """The current database, whole (its WAL included), into one file beside it."""
    partial = aside.with_name(aside.name + ".partial")
    partial.unlink(missing_ok=True)
    copy = sqlite3.connect(partial, isolation_level=None)
    try:
        live.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
    finally:
        copy.close()
    os.replace(partial, aside)


def _move_aside(target: Path, aside: Path) -> Path | None:
    """A missing, empty or damaged current database: moved aside as it is, never opened."""
    if not target.exists():
        for extra in ("-wal", "-shm"):
            Path(f"{target}{extra}").unlink(missing_ok=True)
        return None
    os.replace(target, aside)
    wal = Path(f"{target}-wal")
    if wal.exists():
        os.replace(wal, Path(f"{aside}-wal"))
    Path(f"{target}-shm").unlink(missing_ok=True)
    return aside


def _restore_into(backup: Path, target: Path) -> None:
    partial = target.with_name(target.name + ".restoring")
    partial.unlink(missing_ok=True)
    dest = sqlite3.connect(partial, isolation_level=None)
    try:
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            source.backup(dest)
        finally:
            source.close()
        # One file to rename: the counter's start puts it back in WAL mode.
        _settle(dest, target, wal=False)
    finally:
        dest.close()
    os.replace(partial, target)


def _settle(conn: sqlite3.Connection, target: Path, *, wal: bool) -> None:
    """Drop the backup's own note, fold the journal in, and check what was written."""
    conn.execute(f"DROP TABLE IF EXISTS {INFO_TABLE}")
    if wal:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    else:
        conn.execute("PRAGMA journal_mode=DELETE")
    problems = integrity_problems(conn)
    if problems:  # pragma: no cover - the copy was checked: this is a disk failing
        raise RestoreRefused("corrupt", path=target, detail=problems)
