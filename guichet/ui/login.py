"""Who is at the counter: one big button per person, then the PIN (touch or keyboard)."""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.auth import Role
from guichet.domain.errors import DomainError
from guichet.i18n import updates as update_words
from guichet.i18n.formatting import decimal_separator, time_of_day
from guichet.i18n.titles import FEMININE
from guichet.services.counter import Counter
from guichet.services.views import UserView
from guichet.sync.updates import UpdateNotice, load_notice, notice_path
from guichet.ui.limits import limit
from guichet.ui.messages import message_for, message_for_code
from guichet.ui.theme import set_role

STEP_STYLE = "font-size: 18pt; font-weight: bold;"


def role_name(role: Role, form: str | None = "") -> str:
    """The role as shown on a person's button, agreeing with them in French: ``form``
    "feminine" gives « Caissière », « Superviseure »; masculine or unsaid « Caissier »
    (guichet.i18n.titles says the same words without Qt; English has one form)."""
    if form == FEMININE:
        names = {
            Role.CASHIER: QCoreApplication.translate("roles", "Caissière"),
            Role.SUPERVISOR: QCoreApplication.translate("roles", "Superviseure"),
            Role.OWNER: QCoreApplication.translate("roles", "Propriétaire"),
        }
    else:
        names = {
            Role.CASHIER: QCoreApplication.translate("roles", "Caissier"),
            Role.SUPERVISOR: QCoreApplication.translate("roles", "Superviseur"),
            Role.OWNER: QCoreApplication.translate("roles", "Propriétaire"),
        }
    return names.get(role, str(role))


class Keypad(QWidget):
    """Touch keypad: 1-9, then ← (effacer), 0 (or the decimal key), OK. Keys never take the
    focus, so the field the cashier types in keeps it (the physical keyboard works alongside).
    The decimal key follows the language: « , » in French, "." in English."""

    keyPressed = Signal(str)
    backspacePressed = Signal()
    accepted = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        decimal: bool = False,
        ok_text: str | None = None,
        lang: str = "fr",
    ) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            self._add(grid, digit, digit, index // 3, index % 3)
        if decimal:
            separator = decimal_separator(lang)
            self._add(grid, separator, separator, 3, 0, self.tr("Virgule décimale"))
            self._add(grid, "0", "0", 3, 1)
            self._add(grid, "back", "←", 3, 2, self.tr("Effacer"))
        else:
            self._add(grid, "back", "←", 3, 0, self.tr("Effacer"))
            self._add(grid, "0", "0", 3, 1)
            self._add(grid, "ok", ok_text or self.tr("OK"), 3, 2)
            ok = self.buttons["ok"]
            ok.setProperty("role", "primary")
            ok.setStyleSheet("font-size: 20pt; min-height: 72px;")

    def _add(
        self, grid: QGridLayout, key: str, text: str, row: int, col: int, tip: str = ""
    ) -> None:
        button = QPushButton(text, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        button.setProperty("role", "key")
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        if tip:
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        if key == "back":
            button.clicked.connect(self.backspacePressed)
        elif key == "ok":
            button.clicked.connect(self.accepted)
        else:
            button.clicked.connect(lambda _=False, k=key: self.keyPressed.emit(k))
        grid.addWidget(button, row, col)
        self.buttons[key] = button

    def attach(self, field: QLineEdit) -> None:
        """Type into ``field``: digits insert (replacing a selection), ← erases."""
        self.keyPressed.connect(field.insert)
        self.backspacePressed.connect(field.backspace)


class LoginPage(QWidget):
    loggedIn = Signal(object)  # Actor

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.users: list[UserView] = []
        self.user_buttons: list[QPushButton] = []
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self._user_clicked)

        title = QLabel(self.tr("Ouverture de session"))
        title.setProperty("role", "title")
        org = QLabel(counter.organisation.name)
        org.setProperty("role", "muted")

        # Left: the people.
        who = QLabel(self.tr("1. Touchez votre nom"))
        who.setStyleSheet(STEP_STYLE)
        self.users_box = QWidget()
        self.users_layout = QVBoxLayout(self.users_box)
        self.users_layout.setContentsMargins(0, 0, 8, 0)
        self.users_layout.setSpacing(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.users_box)
        scroll.viewport().setAutoFillBackground(False)
        self.users_box.setAutoFillBackground(False)
        scroll.setStyleSheet("QScrollArea { background: transparent; }")
        hint = QLabel(self.tr("Clavier\u00a0: flèches ↑ ↓ ou Tab pour choisir, NIP puis Entrée."))
        hint.setProperty("role", "muted")

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(who)
        left.addWidget(scroll, 1)
        left.addWidget(hint)

        # Right: the PIN.
        pin_title = QLabel(self.tr("2. Tapez votre NIP"))
        pin_title.setStyleSheet(STEP_STYLE)
        self.chosen_label = QLabel()
        self.chosen_label.setProperty("role", "muted")
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        limit(self.pin_edit, "pin")
        self.pin_edit.setValidator(QRegularExpressionValidator(r"\d*", self.pin_edit))
        self.pin_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_edit.setPlaceholderText(self.tr("NIP"))
        self.pin_edit.setAccessibleName(self.tr("NIP"))
        self.pin_edit.setStyleSheet("font-size: 26pt; min-height: 64px; letter-spacing: 6px;")
        self.pin_edit.returnPressed.connect(self.submit)
        self.pin_edit.textEdited.connect(self._pin_edited)
        self.pin_edit.installEventFilter(self)
        self.keypad = Keypad(self)
        self.keypad.attach(self.pin_edit)
        self.keypad.keyPressed.connect(lambda _key: self._pin_edited(self.pin_edit.text()))
        self.keypad.accepted.connect(self.submit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(60)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(pin_title)
        right.addWidget(self.chosen_label)
        right.addWidget(self.pin_edit)
        right.addWidget(self.keypad, 1)
        right.addWidget(self.message)
        right_box = QWidget()
        right_box.setLayout(right)
        right_box.setMaximumWidth(460)

        columns = QHBoxLayout()
        columns.setSpacing(40)
        columns.addLayout(left, 1)
        columns.addWidget(right_box, 1)

        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(org)

        # This counter must be updated (the server refused it, or cannot be read): said
        # before anyone logs in, with where to download the update (docs/UPDATES.md).
        self.update_banner = QLabel()
        self.update_banner.setObjectName("updateBanner")
        self.update_banner.setWordWrap(True)
        self.update_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.update_banner.setStyleSheet(
            "#updateBanner { background: #fff1c2; color: #3d2a00; border: 2px solid #9a6700;"
            " border-radius: 6px; padding: 6px 12px; font-size: 13pt; }"
        )
        self.update_banner.setVisible(False)

        root = QVBoxLayout(self)
        root.setContentsMargins(32, 20, 32, 20)
        root.addLayout(header)
        root.addWidget(self.update_banner)
        root.addLayout(columns, 1)
        self.refresh()

    # --- state ------------------------------------------------------------------------

    @property
    def selected_user(self) -> UserView | None:
        index = self.group.checkedId()
        return self.users[index] if 0 <= index < len(self.users) else None

    def refresh(self) -> None:
        """Reload the people (lock notes included) and start over: no PIN, no message, nobody
        chosen unless there is only one person."""
        self.users = self.counter.users()
        self._rebuild_buttons()
        self.pin_edit.clear()
        self.show_message("")
        self.select_index(0 if len(self.users) == 1 else -1)
        self.pin_edit.setFocus()
        # The last refusal kept beside the database: shown right after a start.
        self.show_update(load_notice(notice_path(self.counter.session_factory)))

    def show_update(self, notice: UpdateNotice | None) -> None:
        """The update banner for ``notice``; hidden when none is needed."""
        if notice is None:
            self.update_banner.clear()
            self.update_banner.setVisible(False)
            return
        self.update_banner.setText(update_words.required(notice, self.counter.lang))
        self.update_banner.setAccessibleName(update_words.short(notice, self.counter.lang))
        self.update_banner.setVisible(True)

    @Slot(object)
    def on_sync_status(self, status: object) -> None:
        """Slot for SyncController.statusChanged: the banner follows the server's answer."""
        self.show_update(getattr(status, "update", None))

    def _is_locked(self, user: UserView, now: datetime) -> bool:
        return user.locked_until is not None and user.locked_until > now

    def _button_text(self, user: UserView, now: datetime) -> str:
        if self._is_locked(user, now):
            assert user.locked_until is not None
            locked = (
                self.tr("{name}\n{role} · bloquée jusqu'à {time}")
                if user.title_form == FEMININE
                else self.tr("{name}\n{role} · bloqué jusqu'à {time}")
            )
            return locked.format(
                name=user.name,
                role=role_name(user.role, user.title_form),
                time=time_of_day(
                    user.locked_until, self.counter.organisation.timezone, self.counter.lang
                ),
            )
        return self.tr("{name}\n{role}").format(
            name=user.name, role=role_name(user.role, user.title_form)
        )

    def _rebuild_buttons(self) -> None:
        now = self.counter.clock()
        if [b.property("user_id") for b in self.user_buttons] == [u.id for u in self.users]:
            # Same people: only the texts (lock notes) change, the choice stays.
            for button, user in zip(self.user_buttons, self.users, strict=True):
                button.setText(self._button_text(user, now))
            return
        for button in self.user_buttons:
            self.group.removeButton(button)
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self.user_buttons = []
        while self.users_layout.count():
            self.users_layout.takeAt(0)
        for index, user in enumerate(self.users):
            button = QPushButton(self._button_text(user, now))
            button.setProperty("user_id", user.id)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(84)
            button.setAccessibleName(user.name)
            button.setStyleSheet(
                "QPushButton { text-align: left; padding-left: 20px; font-size: 17pt; }"
                "QPushButton:checked { background: #0b5cad; color: white; border: none; }"
            )
            self.group.addButton(button, index)
            self.users_layout.addWidget(button)
            self.user_buttons.append(button)
        self.users_layout.addStretch(1)

    def select_index(self, index: int) -> None:
        """Choose the person at ``index`` (-1: nobody)."""
        if 0 <= index < len(self.user_buttons):
            self.user_buttons[index].setChecked(True)
        else:
            self.group.setExclusive(False)
            for button in self.user_buttons:
                button.setChecked(False)
            self.group.setExclusive(True)
        self._selection_changed()

    def select_user(self, user_id: str) -> None:
        index = next((i for i, u in enumerate(self.users) if u.id == user_id), -1)
        self.select_index(index)

    @Slot(int)
    def _user_clicked(self, _index: int) -> None:
        self._selection_changed()
        self.pin_edit.setFocus()

    def _selection_changed(self) -> None:
        user = self.selected_user
        self.pin_edit.clear()
        if user is None:
            self.chosen_label.setText(self.tr("Personne n'est choisi."))
            self.show_message("")
            return
        self.chosen_label.setText(self.tr("Session de {name}").format(name=user.name))
        now = self.counter.clock()
        if self._is_locked(user, now):
            assert user.locked_until is not None
            seconds = math.ceil((user.locked_until - now).total_seconds())
            self.show_message(
                message_for_code("user_locked", {"seconds": seconds}, self.counter.lang), "error"
            )
        else:
            self.show_message("")

    def show_message(self, text: str, level: str = "error") -> None:
        self.message.setText(text)
        set_role(self.message, level if text else "muted")

    def _move(self, step: int) -> None:
        if not self.users:
            return
        index = self.group.checkedId()
        if index < 0:
            index = 0 if step > 0 else len(self.users) - 1
        else:
            index = (index + step) % len(self.users)
        self.select_index(index)

    # --- keyboard ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.pin_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Tab):
                self._move(1)
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Backtab):
                self._move(-1)
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.pin_edit.setFocus()

    # --- PIN ---------------------------------------------------------------------------

    def _pin_edited(self, text: str) -> None:
        if text and self.selected_user is None:
            self.show_message(self.tr("Touchez d'abord votre nom (ou flèches ↑ ↓)."))

    @Slot()
    def submit(self) -> None:
        user = self.selected_user
        pin = self.pin_edit.text()
        if user is None:
            self.show_message(self.tr("Touchez d'abord votre nom (ou flèches ↑ ↓)."))
            return
        if not pin:
            self.show_message(self.tr("Tapez votre NIP."))
            return
        try:
            actor = self.counter.login(user.id, pin)
        except DomainError as error:
            self.pin_edit.clear()
            if error.code in ("user_locked_now", "user_locked", "unknown_user"):
                self.users = self.counter.users()
                self._rebuild_buttons()
            self.show_message(message_for(error, self.counter.lang), "error")
            self.pin_edit.setFocus()
            return
        self.pin_edit.clear()
        self.show_message("")
        self.loggedIn.emit(actor)
