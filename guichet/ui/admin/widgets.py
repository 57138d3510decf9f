"""Pieces the back office's sections and dialogs are built from: a section's title line, a
column of parts, a row of buttons, keys that work while the keyboard is in a panel, a muted
sentence, the row chosen in a table, the dialog that saves with Entrée and closes with
Échap, and a tab of rows with its buttons.

Texts shown here are translated under the context "dialog"; a section's own words stay in
the section (passed in already translated), so the English catalogue keeps them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.services.backoffice import BackOffice
from guichet.ui.admin.section import message_label, show_message
from guichet.ui.theme import set_role

T = TypeVar("T")

# A key as a shortcut takes it: Qt.Key.Key_Insert, "Ctrl+D"…
Keys = QKeySequence | Qt.Key | str
# What a column holds: a widget or a layout, or either with its stretch.
Part = QWidget | QLayout | tuple[QWidget | QLayout, int]
# Around a dialog's column: a little more air on the sides than above and below.
DIALOG_MARGINS = (20, 16, 20, 16)


def title_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "title")
    return label


def heading_row(title: str, summary: QLabel, *extras: QWidget) -> QHBoxLayout:
    """A section's title, what it holds in a few words (``summary``) and, on the right,
    ``extras`` (a filter), all standing on the title's base line."""
    row = QHBoxLayout()
    row.addWidget(title_label(title))
    row.addSpacing(16)
    row.addWidget(summary, 1, Qt.AlignmentFlag.AlignBottom)
    for extra in extras:
        row.addWidget(extra, 0, Qt.AlignmentFlag.AlignBottom)
    return row


def column_layout(
    parent: QWidget,
    *parts: Part,
    spacing: int,
    margins: tuple[int, int, int, int] = (0, 0, 0, 0),
) -> QVBoxLayout:
    """``parent``'s parts from top to bottom; one given as ``(part, stretch)`` takes the
    height left."""
    root = QVBoxLayout(parent)
    root.setContentsMargins(*margins)
    root.setSpacing(spacing)
    for entry in parts:
        part, stretch = entry if isinstance(entry, tuple) else (entry, 0)
        if isinstance(part, QLayout):
            root.addLayout(part, stretch)
        else:
            root.addWidget(part, stretch)
    return root


def button_row(*buttons: QWidget, spacing: int | None = None, right: bool = False) -> QHBoxLayout:
    """Buttons side by side: on the left of a section (``right``: on the right of a dialog,
    its default action last)."""
    row = QHBoxLayout()
    if spacing is not None:
        row.setSpacing(spacing)
    if right:
        row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    if not right:
        row.addStretch(1)
    return row


def panel_keys(
    panel: QWidget,
    keys: Mapping[Keys, Callable[[], object]],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> list[QShortcut]:
    """Keys of ``panel``, by default working while the keyboard is in it (two panels on screen
    may both use Inser, Entrée and Ctrl+D, each for its own rows); ``context`` says otherwise
    (the whole window, or the widget alone)."""
    made = []
    for sequence, slot in keys.items():
        shortcut = QShortcut(QKeySequence(sequence), panel)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        made.append(shortcut)
    return made


def hint_label(text: str = "") -> QLabel:
    """A muted sentence that wraps: what a panel or a form is for, a hint under a field."""
    label = QLabel(text)
    label.setWordWrap(True)
    set_role(label, "muted")
    return label


def selected_item(table: QTableWidget, items: Sequence[T]) -> T | None:
    """What the table's chosen row shows (its rows are ``items``, in order), or None."""
    model = table.selectionModel()
    rows = model.selectedRows() if model is not None else []
    if not rows or not 0 <= rows[0].row() < len(items):
        return None
    return items[rows[0].row()]


def dialog_buttons(dialog: QDialog, save_text: str = "") -> tuple[QPushButton, QPushButton]:
    """The default action (Entrée, even from a field) and Annuler (Échap)."""
    save = QPushButton(save_text or QCoreApplication.translate("dialog", "Enregistrer (Entrée)"))
    save.setProperty("role", "primary")
    save.setDefault(True)
    cancel = QPushButton(QCoreApplication.translate("dialog", "Annuler (Échap)"))
    cancel.setAutoDefault(False)
    cancel.clicked.connect(dialog.reject)
    return save, cancel


class ActionDialog(QDialog):
    """A modal dialog with a line for its refusal and Annuler (Échap) / its action
    (Entrée: ``save``). A refusal stays in the dialog, in words, with what was typed."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setModal(True)
        self.message = message_label()
        self.save_button, self.cancel_button = dialog_buttons(self)
        self.save_button.clicked.connect(self.save)

    def buttons(self) -> QHBoxLayout:
        return button_row(self.cancel_button, self.save_button, right=True)

    def lay_out(self, *parts: Part, spacing: int = 12) -> QVBoxLayout:
        """The dialog's column: ``parts`` (see :func:`column_layout`), the message, the buttons."""
        return column_layout(
            self, *parts, self.message, self.buttons(), spacing=spacing, margins=DIALOG_MARGINS
        )

    def show_error(self, error: DomainError | str) -> None:
        show_message(self.message, error, self.lang)

    def close_or_say(self, error: DomainError | None) -> None:
        """Close once done; otherwise say why, in the person's language."""
        if error is None:
            self.accept()
            return
        self.show_error(error)

    def save(self) -> None:
        raise NotImplementedError


class ListPanel(QWidget):
    """A tab of rows: what it is for, the table, a line for what happened, a row of buttons
    and keys that work while the keyboard is in the tab. ``refresh`` reads the rows again,
    ``select`` chooses one by its id."""

    changed = Signal()

    def __init__(self, office: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.lang = office.lang
        self.message = message_label()

    def lay_out(
        self,
        explanation: str,
        table: QTableWidget,
        buttons: Sequence[QPushButton],
        keys: Mapping[Keys, Callable[[], object]],
    ) -> None:
        column_layout(
            self,
            hint_label(explanation),
            (table, 1),
            self.message,
            button_row(*buttons, spacing=8),
            spacing=10,
            margins=(8, 8, 8, 8),
        )
        panel_keys(self, keys)

    def refresh(self) -> None:
        raise NotImplementedError

    def select(self, ident: str) -> None:
        raise NotImplementedError

    def say(self, error: DomainError | str, level: str = "error") -> None:
        show_message(self.message, error, self.lang, level)

    def _done(self, ident: str, text: str) -> None:
        """Show what was just done: the rows read again, the row chosen, the words."""
        self.refresh()
        self.select(ident)
        self.say(text, "ok")
        self.changed.emit()
