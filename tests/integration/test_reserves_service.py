"""Capacity reserves through the real services on a real SQLite file (issue 5, parts 1–4, 6)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from guichet.domain.errors import DomainError
from guichet.models.tables import PrintJob
from guichet.services.check import run_checks
from guichet.services.counter import Counter
from tests.conftest import user_id
from tests.integration.helpers import occurrence_named, sell_cash

WHO = {"name": "Léa Tremblay", "email": "lea@journal.example", "phone": "", "note": "Le Soleil"}


def adult_id(counter: Counter) -> str:
    show = occurrence_named(counter, "Le Malade imaginaire")
    return next(c.category_id for c in counter.categories(show.id) if c.code == "adult")


@pytest.fixture
def desk_setup(cashier_counter: Counter, supervisor, make_counter):  # type: ignore[no-untyped-def]
    """Luc (supervisor) defines reserves; Sophie (cashier) keeps the counter."""
    boss = make_counter()
    boss.actor = supervisor
    desk = boss.reserves
    media = desk.save_reserve("Médias", "with_access", adult_id(cashier_counter))
    artists = desk.save_reserve(
        "Artistes",
        "with_access",
        adult_id(cashier_counter),
        access="selected",
        user_ids=[supervisor.user_id],
    )
    producers = desk.save_reserve("Producteurs", "without_access")
    show = occurrence_named(cashier_counter, "Le Malade imaginaire")
    return boss, desk, show, {"media": media, "artists": artists, "producers": producers}


def test_quantities_lower_general_availability_everywhere(cashier_counter, desk_setup) -> None:
    _boss, desk, show, ids = desk_setup
    before = cashier_counter.occurrence(show.id).remaining
    desk.set_quantity(show.id, ids["media"], 10)
    desk.set_quantity(show.id, ids["producers"], 300)
    desk.set_held_back(show.id, 4)
    assert cashier_counter.occurrence(show.id).remaining == before - 314 == 6
    listed = next(
        o for o in cashier_counter.occurrences(cashier_counter.today()) if o.id == show.id
    )
    assert listed.remaining == 6  # the sales window's list says the same
    with pytest.raises(DomainError) as err:
        sell_cash(cashier_counter, show.id, adult=7)
    assert err.value.code == "capacity_exceeded" and err.value.params["remaining"] == 6
    sell_cash(cashier_counter, show.id, adult=6)
    with pytest.raises(DomainError) as err:  # raising a hold past what is free is refused
        desk.set_quantity(show.id, ids["media"], 11)
    assert err.value.code == "capacity_exceeded"
    desk.release(show.id, ids["producers"])
    assert cashier_counter.occurrence(show.id).remaining == 300


def test_draw_free_tickets_for_a_participant_and_print_them(cashier_counter, desk_setup) -> None:
    boss, desk, show, ids = desk_setup
    desk.set_quantity(show.id, ids["media"], 10)
    general = cashier_counter.occurrence(show.id).remaining
    with pytest.raises(DomainError) as err:
        cashier_counter.reserves.draw(show.id, ids["media"], 3, {"name": " "})
    assert err.value.code == "participant_name_required"
    drawn = cashier_counter.reserves.draw(show.id, ids["media"], 3, WHO)
    assert drawn.total == 0
    line = next(r for r in desk.board(show.id).lines if r.reserve.id == ids["media"])
    assert (line.held, line.drawn, line.remaining) == (10, 3, 7)
    assert cashier_counter.occurrence(show.id).remaining == general  # drawing is not selling
    with cashier_counter.session_factory() as session:
        jobs = list(session.scalars(select(PrintJob).order_by(PrintJob.created_at)))
    assert [j.kind for j in jobs] == ["receipt", "ticket", "ticket", "ticket"]
    from guichet.printing.escpos import render_bytes
    from guichet.services.documents import ticket_document

    with cashier_counter.session_factory() as session:
        ticket = ticket_document(session, jobs[2].subject_id, "fr")
    assert ticket.title == "BILLET" and ("Au nom de", "Léa Tremblay") in [
        (r.label, r.value) for r in ticket.rows
    ]
    assert ("Prix", "Gratuit") in [(r.label, r.value) for r in ticket.rows]
    assert b"Tremblay" in render_bytes(ticket)
    views = desk.drawn(show.id)
    assert [(v.participant_name, v.quantity, v.charged) for v in views] == [
        ("Léa Tremblay", 3, False)
    ]
    history = desk.history(show.id)
    assert [(h.action, h.user_name) for h in history][:2] == [
        ("draw", "Sophie Gagnon"),
        ("set_quantity", "Luc Bouchard"),
    ]
    with cashier_counter.session_factory() as session:
        assert run_checks(session) == []


def test_draw_at_the_tariff_then_refund_returns_the_place_to_the_reserve(
    cashier_counter, desk_setup, supervisor
) -> None:
    _boss, desk, show, ids = desk_setup
    desk.set_quantity(show.id, ids["media"], 5)
    payment = cashier_counter.reserves.draw_payment(show.id, ids["media"], 2)
    assert payment.total == 2 * 4200 + 420 + 838
    payment.add_card(payment.balance, "AUTH-9")
    drawn = cashier_counter.reserves.draw(
        show.id, ids["media"], 2, WHO, charged=True, payment=payment
    )
    order = cashier_counter.order(drawn.order_id)
    cashier_counter.refund(order.id, {order.lines[0].id: 1}, supervisor, method="card")
    line = next(r for r in desk.board(show.id).lines if r.reserve.id == ids["media"])
    assert (line.drawn, line.remaining) == (1, 4)
    with pytest.raises(DomainError) as err:  # a charged draw is refunded, not cancelled
        cashier_counter.reserves.cancel_draw(order.lines[0].id, 1)
    assert err.value.code == "draw_charged_needs_refund"
    with cashier_counter.session_factory() as session:
        assert run_checks(session) == []


def test_cancel_a_free_draw_gives_the_place_back(cashier_counter, desk_setup) -> None:
    _boss, desk, show, ids = desk_setup
    desk.set_quantity(show.id, ids["media"], 4)
    cashier_counter.reserves.draw(show.id, ids["media"], 4, WHO)
    view = desk.drawn(show.id)[0]
    cashier_counter.reserves.cancel_draw(view.order_line_id, 1, "absent")
    line = next(r for r in desk.board(show.id).lines if r.reserve.id == ids["media"])
    assert (line.drawn, line.remaining) == (3, 1)
    assert desk.drawn(show.id)[0].cancellable == 3
    with pytest.raises(DomainError):
        cashier_counter.reserves.cancel_draw(view.order_line_id, 5)
    with cashier_counter.session_factory() as session:
        assert run_checks(session) == []


def test_access_is_enforced_by_the_service(cashier_counter, desk_setup) -> None:
    boss, _desk, show, ids = desk_setup
    boss.reserves.set_quantity(show.id, ids["artists"], 6)
    boss.reserves.set_quantity(show.id, ids["producers"], 6)
    cashier = cashier_counter.reserves
    artists = next(r for r in cashier.reserves() if r.id == ids["artists"])
    assert not artists.can_use  # the window greys it out, and the service refuses anyway:
    with pytest.raises(DomainError) as err:
        cashier.draw(show.id, ids["artists"], 1, WHO)
    assert err.value.code == "reserve_forbidden"
    with pytest.raises(DomainError) as err:
        cashier.draw(show.id, ids["producers"], 1, WHO)
    assert err.value.code == "reserve_without_access_cannot_draw"
    with pytest.raises(DomainError) as err:  # cashiers do not manage quantities
        cashier.set_quantity(show.id, ids["media"], 2)
    assert err.value.code == "reserve_manage_forbidden"
    with pytest.raises(DomainError) as err:
        cashier.save_reserve("Pirates", "without_access")
    assert err.value.code == "reserve_manage_forbidden"
    owner = Counter(
        cashier_counter.session_factory, cashier_counter.terminal_id, clock=cashier_counter.clock
    )
    owner.login(user_id(owner, "Marie"), "9999")  # the owner has access to every reserve
    owner.actor = owner.actor
    assert next(r for r in owner.reserves.reserves() if r.id == ids["artists"]).can_use


def test_bad_input_changes_nothing(cashier_counter, desk_setup, make_counter) -> None:
    boss, desk, show, ids = desk_setup
    desk.set_quantity(show.id, ids["media"], 3)
    cashier_counter.reserves.draw(show.id, ids["media"], 2, WHO)
    for held, code in (
        (1, "reserve_below_drawn"),
        (-4, "reserve_quantity_invalid"),
        (100_000, "reserve_quantity_invalid"),
    ):
        with pytest.raises(DomainError) as err:
            desk.set_quantity(show.id, ids["media"], held)
        assert err.value.code == code
    for n, code in ((2, "reserve_exhausted"), (0, "quantity_not_positive")):
        with pytest.raises(DomainError) as err:
            cashier_counter.reserves.draw(show.id, ids["media"], n, WHO)
        assert err.value.code == code
    # Two windows drawing the last place: the second gets the true remaining count.
    other = make_counter()
    other.actor = cashier_counter.actor
    cashier_counter.reserves.draw(show.id, ids["media"], 1, WHO)
    with pytest.raises(DomainError) as err:
        other.reserves.draw(show.id, ids["media"], 1, WHO)
    assert err.value.code == "reserve_exhausted" and err.value.params["remaining"] == 0
    line = next(r for r in desk.board(show.id).lines if r.reserve.id == ids["media"])
    assert (line.held, line.drawn) == (3, 3)
    with cashier_counter.session_factory() as session:
        assert run_checks(session) == []
