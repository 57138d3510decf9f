"""Issue 17, parts 1, 4 and 6: a ticket per admission, judged at the door, voided by a refund.

The counter's real SQLite file and its command bus: a sale writes one ticket per admission
with its own code, the door judges a scan on that copy and records it, a refund voids the
refunded admissions at once.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from guichet.domain import codes
from guichet.domain.cards import CardStatus
from guichet.domain.tickets import TicketStatus, Verdict, ticket_code
from guichet.models.tables import CheckIn, Order, Ticket
from guichet.services.cards import CardFilter
from guichet.services.counter import Counter
from guichet.services.door import DoorDesk
from tests.conftest import Clock
from tests.integration.helpers import category, occurrence_named, sell_cash
from tests.typos import neighbours_swapped


def tickets_of(counter: Counter, order_id: str) -> list[Ticket]:
    with counter.session_factory() as session:
        return list(
            session.scalars(
                select(Ticket).where(Ticket.order_id == order_id).order_by(Ticket.rank)
            )
        )


@pytest.fixture
def door(cashier_counter: Counter) -> DoorDesk:
    return DoorDesk(cashier_counter)


def test_a_sale_gives_each_admission_its_own_checked_code(cashier_counter: Counter) -> None:
    show = occurrence_named(cashier_counter, "Le Malade imaginaire")
    sale = sell_cash(cashier_counter, show.id, adult=2, child=1)
    tickets = tickets_of(cashier_counter, sale.order_id)
    assert len(tickets) == 3
    assert len({t.code for t in tickets}) == 3
    for ticket in tickets:
        assert codes.is_well_formed(ticket.code) and len(ticket.code) == 15
        assert ticket.occurrence_id == show.id and ticket.status == "valid"
    adult = category(cashier_counter, show.id, "adult")
    assert [t.category_id == adult for t in tickets].count(True) == 2
    with cashier_counter.session_factory() as session:
        order = session.get(Order, sale.order_id)
        assert order is not None
        line_id = tickets[0].order_line_id
        assert line_id is not None
        # Derived from the order's secret code: the server replaying the sale finds the same.
        assert tickets[0].code == ticket_code(order.code, line_id, 1)
        assert tickets[0].code != order.code


def test_the_door_admits_once_and_says_when_and_where(
    cashier_counter: Counter, door: DoorDesk, clock: Clock
) -> None:
    show = occurrence_named(cashier_counter, "Le Malade imaginaire")
    sale = sell_cash(cashier_counter, show.id, adult=1)
    (ticket,) = tickets_of(cashier_counter, sale.order_id)
    typed = codes.display(ticket.code).lower().replace("-", " ")  # as a person types it

    first = door.scan(typed)
    assert first.verdict is Verdict.VALID and first.admits
    assert first.ticket is not None and first.ticket.event == "Le Malade imaginaire"
    assert first.ticket.category == "Adulte"
    assert door.scan(typed) is first  # the scanner sent it twice: one entry, not two

    clock.advance(minutes=3)
    again = door.scan(ticket.code)
    assert again.verdict is Verdict.ALREADY_USED and not again.admits
    assert again.ticket is not None and again.ticket.entry is not None
    assert again.ticket.entry.at == first_entry_time(cashier_counter, ticket.id)
    assert again.ticket.entry.where == "Caisse 1"
    with cashier_counter.session_factory() as session:
        scans = list(session.scalars(select(CheckIn).order_by(CheckIn.occurred_at)))
    assert [(s.verdict, s.admitted) for s in scans] == [("valid", True), ("already_used", False)]
    count = door.count()
    assert count.checked_in == 1 and count.sold >= 1


def first_entry_time(counter: Counter, ticket_id: str):  # type: ignore[no-untyped-def]
    with counter.session_factory() as session:
        return session.scalars(
            select(CheckIn.occurred_at).where(
                CheckIn.ticket_id == ticket_id, CheckIn.admitted.is_(True)
            )
        ).one()


def test_a_refund_voids_the_refunded_admissions_at_once(
    cashier_counter: Counter, door: DoorDesk, supervisor  # type: ignore[no-untyped-def]
) -> None:
    show = occurrence_named(cashier_counter, "Le Malade imaginaire")
    sale = sell_cash(cashier_counter, show.id, adult=3)
    tickets = tickets_of(cashier_counter, sale.order_id)
    line_id = tickets[0].order_line_id
    assert line_id is not None
    cashier_counter.refund(sale.order_id, {line_id: 1}, supervisor)
    statuses = [t.status for t in tickets_of(cashier_counter, sale.order_id)]
    assert statuses == ["valid", "valid", "refunded"]  # the line's last unit, as its seats
    assert door.scan(tickets[2].code).verdict is Verdict.REFUNDED
    assert door.scan(tickets[0].code).verdict is Verdict.VALID


def test_bad_scans_get_a_clear_verdict_and_admit_no_one(
    cashier_counter: Counter, door: DoorDesk
) -> None:
    show = occurrence_named(cashier_counter, "Le Malade imaginaire")
    sale = sell_cash(cashier_counter, show.id, adult=1)
    (ticket,) = tickets_of(cashier_counter, sale.order_id)
    typo = neighbours_swapped(ticket.code)
    assert door.scan(typo).verdict is Verdict.CHECK_CODE
    assert door.scan("O" + ticket.code[1:]).verdict is Verdict.CHECK_CODE  # a letter O
    assert door.scan("x" * 100_000).verdict is Verdict.CHECK_CODE
    assert door.scan("\x00\x1b[2J").verdict is Verdict.CHECK_CODE
    assert door.scan(codes.new_code()).verdict is Verdict.UNKNOWN
    receipt = door.scan(sale.order_code)
    assert receipt.verdict is Verdict.RECEIPT and receipt.order_code == sale.order_code
    with cashier_counter.session_factory() as session:
        scans = list(session.scalars(select(CheckIn)))
    assert len(scans) == 6 and not any(s.admitted for s in scans)
    assert door.scan(ticket.code).verdict is Verdict.VALID  # the real one still enters


def test_a_door_list_admits_its_dates_and_categories_from_its_time(
    cashier_counter: Counter, supervisor, clock: Clock  # type: ignore[no-untyped-def]
) -> None:
    show = occurrence_named(cashier_counter, "Le Malade imaginaire")
    tomorrow = occurrence_named(
        cashier_counter, "Le Malade imaginaire", day=cashier_counter.today() + timedelta(days=1)
    )
    adult = category(cashier_counter, show.id, "adult")
    tonight_sale = sell_cash(cashier_counter, show.id, adult=1, child=1)
    tonight = tickets_of(cashier_counter, tonight_sale.order_id)
    later = tickets_of(cashier_counter, sell_cash(cashier_counter, tomorrow.id, adult=1).order_id)
    cashier_counter.login(supervisor.user_id, "2222")
    door = DoorDesk(cashier_counter)
    orchestra = door.save_list(
        "Parterre", event_ids=(show.event_id,), category_ids=(adult,), minutes_before=60
    )
    assert door.scan(tonight[0].code, orchestra).verdict is Verdict.TOO_EARLY  # noon: 19 h
    assert door.scan(later[0].code, orchestra).verdict is Verdict.WRONG_DATE
    assert door.scan(tonight[1].code, orchestra).verdict is Verdict.NOT_HERE  # a child's
    clock.advance(hours=7, minutes=5)  # 19 h 05: the doors opened at 19 h
    assert door.scan(tonight[0].code, orchestra).verdict is Verdict.VALID
    assert door.count(orchestra).checked_in == 1
    assert [t.status for t in tonight] == [TicketStatus.VALID.value] * 2


def test_the_upgrade_issues_the_tickets_of_everything_already_sold(
    cashier_counter: Counter, supervisor, demo_db_path  # type: ignore[no-untyped-def]
) -> None:
    """Migration 0015 on a database sold before tickets existed: the same codes the handlers
    give, the refunded units refunded, the bookings' tickets too."""
    from alembic import command

    from guichet.models.db import alembic_config, make_engine, sqlite_url, upgrade

    show = occurrence_named(cashier_counter, "Le Malade imaginaire")
    sale = sell_cash(cashier_counter, show.id, adult=3, child=1)
    line_id = tickets_of(cashier_counter, sale.order_id)[0].order_line_id
    assert line_id is not None
    cashier_counter.refund(sale.order_id, {line_id: 1}, supervisor)
    family = next(
        c
        for c in cashier_counter.cards.cards(CardFilter(status=CardStatus.ACTIVE))
        if c.card_type_name.startswith("Laissez-passer familial")
    )
    member = cashier_counter.cards.lookup(family.code).members[0]
    swim = occurrence_named(cashier_counter, "Bain libre", 18)
    cashier_counter.cards.book(family.id, swim.id, [(member.id, member.name)])
    with cashier_counter.session_factory() as session:
        before = {
            (t.order_line_id, t.booking_id, t.rank): (t.code, t.status, t.seat_id)
            for t in session.scalars(select(Ticket))
        }
    assert before and any(key[1] is not None for key in before)  # the demo's card bookings
    cashier_counter.session_factory.kw["bind"].dispose()

    engine = make_engine(sqlite_url(demo_db_path))
    cfg = alembic_config(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0014")
    upgrade(engine)
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                Ticket.order_line_id, Ticket.booking_id, Ticket.rank, Ticket.code,
                Ticket.status, Ticket.seat_id,
            )
        ).all()
    engine.dispose()
    after = {(r[0], r[1], r[2]): (r[3], r[4], r[5]) for r in rows}
    assert after == before
