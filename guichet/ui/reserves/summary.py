"""The chosen show over its reserves: name and time, general availability and the counts, with
« Modifier la réserve… » and « Historique »."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from guichet.i18n.formatting import event_datetime, time_of_day
from guichet.services.views import OccurrenceView
from guichet.ui.reserves.common import button
from guichet.ui.theme import set_role
from guichet.ui.theme import sized_font as _font


class ShowSummary(QWidget):
    """``set_show(occurrence, in_reserves)``: what the chosen show has for general sale."""

    editRequested = Signal()  # « Modifier la réserve… » (supervisors)
    historyRequested = Signal()  # « Historique »

    def __init__(self, timezone: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timezone, self.lang = timezone, lang
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        title_row = QHBoxLayout()
        title_row.setSpacing(6)
        self.show_title = QLabel()
        self.show_title.setFont(_font(self.font(), 18, True))
        self.show_title.setWordWrap(True)  # a long name takes a second line
        self.edit_reserve_button = button(
            self.tr("Modifier la réserve…"), self.editRequested.emit
        )
        self.edit_reserve_button.setToolTip(
            self.tr("Nom, tarif et usagers de la réserve choisie dans la liste")
        )
        self.history_button = button(self.tr("Historique"), self.historyRequested.emit)
        title_row.addWidget(self.show_title, 1)
        title_row.addWidget(self.edit_reserve_button)
        title_row.addWidget(self.history_button)
        column.addLayout(title_row)
        counts = QHBoxLayout()
        counts.setSpacing(12)
        self.availability_label = QLabel()
        self.availability_label.setObjectName("availability")
        self.availability_label.setProperty("role", "ok")
        self.counts_label = QLabel()
        self.counts_label.setObjectName("counts")
        self.counts_label.setProperty("role", "muted")
        self.counts_label.setWordWrap(True)
        counts.addWidget(self.availability_label)
        counts.addWidget(self.counts_label, 1)
        column.addLayout(counts)

    def set_show(self, occ: OccurrenceView | None, in_reserves: int = 0) -> None:
        """``in_reserves``: places the reserves and the held-back line still keep from sale."""
        if occ is None:
            self.show_title.setText(self.tr("Aucune séance choisie"))
            self.show_title.setToolTip("")
            self.availability_label.setText(self.tr("Choisissez une date et une séance à gauche."))
            set_role(self.availability_label, "muted")
            self.counts_label.clear()
            return
        tz, lang = self.timezone, self.lang
        self.show_title.setText(
            self.tr("{event} — {time}").format(
                event=occ.event_name, time=time_of_day(occ.starts_at, tz, lang)
            )
        )
        self.show_title.setToolTip(
            self.tr("{when} — {venue}").format(
                when=event_datetime(occ.starts_at, tz, lang), venue=occ.venue_name
            )
        )
        self.availability_label.setText(
            self.tr("Vente générale\u00a0: %n place(s)", "", occ.remaining)
        )
        self.counts_label.setText(
            self.tr("capacité {capacity} · vendues {sold} · en réserve {reserved}").format(
                capacity=occ.capacity, sold=occ.sold, reserved=in_reserves
            )
        )
        set_role(self.availability_label, "ok" if occ.remaining > 0 else "error")
