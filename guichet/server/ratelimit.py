"""Request budgets shared by every server process (issue 21, part 4).

One token bucket per route and caller (a terminal, or the client's address before a counter
has a token) in the ``rate_limit`` table: ``burst`` requests at once, then ``rate`` a second.
Taking a token is one upsert that refills and takes in the same statement, so two processes
(or two threads) never both take the last token; the same SQL runs on PostgreSQL and SQLite.
A bucket left empty answers 429 with ``Retry-After`` (the seconds until a token is back) and
the coded body ``{"code": "rate_limited", "params": {"retry_after": N}}``.

Routes whose honest use succeeds (pairing, adopting) take a token per attempt and give it
back when the attempt succeeds: a benchmark pairing forty counters from one address is never
slowed, a script guessing codes is stopped after ``burst`` wrong ones.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine

from guichet.domain.errors import DomainError


@dataclass(frozen=True)
class Budget:
    burst: int
    rate: float  # tokens a second


#: Per route. Look-ups of codes: a stolen token enumerates nothing. Pairing and adopting:
#: per address, wrong codes only. A code for the next counter: a fleet at once, then a few an
#: hour. Pushes: far above what a counter sends (a batch every few seconds).
BUDGETS: dict[str, Budget] = {
    "pair": Budget(burst=10, rate=10 / 600),
    "adopt": Budget(burst=10, rate=10 / 600),
    "pairing_codes": Budget(burst=20, rate=20 / 3600),
    "push": Budget(burst=120, rate=20.0),
    "card_verdict": Budget(burst=40, rate=20.0),
    "ticket_verdict": Budget(burst=40, rate=20.0),
}

# Refill, then take one: the bucket holds at most ``burst``; a refused request leaves it at
# -1 at the lowest (hammering does not push the next token further away than 1/rate).
_LEFT = "(rate_limit.tokens + (:now - rate_limit.stamp) * :rate)"
_CAPPED = f"(CASE WHEN {_LEFT} > :burst THEN :burst ELSE {_LEFT} END)"
_TAKE = text(
    "INSERT INTO rate_limit (key, tokens, stamp) VALUES (:key, :burst - 1, :now) "
    "ON CONFLICT (key) DO UPDATE SET "
    f"tokens = CASE WHEN {_CAPPED} - 1 < -1 THEN -1 ELSE {_CAPPED} - 1 END, stamp = :now "
    "RETURNING tokens"
)
_GIVE_BACK = text(
    "UPDATE rate_limit SET tokens = CASE WHEN tokens + 1 > :burst THEN :burst "
    "ELSE tokens + 1 END WHERE key = :key"
)


class RateLimited(DomainError):
    def __init__(self, retry_after: int) -> None:
        super().__init__("rate_limited", retry_after=retry_after)
        self.retry_after = retry_after


class Limits:
    """The buckets of one database (every process of a server opens its own ``Limits``)."""

    def __init__(self, engine: Engine, budgets: dict[str, Budget] | None = None) -> None:
        self.engine = engine
        self.budgets = budgets or BUDGETS

    def take(self, route: str, who: str, now: float | None = None) -> None:
        """One request of ``who`` on ``route``; raises :class:`RateLimited` past the budget."""
        budget = self.budgets[route]
        params = {
            "key": f"{route}:{who}"[:200],
            "now": time.time() if now is None else now,
            "rate": budget.rate,
            "burst": float(budget.burst),
        }
        with self.engine.begin() as conn:
            left = float(conn.execute(_TAKE, params).scalar_one())
        if left < 0:
            # The next token is whole again once (1 - left) / rate seconds have passed.
            raise RateLimited(max(1, math.ceil((1 - left) / budget.rate)))

    def give_back(self, route: str, who: str) -> None:
        """An attempt that succeeded costs nothing (see the module's docstring)."""
        budget = self.budgets[route]
        with self.engine.begin() as conn:
            conn.execute(_GIVE_BACK, {"key": f"{route}:{who}"[:200], "burst": float(budget.burst)})


def guard(limits: Limits, route: str, who: str) -> None:
    """:meth:`Limits.take` for a route of the API: 429, ``Retry-After`` and the coded body."""
    from fastapi import HTTPException

    try:
        limits.take(route, who)
    except RateLimited as error:
        raise HTTPException(
            429,
            detail={"code": "rate_limited", "params": {"retry_after": error.retry_after}},
            headers={"Retry-After": str(error.retry_after)},
        ) from error


def client_of(request: object) -> str:
    """The caller's address (behind a reverse proxy on this machine, the one it forwards:
    uvicorn reads X-Forwarded-For from 127.0.0.1 only)."""
    client = getattr(request, "client", None)
    return str(getattr(client, "host", "") or "unknown")
