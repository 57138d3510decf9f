"""What the back office's window tests share: the window shown with the keyboard in it, keys
and text sent where the keyboard is (as a real keyboard sends them), and the history lines
written so far."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from guichet.models.tables import CatalogueChange
from guichet.services.backoffice import BackOffice
from guichet.services.counter import Counter
from guichet.ui.admin import AdminWindow

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier

W = TypeVar("W", bound=QWidget)


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Show a window and wait until it has the keyboard (shortcuts work in the active one)."""
    if not widget.isVisible():
        widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=3000)


def opened(qtbot: QtBot, dialog: W | None) -> W:
    """The dialog a key has just opened (a section keeps it while shown), with the keyboard."""
    assert dialog is not None, "no dialog opened"
    activate(qtbot, dialog)
    return dialog


def show_admin(qtbot: QtBot, office: BackOffice, start: str = "") -> AdminWindow:
    """The back office at 1366×768 with the keyboard, on section ``start`` (the first one
    when empty)."""
    window = AdminWindow(office, start=start)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    activate(qtbot, window)
    return window


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    """A key where the keyboard focus is, as a real keyboard sends it. When a dialog has just
    closed, the window manager gives the keyboard back to the window (offscreen has none)."""
    if QApplication.activeWindow() is None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AdminWindow))
        activate(qtbot, window)
    qtbot.keyClick(focused(), key, modifier)


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard, accents and line breaks included (QTest.keyClicks only knows
    ASCII)."""
    for char in text:
        code = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, code, NONE, char))


def type_here(text: str) -> None:
    """Type where the keyboard focus is."""
    type_text(focused(), text)


def changes(counter: Counter) -> int:
    """How many lines the back office's history holds."""
    with counter.session_factory() as session:
        return int(session.scalar(select(func.count(CatalogueChange.id))) or 0)
