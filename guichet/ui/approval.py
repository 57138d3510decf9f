"""A supervisor's approval at the counter: who (chosen in a list), their PIN, and here the
reason of an exception (issue 16, part 12: selling or drawing for a date that has ended).

The approval column is the refund dialog's (supervisor, PIN, keypad); :class:`OverrideDialog`
asks it with a required reason and, once the PIN is checked, holds the :class:`Override` the
sale or the draw is retried with. Échap cancels and nothing is recorded.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.domain.overrides import DATE_ENDED, Override
from guichet.services.counter import Counter
from guichet.ui.limits import limit
from guichet.ui.login import Keypad, role_name, set_role
from guichet.ui.messages import message_for, message_for_code


class SupervisorApproval(QWidget):
    """The supervisor (the logged-in one preselected when they may approve), their PIN typed
    or tapped on the keypad. ``accepted``: Entrée in the PIN or the keypad's OK."""

    accepted = Signal()

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.supervisor_combo = QComboBox()
        self.supervisor_combo.setAccessibleName(self.tr("Superviseur"))
        # As wide as the longest "name (role)": the column grows rather than cut a name.
        self.supervisor_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for user in counter.supervisors():
            self.supervisor_combo.addItem(
                self.tr("{name} ({role})").format(
                    name=user.name, role=role_name(user.role, user.title_form)
                ),
                user.id,
            )
        actor = counter.actor
        if actor is not None:
            index = self.supervisor_combo.findData(actor.user_id)
            if index >= 0:
                self.supervisor_combo.setCurrentIndex(index)
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        limit(self.pin_edit, "pin")
        self.pin_edit.setValidator(QRegularExpressionValidator(r"\d*", self.pin_edit))
        self.pin_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_edit.setPlaceholderText(self.tr("NIP du superviseur"))
        self.pin_edit.setAccessibleName(self.tr("NIP du superviseur"))
        self.pin_edit.setStyleSheet("font-size: 22pt;")
        self.pin_edit.returnPressed.connect(self.accepted)
        self.keypad = Keypad(self, ok_text=self.tr("OK"))
        self.keypad.attach(self.pin_edit)
        self.keypad.accepted.connect(self.accepted)
        for key, button in self.keypad.buttons.items():
            size = "20pt" if key == "ok" else "22pt"
            button.setStyleSheet(f"min-width: 0px; min-height: 56px; font-size: {size};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.supervisor_combo)
        layout.addWidget(self.pin_edit)
        layout.addWidget(self.keypad, 1)

    @property
    def supervisor_id(self) -> str | None:
        data = self.supervisor_combo.currentData()
        return str(data) if data else None

    @property
    def pin(self) -> str:
        return self.pin_edit.text()


class OverrideDialog(QDialog):
    """« Autorisation d'un superviseur »: the refusal in words, the reason (required), the
    supervisor's PIN. Accepted once the PIN is checked: :attr:`override` holds who and why."""

    def __init__(
        self, counter: Counter, refusal: DomainError, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.counter = counter
        self.override: Override | None = None
        self.setWindowTitle(self.tr("Autorisation d'un superviseur"))
        self.setModal(True)

        title = QLabel(self.tr("Autorisation d'un superviseur"))
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.refusal_label = QLabel(message_for(refusal, counter.lang))
        self.refusal_label.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Motif (obligatoire)"))
        self.reason_edit.setAccessibleName(self.tr("Motif de l'exception"))
        limit(self.reason_edit, "SellOrder.override_reason")
        self.reason_edit.returnPressed.connect(self._reason_entered)
        self.approval = SupervisorApproval(counter, self)
        self.approval.accepted.connect(self.authorize)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(36)
        self.authorize_button = QPushButton(self.tr("Autoriser (Entrée)"))
        self.authorize_button.setProperty("role", "primary")
        self.authorize_button.setAutoDefault(False)
        self.authorize_button.clicked.connect(self.authorize)
        self.cancel_button = QPushButton(self.tr("Annuler (Échap)"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.authorize_button)

        # Two columns, as the refund's approval: why and the reason on the left, the
        # supervisor's PIN and keypad on the right. The dialog stays low enough for a
        # 1366×768 screen, and the refusal has the room to read in full.
        why = QVBoxLayout()
        why.setSpacing(8)
        why.addWidget(self.refusal_label)
        why.addSpacing(8)
        reason_label = QLabel(self.tr("Motif (conservé dans l'historique)"))
        reason_label.setWordWrap(True)
        why.addWidget(reason_label)
        why.addWidget(self.reason_edit)
        why.addWidget(self.message)
        why.addStretch(1)
        approval_box = QFrame()
        approval_box.setFrameShape(QFrame.Shape.StyledPanel)
        approval_column = QVBoxLayout(approval_box)
        approval_column.addWidget(self.approval)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(why, 1)
        columns.addWidget(approval_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self.resize(900, 540)
        self.reason_edit.setFocus()

    @property
    def pin_edit(self) -> QLineEdit:
        return self.approval.pin_edit

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        set_role(self.message, "error" if text else "muted")

    @Slot()
    def _reason_entered(self) -> None:
        """Entrée in the reason: on to the PIN (or authorise once it is typed)."""
        if self.approval.pin and self.reason_edit.text().strip():
            self.authorize()
        else:
            self.pin_edit.setFocus()

    @Slot()
    def authorize(self) -> None:
        lang = self.counter.lang
        reason = self.reason_edit.text().strip()
        if not reason:
            self.show_message(message_for_code("override_reason_required", {}, lang))
            self.reason_edit.setFocus()
            return
        supervisor_id = self.approval.supervisor_id
        if supervisor_id is None:
            self.show_message(message_for_code("supervisor_required", {}, lang))
            return
        if not self.approval.pin:
            self.show_message(self.tr("Le superviseur doit taper son NIP."))
            self.pin_edit.setFocus()
            return
        try:
            supervisor = self.counter.authorize_supervisor(supervisor_id, self.approval.pin)
        except DomainError as error:
            self.pin_edit.clear()
            self.show_message(message_for(error, lang))
            self.pin_edit.setFocus()
            return
        self.pin_edit.clear()
        self.override = Override(supervisor.user_id, reason)
        self.accept()


def ask_override(
    parent: QWidget,
    counter: Counter,
    refusal: DomainError,
    granted: Callable[[Override], None],
    cancelled: Callable[[], None] | None = None,
) -> OverrideDialog | None:
    """Offer a supervisor's override of ``refusal`` when it is one a supervisor may lift (a
    date that has ended): the dialog opens and ``granted`` is called with the override once
    the PIN is checked; Échap calls ``cancelled``. None (nothing offered) for any other
    refusal."""
    if refusal.code != DATE_ENDED:
        return None
    dialog = OverrideDialog(counter, refusal, parent)
    focus = QApplication.focusWidget()  # the keyboard goes back there afterwards

    def done(result: int) -> None:
        override = dialog.override
        dialog.deleteLater()
        parent.window().activateWindow()
        if focus is not None and parent.isAncestorOf(focus) and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        if result == QDialog.DialogCode.Accepted and override is not None:
            granted(override)
        elif cancelled is not None:
            cancelled()

    dialog.finished.connect(done)
    dialog.open()
    return dialog
