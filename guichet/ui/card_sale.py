"""Selling a gift package or a pass at the counter (« Cartes et laissez-passer », Ctrl+G).

The picker lists the card types on sale with their price and what they give
(« 10 passages — Bain libre, Patin libre », « Illimité », « Familial », « Exclusif »). The code
field holds the keyboard, so a pre-printed shop card is simply scanned: its type is found
from its code and the sale activates it. ↑ ↓ move in the list, Entrée adds to the cart.

An individual pass names its holder: a member of the cart's customer account (chosen in the
list) or a typed name. A family pass is sold to a customer account: without one the refusal
is said in words and F7 (here too) looks the customer up or creates it.

After ``open()``: Accepted with :attr:`CardSaleDialog.added` = the cart line added.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.cards import CardKind
from guichet.domain.cart import Cart, CartLine
from guichet.domain.errors import DomainError
from guichet.i18n.formatting import long_date, money
from guichet.services.cards import CardTypeView, MemberView
from guichet.services.counter import Counter
from guichet.services.views import CustomerView
from guichet.ui.fit import elide
from guichet.ui.limits import limit
from guichet.ui.messages import message_for
from guichet.ui.theme import COLORS
from guichet.ui.theme import set_role as _set_role
from guichet.ui.theme import sized_font as _font

TYPE_ROLE = Qt.ItemDataRole.UserRole + 1
LINES_ROLE = Qt.ItemDataRole.UserRole + 2  # (name, price, what it gives, kind and validity)
CARD_KEY = "Ctrl+G"


def _short_date(day: date, lang: str) -> str:
    """« 4 avril 2027 » / "April 4, 2027": the long date without its weekday."""
    return long_date(day, lang).split(" ", 1)[-1]


class CardTypeDelegate(QStyledItemDelegate):
    """A card type on three lines: name and price, what it gives, its kind and validity."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base: QFont = option.font
        big = _font(base, base.pointSize() + 2, True)
        height = QFontMetrics(big).height() + 2 * QFontMetrics(base).height() + 20
        return QSize(300, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        lines = index.data(LINES_ROLE)
        if not isinstance(lines, tuple):
            super().paint(painter, option, index)
            return
        name, price, gives, kind = lines
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        base: QFont = option.font
        painter.save()
        painter.fillRect(rect, QColor(COLORS["selection"] if selected else "#ffffff"))
        if selected:
            painter.fillRect(
                QRect(rect.left(), rect.top(), 7, rect.height()), QColor(COLORS["primary"])
            )
        painter.setPen(QColor(COLORS["border"]))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        left, width = rect.left() + 18, rect.width() - 32
        y = rect.top() + 8
        big = _font(base, base.pointSize() + 2, True)
        painter.setFont(big)
        height = painter.fontMetrics().height()
        painter.setPen(QColor(COLORS["text"]))
        price_width = painter.fontMetrics().horizontalAdvance(price) + 12
        painter.drawText(
            QRect(left + width - price_width, y, price_width, height),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            price,
        )
        painter.drawText(
            QRect(left, y, width - price_width, height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            elide(painter.fontMetrics(), name, width - price_width),
        )
        y += height + 2
        for text, font, color in (
            (gives, base, COLORS["text"]),
            (kind, base, COLORS["muted"]),
        ):
            painter.setFont(font)
            painter.setPen(QColor(color))
            height = painter.fontMetrics().height()
            painter.drawText(
                QRect(left, y, width, height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                elide(painter.fontMetrics(), text, width),
            )
            y += height + 2
        painter.restore()


class CardSaleDialog(QDialog):
    """Pick a gift package or pass (or scan a shop card) and put it in ``cart``.

    ``set_customer`` (the sales page's) attaches the customer chosen here with F7 to the sale.
    """

    def __init__(
        self,
        counter: Counter,
        cart: Cart,
        parent: QWidget | None = None,
        *,
        set_customer: Callable[[CustomerView | None], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.counter = counter
        self.cart = cart
        self.added: CartLine | None = None
        self._set_customer = set_customer
        self._customer_dialog: QDialog | None = None
        self._members: list[MemberView] = []
        self._members_of: str | None = None
        self.setWindowTitle(self.tr("Cartes et laissez-passer"))
        self.setModal(True)
        self._activities = {a.id: a.name for a in counter.cards.activities()}
        self.types = counter.cards.card_types(active_only=True)
        self._build()
        self._install_shortcuts()
        self._fill_types()
        self._update_customer()
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(self.sizeHint())

    # --- layout -------------------------------------------------------------------------

    def _button(self, text: str, slot: object, role: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)  # Entrée belongs to the fields
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if role:
            button.setProperty("role", role)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(16, 14, 16, 14)
        root.setSpacing(10)
        title = QLabel(self.tr("Cartes et laissez-passer"))
        title.setProperty("role", "title")
        root.addWidget(title)

        self.type_list = QListWidget()
        self.type_list.setObjectName("cardTypes")
        self.type_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the code field keeps the keys
        self.type_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.type_list.setItemDelegate(CardTypeDelegate(self.type_list))
        self.type_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.type_list.setAccessibleName(
            self.tr("Forfaits et laissez-passer (flèches haut et bas)")
        )
        self.type_list.currentRowChanged.connect(lambda _row: self._type_changed())
        self.type_list.itemDoubleClicked.connect(lambda _item: self.add_to_cart())
        root.addWidget(self.type_list, 1)

        code_row = QHBoxLayout()
        code_row.setSpacing(8)
        code_label = QLabel(self.tr("Carte de la boutique\u00a0:"))
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("shopCardCode")
        self.code_edit.setPlaceholderText(self.tr("scannez ou tapez le code de la carte imprimée"))
        self.code_edit.setAccessibleName(self.tr("Code d'une carte de la boutique"))
        self.code_edit.setClearButtonEnabled(True)
        limit(self.code_edit, "lookup_code", 40)
        self.code_edit.setFont(_font(self.font(), 17, True))
        self.code_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhPreferUppercase | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.code_edit.returnPressed.connect(self.add_to_cart)
        self.code_edit.textEdited.connect(lambda _text: self._code_edited())
        self.code_edit.installEventFilter(self)
        code_row.addWidget(code_label)
        code_row.addWidget(self.code_edit, 1)
        root.addLayout(code_row)

        # Who holds the card: a member of the account (individual pass) or a typed name.
        self.holder_frame = QFrame()
        self.holder_frame.setObjectName("holderFrame")
        self.holder_frame.setStyleSheet(
            "QFrame#holderFrame { background: white; border: 1px solid "
            f"{COLORS['border']}; border-radius: 6px; }}"
        )
        holder = QFormLayout(self.holder_frame)
        holder.setContentsMargins(12, 8, 12, 8)
        holder.setVerticalSpacing(8)
        holder.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.member_combo = QComboBox()
        self.member_combo.setObjectName("memberCombo")
        self.member_combo.setAccessibleName(
            self.tr("Membre du compte qui détient le laissez-passer")
        )
        self.member_combo.currentIndexChanged.connect(lambda _i: self._member_changed())
        self.member_label = QLabel(self.tr("Détenteur (membre)"))
        self.holder_edit = QLineEdit()
        self.holder_edit.setObjectName("holderName")
        self.holder_edit.setAccessibleName(self.tr("Nom du détenteur"))
        limit(self.holder_edit, "SaleLine.card_holder")
        self.holder_edit.setStyleSheet("QLineEdit:disabled { background: #eaeef2; }")
        self.holder_edit.returnPressed.connect(self.add_to_cart)
        self.holder_label = QLabel(self.tr("ou nom du détenteur"))
        self.family_label = QLabel()
        self.family_label.setObjectName("familyNote")
        self.family_label.setWordWrap(True)
        holder.addRow(self.member_label, self.member_combo)
        holder.addRow(self.holder_label, self.holder_edit)
        holder.addRow(self.family_label)
        root.addWidget(self.holder_frame)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        root.addWidget(self.message)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.customer_button = self._button("", self.choose_customer)
        self.customer_button.setObjectName("cardCustomerButton")
        self.cancel_button = self._button(self.tr("Annuler (Échap)"), self.reject)
        self.add_button = self._button(
            self.tr("Ajouter au panier (Entrée)"), self.add_to_cart, "primary"
        )
        buttons.addWidget(self.customer_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)
        root.addLayout(buttons)

    def _install_shortcuts(self) -> None:
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F7), self)
        shortcut.setAutoRepeat(False)
        shortcut.activated.connect(self.choose_customer)

    # --- card types ---------------------------------------------------------------------

    def describe(self, view: CardTypeView) -> tuple[str, str]:
        """(what it gives, its kind and validity): « 10 passages — Bain libre, Patin libre »,
        « Laissez-passer · Familial · valide 180 jours »."""
        lang = self.counter.lang
        if view.uses is None:
            uses = self.tr("Illimité")
        else:
            uses = self.tr("{count} passages").format(count=view.uses)
        if view.all_activities:
            where = self.tr("toutes les activités")
        else:
            names = sorted(
                (self._activities.get(i, "") for i in view.activity_ids), key=str.casefold
            )
            where = ", ".join(n for n in names if n)
        gives = self.tr("{uses} — {activities}").format(uses=uses, activities=where)
        words = [self.tr("Forfait cadeau") if view.kind is CardKind.PACKAGE else None]
        if view.kind is CardKind.PASS:
            words[0] = self.tr("Laissez-passer")
            words.append(self.tr("Familial") if view.family else self.tr("Individuel"))
        if view.exclusive:
            words.append(self.tr("Exclusif"))
        if view.valid_days is not None:
            words.append(self.tr("valide {days} jours").format(days=view.valid_days))
        if view.starts_on is not None:
            words.append(self.tr("à partir du {day}").format(day=_short_date(view.starts_on, lang)))
        if view.expires_on is not None:
            words.append(self.tr("jusqu'au {day}").format(day=_short_date(view.expires_on, lang)))
        return gives, " · ".join(w for w in words if w)

    def _fill_types(self) -> None:
        lang, currency = self.counter.lang, self.counter.organisation.currency
        self.type_list.clear()
        for view in self.types:
            gives, kind = self.describe(view)
            price = money(view.price, lang, currency)
            item = QListWidgetItem(
                self.tr("{name}, {price}\u00a0: {gives} ({kind})").format(
                    name=view.name, price=price, gives=gives, kind=kind
                )
            )
            item.setData(TYPE_ROLE, view)
            item.setData(LINES_ROLE, (view.name, price, gives, kind))
            self.type_list.addItem(item)
        if self.types:
            self.type_list.setCurrentRow(0)
        else:
            self.type_list.addItem(self.tr("Aucun forfait ni laissez-passer en vente."))
            self.add_button.setEnabled(False)
        self._type_changed()

    @property
    def current_type(self) -> CardTypeView | None:
        item = self.type_list.currentItem()
        view = item.data(TYPE_ROLE) if item is not None else None
        return view if isinstance(view, CardTypeView) else None

    def select_type(self, card_type_id: str) -> None:
        for row, view in enumerate(self.types):
            if view.id == card_type_id:
                self.type_list.setCurrentRow(row)
                return

    def _type_changed(self) -> None:
        if self.message.property("role") == "error":
            self.message.clear()
        self._update_holder()

    # --- holder -------------------------------------------------------------------------

    def _load_members(self) -> None:
        customer_id = self.cart.customer_id
        if customer_id == self._members_of:
            return
        self._members_of = customer_id
        self._members = self.counter.cards.members(customer_id) if customer_id else []
        self.member_combo.blockSignals(True)
        self.member_combo.clear()
        if customer_id is None:
            self.member_combo.addItem(self.tr("aucun client\u00a0: F7 pour le choisir"), None)
        else:
            self.member_combo.addItem(self.tr("— nom tapé ci-dessous —"), None)
            for member in self._members:
                self.member_combo.addItem(member.name, member.id)
        self.member_combo.blockSignals(False)

    def _update_holder(self) -> None:
        self._load_members()
        view = self.current_type
        customer = self.counter.customer_of(self.cart)
        individual_pass = view is not None and view.kind is CardKind.PASS and not view.family
        family = view is not None and view.family
        self.member_label.setVisible(individual_pass)
        self.member_combo.setVisible(individual_pass)
        self.member_combo.setEnabled(individual_pass and bool(self._members))
        self.holder_label.setVisible(not family)
        self.holder_edit.setVisible(not family)
        self.holder_label.setText(
            self.tr("ou nom du détenteur") if individual_pass else self.tr("Au nom de (facultatif)")
        )
        self.family_label.setVisible(family)
        if family:
            if customer is None:
                self.family_label.setText(
                    self.tr(
                        "Familial\u00a0: se vend à un compte client. Choisissez le client (F7)."
                    )
                )
                _set_role(self.family_label, "warn")
            else:
                names = ", ".join(m.name for m in self._members)
                text = self.tr(
                    "Familial\u00a0: pour tous les membres du compte «\u00a0{name}\u00a0»"
                ).format(name=customer.name)
                if names:
                    text = self.tr("{text} ({members})").format(text=text, members=names)
                self.family_label.setText(text)
                _set_role(self.family_label, "ok")
        self._member_changed()

    def _member_changed(self) -> None:
        member = self.member_combo.currentData()
        chosen = not self.member_combo.isHidden() and member is not None
        self.holder_edit.setEnabled(not chosen)
        if chosen:
            self.holder_edit.clear()

    def _update_customer(self) -> None:
        customer = self.counter.customer_of(self.cart)
        if customer is None:
            self.customer_button.setText(self.tr("Client\u00a0: aucun (F7)"))
        else:
            self.customer_button.setText(
                self.tr("Client\u00a0: {name} (F7)").format(name=customer.name)
            )
        self.customer_button.setAccessibleName(self.customer_button.text())

    def select_member(self, member_id: str | None) -> None:
        index = self.member_combo.findData(member_id)
        if index >= 0:
            self.member_combo.setCurrentIndex(index)

    # --- customer -----------------------------------------------------------------------

    def choose_customer(self) -> None:
        """F7: the sales page's customer search, over this picker."""
        from guichet.ui.customer import CustomerDialog

        if self._customer_dialog is not None:
            return
        dialog = CustomerDialog(self.counter, self)
        self._customer_dialog = dialog
        dialog.finished.connect(lambda result: self._customer_finished(dialog, result))
        dialog.open()

    def _customer_finished(self, dialog: QDialog, result: int) -> None:
        self._customer_dialog = None
        chosen = getattr(dialog, "chosen", None)
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.set_customer(chosen)
        self.activateWindow()  # back from the search: the code field has the keyboard again
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_customer(self, customer: CustomerView | None) -> None:
        if self._set_customer is not None:
            self._set_customer(customer)  # the page attaches it (and says so)
        else:
            try:
                self.counter.set_customer(self.cart, customer.id if customer else None)
            except DomainError as error:
                self._error(message_for(error, self.counter.lang))
                return
        self.message.clear()
        self._update_customer()
        self._update_holder()

    # --- adding -------------------------------------------------------------------------

    def _code_edited(self) -> None:
        if self.message.property("role") == "error":
            self.message.clear()

    def add_to_cart(self) -> None:
        """Entrée: the scanned shop card if a code was typed, else the selected type."""
        text = self.code_edit.text().strip()
        try:
            if text:
                card_type_id = self.counter.cards.shop_card_type(text)
                self.select_type(card_type_id)
                line = self._add(card_type_id, shop_code=text)
            else:
                view = self.current_type
                if view is None:
                    return
                line = self._add(view.id)
        except DomainError as error:
            self._error(message_for(error, self.counter.lang))
            if error.code == "family_pass_needs_account":
                _set_role(self.family_label, "error")  # F7 is named in the refusal
            self.code_edit.selectAll()  # a rescan replaces the code
            return
        self.added = line
        self.accept()

    def _add(self, card_type_id: str, shop_code: str | None = None) -> CartLine:
        view = next((t for t in self.types if t.id == card_type_id), None)
        member_id: str | None = None
        holder = ""
        if view is not None and view.kind is CardKind.PASS and not view.family:
            member_id = self.member_combo.currentData() if self._members else None
        if member_id is not None:
            holder = next((m.name for m in self._members if m.id == member_id), "")
        elif view is None or not view.family:
            holder = " ".join(self.holder_edit.text().split())
        return self.counter.add_card_to_cart(
            self.cart, card_type_id, shop_code=shop_code, member_id=member_id, holder=holder
        )

    # --- misc ---------------------------------------------------------------------------

    def _error(self, text: str) -> None:
        _set_role(self.message, "error")
        self.message.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.code_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 3,
                Qt.Key.Key_PageUp: -3,
            }.get(Qt.Key(event.key()))
            if step is not None and self.types:
                row = self.type_list.currentRow() + step
                self.type_list.setCurrentRow(max(0, min(row, len(self.types) - 1)))
                return True
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        return QSize(920, 700)
