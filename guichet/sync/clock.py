"""How far this counter's clock is from the server's (issue 21, part 10).

Every sale, receipt and shift is dated by the counter's clock, offline included, and the
server's escrow and the day's shows follow the server's: a counter whose clock is off sells
"today" on the wrong day, and its receipts say the wrong time. It is told at every sync.

The server's time comes from the HTTP ``Date`` header, which uvicorn (and any proxy in front
of it) puts on every answer, refusals included: no field to add to each route, and a server
of an older version tells it too. The header has whole seconds, far finer than the tolerance.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

#: A clock further than this from the server's is told (status bar, amber).
TOLERANCE = timedelta(minutes=5)

#: (the server's time, ``time.monotonic()`` when its answer arrived)
ServerDate = tuple[datetime, float]


def server_date(header: str | None) -> ServerDate | None:
    """The server's time from an answer's ``Date`` header; None when absent or unreadable."""
    if not header:
        return None
    try:
        moment = parsedate_to_datetime(header)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:  # "-0000": RFC 5322's "UTC, source unknown"
        moment = moment.replace(tzinfo=UTC)
    return moment, time.monotonic()


def skew(date: ServerDate | None, local_now: datetime) -> timedelta | None:
    """This counter's clock minus the server's (positive: ahead), as of ``local_now``; None
    before any answer. The time since that answer is added on the monotonic clock, which
    neither clock's being set can move."""
    if date is None:
        return None
    moment, at = date
    server_now = moment + timedelta(seconds=time.monotonic() - at)
    return local_now - server_now


def told_minutes(offset: timedelta | None) -> int:
    """What the status bar says: 0 within the tolerance, else the minutes ahead (positive)
    or behind (negative), rounded."""
    if offset is None or abs(offset) <= TOLERANCE:
        return 0
    return round(offset.total_seconds() / 60)
