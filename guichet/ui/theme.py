"""Look and feel for a counter read at arm's length and used with a finger.

Base font 15 pt, buttons at least 56 px high, strong contrast; everything fits 1366x768.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDateEdit, QWidget

BASE_POINT_SIZE = 15
MIN_TOUCH = 56

COLORS = {
    "bg": "#f4f5f7",
    "panel": "#ffffff",
    "text": "#1b1f24",
    "muted": "#57606a",
    "primary": "#0b5cad",
    "primary_text": "#ffffff",
    "ok": "#1a7f37",
    "warn": "#9a6700",
    "danger": "#cf222e",
    "border": "#c8ced6",
    "selection": "#dbeafe",
}

STYLE = f"""
QWidget {{ color: {COLORS["text"]}; }}
QMainWindow, QDialog {{ background: {COLORS["bg"]}; }}
QPushButton {{
    min-height: {MIN_TOUCH}px; padding: 6px 14px; border-radius: 6px;
    border: 1px solid {COLORS["border"]}; background: {COLORS["panel"]};
}}
/* A thicker border takes its room from the padding: a button keeps its size, and its text
   its room, when it takes the focus (a focused button was 4 px short of its text). */
QPushButton:focus {{ border: 3px solid {COLORS["primary"]}; padding: 4px 12px; }}
QPushButton:disabled {{ color: #8c959f; background: #eaeef2; }}
QPushButton[role="primary"] {{
    background: {COLORS["primary"]}; color: {COLORS["primary_text"]}; font-weight: bold;
    border: none;
}}
QPushButton[role="danger"] {{ background: {COLORS["danger"]}; color: white; border: none; }}
QPushButton[role="key"] {{ font-size: 22pt; min-width: 84px; min-height: 72px; }}
QLineEdit, QSpinBox, QDateEdit, QComboBox {{
    min-height: 44px; padding: 2px 8px; border: 1px solid {COLORS["border"]};
    border-radius: 4px; background: white;
}}
QLineEdit:focus {{ border: 2px solid {COLORS["primary"]}; }}
QSpinBox {{ min-width: 72px; }}
QSpinBox::up-button, QSpinBox::down-button {{ width: 28px; }}
QComboBox {{ padding-right: 36px; }}
QComboBox::drop-down {{ width: 32px; }}
QTableView, QTableWidget, QListWidget, QListView, QTreeView {{
    background: white; alternate-background-color: #f6f8fa;
    selection-background-color: {COLORS["primary"]}; selection-color: white;
    border: 1px solid {COLORS["border"]};
}}
QHeaderView::section {{ padding: 6px; font-weight: bold; background: #eaeef2; border: none; }}
QLabel[role="title"] {{ font-size: 22pt; font-weight: bold; }}
QLabel[role="total"] {{ font-size: 28pt; font-weight: bold; }}
QLabel[role="muted"] {{ color: {COLORS["muted"]}; }}
QLabel[role="error"] {{ color: {COLORS["danger"]}; font-weight: bold; }}
QLabel[role="ok"] {{ color: {COLORS["ok"]}; font-weight: bold; }}
QLabel[role="warn"] {{ color: {COLORS["warn"]}; font-weight: bold; }}
QStatusBar {{ font-size: 13pt; }}
"""


def apply_theme(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE)


def sized_font(base: QFont, point_size: int, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSize(point_size)
    font.setBold(bold)
    return font


def set_role(widget: QWidget, role: str) -> None:
    """Change a widget's theme role (see STYLE) and make the style sheet notice."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def day_edit(lang: str, display_format: str) -> QDateEdit:
    """A date field with a calendar, in the counter's language ("samedi 5 décembre 2026",
    "Saturday, December 5, 2026": a format in the French order reads in the English one)."""
    from guichet.i18n.formatting import qt_day_pattern

    edit = QDateEdit()
    edit.setCalendarPopup(True)
    language = QLocale.Language.French if lang == "fr" else QLocale.Language.English
    edit.setLocale(QLocale(language, QLocale.Country.Canada))
    edit.setDisplayFormat(qt_day_pattern(display_format, lang))
    return edit
