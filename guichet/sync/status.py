"""What a sync cycle says (its status, its refusals), apart from the engine and its HTTP client.

The counter's status bar shows a :class:`SyncStatus` from its first screen on, standalone
counters included; importing the engine (httpx and its command-line tools) for it would cost
every start a quarter of a second.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from guichet.sync.updates import UpdateNotice


class SyncError(Exception):
    """The server could not be reached or refused us; ``code`` says which, in a word."""

    def __init__(self, code: str, detail: str = "", params: dict[str, Any] | None = None) -> None:
        super().__init__(code, detail)
        self.code = code
        self.detail = detail
        self.params: dict[str, Any] = params or {}


@dataclass(frozen=True)
class SyncStatus:
    online: bool
    waiting: int  # commands not yet answered by the server
    last_success: datetime | None
    error: str  # a code ("unreachable", "timeout", "terminal_revoked"...) or ""
    rejected: int  # commands the server refused (shown to supervisors)
    conflicts: int = 0  # conflicts open for a supervisor (the conflicts console)
    #: This counter must be updated (sync stopped; its sales wait in the outbox).
    update: UpdateNotice | None = None
    #: A newer version the server runs, not required yet ("" when none).
    newer_version: str = ""
    download_url: str = ""  # where the organisation says to download it
    #: This counter's clock is this many minutes ahead (negative: behind) of the server's;
    #: 0 within 5 minutes (guichet/sync/clock.py).
    clock_skew_minutes: int = 0
    #: When this counter last got back in step with the server (guichet/sync/recovery.py)
    #: and how many of its commands it numbered again then (0: sent again as they were).
    recovered_at: datetime | None = None
    renumbered: int = 0
