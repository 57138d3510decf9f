"""The sync rounds in the counter's log (docs/LOGS.md).

A round that moved something is a line; a round that moved nothing is not (they come every
few seconds). A failure is a line when it starts or changes, not at every retry of a counter
left offline for the evening, and the return of the server is a line with how many rounds
failed before it.
"""

from __future__ import annotations

import logging

log = logging.getLogger("guichet.sync")
OFFLINE = ("unreachable", "timeout")


class RoundLog:
    def __init__(self) -> None:
        self.failing: str | None = None
        self.failed_rounds = 0

    def success(self, pushed: int, pulled: int) -> None:
        if self.failing is not None:
            log.info(
                "server reachable again",
                extra={"failed_rounds": self.failed_rounds, "last_error": self.failing},
            )
            self.failing, self.failed_rounds = None, 0
        if pushed or pulled:
            log.info("sync round", extra={"pushed": pushed, "pulled": pulled})

    def failure(self, code: str) -> None:
        self.failed_rounds += 1
        if code == self.failing:
            return
        self.failing = code
        if code in OFFLINE:
            log.warning("server unreachable, selling offline", extra={"error": code})
        else:
            log.warning("sync refused by the server", extra={"error": code})
