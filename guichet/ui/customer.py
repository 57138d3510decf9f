"""Looking a customer up at the counter (name, phone, email or code), or creating one.

Keyboard-first: the search field holds the keyboard, results update as you type, ↑ ↓ move
in the results and Entrée picks the highlighted one. F2 opens the "new customer" form
(pre-filled with what was typed), F3 sells without a customer, Échap keeps things as they were.

After ``exec()``/``open()``: Accepted with :attr:`CustomerDialog.chosen` set = that customer;
Accepted with ``chosen`` None = "Aucun client" (anonymous sale); Rejected = no change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.codes import display
from guichet.domain.errors import DomainError
from guichet.services.counter import Counter
from guichet.services.views import CustomerView
from guichet.ui.messages import message_for
from guichet.ui.theme import set_role as _set_role

CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_RESULTS = 50
SEARCH, CREATE = 0, 1


def _looks_like_phone(text: str) -> bool:
    digits = sum(ch.isdigit() for ch in text)
    return digits >= 3 and all(ch.isdigit() or ch in " -+()." for ch in text)


class CustomerDialog(QDialog):
    """Find or create the customer of the sale in progress."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.chosen: CustomerView | None = None
        self.setWindowTitle(self.tr("Client"))
        self.setModal(True)
        self._build()
        self._install_shortcuts()
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._search("")
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
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_search())
        self.pages.addWidget(self._build_create())
        root.addWidget(self.pages, 1)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        root.addWidget(self.message)

    def _build_search(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        title = QLabel(self.tr("Chercher un client"))
        title.setProperty("role", "title")
        column.addWidget(title)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Nom, téléphone, courriel ou code"))
        self.search_edit.setAccessibleName(self.tr("Chercher un client"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search)
        self.search_edit.returnPressed.connect(self.pick_current)
        self.search_edit.installEventFilter(self)
        column.addWidget(self.search_edit)

        self.results = QListWidget()
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search field keeps the keys
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setWordWrap(True)
        self.results.setAccessibleName(self.tr("Clients trouvés (flèches haut et bas)"))
        self.results.itemActivated.connect(lambda _item: self.pick_current())
        self.results.itemDoubleClicked.connect(lambda _item: self.pick_current())
        column.addWidget(self.results, 1)

        self.count_label = QLabel()
        self.count_label.setProperty("role", "muted")
        column.addWidget(self.count_label)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.new_button = self._button(self.tr("Nouveau client (F2)"), self.show_create)
        self.none_button = self._button(self.tr("Aucun client (F3)"), self.choose_none)
        self.cancel_button = self._button(self.tr("Annuler (Échap)"), self.reject)
        self.pick_button = self._button(self.tr("Choisir (Entrée)"), self.pick_current, "primary")
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.pick_button)
        column.addLayout(buttons)
        return page

    def _build_create(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        title = QLabel(self.tr("Nouveau client"))
        title.setProperty("role", "title")
        column.addWidget(title)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Nom"))
        self.email_edit = QLineEdit()
        self.email_edit.setAccessibleName(self.tr("Courriel"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setAccessibleName(self.tr("Téléphone"))
        self.newsletter_check = QCheckBox(self.tr("Abonné à l'infolettre"))
        self.newsletter_check.setStyleSheet(
            "QCheckBox { min-height: 44px; } QCheckBox::indicator { width: 28px; height: 28px; }"
        )
        for edit in (self.name_edit, self.email_edit, self.phone_edit):
            edit.returnPressed.connect(self.create_customer)
        form.addRow(self.tr("Nom (obligatoire)"), self.name_edit)
        form.addRow(self.tr("Courriel"), self.email_edit)
        form.addRow(self.tr("Téléphone"), self.phone_edit)
        form.addRow("", self.newsletter_check)
        column.addLayout(form)
        column.addStretch(1)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.back_button = self._button(self.tr("Retour à la recherche (Échap)"), self.show_search)
        self.create_button = self._button(
            self.tr("Créer le client (Entrée)"), self.create_customer, "primary"
        )
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        column.addLayout(buttons)
        return page

    def _install_shortcuts(self) -> None:
        for key, slot in (
            (Qt.Key.Key_F2, self.show_create),
            (Qt.Key.Key_F3, self.choose_none),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(slot)

    # --- search -------------------------------------------------------------------------

    def _describe(self, customer: CustomerView) -> str:
        details = [part for part in (customer.phone, customer.email) if part]
        if customer.code:
            details.append(self.tr("code {code}").format(code=display(customer.code)))
        if customer.newsletter:
            details.append(self.tr("infolettre"))
        return "\n".join((customer.name, " · ".join(details))) if details else customer.name

    def _search(self, text: str) -> None:
        query = text.strip()
        self.results.clear()
        self.message.clear()
        if not query:
            self.count_label.setText(
                self.tr("Tapez un nom, un téléphone, un courriel ou un code client.")
            )
            self.pick_button.setEnabled(False)
            return
        try:
            found = self.counter.find_customers(query)
        except DomainError as error:
            self._error(message_for(error, self.counter.lang))
            found = []
        for customer in found[:MAX_RESULTS]:
            item = QListWidgetItem(self._describe(customer))
            item.setData(CUSTOMER_ROLE, customer)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
            self.count_label.setText(
                self.tr("{count} client(s) trouvé(s) — ↑ ↓ puis Entrée").format(count=len(found))
            )
        else:
            self.count_label.setText(self.tr("Aucun client trouvé. Nouveau client : F2."))
        self.pick_button.setEnabled(bool(found))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 5,
                Qt.Key.Key_PageUp: -5,
            }.get(Qt.Key(event.key()))
            if step is not None and self.results.count():
                row = self.results.currentRow() + step
                self.results.setCurrentRow(max(0, min(row, self.results.count() - 1)))
                return True
        return super().eventFilter(watched, event)

    @property
    def current(self) -> CustomerView | None:
        item = self.results.currentItem()
        customer = item.data(CUSTOMER_ROLE) if item is not None else None
        return customer if isinstance(customer, CustomerView) else None

    def pick_current(self) -> None:
        customer = self.current
        if customer is None:
            if self.search_edit.text().strip():
                self._error(self.tr("Aucun client trouvé. Nouveau client : F2."))
            return
        self.chosen = customer
        self.accept()

    def choose_none(self) -> None:
        self.chosen = None
        self.accept()

    # --- new customer -------------------------------------------------------------------

    def show_create(self) -> None:
        if self.pages.currentIndex() == CREATE:
            return
        typed = self.search_edit.text().strip()
        for edit in (self.name_edit, self.email_edit, self.phone_edit):
            edit.clear()
        self.newsletter_check.setChecked(False)
        if "@" in typed:
            self.email_edit.setText(typed)
        elif _looks_like_phone(typed):
            self.phone_edit.setText(typed)
        else:
            self.name_edit.setText(typed)
        self.message.clear()
        self.pages.setCurrentIndex(CREATE)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name_edit.end(False)

    def show_search(self) -> None:
        self.message.clear()
        self.pages.setCurrentIndex(SEARCH)
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def create_customer(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self._error(self.tr("Le nom du client est obligatoire."))
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            customer = self.counter.create_customer(
                name,
                email=self.email_edit.text().strip(),
                phone=self.phone_edit.text().strip(),
                newsletter=self.newsletter_check.isChecked(),
            )
        except DomainError as error:
            self._error(message_for(error, self.counter.lang))
            return
        self.chosen = customer
        self.accept()

    # --- misc ---------------------------------------------------------------------------

    def _error(self, text: str) -> None:
        _set_role(self.message, "error")
        self.message.setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.pages.currentIndex() == CREATE:
            self.show_search()  # Échap in the form goes back to the search, not out
            event.accept()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(820, 600)
