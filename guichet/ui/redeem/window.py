"""``RedeemWindow``: the scanning window ("passages"), made of its parts.

The parts each do one thing and speak through signals: the ``ScanHeader`` hands over what
was scanned and the session in progress, the ``VerdictPanel`` shows the card, the
``SidePanel`` holds the ``BookingPanel`` (day and session, people, « Réserver »), the message
and the ``UpcomingBookings`` (« Présent », « Annuler »). The window judges the scans and books
through the cards desk, keeps the card on screen (``result``), writes the message, and gives
the keyboard back to the scan field (or to the first empty name) after every click. The
parts' controls keep their old names on the window (``scan_field``, ``member_checks``…).
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from guichet.domain.cards import Verdict
from guichet.domain.errors import DomainError
from guichet.services.cards import BookableOccurrence, ScanResult
from guichet.services.counter import Counter
from guichet.services.views import OccurrenceView
from guichet.ui.messages import message_for, message_for_code
from guichet.ui.redeem.booking_panel import BookingPanel
from guichet.ui.redeem.bookings import BookingRow, UpcomingBookings
from guichet.ui.redeem.participants import Participant
from guichet.ui.redeem.scan_booking import RepeatGuard, person_for_scan
from guichet.ui.redeem.scan_header import ScanHeader
from guichet.ui.redeem.side_panel import SidePanel
from guichet.ui.redeem.verdict import VerdictPanel
from guichet.ui.redeem.words import RedeemWords


class RedeemWindow(QWidget):
    """``RedeemWindow(counter)``: its own window (a parent only keeps it alive).

    ``scan(text)`` judges a code as if scanned; ``refresh()`` re-reads the card on screen and
    the day's occurrences. ``booked`` carries the service's ``BookingsMade`` (tickets queued for
    the printer); ``changed`` follows a cancellation or a check-in.
    """

    booked = Signal(object)  # BookingsMade
    changed = Signal()

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.counter = counter
        self.result: ScanResult | None = None
        self.words = RedeemWords(counter, self)
        self._scan_guard = RepeatGuard()
        self.setObjectName("RedeemWindow")
        self.setWindowTitle(self.tr("Passages — forfaits cadeaux et laissez-passer"))
        self.setStyleSheet(
            "QCheckBox { min-height: 44px; spacing: 10px; }"
            " QCheckBox::indicator { width: 26px; height: 26px; }"
        )
        self._build()
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.clear)
        self.escape_shortcut = escape
        self._load_activities()
        self._show_idle()

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(10, 8, 10, 8)
        root.setSpacing(8)
        self.header = ScanHeader(self.words)
        self.header.submitted.connect(self._submit)
        self.header.changed.connect(self._on_activity_changed)
        self.header.book_on_scan_toggled.connect(lambda _on: self.focus_scan())
        root.addWidget(self.header)
        body = QHBoxLayout()
        body.setSpacing(10)
        self.verdict_panel = VerdictPanel(self.words)
        self.booking_box = BookingPanel(self.words, self.counter, self.current_activity)
        self.upcoming = UpcomingBookings(self.words, self.counter)
        self.upcoming.done.connect(self._on_booking_done)
        self.upcoming.refused.connect(self._on_booking_refused)
        self.side_panel = SidePanel(self.booking_box, self.upcoming)
        body.addWidget(self.verdict_panel, 11)
        body.addWidget(self.side_panel, 10)
        root.addLayout(body, 1)
        self.booking_box.book_requested.connect(self.book)
        self.booking_box.focus_wanted.connect(self.focus_scan)
        self._name_parts()

    def _name_parts(self) -> None:
        """The parts' controls under the window's own names (the tests, the screenshots and
        the main window reach them there)."""
        self.scan_bar = self.header.scan_bar
        self.scan_field = self.scan_bar.field
        self.scan_button = self.scan_bar.button
        self.activity_combo = self.header.combo
        self.book_on_scan = self.header.book_on_scan
        verdict = self.verdict_panel
        self.verdict_label = verdict.verdict_label
        self.explanation_label = verdict.explanation_label
        self.card_label = verdict.card_label
        self.code_label = verdict.code_label
        self.holder_label = verdict.holder_label
        self.uses_label = verdict.uses_label
        self.expiry_label = verdict.expiry_label
        self.activities_label = verdict.activities_label
        self.note_label = verdict.note_label
        sessions = self.booking_box.sessions
        self.previous_day_button = sessions.previous_day_button
        self.next_day_button = sessions.next_day_button
        self.today_button = sessions.today_button
        self.day_label = sessions.day_label
        self.occurrence_list = sessions.occurrence_list
        self.people_spin = self.booking_box.picker.people_spin
        self.book_button = self.booking_box.book_button
        self.message = self.side_panel.message

    @property
    def member_checks(self) -> dict[str, QCheckBox]:
        return self.booking_box.picker.member_checks

    @property
    def name_edits(self) -> list[QLineEdit]:
        return self.booking_box.picker.name_edits

    @property
    def booking_rows(self) -> dict[str, BookingRow]:
        return self.upcoming.rows

    @property
    def bookable(self) -> list[BookableOccurrence]:
        return self.booking_box.sessions.bookable

    # --- focus ----------------------------------------------------------------------------

    def focus_scan(self) -> None:
        """The keyboard goes where the next keystroke is expected: the first empty name when
        a booking needs a participant's name, else the scan field (now, and once the event
        loop has run, so that a closing popup or a deleted button cannot keep it)."""
        self._focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self._focus_later)

    def _focus_target(self) -> QLineEdit:
        """The first empty participant name of a booking in progress, else the scan field."""
        if self.result is not None and self.booking_box.isVisibleTo(self):
            empty = self.booking_box.picker.first_empty_name()
            if empty is not None:
                return empty
        return self.scan_field

    def _focus_later(self) -> None:
        try:
            focused = self.focusWidget()
        except RuntimeError:  # the window is gone
            return
        if focused not in self.name_edits:
            self._focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.focus_scan()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.focus_scan()

    # --- activity in progress -------------------------------------------------------------

    def _load_activities(self) -> None:
        self.header.load(self.counter.occurrences(self.counter.today()))

    def current_activity(self) -> OccurrenceView | None:
        """The occurrence chosen as "séance en cours" (scans are judged for its activity)."""
        return self.header.current()

    def select_activity(self, occurrence_id: str | None) -> None:
        self.header.select(occurrence_id)

    def _on_activity_changed(self) -> None:
        if self.result is not None and self.result.card_id:
            self._reload_card(keep_message=True)
            occurrence = self.current_activity()
            if occurrence is not None and self.result.verdict is Verdict.VALID:
                self.go_today()
                self.select_occurrence(occurrence.id)
        self.focus_scan()

    # --- scanning -------------------------------------------------------------------------

    def _submit(self, text: str) -> None:
        if text.strip():
            self.scan(text)
        elif self._can_book():
            self.book()  # Entrée with nothing typed: « Réserver (Entrée) »
        self.focus_scan()

    def _can_book(self) -> bool:
        """A VALID card on screen with its booking panel: Entrée books."""
        result = self.result
        return (
            result is not None
            and result.card_id is not None
            and result.verdict is Verdict.VALID
            and self.booking_box.isVisibleTo(self)
        )

    def scan(self, text: str) -> ScanResult:
        """Judge ``text`` as if scanned; shows the verdict (and books on scan when asked).
        Returns the card as shown: read again after a booking on scan."""
        result = self.counter.cards.scan(text, self.header.activity_id())
        if result.repeated and result.card_id:
            # The scanner repeating itself: nothing counted; show the card as it is now.
            try:
                fresh = self.counter.cards.card_result(result.card_id, self.header.activity_id())
            except DomainError:
                fresh = result
            result = dataclasses.replace(fresh, text=result.text, repeated=True)
        same_card = (
            self.result is not None and result.card_id and self.result.card_id == result.card_id
        )
        if not same_card:
            self.booking_box.day = self.booking_box.first_open_day(result)
            self.message.clear()
        self._show(result)
        if result.repeated:
            self.verdict_panel.set_note(self._repeat_note())
        elif self.header.books_on_scan() and result.verdict is Verdict.VALID:
            self._book_on_scan(result)
        self.focus_scan()
        return self.result if self.result is not None else result  # as shown (after booking)

    def _repeat_note(self) -> str:
        return self.tr("Même code scanné à l'instant\u00a0: ignoré, rien n'est compté.")

    def clear(self) -> None:
        """Échap: back to "Scannez une carte"."""
        self.scan_field.clear()
        self.message.clear()
        self._show_idle()
        self.focus_scan()

    def refresh(self) -> None:
        """Re-read the day's occurrences and the card on screen (after a change elsewhere)."""
        self._load_activities()
        if self.result is not None and self.result.card_id:
            self._reload_card(keep_message=True)
        self.focus_scan()

    def _reload_card(self, keep_message: bool = False) -> None:
        assert self.result is not None and self.result.card_id
        try:
            fresh = self.counter.cards.card_result(self.result.card_id, self.header.activity_id())
        except DomainError as error:
            self.show_error(message_for(error, self.counter.lang))
            return
        text, role = self.side_panel.message_now()
        self._show(dataclasses.replace(fresh, text=self.result.text))
        if keep_message and text:
            self._say(text, role)

    # --- showing a verdict ----------------------------------------------------------------

    def _show_idle(self) -> None:
        self.result = None
        self.booking_box.show_card(None)
        self.verdict_panel.show_idle()
        self.side_panel.hide()

    def _show(self, result: ScanResult) -> None:
        self.result = result
        activity = self.current_activity()
        self.verdict_panel.show_result(result, activity.event_name if activity else "")
        if result.card_id is None:
            self.side_panel.hide()
            return
        valid = result.verdict is Verdict.VALID
        self.booking_box.setVisible(valid)
        self.booking_box.show_card(result)
        self.upcoming.fill(result.bookings)
        self.side_panel.setVisible(valid or bool(result.bookings) or bool(self.message.text()))

    # --- booking panel --------------------------------------------------------------------

    @property
    def day(self) -> date:
        """The day the booking panel shows."""
        return self.booking_box.day

    def go_today(self) -> None:
        self.booking_box.go_today()

    def selected_occurrence_id(self) -> str | None:
        return self.booking_box.selected_occurrence_id()

    def select_occurrence(self, occurrence_id: str) -> bool:
        return self.booking_box.sessions.select_occurrence(occurrence_id)

    def participants(self) -> list[Participant]:
        """Who the booking is for: ticked members, or the typed names."""
        return self.booking_box.participants() if self.result is not None else []

    def book(self) -> None:
        """ "Réserver": the ticked people into the chosen occurrence."""
        result = self.result
        try:
            if result is None or result.card_id is None or result.verdict is not Verdict.VALID:
                self.show_error(self.tr("Scannez d'abord une carte valide."))
                return
            occurrence_id = self.selected_occurrence_id()
            if occurrence_id is None:
                self.show_error(self.tr("Choisissez une séance."))
                return
            people = self.participants()
            if not people:
                self.show_error(message_for_code("participants_required", {}, self.counter.lang))
                return
            self._book(result.card_id, occurrence_id, people)
        finally:
            self.focus_scan()

    def _book(self, card_id: str, occurrence_id: str, people: list[Participant]) -> bool:
        try:
            made = self.counter.cards.book(card_id, occurrence_id, people)
        except DomainError as error:
            self.show_error(message_for(error, self.counter.lang))
            return False
        entry = self.booking_box.sessions.entry(occurrence_id)
        occurrence = entry.occurrence if entry else self.header.occurrence(occurrence_id)
        tickets = len(made.booking_ids) if self.counter.printing_enabled else 0
        names = ", ".join(name for _mid, name in people)
        text = self.words.booked(names, occurrence, made.remaining_uses, tickets)
        self._reload_card()
        self.booking_box.after_booking()
        self.show_ok(text)
        self.side_panel.show()
        self.booked.emit(made)
        return True

    def _book_on_scan(self, result: ScanResult) -> None:
        """ "Réserver au scan": one person into the occurrence in progress, once per scan."""
        occurrence = self.current_activity()
        if occurrence is None or result.card_id is None:
            return
        now = self.counter.clock()
        if self._scan_guard.is_repeat(result.card_id, now):
            self.verdict_panel.set_note(self._repeat_note())
            return
        person = person_for_scan(result, occurrence.id, self.tr("Porteur de la carte"))
        if person is None:
            self.show_error(self.tr("Toutes les personnes de la carte sont déjà inscrites."))
            return
        self._scan_guard.remember(result.card_id, now)
        if self.result is not None and self.result.verdict is Verdict.VALID:
            self.go_today()
            self.select_occurrence(occurrence.id)
        self._book(result.card_id, occurrence.id, [person])

    # --- upcoming bookings ----------------------------------------------------------------

    def cancel_booking(self, booking_id: str) -> None:
        """ "Annuler": the place and the passage go back (within the limit)."""
        self.upcoming.cancel(booking_id)

    def mark_used(self, booking_id: str) -> None:
        """ "Présent": the holder came (an exclusive card is then free for its next booking)."""
        self.upcoming.mark_used(booking_id)

    def _on_booking_done(self, text: str) -> None:
        """A cancellation or a check-in went through: the card read again, said, signalled."""
        self._reload_card()
        self.show_ok(text)
        self.changed.emit()
        self.focus_scan()

    def _on_booking_refused(self, text: str) -> None:
        self._reload_card()
        self.show_error(text)
        self.focus_scan()

    # --- messages -------------------------------------------------------------------------

    def _say(self, text: str, role: str) -> None:
        self.side_panel.say(text, role)
        if text and self.result is not None and self.result.card_id:
            self.side_panel.show()

    def show_error(self, text: str) -> None:
        self._say(text, "error")

    def show_ok(self, text: str) -> None:
        self._say(text, "ok")


__all__ = ["RedeemWindow"]
