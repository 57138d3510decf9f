"""Issue 17, part 6: the exchange dialog on real widgets over the demo database, by keys.

The tests' clock reads noon on Saturday 5 December 2026; « Le Malade imaginaire » plays
tonight at 20 h, tomorrow and on Tuesday 8 December; on the seated demo, « Cyrano de
Bergerac » plays every evening at 19 h 30 on the 800 seats of the Théâtre du Quai.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from guichet.domain import codes
from guichet.domain.cart import Cart
from guichet.domain.seating import SeatState
from guichet.domain.tickets import Verdict
from guichet.models.tables import PrintJob, Ticket
from guichet.services.counter import Counter
from guichet.services.door import DoorDesk
from guichet.ui.exchange import ExchangeDialog, ExchangeSeatPicker
from guichet.ui.receipts import ReceiptsDialog
from tests.conftest import Clock, user_id
from tests.integration.helpers import category, occurrence_named, sell_cash

SHOW = "Le Malade imaginaire"


def spaced(text: str) -> str:
    return text.replace("\u00a0", " ")


def show_on(counter: Counter, days: int) -> str:
    return occurrence_named(counter, SHOW, day=counter.today() + timedelta(days=days)).id


def press(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    """Keys typed where the keyboard is, as the cashier types them."""
    for _ in range(times):
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, key)


def shown(qtbot: QtBot, dialog: ExchangeDialog) -> ExchangeDialog:
    """The dialog on screen and active, the keyboard where it put it."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    return dialog


def pick_date(qtbot: QtBot, dialog: ExchangeDialog, occurrence_id: str) -> None:
    """Arrow down the dates list (the keyboard in it) to ``occurrence_id``."""
    assert dialog.options is not None
    dialog.activateWindow()
    dialog.dates_table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.dates_table, timeout=3000)
    row = next(i for i, d in enumerate(dialog.options.dates) if d.occurrence_id == occurrence_id)
    assert dialog.chosen_date is None  # none chosen for the cashier: the first Down picks
    press(qtbot, Qt.Key.Key_Down, row + 1)  # the first date, and so on down
    assert dialog.chosen_date is not None and dialog.chosen_date.occurrence_id == occurrence_id


def test_two_tickets_exchanged_for_tuesday_from_the_receipts_by_keys(
    qtbot: QtBot, cashier_counter: Counter
) -> None:
    counter = cashier_counter
    tonight, tuesday = show_on(counter, 0), show_on(counter, 3)
    sale = sell_cash(counter, tonight, adult=2, child=1)
    receipts = ReceiptsDialog(counter)
    qtbot.addWidget(receipts)
    receipts.show()
    qtbot.waitExposed(receipts)
    receipts.activateWindow()
    receipts.select_receipt(sale.receipt_id)
    receipts.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is receipts.table, timeout=3000)
    press(qtbot, Qt.Key.Key_F6)
    dialog = receipts.exchange_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.options is not None and dialog.options.order_id == sale.order_id
    assert len(dialog.ticked()) == 3  # every admission ticked to begin with
    assert spaced(dialog.tickets_title.text()).endswith(": 3 cochés")

    # The child stays tonight: Space unticks it (adults first, as sold).
    dialog.activateWindow()
    dialog.tickets_table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.tickets_table, timeout=3000)
    assert dialog.tickets_table.currentRow() == 0
    press(qtbot, Qt.Key.Key_Down, 2)
    press(qtbot, Qt.Key.Key_Space)
    assert [t.category_name for t in dialog.ticked()] == ["Adulte", "Adulte"]
    pick_date(qtbot, dialog, tuesday)
    remarks = {
        dialog.options.dates[row].occurrence_id: dialog.dates_table.item(row, 2).text()
        for row in range(dialog.dates_table.rowCount())
    }
    assert remarks[tonight] == "date actuelle" and remarks[tuesday] == ""
    dialog.reason_edit.setFocus()
    qtbot.keyClicks(dialog.reason_edit, "Vient mardi")  # QTest types ASCII only
    press(qtbot, Qt.Key.Key_Return)

    assert dialog.exchange_result is not None
    assert spaced(dialog.message.text()) == (
        "2 billets échangés pour mar. 8 déc. 2026, 20 h ; nouveaux billets imprimés."
    )
    new_ids = dialog.exchange_result.ticket_ids
    shown = {t.id: t.occurrence_id for t in dialog.options.tickets}
    assert [shown[i] for i in new_ids] == [tuesday, tuesday] and len(shown) == 3
    assert dialog.ticked() == []  # nothing left ticked: Entrée cannot exchange twice
    assert "Sophie Gagnon" in dialog.history_label.text()
    with counter.session_factory() as session:
        jobs = set(session.scalars(select(PrintJob.subject_id).where(PrintJob.kind == "ticket")))
        old = list(
            session.scalars(
                select(Ticket.code).where(
                    Ticket.order_id == sale.order_id, Ticket.status == "exchanged"
                )
            )
        )
    assert set(new_ids) <= jobs and len(old) == 2
    door = DoorDesk(counter)
    assert {door.scan(code).verdict for code in old} == {Verdict.CANCELLED}

    press(qtbot, Qt.Key.Key_Return)  # done: Entrée closes
    assert not dialog.isVisible()


def test_a_code_typed_finds_the_order_and_a_refusal_is_said(
    qtbot: QtBot, cashier_counter: Counter
) -> None:
    counter = cashier_counter
    tonight, sunday = show_on(counter, 0), show_on(counter, 1)
    sale = sell_cash(counter, tonight, adult=2)
    dialog = shown(qtbot, ExchangeDialog(counter))
    assert QApplication.focusWidget() is dialog.code_edit
    qtbot.keyClicks(dialog.code_edit, "pas-un-code")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.options is None and "vérifiez le code" in spaced(dialog.message.text())

    with counter.session_factory() as session:
        ticket = session.scalars(
            select(Ticket.code).where(Ticket.order_id == sale.order_id)
        ).first()
    assert ticket is not None
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, codes.display(ticket).lower())  # a ticket's code
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.options is not None and dialog.options.order_id == sale.order_id
    assert dialog.exchange_result is None  # Entrée in the code's field only finds

    # Sunday down to one place: refused in words, nothing moved.
    boss = Counter(counter.session_factory, counter.terminal_id, clock=counter.clock)
    boss.login(user_id(boss, "Marie"), "9999")
    before = boss.back_office().dates.get(sunday)
    boss.back_office().dates.edit(before, {"capacity": before.sold + 1})
    dialog.load_order(sale.order_id)
    pick_date(qtbot, dialog, sunday)
    row = next(i for i, d in enumerate(dialog.options.dates) if d.occurrence_id == sunday)
    assert dialog.dates_table.item(row, 2).text() == "pas assez de places"
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.exchange_result is None
    assert spaced(dialog.message.text()) == (
        "Plus assez de places : il en reste 1, vous en demandez 2."
    )


def test_an_ended_date_asks_a_supervisor(
    qtbot: QtBot, cashier_counter: Counter, clock: Clock
) -> None:
    counter = cashier_counter
    tonight, sunday = show_on(counter, 0), show_on(counter, 1)
    sale = sell_cash(counter, tonight, adult=1)
    clock.advance(hours=11)  # 23 h: tonight's show has ended
    dialog = shown(qtbot, ExchangeDialog(counter, order_id=sale.order_id))
    pick_date(qtbot, dialog, sunday)
    press(qtbot, Qt.Key.Key_Return)
    assert spaced(dialog.message.text()).startswith("La date de ce billet est terminée")
    override = dialog.override_dialog
    assert override is not None and override.isVisible()
    qtbot.keyClicks(override.reason_edit, "Client malade")
    index = override.approval.supervisor_combo.findData(user_id(counter, "Luc"))
    override.approval.supervisor_combo.setCurrentIndex(index)
    override.pin_edit.setFocus()
    qtbot.keyClicks(override.pin_edit, "2222")
    qtbot.keyClick(override.pin_edit, Qt.Key.Key_Return)

    assert dialog.exchange_result is not None
    assert spaced(dialog.message.text()).startswith("1 billet échangé pour dim. 6 déc. 2026")
    (past,) = counter.exchange_options(sale.order_id).history
    assert past.count == 1


# --- a seated show: the seat picker of the sales, one seat per ticket ------------------------

CYRANO = "Cyrano de Bergerac"


def sell_seats(counter: Counter, occurrence_id: str, seat_ids: list[str]) -> str:
    """A seated sale of adults, as the sales window makes it; returns the order's id."""
    cart = Cart()
    counter.pick_seats(cart, occurrence_id, category(counter, occurrence_id, "adult"), seat_ids)
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    return counter.sell(cart, payment).order_id


def picker_open(qtbot: QtBot, dialog: ExchangeDialog) -> ExchangeSeatPicker:
    """The seat picker the exchange opened, on screen with the keyboard on its map."""

    def ready() -> bool:
        picker = dialog.seat_picker
        return (
            picker is not None and picker.isVisible() and QApplication.focusWidget() is picker.view
        )

    qtbot.waitUntil(ready, timeout=3000)
    assert dialog.seat_picker is not None
    return dialog.seat_picker


def seated_exchange(
    qtbot: QtBot, seated: tuple[Counter, Counter]
) -> tuple[Counter, str, str, str, ExchangeDialog]:
    """Tonight's Cyrano, Parterre F-11 and F-12, sold; the exchange dialog on that order
    with Friday chosen by keys."""
    cashier, _boss = seated
    tonight = occurrence_named(cashier, CYRANO).id
    friday = occurrence_named(cashier, CYRANO, day=cashier.today() + timedelta(days=6)).id
    seating = cashier.seating(tonight)
    assert seating is not None
    old_seats = [
        seat.id
        for seat in (seating.seat_map.find("Parterre", "F", n) for n in ("11", "12"))
        if seat is not None
    ]
    order_id = sell_seats(cashier, tonight, old_seats)
    dialog = shown(qtbot, ExchangeDialog(cashier, order_id=order_id))
    assert dialog.options is not None and len(dialog.ticked()) == 2
    assert "Parterre, rangée F, siège 11" in dialog.tickets_table.item(0, 0).text()
    pick_date(qtbot, dialog, friday)
    assert dialog.chosen_date is not None and dialog.chosen_date.seated
    return cashier, tonight, friday, order_id, dialog


def test_a_seated_exchange_picks_the_new_seats_on_the_map_by_keys(
    qtbot: QtBot, seated: tuple[Counter, Counter]
) -> None:
    counter, tonight, friday, order_id, dialog = seated_exchange(qtbot, seated)
    with counter.session_factory() as session:
        old = list(session.scalars(select(Ticket).where(Ticket.order_id == order_id)))

    # Entrée: every other check passes, so the seat picker opens on Friday's map, for two.
    press(qtbot, Qt.Key.Key_Return)
    picker = picker_open(qtbot, dialog)
    assert dialog.exchange_result is None
    assert picker.occurrence_id == friday and picker.quantity_spin.value() == 2
    assert spaced(dialog.message.text()) == (
        "Choisissez sur le plan un siège par billet (2 billets)."
    )
    # One seat only: refused in words, the picker stays open.
    press(qtbot, Qt.Key.Key_Down)  # the first row, the seat in its middle
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    assert picker.isVisible() and dialog.exchange_result is None
    assert spaced(picker.message.text()) == (
        "Un siège par billet sur le plan de la nouvelle date : 2 billets, 1 siège choisi."
    )
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Space)
    chosen = picker.view.selected_ids()
    assert len(chosen) == 2
    press(qtbot, Qt.Key.Key_Return)  # the two seats: exchanged

    qtbot.waitUntil(lambda: dialog.exchange_result is not None, timeout=3000)
    assert dialog.seat_picker is None
    result = dialog.exchange_result
    assert result is not None
    text = spaced(dialog.message.text())
    assert text.startswith("2 billets échangés pour ven. 11 déc. 2026, 19 h 30 (")
    assert text.endswith(") ; nouveaux billets imprimés.")
    with counter.session_factory() as session:
        new = {
            t.id: t for t in session.scalars(select(Ticket).where(Ticket.id.in_(result.ticket_ids)))
        }
        jobs = set(session.scalars(select(PrintJob.subject_id).where(PrintJob.kind == "ticket")))
    assert sorted(t.seat_id or "" for t in new.values()) == sorted(chosen)
    assert {t.occurrence_id for t in new.values()} == {friday}
    assert set(result.ticket_ids) <= jobs
    friday_seats = counter.seating(friday)
    tonight_seats = counter.seating(tonight)
    assert friday_seats is not None and tonight_seats is not None
    assert {friday_seats.inventory.state(s) for s in chosen} == {SeatState.SOLD}
    assert {tonight_seats.inventory.state(t.seat_id or "") for t in old} == {SeatState.FREE}
    door = DoorDesk(counter)
    assert {door.scan(t.code).verdict for t in old} == {Verdict.CANCELLED}
    # The keyboard back in the exchange, on « Terminer »: Entrée closes.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.close_button, timeout=3000)
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_a_seat_taken_meanwhile_is_said_and_the_map_opens_again(
    qtbot: QtBot, seated: tuple[Counter, Counter]
) -> None:
    counter, _tonight, friday, _order_id, dialog = seated_exchange(qtbot, seated)
    press(qtbot, Qt.Key.Key_Return)
    first = picker_open(qtbot, dialog)
    # Échap on the map: nothing exchanged, and said; Entrée opens the map again.
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.dates_table, timeout=3000)
    assert dialog.seat_picker is None and dialog.exchange_result is None
    assert spaced(dialog.message.text()) == (
        "Aucun siège choisi : rien n'a été échangé. Entrée rouvre le plan."
    )
    press(qtbot, Qt.Key.Key_Return)
    picker = picker_open(qtbot, dialog)
    assert picker is not first
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Space)
    chosen = picker.view.selected_ids()
    assert len(chosen) == 2
    sell_seats(counter, friday, chosen[:1])  # another customer takes one of them meanwhile
    press(qtbot, Qt.Key.Key_Return)

    # Refused in words; nothing exchanged; the map opens again (read afresh) to choose.
    again = picker_open(qtbot, dialog)
    assert again is not picker and dialog.exchange_result is None
    assert spaced(again.message.text()).startswith("Siège déjà vendu : Parterre")
    assert spaced(dialog.message.text()) == spaced(again.message.text())
    assert again.seating.inventory.state(chosen[0]) is SeatState.SOLD
    press(qtbot, Qt.Key.Key_Down, 2)  # the second row, clear of it
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Space)
    others = again.view.selected_ids()
    assert len(others) == 2 and chosen[0] not in others
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.exchange_result is not None, timeout=3000)
    with counter.session_factory() as session:
        seats = set(
            session.scalars(
                select(Ticket.seat_id).where(Ticket.id.in_(dialog.exchange_result.ticket_ids))
            )
        )
    assert seats == set(others)
    assert "Siège déjà vendu" not in dialog.message.text()  # it says it is done instead
