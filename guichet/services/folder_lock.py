"""Who is using a data folder: the running counter holds a shared lock on ``guichet.lock``
for as long as it is open, and ``guichet restore`` needs it exclusively.

Several counters' windows may run on one folder (their writes queue in SQLite), so the
program's lock is shared; only restoring, which replaces the whole database under everyone,
needs the folder to itself. The lock is the operating system's (``flock``; on Windows
``msvcrt.locking``): a program that dies leaves no stale lock behind.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

LOCK_NAME = "guichet.lock"


class FolderBusy(Exception):
    """Another program holds the data folder."""


class FolderLock:
    def __init__(self, directory: Path, *, exclusive: bool) -> None:
        self.path = directory / LOCK_NAME
        self.exclusive = exclusive
        self._file: IO[bytes] | None = None

    def acquire(self) -> FolderLock:
        """Take the lock without waiting; :class:`FolderBusy` when someone holds it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+b")  # noqa: SIM115 - held until release()
        try:
            _lock(handle, self.exclusive)
        except OSError as error:
            handle.close()
            raise FolderBusy(str(self.path)) from error
        self._file = handle
        return self

    def release(self) -> None:
        if self._file is not None:
            try:
                _unlock(self._file)
            finally:
                self._file.close()
                self._file = None

    def __enter__(self) -> FolderLock:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()


def hold_while_running(directory: Path) -> FolderLock | None:
    """The counter program's shared lock, or None when it cannot be had (a read-only folder,
    or on Windows another window already holding it): the program runs all the same."""
    try:
        return FolderLock(directory, exclusive=False).acquire()
    except (FolderBusy, OSError):
        return None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[bytes], exclusive: bool) -> None:
        # msvcrt has no shared locks: the first window holds the byte, later ones go without,
        # and a restore is refused as long as any holds it.
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes], exclusive: bool) -> None:
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        fcntl.flock(handle.fileno(), mode | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

