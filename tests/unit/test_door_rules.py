"""The door's rules without a database (issue 17): codes of tickets and verdicts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from guichet.domain import codes
from guichet.domain.tickets import (
    EVERY_TICKET,
    CheckInList,
    Entry,
    KnownTicket,
    TicketStatus,
    Verdict,
    door_verdict,
    read_scan,
    ticket_code,
)

TZ = "America/Montreal"
SHOW = datetime(2026, 12, 6, 1, 0, tzinfo=UTC)  # 20 h in Quebec on 5 December


def ticket(**changes: object) -> KnownTicket:
    base = dict(
        id="t1",
        code=ticket_code("ORDERCODE", "line", 1),
        status=TicketStatus.VALID,
        event_id="ev",
        occurrence_id="occ",
        starts_at=SHOW,
        ends_at=SHOW + timedelta(hours=2),
        category_id="adult",
        category="Adulte",
        event="Le Malade imaginaire",
    )
    base.update(changes)
    return KnownTicket(**base)  # type: ignore[arg-type]


def at(hour: int, minute: int = 0, day: int = 5) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime(2026, 12, day, hour, minute, tzinfo=ZoneInfo(TZ))


def test_ticket_codes_are_well_formed_distinct_and_the_same_on_every_machine() -> None:
    first = ticket_code("K7M2QX9PTR4HWC8", "line-1", 1)
    assert first == ticket_code("K7M2QX9PTR4HWC8", "line-1", 1)
    assert codes.is_well_formed(first) and len(first) == codes.RANDOM_LENGTH + 1
    others = {ticket_code("K7M2QX9PTR4HWC8", "line-1", r) for r in range(2, 500)}
    others |= {ticket_code("K7M2QX9PTR4HWC9", "line-1", 1), ticket_code("K7M2QX9PTR4HWC8", "l2", 1)}
    assert first not in others and len(others) == 500


@pytest.mark.parametrize(
    ("changes", "now", "door", "expected"),
    [
        ({}, at(19, 30), EVERY_TICKET, Verdict.VALID),
        ({}, at(12), EVERY_TICKET, Verdict.VALID),  # no list: the date's whole day
        ({}, at(19, 30, day=4), EVERY_TICKET, Verdict.WRONG_DATE),  # the day before
        ({}, at(22, 30), EVERY_TICKET, Verdict.WRONG_DATE),  # over
        ({}, at(18, 30), CheckInList("l", "Parterre", minutes_before=60), Verdict.TOO_EARLY),
        ({}, at(19, 0), CheckInList("l", "Parterre", minutes_before=60), Verdict.VALID),
        (
            {},
            at(19, 30),
            CheckInList("l", "Balcon", category_ids=frozenset({"kid"})),
            Verdict.NOT_HERE,
        ),
        (
            {},
            at(19, 30),
            CheckInList("l", "Piscine", event_ids=frozenset({"swim"})),
            Verdict.NOT_HERE,
        ),
        ({"status": TicketStatus.REFUNDED}, at(19, 30), EVERY_TICKET, Verdict.REFUNDED),
        ({"status": TicketStatus.CANCELLED}, at(19, 30), EVERY_TICKET, Verdict.CANCELLED),
        ({"status": TicketStatus.EXCHANGED}, at(19, 30), EVERY_TICKET, Verdict.CANCELLED),
        ({"entry": Entry(SHOW, "Porte A")}, at(19, 30), EVERY_TICKET, Verdict.ALREADY_USED),
        # Refunded says so first, wherever and whenever it is scanned.
        (
            {"status": TicketStatus.REFUNDED},
            at(19, 30, day=4),
            CheckInList("l", "Balcon", category_ids=frozenset({"kid"})),
            Verdict.REFUNDED,
        ),
    ],
)
def test_the_door_verdict(
    changes: dict[str, object], now: datetime, door: CheckInList, expected: Verdict
) -> None:
    verdict = door_verdict(ticket(**changes), door, now.astimezone(UTC), TZ)
    assert verdict.verdict is expected
    assert verdict.admits is (expected is Verdict.VALID)
    if expected is Verdict.TOO_EARLY:
        assert verdict.opens_at == SHOW - timedelta(hours=1)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "x" * 65, "K7M2Q\x00X9PTR", "\x1b[2J", "O" + ticket_code("A", "b", 1)[1:], "ABC"],
)
def test_scans_that_cannot_be_a_code_ask_to_check_it(text: str) -> None:
    read = read_scan(text)
    assert not isinstance(read, str) and read.verdict is Verdict.CHECK_CODE


def test_a_code_is_read_as_people_type_it() -> None:
    code = ticket_code("A", "b", 1)
    assert read_scan(codes.display(code).lower().replace("-", " ")) == code
