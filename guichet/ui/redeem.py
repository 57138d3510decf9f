"""The scanning window ("passages"): gift packages (forfaits cadeaux) and passes (laissez-passer).

A scan field that always has the keyboard: a keyboard-wedge scanner types the code and Entrée,
or the cashier types it (spaces, dashes and lower case are fine: the service normalises). The
verdict then fills the window in colour, in words a cashier reads at arm's length:

- green: VALIDE, with the holder, the passages left (or "Illimité"), the last valid day and
  the eligible activities;
- red: expired, used up, unknown code, not activated, blocked, cancelled, not eligible for the
  activity in progress, exclusive card with a booking in progress (which one);
- amber: "Vérifiez le code" (the check character does not match: a typo) and "Pas encore
  valide".

From a VALID verdict the cashier picks a day and an eligible occurrence, ticks the members (a
family pass: every member of the account; an individual pass: its holder; a gift package
without an account: a name for each person) and books: one passage per person, one ticket
printed per booking. The card's upcoming bookings are listed with "Présent" (check-in) and
"Annuler" (only within the limit and where the card allows it; otherwise the refusal is
written on the line).

"Séance en cours" judges every scan for that occurrence's activity, and "Réserver au scan"
books the holder (one person) on a VALID scan. A scanner that repeats itself (the same code
within 2 s) never books twice: the service marks the repeat and the window also keeps its own
2-second guard per card.

Entrée scans; with the field empty it books (« Réserver (Entrée) »). Échap clears the verdict
back to "Scannez une carte". The focus comes back to the scan field after every click, booking
or cancellation, except when a booking needs a participant's name: then the first empty name
has it (Entrée there books too). A valid card opens the booking panel on the first day, from
today, with an occurrence it may book (not on a day whose occurrences are all closed).
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.cards import (
    MAX_PARTICIPANTS,
    SCAN_REPEAT_WINDOW,
    BookingStatus,
    CardKind,
    Verdict,
)
from guichet.domain.errors import DomainError
from guichet.i18n.formatting import day_format, local, long_date, time_of_day
from guichet.services.cards import BookableOccurrence, BookingView, ScanResult
from guichet.services.counter import Counter
from guichet.services.views import OccurrenceView
from guichet.ui.messages import message_for, message_for_code
from guichet.ui.scanning import TONES as SCAN_TONES
from guichet.ui.scanning import ScanBar, paint_band
from guichet.ui.scanning import no_focus as _no_focus
from guichet.ui.theme import COLORS
from guichet.ui.theme import set_role as _set_role
from guichet.ui.theme import sized_font as _font

OCCURRENCE_ROLE = Qt.ItemDataRole.UserRole + 20
MAX_CODE_LENGTH = 64
MAX_LIST_ROWS = 5
MAX_PARTICIPANT_ROWS = 3
OPEN_DAY_LOOKAHEAD = 31  # days looked at for the first one the card may book
COMPACT = "min-height: 44px; padding: 2px 12px;"

# Verdict panel colours: (background, text).
TONES = SCAN_TONES

VERDICT_TONES = {
    Verdict.VALID: "ok",
    Verdict.CHECK_CODE: "warn",
    Verdict.NOT_YET_VALID: "warn",
}


class BookingRow(QFrame):
    """One upcoming booking of the card: when, what, who, "Présent" and "Annuler"."""

    def __init__(self, window: RedeemWindow, booking: BookingView) -> None:
        super().__init__()
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
            QCoreApplication.translate("RedeemWindow", "{when} — {event}").format(
                when=window.when_words(booking.starts_at), event=booking.event_name
            )
        )
        self.when_label.setFont(_font(window.font(), 15, True))
        self.when_label.setWordWrap(True)
        used = booking.status is BookingStatus.USED
        status = (
            QCoreApplication.translate("RedeemWindow", "présent")
            if used
            else QCoreApplication.translate("RedeemWindow", "réservé")
        )
        self.who_label = QLabel(
            QCoreApplication.translate("RedeemWindow", "{participant} · {status}").format(
                participant=booking.participant, status=status
            )
        )
        self.who_label.setFont(_font(window.font(), 14))
        texts.addWidget(self.when_label)
        texts.addWidget(self.who_label)
        top.addLayout(texts, 1)
        self.present_button = QPushButton(QCoreApplication.translate("RedeemWindow", "Présent"))
        self.present_button.setObjectName("presentButton")
        self.present_button.setToolTip(
            QCoreApplication.translate(
                "RedeemWindow", "La personne est arrivée\u00a0: passage utilisé"
            )
        )
        self.cancel_button = QPushButton(QCoreApplication.translate("RedeemWindow", "Annuler"))
        self.cancel_button.setObjectName("cancelButton")
        for button in (self.present_button, self.cancel_button):
            _no_focus(button)
            button.setAutoDefault(False)
            button.setStyleSheet(COMPACT)
            top.addWidget(button)
        self.present_button.setEnabled(not used)
        self.present_button.clicked.connect(lambda: window.mark_used(booking.id))
        self.cancel_button.clicked.connect(lambda: window.cancel_booking(booking.id))
        layout.addLayout(top)
        self.refusal_label = QLabel()
        self.refusal_label.setObjectName("cancelRefusal")
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setFont(_font(window.font(), 13))
        self.refusal_label.setStyleSheet(f"color: {COLORS['muted']};")
        layout.addWidget(self.refusal_label)
        refusal = booking.cancel_refusal
        if refusal is not None and not used:
            words = window.refusal_words(refusal)
            self.cancel_button.setEnabled(False)
            self.cancel_button.setToolTip(words)
            self.refusal_label.setText(words)
        else:
            self.refusal_label.hide()
            if used:
                self.cancel_button.setEnabled(False)


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
        self.day: date = counter.today()
        self.bookable: list[BookableOccurrence] = []
        self.member_checks: dict[str, QCheckBox] = {}
        self.name_edits: list[QLineEdit] = []
        self.booking_rows: dict[str, BookingRow] = {}
        self._today_occurrences: list[OccurrenceView] = []
        self._auto_booked: dict[str, datetime] = {}  # card id -> last booking on scan
        self._member_group: QButtonGroup | None = None

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

    # --- words ----------------------------------------------------------------------------

    @property
    def _tz(self) -> str:
        return self.counter.organisation.timezone

    @property
    def _lang(self) -> str:
        return self.counter.lang

    def when_words(self, moment: datetime) -> str:
        """ "aujourd'hui, 18 h", "demain, 15 h 30" or "lun. 7 déc., 13 h"."""
        day = local(moment, self._tz).date()
        hour = time_of_day(moment, self._tz, self._lang)
        today = self.counter.today()
        if day == today:
            return self.tr("aujourd'hui, {time}").format(time=hour)
        if day == today + timedelta(days=1):
            return self.tr("demain, {time}").format(time=hour)
        return self.tr("{day}, {time}").format(day=self.short_day(day), time=hour)

    def short_day(self, day: date) -> str:
        """ "sam. 5 déc." / "Sat, Dec 5"."""
        pattern = "EEE d MMM" if self._lang == "fr" else "EEE, MMM d"
        return day_format(day, pattern, self._lang)

    def refusal_words(self, code: str) -> str:
        """A refusal code of the lists (they come without their details) in words."""
        short = {
            "registration_closed": self.tr("Inscriptions fermées"),
            "registration_not_open": self.tr("Inscriptions pas encore ouvertes"),
            "capacity_exceeded": self.tr("Complet"),
            "cancellation_limit_passed": self.tr(
                "Trop tard pour annuler\u00a0: la limite d'annulation est passée."
            ),
        }
        return short.get(code) or message_for_code(code, {}, self._lang)

    def verdict_words(self, verdict: Verdict) -> str:
        return {
            Verdict.VALID: self.tr("VALIDE"),
            Verdict.CHECK_CODE: self.tr("Vérifiez le code"),
            Verdict.UNKNOWN: self.tr("Code inconnu"),
            Verdict.INACTIVE: self.tr("Carte pas encore activée"),
            Verdict.BLOCKED: self.tr("Carte bloquée"),
            Verdict.VOID: self.tr("Carte annulée"),
            Verdict.NOT_YET_VALID: self.tr("Pas encore valide"),
            Verdict.EXPIRED: self.tr("Carte expirée"),
            Verdict.USED_UP: self.tr("Passages épuisés"),
            Verdict.NOT_ELIGIBLE: self.tr("Non admissible pour cette activité"),
            Verdict.EXCLUSIVE_BOOKED: self.tr("Carte exclusive\u00a0: réservation en cours"),
        }[verdict]

    def _explanation(self, result: ScanResult) -> str:
        """The line under the verdict: why, and what to do."""
        verdict = result.verdict
        if verdict is Verdict.CHECK_CODE:
            return self.tr("Un caractère est mal saisi\u00a0: relisez le code et retapez-le.")
        if verdict is Verdict.UNKNOWN:
            return self.tr("Aucun forfait ni laissez-passer ne porte ce code.")
        if verdict is Verdict.INACTIVE:
            return self.tr("Cette carte doit d'abord être vendue à un guichet.")
        if verdict is Verdict.BLOCKED:
            return self.tr("Arrêtée par un superviseur (perte, vol). Ne pas accepter.")
        if verdict is Verdict.VOID:
            return self.tr("Sa vente a été remboursée. Ne pas accepter.")
        if verdict is Verdict.NOT_YET_VALID and result.starts_on:
            return self.tr("Valide à partir du {day}.").format(
                day=long_date(result.starts_on, self._lang)
            )
        if verdict is Verdict.EXPIRED and result.expires_on:
            return self.tr("Dernier jour de validité\u00a0: {day}.").format(
                day=long_date(result.expires_on, self._lang)
            )
        if verdict is Verdict.USED_UP:
            return self.tr("Tous les passages ({count}) ont été utilisés.").format(
                count=result.uses or 0
            )
        if verdict is Verdict.NOT_ELIGIBLE:
            occurrence = self.current_activity()
            name = occurrence.event_name if occurrence else ""
            return self.tr("Cette carte ne donne pas accès à {activity}.").format(activity=name)
        if verdict is Verdict.EXCLUSIVE_BOOKED:
            blocking = result.blocking_booking
            if blocking is None:
                return self.tr("Une seule réservation à la fois avec cette carte.")
            return self.tr("{event} — {when} ({participant})").format(
                event=blocking.event_name,
                when=self.when_words(blocking.starts_at),
                participant=blocking.participant,
            )
        return ""

    def uses_words(self, result: ScanResult) -> str:
        if result.uses is None:
            return self.tr("Illimité")
        left = result.remaining_uses or 0
        if left <= 1:
            return self.tr("{count} passage restant sur {total}").format(
                count=left, total=result.uses
            )
        return self.tr("{count} passages restants sur {total}").format(
            count=left, total=result.uses
        )

    def _kind_words(self, result: ScanResult) -> str:
        if result.kind is CardKind.PACKAGE:
            return self.tr("Forfait cadeau")
        if result.family:
            return self.tr("Laissez-passer familial")
        return self.tr("Laissez-passer")

    def _holder_words(self, result: ScanResult) -> str:
        holder = result.holder_name or result.customer_name
        if not holder:
            return self.tr("Au porteur (sans nom)")
        return holder

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(10, 8, 10, 8)
        root.setSpacing(8)
        root.addLayout(self._build_scan_bar())
        body = QHBoxLayout()
        body.setSpacing(10)
        body.addWidget(self._build_verdict_panel(), 11)
        body.addWidget(self._build_side_panel(), 10)
        root.addLayout(body, 1)

    def _build_scan_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.scan_bar = ScanBar(
            caption=self.tr("Code"),
            placeholder=self.tr("Scannez le code"),
            accessible_name=self.tr("Code de la carte"),
            button_text=self.tr("Vérifier"),
            max_length=MAX_CODE_LENGTH,
            parent=self,
        )
        self.scan_field = self.scan_bar.field
        self.scan_button = self.scan_bar.button
        self.scan_bar.submitted.connect(self._submit)
        bar.addWidget(self.scan_bar, 5)
        bar.addSpacing(12)
        activity_caption = QLabel(self.tr("Séance en cours"))
        activity_caption.setFont(_font(self.font(), 15, True))
        self.activity_combo = QComboBox()
        self.activity_combo.setObjectName("activityCombo")
        self.activity_combo.setAccessibleName(self.tr("Séance en cours"))
        self.activity_combo.setMinimumWidth(330)
        # As wide as its longest date ("10:00 a.m.  Climbing — first steps"), never cut.
        self.activity_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        _no_focus(self.activity_combo)
        self.activity_combo.activated.connect(self._on_activity_changed)
        activity_caption.setBuddy(self.activity_combo)
        self.book_on_scan = QCheckBox(self.tr("Réserver au scan"))
        self.book_on_scan.setObjectName("bookOnScan")
        self.book_on_scan.setToolTip(
            self.tr("Un scan VALIDE inscrit aussitôt une personne à la séance en cours")
        )
        _no_focus(self.book_on_scan)
        self.book_on_scan.toggled.connect(lambda _on: self.focus_scan())
        bar.addWidget(activity_caption)
        bar.addWidget(self.activity_combo, 3)
        bar.addWidget(self.book_on_scan)
        return bar

    def _build_verdict_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("verdictPanel")
        self.verdict_panel = panel
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(6)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdictLabel")
        self.verdict_label.setWordWrap(True)
        self.explanation_label = QLabel()
        self.explanation_label.setObjectName("explanation")
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setFont(_font(self.font(), 22, True))
        self.card_label = QLabel()
        self.card_label.setObjectName("cardLabel")
        self.card_label.setWordWrap(True)
        self.card_label.setFont(_font(self.font(), 18))
        self.code_label = QLabel()
        self.code_label.setObjectName("codeLabel")
        self.code_label.setFont(_font(self.font(), 18))
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.rule = QFrame()
        self.rule.setFixedHeight(3)
        self.holder_label = QLabel()
        self.holder_label.setObjectName("holderLabel")
        self.holder_label.setWordWrap(True)
        self.holder_label.setFont(_font(self.font(), 30, True))
        self.uses_label = QLabel()
        self.uses_label.setObjectName("usesLabel")
        self.uses_label.setWordWrap(True)
        self.uses_label.setFont(_font(self.font(), 30, True))
        self.expiry_label = QLabel()
        self.expiry_label.setObjectName("expiryLabel")
        self.expiry_label.setWordWrap(True)
        self.expiry_label.setFont(_font(self.font(), 19))
        self.activities_label = QLabel()
        self.activities_label.setObjectName("activitiesLabel")
        self.activities_label.setWordWrap(True)
        self.activities_label.setFont(_font(self.font(), 19))
        self.note_label = QLabel()
        self.note_label.setObjectName("noteLabel")
        self.note_label.setWordWrap(True)
        self.note_label.setFont(_font(self.font(), 16, True))
        layout.addStretch(1)
        for widget in (
            self.verdict_label,
            self.explanation_label,
            self.card_label,
            self.code_label,
        ):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(self.rule)
        layout.addSpacing(8)
        for widget in (
            self.holder_label,
            self.uses_label,
            self.expiry_label,
            self.activities_label,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.note_label)
        self.detail_widgets: tuple[QWidget, ...] = (
            self.card_label,
            self.code_label,
            self.rule,
            self.holder_label,
            self.uses_label,
            self.expiry_label,
            self.activities_label,
        )
        return panel

    def _build_side_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("sidePanel")
        panel.setStyleSheet(
            "QFrame#sidePanel { background: white; border: 1px solid "
            f"{COLORS['border']}; border-radius: 8px; }}"
            "QFrame#sidePanel QLabel { background: transparent; }"
            "QScrollArea#participantsScroll, QScrollArea#bookingsScroll,"
            " QWidget#participants, QWidget#bookingsBox { background: white; }"
        )
        self.side_panel = panel
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)

        self.booking_box = QWidget()
        self.booking_box.setObjectName("bookingBox")
        box = QVBoxLayout(self.booking_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        title_row = QHBoxLayout()
        title_row.setSpacing(6)
        title = QLabel(self.tr("Réserver"))
        title.setFont(_font(self.font(), 19, True))
        title_row.addWidget(title)
        title_row.addStretch(1)
        self.previous_day_button = self._small_button(self.tr("◀"), lambda: self.shift_day(-1))
        self.previous_day_button.setToolTip(self.tr("Jour précédent"))
        self.day_label = QLabel()
        self.day_label.setObjectName("dayLabel")
        self.day_label.setFont(_font(self.font(), 15, True))
        self.day_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.day_label.setMinimumWidth(150)
        self.next_day_button = self._small_button(self.tr("▶"), lambda: self.shift_day(1))
        self.next_day_button.setToolTip(self.tr("Jour suivant"))
        self.today_button = self._small_button(self.tr("Aujourd'hui"), self.go_today)
        for widget in (
            self.previous_day_button,
            self.day_label,
            self.next_day_button,
            self.today_button,
        ):
            title_row.addWidget(widget)
        box.addLayout(title_row)

        self.occurrence_list = QListWidget()
        self.occurrence_list.setObjectName("occurrenceList")
        self.occurrence_list.setAccessibleName(self.tr("Séances admissibles"))
        self.occurrence_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.occurrence_list.setFont(_font(self.font(), 15))
        self.occurrence_list.setWordWrap(True)
        self.occurrence_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.occurrence_list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        _no_focus(self.occurrence_list)
        self.occurrence_list.itemSelectionChanged.connect(self._on_occurrence_selected)
        box.addWidget(self.occurrence_list)

        who_row = QHBoxLayout()
        who_row.setSpacing(6)
        self.who_label = QLabel(self.tr("Pour qui\u00a0?"))
        self.who_label.setFont(_font(self.font(), 16, True))
        who_row.addWidget(self.who_label)
        who_row.addStretch(1)
        self.people_caption = QLabel(self.tr("Personnes"))
        self.people_spin = QSpinBox()
        self.people_spin.setObjectName("peopleSpin")
        self.people_spin.setAccessibleName(self.tr("Nombre de personnes"))
        self.people_spin.setRange(1, MAX_PARTICIPANTS)
        _no_focus(self.people_spin)
        self.people_spin.valueChanged.connect(self._on_people_changed)
        who_row.addWidget(self.people_caption)
        who_row.addWidget(self.people_spin)
        box.addLayout(who_row)

        self.participants_box = QWidget()
        self.participants_box.setObjectName("participants")
        self.participants_layout = QGridLayout(self.participants_box)
        self.participants_layout.setContentsMargins(0, 0, 0, 0)
        self.participants_layout.setHorizontalSpacing(12)
        self.participants_layout.setVerticalSpacing(2)
        self.participants_scroll = QScrollArea()
        self.participants_scroll.setObjectName("participantsScroll")
        self.participants_scroll.setWidgetResizable(True)
        self.participants_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.participants_scroll.setWidget(self.participants_box)
        self.participants_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        _no_focus(self.participants_scroll)
        box.addWidget(self.participants_scroll)

        self.book_button = QPushButton(self.tr("Réserver (Entrée)"))
        self.book_button.setObjectName("bookButton")
        self.book_button.setProperty("role", "primary")
        self.book_button.setFont(_font(self.font(), 17, True))
        self.book_button.setAutoDefault(False)
        _no_focus(self.book_button)
        self.book_button.clicked.connect(self.book)
        box.addWidget(self.book_button)
        layout.addWidget(self.booking_box)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.setFont(_font(self.font(), 16, True))
        self.message.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.message)

        self.bookings_title = QLabel(self.tr("Réservations à venir"))
        self.bookings_title.setFont(_font(self.font(), 17, True))
        layout.addWidget(self.bookings_title)
        self.bookings_box = QWidget()
        self.bookings_box.setObjectName("bookingsBox")
        self.bookings_layout = QVBoxLayout(self.bookings_box)
        self.bookings_layout.setContentsMargins(0, 0, 0, 0)
        self.bookings_layout.setSpacing(4)
        self.bookings_layout.addStretch(1)
        self.bookings_scroll = QScrollArea()
        self.bookings_scroll.setObjectName("bookingsScroll")
        self.bookings_scroll.setWidgetResizable(True)
        self.bookings_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.bookings_scroll.setWidget(self.bookings_box)
        self.bookings_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        _no_focus(self.bookings_scroll)
        self.no_bookings_label = QLabel(self.tr("Aucune réservation à venir."))
        self.no_bookings_label.setStyleSheet(f"color: {COLORS['muted']};")
        layout.addWidget(self.no_bookings_label)
        layout.addWidget(self.bookings_scroll, 100)
        layout.addStretch(1)  # takes the room when there is no booking to list
        return panel

    def _small_button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setStyleSheet(COMPACT)
        _no_focus(button)
        button.clicked.connect(slot)
        return button

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
            empty = next((e for e in self.name_edits if not e.text().strip()), None)
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
        chosen = self.activity_combo.currentData()
        self._today_occurrences = self.counter.occurrences(self.counter.today())
        self.activity_combo.blockSignals(True)
        self.activity_combo.clear()
        self.activity_combo.addItem(self.tr("Toutes les activités"), None)
        for occ in self._today_occurrences:
            self.activity_combo.addItem(
                self.tr("{time}  {event}").format(
                    time=time_of_day(occ.starts_at, self._tz, self._lang), event=occ.event_name
                ),
                occ.id,
            )
        index = self.activity_combo.findData(chosen) if chosen else 0
        self.activity_combo.setCurrentIndex(max(index, 0))
        self.activity_combo.blockSignals(False)
        self._update_book_on_scan()

    def current_activity(self) -> OccurrenceView | None:
        """The occurrence chosen as "séance en cours" (scans are judged for its activity)."""
        occurrence_id = self.activity_combo.currentData()
        return next((o for o in self._today_occurrences if o.id == occurrence_id), None)

    def select_activity(self, occurrence_id: str | None) -> None:
        index = self.activity_combo.findData(occurrence_id) if occurrence_id else 0
        self.activity_combo.setCurrentIndex(max(index, 0))
        self._on_activity_changed()

    def _activity_id(self) -> str | None:
        occurrence = self.current_activity()
        return occurrence.activity_id if occurrence else None

    def _update_book_on_scan(self) -> None:
        has_activity = self.current_activity() is not None
        self.book_on_scan.setEnabled(has_activity)
        if not has_activity:
            self.book_on_scan.setChecked(False)

    def _on_activity_changed(self, _index: int = 0) -> None:
        self._update_book_on_scan()
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
        result = self.counter.cards.scan(text, self._activity_id())
        if result.repeated and result.card_id:
            # The scanner repeating itself: nothing counted; show the card as it is now.
            try:
                fresh = self.counter.cards.card_result(result.card_id, self._activity_id())
            except DomainError:
                fresh = result
            result = dataclasses.replace(fresh, text=result.text, repeated=True)
        same_card = (
            self.result is not None and result.card_id and self.result.card_id == result.card_id
        )
        if not same_card:
            self.day = self._first_open_day(result)
            self.message.clear()
        self._show(result)
        if result.repeated:
            self.note_label.setText(
                self.tr("Même code scanné à l'instant\u00a0: ignoré, rien n'est compté.")
            )
        elif self.book_on_scan.isChecked() and result.verdict is Verdict.VALID:
            self._book_on_scan(result)
        self.focus_scan()
        return self.result if self.result is not None else result  # as shown (after booking)

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
            fresh = self.counter.cards.card_result(self.result.card_id, self._activity_id())
        except DomainError as error:
            self.show_error(message_for(error, self._lang))
            return
        message = (self.message.text(), self.message.property("role"))
        self._show(dataclasses.replace(fresh, text=self.result.text))
        if keep_message and message[0]:
            self._say(message[0], str(message[1]))

    # --- showing a verdict ----------------------------------------------------------------

    def _paint(self, tone: str) -> None:
        text = paint_band(self.verdict_panel, tone, TONES, 10)
        self.rule.setStyleSheet(f"background: {text}; border: none;")

    def _show_idle(self) -> None:
        self.result = None
        self._paint("idle")
        self.verdict_label.setFont(_font(self.font(), 44, True))
        self.verdict_label.setText(self.tr("Scannez une carte"))
        self.explanation_label.setText(
            self.tr(
                "Forfait cadeau ou laissez-passer\u00a0: scannez le code ou tapez-le, puis Entrée."
            )
        )
        self.explanation_label.setFont(_font(self.font(), 20))
        for widget in self.detail_widgets:
            widget.hide()
        self.note_label.clear()
        self.side_panel.hide()

    def _show(self, result: ScanResult) -> None:
        self.result = result
        self._paint(VERDICT_TONES.get(result.verdict, "danger"))
        words = self.verdict_words(result.verdict)
        self.verdict_label.setFont(_font(self.font(), 64 if len(words) <= 14 else 40, True))
        self.verdict_label.setText(words)
        explanation = self._explanation(result)
        if result.confirmed is False:
            # Offline (or no answer in time): this counter's own verdict, checked at sync.
            provisional = self.tr("PROVISOIRE — serveur injoignable, vérifié à la synchro")
            explanation = f"{provisional}\n{explanation}" if explanation else provisional
        elif result.confirmed:
            confirmed = self.tr("Confirmé par le serveur")
            explanation = f"{explanation}\n{confirmed}" if explanation else confirmed
        self.explanation_label.setFont(_font(self.font(), 22, True))
        self.explanation_label.setText(explanation)
        self.explanation_label.setVisible(bool(explanation))
        self.note_label.clear()
        self.code_label.setText(result.display_code)
        self.code_label.show()
        if result.card_id is None:
            for widget in self.detail_widgets:
                if widget is not self.code_label:
                    widget.hide()
            self.side_panel.hide()
            return
        kind = self._kind_words(result)
        name = result.card_type_name
        if kind.casefold().split()[0] not in name.casefold():
            name = self.tr("{kind} · {name}").format(kind=kind, name=name)
        if result.family and result.members:
            name = self.tr("{card} · {count} membres").format(card=name, count=len(result.members))
        self.card_label.setText(name)
        self.holder_label.setText(self._holder_words(result))
        self.uses_label.setText(self.uses_words(result))
        if result.expires_on is not None:
            expiry = self.tr("Valide jusqu'au {day}").format(
                day=long_date(result.expires_on, self._lang)
            )
        else:
            expiry = self.tr("Sans date d'expiration")
        self.expiry_label.setText(expiry)
        if result.all_activities:
            activities = self.tr("Toutes les activités")
        else:
            activities = ", ".join(result.eligible_activities)
        self.activities_label.setText(
            self.tr("Activités\u00a0: {activities}").format(activities=activities)
        )
        for widget in self.detail_widgets:
            widget.show()
        # A shop card not sold yet: its dates start at its sale.
        self.expiry_label.setVisible(result.verdict is not Verdict.INACTIVE)
        self._fill_side(result)

    def _fill_side(self, result: ScanResult) -> None:
        valid = result.verdict is Verdict.VALID
        self.booking_box.setVisible(valid)
        if valid:
            self._load_occurrences()
        self._fill_bookings(result)
        self.side_panel.setVisible(valid or bool(result.bookings) or bool(self.message.text()))

    # --- booking panel --------------------------------------------------------------------

    def go_today(self) -> None:
        self.set_day(self.counter.today())

    def shift_day(self, days: int) -> None:
        self.set_day(self.day + timedelta(days=days))

    def set_day(self, day: date) -> None:
        self.day = max(day, self.counter.today())
        if self.result is not None and self.result.verdict is Verdict.VALID:
            self._load_occurrences()
        self.focus_scan()

    def _first_open_day(self, result: ScanResult) -> date:
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

    def _load_occurrences(self) -> None:
        assert self.result is not None and self.result.card_id
        today = self.counter.today()
        if self.day < today:
            self.day = today
        self.previous_day_button.setEnabled(self.day > today)
        self.today_button.setEnabled(self.day != today)
        self.day_label.setText(self.short_day(self.day))
        self.day_label.setToolTip(long_date(self.day, self._lang))
        chosen = self.selected_occurrence_id()
        self.bookable = self.counter.cards.bookable_occurrences(self.result.card_id, self.day)
        self.occurrence_list.blockSignals(True)
        self.occurrence_list.clear()
        for entry in self.bookable:
            occ = entry.occurrence
            start = time_of_day(occ.starts_at, self._tz, self._lang)
            if entry.refusal is None:
                if entry.place_kind == "alacarte":
                    places = self.tr("{count} places à la carte").format(count=entry.places_left)
                else:
                    places = self.tr("{count} places").format(count=entry.places_left)
            else:
                places = self.refusal_words(entry.refusal)
            item = QListWidgetItem(
                self.tr("{time}  {event} — {places}").format(
                    time=start, event=occ.event_name, places=places
                )
            )
            item.setData(OCCURRENCE_ROLE, occ.id)
            if entry.refusal is not None:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setForeground(QColor(COLORS["muted"]))
                item.setToolTip(self.refusal_words(entry.refusal))
            self.occurrence_list.addItem(item)
        if not self.bookable:
            empty = QListWidgetItem(self.tr("Aucune séance admissible ce jour-là."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            empty.setForeground(QColor(COLORS["muted"]))
            self.occurrence_list.addItem(empty)
        self.occurrence_list.blockSignals(False)
        self._fit_list()
        wanted = chosen
        activity = self.current_activity()
        if wanted is None and activity is not None:
            wanted = activity.id
        if wanted is None or not self._bookable_now(wanted):
            wanted = self._default_occurrence()
        if wanted is not None and self._bookable_now(wanted):
            self.select_occurrence(wanted)
        else:
            self._on_occurrence_selected()

    def _fit_list(self) -> None:
        """The list as tall as its lines (five at most: then it scrolls)."""
        rows = self.occurrence_list.count()
        height = sum(
            self.occurrence_list.sizeHintForRow(row) for row in range(min(rows, MAX_LIST_ROWS))
        )
        frame = 2 * self.occurrence_list.frameWidth()
        self.occurrence_list.setFixedHeight(max(height, 40) + frame + 2)

    def _bookable_now(self, occurrence_id: str) -> bool:
        return any(e.occurrence.id == occurrence_id and e.refusal is None for e in self.bookable)

    def _default_occurrence(self) -> str | None:
        """The next bookable occurrence to start (else the first bookable one)."""
        now = self.counter.clock()
        open_ones = [e.occurrence for e in self.bookable if e.refusal is None]
        upcoming = [o for o in open_ones if o.starts_at >= now]
        chosen = upcoming[0] if upcoming else (open_ones[0] if open_ones else None)
        return chosen.id if chosen else None

    def selected_occurrence_id(self) -> str | None:
        items = self.occurrence_list.selectedItems()
        if not items:
            return None
        value = items[0].data(OCCURRENCE_ROLE)
        return str(value) if value else None

    def select_occurrence(self, occurrence_id: str) -> bool:
        for row in range(self.occurrence_list.count()):
            item = self.occurrence_list.item(row)
            if item.data(OCCURRENCE_ROLE) == occurrence_id:
                if not item.flags() & Qt.ItemFlag.ItemIsSelectable:
                    return False
                self.occurrence_list.setCurrentItem(item)
                item.setSelected(True)
                self.occurrence_list.scrollToItem(item)
                self._on_occurrence_selected()
                return True
        return False

    def _on_occurrence_selected(self) -> None:
        self._fill_participants()
        self._update_book_button()
        self.focus_scan()

    def _single_person(self, result: ScanResult) -> bool:
        return result.exclusive or (result.kind is CardKind.PASS and not result.family)

    def _fill_participants(self) -> None:
        checked = {
            mid for mid, box in self.member_checks.items() if box.isChecked() and box.isEnabled()
        }
        typed = [edit.text() for edit in self.name_edits]
        for widget in (*self.member_checks.values(), *self.name_edits):
            self.participants_layout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.member_checks = {}
        self.name_edits = []
        if self._member_group is not None:
            self._member_group.deleteLater()
            self._member_group = None
        result = self.result
        if result is None or result.card_id is None:
            return
        single = self._single_person(result)
        occurrence_id = self.selected_occurrence_id()
        already = {
            b.member_id for b in result.bookings if b.occurrence_id == occurrence_id and b.member_id
        }
        if result.members:
            self.people_caption.hide()
            self.people_spin.hide()
            if single:
                self._member_group = QButtonGroup(self)
                self._member_group.setExclusive(True)
            for index, member in enumerate(result.members):
                box = QCheckBox(member.name)
                box.setFont(_font(self.font(), 17))
                _no_focus(box)
                if member.id in already:  # ticked and greyed: already in
                    box.setChecked(True)
                    box.setEnabled(False)
                    box.setToolTip(self.tr("Déjà réservé pour cette séance"))
                else:
                    box.setChecked(
                        member.id in checked
                        or (single and len(result.members) == 1)
                        or member.id == result.member_id
                    )
                box.toggled.connect(self._on_participant_toggled)
                if self._member_group is not None:
                    self._member_group.addButton(box)
                self.member_checks[member.id] = box
                self.participants_layout.addWidget(box, index // 2, index % 2)
        else:
            self.people_caption.show()
            self.people_spin.show()
            most = 1 if single else MAX_PARTICIPANTS
            if result.remaining_uses is not None:
                most = max(1, min(most, result.remaining_uses))
            self.people_spin.blockSignals(True)
            self.people_spin.setRange(1, most)
            self.people_spin.setValue(min(max(len(typed), 1), most))
            self.people_spin.blockSignals(False)
            holder = result.holder_name or result.customer_name
            for index in range(self.people_spin.value()):
                text = typed[index] if index < len(typed) else (holder if index == 0 else "")
                self._add_name_edit(index, text)
        self._fit_participants()

    def _fit_participants(self) -> None:
        if self.member_checks:
            rows = (len(self.member_checks) + 1) // 2
            row_height = 46
        else:
            rows = len(self.name_edits)
            row_height = 50
        self.participants_scroll.setFixedHeight(
            max(1, min(rows, MAX_PARTICIPANT_ROWS)) * row_height + 4
        )

    def _on_participant_toggled(self, _on: bool = False) -> None:
        self._update_book_button()
        self.focus_scan()

    def _add_name_edit(self, index: int, text: str) -> None:
        edit = QLineEdit(text)
        edit.setFont(_font(self.font(), 16))
        edit.setMaxLength(120)
        edit.setPlaceholderText(self.tr("Nom de la personne {number}").format(number=index + 1))
        edit.setAccessibleName(self.tr("Nom de la personne {number}").format(number=index + 1))
        edit.returnPressed.connect(self.book)
        edit.textChanged.connect(self._update_book_button)
        self.name_edits.append(edit)
        self.participants_layout.addWidget(edit, index, 0, 1, 2)

    def _on_people_changed(self, count: int) -> None:
        while len(self.name_edits) > count:
            edit = self.name_edits.pop()
            self.participants_layout.removeWidget(edit)
            edit.hide()
            edit.deleteLater()
        while len(self.name_edits) < count:
            self._add_name_edit(len(self.name_edits), "")
        self._fit_participants()
        self.focus_scan()

    def _update_book_button(self) -> None:
        count = len(self.participants())
        if count > 1:
            text = self.tr("Réserver pour {count} personnes (Entrée)").format(count=count)
        else:
            text = self.tr("Réserver (Entrée)")
        self.book_button.setText(text)
        self.book_button.setEnabled(self.selected_occurrence_id() is not None)

    def participants(self) -> list[tuple[str | None, str]]:
        """Who the booking is for: ticked members, or the typed names."""
        if self.result is None:
            return []
        if self.member_checks:
            names = {m.id: m.name for m in self.result.members}
            return [
                (member_id, names[member_id])
                for member_id, box in self.member_checks.items()
                if box.isChecked() and box.isEnabled()
            ]
        # An empty name is refused by the service, in words: nobody is left out silently.
        return [(None, edit.text().strip()) for edit in self.name_edits]

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
                self.show_error(message_for_code("participants_required", {}, self._lang))
                return
            self._book(result.card_id, occurrence_id, people)
        finally:
            self.focus_scan()

    def _book(self, card_id: str, occurrence_id: str, people: list[tuple[str | None, str]]) -> bool:
        try:
            made = self.counter.cards.book(card_id, occurrence_id, people)
        except DomainError as error:
            self.show_error(message_for(error, self._lang))
            return False
        entry = next((e for e in self.bookable if e.occurrence.id == occurrence_id), None)
        occurrence = entry.occurrence if entry else self._find_today(occurrence_id)
        what = ""
        if occurrence is not None:
            what = self.tr("{event}, {when}").format(
                event=occurrence.event_name, when=self.when_words(occurrence.starts_at)
            )
        names = ", ".join(name for _mid, name in people)
        left = self._left_words(made.remaining_uses)
        self._reload_card()
        for box in self.member_checks.values():
            if box.isEnabled():
                box.setChecked(False)
        self._update_book_button()
        text = self.tr("Réservé\u00a0: {names} ({what}). {left}.").format(
            names=names, what=what, left=left[:1].upper() + left[1:]
        )
        if self.counter.printing_enabled:
            if len(made.booking_ids) > 1:
                printed = self.tr("{count} billets à l'impression.").format(
                    count=len(made.booking_ids)
                )
            else:
                printed = self.tr("Billet à l'impression.")
            text = f"{text} {printed}"
        self.show_ok(text)
        self.side_panel.show()
        self.booked.emit(made)
        return True

    def _left_words(self, left: int | None) -> str:
        """ "18 passages restants" / "1 passage restant" / "passages illimités"."""
        if left is None:
            return self.tr("passages illimités")
        if left <= 1:
            return self.tr("{count} passage restant").format(count=left)
        return self.tr("{count} passages restants").format(count=left)

    def _find_today(self, occurrence_id: str) -> OccurrenceView | None:
        return next((o for o in self._today_occurrences if o.id == occurrence_id), None)

    def _book_on_scan(self, result: ScanResult) -> None:
        """ "Réserver au scan": one person into the occurrence in progress, once per scan."""
        occurrence = self.current_activity()
        if occurrence is None or result.card_id is None:
            return
        now = self.counter.clock()
        last = self._auto_booked.get(result.card_id)
        if last is not None and now - last < SCAN_REPEAT_WINDOW:
            # The service's own guard remembers one code only: a repeat that comes back after
            # another code must not book twice either.
            self.note_label.setText(
                self.tr("Même code scanné à l'instant\u00a0: ignoré, rien n'est compté.")
            )
            return
        person = self._person_for_scan(result, occurrence.id)
        if person is None:
            self.show_error(self.tr("Toutes les personnes de la carte sont déjà inscrites."))
            return
        self._auto_booked = {
            card: moment
            for card, moment in self._auto_booked.items()
            if now - moment < SCAN_REPEAT_WINDOW
        }
        self._auto_booked[result.card_id] = now
        if self.result is not None and self.result.verdict is Verdict.VALID:
            self.go_today()
            self.select_occurrence(occurrence.id)
        self._book(result.card_id, occurrence.id, [person])

    def _person_for_scan(
        self, result: ScanResult, occurrence_id: str
    ) -> tuple[str | None, str] | None:
        """The card's own member, else the next member not booked yet, else the holder."""
        if result.member_id:
            member = next((m for m in result.members if m.id == result.member_id), None)
            if member is not None:
                return member.id, member.name
        if result.members:
            already = {b.member_id for b in result.bookings if b.occurrence_id == occurrence_id}
            free = [m for m in result.members if m.id not in already]
            return (free[0].id, free[0].name) if free else None
        holder = result.holder_name or result.customer_name or self.tr("Porteur de la carte")
        return None, holder

    # --- upcoming bookings ----------------------------------------------------------------

    def _fill_bookings(self, result: ScanResult) -> None:
        for row in self.booking_rows.values():
            self.bookings_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.booking_rows = {}
        for index, booking in enumerate(result.bookings):
            row = BookingRow(self, booking)
            self.booking_rows[booking.id] = row
            self.bookings_layout.insertWidget(index, row)
        self.no_bookings_label.setVisible(not result.bookings)
        self.bookings_scroll.setVisible(bool(result.bookings))

    def cancel_booking(self, booking_id: str) -> None:
        """ "Annuler": the place and the passage go back (within the limit)."""
        try:
            booking = self._booking(booking_id)
            try:
                left = self.counter.cards.cancel_booking(booking_id)
            except DomainError as error:
                self._reload_card()
                self.show_error(message_for(error, self._lang))
                return
            self._reload_card()
            who = booking.participant if booking else ""
            if left is None:
                self.show_ok(self.tr("Réservation annulée\u00a0: {name}.").format(name=who))
            else:
                self.show_ok(
                    self.tr(
                        "Réservation annulée\u00a0: {name}. Passage rendu\u00a0: {left}."
                    ).format(name=who, left=self._left_words(left))
                )
            self.changed.emit()
        finally:
            self.focus_scan()

    def mark_used(self, booking_id: str) -> None:
        """ "Présent": the holder came (an exclusive card is then free for its next booking)."""
        try:
            booking = self._booking(booking_id)
            try:
                self.counter.cards.mark_used(booking_id)
            except DomainError as error:
                self._reload_card()
                self.show_error(message_for(error, self._lang))
                return
            self._reload_card()
            who = booking.participant if booking else ""
            self.show_ok(self.tr("Présence notée\u00a0: {name}.").format(name=who))
            self.changed.emit()
        finally:
            self.focus_scan()

    def _booking(self, booking_id: str) -> BookingView | None:
        if self.result is None:
            return None
        return next((b for b in self.result.bookings if b.id == booking_id), None)

    # --- messages -------------------------------------------------------------------------

    def _say(self, text: str, role: str) -> None:
        self.message.setText(text)
        _set_role(self.message, role)
        if text and self.result is not None and self.result.card_id:
            self.side_panel.show()

    def show_error(self, text: str) -> None:
        self._say(text, "error")

    def show_ok(self, text: str) -> None:
        self._say(text, "ok")


__all__ = ["RedeemWindow", "BookingRow"]
