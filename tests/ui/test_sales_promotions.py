"""Promo codes at the counter (issue 3, parts 2, 5, 6, 9, 10), on the real demo database.

Demo day: Saturday 2026-12-05, noon. The page preselects Bain libre 13 h; one ↓ is
Les Belles-sœurs 14 h (theatre: Adulte 42,00 $). Promotions are made with the real back-office
service, as a supervisor would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from guichet.domain import codes
from guichet.domain.cart import Cart
from guichet.domain.promotions import (
    CustomerRule,
    Promotion,
    Targeting,
    amount_off_cart,
    percent_off,
    switch_price_list,
)
from guichet.models.tables import Order, Payment, Price, PriceList, TicketCategory
from guichet.services.check import run_checks
from guichet.services.counter import Counter
from guichet.services.printqueue import PrintQueue
from guichet.services.promotions import PromotionAdmin
from guichet.ui.customer import CustomerDialog
from guichet.ui.payment import PaymentDialog
from guichet.ui.receipt_view import ReceiptDialog
from guichet.ui.sales import RICH_ROLE, SalesPage
from tests.ui.test_sales import Keyboard, modal, show_at

NBSP = "\u00a0"
THEATRE = ("Les Belles-sœurs", "Le Malade imaginaire")
LEISURE = ("Bain libre", "Patin libre", "Escalade — initiation")


def event_ids(counter: Counter, names: tuple[str, ...]) -> frozenset[str]:
    found = {o.event_id for o in counter.occurrences(counter.today()) if o.event_name in names}
    assert len(found) == len(names)
    return frozenset(found)


def cash(text: str) -> str:
    """Amounts as shown: a no-break space before the dollar sign."""
    return text.replace(" $", NBSP + "$")


@pytest.fixture
def admin(cashier_counter: Counter, supervisor) -> PromotionAdmin:  # type: ignore[no-untyped-def]
    return PromotionAdmin(
        cashier_counter.session_factory,
        cashier_counter.terminal_id,
        lambda: supervisor,
        lang="fr",
        clock=cashier_counter.clock,
    )


@pytest.fixture
def open_page(qtbot: QtBot, cashier_counter: Counter) -> Iterator[Callable[[], SalesPage]]:
    """Opens the sales page (after the test has made its promotions), holding the keyboard."""
    pages: list[SalesPage] = []

    def make() -> SalesPage:
        widget = SalesPage(cashier_counter)
        qtbot.addWidget(widget)
        widget.resize(1366, 768)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)
        pages.append(widget)
        return widget

    yield make
    for page in pages:
        for dialog in page.findChildren(QDialog):
            dialog.done(QDialog.DialogCode.Rejected)


@pytest.fixture
def keyboard(qtbot: QtBot) -> Keyboard:
    return Keyboard(qtbot)


def theatre_discovery(counter: Counter, admin: PromotionAdmin) -> str:
    """20 % on the theatre with the code DECOUVERTE."""
    pid = admin.save(
        Promotion(
            id="",
            name_fr="Mardis découverte",
            effect=percent_off(20),
            targeting=Targeting(event_ids=event_ids(counter, THEATRE)),
        )
    )
    admin.add_custom_code(pid, "DECOUVERTE", None)
    return pid


def type_code(qtbot: QtBot, keyboard: Keyboard, page: SalesPage, text: str) -> None:
    """F6, the code as a keyboard or a scanner types it, Entrée."""
    keyboard.press(Qt.Key.Key_F6)
    assert QApplication.focusWidget() is page.code_edit
    qtbot.keyClicks(page.code_edit, text)
    keyboard.press(Qt.Key.Key_Return)


def unit_cell(page: SalesPage, row: int) -> tuple[str, str | None]:
    item = page.cart_table.item(row, 2)
    assert item is not None
    return item.text(), item.data(RICH_ROLE)


# --- applying a code and seeing the strikethrough (part 10) --------------------------------


def test_code_by_keyboard_strikes_the_regular_price_and_the_sale_keeps_it(
    qtbot: QtBot,
    cashier_counter: Counter,
    admin: PromotionAdmin,
    open_page: Callable[[], SalesPage],
    keyboard: Keyboard,
) -> None:
    counter = cashier_counter
    theatre_discovery(counter, admin)
    page = open_page()
    assert page.code_row.isVisible()

    keyboard.press(Qt.Key.Key_Down)  # Les Belles-sœurs 14 h
    keyboard.press("2")
    keyboard.press(Qt.Key.Key_F1)  # 2 × Adulte, 84,00 $
    assert unit_cell(page, 0) == (cash("42,00 $"), None)
    assert page.total_label.text() == cash("96,58 $")

    type_code(qtbot, keyboard, page, "decouverte")  # case- and dash-insensitive
    assert QApplication.focusWidget() is page  # the page has the keyboard again
    assert page.cart.promo_code == "DECOUVERTE"
    text, html = unit_cell(page, 0)
    assert html is not None
    assert cash("<s>42,00 $</s>") in html and cash("33,60 $") in html
    assert html.index("<s>") < html.index(cash("33,60 $"))  # struck price first, then the new
    assert text == cash("33,60 $ (au lieu de 42,00 $)")
    total_item = page.cart_table.item(0, 3)
    assert total_item is not None and total_item.text() == cash("67,20 $")
    assert page.subtotal_label.text() == cash("67,20 $")
    taxes = [value.text() for _, value in page.tax_labels]
    assert taxes == [cash("3,36 $"), cash("6,70 $")]  # 5 % and 9,975 % of 67,20 $
    assert page.total_label.text() == cash("77,26 $")
    assert page.promotion_row.isVisible()
    assert page.promotion_label.text() == cash(
        "Promotion\u00a0: Mardis découverte (DECOUVERTE) \u2212\u206016,80 $"
    )
    assert page.remove_code_button.isVisible()
    assert page.message.text() == "Code appliqué\u00a0: Mardis découverte"

    # Pay: Entrée, Entrée (exact cash), Entrée (close the receipt).
    keyboard.press(Qt.Key.Key_Return)
    payment = modal(qtbot, PaymentDialog)
    assert isinstance(payment, PaymentDialog)
    assert payment.session.total == 7726
    keyboard.press(Qt.Key.Key_Return)
    receipt = modal(qtbot, ReceiptDialog)
    assert isinstance(receipt, ReceiptDialog)
    line = receipt.document.lines[0]
    assert line.regular_unit_price == cash("42,00 $")
    assert line.unit_price == cash("33,60 $")
    assert "line-through" in receipt.view.toHtml()  # struck through on the receipt too
    keyboard.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not receipt.isVisible())
    assert keyboard.count == 8  # ↓ 2 F1 F6 Entrée Entrée Entrée Entrée (+ the code's letters)

    # Ready for the next customer: no code, no promotion, regular prices.
    assert page.cart.is_empty() and page.cart.promo_code is None
    assert not page.promotion_row.isVisible()
    assert page.code_edit.text() == ""
    rows = admin.list_promotions()
    assert (rows[0].used, rows[0].unit) == (1, "orders")


def test_removing_the_code_and_escape_in_the_field(
    qtbot: QtBot,
    cashier_counter: Counter,
    admin: PromotionAdmin,
    open_page: Callable[[], SalesPage],
    keyboard: Keyboard,
) -> None:
    theatre_discovery(cashier_counter, admin)
    page = open_page()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_F1):
        keyboard.press(key)

    # Échap in the field gives the keyboard back; it neither clears the cart nor pays.
    keyboard.press(Qt.Key.Key_F6)
    qtbot.keyClicks(page.code_edit, "DEC")
    keyboard.press(Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is page
    assert QApplication.activeModalWidget() is None
    assert len(page.cart.lines) == 1 and page.code_edit.text() == ""
    # Digits in the field are the code's, not a quantity.
    keyboard.press(Qt.Key.Key_F6)
    qtbot.keyClicks(page.code_edit, "12")
    assert page.pending_quantity == ""
    keyboard.press(Qt.Key.Key_Escape)

    type_code(qtbot, keyboard, page, "DECOUVERTE")
    assert unit_cell(page, 0)[1] is not None
    page.remove_code_button.click()
    assert page.cart.promo_code is None
    assert unit_cell(page, 0) == (cash("42,00 $"), None)
    assert not page.promotion_row.isVisible()
    assert page.total_label.text() == cash("48,29 $")
    assert page.message.text() == "Code retiré."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)


def test_a_code_that_no_longer_applies_is_taken_off_when_tickets_are_removed(
    qtbot: QtBot,
    cashier_counter: Counter,
    admin: PromotionAdmin,
    open_page: Callable[[], SalesPage],
    keyboard: Keyboard,
) -> None:
    theatre_discovery(cashier_counter, admin)
    page = open_page()
    keyboard.press(Qt.Key.Key_F1)  # Bain libre: not discounted
    keyboard.press(Qt.Key.Key_Down)
    keyboard.press(Qt.Key.Key_F1)  # Les Belles-sœurs: discounted
    type_code(qtbot, keyboard, page, "DECOUVERTE")
    assert unit_cell(page, 0) == (cash("8,50 $"), None)
    assert unit_cell(page, 1)[1] is not None
    keyboard.press(Qt.Key.Key_Delete)  # the theatre ticket goes
    assert page.cart.promo_code is None
    assert page.message.text() == (
        "Code promo retiré\u00a0: Ce code ne s'applique à aucun billet du panier."
    )
    assert not page.promotion_row.isVisible()


def test_price_list_switch_shows_the_new_list_on_the_category_keys(
    qtbot: QtBot,
    cashier_counter: Counter,
    admin: PromotionAdmin,
    open_page: Callable[[], SalesPage],
    keyboard: Keyboard,
) -> None:
    counter = cashier_counter
    with counter.session_factory() as session, session.begin():
        members = PriceList(organisation_id=counter.organisation.id, name="Membres")
        session.add(members)
        session.flush()
        cats = {c.code: c.id for c in session.scalars(select(TicketCategory))}
        session.add_all([
            Price(price_list_id=members.id, category_id=cats["adult"], amount=3000),
            Price(price_list_id=members.id, category_id=cats["child"], amount=1500),
        ])
        members_id = members.id
    pid = admin.save(Promotion(id="", name_fr="Membres", effect=switch_price_list(members_id)))
    admin.add_custom_code(pid, "MEMBRE", None)
    page = open_page()
    keyboard.press(Qt.Key.Key_Down)
    assert len(page.category_buttons) == 4
    keyboard.press(Qt.Key.Key_F1)
    type_code(qtbot, keyboard, page, "membre")

    assert len(page.category_buttons) == 2  # only what the members' list offers
    label = page.category_buttons[0].findChild(QLabel, "categoryPrice")
    assert label is not None
    qtbot.waitUntil(label.isVisible)
    assert cash("<s>42,00 $</s>") in label.text() and cash("30,00 $") in label.text()
    assert page.category_buttons[0].toolTip() == cash("F1  Adulte  30,00 $")
    assert unit_cell(page, 0)[0] == cash("30,00 $ (au lieu de 42,00 $)")
    keyboard.press(Qt.Key.Key_F2)  # Enfant at the members' price
    assert unit_cell(page, 1)[0] == cash("15,00 $ (au lieu de 20,00 $)")
    assert page.subtotal_label.text() == cash("45,00 $")

    page.remove_code_button.click()
    assert [b.text() for b in page.category_buttons][0] == cash("F1  Adulte  42,00 $")
    assert len(page.category_buttons) == 4


def test_a_switch_adds_the_key_of_a_category_the_regular_list_lacks(
    qtbot: QtBot,
    cashier_counter: Counter,
    admin: PromotionAdmin,
    open_page: Callable[[], SalesPage],
    keyboard: Keyboard,
) -> None:
    """« changer les catégories offertes »: the members' list has a « Membre » category."""
    counter = cashier_counter
    org = counter.organisation.id
    with counter.session_factory() as session, session.begin():
        members = PriceList(organisation_id=org, name="Membres")
        member = TicketCategory(
            organisation_id=org, code="member", name_fr="Membre", name_en="Member", position=10
        )
        session.add_all([members, member])
        session.flush()
        adult = session.scalars(select(TicketCategory).where(TicketCategory.code == "adult")).one()
        session.add_all([
            Price(price_list_id=members.id, category_id=adult.id, amount=3000),
            Price(price_list_id=members.id, category_id=member.id, amount=2500),
        ])
        members_id = members.id
    pid = admin.save(Promotion(id="", name_fr="Membres", effect=switch_price_list(members_id)))
    admin.add_custom_code(pid, "MEMBRE", None)
    page = open_page()
    keyboard.press(Qt.Key.Key_Down)  # Les Belles-sœurs: Adulte, Enfant, Aîné, Étudiant
    assert len(page.category_buttons) == 4
    type_code(qtbot, keyboard, page, "membre")

    assert len(page.category_buttons) == 2
    key = page.category_buttons[1]
    assert key.text() == cash("F2  Membre  25,00 $")  # plain text: nothing struck through
    assert key.findChild(QLabel, "categoryPrice") is None
    keyboard.press(Qt.Key.Key_F2)
    assert unit_cell(page, 0) == (cash("25,00 $"), None)
    assert page.subtotal_label.text() == cash("25,00 $")

    page.remove_code_button.click()  # « Membre » has no price without the code: refused
    assert page.message.text() == (
        "Retirez d'abord du panier les billets Membre\u00a0: seul le code promo appliqué les offre."
    )
    assert page.cart.promo_code == "MEMBRE" and len(page.category_buttons) == 2
    keyboard.press(Qt.Key.Key_0)
    keyboard.press(Qt.Key.Key_Asterisk)  # the line out, the code may go
    page.remove_code_button.click()
    assert page.message.text() == "Code retiré."
    assert len(page.category_buttons) == 4


# --- each refusal in words (part 9) --------------------------------------------------------


@pytest.fixture
def refusals(cashier_counter: Counter, admin: PromotionAdmin) -> dict[str, str]:
    """One promotion per refusal (DECOUVERTE may be used once); code -> promotion id."""
    counter = cashier_counter
    theatre = event_ids(counter, THEATRE)
    made = {}
    for code, promotion in {
        "AUTOMNE": Promotion(id="", name_fr="Automne", effect=percent_off(10),
                             expires=date(2026, 12, 1)),
        "NOEL": Promotion(id="", name_fr="Noël", effect=percent_off(10),
                          starts=date(2026, 12, 8)),
        "DUO": Promotion(id="", name_fr="Duo", effect=percent_off(10),
                         max_tickets_per_order=2, targeting=Targeting(event_ids=theatre)),
        "PISCINE": Promotion(id="", name_fr="Piscine", effect=percent_off(10),
                             targeting=Targeting(event_ids=event_ids(counter, LEISURE))),
        "DECOUVERTE": Promotion(id="", name_fr="Mardis découverte", effect=percent_off(20),
                                targeting=Targeting(event_ids=theatre)),
    }.items():
        pid = admin.save(promotion)
        admin.add_custom_code(pid, code, 1 if code == "DECOUVERTE" else None)
        made[code] = pid
    return made


def _malformed() -> str:
    good = codes.new_code()
    wrong = next(ch for ch in codes.ALPHABET if ch != good[3])
    return codes.display(good[:3] + wrong + good[4:])  # one typo: the check symbol fails


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("automne", "Ce code est expiré (dernier jour\u00a0: mardi 1er décembre 2026)."),
        ("noel", "Ce code n'est pas encore en vigueur (à partir du mardi 8 décembre 2026)."),
        ("inconnu", "Code inconnu\u00a0: INCONNU."),
        (None, "Code invalide\u00a0: vérifiez le code."),
        ("duo", "Maximum 2 billets par commande pour ce code."),
        ("piscine", "Ce code ne s'applique à aucun billet du panier."),  # leisure-only code
    ],
)
def test_each_refusal_is_said_in_words(
    qtbot: QtBot,
    refusals: dict[str, str],
    open_page: Callable[[], SalesPage],
    keyboard: Keyboard,
    typed: str | None,
    expected: str,
) -> None:
    page = open_page()
    assert page.code_row.isVisible()
    for key in (Qt.Key.Key_Down, "3", Qt.Key.Key_F1):  # 3 adults, theatre
        keyboard.press(key)
    before = list(page.cart.lines)
    total = page.total_label.text()

    type_code(qtbot, keyboard, page, typed if typed is not None else _malformed())
    assert page.message.text() == expected
    assert page.message.property("role") == "error"
    assert page.cart.promo_code is None and page.cart.lines == before
    assert page.total_label.text() == total and unit_cell(page, 0)[1] is None
    assert not page.promotion_row.isVisible()
    assert QApplication.focusWidget() is page


def test_quota_reached_and_per_order_maximum_when_adding_tickets(
    qtbot: QtBot,
    cashier_counter: Counter,
    refusals: dict[str, str],
    open_page: Callable[[], SalesPage],
    keyboard: Keyboard,
) -> None:
    counter = cashier_counter
    page = open_page()
    for key in (Qt.Key.Key_Down, "2", Qt.Key.Key_F1):
        keyboard.press(key)
    type_code(qtbot, keyboard, page, "duo")
    assert page.cart.promo_code == "DUO"
    lines = list(page.cart.lines)
    keyboard.press(Qt.Key.Key_F1)  # a third ticket: past the per-order maximum
    assert page.message.text() == "Maximum 2 billets par commande pour ce code."
    assert page.cart.lines == lines and page.cart.promo_code == "DUO"
    assert page.cart_table.rowCount() == 1

    # DECOUVERTE may be used once: another counter's cart holds it, so it is refused here.
    other = Cart()
    theatre = show_at(counter, "Belles-sœurs", 14)
    counter.add_to_cart(other, theatre.id, counter.categories(theatre.id)[0].category_id, 1)
    counter.apply_code(other, "DECOUVERTE")
    keyboard.press(Qt.Key.Key_F6)
    page.code_edit.clear()
    qtbot.keyClicks(page.code_edit, "decouverte")
    keyboard.press(Qt.Key.Key_Return)
    assert page.message.text() == "Quota atteint\u00a0: 1 / 1."
    assert page.cart.promo_code == "DUO"  # the code already applied stays


# --- automatic promotion (part 6) ----------------------------------------------------------


def test_automatic_promotion_applies_with_no_code_and_blocks_codes(
    qtbot: QtBot,
    cashier_counter: Counter,
    admin: PromotionAdmin,
    open_page: Callable[[], SalesPage],
    keyboard: Keyboard,
) -> None:
    counter = cashier_counter
    theatre_discovery(counter, admin)
    theatre = Targeting(event_ids=event_ids(counter, THEATRE))
    admin.save(Promotion(id="", name_fr="Samedi en famille", effect=percent_off(10),
                         automatic=True, targeting=theatre))
    page = open_page()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_F1):
        keyboard.press(key)
    assert page.cart.promo_code is None
    assert unit_cell(page, 0)[1] == (
        "<span style='color:#57606a'><s>42,00\u00a0$</s></span><br><b>37,80\u00a0$</b>"
    )
    assert page.promotion_label.text() == cash(
        "Promotion automatique\u00a0: Samedi en famille \u2212\u20604,20 $"
    )
    assert page.promotion_row.isVisible() and not page.remove_code_button.isVisible()
    assert page.subtotal_label.text() == cash("37,80 $")

    type_code(qtbot, keyboard, page, "DECOUVERTE")
    assert page.message.text() == (
        "Une promotion automatique est en vigueur\u00a0: aucun autre code ne peut être utilisé."
    )
    assert unit_cell(page, 0)[1] is not None  # still the automatic one
    # A leisure ticket: the automatic promotion does not apply to it, regular price.
    keyboard.press(Qt.Key.Key_Up)  # Bain libre 13 h
    keyboard.press(Qt.Key.Key_F1)
    assert unit_cell(page, 1) == (cash("8,50 $"), None)


# --- code entry offered only while a code is in force (part 3 / 6) --------------------------


def test_code_field_hidden_when_no_code_is_in_force(
    qtbot: QtBot,
    cashier_counter: Counter,
    admin: PromotionAdmin,
    open_page: Callable[[], SalesPage],
    keyboard: Keyboard,
) -> None:
    page = open_page()
    assert not page.code_row.isVisible()  # the demo has no promotion
    keyboard.press(Qt.Key.Key_F6)
    assert page.message.text() == "Aucun code promo n'est en vigueur."
    assert QApplication.focusWidget() is page

    expired = admin.save(Promotion(id="", name_fr="Automne", effect=percent_off(10),
                                   expires=date(2026, 12, 1)))
    admin.add_custom_code(expired, "AUTOMNE", None)
    admin.save(Promotion(id="", name_fr="Auto", effect=percent_off(5), automatic=True))
    page.refresh()
    assert not page.code_row.isVisible()  # an expired code and an automatic promotion only

    theatre_discovery(cashier_counter, admin)
    page.refresh()
    assert page.code_row.isVisible()
    assert page.code_edit.placeholderText() == "Code promo (F6)"


# --- the customer (part 5 at the counter) ----------------------------------------------------


def test_customer_lookup_by_phone_makes_a_newsletter_code_apply(
    qtbot: QtBot,
    cashier_counter: Counter,
    admin: PromotionAdmin,
    open_page: Callable[[], SalesPage],
    keyboard: Keyboard,
) -> None:
    counter = cashier_counter
    marie = counter.create_customer("Marie Tremblay", email="marie@example.ca",
                                    phone="418 555-0134", newsletter=True)
    counter.create_customer("Paul Roy", phone="418 555-9999")
    pid = admin.save(Promotion(id="", name_fr="Abonnés de l'infolettre", effect=percent_off(15),
                               targeting=Targeting(customers=CustomerRule.NEWSLETTER)))
    admin.add_custom_code(pid, "INFOLETTRE", None)
    page = open_page()
    assert page.customer_button.text() == "Client\u00a0: aucun (F7)"
    for key in (Qt.Key.Key_Down, "2", Qt.Key.Key_F1):
        keyboard.press(key)

    type_code(qtbot, keyboard, page, "infolettre")  # anonymous sale: refused
    assert page.message.text() == "Ce client n'a pas droit à cette promotion."
    assert page.cart.promo_code is None

    keyboard.press(Qt.Key.Key_F7)
    dialog = modal(qtbot, CustomerDialog)
    assert isinstance(dialog, CustomerDialog)
    assert QApplication.focusWidget() is dialog.search_edit
    qtbot.keyClicks(dialog.search_edit, "5550134")  # digits only, as typed
    assert dialog.results.count() == 1
    assert dialog.results.item(0).text().startswith("Marie Tremblay\n418 555-0134")
    keyboard.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.cart.customer_id == marie.id
    assert page.customer_button.text() == "Client\u00a0: Marie Tremblay (F7)"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)

    keyboard.press(Qt.Key.Key_F6)  # the refused text is still there, selected
    assert page.code_edit.selectedText() == "infolettre"
    keyboard.press(Qt.Key.Key_Return)
    assert page.cart.promo_code == "INFOLETTRE"
    assert cash("<s>42,00 $</s>") in (unit_cell(page, 0)[1] or "")
    assert cash("35,70 $") in (unit_cell(page, 0)[1] or "")

    # Back to an anonymous sale: refused while the code needs the subscriber.
    keyboard.press(Qt.Key.Key_F7)
    dialog = modal(qtbot, CustomerDialog)
    keyboard.press(Qt.Key.Key_F3)  # "Aucun client"
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.message.text() == "Ce client n'a pas droit à cette promotion."
    assert page.cart.customer_id == marie.id


def test_customer_created_on_the_spot(
    qtbot: QtBot,
    cashier_counter: Counter,
    open_page: Callable[[], SalesPage],
    keyboard: Keyboard,
) -> None:
    counter = cashier_counter
    page = open_page()
    keyboard.press(Qt.Key.Key_F7)
    dialog = modal(qtbot, CustomerDialog)
    assert isinstance(dialog, CustomerDialog)
    qtbot.keyClicks(dialog.search_edit, "Jeanne Nouvelle")
    assert dialog.results.count() == 0
    keyboard.press(Qt.Key.Key_Return)  # nothing to pick: says so
    assert dialog.message.text() == "Aucun client trouvé. Nouveau client\u00a0: F2."
    keyboard.press(Qt.Key.Key_F2)  # the dialog's F2, not the page's (Enfant)
    assert page.cart.is_empty()
    assert QApplication.focusWidget() is dialog.name_edit
    assert dialog.name_edit.text() == "Jeanne Nouvelle"  # what was typed
    keyboard.press(Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "jeanne@example.ca")
    keyboard.press(Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "819 555-0101")
    dialog.newsletter_check.setChecked(True)
    dialog.phone_edit.setFocus()
    keyboard.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    customer = counter.customer_of(page.cart)
    assert customer is not None
    assert (customer.name, customer.email, customer.phone, customer.newsletter) == (
        "Jeanne Nouvelle", "jeanne@example.ca", "819 555-0101", True)
    assert page.customer_button.text() == "Client\u00a0: Jeanne Nouvelle (F7)"
    assert [c.id for c in counter.find_customers("555-0101")] == [customer.id]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)

    # A name is required.
    keyboard.press(Qt.Key.Key_F7)
    dialog = modal(qtbot, CustomerDialog)
    keyboard.press(Qt.Key.Key_F2)
    keyboard.press(Qt.Key.Key_Return)
    assert dialog.message.text() == "Le nom du client est obligatoire."
    keyboard.press(Qt.Key.Key_Escape)  # back to the search
    assert dialog.isVisible() and QApplication.focusWidget() is dialog.search_edit
    keyboard.press(Qt.Key.Key_Escape)  # out, nothing changed
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.cart.customer_id == customer.id

    # Échap on the page with only a customer: dropped without asking.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)
    keyboard.press(Qt.Key.Key_Escape)
    assert QApplication.activeModalWidget() is None
    assert page.cart.customer_id is None
    assert page.customer_button.text() == "Client\u00a0: aucun (F7)"


# --- free tickets (issue 16, part 8) -------------------------------------------------------


def test_a_100_percent_code_sells_free_tickets_by_keyboard(
    qtbot: QtBot,
    cashier_counter: Counter,
    admin: PromotionAdmin,
    open_page: Callable[[], SalesPage],
    keyboard: Keyboard,
    tmp_path: Path,
) -> None:
    """0,00 $ to pay: Entrée records the order with no payment line, the receipt prints and
    the Z report counts the order and its tickets (0 $ of payments)."""
    counter = cashier_counter
    pid = admin.save(
        Promotion(
            id="",
            name_fr="Invitations",
            effect=percent_off(100),
            targeting=Targeting(event_ids=event_ids(counter, THEATRE)),
        )
    )
    admin.add_custom_code(pid, "INVITE", None)
    page = open_page()
    keyboard.press(Qt.Key.Key_Down)  # Les Belles-sœurs 14 h
    keyboard.press("2")
    keyboard.press(Qt.Key.Key_F1)  # 2 × Adulte at 42,00 $
    type_code(qtbot, keyboard, page, "invite")
    assert unit_cell(page, 0)[0] == cash("0,00 $ (au lieu de 42,00 $)")
    assert page.total_label.text() == cash("0,00 $")

    keyboard.press(Qt.Key.Key_Return)  # the pay key
    payment = modal(qtbot, PaymentDialog)
    assert isinstance(payment, PaymentDialog)
    assert payment.session.total == 0
    assert payment.total_label.text() == cash("0,00 $")
    assert payment.balance_label.text() == cash("0,00 $")
    assert payment.cash_due_label.text() == f"Commande gratuite{NBSP}: aucun paiement à recevoir."
    assert payment.cash_button.text() == "Enregistrer sans paiement (Entrée)"
    assert not payment.retry_button.isVisible()
    assert QApplication.focusWidget() is payment.tendered_edit
    keyboard.press(Qt.Key.Key_F3)  # no card to take: still the one field, Entrée records
    assert QApplication.focusWidget() is payment.tendered_edit
    keyboard.press(Qt.Key.Key_Return)  # record, with no payment line
    receipt = modal(qtbot, ReceiptDialog)
    assert isinstance(receipt, ReceiptDialog)
    doc = receipt.document
    assert [(x.quantity, x.unit_price, x.regular_unit_price, x.total) for x in doc.lines] == [
        (2, cash("0,00 $"), cash("42,00 $"), cash("0,00 $"))
    ]
    assert ("TOTAL", cash("0,00 $")) in [(r.label, r.value) for r in doc.total_rows]
    assert [(r.label, r.value) for r in doc.payment_rows] == [
        ("Aucun paiement (gratuit)", cash("0,00 $"))
    ]
    keyboard.press(Qt.Key.Key_Return)  # Terminer
    qtbot.waitUntil(lambda: not receipt.isVisible())
    assert keyboard.count == 9  # ↓ 2 F1 F6 Entrée Entrée F3 Entrée Entrée (+ the code)
    assert page.cart.is_empty() and page.cart.promo_code is None

    # The order: a receipt number, its lines at 0 $ with the regular price, no payment.
    (sold,) = counter.receipts()
    assert (sold.number, sold.kind, sold.total) == (1, "sale", 0)
    with counter.session_factory() as session:
        order = session.get(Order, sold.order_id)
        assert order is not None
        assert (order.subtotal, order.total, order.cash_rounding) == (0, 0, 0)
        assert order.promotion_id == pid
        assert [(x.quantity, x.unit_price, x.regular_unit_price) for x in order.lines] == [
            (2, 0, 4200)
        ]
        assert session.scalars(select(Payment).where(Payment.order_id == order.id)).all() == []
        assert run_checks(session) == []
    assert admin.list_promotions()[0].used == 1  # the code was used by this order

    # The receipt prints (its job was queued in the sale's transaction).
    printer = tmp_path / "printer.bin"
    queue = PrintQueue(counter.session_factory, counter.terminal_id, f"file:{printer}")
    printed_jobs: list[bytes] = []
    send = queue.print_fn
    queue.print_fn = lambda doc, uri: (send(doc, uri), printed_jobs.append(printer.read_bytes()))
    assert [o.ok for o in queue.process()] == [True, True, True]  # the receipt, two tickets
    printed = printed_jobs[0]
    assert b"Aucun paiement (gratuit)" in printed and b"0,00 $" in printed
    assert all(b"Gratuit" in ticket for ticket in printed_jobs[1:])  # each ticket says so

    # The Z report counts the order and its two tickets, with no payment.
    summary = counter.shift_summary()
    assert (summary.orders, summary.tickets, summary.gross_sales) == (1, 2, 0)
    assert summary.by_method == () and summary.cash_taken == 0
    assert (summary.first_receipt, summary.last_receipt) == (1, 1)
    shift_id = summary.shift.id
    counter.close_shift({10000: 2})  # the 200 $ float, untouched
    zreport = counter.zreport_document(shift_id)
    sales = {r.label: r.value for s in zreport.sections for r in s.rows}
    assert (sales["Commandes"], sales["Billets"]) == ("1", "2")
    assert [o.ok for o in queue.process()] == [True]  # the Z report prints too
    assert b"RAPPORT Z" in printer.read_bytes()


def test_a_cart_amount_above_the_price_makes_a_free_order(
    cashier_counter: Counter, admin: PromotionAdmin
) -> None:
    """A fixed 100 $ off the cart on 84 $ of tickets: nothing due, never less than zero; the
    receipt's line shows its price and the amount taken off prints under the lines, so that
    they add up to the subtotal (issue 16, part 7)."""
    counter = cashier_counter
    pid = admin.save(
        Promotion(
            id="",
            name_fr="Bon de 100 $",
            effect=amount_off_cart(10000),
            targeting=Targeting(event_ids=event_ids(counter, THEATRE)),
        )
    )
    admin.add_custom_code(pid, "BON100", None)
    show = show_at(counter, "Les Belles-sœurs", 14)
    cart = Cart()
    counter.add_to_cart(cart, show.id, counter.categories(show.id)[0].category_id, 2)
    counter.apply_code(cart, "BON100")
    payment = counter.payment_session(cart)
    assert (payment.total, payment.is_free, payment.is_settled) == (0, True, True)
    sale = counter.sell(cart, payment)
    assert (sale.total, sale.change) == (0, 0)
    doc = counter.receipt_document(sale.receipt_id)
    assert [(x.quantity, x.unit_price, x.total) for x in doc.lines] == [
        (2, cash("42,00 $"), cash("84,00 $"))
    ]
    assert [(r.label, r.value) for r in doc.discount_rows] == [
        (f"Rabais{NBSP}: Bon de 100 $", "\u2212" + cash("84,00 $"))
    ]
    assert doc.total_rows[0].value == cash("0,00 $")  # the subtotal
    with counter.session_factory() as session:
        order = session.get(Order, sale.order_id)
        assert order is not None and order.total == 0
        assert [(x.unit_price, x.discount) for x in order.lines] == [(4200, 8400)]
        assert run_checks(session) == []
