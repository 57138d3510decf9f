"""Issue 17, part 6: exchanging admissions for another date voids the old codes and issues new
tickets — on the counter's real SQLite file and its command bus, then through a real server.

« Je voudrais venir mardi plutôt que samedi »: tonight's (Saturday 5 December 2026, 20 h)
Malade imaginaire moved to Tuesday 8 December at 20 h. The door says ANNULÉ for the old
codes and VALIDE for the new ones on Tuesday; the places move; the money does not; `guichet
check` still adds up, after a refund too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from guichet.domain import codes
from guichet.domain.cart import Cart
from guichet.domain.errors import DomainError
from guichet.domain.overrides import Override
from guichet.domain.seating import SeatMap, SeatState
from guichet.domain.tickets import Verdict, ticket_code
from guichet.i18n import errors
from guichet.models.db import make_engine
from guichet.models.tables import (
    CatalogueChange,
    Occurrence,
    OccurrenceSeat,
    Order,
    OutboxEntry,
    PrintJob,
    Ticket,
)
from guichet.services.backoffice import BackOffice
from guichet.services.check import _exchanges, _places, run_checks
from guichet.services.counter import Counter
from guichet.services.door import DoorDesk
from guichet.services.handlers import SaleRecorded
from guichet.services.handlers_exchange import ExchangeRecorded
from guichet.sync.keyrings import MemoryKeyring
from guichet.ui.messages import message_for
from tests.conftest import Clock, user_id
from tests.integration.helpers import category, occurrence_named, sell_cash
from tests.integration.test_sync_server import ServerProcess, guichet, paired_counter

SHOW = "Le Malade imaginaire"


def tickets_of(counter: Counter, order_id: str) -> list[Ticket]:
    with counter.session_factory() as session:
        return list(
            session.scalars(
                select(Ticket)
                .where(Ticket.order_id == order_id)
                .order_by(Ticket.created_at, Ticket.order_line_id, Ticket.rank)
            )
        )


def sold(counter: Counter, occurrence_id: str) -> int:
    with counter.session_factory() as session:
        occurrence = session.get(Occurrence, occurrence_id)
        assert occurrence is not None
        return occurrence.sold


def checks(counter: Counter) -> list[str]:
    with counter.session_factory() as session:
        return [str(v) for v in run_checks(session)]


def show_on(counter: Counter, days: int, name: str = SHOW) -> str:
    return occurrence_named(counter, name, day=counter.today() + timedelta(days=days)).id


def said(error: DomainError) -> tuple[str, str]:
    """The refusal as the cashier reads it, in French and in English (no-break spaces read
    as spaces here: tests/ui/test_typography.py checks them)."""
    return (
        errors.message(error.code, error.params, "fr", "America/Toronto").replace("\xa0", " "),
        errors.message(error.code, error.params, "en", "America/Toronto"),
    )


@pytest.fixture
def office(make_counter: Callable[..., Counter]) -> BackOffice:
    """Marie, the demo's owner, in the back office of the same counter."""
    boss = make_counter()
    boss.login(user_id(boss, "Marie"), "9999")
    return boss.back_office()


def test_an_exchange_voids_the_old_codes_and_issues_tickets_for_the_new_date(
    cashier_counter: Counter, clock: Clock
) -> None:
    counter = cashier_counter
    tonight, tuesday = show_on(counter, 0), show_on(counter, 3)
    sale = sell_cash(counter, tonight, adult=2, child=1)
    before = tickets_of(counter, sale.order_id)
    adults = [t for t in before if t.category_id == category(counter, tonight, "adult")]
    child = next(t for t in before if t not in adults)
    sold_tonight, sold_tuesday = sold(counter, tonight), sold(counter, tuesday)

    options = counter.find_exchange(codes.display(adults[0].code).lower())  # a ticket's code
    assert options.order_id == sale.order_id
    assert {t.id for t in options.exchangeable} == {t.id for t in before}
    tuesday_date = next(d for d in options.dates if d.occurrence_id == tuesday)
    assert tuesday_date.prices[adults[0].category_id or ""] == 4200
    assert tonight in {d.occurrence_id for d in options.dates}  # its other dates, and its own

    result = counter.exchange_tickets([t.id for t in adults], tuesday, reason="Préfère mardi")
    assert isinstance(result, ExchangeRecorded) and len(result.ticket_ids) == 2

    after = {t.id: t for t in tickets_of(counter, sale.order_id)}
    for old, new_id in zip(adults, result.ticket_ids, strict=True):
        voided, new = after[old.id], after[new_id]
        assert (voided.status, voided.replaced_by) == ("exchanged", new_id)
        assert voided.voided_at is not None
        assert (new.status, new.occurrence_id) == ("valid", tuesday)
        assert (new.order_line_id, new.rank, new.category_id, new.holder) == (
            old.order_line_id, old.rank, old.category_id, old.holder,
        )  # fmt: skip
        # Derived from the exchange's random id: the server replaying it writes the same.
        assert new.code == ticket_code(result.exchange_id, old.id, 1)
        assert codes.is_well_formed(new.code) and new.code != old.code
    assert after[child.id].status == "valid" and after[child.id].occurrence_id == tonight

    # The places moved; the money did not (the order and its lines stay as sold).
    assert sold(counter, tonight) == sold_tonight - 2
    assert sold(counter, tuesday) == sold_tuesday + 2
    with counter.session_factory() as session:
        order = session.get(Order, sale.order_id)
        assert order is not None and order.total == sale.total and order.status == "paid"
        assert [(line.occurrence_id, line.quantity) for line in order.lines] == [
            (tonight, 2), (tonight, 1),
        ]  # fmt: skip
        logged = session.scalars(
            select(OutboxEntry.command_type).order_by(OutboxEntry.sequence.desc()).limit(1)
        ).one()
        assert logged == "ticket.exchange"
        jobs = list(
            session.scalars(
                select(PrintJob.subject_id)
                .where(PrintJob.kind == "ticket", PrintJob.subject_id.in_(result.ticket_ids))
                .order_by(PrintJob.created_at)
            )
        )
        assert jobs == list(result.ticket_ids)  # the new tickets are queued, in order
    assert checks(counter) == []

    # The door: the old codes are void (ANNULÉ), the new ones admit on Tuesday only.
    door = DoorDesk(counter)
    assert door.scan(adults[0].code).verdict is Verdict.CANCELLED
    new_code = after[result.ticket_ids[0]].code
    assert door.scan(new_code).verdict is Verdict.WRONG_DATE
    assert door.scan(child.code).verdict is Verdict.VALID
    clock.advance(days=3, hours=7, minutes=30)  # Tuesday, 19 h 30
    assert door.scan(new_code).verdict is Verdict.VALID
    assert door.scan(adults[1].code).verdict is Verdict.CANCELLED

    # The order's history keeps it: who, when, from which date to which, and why.
    (past,) = counter.exchange_options(sale.order_id).history
    assert (past.count, past.person, past.reason) == (2, "Sophie Gagnon", "Préfère mardi")
    with counter.session_factory() as session:
        starts = dict(session.execute(select(Occurrence.id, Occurrence.starts_at)).all())
    assert past.from_starts == (starts[tonight],) and past.to_starts == starts[tuesday]


def test_refunds_after_an_exchange_give_the_places_back_where_the_tickets_stand(
    cashier_counter: Counter, supervisor  # type: ignore[no-untyped-def]
) -> None:
    counter = cashier_counter
    tonight, sunday = show_on(counter, 0), show_on(counter, 1)
    sale = sell_cash(counter, tonight, adult=3)
    first, second, last = tickets_of(counter, sale.order_id)
    base_tonight, base_sunday = sold(counter, tonight), sold(counter, sunday)
    counter.exchange_tickets([last.id], sunday)
    assert (sold(counter, tonight), sold(counter, sunday)) == (base_tonight - 1, base_sunday + 1)
    assert checks(counter) == []

    # A refund voids the line's last admission: the one now on Sunday, whose place Sunday
    # gets back (not tonight, which already did at the exchange).
    line_id = first.order_line_id
    assert line_id is not None
    counter.refund(sale.order_id, {line_id: 1}, supervisor)
    statuses = {t.id: t.status for t in tickets_of(counter, sale.order_id)}
    assert statuses[last.id] == "exchanged" and list(statuses.values()).count("refunded") == 1
    assert (sold(counter, tonight), sold(counter, sunday)) == (base_tonight - 1, base_sunday)
    assert checks(counter) == []

    # Exchanged back and forth, then everything refunded: every count is back where it was.
    counter.exchange_tickets([second.id], sunday)
    new_second = next(
        t for t in tickets_of(counter, sale.order_id) if t.status == "valid" and t.rank == 2
    )
    counter.exchange_tickets([new_second.id], tonight)
    assert checks(counter) == []
    counter.refund(sale.order_id, {line_id: 2}, supervisor)
    assert (sold(counter, tonight), sold(counter, sunday)) == (base_tonight - 3, base_sunday)
    assert checks(counter) == []
    assert DoorDesk(counter).scan(second.code).verdict is Verdict.CANCELLED


def test_what_cannot_be_exchanged_is_refused_in_words(
    cashier_counter: Counter, office: BackOffice, clock: Clock
) -> None:
    counter = cashier_counter
    tonight, sunday, tuesday = show_on(counter, 0), show_on(counter, 1), show_on(counter, 3)
    sale = sell_cash(counter, tonight, adult=2, child=1)
    adult_cat = category(counter, tonight, "adult")
    tickets = tickets_of(counter, sale.order_id)
    adults = [t.id for t in tickets if t.category_id == adult_cat]
    child = next(t.id for t in tickets if t.category_id != adult_cat)
    counts = {o: sold(counter, o) for o in (tonight, sunday, tuesday)}

    def refused(ids: list[str], occurrence_id: str, **kwargs: object) -> DomainError:
        with pytest.raises(DomainError) as caught:
            counter.exchange_tickets(ids, occurrence_id, **kwargs)  # type: ignore[arg-type]
        return caught.value

    # Tuesday at its own price list: 50 $ for an adult, no child price at all.
    dearer = office.prices.save_price_list(
        "Théâtre — mardi", office.prices.parse_prices({adult_cat: "50,00"})
    )
    office.dates.bulk_edit([tuesday], {"price_list_id": dearer})
    error = refused(adults, tuesday)
    assert error.code == "exchange_price_differs"
    assert said(error) == (
        "Le prix diffère (« Adulte » : 42,00 $ payé, 50,00 $ à cette date) : "
        "remboursez et vendez à nouveau.",
        "The price differs (“Adult”: $42.00 paid, $50.00 on this date): refund and sell again.",
    )
    error = refused([child], tuesday)
    assert error.code == "exchange_category_not_offered"
    assert "remboursez et vendez à nouveau" in said(error)[0]

    # Sunday full: its capacity down to one place.
    office.dates.bulk_edit([sunday], {"capacity": counts[sunday] + 1})
    error = refused(adults, sunday)
    assert error.code == "capacity_exceeded" and error.params["remaining"] == 1

    # Another event, the same date, nothing ticked, a ticket unknown.
    other = show_on(counter, 1, "Les Belles-sœurs")
    error = refused(adults, other)
    assert error.code == "exchange_other_event"
    assert said(error)[0] == (
        "Un billet s'échange pour une autre date du même événement (« Le Malade imaginaire »)."
    )
    assert refused(adults, tonight).code == "exchange_same_date"
    assert refused([], sunday).code == "exchange_nothing"
    assert refused(["not-a-ticket"], sunday).code == "unknown_ticket"
    nothing_moved = {o: sold(counter, o) for o in (tonight, sunday, tuesday)}
    assert nothing_moved == counts and checks(counter) == []
    assert {t.status for t in tickets_of(counter, sale.order_id)} == {"valid"}

    # A ticket already used at the door is not exchanged.
    clock.advance(hours=7, minutes=30)  # 19 h 30, the door is open
    door = DoorDesk(counter)
    scanned = next(t for t in tickets_of(counter, sale.order_id) if t.id == adults[0])
    assert door.scan(scanned.code).admits
    error = refused([scanned.id], sunday)
    assert error.code == "ticket_already_used" and "a servi à l'entrée" in said(error)[0]
    view = next(t for t in counter.exchange_options(sale.order_id).tickets if t.id == scanned.id)
    assert view.blocked == "ticket_already_used" and view.entry_at is not None  # greyed, why

    # Tonight has ended (23 h): a supervisor's override, with a reason, lifts it.
    clock.advance(hours=3, minutes=30)
    error = refused([child], sunday)
    assert error.code == "exchange_date_ended"
    assert said(error)[0].startswith("La date de ce billet est terminée (fin : samedi 5 décembre")
    assert "supervisor's approval" in said(error)[1]
    sophie = user_id(counter, "Sophie")
    assert refused([child], sunday, override=Override(sophie, "Client malade")).code == (
        "supervisor_required"
    )
    luc = user_id(counter, "Luc")
    assert refused([child], sunday, override=Override(luc, "  ")).code == (
        "override_reason_required"
    )
    done = counter.exchange_tickets([child], sunday, override=Override(luc, "Client malade"))
    assert sold(counter, sunday) == counts[sunday] + 1
    # The new date must not have ended: tonight is over.
    error = refused(list(done.ticket_ids), tonight)
    assert error.code == "exchange_new_date_ended"
    # A ticket already exchanged is void: exchanging it again is refused.
    error = refused([child], sunday)
    assert error.code == "ticket_not_exchangeable"
    assert said(error)[0].endswith("est déjà échangé : il ne s'échange plus.")
    with counter.session_factory() as session:
        history = session.scalars(
            select(CatalogueChange).where(CatalogueChange.action == "exchange")
        ).one()
        assert history.details["supervisor_id"] == luc
        assert history.details["override_reason"] == "Client malade"
        assert history.details["occurrences"] == [tonight]
    assert checks(counter) == []


CYRANO = "Cyrano de Bergerac"


def sell_seats(counter: Counter, occurrence_id: str, seat_ids: list[str]) -> SaleRecorded:
    """A seated sale of adults, as the seat picker makes it: the seats into a cart, paid."""
    cart = Cart()
    counter.pick_seats(cart, occurrence_id, category(counter, occurrence_id, "adult"), seat_ids)
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    return counter.sell(cart, payment)


def seats_of(seat_map: SeatMap, row: str, *numbers: str) -> list[str]:
    """The ids of these seats of a row of the Parterre."""
    found = [seat_map.find("Parterre", row, number) for number in numbers]
    assert all(found)
    return [seat.id for seat in found if seat is not None]


def seat_states(counter: Counter, occurrence_id: str) -> dict[str, SeatState]:
    """The seats of a date that are not free, with their state."""
    view = counter.seating(occurrence_id)
    assert view is not None
    return {
        seat.id: view.inventory.state(seat.id)
        for seat in view.seat_map
        if view.inventory.state(seat.id) is not SeatState.FREE
    }


def seat_rows(counter: Counter, occurrence_id: str) -> dict[str, str | None]:
    """seat id -> the order line holding it, on one date."""
    with counter.session_factory() as session:
        return dict(
            session.execute(
                select(OccurrenceSeat.seat_id, OccurrenceSeat.order_line_id).where(
                    OccurrenceSeat.occurrence_id == occurrence_id
                )
            ).all()
        )


def test_a_seated_exchange_moves_the_seats_with_the_tickets(seated) -> None:  # type: ignore[no-untyped-def]
    """Tonight's Cyrano (19 h 30), Parterre F-11 to F-13, sold together; two of them come on
    Friday instead, in row K: their seats are free again tonight (the third stays sold), the
    seats chosen on Friday are theirs, on the new tickets, which print with them."""
    cashier, _boss = seated
    tonight = occurrence_named(cashier, CYRANO).id
    friday = occurrence_named(cashier, CYRANO, day=cashier.today() + timedelta(days=6)).id
    view = cashier.seating(tonight)
    assert view is not None
    row_f = seats_of(view.seat_map, "F", "11", "12", "13")
    row_k = seats_of(view.seat_map, "K", "1", "2")
    sale = sell_seats(cashier, tonight, row_f)
    before = tickets_of(cashier, sale.order_id)
    assert [t.seat_id for t in before] == row_f
    moving, staying = before[:2], before[2]
    counts = {o: sold(cashier, o) for o in (tonight, friday)}

    options = cashier.exchange_options(sale.order_id)
    assert [t.blocked for t in options.tickets] == ["", "", ""]  # seated: exchanged too
    assert options.tickets[0].seat == "Parterre, rangée F, siège 11"
    friday_date = next(d for d in options.dates if d.occurrence_id == friday)
    assert friday_date.seated and friday_date.remaining == 800 - counts[friday]

    result = cashier.exchange_tickets(
        [t.id for t in moving], friday, reason="Vient vendredi", seat_ids=row_k
    )
    after = {t.id: t for t in tickets_of(cashier, sale.order_id)}
    new = [after[i] for i in result.ticket_ids]
    assert [(t.occurrence_id, t.seat_id, t.status) for t in new] == [
        (friday, row_k[0], "valid"), (friday, row_k[1], "valid"),
    ]  # fmt: skip
    assert [after[t.id].status for t in moving] == ["exchanged", "exchanged"]
    assert (after[staying.id].status, after[staying.id].seat_id) == ("valid", row_f[2])

    # The seats: tonight only the one staying is still sold (to its line); Friday's two are
    # sold to the same line; the places moved with them.
    line_id = staying.order_line_id
    assert seat_rows(cashier, tonight) == {row_f[2]: line_id}
    assert seat_rows(cashier, friday) == {row_k[0]: line_id, row_k[1]: line_id}
    assert seat_states(cashier, friday) == {row_k[0]: SeatState.SOLD, row_k[1]: SeatState.SOLD}
    assert (sold(cashier, tonight), sold(cashier, friday)) == (
        counts[tonight] - 2, counts[friday] + 2,
    )  # fmt: skip

    # The door: the old codes are void, the new ones admit on Friday, in their seats.
    door = DoorDesk(cashier)
    assert {door.scan(t.code).verdict for t in moving} == {Verdict.CANCELLED}
    assert door.scan(new[0].code).verdict is Verdict.WRONG_DATE
    assert door.scan(staying.code).verdict is Verdict.VALID
    with cashier.session_factory() as session:
        jobs = set(session.scalars(select(PrintJob.subject_id).where(PrintJob.kind == "ticket")))
        history = session.scalars(
            select(CatalogueChange).where(CatalogueChange.action == "exchange")
        ).one()
    assert set(result.ticket_ids) <= jobs
    assert history.details["seats"] == row_k and history.details["from_seats"] == row_f[:2]
    assert [t.seat for t in cashier.exchange_options(sale.order_id).tickets] == [
        "Parterre, rangée F, siège 13",
        "Parterre, rangée K, siège 1",
        "Parterre, rangée K, siège 2",
    ]
    assert checks(cashier) == []

    # Back to tonight, in the seats just freed: they are free again, so they may be taken.
    back = cashier.exchange_tickets([new[0].id], tonight, seat_ids=[row_f[0]])
    assert seat_rows(cashier, tonight) == {row_f[0]: line_id, row_f[2]: line_id}
    assert seat_rows(cashier, friday) == {row_k[1]: line_id}
    assert len(back.ticket_ids) == 1 and checks(cashier) == []


def test_a_seated_exchange_needs_one_free_seat_per_ticket(seated) -> None:  # type: ignore[no-untyped-def]
    cashier, _boss = seated
    tonight = occurrence_named(cashier, CYRANO).id
    friday = occurrence_named(cashier, CYRANO, day=cashier.today() + timedelta(days=6)).id
    view = cashier.seating(tonight)
    assert view is not None
    row_f = seats_of(view.seat_map, "F", "11", "12")
    row_g = seats_of(view.seat_map, "G", "1", "2")
    sale = sell_seats(cashier, tonight, row_f)
    ids = [t.id for t in tickets_of(cashier, sale.order_id)]
    other = sell_seats(cashier, friday, row_g[1:])  # G-2 sold on Friday to someone else
    counts = {o: sold(cashier, o) for o in (tonight, friday)}
    rows = {o: seat_rows(cashier, o) for o in (tonight, friday)}

    def refused(seat_ids: list[str], occurrence_id: str = friday) -> DomainError:
        with pytest.raises(DomainError) as caught:
            cashier.exchange_tickets(ids, occurrence_id, seat_ids=seat_ids)
        return caught.value

    # No seat yet (what the window asks first), or one seat for two tickets, or twice one.
    error = refused([])
    assert (error.code, error.params) == ("exchange_seats_count", {"tickets": 2, "seats": 0})
    assert said(error) == (
        "Un siège par billet sur le plan de la nouvelle date : 2 billets, aucun siège choisi.",
        "One seat per ticket on the new date's map: 2 tickets, no seat chosen.",
    )
    error = refused(row_g[:1])
    assert said(error)[0].endswith(": 2 billets, 1 siège choisi.")
    assert refused([row_g[0], row_g[0]]).params == {"tickets": 2, "seats": 1}
    # A seat already sold on Friday: refused in words, naming it.
    error = refused(row_g)
    assert error.code == "seat_taken"
    assert message_for(error).replace("\xa0", " ") == (
        "Siège déjà vendu : Parterre, rangée G, siège 2."
    )
    # A seat the hall does not have.
    assert refused([row_g[0], "no-such-seat"]).code == "seat_unknown"
    # A seated exchange still checks everything else first (the price, the places...).
    assert refused(row_g, tonight).code == "exchange_same_date"

    # Nothing moved: tickets, seats and places as they were.
    assert {t.status for t in tickets_of(cashier, sale.order_id)} == {"valid"}
    assert {o: seat_rows(cashier, o) for o in (tonight, friday)} == rows
    assert {o: sold(cashier, o) for o in (tonight, friday)} == counts
    assert len(tickets_of(cashier, other.order_id)) == 1
    assert checks(cashier) == []

    # General admission takes no seat.
    malade = occurrence_named(cashier, SHOW).id
    tuesday = show_on(cashier, 3)
    plain = sell_cash(cashier, malade, adult=1)
    (ticket,) = tickets_of(cashier, plain.order_id)
    with pytest.raises(DomainError) as caught:
        cashier.exchange_tickets([ticket.id], tuesday, seat_ids=[row_g[0]])
    assert caught.value.code == "not_seated"


def test_a_refund_after_a_seated_exchange_frees_the_seats_where_they_stand(seated) -> None:  # type: ignore[no-untyped-def]
    cashier, _boss = seated
    tonight = occurrence_named(cashier, CYRANO).id
    friday = occurrence_named(cashier, CYRANO, day=cashier.today() + timedelta(days=6)).id
    view = cashier.seating(tonight)
    assert view is not None
    sale = sell_seats(cashier, tonight, seats_of(view.seat_map, "F", "11", "12"))
    moving = tickets_of(cashier, sale.order_id)[1]  # rank 2: the one a refund of 1 voids
    cashier.exchange_tickets([moving.id], friday, seat_ids=seats_of(view.seat_map, "K", "1"))
    line_id = moving.order_line_id
    assert line_id is not None
    luc = cashier.authorize_supervisor(user_id(cashier, "Luc"), "2222")
    cashier.refund(sale.order_id, {line_id: 1}, luc)
    assert seat_rows(cashier, friday) == {}  # K-1 free again on Friday
    assert list(seat_rows(cashier, tonight).values()) == [line_id]  # F-11 still sold


def test_a_code_that_names_nothing_is_said(cashier_counter: Counter) -> None:
    with pytest.raises(DomainError) as caught:
        cashier_counter.find_exchange(codes.new_code())
    assert caught.value.code == "exchange_code_unknown"
    with pytest.raises(DomainError) as caught:
        cashier_counter.find_exchange("pas un code")
    assert caught.value.code == "code_malformed"


# --- replayed by a real server -------------------------------------------------------------


def test_the_server_replays_an_exchange_identically(
    server: ServerProcess, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """A paired counter exchanges two admissions offline; back online, the server (a real
    ``guichet server`` process) runs the same handler: the same new tickets (ids and codes),
    the same counts, and `guichet check`'s place and exchange invariants hold on both."""
    guichet("server", "--db", server.db_url, "admin", "allotment", "--event", SHOW,
            "--size", "6")  # fmt: skip
    counter, engine = paired_counter(server, tmp_path, "Caisse A")
    status = engine.sync()
    assert status.error == ""
    dates = [
        occ.id
        for offset in range(1, 5)
        for occ in counter.occurrences(counter.today() + timedelta(days=offset))
        if occ.event_name == SHOW
    ]
    first, second = dates[:2]
    assert counter.occurrence(second).allotment == 6  # leased: it may give them offline
    sale = sell_cash(counter, first, adult=2)
    assert engine.sync().error == ""

    server.stop()  # offline: the exchange counts on this counter's allotment
    old = tickets_of(counter, sale.order_id)
    result = counter.exchange_tickets([t.id for t in old], second, reason="Autre soir")
    assert counter.occurrence(second).allotment == 4
    server.start()
    status = engine.sync()
    assert (status.error, status.waiting, status.rejected, status.conflicts) == ("", 0, 0, 0)

    def server_rows(conn):  # type: ignore[no-untyped-def]
        tickets = conn.execute(
            select(Ticket.id, Ticket.code, Ticket.status, Ticket.occurrence_id, Ticket.replaced_by)
            .where(Ticket.order_id == sale.order_id)
            .order_by(Ticket.id)
        ).all()
        counts = dict(
            conn.execute(
                select(Occurrence.id, Occurrence.sold).where(Occurrence.id.in_([first, second]))
            ).all()
        )
        return [tuple(t) for t in tickets], counts

    db = make_engine(server.db_url)
    try:
        with db.connect() as conn:
            tickets, counts = server_rows(conn)
        from sqlalchemy.orm import Session

        with Session(db) as session:
            # The server keeps no outbox nor receipts of its own: places and exchanges.
            assert [str(v) for v in _places(session) + _exchanges(session)] == []
    finally:
        db.dispose()
    local = [
        (t.id, t.code, t.status, t.occurrence_id, t.replaced_by)
        for t in sorted(tickets_of(counter, sale.order_id), key=lambda t: t.id)
    ]
    assert tickets == local
    assert {t[0] for t in tickets if t[2] == "valid"} == set(result.ticket_ids)
    assert counts == {first: sold(counter, first), second: sold(counter, second)}
    engine.sync()  # pulled back: the same rows, nothing doubled
    assert len(tickets_of(counter, sale.order_id)) == 4
    assert checks(counter) == []
