"""When the counter backs itself up, what the files are called and which ones it keeps.

Pure rules on names and dates; taking and restoring a backup is ``services/backups.py`` and
``services/restore.py``. A backup's name carries its moment in the organisation's time zone
(what the owner reads in the folder) and its kind:

    guichet-20261205-171502-shift-42.db   the close of the shift whose Z report is no. 42
    guichet-20261206-030000-nightly.db    the night's
    guichet-20261206-101500-manual.db     ``guichet backup``
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

SHIFT, NIGHTLY, MANUAL = "shift", "nightly", "manual"
KINDS = (SHIFT, NIGHTLY, MANUAL)

#: Kept per kind: a day of five shift closes must not push the nightly backups out, so each
#: kind keeps its own last 14 (two weeks of nights, fourteen shift closes, fourteen by hand).
KEEP_PER_KIND = 14

#: The night's backup is due once the organisation's clock has passed this hour (3 a.m.:
#: after the evening's last show, and 3 a.m. exists on every day, summer time or not).
NIGHT_HOUR = 3

SUFFIX = ".db"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^guichet-(\d{8}-\d{6})-(?:shift-(\d+)|(nightly)|(manual))\.db$")


@dataclass(frozen=True)
class BackupName:
    name: str
    taken_at: datetime  # aware
    kind: str
    shift_number: int | None = None


def backup_filename(
    taken_at: datetime, kind: str, tz: tzinfo, shift_number: int | None = None
) -> str:
    """``guichet-YYYYMMDD-HHMMSS-<kind>.db``, the moment read in the organisation's zone."""
    if taken_at.tzinfo is None:
        raise ValueError("taken_at must be timezone-aware")
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    stamp = taken_at.astimezone(tz).strftime(_STAMP)
    tail = f"shift-{shift_number}" if kind == SHIFT else kind
    if kind == SHIFT and shift_number is None:
        raise ValueError("a shift backup names its Z report number")
    return f"guichet-{stamp}-{tail}{SUFFIX}"


def parse_backup_filename(name: str, tz: tzinfo) -> BackupName | None:
    """The backup a file name stands for, or None for any other file (the owner's own copies
    left in the folder are never counted, nor pruned)."""
    match = _NAME.match(name)
    if match is None:
        return None
    stamp, shift, nightly, _manual = match.groups()
    try:
        naive = datetime.strptime(stamp, _STAMP)
    except ValueError:
        return None
    taken_at = naive.replace(tzinfo=tz)
    if shift is not None:
        return BackupName(name, taken_at, SHIFT, int(shift))
    return BackupName(name, taken_at, NIGHTLY if nightly else MANUAL)


def backups_in(names: Iterable[str], tz: tzinfo) -> list[BackupName]:
    """The backups among ``names``, oldest first."""
    found = [b for b in (parse_backup_filename(n, tz) for n in names) if b is not None]
    return sorted(found, key=lambda b: (b.taken_at, b.name))


def to_prune(names: Iterable[str], tz: tzinfo, keep: int = KEEP_PER_KIND) -> list[str]:
    """The backups to delete so that each kind keeps its ``keep`` most recent."""
    doomed: list[str] = []
    every = backups_in(names, tz)
    for kind in KINDS:
        of_kind = [b for b in every if b.kind == kind]
        doomed.extend(b.name for b in of_kind[: max(0, len(of_kind) - keep)])
    return doomed


def latest(names: Iterable[str], tz: tzinfo, kind: str | None = None) -> BackupName | None:
    """The most recent backup (of ``kind``), or None."""
    found = [b for b in backups_in(names, tz) if kind is None or b.kind == kind]
    return found[-1] if found else None


def last_night_mark(now: datetime, tz: tzinfo, night_hour: int = NIGHT_HOUR) -> datetime:
    """The latest ``night_hour`` o'clock in the organisation's zone at or before ``now``."""
    here = now.astimezone(tz)
    mark = here.replace(hour=night_hour, minute=0, second=0, microsecond=0)
    if mark > here:
        mark = (here - timedelta(days=1)).replace(
            hour=night_hour, minute=0, second=0, microsecond=0
        )
    return mark


def nightly_due(
    now: datetime, last_nightly: datetime | None, tz: tzinfo, night_hour: int = NIGHT_HOUR
) -> bool:
    """True when no nightly backup was taken since the last night mark.

    A counter left on overnight takes it just after 3 a.m.; one switched off at night takes
    it at the first check after it is switched on again (its copy of the day before is then
    still there, as the shift closes' are)."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if last_nightly is None:
        return True
    return last_nightly < last_night_mark(now, tz, night_hour)
