"""The scanning window's scan reads once and never takes the write lock (issue 20, part 4).

On a real SQLite file: a scan is one statement (counted by SQLAlchemy's
``before_cursor_execute`` and by SQLite's own trace of every connection the engine hands
out, the desk's kept one included), it goes through while another window holds a write
transaction, and it shows what the ORM view of the same card shows."""

from __future__ import annotations

import dataclasses
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from guichet.domain import codes
from guichet.domain.cards import CardStatus, Verdict
from guichet.services.cards import CardFilter, ScanResult
from guichet.services.counter import Counter
from tests.conftest import user_id

# The database's busy timeout is 5 s: a scan that waited for the write lock would take it.
AT_ONCE_S = 1.0


def _engine(counter: Counter) -> Any:
    return counter.session_factory.kw["bind"]


def _codes(counter: Counter, status: CardStatus | None = None) -> list[str]:
    return [row.code for row in counter.cards.cards(CardFilter(status=status))]


@pytest.fixture
def statements(counter: Counter) -> Iterator[dict[str, list[str]]]:
    """What the engine's connections run: through SQLAlchemy (``before_cursor_execute``) and
    as SQLite itself sees it (its trace, set on every connection at checkout)."""
    seen: dict[str, list[str]] = {"sqlalchemy": [], "sqlite": []}
    engine = _engine(counter)

    def before(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        seen["sqlalchemy"].append(statement)

    def checkout(dbapi: sqlite3.Connection, _record: Any, _proxy: Any) -> None:
        dbapi.set_trace_callback(seen["sqlite"].append)

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "checkout", checkout)
    yield seen
    event.remove(engine, "before_cursor_execute", before)
    event.remove(engine, "checkout", checkout)
    counter.cards.close()


def test_a_scan_is_one_statement_and_no_write_lock(
    counter: Counter, statements: dict[str, list[str]]
) -> None:
    first, second = _codes(counter)[:2]
    for code in (first, second, codes.new_code()):  # the last one unknown
        statements["sqlalchemy"].clear()
        statements["sqlite"].clear()
        result = counter.cards.scan(code)
        assert result.verdict is not Verdict.CHECK_CODE
        assert len(statements["sqlalchemy"]) <= 2, statements["sqlalchemy"]
        assert len(statements["sqlite"]) <= 2, statements["sqlite"]
        assert not any("IMMEDIATE" in s.upper() for s in statements["sqlite"])
    # Before issue 20: BEGIN IMMEDIATE, 5 SELECT (the card read twice), ROLLBACK.
    assert len(statements["sqlite"]) == 1


def test_a_scan_goes_through_while_a_sale_holds_the_write_lock(
    counter: Counter, demo_db_path: Path
) -> None:
    code = _codes(counter, CardStatus.ACTIVE)[0]
    counter.login(user_id(counter, "Sophie"), "1111")
    sale = sqlite3.connect(demo_db_path, isolation_level=None, timeout=0)
    try:
        sale.execute("BEGIN IMMEDIATE")  # another window in the middle of a sale
        sale.execute("UPDATE terminal SET name = name")
        start = time.perf_counter()
        result = counter.cards.scan(code)
        shown = counter.cards.card_result(result.card_id or "")
        day = counter.occurrences(counter.today())  # the sales window's list: a read too
        took = time.perf_counter() - start
        assert result.verdict is Verdict.VALID and shown.card_id == result.card_id and day
        assert took < AT_ONCE_S, took
        sale.execute("COMMIT")
    finally:
        sale.close()
        counter.cards.close()


def test_what_the_scan_shows_is_what_the_card_view_shows(cashier_counter: Counter) -> None:
    """Every card of the demo, the family pass with its members and a booking: the scan's
    one read gives the view the ORM path gives for the same card."""
    desk = cashier_counter.cards
    family = desk.lookup(_codes(cashier_counter, CardStatus.ACTIVE)[0])
    assert family.family and family.members and family.card_id is not None
    day = cashier_counter.today()
    bookable = [b for b in desk.bookable_occurrences(family.card_id, day) if b.refusal is None]
    member = family.members[0]
    desk.book(family.card_id, bookable[0].occurrence.id, [(member.id, member.name)])
    compared = 0
    for code in _codes(cashier_counter):
        scanned = desk.lookup(code)
        assert scanned.card_id is not None
        viewed = desk.card_result(scanned.card_id)
        assert _view(scanned) == _view(viewed), code
        compared += 1
    assert compared >= 3
    assert desk.lookup(_codes(cashier_counter, CardStatus.ACTIVE)[0]).bookings
    desk.close()


def _view(result: ScanResult) -> dict[str, Any]:
    view = dataclasses.asdict(result)
    for scan_only in ("text", "repeated", "confirmed"):
        view.pop(scan_only)
    return view
