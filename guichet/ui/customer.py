"""Looking a customer up at the counter (name, phone, email or code), or creating one.

Keyboard-first: the search field holds the keyboard, results update as you type, ↑ ↓ move
in the results and Entrée picks the highlighted one. F2 opens the "new customer" form
(pre-filled with what was typed), F3 sells without a customer, Échap keeps things as they were.

After ``exec()``/``open()``: Accepted with :attr:`CustomerDialog.chosen` set = that customer;
Accepted with ``chosen`` None = "Aucun client" (anonymous sale); Rejected = no change.

Accounts have members (name, birth date): the highlighted account's members are listed beside
the results and F4 adds one on the spot (name, optional birth date, Entrée). The new-customer
form takes members too, added with the account.
"""

from __future__ import annotations

import re
from datetime import date

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
from guichet.i18n.formatting import long_date
from guichet.services.cards import MemberView
from guichet.services.counter import Counter
from guichet.services.views import CustomerView
from guichet.ui.limits import limit
from guichet.ui.messages import message_for
from guichet.ui.theme import set_role as _set_role
from guichet.ui.theme import sized_font as _font

CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_RESULTS = 50
SEARCH, CREATE = 0, 1
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 2


def parse_birth_date(text: str) -> date | None:
    """``2015-06-21``, ``21/06/2015`` or ``21-06-2015``; empty: None. Raises
    ``birth_date_invalid`` for anything else."""
    text = text.strip()
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
            year, month, day = (int(part) for part in text.split("-"))
            return date(year, month, day)
        found = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
        if found:
            return date(int(found[3]), int(found[2]), int(found[1]))
    except ValueError:
        pass
    raise DomainError("birth_date_invalid", text=text)


def _looks_like_phone(text: str) -> bool:
    digits = sum(ch.isdigit() for ch in text)
    return digits >= 3 and all(ch.isdigit() or ch in " -+()." for ch in text)


class CustomerDialog(QDialog):
    """Find or create the customer of the sale in progress."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.chosen: CustomerView | None = None
        self._members_of: str | None = None  # the account whose members are listed
        self._new_members: list[tuple[str, date | None]] = []  # typed in the creation form
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
        limit(self.search_edit, "search")
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
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setAlternatingRowColors(True)  # where one customer ends, the next begins
        self.results.setAccessibleName(self.tr("Clients trouvés (flèches haut et bas)"))
        self.results.itemActivated.connect(lambda _item: self.pick_current())
        self.results.itemDoubleClicked.connect(lambda _item: self.pick_current())
        self.results.currentRowChanged.connect(lambda _row: self._show_members())
        found_row = QHBoxLayout()
        found_row.setSpacing(10)
        found_row.addWidget(self.results, 3)
        found_row.addWidget(self._build_members(), 2)
        column.addLayout(found_row, 1)

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

    def _member_inputs(self, name: str) -> tuple[QLineEdit, QLineEdit]:
        name_edit = QLineEdit()
        name_edit.setObjectName(f"{name}Name")
        name_edit.setPlaceholderText(self.tr("Nom du membre"))
        name_edit.setAccessibleName(self.tr("Nom du membre"))
        limit(name_edit, "SaveMember.name")
        birth_edit = QLineEdit()
        birth_edit.setObjectName(f"{name}Birth")
        birth_edit.setPlaceholderText(self.tr("Naissance (AAAA-MM-JJ, facultatif)"))
        birth_edit.setAccessibleName(self.tr("Date de naissance du membre (facultatif)"))
        limit(birth_edit, "SaveMember.birth_date", 10)
        return name_edit, birth_edit

    def _build_members(self) -> QWidget:
        """The highlighted account's members, and a member added on the spot (F4)."""
        panel = QWidget()
        panel.setObjectName("membersPanel")
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.members_title = QLabel(self.tr("Membres du compte"))
        self.members_title.setFont(_font(self.font(), self.font().pointSize(), True))
        column.addWidget(self.members_title)
        self.members_list = QListWidget()
        self.members_list.setObjectName("membersList")
        self.members_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.members_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.members_list.setAccessibleName(self.tr("Membres du compte"))
        # A long name and birth date wrap in the column rather than scroll out of sight.
        self.members_list.setWordWrap(True)
        self.members_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(self.members_list, 1)
        self.member_name_edit, self.member_birth_edit = self._member_inputs("member")
        for edit in (self.member_name_edit, self.member_birth_edit):
            edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # F4 or a tap
            edit.returnPressed.connect(self.add_member)
        column.addWidget(self.member_name_edit)
        column.addWidget(self.member_birth_edit)
        self.add_member_button = self._button(self.tr("Ajouter le membre (F4)"), self.add_member)
        self.add_member_button.setObjectName("addMemberButton")
        column.addWidget(self.add_member_button)
        return panel

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
        limit(self.name_edit, "SaveCustomer.name")
        self.name_edit.setAccessibleName(self.tr("Nom"))
        self.email_edit = QLineEdit()
        limit(self.email_edit, "SaveCustomer.email")
        self.email_edit.setAccessibleName(self.tr("Courriel"))
        self.phone_edit = QLineEdit()
        limit(self.phone_edit, "SaveCustomer.phone")
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

        # Members of the new account (optional): listed here, saved with the account.
        members_title = QLabel(self.tr("Membres du compte (facultatif)"))
        members_title.setFont(_font(self.font(), self.font().pointSize(), True))
        column.addWidget(members_title)
        self.new_members_label = QLabel()
        self.new_members_label.setObjectName("newMembers")
        self.new_members_label.setWordWrap(True)
        self.new_members_label.setProperty("role", "muted")
        column.addWidget(self.new_members_label)
        member_row = QHBoxLayout()
        member_row.setSpacing(8)
        self.new_member_name_edit, self.new_member_birth_edit = self._member_inputs("newMember")
        for edit in (self.new_member_name_edit, self.new_member_birth_edit):
            edit.returnPressed.connect(self.add_new_member)
        self.add_new_member_button = self._button(
            self.tr("Ajouter à la liste"), self.add_new_member
        )
        member_row.addWidget(self.new_member_name_edit, 3)
        member_row.addWidget(self.new_member_birth_edit, 2)
        member_row.addWidget(self.add_new_member_button)
        column.addLayout(member_row)
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
            (Qt.Key.Key_F4, self.start_member),
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
            self._show_members()
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
        if not found:
            self._show_members()
        if found:
            self.results.setCurrentRow(0)
            self.count_label.setText(
                self.tr("%n client(s) trouvé(s) — ↑ ↓ puis Entrée", "", len(found))
            )
        else:
            self.count_label.setText(self.tr("Aucun client trouvé. Nouveau client\u00a0: F2."))
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
                self._error(self.tr("Aucun client trouvé. Nouveau client\u00a0: F2."))
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
        self._new_members = []
        self.new_member_name_edit.clear()
        self.new_member_birth_edit.clear()
        self._update_new_members()
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
        members = list(self._new_members)
        typed = " ".join(self.new_member_name_edit.text().split())
        try:
            if typed:  # typed but not yet listed: it goes with the account too
                members.append((typed, parse_birth_date(self.new_member_birth_edit.text())))
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
        for member_name, born in members:
            try:
                self.counter.cards.save_member(customer.id, member_name, born)
            except DomainError as error:
                # The account exists: say which member was not added and stay on the search,
                # showing the account, so the cashier can add it there.
                self._new_members = []
                self.show_search()
                self.search_edit.setText(customer.code)
                self._error(
                    self.tr(
                        "Client créé, mais membre «\u00a0{name}\u00a0» non ajouté\u00a0: {reason}"
                    ).format(name=member_name, reason=message_for(error, self.counter.lang))
                )
                return
        self.accept()

    def add_new_member(self) -> None:
        """Put the typed member in the list of the account being created."""
        name = " ".join(self.new_member_name_edit.text().split())
        if not name:
            self._error(message_for(DomainError("member_name_required"), self.counter.lang))
            self.new_member_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            born = parse_birth_date(self.new_member_birth_edit.text())
        except DomainError as error:
            self._error(message_for(error, self.counter.lang))
            self.new_member_birth_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._new_members.append((name, born))
        self.new_member_name_edit.clear()
        self.new_member_birth_edit.clear()
        self.message.clear()
        self._update_new_members()
        self.new_member_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_new_members(self) -> None:
        if not self._new_members:
            self.new_members_label.setText(self.tr("Aucun membre pour l'instant."))
            return
        self.new_members_label.setText(
            " · ".join(self._member_words(name, born) for name, born in self._new_members)
        )

    @property
    def new_members(self) -> list[tuple[str, date | None]]:
        """The members listed in the creation form (name, birth date)."""
        return list(self._new_members)

    # --- members of an account ----------------------------------------------------------

    def _member_words(self, name: str, born: date | None) -> str:
        if born is None:
            return name
        day = long_date(born, self.counter.lang).split(" ", 1)[-1]  # without the weekday
        return self.tr("{name} (né·e le {day})").format(name=name, day=day)

    def _show_members(self) -> None:
        customer = self.current
        self._members_of = customer.id if customer else None
        self.members_list.clear()
        has_account = customer is not None
        for widget in (self.member_name_edit, self.member_birth_edit, self.add_member_button):
            widget.setEnabled(has_account)
        if customer is None:
            self.members_title.setText(self.tr("Membres du compte"))
            return
        members = self.counter.cards.members(customer.id)
        self.members_title.setText(
            self.tr("Membres de «\u00a0{name}\u00a0» ({count})").format(
                name=customer.name, count=len(members)
            )
        )
        for member in members:
            item = QListWidgetItem(self._member_words(member.name, member.birth_date))
            item.setData(MEMBER_ROLE, member)
            self.members_list.addItem(item)
        if not members:
            placeholder = QListWidgetItem(self.tr("Aucun membre. F4\u00a0: en ajouter un."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.members_list.addItem(placeholder)

    @property
    def members(self) -> list[MemberView]:
        """The members listed for the highlighted account."""
        found = []
        for row in range(self.members_list.count()):
            item = self.members_list.item(row)
            member = item.data(MEMBER_ROLE) if item is not None else None
            if isinstance(member, MemberView):
                found.append(member)
        return found

    def start_member(self) -> None:
        """F4: type a new member of the highlighted account (or of the one being created)."""
        if self.pages.currentIndex() == CREATE:
            self.new_member_name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        if self.current is None:
            self._error(self.tr("Choisissez d'abord le compte client (↑ ↓)."))
            return
        self.member_name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def add_member(self) -> None:
        """Add the typed member to the highlighted account, right away."""
        customer = self.current
        if customer is None:
            self._error(self.tr("Choisissez d'abord le compte client (↑ ↓)."))
            return
        try:
            born = parse_birth_date(self.member_birth_edit.text())
            self.counter.cards.save_member(customer.id, self.member_name_edit.text(), born)
        except DomainError as error:
            self._error(message_for(error, self.counter.lang))
            return
        name = " ".join(self.member_name_edit.text().split())
        self.member_name_edit.clear()
        self.member_birth_edit.clear()
        self._show_members()
        _set_role(self.message, "ok")
        self.message.setText(
            self.tr("Membre ajouté à «\u00a0{account}\u00a0»\u00a0: {name}").format(
                account=customer.name, name=name
            )
        )
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)  # Entrée picks the account

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
        return QSize(1120, 640)
