"""The counter's database file and the disk under it: read without writing a byte, and say
what the disk refused (full, read-only) rather than calling a sound file damaged.

A full disk or a read-only folder leaves the database as sound as it was: the advice for a
damaged file (restore a backup) would throw away the sales recorded since that backup, so
these are told apart from corruption everywhere the file is opened.
"""

from __future__ import annotations

import os
import sqlite3
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext

#: What SQLite says when the disk refuses a write (SQLITE_FULL, or an I/O error: a full
#: disk, or a file size limit, may show as either), and when it may not write at all.
DISK_FULL = "disk_full"
READ_ONLY = "folder_read_only"
SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseError(Exception):
    """The local database cannot be used; ``code`` says why, the file is left as it was."""

    def __init__(self, code: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{code}: {path} {detail}".strip())
        self.code = code
        self.path = path
        self.detail = detail


def fold(text: str | None) -> str | None:
    """Lower case without accents, for searching names as people type them."""
    if text is None:
        return None
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def storage_code(error: BaseException, folder: Path | None = None) -> str | None:
    """``disk_full`` or ``folder_read_only`` when ``error`` (a sqlite3 error, or SQLAlchemy's
    wrapper of one) is the disk refusing to write; None for anything else (corruption...)."""
    raw = getattr(error, "orig", error)
    name = str(getattr(raw, "sqlite_errorname", "") or "")
    if name == "SQLITE_FULL" or name.startswith("SQLITE_IOERR"):
        return DISK_FULL
    if name.startswith("SQLITE_READONLY") or name == "SQLITE_PERM":
        return READ_ONLY
    if name.startswith("SQLITE_CANTOPEN") and folder is not None and not writable(folder):
        return READ_ONLY
    return None


def writable(folder: Path, path: Path | None = None) -> bool:
    """Whether this process may create files in ``folder`` and write ``path`` (if it exists).
    ``os.access`` answers for a read-only mount too (EROFS), without writing anything."""
    if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        return False
    return path is None or not path.exists() or os.access(path, os.W_OK)


def read_only_uri(path: Path) -> str:
    """An SQLite URI that reads ``path`` and writes nothing next to it. With no ``-wal`` file
    nobody has the database open, so it is read as an immutable file (no ``-shm`` or ``-wal``
    created, even in a read-only folder); with one, the WAL holds committed transactions and is
    read too (its ``-shm`` already exists)."""
    uri = f"file:{quote(str(path))}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    return uri if wal.exists() else uri + "&immutable=1"


def connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False)


def read_only_engine(path: Path) -> Engine:
    """An engine on ``path`` that cannot write (``guichet check``): no WAL switch, no pragma
    that writes, the file's bytes and modification time left as they are."""

    def connect() -> sqlite3.Connection:
        conn = connect_read_only(path)
        conn.create_function("fold", 1, fold, deterministic=True)
        return conn

    return create_engine("sqlite://", creator=connect)


def stored_revision(conn: sqlite3.Connection) -> str | None:
    """The Alembic revision a database was last migrated to (None: never migrated)."""
    table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not table:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def guard_storage(engine: Engine, folder: Path) -> None:
    """Every statement and commit of the counter that the disk refuses becomes a coded
    refusal (``DomainError("disk_full")``...) that the windows put in words, instead of a raw
    OperationalError: the transaction is rolled back whole, the cart and payments stay."""
    from guichet.domain.errors import DomainError

    def refused(context: ExceptionContext) -> None:
        code = storage_code(context.original_exception, folder)
        if code is not None:
            raise DomainError(code, folder=str(folder)) from context.original_exception

    event.listen(engine, "handle_error", refused)


def raise_for_storage(error: BaseException, path: Path) -> Any:
    """Re-raise ``error`` as the :class:`DatabaseError` of a full disk or a read-only folder
    when it is one; otherwise leave it to the caller."""
    code = storage_code(error, path.parent)
    if code is not None:
        raise DatabaseError(code, path, str(path.parent)) from error
    return None
