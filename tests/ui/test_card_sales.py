"""Gift packages, passes and places à la carte sold in the sales window; members of customer
accounts; the à-la-carte settings of a show (issue 4), on the real demo database.

Demo (Saturday 2026-12-05, noon): « Carte 10 bains » (gift package, 60 $), « Passe saison
patin » (individual pass, exclusive), « Laissez-passer familial 20 passages » (family pass);
the « Famille Tremblay » account with 4 members; 20 inactive shop cards of « Carte 10 bains »;
Bain libre 13 h and 18 h with 20 places à la carte at 6,50 $; Patin libre 15 h 30 à la carte
for pass holders only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from guichet.domain import codes
from guichet.domain.cards import AlacarteSettings, CardStatus
from guichet.domain.errors import DomainError
from guichet.i18n.formatting import local
from guichet.models.tables import Card, PrintJob
from guichet.services.check import run_checks
from guichet.services.counter import Counter
from guichet.services.views import OccurrenceView
from guichet.ui.alacarte import AlacarteDialog
from guichet.ui.card_sale import CardSaleDialog
from guichet.ui.customer import CustomerDialog
from guichet.ui.messages import message_for
from guichet.ui.payment import PaymentDialog
from guichet.ui.receipt_view import ReceiptDialog
from guichet.ui.sales import SalesPage


def modal(qtbot: QtBot, kind: type[QDialog]) -> QDialog:
    """Wait until a dialog of ``kind`` is the active modal window and holds the keyboard."""

    def ready() -> bool:
        widget = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        return isinstance(widget, kind) and focus is not None and widget.isAncestorOf(focus)

    qtbot.waitUntil(ready, timeout=3000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind)
    return dialog


def press(qtbot: QtBot, *keys: Qt.Key | str) -> None:
    """Type where the keyboard focus is, as a cashier's keyboard (or scanner) would."""
    for key in keys:
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        if isinstance(key, str) and not key.isascii():
            target.insert(key)  # type: ignore[attr-defined]  # QTest types ASCII only
        elif isinstance(key, str) and len(key) > 1:
            qtbot.keyClicks(target, key)
        else:
            qtbot.keyClick(target, key)


def ctrl(qtbot: QtBot, key: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, Qt.KeyboardModifier.ControlModifier)


def words(error: str, /, **params: object) -> str:
    return message_for(DomainError(error, **params), "fr")


def show_at(counter: Counter, name: str, hour: int) -> OccurrenceView:
    tz = counter.organisation.timezone
    for occ in counter.occurrences(counter.today()):
        if name in occ.event_name and local(occ.starts_at, tz).hour == hour:
            return occ
    raise AssertionError(f"no {name} at {hour} h")


def user_id(counter: Counter, name_part: str) -> str:
    return next(u.id for u in counter.users() if name_part in u.name)


def open_page(qtbot: QtBot, counter: Counter) -> SalesPage:
    widget = SalesPage(counter)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)
    return widget


@pytest.fixture
def page(qtbot: QtBot, cashier_counter: Counter) -> Iterator[SalesPage]:
    widget = open_page(qtbot, cashier_counter)
    yield widget
    for dialog in widget.findChildren(QDialog):
        dialog.done(QDialog.DialogCode.Rejected)


@pytest.fixture
def boss(make_counter: Callable[..., Counter]) -> Counter:
    """Luc (supervisor) at the same terminal."""
    counter = make_counter()
    counter.login(user_id(counter, "Luc"), "2222")
    return counter


def pay_exact_cash(qtbot: QtBot, page: SalesPage) -> None:
    """Entrée (payment, exact cash pre-filled), Entrée (pay), Entrée (close the receipt)."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)
    press(qtbot, Qt.Key.Key_Return)
    modal(qtbot, PaymentDialog)
    press(qtbot, Qt.Key.Key_Return)
    receipt = modal(qtbot, ReceiptDialog)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not receipt.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)
    assert page.cart.is_empty()


def open_picker(qtbot: QtBot) -> CardSaleDialog:
    """Ctrl+G, once the page has the keyboard again (back from a previous dialog)."""
    qtbot.waitUntil(
        lambda: QApplication.activeModalWidget() is None and QApplication.focusWidget() is not None
    )
    ctrl(qtbot, Qt.Key.Key_G)
    picker = modal(qtbot, CardSaleDialog)
    assert isinstance(picker, CardSaleDialog)
    return picker


def card(counter: Counter, code: str) -> Card:
    with counter.session_factory() as session:
        row = session.scalars(select(Card).where(Card.code == code)).one()
        session.expunge(row)
        return row


def print_jobs(counter: Counter) -> list[tuple[str, str | None]]:
    with counter.session_factory() as session:
        return [(j.kind, j.subject_id) for j in session.scalars(select(PrintJob))]


def assert_checks(counter: Counter) -> None:
    with counter.session_factory() as session:
        assert run_checks(session) == []


# --- gift packages and passes --------------------------------------------------------------


def test_a_gift_package_is_sold_through_the_window_and_its_card_printed(
    qtbot: QtBot, page: SalesPage, cashier_counter: Counter
) -> None:
    counter = cashier_counter
    assert "Ctrl+G" in page.cards_button.text()
    picker = open_picker(qtbot)
    assert QApplication.focusWidget() is picker.code_edit  # a scanner can type at once
    listed = [picker.type_list.item(i).text() for i in range(picker.type_list.count())]
    assert listed[0].startswith("Carte 10 bains, 60,00")
    assert "10 passages — Bain libre, Patin libre" in listed[0]
    assert "Illimité — Patin libre" in listed[1] and "Exclusif" in listed[1]
    assert "Familial" in listed[2]
    press(qtbot, Qt.Key.Key_Return)  # the first type, « Carte 10 bains »
    qtbot.waitUntil(lambda: not picker.isVisible())

    [line] = page.cart.lines
    assert line.kind == "card" and line.quantity == 1 and line.unit_price == 6000
    assert line.card_code is not None
    shown = page.cart_table.item(0, 0)
    assert shown is not None
    assert shown.text() == f"Carte 10 bains — code {codes.display(line.card_code)}"
    assert page.message.text().startswith("Ajouté au panier\u00a0: Carte 10 bains")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)

    pay_exact_cash(qtbot, page)
    sold = card(counter, line.card_code)
    assert sold.status == CardStatus.ACTIVE.value
    assert sold.terms["uses"] == 10 and sold.activated_at is not None
    jobs = print_jobs(counter)
    assert ("card", sold.id) in jobs
    assert any(kind == "receipt" for kind, _ in jobs)
    assert_checks(counter)


def test_a_scanned_shop_card_is_activated_by_its_sale(
    qtbot: QtBot, page: SalesPage, cashier_counter: Counter
) -> None:
    counter = cashier_counter
    with counter.session_factory() as session:
        code = session.scalars(
            select(Card.code).where(Card.status == CardStatus.INACTIVE.value).limit(1)
        ).one()
    picker = open_picker(qtbot)
    press(qtbot, codes.display(code).lower(), Qt.Key.Key_Return)  # the scanner ends with Entrée
    qtbot.waitUntil(lambda: not picker.isVisible())
    [line] = page.cart.lines
    assert line.card_code == code and line.description == "Carte 10 bains"

    picker = open_picker(qtbot)  # the same card twice: refused in words
    press(qtbot, code, Qt.Key.Key_Return)
    assert picker.message.text() == words("card_already_in_cart", text=code)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not picker.isVisible())
    assert len(page.cart.lines) == 1

    pay_exact_cash(qtbot, page)
    sold = card(counter, code)
    assert sold.status == CardStatus.ACTIVE.value and sold.batch is not None
    assert ("card", sold.id) in print_jobs(counter)

    picker = open_picker(qtbot)  # sold: it cannot be sold again
    press(qtbot, code, Qt.Key.Key_Return)
    assert picker.message.text() == words("card_already_active", text=code)
    assert page.cart.is_empty()
    assert_checks(counter)


def test_a_family_pass_needs_a_customer_account_chosen_with_f7(
    qtbot: QtBot, page: SalesPage, cashier_counter: Counter
) -> None:
    counter = cashier_counter
    picker = open_picker(qtbot)
    press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Down)
    assert picker.current_type is not None and picker.current_type.family
    assert "Choisissez le client (F7)" in picker.family_label.text()
    press(qtbot, Qt.Key.Key_Return)
    assert picker.message.text() == words("family_pass_needs_account")
    assert picker.isVisible() and page.cart.is_empty()

    press(qtbot, Qt.Key.Key_F7)  # the customer search, over the picker
    search = modal(qtbot, CustomerDialog)
    press(qtbot, "Tremblay")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not search.isVisible())
    modal(qtbot, CardSaleDialog)
    family = counter.find_customers("Famille Tremblay")[0]
    assert page.cart.customer_id == family.id
    assert picker.customer_button.text() == "Client\u00a0: Famille Tremblay (F7)"
    assert "Julie Tremblay" in picker.family_label.text()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.isVisible())
    [line] = page.cart.lines
    assert line.description == "Laissez-passer familial 20 passages"
    assert page.customer_button.text() == "Client\u00a0: Famille Tremblay (F7)"

    pay_exact_cash(qtbot, page)
    assert line.card_code is not None
    sold = card(counter, line.card_code)
    assert sold.status == CardStatus.ACTIVE.value
    assert sold.customer_id == family.id and sold.terms["family"] is True
    assert_checks(counter)


def test_an_individual_pass_names_a_member_of_the_account(
    qtbot: QtBot, page: SalesPage, cashier_counter: Counter
) -> None:
    counter = cashier_counter
    family = counter.find_customers("Famille Tremblay")[0]
    page.set_customer(family)
    lea = next(m for m in counter.cards.members(family.id) if m.name == "Léa Tremblay")
    picker = open_picker(qtbot)
    press(qtbot, Qt.Key.Key_Down)  # « Passe saison patin »
    assert picker.member_combo.isVisibleTo(picker)
    names = [picker.member_combo.itemText(i) for i in range(picker.member_combo.count())]
    assert names[1:] == ["Julie Tremblay", "Marc Tremblay", "Léa Tremblay", "Noah Tremblay"]
    picker.select_member(lea.id)
    assert not picker.holder_edit.isEnabled()  # a member, or a typed name
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.isVisible())
    [line] = page.cart.lines
    assert line.card_member_id == lea.id
    shown = page.cart_table.item(0, 0)
    assert shown is not None and shown.text().endswith(" — Léa Tremblay")

    pay_exact_cash(qtbot, page)
    assert line.card_code is not None
    sold = card(counter, line.card_code)
    assert sold.member_id == lea.id and sold.holder_name == "Léa Tremblay"
    assert_checks(counter)


def test_a_card_line_keeps_its_quantity_and_can_be_removed(qtbot: QtBot, page: SalesPage) -> None:
    press(qtbot, "3")
    ctrl(qtbot, Qt.Key.Key_G)  # three cards at once: each has its own code
    assert page.message.text() == words("card_quantity_one")
    assert QApplication.activeModalWidget() is None

    picker = open_picker(qtbot)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)
    press(qtbot, "2", "*")  # the typed quantity for the (last) line
    assert page.message.text() == words("card_quantity_one")
    assert page.cart.lines[0].quantity == 1
    qtbot.keyClick(page, Qt.Key.Key_Delete)
    assert page.cart.is_empty() and page.cart_table.rowCount() == 0


# --- places à la carte -----------------------------------------------------------------------


def test_places_a_la_carte_are_sold_apart_from_session_places(
    qtbot: QtBot, page: SalesPage, cashier_counter: Counter
) -> None:
    counter = cashier_counter
    swim = show_at(counter, "Bain libre", 18)
    page.select_occurrence(swim.id)
    button = page.alacarte_button
    assert button is not None and button.isEnabled()
    assert button.text().replace("\u00a0", " ") == "Ctrl+A  À la carte — 6,50 $"
    assert len(page.category_buttons) == 4  # F1–F4 stay the ticket categories
    assert button.toolTip() == "Places à la carte restantes\u00a0: 20"

    press(qtbot, "2")
    ctrl(qtbot, Qt.Key.Key_A)
    [line] = page.cart.lines
    assert (line.kind, line.quantity, line.unit_price) == ("alacarte", 2, 650)
    shown = page.cart_table.item(0, 0)
    assert shown is not None and shown.text().startswith("À la carte · Bain libre")
    assert button.toolTip() == "Places à la carte restantes\u00a0: 18"
    press(qtbot, "3", "*")  # the line takes the typed quantity
    assert page.cart.lines[0].quantity == 3
    press(qtbot, "2", "*")
    assert page.cart.lines[0].quantity == 2
    press(qtbot, "2", "5", "*")  # more than the places à la carte left: refused in words
    assert page.message.text() == words("capacity_exceeded", remaining=20, requested=25)
    assert page.cart.lines[0].quantity == 2

    pay_exact_cash(qtbot, page)
    after = counter.occurrence(swim.id)
    assert after.alacarte_taken == 2
    assert after.sold == swim.sold  # session places unchanged
    assert after.remaining == swim.remaining
    assert_checks(counter)


def test_pass_holders_only_is_said_and_the_button_stays_disabled(
    qtbot: QtBot, page: SalesPage, cashier_counter: Counter
) -> None:
    skating = show_at(cashier_counter, "Patin libre", 15)
    page.select_occurrence(skating.id)
    button = page.alacarte_button
    assert button is not None and not button.isEnabled()
    assert button.text() == (
        "À la carte\u00a0: détenteurs de laissez-passer\n"
        "Scannez leur carte\u00a0: Laissez-passer (Ctrl+L)"
    )
    assert "fenêtre Laissez-passer (Ctrl+L)" in button.toolTip()
    ctrl(qtbot, Qt.Key.Key_A)
    assert page.message.text() == words("alacarte_pass_only")
    assert page.cart.is_empty()

    theatre = show_at(cashier_counter, "Belles-sœurs", 14)
    page.select_occurrence(theatre.id)  # no places à la carte: no button
    assert page.alacarte_button is None


# --- members of customer accounts --------------------------------------------------------------


def test_a_member_is_added_to_an_account_in_the_customer_dialog(
    qtbot: QtBot, page: SalesPage, cashier_counter: Counter
) -> None:
    counter = cashier_counter
    press(qtbot, Qt.Key.Key_F7)
    dialog = modal(qtbot, CustomerDialog)
    assert isinstance(dialog, CustomerDialog)
    press(qtbot, "Léa")  # found by a member's name too
    assert dialog.current is not None and dialog.current.name == "Famille Tremblay"
    assert [m.name for m in dialog.members] == [
        "Julie Tremblay",
        "Marc Tremblay",
        "Léa Tremblay",
        "Noah Tremblay",
    ]
    press(qtbot, Qt.Key.Key_F4)
    assert QApplication.focusWidget() is dialog.member_name_edit
    press(qtbot, "Éloïse Tremblay")
    dialog.member_birth_edit.setText("2020-02-29")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.message.text() == (
        "Membre ajouté à «\u00a0Famille Tremblay\u00a0»\u00a0: Éloïse Tremblay"
    )
    family = counter.find_customers("Famille Tremblay")[0]
    added = [m for m in counter.cards.members(family.id) if m.name == "Éloïse Tremblay"]
    assert len(added) == 1 and added[0].birth_date == date(2020, 2, 29)
    assert "Éloïse Tremblay" in dialog.members_list.item(4).text()

    dialog.member_name_edit.setText("Bébé")  # a birth date in the future is refused
    dialog.member_birth_edit.setText("2030-01-01")
    dialog.add_member()
    assert dialog.message.text() == words("birth_date_invalid", text="2030-01-01")
    assert len(counter.cards.members(family.id)) == 5

    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.search_edit)
    press(qtbot, Qt.Key.Key_Return)  # Entrée picks the account
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.cart.customer_id == family.id


def test_a_new_customer_is_created_with_its_members(
    qtbot: QtBot, page: SalesPage, cashier_counter: Counter
) -> None:
    counter = cashier_counter
    press(qtbot, Qt.Key.Key_F7)
    dialog = modal(qtbot, CustomerDialog)
    assert isinstance(dialog, CustomerDialog)
    press(qtbot, "Famille Roy", Qt.Key.Key_F2)
    assert dialog.name_edit.text() == "Famille Roy"
    dialog.new_member_name_edit.setText("Zoé Roy")
    dialog.new_member_birth_edit.setText("21/06/2015")
    dialog.add_new_member()
    assert dialog.new_members == [("Zoé Roy", date(2015, 6, 21))]
    dialog.new_member_birth_edit.setText("pas une date")
    dialog.new_member_name_edit.setText("Max Roy")
    dialog.add_new_member()
    assert dialog.message.text() == words("birth_date_invalid", text="pas une date")
    dialog.new_member_birth_edit.clear()  # typed, not listed: it goes with the account
    dialog.create_customer()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    customer = counter.customer_of(page.cart)
    assert customer is not None and customer.name == "Famille Roy"
    members = counter.cards.members(customer.id)
    assert [(m.name, m.birth_date) for m in members] == [
        ("Zoé Roy", date(2015, 6, 21)),
        ("Max Roy", None),
    ]
    assert counter.find_customers("Zoé")[0].id == customer.id


# --- the à-la-carte settings of a show -----------------------------------------------------------


def test_a_supervisor_sets_a_show_a_la_carte_and_converts_session_places(
    qtbot: QtBot, boss: Counter
) -> None:
    theatre = show_at(boss, "Belles-sœurs", 14)
    dialog = AlacarteDialog(boss, theatre.id)
    qtbot.addWidget(dialog)
    assert dialog.readonly_label.isHidden() and dialog.save_button.isEnabled()
    dialog.places_spin.setValue(10)
    dialog.price_edit.setText("12,50")
    dialog.price_radio.setChecked(True)
    dialog.opens_row.set_value(48 * 60)  # two days before
    assert dialog.opens_row.days.text() == "soit 2 jours"
    dialog.closes_row.set_value(-30)  # until 30 minutes after the start
    assert dialog.closes_row.hours.value() == 0 and dialog.closes_row.minutes.value() == 30
    dialog.cancel_row.set_value(None)  # never
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = boss.cards.alacarte(theatre.id).settings
    assert saved == AlacarteSettings(
        places=10,
        price=1250,
        pass_only=False,
        opens_minutes=48 * 60,
        closes_minutes=-30,
        cancel_minutes=None,
    )

    swim = show_at(boss, "Bain libre", 18)
    dialog = AlacarteDialog(boss, swim.id)
    qtbot.addWidget(dialog)
    before = boss.cards.alacarte(swim.id)
    assert dialog.convert_spin.maximum() == before.session_available == 60
    assert "capacité 60" in dialog.session_label.text()
    dialog.convert_spin.setValue(5)
    dialog.convert_button.click()
    after = boss.cards.alacarte(swim.id)
    assert after.session_capacity == before.session_capacity - 5
    assert after.settings.places == before.settings.places + 5 == 25
    assert dialog.places_spin.value() == 25
    assert "5 places de session converties" in dialog.message.text()
    assert dialog.convert_spin.maximum() == 55
    dialog.pass_radio.setChecked(True)  # pass holders only from now on
    dialog.save()
    assert boss.cards.alacarte(swim.id).settings.pass_only is True
    assert boss.occurrence(swim.id).capacity == 55
    with boss.session_factory() as session:
        assert run_checks(session) == []


def test_the_sales_window_opens_the_settings_for_supervisors_only(
    qtbot: QtBot, boss: Counter, cashier_counter: Counter
) -> None:
    cashier_page = open_page(qtbot, cashier_counter)
    assert cashier_page.alacarte_settings_button.isHidden()

    page = open_page(qtbot, boss)
    assert not page.alacarte_settings_button.isHidden()
    swim = show_at(boss, "Bain libre", 18)
    page.select_occurrence(swim.id)
    page.alacarte_settings_button.click()
    dialog = modal(qtbot, AlacarteDialog)
    assert isinstance(dialog, AlacarteDialog) and dialog.occurrence_id == swim.id
    dialog.price_edit.setText("7")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    button = page.alacarte_button
    assert button is not None
    assert button.text().replace("\u00a0", " ") == "Ctrl+A  À la carte — 7,00 $"
    assert page.message.text() == "Places à la carte enregistrées."


def test_the_settings_are_read_only_for_a_cashier(qtbot: QtBot, cashier_counter: Counter) -> None:
    swim = show_at(cashier_counter, "Bain libre", 18)
    dialog = AlacarteDialog(cashier_counter, swim.id)
    qtbot.addWidget(dialog)
    assert not dialog.readonly_label.isHidden()
    for widget in (
        dialog.places_spin,
        dialog.price_edit,
        dialog.pass_radio,
        dialog.opens_row,
        dialog.convert_spin,
        dialog.convert_button,
        dialog.save_button,
    ):
        assert not widget.isEnabled()
    dialog.save()  # even called directly: refused in words, nothing saved
    assert dialog.message.text() == words("forbidden")
    with pytest.raises(DomainError) as refused:
        cashier_counter.cards.convert_places(swim.id, 5)
    assert refused.value.code == "forbidden"
    assert cashier_counter.cards.alacarte(swim.id).settings.places == 20
