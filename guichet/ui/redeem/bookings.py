"""The card's upcoming bookings, in the scanning window: « Présent » and « Annuler » per line.

One job: list what the card has booked and not used yet. Each line says when, what and who;
« Présent » checks the person in, « Annuler » gives the place and the passage back, only
within the limit and where the card allows it (otherwise the refusal is written on the line and
the button is greyed). The buttons never take the keyboard. The list asks the cards desk
itself and says how it went: ``done`` (what was done, in words) or ``refused`` (why not); the
window then reads the card again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.cards import BookingStatus
from guichet.domain.errors import DomainError
from guichet.services.cards import BookingView
from guichet.services.counter import Counter
from guichet.ui.messages import message_for
from guichet.ui.redeem.sessions import COMPACT
from guichet.ui.redeem.words import RedeemWords
from guichet.ui.scanning import no_focus as _no_focus
from guichet.ui.theme import COLORS
from guichet.ui.theme import sized_font as _font


class BookingRow(QFrame):
    """One upcoming booking of the card: when, what, who, "Présent" and "Annuler"."""

    present_requested = Signal(str)  # the booking's id
    cancel_requested = Signal(str)

    def __init__(
        self, words: RedeemWords, booking: BookingView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.booking = booking
        self.setObjectName("bookingRow")
        self.setStyleSheet(
            "QFrame#bookingRow { background: white; border: 1px solid "
            f"{COLORS['border']}; border-radius: 6px; }}"
            "QFrame#bookingRow QLabel { border: none; background: transparent; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(8)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        self.when_label = QLabel(
            self.tr("{when} — {event}").format(
                when=words.when(booking.starts_at), event=booking.event_name
            )
        )
        self.when_label.setFont(_font(self.font(), 15, True))
        self.when_label.setWordWrap(True)
        used = booking.status is BookingStatus.USED
        status = self.tr("présent") if used else self.tr("réservé")
        self.who_label = QLabel(
            self.tr("{participant} · {status}").format(
                participant=booking.participant, status=status
            )
        )
        self.who_label.setFont(_font(self.font(), 14))
        texts.addWidget(self.when_label)
        texts.addWidget(self.who_label)
        top.addLayout(texts, 1)
        self.present_button = QPushButton(self.tr("Présent"))
        self.present_button.setObjectName("presentButton")
        self.present_button.setToolTip(self.tr("La personne est arrivée\u00a0: passage utilisé"))
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.setObjectName("cancelButton")
        for button in (self.present_button, self.cancel_button):
            _no_focus(button)
            button.setAutoDefault(False)
            button.setStyleSheet(COMPACT)
            top.addWidget(button)
        self.present_button.setEnabled(not used)
        self.present_button.clicked.connect(lambda: self.present_requested.emit(booking.id))
        self.cancel_button.clicked.connect(lambda: self.cancel_requested.emit(booking.id))
        layout.addLayout(top)
        self.refusal_label = QLabel()
        self.refusal_label.setObjectName("cancelRefusal")
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setFont(_font(self.font(), 13))
        self.refusal_label.setStyleSheet(f"color: {COLORS['muted']};")
        layout.addWidget(self.refusal_label)
        refusal = booking.cancel_refusal
        if refusal is not None and not used:
            refused = words.refusal(refusal)
            self.cancel_button.setEnabled(False)
            self.cancel_button.setToolTip(refused)
            self.refusal_label.setText(refused)
        else:
            self.refusal_label.hide()
            if used:
                self.cancel_button.setEnabled(False)


class UpcomingBookings(QWidget):
    """``UpcomingBookings(words, counter)``: « Réservations à venir » and a ``BookingRow`` per
    booking (``rows``: booking id → line), or « Aucune réservation à venir. »"""

    done = Signal(str)  # a cancellation or a check-in, in words
    refused = Signal(str)  # the desk's refusal, in words

    def __init__(self, words: RedeemWords, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self.counter = counter
        self.rows: dict[str, BookingRow] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.title = QLabel(self.tr("Réservations à venir"))
        self.title.setFont(_font(self.font(), 17, True))
        layout.addWidget(self.title)
        self.box = QWidget()
        self.box.setObjectName("bookingsBox")
        self.rows_layout = QVBoxLayout(self.box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(4)
        self.rows_layout.addStretch(1)
        self.rows_scroll = QScrollArea()
        self.rows_scroll.setObjectName("bookingsScroll")
        self.rows_scroll.setWidgetResizable(True)
        self.rows_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rows_scroll.setWidget(self.box)
        self.rows_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        _no_focus(self.rows_scroll)
        self.empty_label = QLabel(self.tr("Aucune réservation à venir."))
        self.empty_label.setStyleSheet(f"color: {COLORS['muted']};")
        layout.addWidget(self.empty_label)
        layout.addWidget(self.rows_scroll, 100)
        layout.addStretch(1)  # takes the room when there is no booking to list

    def fill(self, bookings: tuple[BookingView, ...]) -> None:
        for row in self.rows.values():
            self.rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = {}
        for index, booking in enumerate(bookings):
            row = BookingRow(self.words, booking)
            row.present_requested.connect(self.mark_used)
            row.cancel_requested.connect(self.cancel)
            self.rows[booking.id] = row
            self.rows_layout.insertWidget(index, row)
        self.empty_label.setVisible(not bookings)
        self.rows_scroll.setVisible(bool(bookings))

    def _booking(self, booking_id: str) -> BookingView | None:
        row = self.rows.get(booking_id)
        return row.booking if row is not None else None

    def cancel(self, booking_id: str) -> None:
        """ "Annuler": the place and the passage go back (within the limit)."""
        booking = self._booking(booking_id)
        try:
            left = self.counter.cards.cancel_booking(booking_id)
        except DomainError as error:
            self.refused.emit(message_for(error, self.counter.lang))
            return
        who = booking.participant if booking else ""
        if left is None:
            self.done.emit(self.tr("Réservation annulée\u00a0: {name}.").format(name=who))
            return
        self.done.emit(
            self.tr("Réservation annulée\u00a0: {name}. Passage rendu\u00a0: {left}.").format(
                name=who, left=self.words.left(left)
            )
        )

    def mark_used(self, booking_id: str) -> None:
        """ "Présent": the holder came (an exclusive card is then free for its next booking)."""
        booking = self._booking(booking_id)
        try:
            self.counter.cards.mark_used(booking_id)
        except DomainError as error:
            self.refused.emit(message_for(error, self.counter.lang))
            return
        who = booking.participant if booking else ""
        self.done.emit(self.tr("Présence notée\u00a0: {name}.").format(name=who))


__all__ = ["BookingRow", "UpcomingBookings"]
