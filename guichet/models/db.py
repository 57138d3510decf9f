"""Opening the local database: refuse a corrupt file untouched, upgrade an old one.

At every start the file gets the cheap check (:func:`check_sqlite_header`: its header, its
schema, its revision), which reads a few pages whatever the database's size; the full one
(:func:`check_sqlite_file`, ``PRAGMA quick_check``, which reads every page) runs in
``guichet check``, on every backup (each shift close, in the background) and at the first
start after a run that did not end cleanly (guichet/services/clean_exit.py).

Alembic is imported only when a migration runs: whether one is due is read from the
``alembic_version`` table and the migration files (guichet/models/revisions.py).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, SessionTransaction, SessionTransactionOrigin, sessionmaker

from guichet.models.revisions import MIGRATIONS_DIR, head_revision, known_revisions
from guichet.models.storage import (
    SQLITE_MAGIC,
    DatabaseError,
    connect_read_only,
    fold,
    guard_storage,
    raise_for_storage,
    stored_revision,
    writable,
)

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = [
    "MIGRATIONS_DIR",
    "SQLITE_MAGIC",
    "DatabaseError",
    "alembic_config",
    "check_sqlite_file",
    "check_sqlite_header",
    "checkpoint",
    "current_revision",
    "fold",
    "head_revision",
    "known_revisions",
    "make_engine",
    "open_local_database",
    "sqlite_url",
    "upgrade",
]
#: Every connection of make_engine: FULL (2). tests/integration/test_durable_commits.py.
SYNCHRONOUS = "FULL"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: every commit syncs the write-ahead log, so a sale whose receipt has printed is
    # on the disk when the power goes (NORMAL syncs it only at checkpoints, and a power cut
    # could take back the last sales after their cash went into the drawer). It costs one
    # fsync per commit: bench/bench_durability.py measures both, docs/ARCHITECTURE.md.
    cursor.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
    cursor.execute("PRAGMA busy_timeout=5000")
    # 32 MB of page cache keeps the indexes of a year of sales in memory.
    cursor.execute("PRAGMA cache_size=-32000")
    cursor.execute("PRAGMA temp_store=MEMORY")
    # An automatic checkpoint runs inside the committing transaction and can add tens of
    # milliseconds to a sale; the print worker checkpoints after each sale instead (see
    # checkpoint()), and this only caps the WAL if that worker never runs.
    cursor.execute("PRAGMA wal_autocheckpoint=10000")
    cursor.close()
    # SQLite's lower() knows only A-Z: « Élise » must be found by « elise » at the counter.
    dbapi_connection.create_function("fold", 1, fold, deterministic=True)


def _sqlite_no_implicit_transactions(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN IMMEDIATE itself for a write (pysqlite would
    # otherwise defer it), so two windows or processes writing at once queue up instead of
    # failing with a lock upgrade error half-way through a sale; a read begins deferred.
    dbapi_connection.isolation_level = None


#: The execution option a connection carries when its transaction only reads (see
#: :func:`_mark_reads`): it begins with a plain (deferred) BEGIN and never takes the write
#: lock, so a scan or a list on one window never makes a sale on another wait.
READ_ONLY = "guichet_read_only"


def _sqlite_begin(conn: Any) -> None:
    read_only = conn.get_execution_options().get(READ_ONLY, False)
    conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


@event.listens_for(Session, "after_transaction_create")
def _mark_reads(session: Session, transaction: SessionTransaction) -> None:
    """A session that began by itself (``with factory() as session:``, the read paths) reads;
    one begun with ``session.begin()`` (every command through the bus, every write) writes
    and takes the write lock at its BEGIN. Runs before the transaction takes its connection,
    which is given the session's execution options."""
    if transaction.parent is None:
        reads = transaction.origin is SessionTransactionOrigin.AUTOBEGIN
        session.execution_options = session.execution_options.union({READ_ONLY: reads})


def make_engine(url: str, **kwargs: Any) -> Engine:
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_no_implicit_transactions)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def checkpoint(engine: Engine) -> None:
    """Copy the WAL back into the database without blocking writers (off the sale path)."""
    if engine.dialect.name != "sqlite":
        return
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)")  # type: ignore[union-attr]
    finally:
        raw.close()


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def alembic_config(url: str) -> Config:
    # Alembic only when a migration runs (half a second of imports at every start otherwise).
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def current_revision(engine: Engine) -> str | None:
    """The revision the database at ``engine`` was last migrated to (None: never)."""
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        if isinstance(raw, sqlite3.Connection):
            return stored_revision(raw)
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


#: SQLite's page sizes: a power of two from 512 to 65536 (stored as 1 in the header).
PAGE_SIZES = {1 << n for n in range(9, 17)}


def check_sqlite_header(path: Path) -> str | None:
    """The start's check: raise :class:`DatabaseError` if ``path`` exists but is not a sound
    SQLite database of this program, reading a few pages whatever its size; return the
    revision it is at (None: a new or never migrated database).

    The header (its magic, page size, payload fractions and, when SQLite vouches for it, the
    size it records against the file's), the schema (parsed by reading ``alembic_version``)
    and the revision (one this program knows). Opens the file read-only: a damaged file is
    never modified by the check.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None  # an empty file is a new database
    with path.open("rb") as fh:
        header = fh.read(100)
    if header[: len(SQLITE_MAGIC)] != SQLITE_MAGIC:
        raise DatabaseError("not_a_database", path)
    problem = _header_problem(header, path)
    if problem:
        raise DatabaseError("corrupt_database", path, problem)
    try:
        conn = connect_read_only(path)
        try:
            revision = stored_revision(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise_for_storage(exc, path)  # a full disk or a read-only folder: not damage
        raise DatabaseError("corrupt_database", path, str(exc)) from exc
    if revision is not None and revision not in known_revisions():
        # Migrating it "back" would fail half-way or lose what the newer version wrote.
        raise DatabaseError("database_newer", path, revision)
    return revision


def _header_problem(header: bytes, path: Path) -> str:
    """What is wrong with a database header that starts with SQLite's magic ('' if nothing)."""
    if len(header) < 100:
        return "header cut short"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size not in PAGE_SIZES:
        return f"page size {page_size}"
    if header[21:24] != b"\x40\x20\x20":
        return "payload fractions"
    recorded_pages = int.from_bytes(header[28:32], "big")
    vouched = header[24:28] == header[92:96]  # SQLite's own test that the size is current
    wal = path.with_name(path.name + "-wal")
    if vouched and not (wal.exists() and wal.stat().st_size > 0):
        # With a write-ahead log the file may lag the header until the next checkpoint.
        if path.stat().st_size < recorded_pages * page_size:
            return f"file cut short: {path.stat().st_size} of {recorded_pages * page_size} bytes"
    return ""


def check_sqlite_file(path: Path) -> None:
    """The full check (``guichet check``, a restore, after a crash): the cheap one, then
    ``PRAGMA quick_check`` over every page. Raises :class:`DatabaseError`; reads only."""
    if check_sqlite_header(path) is None and not (path.exists() and path.stat().st_size):
        return
    try:
        # Read-only and, with no -wal beside it, immutable: not even a -shm is created.
        conn = connect_read_only(path)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise_for_storage(exc, path)
        raise DatabaseError("corrupt_database", path, str(exc)) from exc
    if rows != [("ok",)]:
        raise DatabaseError("corrupt_database", path, "; ".join(str(r[0]) for r in rows[:5]))


def open_local_database(
    path: Path, *, full_check: bool = False
) -> tuple[Engine, sessionmaker[Session]]:
    """Check (the cheap check; the full one with ``full_check``), back up if an upgrade is
    due, migrate to head, and return a session factory."""
    from sqlalchemy.exc import OperationalError

    if full_check:
        check_sqlite_file(path)
    stored = check_sqlite_header(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _raise_os_refusal(exc, path)
        raise
    if not writable(path.parent, path):
        raise DatabaseError("folder_read_only", path, str(path.parent))
    try:
        existed = path.exists() and path.stat().st_size > 0
        engine = make_engine(sqlite_url(path))
        current = stored if existed else None
        if existed:
            # The first connection sets the counter's pragmas (WAL...): a disk that refuses
            # to write says so here, as the DatabaseError that tells it from damage.
            engine.connect().close()
        head = head_revision()
        if existed and current != head:
            # Keep the pre-upgrade file: an upgrade that goes wrong must never cost a sale.
            engine.dispose()
            backup = path.with_name(f"{path.name}.before-{head}.bak")
            try:
                shutil.copy2(path, backup)
            except OSError as exc:
                backup.unlink(missing_ok=True)  # half a copy is no backup
                _raise_os_refusal(exc, path)
                raise
            engine = make_engine(sqlite_url(path))
        if current != head:
            upgrade(engine)
    except OperationalError as exc:
        raise_for_storage(exc, path)
        raise
    guard_storage(engine, path.parent)
    return engine, sessionmaker(engine, expire_on_commit=False)


def _raise_os_refusal(error: OSError, path: Path) -> None:
    """A full disk or a read-only folder raised as the DatabaseError that says so."""
    import errno

    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        raise DatabaseError("disk_full", path, str(path.parent)) from error
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        raise DatabaseError("folder_read_only", path, str(path.parent)) from error
