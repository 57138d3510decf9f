"""The scan bar of the scanning windows (the door's « Entrées », the passes' « Passages »).

One job: a caption, a big scan field that a keyboard-wedge scanner types into (then Entrée)
and a check button. Entrée in the field or a click on the button hands the text over through
``submitted`` (the field emptied first, the text as typed: the window judges it, an empty text
included). Every control but the field leaves the keyboard where it is: the button never takes
it. The texts come from the window, translated in its own context.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from guichet.ui.limits import limit
from guichet.ui.theme import COLORS
from guichet.ui.theme import sized_font as _font

# The verdict band's colours shared by the scanning windows: (background, text).
TONES = {
    "idle": ("#eaeef2", COLORS["text"]),
    "ok": (COLORS["ok"], "#ffffff"),
    "danger": (COLORS["danger"], "#ffffff"),
    "warn": ("#f2b705", COLORS["text"]),
}


def no_focus(widget: QWidget) -> QWidget:
    """A control that leaves the keyboard in the scan field."""
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return widget


class ScanBar(QWidget):
    """``ScanBar(caption, placeholder, accessible_name, button_text, max_length, parent)``:
    ``field`` (object name ``scanField``) and ``button``; ``submitted`` carries the text."""

    submitted = Signal(str)

    def __init__(
        self,
        *,
        caption: str,
        placeholder: str,
        accessible_name: str,
        button_text: str,
        max_length: int,
        button_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(8)
        self.caption = QLabel(caption)
        self.caption.setFont(_font(self.font(), 20, True))
        self.field = QLineEdit()
        self.field.setObjectName("scanField")
        self.field.setFont(_font(self.font(), 22, True))
        limit(self.field, "scan", max_length)
        self.field.setMinimumHeight(56)
        self.field.setPlaceholderText(placeholder)
        self.field.setAccessibleName(accessible_name)
        self.field.setStyleSheet(f"QLineEdit {{ border: 3px solid {COLORS['primary']}; }}")
        self.field.returnPressed.connect(self.submit)
        self.caption.setBuddy(self.field)
        self.button = QPushButton(button_text)
        if button_name:
            self.button.setObjectName(button_name)
        self.button.setProperty("role", "primary")
        self.button.setAutoDefault(False)
        no_focus(self.button)
        self.button.clicked.connect(self.submit)
        bar.addWidget(self.caption)
        bar.addWidget(self.field, 1)
        bar.addWidget(self.button)

    def submit(self) -> None:
        """Hand the text over, the field emptied for the next scan."""
        text = self.field.text()
        self.field.clear()
        self.submitted.emit(text)


def paint_band(panel: QWidget, tone: str, tones: dict[str, tuple[str, str]], radius: int) -> str:
    """Colour the verdict band ``panel`` (object name ``verdictPanel``) for ``tone``; returns
    the text colour."""
    background, text = tones[tone]
    panel.setStyleSheet(
        f"QFrame#verdictPanel {{ background: {background}; border-radius: {radius}px; }}"
        f"QFrame#verdictPanel QLabel {{ color: {text}; background: transparent; }}"
    )
    panel.setProperty("tone", tone)
    return text


__all__ = ["TONES", "ScanBar", "no_focus", "paint_band"]
