"""The scanning window's read: everything one scan shows, in one statement (issue 20).

The card with its type's and its customer's names, its upcoming bookings, its customer's
members and the names of its activities come back as the rows of one ``UNION ALL``, told
apart by their first column. The text of the statement is made once per desk and run on a
connection the desk keeps, so the driver prepares it once (sqlite3's statement cache). Alone,
the statement is its own read transaction: deferred, it takes no write lock, so a sale on
another window never waits for a scan, and nothing is held between two scans.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine

from guichet.domain import bearer
from guichet.models.tables import Booking, CustomerMember, Occurrence

# Columns, by kind of row: c the card, b a booking, m a member, a an activity. A column
# holds one type in every branch (PostgreSQL types a UNION's columns), NULL where unused:
# 1 id, 2 status, 3 code | occurrence | customer, 4 holder | event | member | activity name,
# 5 customer | event (en), 6 member | participant, 7 type name | member, 8 customer name |
# place kind, 9 terms, 10 uses taken | cancel minutes | position, 11 starts, 12 ends,
# 13 booked at, 14 birth date (typed in the first branch: PostgreSQL types NULL ∪ NULL as text).
_SCAN_SQL = """\
WITH c AS MATERIALIZED (
    SELECT id, organisation_id, card_type_id, customer_id, member_id, code, status, terms,
           uses_taken, holder_name
    FROM card WHERE organisation_id = {m} AND code IN ({m}, {m})
)
SELECT 'c', c.id, c.status, c.code, c.holder_name, c.customer_id, c.member_id, t.name, u.name,
       c.terms, c.uses_taken, NULL, NULL, NULL, CAST(NULL AS DATE)
FROM c LEFT JOIN card_type t ON t.id = c.card_type_id
LEFT JOIN customer u ON u.id = c.customer_id
UNION ALL
SELECT 'b', b.id, b.status, b.occurrence_id, e.name, e.name_en, b.participant, b.member_id,
       b.place_kind, NULL, o.cancel_minutes, o.starts_at, o.ends_at, b.created_at, NULL
FROM c JOIN booking b ON b.card_id = c.id
JOIN occurrence o ON o.id = b.occurrence_id
JOIN event e ON e.id = o.event_id
WHERE o.ends_at > {m} AND b.status <> 'cancelled'
UNION ALL
SELECT 'm', m.id, NULL, m.customer_id, m.name, NULL, NULL, NULL, NULL, NULL, m.position,
       NULL, NULL, NULL, m.birth_date
FROM c JOIN customer_member m ON m.customer_id = c.customer_id
WHERE m.active
UNION ALL
SELECT 'a', a.id, NULL, NULL, a.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       NULL
FROM c {activity_ids}
JOIN activity a ON a.id = j.value"""
# The ids of the activities the card's terms name (its JSON), one row each.
_ACTIVITY_IDS = {
    "sqlite": "JOIN json_each(c.terms, '$.activity_ids') j",
    "postgresql": "CROSS JOIN LATERAL json_array_elements_text(c.terms -> 'activity_ids') j(value)",
}


@dataclass(frozen=True)
class ScannedBooking:
    id: str
    status: str
    occurrence_id: str
    event_name: str
    event_name_en: str | None
    participant: str
    member_id: str | None
    place_kind: str
    cancel_minutes: int | None
    starts_at: datetime
    ends_at: datetime
    created_at: datetime


@dataclass(frozen=True)
class ScannedMember:
    id: str
    customer_id: str
    name: str
    position: int
    birth_date: date | None


@dataclass(frozen=True)
class ScannedCard:
    """One card as the scanning window shows it, read at once."""

    id: str
    code: str  # as stored: the code itself, or its digest for a card sold elsewhere
    status: str
    terms: dict[str, Any]
    uses_taken: int
    holder_name: str
    customer_id: str | None
    customer_name: str
    member_id: str | None
    card_type_name: str
    bookings: tuple[ScannedBooking, ...]  # upcoming and not cancelled, first first
    members: tuple[ScannedMember, ...]  # the customer's active members, in their order
    activities: dict[str, str]  # those its terms name, id -> name


def _processor(engine: Engine, column: Any, bind: bool) -> Callable[[Any], Any] | None:
    """The driver's value to the column's Python value (or back, ``bind``), as the ORM
    would convert it: SQLite keeps times and dates as text."""
    dialect = engine.dialect
    impl = column.type.dialect_impl(dialect)
    found: Callable[[Any], Any] | None = (
        impl.bind_processor(dialect) if bind else impl.result_processor(dialect, None)
    )
    return found


class CardScanReader:
    """Reads a scanned card on its own DBAPI connection (taken at the first scan)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        mark = "?" if engine.dialect.paramstyle == "qmark" else "%s"
        self.sql = _SCAN_SQL.format(m=mark, activity_ids=_ACTIVITY_IDS[engine.dialect.name])
        self._moment = _processor(engine, Occurrence.__table__.c.ends_at, False)
        self._to_db = _processor(engine, Occurrence.__table__.c.ends_at, True)
        self._booked_at = _processor(engine, Booking.__table__.c.created_at, False)
        self._birth = _processor(engine, CustomerMember.__table__.c.birth_date, False)
        self._raw: Any = None
        self._now: tuple[datetime, Any] | None = None  # the last time asked, as the driver's

    def read(self, organisation_id: str, code: str, now: datetime) -> ScannedCard | None:
        """The card whose code (or its digest, domain/bearer.py) is ``code``, or None."""
        if self._raw is None:
            self._raw = self.engine.raw_connection()
        if self._now is None or self._now[0] != now:
            self._now = (now, self._to_db(now) if self._to_db else now)
        cursor = self._raw.cursor()
        try:
            cursor.execute(
                self.sql, (organisation_id, *bearer.forms(organisation_id, code), self._now[1])
            )
            rows = cursor.fetchall()
        finally:
            cursor.close()
        # No transaction is open (one statement, autocommit): this ends nothing on SQLite,
        # and on PostgreSQL it ends the read the driver began.
        self._raw.rollback()
        return self._card(rows)

    def _card(self, rows: list[Any]) -> ScannedCard | None:
        card = None
        bookings: list[ScannedBooking] = []
        members: list[ScannedMember] = []
        activities: dict[str, str] = {}
        moment = self._moment or _same
        for row in rows:
            kind = row[0]
            if kind == "c":
                card = row
            elif kind == "b":
                bookings.append(
                    ScannedBooking(
                        row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                        row[10], moment(row[11]), moment(row[12]),
                        (self._booked_at or _same)(row[13]),
                    )
                )  # fmt: skip
            elif kind == "m":
                birth = (self._birth or _same)(row[14])
                members.append(ScannedMember(row[1], row[3], row[4], row[10] or 0, birth))
            else:
                activities[row[1]] = row[4]
        if card is None:
            return None
        terms = card[9]
        bookings.sort(key=lambda b: (b.starts_at, b.participant))
        members.sort(key=lambda m: (m.position, m.name))
        return ScannedCard(
            id=card[1],
            code=card[3],
            status=card[2],
            terms=json.loads(terms) if isinstance(terms, str) else dict(terms or {}),
            uses_taken=card[10],
            holder_name=card[4],
            customer_id=card[5],
            customer_name=card[8] or "",
            member_id=card[6],
            card_type_name=card[7] or "",
            bookings=tuple(bookings),
            members=tuple(members),
            activities=activities,
        )

    def close(self) -> None:
        if self._raw is not None:
            self._raw.close()
            self._raw = None


def _same(value: Any) -> Any:
    return value
