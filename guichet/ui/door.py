"""The door window (« Entrées », Ctrl+E): tickets scanned at the door, a verdict read from two
metres, a sound, and how many are in.

Door staff scan with a keyboard-wedge scanner (it types the code, then Entrée) or type the
code (spaces, dashes and lower case are fine). The scan field keeps the keyboard whatever
happens: every other control of the window leaves it there, and it takes it back after every
verdict. The verdict fills a large band, coloured by what to do:

- green: VALIDE, with the category, the seat and the holder's name;
- red: DÉJÀ UTILISÉ (at what time, at which door or counter), REMBOURSÉ, ANNULÉ;
- amber: MAUVAISE DATE (the ticket's date in words), TROP TÔT (when entry opens), PAS À CETTE
  PORTE (the check-in list chosen does not admit it), « Vérifiez le code » (a typo or an
  unreadable scan), « C'est un reçu » (naming the order), « C'est une carte ou un
  laissez-passer »;
- grey: INCONNU.

Each verdict asks for a short tone (:class:`DoorSounds`): rising for "come in", a low buzz for
"stop", two beeps for "look", a falling pair for "unknown". The running count « 37 / 120
entrés » (checked in / sold for the dates the door admits now) is read again after each scan
and every 30 seconds. The check-in list the door works for is chosen at the top (F4) and
remembered by the counter. The last scans are listed under the verdict; a verdict goes back
to "Scannez un billet" after 20 seconds, so an old green never greets the next person.

The judging itself is Qt-free: :class:`guichet.services.door.DoorDesk` (``counter.door``).
"""

from __future__ import annotations

import math
import shutil
import struct
import sys
import wave
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QProcess, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QHideEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guichet import config
from guichet.domain import codes
from guichet.domain.errors import DomainError
from guichet.domain.tickets import CheckInList, DoorVerdict, TicketStatus, Verdict
from guichet.i18n.formatting import day_format, event_datetime, local, time_of_day
from guichet.services.counter import Counter
from guichet.services.door import DoorCount, RecentScan
from guichet.ui.messages import message_for
from guichet.ui.scanning import TONES as SCAN_TONES
from guichet.ui.scanning import ScanBar, paint_band
from guichet.ui.scanning import no_focus as _no_focus
from guichet.ui.theme import COLORS, set_role
from guichet.ui.theme import sized_font as _font

# A scan longer than this is still handed to the desk (which says « Vérifiez le code »):
# the field must not cut an overlong scan into something that looks like a code.
MAX_FIELD_LENGTH = 1000
RECENT_ROWS = 5
COUNT_INTERVAL_MS = 30_000
VERDICT_SHOWN_MS = 20_000
COL_TIME, COL_VERDICT, COL_TICKET = range(3)

# The band's colours: (background, text). Amber and grey take the text colour that reads on
# them from two metres (dark on amber, white on grey).
TONES = {**SCAN_TONES, "unknown": ("#6e7781", "#ffffff")}
# The same tones as a text colour on white (the list of last scans).
TONE_TEXT = {
    "ok": COLORS["ok"],
    "danger": COLORS["danger"],
    "warn": COLORS["warn"],
    "unknown": COLORS["muted"],
}

VERDICT_TONES = {
    Verdict.VALID: "ok",
    Verdict.ALREADY_USED: "danger",
    Verdict.REFUNDED: "danger",
    Verdict.CANCELLED: "danger",
    Verdict.WRONG_DATE: "warn",
    Verdict.TOO_EARLY: "warn",
    Verdict.NOT_HERE: "warn",  # a good ticket at the wrong door: send the person on
    Verdict.CHECK_CODE: "warn",
    Verdict.RECEIPT: "warn",
    Verdict.CARD: "warn",
    Verdict.UNKNOWN: "unknown",
}

# The sound each verdict asks for: four tones door staff tell apart without looking.
VERDICT_SOUNDS = {
    Verdict.VALID: "valid",
    Verdict.ALREADY_USED: "refused",
    Verdict.REFUNDED: "refused",
    Verdict.CANCELLED: "refused",
    Verdict.WRONG_DATE: "check",
    Verdict.TOO_EARLY: "check",
    Verdict.NOT_HERE: "check",
    Verdict.CHECK_CODE: "check",
    Verdict.RECEIPT: "check",
    Verdict.CARD: "check",
    Verdict.UNKNOWN: "unknown",
}


# --- sounds -------------------------------------------------------------------------------

SAMPLE_RATE = 22_050
SOUND_VERSION = 1  # in the file names: a changed tone is written again, not read stale
# Notes as (frequency in Hz, seconds); 0 Hz is a silence. ``square`` makes the buzz harsh.
SOUND_NOTES: dict[str, tuple[tuple[tuple[float, float], ...], bool]] = {
    "valid": (((880.0, 0.09), (0.0, 0.03), (1318.5, 0.16)), False),
    "refused": (((196.0, 0.16), (0.0, 0.05), (196.0, 0.16), (0.0, 0.05), (196.0, 0.22)), True),
    "check": (((659.3, 0.12), (0.0, 0.08), (659.3, 0.12)), False),
    "unknown": (((523.3, 0.14), (392.0, 0.22)), False),
}


def write_tone(path: Path, name: str) -> None:
    """The tone ``name`` as a 16-bit mono WAV file (made with the standard library)."""
    notes, square = SOUND_NOTES[name]
    frames = bytearray()
    fade = int(SAMPLE_RATE * 0.005)  # 5 ms in and out: no click at either end of a note
    for frequency, seconds in notes:
        count = int(SAMPLE_RATE * seconds)
        for i in range(count):
            value = 0.0
            if frequency:
                phase = 2 * math.pi * frequency * i / SAMPLE_RATE
                value = math.sin(phase)
                if square:  # odd harmonics: a buzz, not a beep
                    value += math.sin(3 * phase) / 3 + math.sin(5 * phase) / 5
                    value *= 0.8
                envelope = min(1.0, i / fade if fade else 1.0, (count - i) / fade if fade else 1.0)
                value *= envelope
            frames += struct.pack("<h", int(max(-1.0, min(1.0, value)) * 0.6 * 32767))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with wave.open(str(tmp), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(bytes(frames))
    tmp.replace(path)


def default_sound_folder() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("guichet", "Guichet")) / "sounds"


class DoorSounds:
    """The door's tones: WAV files written once into ``folder`` and played by the best player
    at hand (QtMultimedia's QSoundEffect when installed, the system's player, else the
    system's beep). ``requested`` keeps the names asked for, newest last: what a test reads,
    since nobody hears an offscreen window."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_sound_folder()
        self.requested: list[str] = []
        self._player: Callable[[str], None] | None = None
        self._effects: dict[str, object] = {}

    @staticmethod
    def sound_for(verdict: Verdict) -> str:
        return VERDICT_SOUNDS[verdict]

    def file(self, name: str) -> Path:
        """The WAV file of the tone ``name`` (written the first time)."""
        path = self.folder / f"door-{name}-v{SOUND_VERSION}.wav"
        if not path.exists():
            write_tone(path, name)
        return path

    def play(self, name: str) -> None:
        self.requested = [*self.requested[-49:], name]
        if self._player is None:
            self._player = self._choose_player()
        try:
            self._player(name)
        except (OSError, RuntimeError, ValueError):
            QApplication.beep()  # a cache that cannot be written still makes a sound

    def _choose_player(self) -> Callable[[str], None]:
        if QGuiApplication.platformName() in ("offscreen", "minimal"):
            return lambda _name: None  # no screen, no one at the door to hear it
        try:
            from PySide6.QtMultimedia import QSoundEffect  # PySide6-Addons, when installed
        except ImportError:
            pass
        else:
            from PySide6.QtCore import QUrl

            def effect(name: str) -> None:
                sound = self._effects.get(name)
                if sound is None:
                    sound = QSoundEffect()
                    sound.setSource(QUrl.fromLocalFile(str(self.file(name))))
                    self._effects[name] = sound
                sound.play()  # type: ignore[attr-defined]

            return effect
        if sys.platform == "win32":
            import winsound

            flags = winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT
            return lambda name: winsound.PlaySound(str(self.file(name)), flags)
        for program, arguments in (("afplay", []), ("paplay", []), ("aplay", ["-q"])):
            found = shutil.which(program)
            if found:
                return self._system_player(found, arguments)
        return lambda _name: QApplication.beep()

    def _system_player(self, program: str, arguments: list[str]) -> Callable[[str], None]:
        def play(name: str) -> None:
            QProcess.startDetached(program, [*arguments, str(self.file(name))])

        return play


# --- the window ---------------------------------------------------------------------------


def counter_folder(counter: Counter) -> Path | None:
    """The counter's data folder (where its database and settings.json live), or None for a
    database that is not a local file."""
    engine = counter.session_factory.kw.get("bind")
    url = getattr(engine, "url", None)
    if url is None or url.get_backend_name() != "sqlite":
        return None
    database = url.database
    if not database or database == ":memory:":
        return None
    return Path(database).parent


class DoorWindow(QWidget):
    """``DoorWindow(counter)``: its own window (a parent only keeps it alive).

    ``scan(text)`` judges a code as if scanned and shows the verdict; ``refresh()`` reads the
    check-in lists, the count and the last scans again. ``scanned`` carries each verdict.
    """

    scanned = Signal(object)  # DoorVerdict

    def __init__(
        self,
        counter: Counter,
        parent: QWidget | None = None,
        *,
        sounds: DoorSounds | None = None,
        settings_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.counter = counter
        self.desk = counter.door
        self.sounds = sounds or DoorSounds()
        self.settings_folder = settings_folder or counter_folder(counter)
        self.verdict: DoorVerdict | None = None
        self.door: CheckInList | None = None  # None: every ticket
        self.lists: list[CheckInList] = []
        self.count: DoorCount | None = None
        self.recent: list[RecentScan] = []
        self._last_shown: DoorVerdict | None = None

        self.setObjectName("DoorWindow")
        self.setWindowTitle(self.tr("Entrées — contrôle des billets"))
        self._build()
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.clear)
        self.escape_shortcut = escape
        chooser = QShortcut(QKeySequence(Qt.Key.Key_F4), self)
        chooser.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        chooser.activated.connect(self.list_combo.showPopup)
        self.chooser_shortcut = chooser

        self.count_timer = QTimer(self)
        self.count_timer.setInterval(COUNT_INTERVAL_MS)
        self.count_timer.timeout.connect(self.refresh_count)  # started when shown
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(VERDICT_SHOWN_MS)
        self.idle_timer.timeout.connect(self._show_idle)

        self._load_lists(self._remembered_list())
        self._show_idle()
        self.refresh_count()
        self._load_recent()

    # --- words ----------------------------------------------------------------------------

    @property
    def _tz(self) -> str:
        return self.counter.organisation.timezone

    @property
    def _lang(self) -> str:
        return self.counter.lang

    def verdict_words(self, verdict: Verdict) -> str:
        return {
            Verdict.VALID: self.tr("VALIDE"),
            Verdict.ALREADY_USED: self.tr("DÉJÀ UTILISÉ"),
            Verdict.WRONG_DATE: self.tr("MAUVAISE DATE"),
            Verdict.TOO_EARLY: self.tr("TROP TÔT"),
            Verdict.NOT_HERE: self.tr("PAS À CETTE PORTE"),
            Verdict.REFUNDED: self.tr("REMBOURSÉ"),
            Verdict.CANCELLED: self.tr("ANNULÉ"),
            Verdict.UNKNOWN: self.tr("INCONNU"),
            Verdict.CHECK_CODE: self.tr("Vérifiez le code"),
            Verdict.RECEIPT: self.tr("C'est un reçu"),
            Verdict.CARD: self.tr("C'est une carte ou un laissez-passer"),
        }[verdict]

    def clock_words(self, moment: datetime) -> str:
        """A time with its minutes (« 19 h 05 », "7:05 p.m."): when someone came in."""
        if self._lang == "fr":
            value = local(moment, self._tz)
            return f"{value.hour}\u00a0h\u00a0{value.minute:02d}"
        return time_of_day(moment, self._tz, self._lang)

    def short_day(self, moment: datetime) -> str:
        pattern = "EEE d MMM" if self._lang == "fr" else "EEE, MMM d"
        return day_format(local(moment, self._tz).date(), pattern, self._lang)

    def when_words(self, moment: datetime) -> str:
        """ "aujourd'hui, 20 h", "demain, 19 h 30" or "ven. 11 déc., 19 h 30"."""
        day = local(moment, self._tz).date()
        hour = time_of_day(moment, self._tz, self._lang)
        today = self.counter.today()
        if day == today:
            return self.tr("aujourd'hui, {time}").format(time=hour)
        if day == today + timedelta(days=1):
            return self.tr("demain, {time}").format(time=hour)
        return self.tr("{day}, {time}").format(day=self.short_day(moment), time=hour)

    def explanation(self, verdict: DoorVerdict) -> str:
        """The sentence under the verdict: why, and what to do."""
        ticket = verdict.ticket
        kind = verdict.verdict
        if kind is Verdict.ALREADY_USED and ticket is not None:
            entry = ticket.entry
            if entry is None:
                return self.tr("Ce billet est déjà entré.")
            if local(entry.at, self._tz).date() == self.counter.today():
                return self.tr("Entré à {time} — {where}").format(
                    time=self.clock_words(entry.at), where=entry.where
                )
            return self.tr("Entré le {day} à {time} — {where}").format(
                day=self.short_day(entry.at), time=self.clock_words(entry.at), where=entry.where
            )
        if kind is Verdict.WRONG_DATE and ticket is not None:
            when = event_datetime(ticket.starts_at, self._tz, self._lang)
            if ticket.ends_at <= self.counter.clock():
                return self.tr("Billet pour le {when}\u00a0: cette date est passée.").format(
                    when=when
                )
            return self.tr("Billet pour le {when}").format(when=when)
        if kind is Verdict.TOO_EARLY and verdict.opens_at is not None:
            opens = verdict.opens_at
            if local(opens, self._tz).date() == self.counter.today():
                return self.tr("L'entrée ouvre à {time}").format(time=self.clock_words(opens))
            return self.tr("L'entrée ouvre le {day} à {time}").format(
                day=self.short_day(opens), time=self.clock_words(opens)
            )
        if kind is Verdict.NOT_HERE:
            door = self.door.name if self.door is not None else ""
            return self.tr(
                "La porte «\u00a0{door}\u00a0» n'admet pas ce billet\u00a0: "
                "dirigez la personne vers la bonne porte."
            ).format(door=door)
        if kind is Verdict.REFUNDED:
            return self.tr("Ce billet a été remboursé\u00a0: il ne donne plus accès.")
        if kind is Verdict.CANCELLED:
            if ticket is not None and ticket.status is TicketStatus.EXCHANGED:
                return self.tr(
                    "Échangé contre un billet pour une autre date\u00a0: seul le nouveau billet "
                    "donne accès."
                )
            return self.tr("Ce billet est annulé\u00a0: il ne donne pas accès.")
        if kind is Verdict.UNKNOWN:
            return self.tr("Aucun billet connu ne porte ce code.")
        if kind is Verdict.CHECK_CODE:
            return self.tr("Code mal lu ou mal tapé\u00a0: scannez de nouveau ou retapez le code.")
        if kind is Verdict.RECEIPT:
            return self.tr(
                "Commande {order}\u00a0: ce code est celui du reçu, pas d'un billet. "
                "Les billets se réimpriment au guichet."
            ).format(order=codes.display(verdict.order_code))
        if kind is Verdict.CARD:
            return self.tr(
                "Forfaits et laissez-passer se réservent à la fenêtre Laissez-passer (Ctrl+L)."
            )
        return ""

    def ticket_words(self, verdict: DoorVerdict) -> str:
        """ "Adulte · Parterre, rangée B, siège 9": what the ticket admits."""
        ticket = verdict.ticket
        if ticket is None:
            return ""
        return " · ".join(part for part in (ticket.category, ticket.seat) if part)

    def count_words(self, count: DoorCount) -> str:
        return self.tr("{checked_in} / {sold} entrés").format(
            checked_in=count.checked_in, sold=count.sold
        )

    def dates_words(self, count: DoorCount) -> tuple[str, str]:
        """What the count counts, in a few words and whole (the tooltip)."""
        if not count.dates:
            text = self.tr("Aucune date ouverte à cette porte aujourd'hui")
            return text, text
        names = []
        for occurrence_id in count.dates:
            try:
                occurrence = self.counter.occurrence(occurrence_id)
            except DomainError:
                continue
            names.append(
                self.tr("{event}, {time}").format(
                    event=occurrence.event_name,
                    time=time_of_day(occurrence.starts_at, self._tz, self._lang),
                )
            )
        whole = "\n".join(names)
        if len(names) == 1:
            return names[0], whole
        return self.tr("{count} dates ouvertes").format(count=len(count.dates)), whole

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 10, 12, 10)
        root.setSpacing(8)
        root.addLayout(self._build_top_bar())
        root.addWidget(self._build_scan_bar())
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setFont(_font(self.font(), 15, True))
        self.message.hide()
        root.addWidget(self.message)
        root.addWidget(self._build_verdict_panel(), 1)
        root.addLayout(self._build_recent())

    def _build_top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(10)
        caption = QLabel(self.tr("Porte (F4)"))
        caption.setFont(_font(self.font(), 16, True))
        self.list_combo = QComboBox()
        self.list_combo.setObjectName("doorList")
        self.list_combo.setAccessibleName(self.tr("Liste d'entrée de cette porte"))
        self.list_combo.setToolTip(
            self.tr("Ce que cette porte admet\u00a0: toutes les entrées, ou une liste d'entrée")
        )
        self.list_combo.setFont(_font(self.font(), 16))
        self.list_combo.setMinimumWidth(300)
        self.list_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        _no_focus(self.list_combo)
        self.list_combo.activated.connect(self._on_list_chosen)
        bar.addWidget(caption)
        bar.addWidget(self.list_combo)
        bar.addStretch(1)
        counts = QVBoxLayout()
        counts.setSpacing(0)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setFont(_font(self.font(), 26, True))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.dates_label = QLabel()
        self.dates_label.setObjectName("datesLabel")
        self.dates_label.setFont(_font(self.font(), 13))
        self.dates_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        set_role(self.dates_label, "muted")
        counts.addWidget(self.count_label)
        counts.addWidget(self.dates_label)
        bar.addLayout(counts)
        return bar

    def _build_scan_bar(self) -> ScanBar:
        self.scan_bar = ScanBar(
            caption=self.tr("Code"),
            placeholder=self.tr("Scannez le billet"),
            accessible_name=self.tr("Code du billet"),
            button_text=self.tr("Vérifier (Entrée)"),
            max_length=MAX_FIELD_LENGTH,
            button_name="scanButton",
            parent=self,
        )
        self.scan_field = self.scan_bar.field
        self.scan_button = self.scan_bar.button
        self.scan_bar.submitted.connect(self._submit)
        return self.scan_bar

    def _build_verdict_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("verdictPanel")
        self.verdict_panel = panel
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(28, 14, 28, 14)
        layout.setSpacing(4)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdictLabel")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.what_label = QLabel()
        self.what_label.setObjectName("whatLabel")
        self.what_label.setWordWrap(True)
        self.what_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.what_label.setFont(_font(self.font(), 30, True))
        self.holder_label = QLabel()
        self.holder_label.setObjectName("holderLabel")
        self.holder_label.setWordWrap(True)
        self.holder_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.holder_label.setFont(_font(self.font(), 30, True))
        self.explanation_label = QLabel()
        self.explanation_label.setObjectName("explanation")
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation_label.setFont(_font(self.font(), 22, True))
        self.event_label = QLabel()
        self.event_label.setObjectName("eventLabel")
        self.event_label.setWordWrap(True)
        self.event_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.event_label.setFont(_font(self.font(), 18))
        self.code_label = QLabel()
        self.code_label.setObjectName("codeLabel")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setFont(_font(self.font(), 15))
        self.note_label = QLabel()
        self.note_label.setObjectName("noteLabel")
        self.note_label.setWordWrap(True)
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note_label.setFont(_font(self.font(), 15, True))
        layout.addStretch(1)
        for widget in (
            self.verdict_label,
            self.what_label,
            self.holder_label,
            self.explanation_label,
            self.event_label,
            self.code_label,
            self.note_label,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        return panel

    def _build_recent(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(4)
        title = QLabel(self.tr("Derniers scans"))
        title.setFont(_font(self.font(), 14, True))
        self.recent_table = QTableWidget(0, 3)
        self.recent_table.setObjectName("recentScans")
        self.recent_table.setHorizontalHeaderLabels(
            [self.tr("Heure"), self.tr("Verdict"), self.tr("Billet")]
        )
        self.recent_table.verticalHeader().setVisible(False)
        self.recent_table.verticalHeader().setDefaultSectionSize(30)
        self.recent_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.recent_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent_table.setWordWrap(False)
        self.recent_table.setFont(_font(self.font(), 13))
        header = self.recent_table.horizontalHeader()
        header.setSectionResizeMode(COL_TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_VERDICT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TICKET, QHeaderView.ResizeMode.Stretch)
        _no_focus(self.recent_table)
        box.addWidget(title)
        box.addWidget(self.recent_table)
        return box

    def _fit_recent(self) -> None:
        """The table as tall as its rows (five at most), never scrolling."""
        rows = self.recent_table.rowCount()
        height = self.recent_table.horizontalHeader().sizeHint().height()
        height += sum(self.recent_table.rowHeight(r) for r in range(rows))
        height += 2 * self.recent_table.frameWidth()
        empty_row = self.recent_table.verticalHeader().defaultSectionSize()
        self.recent_table.setFixedHeight(height + (0 if rows else empty_row))

    # --- focus ----------------------------------------------------------------------------

    def focus_scan(self) -> None:
        """The keyboard goes back to the scan field (now, and once the event loop has run,
        so that a closing popup cannot keep it)."""
        self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self._focus_later)

    def _focus_later(self) -> None:
        try:
            self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)
        except RuntimeError:  # the window is gone
            return

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.count_timer.start()
        self.focus_scan()

    def hideEvent(self, event: QHideEvent) -> None:
        # A closed window reads nothing more (its counter may be closing too).
        self.count_timer.stop()
        self.idle_timer.stop()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.focus_scan()

    # --- the check-in list ----------------------------------------------------------------

    def _remembered_list(self) -> str | None:
        if self.settings_folder is None:
            return None
        value = config.Settings.load(self.settings_folder).extra.get(config.DOOR_LIST, "")
        return str(value) or None

    def _load_lists(self, wanted: str | None) -> None:
        try:
            self.lists = self.desk.lists()
        except DomainError as error:
            self.lists = []
            self.show_message(message_for(error, self._lang))
        self.list_combo.blockSignals(True)
        self.list_combo.clear()
        self.list_combo.addItem(self.tr("Toutes les entrées"), None)
        for door in self.lists:
            self.list_combo.addItem(door.name, door.id)
        index = self.list_combo.findData(wanted) if wanted else 0
        if wanted and index < 0:
            # The list was deactivated (or never reached this counter): the door admits
            # every ticket again, and says so.
            self.show_message(
                self.tr(
                    "La liste d'entrée choisie pour cette porte n'est plus active\u00a0: "
                    "la porte admet toutes les entrées."
                ),
                "warn",
            )
        self.list_combo.setCurrentIndex(max(index, 0))
        self.list_combo.blockSignals(False)
        chosen = self.list_combo.currentData()
        self.door = next((d for d in self.lists if d.id == chosen), None)

    def list_id(self) -> str | None:
        return self.door.id if self.door is not None else None

    def choose_list(self, list_id: str | None) -> None:
        """Work for the check-in list ``list_id`` (None: every ticket), remembered by the
        counter for the next time the window opens."""
        index = self.list_combo.findData(list_id) if list_id else 0
        self.list_combo.setCurrentIndex(max(index, 0))
        self._on_list_chosen()

    def _on_list_chosen(self, _index: int = 0) -> None:
        chosen = self.list_combo.currentData()
        self.door = next((d for d in self.lists if d.id == chosen), None)
        if self.settings_folder is not None:
            config.remember(self.settings_folder, config.DOOR_LIST, self.list_id() or "")
        self.clear_message()
        self._show_idle()
        self.refresh_count()
        self.focus_scan()

    # --- scanning -------------------------------------------------------------------------

    def _submit(self, text: str) -> None:
        if text.strip():
            self.scan(text)
        self.focus_scan()

    def scan(self, text: str) -> DoorVerdict | None:
        """Judge ``text`` as if scanned at this door; show the verdict and ask for its sound."""
        try:
            verdict = self.desk.scan(text, self.list_id())
        except DomainError as error:
            self.show_message(message_for(error, self._lang))
            self.focus_scan()
            return None
        repeated = verdict is self._last_shown
        self._last_shown = verdict
        self.clear_message()
        self._show(verdict, repeated=repeated)
        if not repeated:
            self.sounds.play(self.sounds.sound_for(verdict.verdict))
            self._add_recent(verdict)
        self.refresh_count()
        self.scanned.emit(verdict)
        self.focus_scan()
        return verdict

    def clear(self) -> None:
        """Échap: back to "Scannez un billet"."""
        self.scan_field.clear()
        self.clear_message()
        self._show_idle()
        self.focus_scan()

    def refresh(self) -> None:
        """Read the lists, the count and the last scans again (the window shown again)."""
        self._load_lists(self.list_id())
        self.refresh_count()
        self._load_recent()
        self.focus_scan()

    def refresh_count(self) -> None:
        try:
            count = self.desk.count(self.list_id())
        except DomainError as error:
            self.show_message(message_for(error, self._lang))
            return
        self.count = count
        self.count_label.setText(self.count_words(count))
        short, whole = self.dates_words(count)
        self.dates_label.setText(short)
        self.dates_label.setToolTip(whole)
        self.count_label.setToolTip(whole)

    def show_message(self, text: str, level: str = "error") -> None:
        self.message.setText(text)
        set_role(self.message, level)
        self.message.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("", "muted")

    # --- showing a verdict ----------------------------------------------------------------

    def _paint(self, tone: str) -> None:
        paint_band(self.verdict_panel, tone, TONES, 12)

    def _show_idle(self) -> None:
        self.verdict = None
        self._paint("idle")
        self.verdict_label.setFont(_font(self.font(), 48, True))
        self.verdict_label.setText(self.tr("Scannez un billet"))
        self.explanation_label.setFont(_font(self.font(), 20))
        self.explanation_label.setText(
            self.tr("Scannez le code du billet ou tapez-le, puis Entrée.")
        )
        self.explanation_label.show()
        for label in (
            self.what_label,
            self.holder_label,
            self.event_label,
            self.code_label,
            self.note_label,
        ):
            label.clear()
            label.hide()

    def _show(self, verdict: DoorVerdict, *, repeated: bool = False) -> None:
        self.verdict = verdict
        self._paint(VERDICT_TONES[verdict.verdict])
        words = self.verdict_words(verdict.verdict)
        # 72 pt for a word read across the hall, 48 pt for a sentence (it wraps).
        self.verdict_label.setFont(_font(self.font(), 72 if len(words) <= 18 else 48, True))
        self.verdict_label.setText(words)
        ticket = verdict.ticket
        what = self.ticket_words(verdict)
        holder = ticket.holder if ticket is not None else ""
        event = ""
        if ticket is not None:
            event = self.tr("{event} — {when}").format(
                event=ticket.event, when=self.when_words(ticket.starts_at)
            )
        explanation = self.explanation(verdict)
        self.explanation_label.setFont(_font(self.font(), 22, True))
        for label, text in (
            (self.what_label, what),
            (self.holder_label, holder),
            (self.explanation_label, explanation),
            (self.event_label, event),
            (self.code_label, codes.display(verdict.code) if verdict.code else ""),
        ):
            label.setText(text)
            label.setVisible(bool(text))
        if repeated:
            self.note_label.setText(
                self.tr("Même code scanné à l'instant\u00a0: compté une seule fois.")
            )
        else:
            self.note_label.clear()
        self.note_label.setVisible(repeated)
        self.idle_timer.start()

    # --- the last scans -------------------------------------------------------------------

    def _load_recent(self) -> None:
        try:
            self.recent = self.desk.recent(RECENT_ROWS)
        except DomainError:
            self.recent = []
        self._fill_recent()

    def _add_recent(self, verdict: DoorVerdict) -> None:
        ticket = verdict.ticket
        scan = RecentScan(
            at=self.counter.clock(),
            verdict=verdict.verdict,
            code=verdict.code,
            holder=ticket.holder if ticket is not None else "",
            category=ticket.category if ticket is not None else "",
            event=ticket.event if ticket is not None else "",
        )
        self.recent = [scan, *self.recent][:RECENT_ROWS]
        self._fill_recent()

    def recent_ticket_words(self, scan: RecentScan) -> str:
        """ "Édith Butler · Adulte — Cyrano de Bergerac", or the code for what is no ticket."""
        who = " · ".join(part for part in (scan.holder, scan.category) if part)
        if who and scan.event:
            return self.tr("{who} — {event}").format(who=who, event=scan.event)
        if who or scan.event:
            return who or scan.event
        return codes.display(scan.code) if scan.code else "—"

    def _fill_recent(self) -> None:
        table = self.recent_table
        table.setRowCount(len(self.recent))
        for row, scan in enumerate(self.recent):
            tone = VERDICT_TONES[scan.verdict]
            cells = (
                QTableWidgetItem(self.clock_words(scan.at)),
                QTableWidgetItem(self.verdict_words(scan.verdict)),
                QTableWidgetItem(self.recent_ticket_words(scan)),
            )
            verdict_font = _font(table.font(), 13, True)
            cells[COL_VERDICT].setFont(verdict_font)
            cells[COL_VERDICT].setForeground(QBrush(QColor(TONE_TEXT[tone])))
            for column, cell in enumerate(cells):
                cell.setToolTip(cell.text())
                table.setItem(row, column, cell)
        self._fit_recent()
