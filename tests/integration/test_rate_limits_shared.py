"""Issue 21, part 4: request budgets shared by every process of the server.

Before the fix the only limit was the card look-up's, a token bucket in each process's memory
(two workers: twice the budget), and ``/pair``, ``/adopt``, ``/pairing-codes`` and ``/push``
had none: a script could try pairing codes as fast as the server answered."""

from __future__ import annotations

from pathlib import Path

import httpx
from sqlalchemy import select

from guichet.models.db import make_engine, sqlite_url, upgrade
from guichet.models.tables import RateLimit
from guichet.server.ratelimit import Budget, Limits, RateLimited
from tests.integration.test_sync_server import ServerProcess


def wrong_pairing(server: ServerProcess) -> httpx.Response:
    # A connection of its own each time: the kernel spreads new connections over the two
    # processes (SO_REUSEPORT), so the attempts are answered by both.
    with httpx.Client(base_url=server.url, timeout=10) as http:
        return http.post("/pair", json={"code": "ABCDE-FGHJK", "terminal_name": "Intrus"})


def test_wrong_pairing_codes_are_stopped_whichever_process_answers(
    pg_server: ServerProcess,
) -> None:
    assert pg_server.workers == 2
    answers = [wrong_pairing(pg_server) for _ in range(30)]
    statuses = [a.status_code for a in answers]
    # Ten wrong codes from this address, then 429 on both processes: per-process memory
    # would have let twenty through.
    assert statuses == [400] * 10 + [429] * 20, statuses
    assert answers[0].json()["detail"]["code"] in ("pairing_code_unknown", "code_malformed")
    refused = answers[-1]
    body = refused.json()["detail"]
    assert body["code"] == "rate_limited"
    wait = int(refused.headers["Retry-After"])
    assert int(body["params"]["retry_after"]) == wait and 1 <= wait <= 120
    engine = make_engine(pg_server.db_url)
    try:
        with engine.connect() as conn:
            keys = list(conn.scalars(select(RateLimit.key)))
    finally:
        engine.dispose()
    assert keys == ["pair:127.0.0.1"]


def test_a_bucket_refills_at_its_rate_and_says_when(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "server.sqlite3"))
    upgrade(engine)
    limits = Limits(engine, {"push": Budget(burst=3, rate=0.5)})
    for _ in range(3):
        limits.take("push", "caisse-a", now=1000.0)
    try:
        limits.take("push", "caisse-a", now=1000.0)
    except RateLimited as error:
        # Empty, and the refused request costs one token too (down to -1 at most): the next
        # whole token is back in 4 s at 0.5 a second.
        assert error.retry_after == 4 and error.code == "rate_limited"
    else:
        raise AssertionError("a fourth request went through a bucket of three")
    limits.take("push", "caisse-b", now=1000.0)  # another counter has its own bucket
    limits.take("push", "caisse-a", now=1004.0)  # refilled meanwhile
    # Hammering an empty bucket does not push the next token further away.
    for _ in range(50):
        try:
            limits.take("push", "caisse-a", now=1004.0)
        except RateLimited as error:
            assert error.retry_after <= 4
    limits.take("push", "caisse-a", now=1008.0)
    # An attempt that succeeded is given back (pairing forty counters is never slowed).
    limits.give_back("push", "caisse-b")
    for _ in range(3):
        limits.take("push", "caisse-b", now=1000.0)
    engine.dispose()
