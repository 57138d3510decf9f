"""Opening the local database: refuse a corrupt file untouched, upgrade an old one."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"
#: Every connection of make_engine: FULL (2). tests/integration/test_durable_commits.py.
SYNCHRONOUS = "FULL"


class DatabaseError(Exception):
    """The local database cannot be used; ``code`` says why, the file is left as it was."""

    def __init__(self, code: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{code}: {path} {detail}".strip())
        self.code = code
        self.path = path
        self.detail = detail


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


def fold(text: str | None) -> str | None:
    """Lower case without accents, for searching names as people type them."""
    if text is None:
        return None
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _sqlite_no_implicit_transactions(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN IMMEDIATE itself (pysqlite would otherwise
    # defer it), so two windows or processes writing at once queue up instead of failing
    # with a lock upgrade error half-way through a sale.
    dbapi_connection.isolation_level = None


def _sqlite_begin_immediate(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, **kwargs: Any) -> Engine:
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_no_implicit_transactions)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin_immediate)
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
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def head_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    cfg = alembic_config(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def check_sqlite_file(path: Path) -> None:
    """Raise :class:`DatabaseError` if ``path`` exists but is not a sound SQLite database.

    Opens the file read-only so a damaged file is never modified by the check.
    """
    if not path.exists():
        return
    if path.stat().st_size == 0:
        return  # an empty file is a new database
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise DatabaseError("not_a_database", path)
    from guichet.models.storage import (
        connect_read_only,
        known_revisions,
        raise_for_storage,
        stored_revision,
    )

    try:
        # Read-only and, with no -wal beside it, immutable: not even a -shm is created.
        conn = connect_read_only(path)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            revision = stored_revision(conn) if rows == [("ok",)] else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise_for_storage(exc, path)  # a full disk or a read-only folder: not damage
        raise DatabaseError("corrupt_database", path, str(exc)) from exc
    if rows != [("ok",)]:
        raise DatabaseError("corrupt_database", path, "; ".join(str(r[0]) for r in rows[:5]))
    if revision is not None and revision not in known_revisions():
        # Migrating it "back" would fail half-way or lose what the newer version wrote.
        raise DatabaseError("database_newer", path, revision)


def open_local_database(path: Path) -> tuple[Engine, sessionmaker[Session]]:
    """Check, back up if an upgrade is due, migrate to head, and return a session factory."""
    from sqlalchemy.exc import OperationalError

    from guichet.models.storage import guard_storage, raise_for_storage, writable

    check_sqlite_file(path)
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
        current = current_revision(engine) if existed else None
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
