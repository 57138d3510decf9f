"""The lines under the seat map's legend: what is selected, the keyboard row's counts, the
message (a refusal in words), and the keys.

Each is a label that writes itself from what it is given; the panel tells them when.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from guichet.domain.seating import Seat, seat_labels
from guichet.ui.seatmap.looks import SELECTED_COLOR
from guichet.ui.theme import COLORS, sized_font


class SelectionLine(QLabel):
    """ "Sélection : Parterre, rangée F, sièges 11, 12 (2)", in the selection's blue."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("selection")
        self.setWordWrap(True)
        self.setFont(sized_font(self.font(), 16, bold=True))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(
            f"QLabel#selection {{ background: {COLORS['selection']};"
            f" border-left: 6px solid {SELECTED_COLOR}; padding: 6px 8px; }}"
        )
        self.setAccessibleName(self.tr("Sélection"))

    def show_seats(self, seats: Sequence[Seat]) -> None:
        if not seats:
            text = self.tr("Sélection\u00a0: aucun siège")
        else:
            text = self.tr("Sélection\u00a0: {seats} ({count})").format(
                seats=seat_labels(seats, self.lang), count=len(seats)
            )
        self.setText(text)


class RowPanel(QLabel):
    """The keyboard row (or the last seat tapped) and its section: free seats, seats chosen,
    then the seat itself. Written again after every action, never showing the counts of
    before."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rowPanel")
        self.setAccessibleName(self.tr("Rangée"))
        self.setWordWrap(True)
        self.setFont(sized_font(self.font(), 14))
        self.setTextFormat(Qt.TextFormat.PlainText)

    def show_no_row(self) -> None:
        self.setText(self.tr("Clavier\u00a0: ↓ pour choisir une rangée"))

    def show_row(
        self,
        section: str,
        row: str,
        row_counts: tuple[int, int, int],
        section_counts: tuple[int, int, int],
        seat_text: str,
    ) -> None:
        """``row_counts`` and ``section_counts`` are (free, selected, total); ``seat_text``
        describes the seat under the cursor (empty: no line for it)."""
        free, chosen, total = row_counts
        text = self.tr("Rangée {row} ({section}) — sièges libres\u00a0: {free} sur {total}").format(
            row=row, section=section, free=free, total=total
        )
        if chosen:
            text = self.tr("{text}, choisis\u00a0: {chosen}").format(text=text, chosen=chosen)
        section_free, section_chosen, section_total = section_counts
        line = self.tr("{section} — sièges libres\u00a0: {free} sur {total}").format(
            section=section, free=section_free, total=section_total
        )
        if section_chosen:
            line = self.tr("{text}, choisis\u00a0: {chosen}").format(
                text=line, chosen=section_chosen
            )
        text = self.tr("{text}\n{seat}").format(text=text, seat=line)
        if seat_text:
            text = self.tr("{text}\n{seat}").format(text=text, seat=seat_text)
        self.setText(text)


class MessageLine(QLabel):
    """A refusal or a notice in words; hidden when there is none (no empty line kept)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message")
        self.setWordWrap(True)
        self.setProperty("role", "error")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Message"))

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class KeyboardHint(QLabel):
    """The keys and gestures of the map, in short (a window that needs the room makes it the
    panel's tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(
            self.tr(
                "↑ ↓\u00a0: rangée · Entrée\u00a0: toute la rangée\n"
                "← →\u00a0: siège · Espace\u00a0: prendre ou laisser\n"
                "Clic\u00a0: un siège · glisser\u00a0: déplacer\n"
                "Pincer, Ctrl + molette, + −\u00a0: zoom\n"
                "0\u00a0: tout voir"
            )
        )
        self.setFont(sized_font(self.font(), 13))
        self.setWordWrap(True)  # a longer translation takes one more line
        self.setProperty("role", "muted")
