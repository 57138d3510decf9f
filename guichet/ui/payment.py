"""Taking payment for a cart: cash with change, card on the external terminal, other, split.

The dialog owns a :class:`PaymentSession`; once the balance is settled it commits the sale
itself (``counter.sell``). If the commit is refused (places sold meanwhile...), the message is
shown, the payments stay in the list and the cashier can retry, undo a payment or cancel.

A free order (total 0,00 $) takes no payment: the dialog says so and Entrée records it.

Before any money is taken — the card terminal step (F3), the first cash or other payment, a
free order's Entrée — the cart is priced again with the promotions as they stand
(``counter.confirm_quote``): a total other than the one told, or a code that no longer
applies, is said in words and nothing is taken (docs/PROMOTIONS.md, "Quoted prices").
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.cart import Cart
from guichet.domain.errors import DomainError
from guichet.domain.money import Cents
from guichet.domain.overrides import Override
from guichet.domain.payments import PaymentMethod, PaymentSession, Tender
from guichet.i18n.formatting import money, money_plain, parse_money
from guichet.services.counter import Counter
from guichet.services.handlers import SaleRecorded
from guichet.ui.approval import OverrideDialog, ask_override
from guichet.ui.limits import limit
from guichet.ui.messages import message_for, message_for_code
from guichet.ui.theme import COLORS
from guichet.ui.theme import set_role as _set_role
from guichet.ui.theme import sized_font as _font

CASH, CARD, OTHER = 0, 1, 2
QUICK_CASH: tuple[Cents, ...] = (2000, 5000, 10000)
CHANGE_POINT_SIZE = 26  # the money to hand back is read from across the counter


def change_label(base: QFont) -> QLabel:
    """The large green line of money to hand back: a sale's change here, a refund's cash in
    the refund dialog (one look, so a cashier never misreads the smaller one)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setFont(_font(base, CHANGE_POINT_SIZE, True))
    label.setMinimumHeight(90)
    label.setStyleSheet(f"color: {COLORS['ok']};")
    return label


class PaymentDialog(QDialog):
    """``exec()``/``open()`` it; when Accepted, :attr:`result_sale` holds the recorded sale."""

    def __init__(self, counter: Counter, cart: Cart, parent: QWidget | None = None) -> None:
        session = counter.payment_session(cart)  # refuses an empty cart before any window
        super().__init__(parent)
        self.counter = counter
        self.cart = cart
        self.session: PaymentSession = session
        self.result_sale: SaleRecorded | None = None
        self._priced = counter.price(cart)
        self._cancel_confirmed = False
        self._confirm_box: QMessageBox | None = None
        self.override_dialog: OverrideDialog | None = None

        self.setWindowTitle(self.tr("Paiement"))
        self.setModal(True)
        self._build()
        self._install_shortcuts()
        self.show_method(CASH)
        self._update()
        if session.is_free:
            self._show_free()
        self.resize(self.sizeHint())

    # --- layout -------------------------------------------------------------------------

    def _m(self, cents: Cents) -> str:
        return money(cents, self.counter.lang, self.counter.organisation.currency)

    def _button(self, text: str, slot: object, role: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)  # Enter belongs to the amount fields
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if role:
            button.setProperty("role", role)
        button.clicked.connect(slot)
        return button

    def _amount_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setFont(_font(self.font(), 24, True))
        field.setMinimumHeight(58)
        field.setAlignment(Qt.AlignmentFlag.AlignRight)
        field.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        return field

    def _build(self) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(16, 14, 16, 14)
        root.setSpacing(18)
        root.addLayout(self._build_summary(), 40)
        root.addLayout(self._build_methods(), 60)

    def _build_summary(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        grid = QGridLayout()
        grid.setVerticalSpacing(4)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

        tickets = self._priced.ticket_count
        # A real plural (« 1 billet », « 3 billets »): French and English forms by Qt's %n.
        self.tickets_label = QLabel(self.tr("%n billet(s)", "", tickets))
        self.tickets_label.setProperty("role", "muted")
        column.addWidget(self.tickets_label)

        total_name = QLabel(self.tr("Total"))
        total_name.setFont(_font(self.font(), 20, True))
        self.total_label = QLabel(self._m(self.session.total))
        self.total_label.setFont(_font(self.font(), 20, True))
        self.total_label.setAlignment(right)
        self.paid_label = QLabel()
        self.paid_label.setAlignment(right)
        balance_name = QLabel(self.tr("Solde dû"))
        balance_name.setProperty("role", "total")
        self.balance_label = QLabel()
        self.balance_label.setProperty("role", "total")
        self.balance_label.setAlignment(right)
        grid.addWidget(total_name, 0, 0)
        grid.addWidget(self.total_label, 0, 1)
        grid.addWidget(QLabel(self.tr("Payé")), 1, 0)
        grid.addWidget(self.paid_label, 1, 1)
        grid.addWidget(balance_name, 2, 0)
        grid.addWidget(self.balance_label, 2, 1)
        column.addLayout(grid)
        self.cash_due_label = QLabel()
        self.cash_due_label.setWordWrap(True)
        self.cash_due_label.setProperty("role", "warn")
        column.addWidget(self.cash_due_label)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        column.addWidget(line)
        column.addWidget(QLabel(self.tr("Paiements reçus")))
        self.payments_list = QListWidget()
        self.payments_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.payments_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.payments_list.setWordWrap(True)
        column.addWidget(self.payments_list, 1)
        self.undo_button = self._button(
            self.tr("Annuler le dernier paiement (F6)"), self.remove_last_payment
        )
        column.addWidget(self.undo_button)
        return column

    def _build_methods(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        tabs = QHBoxLayout()
        self.method_group = QButtonGroup(self)
        self.method_group.setExclusive(True)
        self.method_buttons: list[QPushButton] = []
        for method, text in (
            (CASH, self.tr("Espèces (F2)")),
            (CARD, self.tr("Carte (F3)")),
            (OTHER, self.tr("Autre (F4)")),
        ):
            button = self._button(text, lambda _=False, m=method: self.show_method(m))
            button.setCheckable(True)
            button.setStyleSheet(
                f"QPushButton:checked {{ background: {COLORS['primary']}; color: white; "
                "font-weight: bold; border: none; }"
            )
            self.method_group.addButton(button, method)
            self.method_buttons.append(button)
            tabs.addWidget(button)
        column.addLayout(tabs)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_cash())
        self.stack.addWidget(self._build_card())
        self.stack.addWidget(self._build_other())
        column.addWidget(self.stack, 1)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(30)
        self.message.setProperty("role", "error")
        column.addWidget(self.message)

        bottom = QHBoxLayout()
        self.retry_button = self._button(
            self.tr("Réessayer l'enregistrement (Entrée)"), lambda: self.commit(), "primary"
        )
        self.retry_button.hide()
        self.cancel_button = self._button(self.tr("Annuler (Échap)"), self.reject)
        bottom.addWidget(self.retry_button)
        bottom.addStretch(1)
        bottom.addWidget(self.cancel_button)
        column.addLayout(bottom)
        return column

    def _build_cash(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(QLabel(self.tr("Montant reçu du client")))
        self.tendered_edit = self._amount_field()
        limit(self.tendered_edit, "amount")
        self.tendered_edit.setAccessibleName(self.tr("Montant reçu"))
        self.tendered_edit.returnPressed.connect(self.take_cash_from_field)
        self.tendered_edit.textChanged.connect(self._update_change_preview)
        layout.addWidget(self.tendered_edit)
        quick = QHBoxLayout()
        self.exact_button = self._button(self.tr("Montant exact"), self.take_exact_cash)
        quick.addWidget(self.exact_button)
        self.quick_buttons: list[QPushButton] = []
        for cents, text in zip(
            QUICK_CASH, (self.tr("20 $"), self.tr("50 $"), self.tr("100 $")), strict=True
        ):
            button = self._button(text, lambda _=False, c=cents: self.take_cash(c))
            button.setFont(_font(self.font(), 18, True))
            quick.addWidget(button)
            self.quick_buttons.append(button)
        layout.addLayout(quick)
        self.change_label = change_label(self.font())
        layout.addWidget(self.change_label)
        layout.addStretch(1)
        self.cash_button = self._button(
            self.tr("Encaisser (Entrée)"), self.take_cash_from_field, "primary"
        )
        layout.addWidget(self.cash_button)
        return page

    def _build_card(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        note = QLabel(
            self.tr(
                "Faites payer sur le terminal de paiement, puis entrez le numéro "
                "d'autorisation imprimé sur son reçu."
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        layout.addWidget(note)
        form = QFormLayout()
        self.card_amount_edit = self._amount_field()
        limit(self.card_amount_edit, "amount")
        self.card_reference_edit = QLineEdit()
        self.card_reference_edit.setMinimumHeight(52)
        self.card_reference_edit.setFont(_font(self.font(), 20))
        limit(self.card_reference_edit, "SalePayment.reference", 40)
        form.addRow(self.tr("Montant"), self.card_amount_edit)
        form.addRow(self.tr("N° d'autorisation"), self.card_reference_edit)
        layout.addLayout(form)
        self.card_amount_edit.returnPressed.connect(self._card_amount_entered)
        self.card_reference_edit.returnPressed.connect(self.take_card)
        layout.addStretch(1)
        self.card_button = self._button(
            self.tr("Enregistrer le paiement par carte (Entrée)"), self.take_card, "primary"
        )
        layout.addWidget(self.card_button)
        return page

    def _build_other(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        note = QLabel(self.tr("Chèque, bon cadeau, facture… La référence est facultative."))
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        layout.addWidget(note)
        form = QFormLayout()
        self.other_amount_edit = self._amount_field()
        limit(self.other_amount_edit, "amount")
        self.other_reference_edit = QLineEdit()
        self.other_reference_edit.setMinimumHeight(52)
        self.other_reference_edit.setFont(_font(self.font(), 20))
        limit(self.other_reference_edit, "SalePayment.reference", 40)
        form.addRow(self.tr("Montant"), self.other_amount_edit)
        form.addRow(self.tr("Référence (facultatif)"), self.other_reference_edit)
        layout.addLayout(form)
        self.other_amount_edit.returnPressed.connect(self.take_other)
        self.other_reference_edit.returnPressed.connect(self.take_other)
        layout.addStretch(1)
        self.other_button = self._button(
            self.tr("Enregistrer le paiement (Entrée)"), self.take_other, "primary"
        )
        layout.addWidget(self.other_button)
        return page

    def _install_shortcuts(self) -> None:
        for key, slot in (
            (Qt.Key.Key_F2, lambda: self.show_method(CASH)),
            (Qt.Key.Key_F3, lambda: self.show_method(CARD)),
            (Qt.Key.Key_F4, lambda: self.show_method(OTHER)),
            (Qt.Key.Key_F6, self.remove_last_payment),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(slot)

    # --- state --------------------------------------------------------------------------

    def _show_free(self) -> None:
        """Nothing to pay: no amount to type, Entrée (or the button) records the order."""
        for button in self.method_buttons:
            button.setEnabled(False)
        self.exact_button.setEnabled(False)
        for button in self.quick_buttons:
            button.setEnabled(False)
        self.tendered_edit.setReadOnly(True)
        self.cash_button.setText(self.tr("Enregistrer sans paiement (Entrée)"))
        self.change_label.setText(self.tr("Gratuit\u00a0: Entrée pour enregistrer."))

    def show_method(self, method: int) -> None:
        """Switch to cash, card or other; the amount field is filled with what is due. The
        card step is entered only once the price told is confirmed (the terminal takes the
        money before the sale is recorded)."""
        if self.session.is_free:
            method = CASH  # nothing to pay by card or otherwise
        if method == CARD and not self._quote_confirmed():
            method = CASH
        self.stack.setCurrentIndex(method)
        self.method_buttons[method].setChecked(True)
        self._prefill()
        field = (self.tendered_edit, self.card_amount_edit, self.other_amount_edit)[method]
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        field.selectAll()

    def _prefill(self) -> None:
        lang = self.counter.lang
        due = max(self.session.balance, 0)
        self.tendered_edit.setText(money_plain(max(self.session.cash_due, 0), lang))
        self.tendered_edit.selectAll()
        self.card_amount_edit.setText(money_plain(due, lang))
        self.card_amount_edit.selectAll()
        self.other_amount_edit.setText(money_plain(due, lang))
        self.other_amount_edit.selectAll()

    def _tender_text(self, tender: Tender) -> str:
        if tender.method is PaymentMethod.CASH:
            if tender.change:
                return self.tr("Espèces\u00a0: {tendered} reçus, monnaie {change}").format(
                    tendered=self._m(tender.tendered), change=self._m(tender.change)
                )
            return self.tr("Espèces\u00a0: {amount}").format(amount=self._m(tender.amount))
        if tender.method is PaymentMethod.CARD:
            return self.tr("Carte\u00a0: {amount} (autorisation {reference})").format(
                amount=self._m(tender.amount), reference=tender.reference
            )
        if tender.reference:
            return self.tr("Autre\u00a0: {amount} (réf. {reference})").format(
                amount=self._m(tender.amount), reference=tender.reference
            )
        return self.tr("Autre\u00a0: {amount}").format(amount=self._m(tender.amount))

    def _update(self) -> None:
        session = self.session
        self.paid_label.setText(self._m(session.paid))
        self.balance_label.setText(self._m(max(session.balance, 0)))
        if session.is_free:
            self.cash_due_label.setText(
                self.tr("Commande gratuite\u00a0: aucun paiement à recevoir.")
            )
        elif session.is_settled:
            self.cash_due_label.clear()
        elif session.cash_due != session.balance:
            self.cash_due_label.setText(
                self.tr("En espèces\u00a0: {amount} (arrondi à {increment} près)").format(
                    amount=self._m(session.cash_due),
                    increment=self._m(self.counter.organisation.cash_increment),
                )
            )
        else:
            self.cash_due_label.setText(
                self.tr("En espèces\u00a0: {amount}").format(amount=self._m(session.cash_due))
            )
        self.payments_list.clear()
        for tender in session.tenders:
            self.payments_list.addItem(self._tender_text(tender))
        if not session.tenders:
            self.payments_list.addItem(self.tr("Aucun paiement pour l'instant."))
        self.undo_button.setEnabled(bool(session.tenders))
        # A free order is recorded by Entrée (the cash button), never "retried".
        self.retry_button.setVisible(
            session.is_settled and not session.is_free and self.result_sale is None
        )
        self._update_change_preview()

    def _update_change_preview(self, _text: str = "") -> None:
        if self.session.is_free:
            return  # the free order's line stays (see _show_free)
        if self.session.is_settled:
            change = sum(t.change for t in self.session.tenders)
            self._show_change(change)
            return
        try:
            tendered = parse_money(self.tendered_edit.text(), self.counter.lang)
        except ValueError:
            self.change_label.clear()
            return
        due = self.session.cash_due
        if tendered >= due:
            self._show_change(tendered - due)
        elif tendered > 0:
            self.change_label.setStyleSheet(f"color: {COLORS['warn']}; font-size: 18pt;")
            self.change_label.setText(
                self.tr("Paiement partiel\u00a0: il restera {balance} à payer.").format(
                    balance=self._m(self.session.balance - tendered)
                )
            )
        else:
            self.change_label.clear()

    def _show_change(self, change: Cents) -> None:
        self.change_label.setStyleSheet(f"color: {COLORS['ok']};")
        if change == 0:
            self.change_label.setText(self.tr("Montant exact\u00a0: pas de monnaie à rendre."))
            return
        self.change_label.setText(
            self.tr("Monnaie à rendre\u00a0: {amount}").format(amount=self._m(change))
        )

    @property
    def change_due(self) -> Cents:
        return sum(t.change for t in self.session.tenders)

    # --- messages -----------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        _set_role(self.message, "error")
        self.message.setText(text)

    def _refuse(self, error: DomainError) -> None:
        self.show_error(message_for(error, self.counter.lang))

    def _quote_confirmed(self) -> bool:
        """Before money is taken: the price told, confirmed now; otherwise why, in words.
        Once a payment is in, the sale is honoured as quoted (nothing to check again)."""
        if self.session.tenders or self.result_sale is not None:
            return True
        try:
            self.counter.confirm_quote(self.cart, self.session.total)
        except DomainError as error:
            lang = self.counter.lang
            text = message_for(error, lang)
            reason = error.params.get("reason")
            if error.code == "quote_changed" and reason:
                details = dict(error.params.get("reason_params", {}))
                why = message_for_code(str(reason), details, lang)
                text = f"{why} {text}"
            self.show_error(text)
            return False
        return True

    def _parse(self, field: QLineEdit) -> Cents | None:
        try:
            return parse_money(field.text(), self.counter.lang)
        except ValueError:
            self.show_error(message_for_code("bad_amount", lang=self.counter.lang))
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.selectAll()
            return None

    # --- taking payments ----------------------------------------------------------------

    def take_cash_from_field(self) -> None:
        if self.session.is_settled and self.result_sale is None and not self.session.is_free:
            self.commit()  # paid but refused: Entrée tries to record it again
            return
        if self.session.is_free:
            if self._quote_confirmed():
                self.commit()  # Entrée records a free order: there is no amount to take
            return
        amount = self._parse(self.tendered_edit)
        if amount is not None:
            self.take_cash(amount)

    def take_exact_cash(self) -> None:
        self.take_cash(self.session.cash_due)

    def take_cash(self, tendered: Cents) -> None:
        """Cash handed over: settles (with change) when it covers the rounded cash due."""
        if not self._quote_confirmed():
            self.tendered_edit.selectAll()
            return
        try:
            self.session.add_cash(tendered)
        except DomainError as error:
            self._refuse(error)
            self.tendered_edit.selectAll()
            return
        self._after_tender()

    def _card_amount_entered(self) -> None:
        if self._parse(self.card_amount_edit) is None:
            return
        if not self.card_reference_edit.text().strip():
            self.card_reference_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.take_card()

    def take_card(self) -> None:
        amount = self._parse(self.card_amount_edit)
        if amount is None:
            return
        try:
            self.session.add_card(amount, self.card_reference_edit.text())
        except DomainError as error:
            self._refuse(error)
            if error.code == "card_reference_required":
                self.card_reference_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.card_reference_edit.clear()
        self._after_tender()

    def take_other(self) -> None:
        amount = self._parse(self.other_amount_edit)
        if amount is None or not self._quote_confirmed():
            return
        try:
            self.session.add_other(amount, self.other_reference_edit.text())
        except DomainError as error:
            self._refuse(error)
            return
        self.other_reference_edit.clear()
        self._after_tender()

    def remove_last_payment(self) -> None:
        if not self.session.tenders or self.result_sale is not None:
            return
        self.session.remove_last()
        self.message.clear()
        self._update()
        self.show_method(self.stack.currentIndex())

    def _after_tender(self) -> None:
        self.message.clear()
        self._update()
        if self.session.is_settled:
            self.commit()
        else:
            self.show_method(CASH)  # the rest is most often paid in cash

    def commit(self, override: Override | None = None) -> None:
        """Record the sale (once fully paid). A refusal keeps the dialog and its payments; a
        date that has ended offers « Autorisation d'un superviseur » (PIN and reason), and the
        sale is recorded again with the override (Échap there: nothing is recorded)."""
        if self.result_sale is not None or not self.session.is_settled:
            return
        if self.override_dialog is not None:
            return
        try:
            self.result_sale = self.counter.sell(self.cart, self.session, override=override)
        except DomainError as error:
            self._refuse(error)
            self._update()
            if override is None:
                self.override_dialog = ask_override(
                    self, self.counter, error, self._override_granted, self._override_closed
                )
            return
        self.accept()

    def _override_granted(self, override: Override) -> None:
        self.override_dialog = None
        self.commit(override)

    def _override_closed(self) -> None:
        self.override_dialog = None  # the refusal stays said; « Réessayer » asks again

    # --- cancelling ---------------------------------------------------------------------

    def reject(self) -> None:
        """Esc: leave at once when nothing was taken; otherwise ask first."""
        if self.result_sale is not None:
            self.accept()
            return
        if not self.session.tenders or self._cancel_confirmed:
            super().reject()
            return
        if self._confirm_box is not None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Annuler le paiement"))
        box.setText(
            self.tr("Des paiements ont déjà été reçus ({paid}). Annuler la vente\u00a0?").format(
                paid=self._m(self.session.paid)
            )
        )
        box.setInformativeText(
            self.tr("Rendez l'argent reçu et annulez la transaction sur le terminal de paiement.")
        )
        yes = box.addButton(self.tr("Annuler la vente"), QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(self.tr("Continuer le paiement"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        self._confirm_box = box

        def done(_result: int) -> None:
            self._confirm_box = None
            box.deleteLater()
            if box.clickedButton() is yes:
                self._cancel_confirmed = True
                super(PaymentDialog, self).reject()

        box.finished.connect(done)
        box.open()

    def sizeHint(self) -> QSize:
        return QSize(1060, 640)
