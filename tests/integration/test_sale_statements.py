"""The statements a counter sale runs (issue 20, part 4): one transaction that reads what it
needs once and writes once. Before: 4 BEGIN, 17 SELECT, 3 ROLLBACK, 3 UPDATE, 8 INSERT (the
open shift and the catalogue probed in transactions of their own, the user, shift and
organisation read again by the handler, the tickets and the printing mode read back for the
print jobs, the largest tax row id read to number the new ones)."""

from __future__ import annotations

from collections import Counter as Tally
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event, select

from guichet.models.tables import OutboxEntry, PrintJob, Receipt, Ticket
from guichet.services.counter import Counter
from tests.integration.helpers import cart_of, occurrence_named, sell_cash

#: The reads of a plain sale: the open shift with its cashier and organisation (one
#: statement), the catalogue's version, the terminal, the date sold with its event and what
#: reserves and paired counters hold of it (one statement), its list price, whether an
#: automatic promotion exists, the tax rates.
SELECTS_PER_SALE = 7


@contextmanager
def statements(engine: Engine) -> Iterator[Tally[str]]:
    tally: Tally[str] = Tally()

    def executed(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        tally[statement.split(None, 1)[0].upper()] += 1

    def rolled_back(_conn: Any) -> None:
        tally["ROLLBACK"] += 1

    def committed(_conn: Any) -> None:
        tally["COMMIT"] += 1

    event.listen(engine, "before_cursor_execute", executed)
    event.listen(engine, "rollback", rolled_back)
    event.listen(engine, "commit", committed)
    try:
        yield tally
    finally:
        event.remove(engine, "before_cursor_execute", executed)
        event.remove(engine, "rollback", rolled_back)
        event.remove(engine, "commit", committed)


def test_a_sale_is_one_transaction_that_reads_once(cashier_counter: Counter) -> None:
    counter = cashier_counter
    engine = counter.session_factory.kw["bind"]
    show = occurrence_named(counter, "Le Malade imaginaire")
    sell_cash(counter, show.id, adult=1)  # the first sale reads the settings in full
    cart = cart_of(counter, show.id, adult=2, child=1)
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    with statements(engine) as tally:
        result = counter.sell(cart, payment)
    assert tally["BEGIN"] == 1  # BEGIN IMMEDIATE, the sale's only transaction
    assert tally["COMMIT"] == 1
    assert tally["ROLLBACK"] == 0
    assert tally["SELECT"] <= SELECTS_PER_SALE, tally
    assert tally["UPDATE"] <= 3, tally  # the terminal's two counters, the date's places sold
    # order, tax, line, payment, receipt, tickets, outbox, print jobs: one statement each
    assert tally["INSERT"] == 8, tally
    # All of it is there, written by that one transaction.
    with counter.session_factory() as session:
        outbox = session.scalars(
            select(OutboxEntry).order_by(OutboxEntry.sequence.desc()).limit(1)
        ).one()
        assert outbox.command_type == "order.sell"
        assert outbox.payload["order_id"] == result.order_id
        receipt = session.get(Receipt, result.receipt_id)
        assert receipt is not None and receipt.number == result.receipt_number
        tickets = session.scalars(select(Ticket.id).where(Ticket.order_id == result.order_id))
        assert set(result.ticket_ids) == set(tickets) and len(result.ticket_ids) == 3
        jobs = session.scalars(
            select(PrintJob).where(PrintJob.receipt_id == result.receipt_id)
        ).all()
    printed = sorted(jobs, key=lambda job: job.created_at)
    assert [job.kind for job in printed] == ["receipt", "ticket", "ticket", "ticket"]
    assert [job.subject_id for job in printed[1:]] == list(result.ticket_ids)


def test_receipt_numbers_follow_each_other_on_the_single_transaction_path(
    cashier_counter: Counter,
) -> None:
    counter = cashier_counter
    show = occurrence_named(counter, "Le Malade imaginaire")
    numbers = [sell_cash(counter, show.id, adult=1).receipt_number for _ in range(3)]
    assert numbers == [numbers[0], numbers[0] + 1, numbers[0] + 2]
