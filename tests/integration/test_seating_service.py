"""Reserved seating through the real services (issue 5, parts 5 and 6)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from guichet.domain.cart import Cart
from guichet.domain.errors import DomainError
from guichet.domain.seating import SeatState
from guichet.services.check import run_checks
from guichet.services.counter import Counter
from tests.conftest import user_id
from tests.integration.helpers import occurrence_named


def cyrano(counter: Counter):  # type: ignore[no-untyped-def]
    return occurrence_named(counter, "Cyrano de Bergerac")


def adult(counter: Counter, occurrence_id: str) -> str:
    return next(c.category_id for c in counter.categories(occurrence_id) if c.code == "adult")


def row_seats(view, section: str, row: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.id for s in view.seat_map.row_seats(section, row)]


def test_a_seated_show_sells_seats_not_counts(seated) -> None:
    cashier, _boss = seated
    show = cyrano(cashier)
    assert show.seated and show.capacity == 800
    assert cashier.seating(occurrence_named(cashier, "Le Malade imaginaire").id) is None
    cart = Cart()
    with pytest.raises(DomainError) as err:
        cashier.add_to_cart(cart, show.id, adult(cashier, show.id), 2)
    assert err.value.code == "seats_required"
    view = cashier.seating(show.id)
    assert view is not None and len(view.seat_map) == 800
    seats = row_seats(view, "Parterre", "F")[:2]
    cashier.pick_seats(cart, show.id, adult(cashier, show.id), seats)
    assert cart.lines[0].seat_ids == tuple(seats) and cart.lines[0].quantity == 2
    assert cashier.seating(show.id).inventory.state(seats[0]) is SeatState.IN_CART
    payment = cashier.payment_session(cart)
    payment.add_cash(payment.cash_due)
    sale = cashier.sell(cart, payment)
    inventory = cashier.seating(show.id).inventory
    assert [inventory.state(s) for s in seats] == [SeatState.SOLD, SeatState.SOLD]
    assert cashier.occurrence(show.id).remaining == 798
    with cashier.session_factory() as session:
        assert run_checks(session) == []
    # Refunding one ticket frees one seat (the line's last).
    boss_actor = cashier.authorize_supervisor(user_id(cashier, "Luc"), "2222")
    line = cashier.order(sale.order_id).lines[0]
    cashier.refund(sale.order_id, {line.id: 1}, boss_actor)
    inventory = cashier.seating(show.id).inventory
    assert [inventory.state(s) for s in seats] == [SeatState.SOLD, SeatState.FREE]


def test_a_seat_already_taken_is_refused_and_nothing_changes(seated, clock) -> None:
    cashier, boss = seated
    show = cyrano(cashier)
    view = cashier.seating(show.id)
    seats = row_seats(view, "Parterre", "A")[:3]
    first = Cart()
    cashier.pick_seats(first, show.id, adult(cashier, show.id), seats[:2])
    other = Cart()
    with pytest.raises(DomainError) as err:  # another window wants seats[1]
        boss.pick_seats(other, show.id, adult(boss, show.id), seats[1:])
    assert err.value.code == "seat_taken"
    assert other.is_empty()
    assert cashier.seating(show.id).inventory.state(seats[2]) is SeatState.FREE
    # A cart left alone frees its seats after the hold (15 minutes).
    clock.advance(minutes=16)
    boss.pick_seats(other, show.id, adult(boss, show.id), seats[1:])
    # The first cart cannot be paid any more for the seat it lost.
    payment = cashier.payment_session(first)
    payment.add_cash(payment.cash_due)
    with pytest.raises(DomainError) as err:
        cashier.sell(first, payment)
    assert err.value.code == "seat_taken"
    # Clearing a cart frees its seats at once.
    cashier.release_cart(other)
    boss.release_cart(other)
    assert cashier.seating(show.id).inventory.count(SeatState.IN_CART) == 0


def test_supervisors_hold_block_release_and_assign(seated) -> None:
    cashier, boss = seated
    show = cyrano(cashier)
    view = boss.seating(show.id)
    back = row_seats(view, "Balcon", "H")
    boss.seat_action(show.id, "hold", back[:10], note="Producteurs")
    boss.seat_action(show.id, "block", back[10:12], note="Caméra")
    assert cashier.occurrence(show.id).remaining == 800 - 12
    with pytest.raises(DomainError) as err:
        cashier.seat_action(show.id, "hold", back[12:14])
    assert err.value.code == "supervisor_required"
    with pytest.raises(DomainError) as err:  # cannot pick a held seat
        cashier.pick_seats(Cart(), show.id, adult(cashier, show.id), back[:1])
    assert err.value.code == "seat_taken"
    boss.open_shift(0) if boss.current_shift() is None else None
    boss.seat_action(
        show.id, "assign", back[:2], participant="Édith Butler", category_id=adult(boss, show.id)
    )
    inventory = boss.seating(show.id).inventory
    assert inventory.state(back[0]) is SeatState.SOLD
    assert inventory.status(back[0]).participant == "Édith Butler"
    boss.seat_action(show.id, "release", back[2:12])
    assert cashier.occurrence(show.id).remaining == 798
    with cashier.session_factory() as session:
        assert run_checks(session) == []


def test_no_reserve_with_access_on_a_seated_show(seated) -> None:
    cashier, boss = seated
    show = cyrano(cashier)
    reserve = boss.reserves.save_reserve("Médias", "with_access", adult(boss, show.id))
    with pytest.raises(DomainError) as err:
        boss.reserves.set_quantity(show.id, reserve, 4)
    assert err.value.code == "reserve_on_seated_tariff"


def test_import_a_seat_map_from_csv(seated) -> None:
    _cashier, boss = seated
    venue = boss.occurrence(cyrano(boss).id).venue_name
    assert venue
    from sqlalchemy import select

    from guichet.models.tables import Venue

    with boss.session_factory() as session:
        venue_id = session.scalars(select(Venue.id).where(Venue.name == venue)).one()
    bad = "section,row,number,x,y,accessible\nSalle,A,1,0,0,non\nSalle,A,1,10,0,non\n"
    with pytest.raises(DomainError) as err:
        boss.import_seat_map(venue_id, "Petite salle", bad)
    assert err.value.code == "seatmap_csv_line" and err.value.params["line"] == 3
    good = "section;rangée;numéro;accessible\n" + "".join(
        f"Salle;{row};{n};{'oui' if n == 1 else 'non'}\n" for row in "AB" for n in range(1, 6)
    )
    seat_map_id = boss.import_seat_map(venue_id, "Petite salle", good)
    event_id = occurrence_named(boss, "Le Malade imaginaire").event_id
    boss.set_event_seat_map(event_id, seat_map_id)
    show = occurrence_named(boss, "Le Malade imaginaire")
    assert show.seated and show.capacity == 10


def test_receipts_and_tickets_name_the_seats(seated) -> None:
    from sqlalchemy import select

    from guichet.models.tables import PrintJob
    from guichet.services.documents import ticket_document

    cashier, boss = seated
    show = cyrano(cashier)
    view = cashier.seating(show.id)
    seats = row_seats(view, "Parterre", "F")[:2]
    cart = Cart()
    cashier.pick_seats(cart, show.id, adult(cashier, show.id), seats)
    payment = cashier.payment_session(cart)
    payment.add_cash(payment.cash_due)
    sale = cashier.sell(cart, payment)
    detail = cashier.receipt_document(sale.receipt_id).lines[0].detail
    assert "Parterre, rangée F, sièges" in detail
    balcony = row_seats(view, "Balcon", "A")[:2]
    boss.open_shift(0) if boss.current_shift() is None else None
    boss.seat_action(
        show.id, "assign", balcony, participant="Robert Lepage", category_id=adult(boss, show.id)
    )
    with boss.session_factory() as session:
        jobs = session.scalars(
            select(PrintJob)
            .where(PrintJob.kind == "ticket", PrintJob.receipt_id != sale.receipt_id)
            .order_by(PrintJob.created_at)
        ).all()
        assert len(jobs) == 2 and all(j.receipt_id == jobs[0].receipt_id for j in jobs)
        second = ticket_document(session, jobs[1].subject_id, "fr")
    rows = {r.label: r.value for r in second.rows}
    assert rows["Au nom de"] == "Robert Lepage"
    seat = {r.label: r.value for r in second.seat}
    assert (seat["Section"], seat["Rangée"]) == ("Balcon", "A")


def test_seatmap_import_command_line(seated_template: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy2(seated_template, data / "guichet.sqlite3")
    csv_file = tmp_path / "salle.csv"
    csv_file.write_text(
        "section,row,number,accessible\n"
        + "".join(
            f"Salle,{r},{n},{'oui' if n == 1 else 'non'}\n" for r in "ABC" for n in (1, 2, 3)
        ),
        encoding="utf-8",
    )
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    run = [
        sys.executable,
        "-m",
        "guichet",
        "seatmap",
        "import",
        "--data-dir",
        str(data),
        "--venue",
        "Centre récréatif Saint-Roch",
        "--csv",
        str(csv_file),
        "--event",
        "Escalade — initiation",
    ]
    result = subprocess.run(run, capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert "9 sièges" in result.stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("section,row\nSalle,A\n", encoding="utf-8")
    result = subprocess.run(
        run[:-4] + ["--csv", str(bad)], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 1 and "seatmap_csv_header" in result.stderr


def test_seat_actions_name_the_problem(seated) -> None:
    _cashier, boss = seated
    show = cyrano(boss)
    with pytest.raises(DomainError) as err:
        boss.seat_action(show.id, "hold", [])
    assert err.value.code == "seat_selection_empty"
    with pytest.raises(DomainError) as err:
        boss.seat_action(show.id, "hold", ["not-a-seat"])
    assert err.value.code == "seat_unknown"


def test_a_promotion_can_target_a_zone_of_the_hall(seated) -> None:
    """Zones are the sections of a hall: a balcony-only offer discounts balcony seats only,
    and the sale handler agrees with the counter."""
    from guichet.domain.promotions import Promotion, Targeting, percent_off
    from guichet.services.promotions import PromotionAdmin

    cashier, boss = seated
    admin = PromotionAdmin(
        boss.session_factory, boss.terminal_id, lambda: boss.actor, clock=boss.clock
    )
    zones = {c.name: c.id for c in admin.choices().zones}
    assert set(zones) == {
        "Théâtre du Quai — grande salle — Parterre",
        "Théâtre du Quai — grande salle — Balcon",
    }
    offer = admin.save(
        Promotion(
            id="",
            name_fr="Balcon",
            effect=percent_off(50),
            targeting=Targeting(
                zone_ids=frozenset({zones["Théâtre du Quai — grande salle — Balcon"]})
            ),
        )
    )
    admin.add_custom_code(offer, "BALCON", None)
    show = cyrano(cashier)
    view = cashier.seating(show.id)
    seats = row_seats(view, "Parterre", "C")[:1] + row_seats(view, "Balcon", "C")[:1]
    cart = Cart()
    cashier.pick_seats(cart, show.id, adult(cashier, show.id), seats)
    assert [line.seat_ids for line in cart.lines] == [(seats[0],), (seats[1],)]
    priced = cashier.apply_code(cart, "balcon")
    assert [p.line.unit_price for p in priced.lines] == [4200, 2100]
    payment = cashier.payment_session(cart)
    payment.add_cash(payment.cash_due)
    cashier.sell(cart, payment)
    with cashier.session_factory() as session:
        assert run_checks(session) == []


def test_a_seat_sold_twice_offline_is_kept_with_a_conflict_on_the_server(seated) -> None:
    """Seats are not escrowed: when two counters sold the same seat offline, the server keeps
    the second sale without the seat (its places counted) and notes a conflict; refunding it
    later never frees the first buyer's seat."""
    import uuid

    from sqlalchemy import select

    from guichet.domain.cart import price_lines
    from guichet.domain.commands import Envelope, SaleLine, SalePayment, SellOrder
    from guichet.models.tables import OccurrenceSeat
    from guichet.services.bus import apply_envelope

    cashier, boss = seated
    show = cyrano(cashier)
    seats = row_seats(cashier.seating(show.id), "Parterre", "C")[:2]
    cart = Cart()
    cashier.pick_seats(cart, show.id, adult(cashier, show.id), seats[:1])
    payment = cashier.payment_session(cart)
    payment.add_cash(payment.cash_due)
    first = cashier.sell(cart, payment)
    first_line = cashier.order(first.order_id).lines[0].id

    # The same seat, sold offline at another counter, as the server receives that sale.
    other = Cart()
    cashier.pick_seats(other, show.id, adult(cashier, show.id), seats[1:])
    lines = cashier.charged_lines(other)
    total = price_lines(lines, cashier.tax_rates).total
    assert cashier.actor is not None
    line_id = str(uuid.uuid4())
    envelope = Envelope(
        str(uuid.uuid4()), "order.sell", cashier.terminal_id, 10_000, cashier.clock(),
        cashier.actor.user_id,
        SellOrder(
            order_id=str(uuid.uuid4()),
            order_code=uuid.uuid4().hex[:15].upper(),
            shift_id=cashier._require_shift_id(),
            lines=(SaleLine(line_id, show.id, lines[0].category_id, 1, lines[0].unit_price,
                            seat_ids=(seats[0],)),),
            payments=(SalePayment(str(uuid.uuid4()), "card", total, total, 0, "X1"),),
            expected_total=total,
        ).to_payload(),
    )  # fmt: skip
    sold_before = cashier.occurrence(show.id).sold
    with pytest.raises(DomainError) as err, cashier.session_factory() as session:
        with session.begin():
            apply_envelope(session, envelope)
    assert err.value.code == "seat_taken"
    with cashier.session_factory() as session, session.begin():
        second = apply_envelope(session, envelope, tolerate=frozenset({"seat_taken"}))
        noted = session.info["conflicts"]
    assert [(e.code, e.params["seat"]) for e in noted] == [("seat_taken", seats[0])]
    assert cashier.occurrence(show.id).sold == sold_before + 1  # the spectator has a place
    with cashier.session_factory() as session:
        owner = session.scalars(
            select(OccurrenceSeat.order_line_id).where(
                OccurrenceSeat.occurrence_id == show.id, OccurrenceSeat.seat_id == seats[0]
            )
        ).one()
    assert owner == first_line  # the seat stays the first buyer's

    # The supervisor refunds the second sale: the first buyer keeps the seat.
    boss_actor = cashier.authorize_supervisor(user_id(cashier, "Luc"), "2222")
    cashier.refund(second.order_id, {line_id: 1}, boss_actor)
    assert cashier.seating(show.id).inventory.state(seats[0]) is SeatState.SOLD
