"""The counter's backups: an online copy of its SQLite database, never a file copy.

``take_backup`` copies the live database with SQLite's backup API while sales go on, into a
temporary name beside the final one; it writes who the copy belongs to (organisation, this
counter, schema revision, moment) into the copy, runs ``PRAGMA integrity_check`` on it, and
only then renames it into place. A half-written or damaged copy never carries a backup's name.

The copy is made in one step of the backup API. In WAL mode that step holds a read snapshot
only, which never blocks a writer: sales keep committing into the WAL while it runs. A copy
made in several steps would let go of its snapshot between steps, and SQLite restarts a
backup from the first page whenever another connection writes between two steps: with a sale
every few seconds, a large file's copy would start over and over.

:class:`BackupService` takes them at every shift close (in a thread, after the close has
committed; a failure is logged, never raised into the close) and every night.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from guichet import __version__
from guichet.config import DB_NAME
from guichet.domain.backups import (
    KEEP_PER_KIND,
    MANUAL,
    NIGHTLY,
    SHIFT,
    BackupName,
    backup_filename,
    latest,
    nightly_due,
    to_prune,
)
from guichet.services.clean_exit import ask_for_full_check

if TYPE_CHECKING:
    from guichet.services.handlers import ShiftClosed

log = logging.getLogger("guichet.backup")

BACKUPS_DIR = "backups"
#: Written into each copy (never into the live database): whose it is and when it was taken.
INFO_TABLE = "guichet_backup_info"
DEFAULT_TIMEZONE = "America/Toronto"
PARTIAL = ".partial"
MMAP_LIMIT = 2**31


class BackupError(Exception):
    """The copy could not be made or did not pass its check; ``code`` says which."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}".strip(": "))
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Identity:
    """Whose database a file is, read from its own tables."""

    organisation_id: str
    organisation_name: str
    timezone: str
    terminal_id: str
    terminal_name: str
    revision: str
    taken_at: datetime | None = None  # a backup's moment (None: not one of our backups)
    kind: str = ""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    kind: str
    taken_at: datetime
    seconds: float
    size: int
    pruned: tuple[Path, ...] = ()


def backups_dir(data_dir: Path) -> Path:
    return data_dir / BACKUPS_DIR


def read_identity(conn: sqlite3.Connection) -> Identity | None:
    """The organisation, this counter and the schema revision of an open database (and the
    backup's own note if it is one); None when it is not an organisation's Guichet database."""
    try:
        org = conn.execute("SELECT id, name, timezone FROM organisation").fetchall()
        terminal = conn.execute(
            "SELECT id, name FROM terminal WHERE is_local = 1 ORDER BY id"
        ).fetchall()
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.DatabaseError:
        return None
    if len(org) != 1 or not terminal or len(revision) != 1:
        return None
    taken_at, kind = None, ""
    try:
        note = conn.execute(f"SELECT taken_at, kind FROM {INFO_TABLE}").fetchone()
    except sqlite3.DatabaseError:
        note = None
    if note is not None:
        try:
            taken_at = datetime.fromisoformat(str(note[0]))
        except ValueError:
            taken_at = None
        kind = str(note[1])
    return Identity(
        str(org[0][0]),
        str(org[0][1]),
        str(org[0][2] or DEFAULT_TIMEZONE),
        str(terminal[0][0]),
        str(terminal[0][1]),
        str(revision[0][0]),
        taken_at,
        kind,
    )


def integrity_problems(conn: sqlite3.Connection, size: int = 0) -> str:
    """'' when ``PRAGMA integrity_check`` finds the file sound, else its first findings.

    ``size``: the file's, to read it through a memory map (the check of a 650 MB file takes
    half the time). Only for a file of our own that nobody else writes or truncates (a copy
    under its temporary name, a backup being restored): a mapped file cut short under a
    reader is a crash, not an error."""
    if size:
        conn.execute(f"PRAGMA mmap_size={min(size, MMAP_LIMIT)}")
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    if rows == [("ok",)]:
        return ""
    # SQLite's own findings (English, several lines each): the first few, on one line.
    found = " ".join(" ".join(str(r[0]).split()) for r in rows[:3])
    return found if len(found) <= 200 else found[:199] + "…"


def zone_of(db_path: Path) -> ZoneInfo:
    """The organisation's time zone, read from the database (UTC for a file without one)."""
    name = DEFAULT_TIMEZONE
    try:
        if not db_path.exists():
            raise sqlite3.DatabaseError("no database")
        # Read-write on purpose (nothing is written): a read-only connection cannot remove
        # the -wal and -shm files it makes, and would leave them behind.
        conn = sqlite3.connect(db_path)
        try:
            row = conn.execute("SELECT timezone FROM organisation").fetchone()
        finally:
            conn.close()
        if row and row[0]:
            name = str(row[0])
    except sqlite3.DatabaseError:
        pass
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def copy_online(source: sqlite3.Connection, target: Path, *, kind: str, taken_at: datetime) -> int:
    """Copy ``source`` into ``target`` through a temporary name: backup API, note, check,
    rename. Returns the size in bytes; :class:`BackupError` leaves nothing at ``target``."""
    partial = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}{PARTIAL}")
    partial.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(partial, isolation_level=None)
        try:
            # No journal and no syncing while the copy is written: a copy cut short is
            # thrown away, never used, and the whole file is synced once before its rename.
            # Fewer writes to the disk the sales commit to.
            dest.execute("PRAGMA journal_mode=OFF")
            dest.execute("PRAGMA synchronous=OFF")
            source.backup(dest)  # one step: see the module's docstring
            # One self-contained file: no -wal or -shm beside a backup.
            dest.execute("PRAGMA journal_mode=DELETE")
            identity = read_identity(dest)
            if identity is None:
                raise BackupError("not_guichet", str(target))
            dest.execute("BEGIN")
            dest.execute(f"DROP TABLE IF EXISTS {INFO_TABLE}")
            dest.execute(
                f"CREATE TABLE {INFO_TABLE} (taken_at TEXT, kind TEXT, organisation_id TEXT, "
                "terminal_id TEXT, revision TEXT, program_version TEXT)"
            )
            dest.execute(
                f"INSERT INTO {INFO_TABLE} VALUES (?, ?, ?, ?, ?, ?)",
                (
                    taken_at.isoformat(),
                    kind,
                    identity.organisation_id,
                    identity.terminal_id,
                    identity.revision,
                    __version__,
                ),
            )
            dest.execute("COMMIT")
            problems = integrity_problems(dest, partial.stat().st_size)
            if problems:
                raise BackupError("corrupt", problems)
        finally:
            dest.close()
        with open(partial, "rb") as fh:
            os.fsync(fh.fileno())
        size = partial.stat().st_size
        os.replace(partial, target)
        _sync_folder(target.parent)
        return size
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (a power cut must not take the backup's name away)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


#: A temporary copy this old was left by a backup that never finished (a power cut, a killed
#: program): a backup takes seconds, and another program's may be under way right now.
STALE_PARTIAL_S = 3600


def _sweep_partials(folder: Path) -> None:
    now = time.time()
    for path in folder.glob(f".guichet-*{PARTIAL}"):
        try:
            if now - path.stat().st_mtime > STALE_PARTIAL_S:
                path.unlink()
                log.info("unfinished backup copy %s removed", path.name)
        except OSError:
            pass


_folder_locks: dict[Path, threading.Lock] = {}
_folder_locks_guard = threading.Lock()


def _folder_lock(folder: Path) -> threading.Lock:
    """One backup at a time per folder in this process (a shift close and the night's may
    meet): the second waits instead of pruning under the first."""
    with _folder_locks_guard:
        return _folder_locks.setdefault(folder.resolve(), threading.Lock())


def take_backup(
    data_dir: Path,
    kind: str = MANUAL,
    *,
    now: datetime | None = None,
    shift_number: int | None = None,
    output: Path | None = None,
    keep: int = KEEP_PER_KIND,
) -> BackupResult:
    """Back the data folder's database up into ``backups/`` (or ``output``), checked, then
    prune that kind to its ``keep`` most recent. Raises :class:`BackupError` or OSError."""
    db_path = data_dir / DB_NAME
    if not db_path.exists() or db_path.stat().st_size == 0:
        raise BackupError("empty", str(db_path))
    taken_at = now or datetime.now(UTC)
    tz = zone_of(db_path)
    folder = output.parent if output is not None else backups_dir(data_dir)
    target = output or folder / backup_filename(taken_at, kind, tz, shift_number)
    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    with _folder_lock(folder):
        source = sqlite3.connect(db_path, isolation_level=None)  # read-write: see zone_of
        try:
            source.execute("PRAGMA busy_timeout=5000")
            size = copy_online(source, target, kind=kind, taken_at=taken_at)
        except sqlite3.DatabaseError as error:
            raise BackupError("failed", str(error)) from error
        finally:
            source.close()
        pruned: list[Path] = []
        if output is None:
            for name in to_prune(os.listdir(folder), tz, keep):
                (folder / name).unlink(missing_ok=True)
                pruned.append(folder / name)
            _sweep_partials(folder)
    seconds = time.perf_counter() - start
    log.info(
        "backup %s written (%s, %d bytes, %.2f s, integrity ok, %d pruned)",
        target.name,
        kind,
        size,
        seconds,
        len(pruned),
    )
    return BackupResult(target, kind, taken_at, seconds, size, tuple(pruned))


def list_backups(data_dir: Path) -> list[BackupName]:
    """The backups in the data folder's ``backups/``, oldest first."""
    from guichet.domain.backups import backups_in

    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    return backups_in(os.listdir(folder), zone_of(data_dir / DB_NAME))


def _yield_to_the_cashier() -> None:
    """Lower this thread's priority: the integrity check is seconds of processor time, and a
    sale must not wait behind it (on Linux, nice applies to a thread; elsewhere nothing)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
    except OSError:
        pass


class BackupService:
    """The running counter's backups: at each shift close and each night, in a thread."""

    def __init__(
        self, data_dir: Path, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        self.data_dir = data_dir
        self.clock = clock
        self.last_result: BackupResult | None = None
        self.last_error: str = ""
        self._threads: list[threading.Thread] = []
        self._nightly: threading.Thread | None = None

    def run(self, kind: str, shift_number: int | None = None) -> BackupResult | None:
        """One backup now; a failure is logged and remembered, never raised."""
        if threading.current_thread() is not threading.main_thread():
            _yield_to_the_cashier()
        try:
            result = take_backup(
                self.data_dir, kind, now=self.clock(), shift_number=shift_number
            )
        except Exception as error:  # noqa: BLE001 - a backup never stops the counter
            self.last_error = f"{type(error).__name__}: {error}"
            log.exception("backup (%s) failed", kind)
            if isinstance(error, BackupError) and error.code == "corrupt":
                # The copy holds what the file holds: the next start checks every page of it.
                ask_for_full_check(self.data_dir, self.last_error)
            return None
        self.last_result, self.last_error = result, ""
        return result

    def in_background(self, kind: str, shift_number: int | None = None) -> threading.Thread:
        # Not a daemon: quitting right after a shift close waits for its backup to finish.
        thread = threading.Thread(
            target=self.run, args=(kind, shift_number), name=f"backup-{kind}", daemon=False
        )
        self._threads = [t for t in self._threads if t.is_alive()]
        self._threads.append(thread)
        thread.start()
        return thread

    def after_shift_close(self, closed: ShiftClosed) -> None:
        """Counter's hook, called once the close has committed: returns at once."""
        self.in_background(SHIFT, closed.z_number)

    def nightly_is_due(self) -> bool:
        if self._nightly is not None and self._nightly.is_alive():
            return False
        last = self.latest(NIGHTLY)
        return nightly_due(self.clock(), last.taken_at if last else None, self._zone())

    def nightly_if_due(self) -> threading.Thread | None:
        """Start the night's backup if it is due (the window's timer asks every hour; one that
        failed is tried again at the next hour)."""
        if not self.nightly_is_due():
            return None
        self._nightly = self.in_background(NIGHTLY)
        return self._nightly

    def latest(self, kind: str | None = None) -> BackupName | None:
        folder = backups_dir(self.data_dir)
        if not folder.is_dir():
            return None
        return latest(os.listdir(folder), self._zone(), kind)

    def wait(self, timeout: float | None = None) -> None:
        for thread in list(self._threads):
            thread.join(timeout)

    def _zone(self) -> ZoneInfo:
        return zone_of(self.data_dir / DB_NAME)
