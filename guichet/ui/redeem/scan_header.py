"""The top row of the scanning window: what is scanned, and for which session.

One job: take the scans in and say what they are judged for. The ``ScanBar`` (« Code », the
scan field that keeps the keyboard, « Vérifier ») hands the text over through ``submitted``;
« Séance en cours » is which of today's occurrences the scans are judged for, and « Réserver au
scan » whether a VALID scan books its holder into it at once. Neither of those two takes the
keyboard; ``changed`` says the cashier chose another session, ``book_on_scan_toggled`` that the
box was ticked or unticked. With no session chosen ("Toutes les activités") nothing can be
booked on scan: the box is greyed and unticked.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from guichet.services.views import OccurrenceView
from guichet.ui.redeem.words import RedeemWords
from guichet.ui.scanning import ScanBar
from guichet.ui.scanning import no_focus as _no_focus
from guichet.ui.theme import sized_font as _font

MAX_CODE_LENGTH = 64


class ScanHeader(QWidget):
    """``ScanHeader(words)``: ``scan_bar`` (its ``field`` and ``button``), ``combo`` and
    ``book_on_scan``; ``load(today's occurrences)``, ``current()``, ``select(id)``."""

    submitted = Signal(str)  # what was scanned or typed, the field emptied (may be empty)
    changed = Signal()  # the cashier chose another session in progress
    book_on_scan_toggled = Signal(bool)

    def __init__(self, words: RedeemWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self.occurrences: list[OccurrenceView] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.scan_bar = ScanBar(
            caption=self.tr("Code"),
            placeholder=self.tr("Scannez le code"),
            accessible_name=self.tr("Code de la carte"),
            button_text=self.tr("Vérifier"),
            max_length=MAX_CODE_LENGTH,
            parent=self,
        )
        self.scan_bar.submitted.connect(self.submitted)
        row.addWidget(self.scan_bar, 5)
        row.addSpacing(12)
        caption = QLabel(self.tr("Séance en cours"))
        caption.setFont(_font(self.font(), 15, True))
        self.combo = QComboBox()
        self.combo.setObjectName("activityCombo")
        self.combo.setAccessibleName(self.tr("Séance en cours"))
        self.combo.setMinimumWidth(330)
        # As wide as its longest date ("10:00 a.m.  Climbing — first steps"), never cut.
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        _no_focus(self.combo)
        self.combo.activated.connect(self._on_activated)
        caption.setBuddy(self.combo)
        self.book_on_scan = QCheckBox(self.tr("Réserver au scan"))
        self.book_on_scan.setObjectName("bookOnScan")
        self.book_on_scan.setToolTip(
            self.tr("Un scan VALIDE inscrit aussitôt une personne à la séance en cours")
        )
        _no_focus(self.book_on_scan)
        self.book_on_scan.toggled.connect(self.book_on_scan_toggled)
        row.addWidget(caption)
        row.addWidget(self.combo, 3)
        row.addWidget(self.book_on_scan)

    def load(self, occurrences: list[OccurrenceView]) -> None:
        """Today's occurrences; the session chosen stays chosen when it is still there."""
        chosen = self.combo.currentData()
        self.occurrences = occurrences
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Toutes les activités"), None)
        for occ in occurrences:
            self.combo.addItem(
                self.tr("{time}  {event}").format(
                    time=self.words.time(occ.starts_at), event=occ.event_name
                ),
                occ.id,
            )
        index = self.combo.findData(chosen) if chosen else 0
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        self._update_book_on_scan()

    def current(self) -> OccurrenceView | None:
        """The occurrence chosen as "séance en cours" (scans are judged for its activity)."""
        occurrence_id = self.combo.currentData()
        return self.occurrence(occurrence_id) if occurrence_id else None

    def occurrence(self, occurrence_id: str) -> OccurrenceView | None:
        """One of today's occurrences."""
        return next((o for o in self.occurrences if o.id == occurrence_id), None)

    def activity_id(self) -> str | None:
        occurrence = self.current()
        return occurrence.activity_id if occurrence else None

    def select(self, occurrence_id: str | None) -> None:
        """Choose a session as if clicked (``None``: all activities); ``changed`` follows."""
        index = self.combo.findData(occurrence_id) if occurrence_id else 0
        self.combo.setCurrentIndex(max(index, 0))
        self._on_activated()

    def _on_activated(self, _index: int = 0) -> None:
        self._update_book_on_scan()
        self.changed.emit()

    def books_on_scan(self) -> bool:
        return self.book_on_scan.isChecked()

    def _update_book_on_scan(self) -> None:
        has_activity = self.current() is not None
        self.book_on_scan.setEnabled(has_activity)
        if not has_activity:
            self.book_on_scan.setChecked(False)


__all__ = ["MAX_CODE_LENGTH", "ScanHeader"]
