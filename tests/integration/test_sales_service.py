"""The counter's use cases on a real SQLite file: sale, capacity, refund, shift, outbox."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from guichet.domain.errors import DomainError
from guichet.models.tables import OutboxEntry, Payment, Receipt
from guichet.services.check import run_checks
from guichet.services.counter import Counter
from tests.conftest import user_id
from tests.integration.helpers import cart_of, category, occurrence_named, sell_cash


def test_standard_sale_records_everything_in_one_transaction(cashier_counter: Counter) -> None:
    counter = cashier_counter
    show = occurrence_named(counter, "Le Malade imaginaire")
    result = sell_cash(counter, show.id, tendered=20000, adult=2, child=1)
    # 104,00 $ + TPS 5,20 $ + TVQ 10,37 $ = 119,57 $, paid 119,55 $ in cash (nickel rounding).
    assert result.total == 11957
    assert result.change == 20000 - 11955
    assert counter.occurrence(show.id).remaining == show.remaining - 3
    receipts = counter.receipts()
    assert [(r.number, r.kind, r.total) for r in receipts] == [(1, "sale", 11957)]
    with counter.session_factory() as session:
        # The demo itself was built by the back office's commands: the cashier's come after.
        everything = session.scalars(select(OutboxEntry).order_by(OutboxEntry.sequence)).all()
        built = len(everything) - 2
        assert all(e.command_type not in ("shift.open", "order.sell") for e in everything[:built])
        entries = everything[built:]
        assert [e.command_type for e in entries] == ["shift.open", "order.sell"]
        assert [e.sequence for e in entries] == [built + 1, built + 2]
        assert entries[1].payload["order_id"] == result.order_id
        json.dumps(entries[1].payload)  # serialisable as it will be pushed
        assert run_checks(session) == []


def test_receipt_document_shows_taxes_total_and_change(cashier_counter: Counter) -> None:
    counter = cashier_counter
    show = occurrence_named(counter, "Le Malade imaginaire")
    result = sell_cash(counter, show.id, tendered=20000, adult=2, child=1)
    doc = counter.receipt_document(result.receipt_id)
    rows = {r.label: r.value for r in doc.total_rows}
    assert rows["TPS 5\u00a0%"] == "5,20\u00a0$"
    assert rows["TVQ 9,975\u00a0%"] == "10,37\u00a0$"
    assert rows["TOTAL"] == "119,57\u00a0$"
    assert ("Monnaie rendue", "80,45\u00a0$") in [(r.label, r.value) for r in doc.payment_rows]
    assert doc.qr_payload == counter.find_order(doc.qr_caption).code
    assert any("samedi 5 décembre 2026, 20\u00a0h" in line.detail for line in doc.lines)
    english = Counter(
        counter.session_factory, counter.terminal_id, lang="en", clock=counter.clock
    ).receipt_document(result.receipt_id)
    assert english.title == "RECEIPT" and any(r.label == "GST 5%" for r in english.total_rows)


def test_capacity_refusal_leaves_cart_and_database_unchanged(cashier_counter: Counter) -> None:
    counter = cashier_counter
    climb = occurrence_named(counter, "Escalade — initiation")  # 12 places
    cart = cart_of(counter, climb.id, adult=10)
    with pytest.raises(DomainError) as err:
        counter.add_to_cart(cart, climb.id, category(counter, climb.id, "child"), 3)
    assert err.value.code == "capacity_exceeded" and err.value.params["remaining"] == 2
    assert [line.quantity for line in cart.lines] == [10]
    assert counter.occurrence(climb.id).sold == 0


def test_two_counters_racing_for_the_last_places_never_oversell(
    cashier_counter: Counter, make_counter
) -> None:
    first = cashier_counter
    # Tomorrow's class: at the tests' noon, today's 10 h one has ended and sells no more.
    climb = occurrence_named(
        first, "Escalade — initiation", day=first.today() + timedelta(days=1)
    )
    second = make_counter()
    second.actor = first.actor  # same terminal, a second window
    cart_a = cart_of(first, climb.id, adult=8)
    cart_b = cart_of(second, climb.id, adult=8)  # both carts were valid when built
    pay_a, pay_b = first.payment_session(cart_a), second.payment_session(cart_b)
    pay_a.add_cash(pay_a.cash_due)
    pay_b.add_cash(pay_b.cash_due)
    first.sell(cart_a, pay_a)
    with pytest.raises(DomainError) as err:
        second.sell(cart_b, pay_b)
    assert err.value.code == "capacity_exceeded"
    assert first.occurrence(climb.id).sold == 8
    with first.session_factory() as session:
        mine = select(func.count(OutboxEntry.id)).where(
            OutboxEntry.command_type.in_(("shift.open", "order.sell"))
        )
        assert session.scalar(mine) == 2  # open + one sale
        assert run_checks(session) == []


def test_sale_needs_full_payment_and_an_open_shift(counter: Counter) -> None:
    counter.login(user_id(counter, "Sophie"), "1111")
    show = occurrence_named(counter, "Le Malade imaginaire")
    cart = cart_of(counter, show.id, adult=1)
    payment = counter.payment_session(cart)
    with pytest.raises(DomainError) as err:
        counter.sell(cart, payment)
    assert err.value.code in {"not_paid", "no_open_shift"}
    counter.open_shift(0)
    with pytest.raises(DomainError) as err:
        counter.sell(cart, payment)
    assert err.value.code == "not_paid"
    payment.add_card(payment.balance, "A1B2")
    assert counter.sell(cart, payment).total == 4829


def test_split_payment_card_and_cash(cashier_counter: Counter) -> None:
    counter = cashier_counter
    show = occurrence_named(counter, "Le Malade imaginaire")
    cart = cart_of(counter, show.id, adult=2, child=1)
    payment = counter.payment_session(cart)
    payment.add_card(5000, "AUTH-778")
    payment.add_cash(10000)
    result = counter.sell(cart, payment)
    with counter.session_factory() as session:
        methods = session.execute(
            select(Payment.method, Payment.amount, Payment.reference).where(
                Payment.order_id == result.order_id
            )
        ).all()
    assert sorted(methods) == [("card", 5000, "AUTH-778"), ("cash", 6955, "")]


def test_partial_then_full_refund_returns_places_and_money_exactly(
    cashier_counter: Counter, supervisor
) -> None:
    counter = cashier_counter
    show = occurrence_named(counter, "Le Malade imaginaire")
    sale = sell_cash(counter, show.id, adult=3, child=1)
    order = counter.order(sale.order_id)
    adult_line = next(line for line in order.lines if line.quantity == 3)
    first = counter.refund(order.id, {adult_line.id: 1}, supervisor)
    assert counter.occurrence(show.id).sold == 3
    second = counter.refund(order.id, {adult_line.id: 2}, supervisor)
    child_line = next(line for line in order.lines if line.quantity == 1)
    third = counter.refund(order.id, {child_line.id: 1}, supervisor, method="card")
    assert first.total + second.total + third.total == sale.total
    assert counter.order(order.id).status == "refunded"
    assert counter.occurrence(show.id).sold == 0
    with pytest.raises(DomainError) as err:
        counter.refund(order.id, {child_line.id: 1}, supervisor)
    assert err.value.code == "already_refunded"
    summary = counter.shift_summary()
    assert summary.refunds_count == 3 and summary.refunds_total == sale.total
    assert sum(t.amount for t in summary.taxes) == 0
    with counter.session_factory() as session:
        negative = session.scalars(select(Payment.amount).where(Payment.amount < 0)).all()
        assert len(negative) == 3
        numbers = session.scalars(select(Receipt.number).order_by(Receipt.number)).all()
        assert numbers == [1, 2, 3, 4]
        assert run_checks(session) == []


def test_refund_needs_a_supervisor(cashier_counter: Counter) -> None:
    counter = cashier_counter
    show = occurrence_named(counter, "Le Malade imaginaire")
    sale = sell_cash(counter, show.id, adult=1)
    with pytest.raises(DomainError) as err:
        counter.authorize_supervisor(user_id(counter, "Sophie"), "1111")
    assert err.value.code == "supervisor_required"
    cashier = counter.actor
    assert cashier is not None
    with pytest.raises(DomainError):
        counter.refund(sale.order_id, {counter.order(sale.order_id).lines[0].id: 1}, cashier)
    assert counter.occurrence(show.id).sold == 1


def test_refund_refuses_more_than_was_sold(cashier_counter: Counter, supervisor) -> None:
    counter = cashier_counter
    show = occurrence_named(counter, "Le Malade imaginaire")
    sale = sell_cash(counter, show.id, adult=2)
    line = counter.order(sale.order_id).lines[0]
    for qty in (3, -1):
        with pytest.raises(DomainError) as err:
            counter.refund(sale.order_id, {line.id: qty}, supervisor)
        assert err.value.code == "refund_quantity_exceeded"
    assert counter.occurrence(show.id).sold == 2


def test_wrong_pins_lock_then_unlock(counter: Counter, clock) -> None:
    sophie = user_id(counter, "Sophie")
    for left in (4, 3, 2, 1):
        with pytest.raises(DomainError) as err:
            counter.login(sophie, "0000")
        assert err.value.code == "wrong_pin" and err.value.params["attempts_left"] == left
    with pytest.raises(DomainError) as err:
        counter.login(sophie, "0000")
    assert err.value.code == "user_locked_now"
    with pytest.raises(DomainError) as err:
        counter.login(sophie, "1111")  # even the right PIN
    assert err.value.code == "user_locked"
    clock.advance(minutes=5, seconds=1)
    assert counter.login(sophie, "1111").name == "Sophie Gagnon"


def test_close_shift_counts_cash_and_reports_over_short(cashier_counter: Counter) -> None:
    counter = cashier_counter
    show = occurrence_named(counter, "Le Malade imaginaire")
    sell_cash(counter, show.id, tendered=20000, adult=2, child=1)  # 119,55 $ cash in
    expected = 20000 + 11955
    closed = counter.close_shift({10000: 3, 1000: 1, 100: 9, 25: 2})  # 319,50 $
    assert closed.expected_cash == expected
    assert closed.counted_cash == 31950
    assert closed.over_short == 31950 - expected == -5
    assert counter.current_shift() is None
    doc = counter.zreport_document(closed.shift_id)
    drawer = next(s for s in doc.sections if s.title == "Tiroir-caisse")
    # A true minus sign on paper (issue 16, part 7).
    assert ("Manque", "\u22120,05\u00a0$") in [(r.label, r.value) for r in drawer.rows]
    with pytest.raises(DomainError):
        counter.close_shift({})


def test_reprint_queues_a_marked_copy(cashier_counter: Counter) -> None:
    counter = cashier_counter
    show = occurrence_named(counter, "Bain libre", hour=13)
    sale = sell_cash(counter, show.id, adult=1)
    job_id = counter.reprint(sale.receipt_id)
    jobs = {j.id: j for j in counter.print_jobs(("pending",))}
    assert jobs[job_id].kind == "reprint"
    assert counter.receipt_document(sale.receipt_id, reprint=True).title.startswith("DUPLICATA")
