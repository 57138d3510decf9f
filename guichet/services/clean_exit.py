"""Did the last run of the counter end cleanly? A marker file in the data folder says it runs.

The full check of the database (``PRAGMA quick_check``: every page) is due at a start after a
crash, and after a shift close whose backup found its copy damaged (the backup's own
``integrity_check``, in the background at every shift close, is the full check of what the
file holds): ``guichet.check-due`` then asks the next start for it.

The counter writes ``guichet.running`` when it opens and removes it when it quits. A marker
found at start that nobody holds (no other window of the counter on this folder: the folder's
lock, guichet/services/folder_lock.py, can be had exclusively) was left by a run that crashed,
or by a power cut: the database is then given the full check (``PRAGMA quick_check``) before
the counter opens, instead of the cheap one every start gets.
"""

from __future__ import annotations

from pathlib import Path

from guichet.services.folder_lock import FolderBusy, FolderLock

MARKER_NAME = "guichet.running"
CHECK_DUE_NAME = "guichet.check-due"


def marker_path(directory: Path) -> Path:
    return directory / MARKER_NAME


def ended_uncleanly(directory: Path) -> bool:
    """The marker is there and no running counter holds the folder: the last run crashed."""
    if not marker_path(directory).exists():
        return False
    try:
        with FolderLock(directory, exclusive=True):
            return True
    except (FolderBusy, OSError):
        return False  # another window of the counter runs: the marker is its own


def full_check_due(directory: Path) -> bool:
    """The next start must read every page: the last run crashed, or a check asked for it."""
    return (directory / CHECK_DUE_NAME).exists() or ended_uncleanly(directory)


def ask_for_full_check(directory: Path, why: str) -> None:
    """Have the next start give the database the full check (``why`` is kept for a person)."""
    try:
        (directory / CHECK_DUE_NAME).write_text(why + "\n", encoding="utf-8")
    except OSError:
        pass


def full_check_passed(directory: Path) -> None:
    (directory / CHECK_DUE_NAME).unlink(missing_ok=True)


def mark_running(directory: Path) -> None:
    """Say that a counter runs on ``directory`` (a read-only folder: nothing to say it in)."""
    try:
        marker_path(directory).touch()
    except OSError:
        pass


def mark_clean_exit(directory: Path) -> None:
    """The counter quits cleanly; call it once its own lock of the folder is let go. The marker
    stays while another window of the counter still runs on the folder (the last one out
    removes it)."""
    try:
        with FolderLock(directory, exclusive=True):
            marker_path(directory).unlink(missing_ok=True)
    except (FolderBusy, OSError):
        pass
