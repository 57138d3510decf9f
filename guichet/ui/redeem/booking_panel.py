"""The booking panel of the scanning window: a VALID card books here.

One job: put together what a booking needs (the day and the occurrence, the people) and say
what « Réserver (Entrée) » will do. It holds the ``SessionChooser`` and the
``ParticipantPicker``, keeps the day shown (``day``, never before today) and reads that day's
occurrences for the card from the cards desk; when the occurrence changes it lists the people
again. It books nothing itself: ``book_requested`` (the button, or Entrée in a name) goes to the
window, which asks the cards desk; ``focus_wanted`` asks the window to give the keyboard back
after a click.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from guichet.domain.cards import Verdict
from guichet.domain.errors import DomainError
from guichet.services.cards import ScanResult
from guichet.services.counter import Counter
from guichet.services.views import OccurrenceView
from guichet.ui.redeem.participants import Participant, ParticipantPicker
from guichet.ui.redeem.sessions import SessionChooser
from guichet.ui.redeem.words import RedeemWords
from guichet.ui.scanning import no_focus as _no_focus
from guichet.ui.theme import sized_font as _font

OPEN_DAY_LOOKAHEAD = 31  # days looked at for the first one the card may book


class BookingPanel(QWidget):
    """``BookingPanel(words, counter, in_progress)`` (object name ``bookingBox``):
    ``sessions``, ``picker`` and ``book_button``. ``show_card(result)`` lists ``day``'s
    occurrences for a VALID card; ``in_progress()`` is the session in progress, chosen first
    when it can be booked."""

    book_requested = Signal()
    focus_wanted = Signal()  # a click done: the keyboard goes back where it is expected

    def __init__(
        self,
        words: RedeemWords,
        counter: Counter,
        in_progress: Callable[[], OccurrenceView | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bookingBox")
        self.counter = counter
        self.in_progress = in_progress
        self.result: ScanResult | None = None
        self.day: date = counter.today()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        self.sessions = SessionChooser(words)
        self.sessions.occurrence_changed.connect(self._on_occurrence_changed)
        self.sessions.day_shift_requested.connect(self.shift_day)
        self.sessions.today_requested.connect(self.go_today)
        box.addWidget(self.sessions)
        self.picker = ParticipantPicker()
        self.picker.ticks_changed.connect(self._on_ticks_changed)
        self.picker.names_changed.connect(self.update_book_button)  # the keyboard stays there
        self.picker.count_changed.connect(self.focus_wanted)
        self.picker.submitted.connect(self.book_requested)
        box.addWidget(self.picker)
        self.book_button = QPushButton(self.tr("Réserver (Entrée)"))
        self.book_button.setObjectName("bookButton")
        self.book_button.setProperty("role", "primary")
        self.book_button.setFont(_font(self.font(), 17, True))
        self.book_button.setAutoDefault(False)
        _no_focus(self.book_button)
        self.book_button.clicked.connect(lambda: self.book_requested.emit())
        box.addWidget(self.book_button)

    # --- the card and the day -------------------------------------------------------------

    def _valid(self) -> bool:
        return self.result is not None and self.result.verdict is Verdict.VALID

    def show_card(self, result: ScanResult | None) -> None:
        """The card the panel books for (its members, bookings and passages left); a VALID
        one gets ``day``'s occurrences."""
        self.result = result
        if self._valid():
            self.load()

    def go_today(self) -> None:
        self.set_day(self.counter.today())

    def shift_day(self, days: int) -> None:
        self.set_day(self.day + timedelta(days=days))

    def set_day(self, day: date) -> None:
        self.day = max(day, self.counter.today())
        if self._valid():
            self.load()
        self.focus_wanted.emit()

    def first_open_day(self, result: ScanResult) -> date:
        """Today, or the next day with an occurrence the card may book (places left,
        registration open) when today's are all closed: the panel never opens on a closed
        day when a later one is open."""
        today = self.counter.today()
        if result.card_id is None or result.verdict is not Verdict.VALID:
            return today
        for offset in range(OPEN_DAY_LOOKAHEAD):
            day = today + timedelta(days=offset)
            try:
                entries = self.counter.cards.bookable_occurrences(result.card_id, day)
            except DomainError:
                return today
            if any(e.refusal is None for e in entries):
                return day
        return today

    def load(self) -> None:
        """``day``'s eligible occurrences for the card (the session in progress chosen when
        it can be booked)."""
        assert self.result is not None and self.result.card_id
        today = self.counter.today()
        self.day = max(self.day, today)
        bookable = self.counter.cards.bookable_occurrences(self.result.card_id, self.day)
        in_progress = self.in_progress()
        self.sessions.fill(
            self.day, today, bookable, in_progress.id if in_progress else None, self.counter.clock()
        )

    # --- the people and the button --------------------------------------------------------

    def selected_occurrence_id(self) -> str | None:
        return self.sessions.selected_occurrence_id()

    def participants(self) -> list[Participant]:
        return self.picker.participants()

    def _on_occurrence_changed(self) -> None:
        self.picker.fill(self.result, self.selected_occurrence_id())
        self.update_book_button()
        self.focus_wanted.emit()

    def _on_ticks_changed(self) -> None:
        self.update_book_button()
        self.focus_wanted.emit()

    def update_book_button(self) -> None:
        """ "Réserver (Entrée)" or "Réserver pour 3 personnes (Entrée)"; greyed with no
        occurrence chosen."""
        count = len(self.participants())
        if count > 1:
            text = self.tr("Réserver pour {count} personnes (Entrée)").format(count=count)
        else:
            text = self.tr("Réserver (Entrée)")
        self.book_button.setText(text)
        self.book_button.setEnabled(self.selected_occurrence_id() is not None)

    def after_booking(self) -> None:
        """The members just booked are greyed; the others unticked for the next booking."""
        self.picker.untick()
        self.update_book_button()


__all__ = ["OPEN_DAY_LOOKAHEAD", "BookingPanel"]
