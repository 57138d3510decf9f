"""The scanning window (issue 4, parts 6 and 7), driven like a cashier with a keyboard-wedge
scanner, on the real demo database and the real cards desk.

Demo day: Saturday 2026-12-05, noon. The Tremblay family (4 members) holds an active
"Laissez-passer familial 20 passages" (Bain libre, Patin libre, Escalade; cancellable); 20
inactive "Carte 10 bains" shop cards wait to be sold. Bain libre at 13 h and 18 h has 20
à-la-carte places, cancellable up to 120 min before.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from guichet.domain import codes
from guichet.domain.cards import BookingStatus, CardStatus, Verdict
from guichet.domain.cart import Cart
from guichet.i18n.formatting import local, long_date
from guichet.models.tables import Booking, PrintJob
from guichet.services.cards import CardFilter, CardRow
from guichet.services.counter import Counter
from guichet.services.views import OccurrenceView
from guichet.ui.redeem import RedeemWindow
from tests.conftest import Clock


def occurrence_at(
    counter: Counter, name: str, hour: int, day: date | None = None
) -> OccurrenceView:
    tz = counter.organisation.timezone
    for occ in counter.occurrences(day or counter.today()):
        if occ.event_name == name and local(occ.starts_at, tz).hour == hour:
            return occ
    raise LookupError(name)


def family_pass(counter: Counter) -> CardRow:
    rows = counter.cards.cards(CardFilter(status=CardStatus.ACTIVE))
    return next(r for r in rows if r.card_type_name.startswith("Laissez-passer familial"))


def shop_card(counter: Counter) -> CardRow:
    return counter.cards.cards(CardFilter(status=CardStatus.INACTIVE))[0]


def scanner_text(code: str) -> str:
    """What a cashier types: lower case, in groups with dashes."""
    return codes.display(code).lower()


def bookings(counter: Counter, card_id: str) -> list[Booking]:
    with counter.session_factory() as session:
        return list(
            session.scalars(
                select(Booking)
                .where(Booking.card_id == card_id)
                .order_by(Booking.created_at, Booking.participant)
            )
        )


def booking_jobs(counter: Counter) -> int:
    with counter.session_factory() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(PrintJob).where(PrintJob.kind == "booking")
            )
            or 0
        )


def pay_cash(counter: Counter, cart: Cart) -> None:
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    counter.sell(cart, payment)


@pytest.fixture
def window(qtbot: QtBot, cashier_counter: Counter) -> Iterator[RedeemWindow]:
    widget = RedeemWindow(cashier_counter)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.scan_field.hasFocus())
    yield widget


def list_texts(window: RedeemWindow) -> list[str]:
    return [window.occurrence_list.item(r).text() for r in range(window.occurrence_list.count())]


def type_and_enter(qtbot: QtBot, window: RedeemWindow, text: str) -> None:
    """A keyboard-wedge scanner: fast keystrokes, then Enter."""
    qtbot.keyClicks(window.scan_field, text)
    qtbot.keyClick(window.scan_field, Qt.Key.Key_Return)


def focus_is_on_scan_field(qtbot: QtBot, window: RedeemWindow) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.scan_field, timeout=2000)


# --- scanning -----------------------------------------------------------------------------


def test_scanning_the_family_pass_shows_valid_in_green_with_its_details(
    qtbot: QtBot, window: RedeemWindow, cashier_counter: Counter
) -> None:
    assert window.verdict_label.text() == "Scannez une carte"
    card = family_pass(cashier_counter)
    type_and_enter(qtbot, window, scanner_text(card.code))
    assert window.result is not None and window.result.verdict is Verdict.VALID
    assert window.verdict_label.text() == "VALIDE"
    assert window.verdict_panel.property("tone") == "ok"
    assert window.holder_label.text() == "Famille Tremblay"
    assert window.uses_label.text() == "20 passages restants sur 20"
    assert window.expiry_label.text() == "Valide jusqu'au " + long_date(
        date(2026, 12, 5) + timedelta(days=179)
    )
    assert window.activities_label.text() == "Activités\u00a0: Bain libre, Escalade, Patin libre"
    assert window.code_label.text() == codes.display(card.code)
    assert "4 membres" in window.card_label.text()
    assert window.scan_field.text() == ""  # ready for the next card
    focus_is_on_scan_field(qtbot, window)
    # The booking panel: today's eligible occurrences and the four members of the account.
    assert window.side_panel.isVisible() and window.booking_box.isVisible()
    assert [m.name for m in window.result.members] == [
        "Julie Tremblay",
        "Marc Tremblay",
        "Léa Tremblay",
        "Noah Tremblay",
    ]
    assert sorted(b.text() for b in window.member_checks.values()) == sorted(
        m.name for m in window.result.members
    )
    texts = list_texts(window)
    assert any("Bain libre" in t and "20 places à la carte" in t for t in texts)
    assert any("Escalade" in t and "Inscriptions fermées" in t for t in texts)  # 10 h: over
    assert not any("Malade imaginaire" in t for t in texts)  # not eligible: not offered


def test_escape_clears_the_verdict(
    qtbot: QtBot, window: RedeemWindow, cashier_counter: Counter
) -> None:
    type_and_enter(qtbot, window, scanner_text(family_pass(cashier_counter).code))
    assert window.verdict_label.text() == "VALIDE"
    qtbot.keyClick(window.scan_field, Qt.Key.Key_Escape)
    assert window.result is None
    assert window.verdict_label.text() == "Scannez une carte"
    assert not window.side_panel.isVisible()
    focus_is_on_scan_field(qtbot, window)


def test_a_wrong_check_character_says_check_the_code_and_an_unknown_code_says_unknown(
    qtbot: QtBot, window: RedeemWindow, cashier_counter: Counter
) -> None:
    code = family_pass(cashier_counter).code
    wrong = code[:-1] + next(c for c in codes.ALPHABET if c != code[-1])
    type_and_enter(qtbot, window, scanner_text(wrong))
    assert window.result is not None and window.result.verdict is Verdict.CHECK_CODE
    assert window.verdict_label.text() == "Vérifiez le code"
    assert window.verdict_panel.property("tone") == "warn"
    assert "mal saisi" in window.explanation_label.text()
    assert not window.side_panel.isVisible()

    unknown = codes.new_code()
    type_and_enter(qtbot, window, " ".join(unknown[i : i + 3] for i in range(0, 15, 3)))
    assert window.result.verdict is Verdict.UNKNOWN
    assert window.verdict_label.text() == "Code inconnu"
    assert window.verdict_panel.property("tone") == "danger"
    assert window.code_label.text() == codes.display(unknown)
    assert not window.holder_label.isVisible()


def test_an_inactive_shop_card_is_not_activated(
    qtbot: QtBot, window: RedeemWindow, cashier_counter: Counter
) -> None:
    type_and_enter(qtbot, window, scanner_text(shop_card(cashier_counter).code))
    assert window.result is not None and window.result.verdict is Verdict.INACTIVE
    assert window.verdict_label.text() == "Carte pas encore activée"
    assert window.verdict_panel.property("tone") == "danger"
    assert "vendue à un guichet" in window.explanation_label.text()
    assert window.holder_label.text() == "Au porteur (sans nom)"
    assert not window.expiry_label.isVisible()
    assert window.uses_label.text() == "10 passages restants sur 10"
    assert not window.booking_box.isVisible()


def test_the_session_in_progress_judges_eligibility(
    qtbot: QtBot, window: RedeemWindow, cashier_counter: Counter
) -> None:
    show = occurrence_at(cashier_counter, "Le Malade imaginaire", 20)
    window.select_activity(show.id)
    type_and_enter(qtbot, window, scanner_text(family_pass(cashier_counter).code))
    assert window.result is not None and window.result.verdict is Verdict.NOT_ELIGIBLE
    assert window.verdict_label.text() == "Non admissible pour cette activité"
    assert "Le Malade imaginaire" in window.explanation_label.text()
    swim = occurrence_at(cashier_counter, "Bain libre", 18)
    window.select_activity(swim.id)  # the card on screen is judged again
    assert window.result.verdict is Verdict.VALID
    assert window.selected_occurrence_id() == swim.id
    focus_is_on_scan_field(qtbot, window)


# --- booking ------------------------------------------------------------------------------


def test_booking_two_members_takes_two_uses_and_prints_two_tickets(
    qtbot: QtBot, window: RedeemWindow, cashier_counter: Counter
) -> None:
    card = family_pass(cashier_counter)
    type_and_enter(qtbot, window, scanner_text(card.code))
    swim = occurrence_at(cashier_counter, "Bain libre", 18)
    item = next(
        window.occurrence_list.item(r)
        for r in range(window.occurrence_list.count())
        if window.occurrence_list.item(r).data(Qt.ItemDataRole.UserRole + 20) == swim.id
    )
    rect = window.occurrence_list.visualItemRect(item)
    qtbot.mouseClick(
        window.occurrence_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    assert window.selected_occurrence_id() == swim.id
    assert window.result is not None
    julie, marc = window.result.members[:2]
    for member in (julie, marc):
        window.member_checks[member.id].click()
    assert window.book_button.text() == "Réserver pour 2 personnes (Entrée)"
    focus_is_on_scan_field(qtbot, window)
    with qtbot.waitSignal(window.booked) as signal:
        qtbot.mouseClick(window.book_button, Qt.MouseButton.LeftButton)
    assert signal.args is not None and signal.args[0].remaining_uses == 18
    made = bookings(cashier_counter, card.id)
    assert sorted(b.participant for b in made) == ["Julie Tremblay", "Marc Tremblay"]
    assert all(b.occurrence_id == swim.id and b.place_kind == "alacarte" for b in made)
    assert booking_jobs(cashier_counter) == 2
    assert cashier_counter.occurrence(swim.id).alacarte_taken == 2
    # The verdict is read again: 18 left, the two bookings listed, the two greyed out.
    assert window.uses_label.text() == "18 passages restants sur 20"
    assert window.message.text() == (
        "Réservé\u00a0: Julie Tremblay, Marc Tremblay (Bain libre, aujourd'hui, 18\u00a0h)."
        " 18 passages restants. 2 billets à l'impression."
    )
    assert window.message.property("role") == "ok"
    assert set(window.booking_rows) == {b.id for b in made}
    assert not window.member_checks[julie.id].isEnabled()
    assert window.member_checks[julie.id].isChecked()  # ticked and greyed: already in
    assert window.member_checks[julie.id].toolTip() == "Déjà réservé pour cette séance"
    assert any("18\u00a0h" in t and "18 places à la carte" in t for t in list_texts(window))
    # (7) the scan field has the keyboard again, ready for the next card.
    focus_is_on_scan_field(qtbot, window)
    qtbot.keyClicks(QApplication.focusWidget(), scanner_text(card.code))
    assert window.scan_field.text() == scanner_text(card.code)


def test_a_refused_booking_is_said_in_words_and_nothing_is_booked(
    qtbot: QtBot, window: RedeemWindow, cashier_counter: Counter
) -> None:
    card = family_pass(cashier_counter)
    type_and_enter(qtbot, window, scanner_text(card.code))
    window.book()  # nobody ticked
    assert window.message.text() == "Choisissez au moins une personne à inscrire."
    assert window.message.property("role") == "error"
    assert bookings(cashier_counter, card.id) == []
    focus_is_on_scan_field(qtbot, window)


def test_a_gift_package_without_an_account_books_typed_names(
    qtbot: QtBot, window: RedeemWindow, cashier_counter: Counter
) -> None:
    shop = shop_card(cashier_counter)
    cart = Cart()
    kind = cashier_counter.cards.shop_card_type(shop.code)
    cashier_counter.add_card_to_cart(cart, kind, shop_code=shop.code)
    pay_cash(cashier_counter, cart)
    type_and_enter(qtbot, window, scanner_text(shop.code))
    assert window.result is not None and window.result.verdict is Verdict.VALID
    assert window.member_checks == {} and len(window.name_edits) == 1
    window.people_spin.setValue(3)
    assert len(window.name_edits) == 3
    for edit, name in zip(window.name_edits, ("Ana", "Bruno"), strict=False):
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
        edit.setText(name)
    assert window.book_button.text() == "Réserver pour 3 personnes (Entrée)"
    swim = occurrence_at(cashier_counter, "Bain libre", 13)
    assert window.select_occurrence(swim.id)
    window.book()  # the third name is missing: said in words, nobody booked
    assert window.message.text() == "Tapez le nom du participant."
    assert bookings(cashier_counter, shop.id) == []
    qtbot.mouseClick(window.name_edits[2], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.name_edits[2], "Chlo")
    window.name_edits[2].insert("é")  # (QTest types ASCII only)
    with qtbot.waitSignal(window.booked):
        qtbot.keyClick(window.name_edits[2], Qt.Key.Key_Return)  # Entrée in a name books
    assert sorted(b.participant for b in bookings(cashier_counter, shop.id)) == [
        "Ana",
        "Bruno",
        "Chloé",
    ]
    assert window.uses_label.text() == "7 passages restants sur 10"
    focus_is_on_scan_field(qtbot, window)


def test_book_on_scan_never_books_twice_within_two_seconds(
    qtbot: QtBot, window: RedeemWindow, cashier_counter: Counter, clock: Clock
) -> None:
    card = family_pass(cashier_counter)
    swim = occurrence_at(cashier_counter, "Bain libre", 18)
    window.select_activity(swim.id)
    window.book_on_scan.click()
    assert window.book_on_scan.isChecked()
    focus_is_on_scan_field(qtbot, window)
    with qtbot.waitSignal(window.booked):
        type_and_enter(qtbot, window, scanner_text(card.code))
    assert [b.participant for b in bookings(cashier_counter, card.id)] == ["Julie Tremblay"]
    assert window.uses_label.text() == "19 passages restants sur 20"

    clock.advance(seconds=1)  # the scanner repeats itself
    with qtbot.assertNotEmitted(window.booked):
        type_and_enter(qtbot, window, card.code)
    assert window.result is not None and window.result.repeated
    assert "rien n'est compté" in window.note_label.text()
    assert len(bookings(cashier_counter, card.id)) == 1
    assert window.uses_label.text() == "19 passages restants sur 20"  # read again, not stale

    # A repeat that comes back after another code within 2 s does not book either.
    type_and_enter(qtbot, window, shop_card(cashier_counter).code)
    assert window.result.verdict is Verdict.INACTIVE
    clock.advance(seconds=0.5)
    with qtbot.assertNotEmitted(window.booked):
        type_and_enter(qtbot, window, scanner_text(card.code))
    assert len(bookings(cashier_counter, card.id)) == 1

    clock.advance(seconds=3)  # a real second scan: the next member of the family
    with qtbot.waitSignal(window.booked):
        type_and_enter(qtbot, window, scanner_text(card.code))
    assert [b.participant for b in bookings(cashier_counter, card.id)] == [
        "Julie Tremblay",
        "Marc Tremblay",
    ]
    assert booking_jobs(cashier_counter) == 2
    assert window.uses_label.text() == "18 passages restants sur 20"
    focus_is_on_scan_field(qtbot, window)


# --- upcoming bookings: cancel, check in --------------------------------------------------


def test_cancelling_within_the_limit_gives_the_use_back_and_past_it_is_refused(
    qtbot: QtBot, window: RedeemWindow, cashier_counter: Counter, clock: Clock
) -> None:
    card = family_pass(cashier_counter)
    swim = occurrence_at(cashier_counter, "Bain libre", 18)
    type_and_enter(qtbot, window, scanner_text(card.code))
    assert window.result is not None
    julie, marc = window.result.members[:2]
    cashier_counter.cards.book(card.id, swim.id, [(julie.id, julie.name)])
    cashier_counter.cards.book(card.id, swim.id, [(marc.id, marc.name)])
    window.refresh()
    assert window.uses_label.text() == "18 passages restants sur 20"
    first, second = (b.id for b in window.result.bookings)

    # Noon: the limit is 16 h (120 min before 18 h): "Annuler" gives the passage back.
    row = window.booking_rows[first]
    assert row.cancel_button.isEnabled() and not row.refusal_label.isVisible()
    with qtbot.waitSignal(window.changed):
        qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)
    status = {b.id: b.status for b in bookings(cashier_counter, card.id)}
    assert status[first] == BookingStatus.CANCELLED.value
    assert window.uses_label.text() == "19 passages restants sur 20"
    assert "Passage rendu" in window.message.text()
    assert first not in window.booking_rows
    focus_is_on_scan_field(qtbot, window)

    # 16 h 30: too late. The line says so and "Annuler" is greyed out.
    clock.advance(hours=4, minutes=30)
    window.refresh()
    row = window.booking_rows[second]
    assert not row.cancel_button.isEnabled()
    assert row.refusal_label.text().startswith("Trop tard pour annuler")
    assert row.cancel_button.toolTip() == row.refusal_label.text()
    # Had the line been drawn before the limit, the service still refuses, in words.
    with qtbot.assertNotEmitted(window.changed):
        window.cancel_booking(second)
    assert window.message.text().startswith("Trop tard pour annuler\u00a0: la limite était")
    assert window.message.property("role") == "error"
    status = {b.id: b.status for b in bookings(cashier_counter, card.id)}
    assert status[second] == BookingStatus.BOOKED.value
    assert window.uses_label.text() == "19 passages restants sur 20"
    focus_is_on_scan_field(qtbot, window)


def test_season_pass_is_exclusive_until_checked_in_and_cannot_cancel(
    qtbot: QtBot, window: RedeemWindow, cashier_counter: Counter
) -> None:
    family = cashier_counter.find_customers("Tremblay")[0].id
    julie = cashier_counter.cards.members(family)[0]
    cart = Cart()
    cashier_counter.set_customer(cart, family)
    line = cashier_counter.add_card_to_cart(
        cart, cashier_counter.cards.find_card_type("Passe saison patin").id, member_id=julie.id
    )
    pay_cash(cashier_counter, cart)
    code = line.card_code or ""
    type_and_enter(qtbot, window, scanner_text(code))
    assert window.result is not None and window.result.verdict is Verdict.VALID
    assert window.uses_label.text() == "Illimité"
    assert list(window.member_checks) == [julie.id]  # an individual pass: its holder only
    assert window.member_checks[julie.id].isChecked()
    skate = occurrence_at(cashier_counter, "Patin libre", 15)
    assert window.select_occurrence(skate.id)
    with qtbot.waitSignal(window.booked) as signal:
        window.book()
    assert signal.args is not None and signal.args[0].remaining_uses is None
    # Exclusive: one booking at a time; the card now says which one.
    assert window.result.verdict is Verdict.EXCLUSIVE_BOOKED
    assert window.verdict_label.text() == "Carte exclusive\u00a0: réservation en cours"
    assert "Patin libre" in window.explanation_label.text()
    assert "15\u00a0h\u00a030" in window.explanation_label.text()
    assert "Julie Tremblay" in window.explanation_label.text()
    assert not window.booking_box.isVisible() and window.side_panel.isVisible()
    (booking_id,) = window.booking_rows
    row = window.booking_rows[booking_id]
    assert not row.cancel_button.isEnabled()
    assert row.refusal_label.text() == (
        "Ce type de laissez-passer ne permet pas d'annuler ses réservations."
    )
    # Julie came: "Présent" frees the card for its next booking.
    with qtbot.waitSignal(window.changed):
        qtbot.mouseClick(row.present_button, Qt.MouseButton.LeftButton)
    assert window.result.verdict is Verdict.VALID
    assert window.verdict_label.text() == "VALIDE"
    assert "Présence notée\u00a0: Julie Tremblay" in window.message.text()
    assert not window.booking_rows[booking_id].present_button.isEnabled()
    focus_is_on_scan_field(qtbot, window)


def test_focus_returns_to_the_scan_field_after_clicks(
    qtbot: QtBot, window: RedeemWindow, cashier_counter: Counter
) -> None:
    type_and_enter(qtbot, window, scanner_text(family_pass(cashier_counter).code))
    for button in (window.next_day_button, window.today_button, window.scan_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        focus_is_on_scan_field(qtbot, window)
    assert window.day == cashier_counter.today()
    qtbot.mouseClick(window.next_day_button, Qt.MouseButton.LeftButton)
    assert window.day == cashier_counter.today() + timedelta(days=1)
    assert window.day_label.text() == "dim. 6 déc."
    assert window.name_edits == []  # a family pass: members are ticked, not typed
    box = next(iter(window.member_checks.values()))
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(14, box.height() // 2))
    assert box.isChecked()
    focus_is_on_scan_field(qtbot, window)
