"""What every section of the back office shares: the :class:`Section` base class and its
message line and action buttons (the sections import this module, not the package, so the
window that lists them and the sections do not import each other)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from guichet.domain.errors import DomainError
from guichet.services.backoffice import BackOffice
from guichet.ui.messages import message_for
from guichet.ui.theme import set_role


class Section(QWidget):
    """One page of the back office. ``changed`` tells the window (and the sales page behind
    it) that the catalogue moved; ``refresh`` reads it again when the page is shown."""

    changed = Signal()
    #: Its key in the window and in ``guichet --screenshot --window`` (setup, staff...).
    key = ""

    def __init__(self, office: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.lang = office.lang

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Read what the section shows again."""

    def shortcut(self, keys: QKeySequence | Qt.Key | str, slot: Callable[[], object]) -> QShortcut:
        """A key that works while the keyboard is in this section (several sections use
        Inser): the window gives the section the focus when it is opened (Ctrl+1…9,
        Entrée or a click in the list)."""
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def focus_first(self) -> None:
        """Give the keyboard to the section (its keys work only with the focus inside it):
        its first field, list or button that takes Tab."""
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if (
                self.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def say(self, label: QLabel, error: DomainError | str, level: str = "error") -> None:
        """A refusal (or a sentence) under the section, in the person's language."""
        show_message(label, error, self.lang, level)


def show_message(label: QLabel, error: DomainError | str, lang: str, level: str = "error") -> None:
    """A refusal in words in ``lang`` (or a sentence) on ``label``, coloured by ``level``;
    an empty text leaves the line muted."""
    text = message_for(error, lang) if isinstance(error, DomainError) else error
    label.setText(text)
    set_role(label, level if text else "muted")


def message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    set_role(label, "muted")
    return label


def action_button(
    text: str, slot: Callable[[], object], role: str = "", parent: QWidget | None = None
) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAutoDefault(False)
    # A section's row of five actions fits 1366 px in French and English: less padding than
    # the counter's keys (the focus border takes its room from the padding, as in the theme).
    button.setStyleSheet(
        "QPushButton { padding: 6px 10px; } QPushButton:focus { padding: 4px 8px; }"
    )
    if role:
        button.setProperty("role", role)
    button.clicked.connect(slot)
    return button
