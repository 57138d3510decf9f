"""Back-office windows (supervisors and owners): promotions, their codes, history and tags.

They talk to :class:`guichet.services.promotions.PromotionAdmin` only; the service refuses
anyone who may not supervise (``forbidden``), whatever the windows show. This module holds the
small pieces the windows share.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from guichet.domain.promotions import normalize_tag
from guichet.i18n.formatting import day_format
from guichet.ui.login import set_role

ID_ROLE = Qt.ItemDataRole.UserRole
# Check boxes and radio buttons big enough to see and touch at arm's length.
BIG_INDICATORS = (
    "QCheckBox::indicator, QRadioButton::indicator, QListView::indicator "
    "{ width: 22px; height: 22px; }"
)


def make_table(headers: Sequence[str]) -> QTableWidget:
    """A read-only table with whole-row selection and rows tall enough for a finger."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(44)
    table.verticalHeader().setMinimumSectionSize(44)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


def fit_rows(table: QTableWidget) -> None:
    """Rows as tall as their wrapped text, plus a little air; never below the touch size."""
    table.resizeRowsToContents()
    minimum = table.verticalHeader().minimumSectionSize()
    for row in range(table.rowCount()):
        height = table.rowHeight(row)
        if height > minimum:
            table.setRowHeight(row, height + 8)


def item(text: str, *, right: bool = False, center: bool = False) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    if right:
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    elif center:
        cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return cell


def short_date(day: date | None, lang: str) -> str:
    """"1 déc. 2026"; an empty bound shows as a dash."""
    if day is None:
        return "—"
    pattern = "d MMM y" if lang == "fr" else "MMM d, y"
    return day_format(day, pattern, lang)


def add_shortcut(
    widget: QWidget, keys: QKeySequence | QKeySequence.StandardKey | Qt.Key | str,
    slot: object,
) -> QShortcut:
    """A shortcut for the whole window the widget is in."""
    shortcut = QShortcut(QKeySequence(keys), widget)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def show_message(label: QLabel, text: str, level: str = "error") -> None:
    """A sentence under a window: "error" (red), "ok" (green), "warn" (amber)."""
    label.setText(text)
    set_role(label, level if text else "muted")


def split_tags(text: str) -> list[str]:
    """"théâtre, famille ,  jeunesse" -> ["théâtre", "famille", "jeunesse"] (normalised)."""
    seen: list[str] = []
    for part in text.split(","):
        tag = normalize_tag(part)
        if tag and tag not in seen:
            seen.append(tag)
    return seen


class TagCompleter(QCompleter):
    """Completes the word after the last comma, so several tags can be typed in one field."""

    def __init__(self, tags: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(sorted(set(tags)), parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = super().pathFromIndex(index)
        widget = self.widget()
        if not isinstance(widget, QLineEdit):
            return chosen
        parts = widget.text().split(",")[:-1]
        return ", ".join([p.strip() for p in parts if p.strip()] + [chosen])


def attach_tag_completer(edit: QLineEdit, tags: Iterable[str]) -> None:
    edit.setCompleter(TagCompleter(tags, edit))


def check_list(rows: Iterable[tuple[str, str]], checked: Iterable[str] = ()) -> QListWidget:
    """A list of check boxes (the space bar ticks), ``rows`` being (id, text); the id is kept
    in the item."""
    chosen = set(checked)
    widget = QListWidget()
    widget.setAlternatingRowColors(True)
    widget.setUniformItemSizes(True)
    for ident, text in rows:
        add_check_item(widget, ident, text, ident in chosen)
    return widget


def add_check_item(widget: QListWidget, ident: str, text: str, checked: bool = False) -> None:
    entry = QListWidgetItem(text)
    entry.setData(ID_ROLE, ident)
    entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    widget.addItem(entry)


def filter_list(widget: QListWidget, text: str) -> None:
    """Show only the items whose text contains ``text`` (no case, no accents needed)."""
    needle = _folded(text)
    for i in range(widget.count()):
        entry = widget.item(i)
        entry.setHidden(bool(needle) and needle not in _folded(entry.text()))


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def checked_ids(widget: QListWidget) -> list[str]:
    return [
        str(widget.item(i).data(ID_ROLE))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def set_checked(widget: QListWidget, ids: Iterable[str]) -> None:
    chosen = set(ids)
    for i in range(widget.count()):
        entry = widget.item(i)
        entry.setCheckState(
            Qt.CheckState.Checked
            if str(entry.data(ID_ROLE)) in chosen
            else Qt.CheckState.Unchecked
        )
