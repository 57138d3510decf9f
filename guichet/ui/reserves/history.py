"""« Historique »: every change of the show's reserves: who, when, what, before and after."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guichet.i18n.formatting import event_datetime, timestamp
from guichet.services.counter import Counter
from guichet.services.views import OccurrenceView
from guichet.ui.reserves.common import cell as _cell
from guichet.ui.reserves.common import table as _table
from guichet.ui.theme import sized_font as _font


class ReserveHistoryDialog(QDialog):
    """Every change of the show's reserves: who, when, what, before and after."""

    def __init__(
        self,
        counter: Counter,
        occurrence: OccurrenceView,
        entries: list[Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setModal(True)
        tz, lang = counter.organisation.timezone, counter.lang
        self.setWindowTitle(self.tr("Historique des réserves"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        title = QLabel(
            self.tr("{event} — {when}").format(
                event=occurrence.event_name, when=event_datetime(occurrence.starts_at, tz, lang)
            )
        )
        title.setFont(_font(self.font(), 17, True))
        title.setWordWrap(True)
        layout.addWidget(title)
        self.table = _table(
            [
                self.tr("Quand"),
                self.tr("Qui"),
                self.tr("Action"),
                self.tr("Réserve"),
                self.tr("Détail"),
            ]
        )
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 190)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            reserve = entry.reserve_name or self.tr("Places retenues (sans réserve)")
            cells = [
                _cell(timestamp(entry.at, tz, lang)),
                _cell(entry.user_name or ""),
                _cell(self.action_text(entry.action)),
                _cell(reserve),
                _cell(self.detail_text(entry)),
            ]
            for col, cell in enumerate(cells):
                self.table.setItem(row, col, cell)
        if not entries:
            self.table.setRowCount(1)
            self.table.setItem(0, 4, _cell(self.tr("Aucun changement pour cette séance.")))
        # The reserve's name on one line when it is of a usual length; a longer one wraps.
        names = [self.table.item(row, 3) for row in range(self.table.rowCount())]
        widest = max(
            (self.table.fontMetrics().horizontalAdvance(n.text()) for n in names if n), default=0
        )
        header.resizeSection(3, min(max(widest + 16, 190), 270))
        layout.addWidget(self.table, 1)
        close = QPushButton(self.tr("Fermer"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        row_layout = QHBoxLayout()
        row_layout.addStretch(1)
        row_layout.addWidget(close)
        layout.addLayout(row_layout)
        self.resize(1320, 620)

    def action_text(self, action: str) -> str:
        return {
            "set_quantity": self.tr("Quantité"),
            "release": self.tr("Libération"),
            "draw": self.tr("Tirage"),
            "cancel_draw": self.tr("Annulation"),
            "set_held_back": self.tr("Retenues sans réserve"),
        }.get(str(action), str(action))

    def detail_text(self, entry: Any) -> str:
        action = str(entry.action)
        if action == "draw":
            text = self.tr("%n billet(s) pour {name}", "", entry.quantity).format(
                name=entry.participant_name or "?"
            )
        elif action == "cancel_draw":
            text = self.tr("%n billet(s) annulé(s)", "", entry.quantity)
            if entry.participant_name:
                text = self.tr("{text} ({name})").format(text=text, name=entry.participant_name)
        elif action == "release":
            text = self.tr(
                "%n place(s) remise(s) en vente\u00a0: retenues {before} → {after}",
                "",
                max(entry.held_before - entry.held_after, 0),
            ).format(before=entry.held_before, after=entry.held_after)
        else:
            text = self.tr("Retenues {before} → {after}").format(
                before=entry.held_before, after=entry.held_after
            )
        if action in ("draw", "cancel_draw"):
            text = self.tr("{text} · tirées {before} → {after}").format(
                text=text, before=entry.drawn_before, after=entry.drawn_after
            )
        if entry.note:
            text = self.tr("{text} — {note}").format(text=text, note=entry.note)
        # "6 → 0" stays on one line when the detail wraps.
        return str(text).replace(" → ", "\u00a0→\u00a0")
