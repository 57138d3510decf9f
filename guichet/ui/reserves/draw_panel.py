"""The reserves window's right panel: who the tickets are for, how many, free or at the
reserve's tariff (cash or card), the message line and « Tirer les billets (Entrée / F12) », which
draws them from the chosen reserve through the reserves service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guichet.domain import codes
from guichet.domain.errors import DomainError
from guichet.domain.overrides import Override
from guichet.domain.payments import PaymentSession
from guichet.domain.reserves import Participant
from guichet.i18n.formatting import money
from guichet.services.counter import Counter
from guichet.services.views import OccurrenceView
from guichet.ui.approval import OverrideDialog, ask_override
from guichet.ui.limits import limit
from guichet.ui.messages import message_for
from guichet.ui.reserves.common import MAX_TYPED_QUANTITY, MessageLine, button
from guichet.ui.theme import COLORS
from guichet.ui.theme import sized_font as _font


class DrawPanel(QFrame):
    """``show_choice(...)`` says which reserve line tickets are drawn from, and why not when
    they cannot be; the button or Entrée in the panel draws, then ``drawn`` says so."""

    drawn = Signal(object)  # DrawRecorded: the tickets were drawn (and queued for the printer)

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self._occurrence: OccurrenceView | None = None
        self._line: Any = None  # the chosen reserve's line of the board
        self.override_dialog: OverrideDialog | None = None  # a supervisor's, for an ended date
        self.setObjectName("drawPanel")
        self.setStyleSheet(
            "QFrame#drawPanel { background: white; border: 1px solid "
            f"{COLORS['border']}; border-radius: 8px; }}"
            "QFrame#drawPanel QLabel { background: transparent; }"
        )
        # Wide enough for « Tirer les billets (Entrée / F12) » on one line, in 16 pt bold; the
        # button's own padding is narrow so the reserves keep their room at 1366 pixels.
        self.setMaximumWidth(400)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(6)
        title = QLabel(self.tr("Tirer des billets"))
        title.setFont(_font(self.font(), 19, True))
        layout.addWidget(title)
        self.draw_reserve_label = QLabel()
        self.draw_reserve_label.setObjectName("drawReserve")
        self.draw_reserve_label.setWordWrap(True)
        self.draw_reserve_label.setFont(_font(self.font(), 16, True))
        layout.addWidget(self.draw_reserve_label)
        layout.addLayout(self._build_participant())
        layout.addLayout(self._build_price())
        layout.addWidget(self._build_payment())
        layout.addStretch(1)
        self.access_label = QLabel()
        self.access_label.setObjectName("accessLabel")
        self.access_label.setWordWrap(True)
        self.access_label.setProperty("role", "muted")
        layout.addWidget(self.access_label)
        # The message line (refusals in red, confirmations in green) sits here, just above
        # "Tirer les billets", where the cashier looks.
        self.message = MessageLine()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setFont(_font(self.font(), 16, True))
        layout.addWidget(self.message)
        self.draw_button = button(
            self.tr("Tirer les billets (Entrée / F12)"), self.draw, "primary",
            compact=False,
        )
        self.draw_button.setMinimumHeight(64)
        self.draw_button.setStyleSheet("padding: 6px 8px;")
        self.draw_button.setFont(_font(self.font(), 16, True))
        layout.addWidget(self.draw_button)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            draw = QShortcut(QKeySequence(key), self)
            draw.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            draw.activated.connect(lambda: self.draw())

    def _build_participant(self) -> QFormLayout:
        form = QFormLayout()
        form.setSpacing(6)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setRange(0, MAX_TYPED_QUANTITY)
        self.quantity_spin.setValue(1)
        self.quantity_spin.setAccessibleName(self.tr("Nombre de billets"))
        self.quantity_spin.valueChanged.connect(self._update_amount)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("obligatoire"))
        self.name_edit.setAccessibleName(self.tr("Nom du participant"))
        limit(self.name_edit, "DrawFromReserve.participant", 120)
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("facultatif"))
        self.email_edit.setAccessibleName(self.tr("Courriel du participant"))
        limit(self.email_edit, "DrawFromReserve.participant")
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("facultatif"))
        self.phone_edit.setAccessibleName(self.tr("Téléphone du participant"))
        limit(self.phone_edit, "DrawFromReserve.participant", 30)
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Note"))
        limit(self.note_edit, "DrawFromReserve.participant")
        form.addRow(self.tr("Billets"), self.quantity_spin)
        form.addRow(self.tr("Participant"), self.name_edit)
        form.addRow(self.tr("Courriel"), self.email_edit)
        form.addRow(self.tr("Téléphone"), self.phone_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        return form

    def _build_price(self) -> QHBoxLayout:
        price_row = QHBoxLayout()
        self.free_radio = QRadioButton(self.tr("Gratuit"))
        self.charged_radio = QRadioButton(self.tr("Au tarif"))
        self.price_group = QButtonGroup(self)
        self.price_group.addButton(self.free_radio)
        self.price_group.addButton(self.charged_radio)
        self.free_radio.setChecked(True)
        self.free_radio.toggled.connect(self._update_amount)
        price_row.addWidget(self.free_radio)
        price_row.addWidget(self.charged_radio)
        price_row.addStretch(1)
        return price_row

    def _build_payment(self) -> QWidget:
        # "Au tarif": the exact amount, in cash or on the card terminal.
        self.payment_row = QWidget()
        pay = QVBoxLayout(self.payment_row)
        pay.setContentsMargins(0, 0, 0, 0)
        pay.setSpacing(4)
        self.amount_label = QLabel()
        self.amount_label.setObjectName("drawAmount")
        self.amount_label.setFont(_font(self.font(), 17, True))
        pay.addWidget(self.amount_label)
        methods = QHBoxLayout()
        self.cash_radio = QRadioButton(self.tr("Comptant"))
        self.card_radio = QRadioButton(self.tr("Carte"))
        self.method_group = QButtonGroup(self)
        self.method_group.addButton(self.cash_radio)
        self.method_group.addButton(self.card_radio)
        self.cash_radio.setChecked(True)
        self.card_radio.toggled.connect(self._update_amount)
        self.card_reference_edit = QLineEdit()
        self.card_reference_edit.setPlaceholderText(self.tr("No d'autorisation"))
        self.card_reference_edit.setAccessibleName(
            self.tr("Numéro d'autorisation du terminal de paiement")
        )
        limit(self.card_reference_edit, "SalePayment.reference", 40)
        methods.addWidget(self.cash_radio)
        methods.addWidget(self.card_radio)
        methods.addStretch(1)
        pay.addLayout(methods)
        pay.addWidget(self.card_reference_edit)
        return self.payment_row

    # --- what may be drawn ----------------------------------------------------------------

    def money(self, cents: int) -> str:
        return money(cents, self.counter.lang, self.counter.organisation.currency)

    def show_choice(
        self, occ: OccurrenceView | None, held_back: bool, line: Any, price: int | None
    ) -> None:
        """The chosen show and line (``line`` None: no reserve) and its tariff's list price."""
        self._occurrence, self._line = occ, line
        reason = ""
        if occ is None:
            self.draw_reserve_label.setText(self.tr("Aucune séance choisie"))
            reason = self.tr("Choisissez une séance à gauche.")
        elif held_back:
            self.draw_reserve_label.setText(self.tr("Places retenues (sans réserve)"))
            reason = self.tr(
                "Ces places ne se tirent pas\u00a0: un superviseur les remet en vente générale."
            )
        elif line is None:
            self.draw_reserve_label.setText(self.tr("Aucune réserve choisie"))
            reason = self.tr("Choisissez une réserve dans la liste.")
        else:
            reserve = line.reserve
            self.draw_reserve_label.setText(
                self.tr("{reserve} — %n restante(s)", "", line.remaining).format(
                    reserve=reserve.name
                )
            )
            if reserve.kind != "with_access":
                reason = self.tr(
                    "Réserve sans accès\u00a0: ses places ne se tirent pas au guichet. "
                    "Un superviseur doit d'abord les libérer."
                )
            elif not line.can_use:
                reason = self.tr(
                    "Pas d'accès\u00a0: vous n'êtes pas parmi les usagers de cette réserve."
                )
            elif line.remaining == 0:
                reason = self.tr("Cette réserve n'a plus de places pour cette séance.")
        self.access_label.setText(reason)
        self.draw_button.setEnabled(not reason)
        if price is None:
            self.charged_radio.setText(self.tr("Au tarif"))
        else:
            self.charged_radio.setText(
                self.tr("Au tarif\u00a0: {price}").format(price=self.money(price))
            )
        self._update_amount()

    # --- payment --------------------------------------------------------------------------

    @property
    def charged(self) -> bool:
        return self.charged_radio.isChecked()

    @property
    def by_card(self) -> bool:
        return self.card_radio.isChecked()

    def _update_amount(self) -> None:
        charged = self.charged
        self.payment_row.setVisible(charged)
        self.card_reference_edit.setVisible(self.by_card)
        if not charged:
            return
        occ, line, quantity = self._occurrence, self._line, self.quantity_spin.value()
        if occ is None or line is None or quantity < 1:
            self.amount_label.setText(self.tr("À percevoir\u00a0: —"))
            return
        try:
            session: PaymentSession = self.desk.draw_payment(occ.id, line.reserve.id, quantity)
        except DomainError:
            self.amount_label.setText(self.tr("À percevoir\u00a0: —"))
            return
        due = session.balance if self.by_card else session.cash_due
        self.amount_label.setText(
            self.tr("À percevoir\u00a0: {amount}").format(amount=self.money(due))
        )

    # --- drawing ------------------------------------------------------------------------

    @property
    def desk(self) -> Any:
        """The reserves service of whoever is logged in now."""
        return self.counter.reserves

    def _refuse(self, error: DomainError) -> None:
        self.message.show_error(message_for(error, self.counter.lang))

    def _participant(self) -> dict[str, str] | None:
        """The participant's fields, checked like the service does (the field gets the focus)."""
        fields = {
            "name": self.name_edit.text().strip(),
            "email": self.email_edit.text().strip(),
            "phone": self.phone_edit.text().strip(),
            "note": self.note_edit.text().strip(),
        }
        try:
            Participant(**fields)
        except DomainError as error:
            self._refuse(error)
            focus = {
                "participant_name_required": self.name_edit,
                "participant_email_invalid": self.email_edit,
                "participant_phone_invalid": self.phone_edit,
            }.get(error.code)
            if focus is not None:
                focus.setFocus()
            return None
        return fields

    def draw(self, override: Override | None = None) -> None:
        """Draw the tickets for the participant (the service enforces access and counts). A
        date that has ended offers « Autorisation d'un superviseur » (PIN and reason), and the
        draw is tried again with the override (Échap there: nothing is drawn or recorded)."""
        if self.override_dialog is not None:
            return
        occ, line = self._occurrence, self._line
        if occ is None:
            self.message.show_error(self.tr("Choisissez d'abord une séance."))
            return
        if line is None:
            self.message.show_error(self.tr("Choisissez une réserve avec accès dans la liste."))
            return
        participant = self._participant()
        if participant is None:
            return
        quantity, charged = self.quantity_spin.value(), self.charged
        try:
            if charged:
                payment = self.desk.draw_payment(occ.id, line.reserve.id, quantity)
                if self.by_card:
                    payment.add_card(payment.balance, self.card_reference_edit.text())
                else:
                    payment.add_cash(payment.cash_due)
                result = self.desk.draw(
                    occ.id, line.reserve.id, quantity, participant, charged=True, payment=payment,
                    override=override,
                )
            else:
                result = self.desk.draw(
                    occ.id, line.reserve.id, quantity, participant, override=override
                )
        except DomainError as error:
            self._refuse(error)
            if error.code == "card_reference_required":
                self.card_reference_edit.setFocus()
            if override is None:  # the window's keyboard focus comes back after the dialog
                self.override_dialog = ask_override(
                    self.window(), self.counter, error, self._override_granted,
                    self._override_closed,
                )
            return
        self._ready_for_next()
        self.message.show_info(self._said(participant["name"], quantity, charged, result))
        self.name_edit.setFocus()
        self.drawn.emit(result)  # the window shows the board again, this draw chosen

    def _said(self, name: str, quantity: int, charged: bool, result: Any) -> str:
        code = codes.display(result.order_code)
        if charged:
            what = self.tr(
                "{name}\u00a0: %n billet(s) payé(s) {amount}, commande {code}.", "", quantity
            ).format(name=name, amount=self.money(int(result.total)), code=code)
        else:
            what = self.tr(
                "{name}\u00a0: %n billet(s) gratuit(s), commande {code}.", "", quantity
            ).format(name=name, code=code)
        if self.counter.printing_enabled:
            printed = self.tr("%n billet(s) envoyé(s) à l'imprimante.", "", quantity)
        else:  # nothing was queued: say so rather than "envoyés"
            printed = self.tr("Billets non imprimés (aucune imprimante).")
        return f"{what}\n{printed}"

    def _override_granted(self, override: Override) -> None:
        self.override_dialog = None
        self.draw(override)

    def _override_closed(self) -> None:
        self.override_dialog = None  # the refusal stays said; drawing again asks again

    def _ready_for_next(self) -> None:
        """After a draw: empty fields, one free ticket, the name to type."""
        for edit in (self.name_edit, self.email_edit, self.phone_edit, self.note_edit):
            edit.clear()
        self.card_reference_edit.clear()
        self.quantity_spin.setValue(1)
        self.free_radio.setChecked(True)
