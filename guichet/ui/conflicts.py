"""The conflicts console for supervisors (issue 6, part 7), and pairing codes (part 2).

A counter working offline may do what the server would have refused (a gift package used up
at another counter meanwhile, a card blocked elsewhere): the server applies it anyway and
records a conflict, which comes back to every counter at sync. This window lists them, read at
arm's length: the reason in words, when, which counter and cashier did it, the card (type,
code) or order, and the bookings involved (participant, activity, time). Open conflicts come
first; « Afficher les conflits réglés » adds the ones already settled. A ticket two doors let
in offline (``ticket_double_entry``, issue 17) shows the ticket, its date and every entry
(door, who, when); « Accepter » is its only decision: the person is already inside.

The pane on the right shows the chosen conflict and the decisions that apply to it
(``ConflictView.resolutions``): « Accepter », « Annuler les réservations », « Bloquer la
carte », « Rembourser la commande ». A decision is confirmed in place (the buttons give way to
a sentence saying what will happen, « Confirmer » and « Retour »), with an optional note; it is
recorded by the service as a ``conflict.resolve`` command (and so synced). The row then reads
« Réglé : … par Luc Bouchard le … ». Cashiers see the buttons greyed with a sentence:
supervisors and the owner decide (the service enforces it; the grey is a courtesy).

At the bottom, « Code de jumelage pour un nouveau guichet » (supervisors, paired counters):
the server is asked, off the UI thread, for a one-time code, shown big (``K7M2Q-X9PTE``) with
its 24-hour validity, or the refusal in words. A standalone counter says it is not paired.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guichet.domain import codes
from guichet.domain.clock import utcnow
from guichet.domain.errors import DomainError
from guichet.domain.pins import Grant
from guichet.i18n.formatting import day_format, event_datetime, local, time_of_day
from guichet.services.conflicts import DOUBLE_ENTRY, ConflictEntry, ConflictView
from guichet.services.counter import Counter
from guichet.sync.engine import ServerClient, SyncError, load_token
from guichet.sync.state import server_of
from guichet.ui.limits import limit
from guichet.ui.messages import MESSAGES, message_for, message_for_code
from guichet.ui.sync import SYNC_FAILED, sync_error_text
from guichet.ui.theme import COLORS
from guichet.ui.theme import set_role as _set_role
from guichet.ui.theme import sized_font as _font
from guichet.ui.workers import RunnerThread

LINES_ROLE = Qt.ItemDataRole.UserRole + 20  # tuple[RowLine, ...]: what the delegate paints
ID_ROLE = Qt.ItemDataRole.UserRole + 21  # the conflict's id
RESOLUTIONS = ("accept", "cancel_booking", "block_card", "refund")
PAIRING_VALIDITY = timedelta(hours=24)  # the server's PAIRING_TTL (guichet.server.core)
COMPACT = "min-height: 44px; padding: 2px 12px;"
MAX_NOTE = 2000  # the handler keeps this much

# Threads asking the server for a pairing code, kept alive until they end (even when the
# window that started one is closed first).
_RUNNING: set[RunnerThread] = set()


@dataclass(frozen=True)
class RowLine:
    """One painted line of a conflict row: its text and how it looks."""

    text: str
    style: str  # headline | muted | plain | open | resolved


def _ask_pairing_code(
    server_url: str,
    terminal_id: str,
    user_id: str,
    grant: Grant | None = None,
    certificate: str | None = None,
) -> str:
    """Off the UI thread: the counter's token from the keyring, then the server's code,
    asked with the proof of the supervisor's PIN the server checked at their login."""
    if grant is not None:
        from guichet.sync.people import PeopleGateway

        gateway = PeopleGateway(server_url, terminal_id, certificate=certificate)
        return gateway.pairing_code(grant, utcnow())
    token = load_token(server_url, terminal_id)
    if not token:
        raise SyncError("token_missing")
    client = ServerClient(server_url, token, certificate=certificate)
    try:
        return client.pairing_code(user_id)
    finally:
        client.close()


class ConflictDelegate(QStyledItemDelegate):
    """Paints a conflict on four or five lines, the selection as a blue bar on the left. Every
    line wraps to the list's width (a long list of names takes one more line): the row grows
    rather than a text being cut."""

    _WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    def _style(self, base: QFont, style: str) -> tuple[QFont, QColor]:
        if style == "headline":
            return _font(base, base.pointSize() + 1, True), QColor(COLORS["text"])
        if style == "muted":
            return base, QColor(COLORS["muted"])
        if style == "open":
            return _font(base, base.pointSize(), True), QColor(COLORS["warn"])
        if style == "resolved":
            return _font(base, base.pointSize(), True), QColor(COLORS["ok"])
        return base, QColor(COLORS["text"])

    def _height(self, line: RowLine, font: QFont, width: int) -> int:
        metrics = QFontMetrics(font)
        bound = metrics.boundingRect(QRect(0, 0, max(width, 50), 10_000), self._WRAP, line.text)
        return max(bound.height(), metrics.height())

    def _text_width(self) -> int:
        return self.view.viewport().width() - 28

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        lines = index.data(LINES_ROLE) or ()
        width = self._text_width()
        height = sum(self._height(ln, self._style(option.font, ln.style)[0], width) for ln in lines)
        return QSize(200, height + 4 * max(len(lines) - 1, 0) + 20)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        lines = index.data(LINES_ROLE)
        if not lines:
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.fillRect(rect, QColor(COLORS["selection"] if selected else "#ffffff"))
        if selected:
            painter.fillRect(
                QRect(rect.left(), rect.top(), 7, rect.height()), QColor(COLORS["primary"])
            )
        painter.setPen(QColor(COLORS["border"]))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        left, width = rect.left() + 18, rect.width() - 28
        y = rect.top() + 10
        for line in lines:
            font, color = self._style(option.font, line.style)
            painter.setFont(font)
            painter.setPen(color)
            height = self._height(line, font, width)
            painter.drawText(QRect(left, y, width, height), self._WRAP, line.text)
            y += height + 4
        painter.restore()


class ConflictsWindow(QWidget):
    """``ConflictsWindow(counter)``: its own window (a parent only keeps it alive).

    ``resolved`` carries the id of a conflict this window settled; ``refresh()`` reloads the
    list from the database (after a sync, say), keeping the chosen conflict.
    """

    resolved = Signal(str)  # conflict id

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.counter = counter
        self.views: list[ConflictView] = []
        self._selected_id: str | None = None
        self._pending: str | None = None  # the decision waiting for « Confirmer »
        self._settled_here: set[str] = set()  # resolved in this window: kept in the list
        self._pairing_thread: RunnerThread | None = None
        self.pairing_code = ""  # the last code the server gave, normalised

        self.setObjectName("ConflictsWindow")
        self.setWindowTitle(self.tr("Conflits de synchronisation"))
        self.setStyleSheet(
            "QCheckBox { min-height: 44px; spacing: 10px; }"
            " QCheckBox::indicator { width: 26px; height: 26px; }"
            " QHeaderView::section { font-size: 13pt; padding: 6px 4px; }"
        )
        self._build()
        refresh_key = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        refresh_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_key.activated.connect(self.refresh)
        back_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back_key.activated.connect(self.cancel_choice)
        self.refresh()

    # --- who, words ---------------------------------------------------------------------

    @property
    def can_resolve(self) -> bool:
        actor = self.counter.actor
        return actor is not None and actor.role.can_supervise

    @property
    def _tz(self) -> str:
        return self.counter.organisation.timezone

    @property
    def _lang(self) -> str:
        return self.counter.lang

    def short_day(self, day: date) -> str:
        """ "sam. 5 déc." / "Sat, Dec 5"."""
        pattern = "EEE d MMM" if self._lang == "fr" else "EEE, MMM d"
        return day_format(day, pattern, self._lang)

    def when_words(self, moment: datetime) -> str:
        """ "aujourd'hui, 16 h 12", "hier, 21 h", "demain, 13 h" or "jeu. 3 déc., 14 h"."""
        day = local(moment, self._tz).date()
        hour = time_of_day(moment, self._tz, self._lang)
        today = self.counter.today()
        if day == today:
            return self.tr("aujourd'hui, {time}").format(time=hour)
        if day == today - timedelta(days=1):
            return self.tr("hier, {time}").format(time=hour)
        if day == today + timedelta(days=1):
            return self.tr("demain, {time}").format(time=hour)
        return self.tr("{day}, {time}").format(day=self.short_day(day), time=hour)

    def reason_words(self, view: ConflictView) -> str:
        """The refusal the server noted, as the counters word it (with its numbers when the
        server sent them, a shorter title when not)."""
        # Cards: the counters' own words with the numbers the server sent, these titles when
        # the numbers are missing.
        titles = {
            "card_used_up": self.tr("Tous les passages de la carte étaient déjà utilisés."),
            "not_enough_uses": self.tr("La carte n'avait plus assez de passages."),
            "card_exclusive_booked": self.tr(
                "Carte exclusive\u00a0: une autre réservation était déjà en cours."
            ),
            "card_blocked": self.tr("La carte était bloquée."),
            "card_void": self.tr("La carte était annulée (vente remboursée)."),
            "promo_code_used_up": self.tr(
                "Code promo déjà utilisé autant de fois que permis (vendu hors ligne)."
            ),
        }
        # Sales and bookings made offline before a rule changed: the counters' words (price
        # the cart again, choose another seat...) are not for here.
        offline = {
            "price_mismatch": self.tr(
                "Vendu hors ligne à un prix que le serveur ne donne plus (tarif ou promotion "
                "modifié entre-temps)\u00a0: acceptez la vente ou remboursez-la."
            ),
            "seat_taken": self.tr(
                "Siège déjà vendu par un autre guichet (vendu hors ligne)\u00a0: placez le "
                "spectateur ailleurs ou remboursez."
            ),
            "promo_target_quota_exceeded": self.tr(
                "Quota de la promotion pour un événement, une zone ou une catégorie dépassé "
                "(vendu hors ligne)."
            ),
            "occurrence_cancelled": self.tr(
                "Vendu hors ligne pour une séance annulée entre-temps\u00a0: remboursez la "
                "commande."
            ),
            "category_not_offered": self.tr(
                "Vendu hors ligne dans une catégorie qui n'est plus offerte pour cette "
                "séance\u00a0: acceptez la vente ou remboursez-la."
            ),
            "registration_closed": self.tr(
                "Inscrit hors ligne alors que les inscriptions ont été fermées plus tôt "
                "entre-temps\u00a0: acceptez, ou annulez et remboursez."
            ),
            "registration_not_open": self.tr(
                "Inscrit hors ligne avant l'ouverture des inscriptions, déplacée "
                "entre-temps\u00a0: acceptez, ou annulez et remboursez."
            ),
        }
        if view.reason in offline:
            return offline[view.reason]
        if view.reason == DOUBLE_ENTRY:
            # Two doors offline let the same ticket in: the person is inside, nothing to undo.
            return self.tr(
                "Double entrée\u00a0: le même billet a été accepté à deux portes hors ligne. "
                "La personne est déjà entrée\u00a0: acceptez."
            )
        if view.reason == "promo_code_used_up":
            # A code's uses cannot be shared out among counters: two used it offline.
            try:
                return self.tr(
                    "Code promo {text} utilisé hors ligne alors qu'il avait déjà servi {used} "
                    "fois sur %n permise(s).",
                    "",
                    int(view.details["permitted"]),
                ).format(**view.details)
            except (KeyError, ValueError, IndexError, TypeError):
                return titles["promo_code_used_up"]
        builder = MESSAGES.get(view.reason)
        if builder is not None:
            try:
                return builder(dict(view.details), self._lang)
            except (KeyError, ValueError, IndexError):
                pass
        return titles.get(view.reason) or message_for_code(view.reason, view.details, self._lang)

    def resolution_button_text(self, resolution: str) -> str:
        return {
            "accept": self.tr("Accepter"),
            "cancel_booking": self.tr("Annuler les réservations"),
            "block_card": self.tr("Bloquer la carte"),
            "refund": self.tr("Rembourser la commande"),
        }.get(resolution, resolution)

    def resolution_words(self, resolution: str) -> str:
        """What was decided, after « Réglé : »."""
        return {
            "accept": self.tr("accepté"),
            "cancel_booking": self.tr("réservations annulées"),
            "block_card": self.tr("carte bloquée"),
            "refund": self.tr("commande à rembourser"),
        }.get(resolution, resolution)

    def status_words(self, view: ConflictView) -> str:
        """ "À régler" or "Réglé : réservations annulées par Luc Bouchard le sam. 5 déc. à
        19 h 42"."""
        if view.status != "resolved":
            return self.tr("À régler")
        what = self.resolution_words(view.resolution)
        if view.resolved_at is None:
            return self.tr("Réglé\u00a0: {resolution}").format(resolution=what)
        day = self.short_day(local(view.resolved_at, self._tz).date())
        hour = time_of_day(view.resolved_at, self._tz, self._lang)
        if view.resolved_by:
            return self.tr("Réglé\u00a0: {resolution} par {name} le {day} à {time}").format(
                resolution=what, name=view.resolved_by, day=day, time=hour
            )
        return self.tr("Réglé\u00a0: {resolution} le {day} à {time}").format(
            resolution=what, day=day, time=hour
        )

    def origin_words(self, view: ConflictView) -> str:
        """ "Caisse 2 · Sophie Gagnon · aujourd'hui, 16 h 12"."""
        terminal = view.terminal_name or self.tr("Autre guichet")
        user = view.user_name or self.tr("utilisateur inconnu")
        return self.tr("{terminal} · {user} · {when}").format(
            terminal=terminal, user=user, when=self.when_words(view.occurred_at)
        )

    def subject_words(self, view: ConflictView) -> str:
        """ "Carte 10 bains YYRAF-BN88S-5EV2V" and/or "Commande DDMM3-…"; a ticket let in
        twice: "Billet 7KQ2M-… · Le Malade imaginaire, aujourd'hui, 20 h · Commande …"."""
        parts = []
        if view.ticket_code:
            parts.append(self.tr("Billet {code}").format(code=view.ticket_code))
            if view.event_name and view.starts_at is not None:
                parts.append(
                    self.tr("{event}, {when}").format(
                        event=view.event_name, when=self.when_words(view.starts_at)
                    )
                )
        if view.card_code:
            parts.append(
                self.tr("{card_type} {code}")
                .format(card_type=view.card_type_name or self.tr("Carte"), code=view.card_code)
                .strip()
            )
        if view.order_code:
            parts.append(self.tr("Commande {code}").format(code=view.order_code))
        return " · ".join(parts)

    def booking_status_words(self, status: str) -> str:
        return {
            "booked": self.tr("Réservée"),
            "used": self.tr("Présent"),
            "cancelled": self.tr("Annulée"),
        }.get(status, status)

    def bookings_words(self, view: ConflictView) -> list[str]:
        """One line per session: "Bain libre, demain, 13 h : Julie Côté, Marc Côté" (a
        cancelled booking marked "(annulée)", "— toutes annulées" when all of them are)."""
        groups: dict[tuple[str, datetime], list[tuple[str, bool]]] = {}
        for booking in view.bookings:
            name = booking.participant or self.tr("sans nom")
            key = (booking.event_name, booking.starts_at)
            groups.setdefault(key, []).append((name, booking.status == "cancelled"))
        lines = []
        for (event, starts), people in groups.items():
            when = self.when_words(starts)
            if len(people) > 1 and all(cancelled for _name, cancelled in people):
                names = ", ".join(name for name, _cancelled in people)
                lines.append(
                    self.tr("{event}, {when}\u00a0: {names} — toutes annulées").format(
                        event=event, when=when, names=names
                    )
                )
                continue
            names = ", ".join(
                self.tr("{name} (annulée)").format(name=name) if cancelled else name
                for name, cancelled in people
            )
            lines.append(
                self.tr("{event}, {when}\u00a0: {names}").format(
                    event=event, when=when, names=names
                )
            )
        return lines

    def entry_words(self, number: int, entry: ConflictEntry) -> str:
        """ "Entrée 1 : Porte A · Sophie Gagnon · aujourd'hui, 19 h 42"."""
        return self.tr("Entrée {number}\u00a0: {where} · {who} · {when}").format(
            number=number,
            where=entry.where or self.tr("Autre guichet"),
            who=entry.who or self.tr("utilisateur inconnu"),
            when=self.when_words(entry.at),
        )

    def entries_words(self, view: ConflictView) -> list[str]:
        """Every entry of a ticket let in twice, the first first (when, where, who)."""
        return [self.entry_words(n, entry) for n, entry in enumerate(view.entries, 1)]

    def row_lines(self, view: ConflictView) -> tuple[RowLine, ...]:
        lines = [RowLine(self.reason_words(view), "headline")]
        lines.append(RowLine(self.origin_words(view), "muted"))
        subject = self.subject_words(view)
        if subject:
            lines.append(RowLine(subject, "plain"))
        lines.extend(RowLine(text, "plain") for text in self.entries_words(view))
        bookings = self.bookings_words(view)
        if bookings:
            more = len(bookings) - 1
            text = (
                bookings[0]
                if not more
                else self.tr("{first} (+{more})").format(first=bookings[0], more=more)
            )
            lines.append(RowLine(text, "plain"))
        status = "resolved" if view.status == "resolved" else "open"
        lines.append(RowLine(self.status_words(view), status))
        return tuple(lines)

    def row_text(self, conflict_id: str) -> str:
        """What the list shows for a conflict, lines joined by newlines ("" when not listed)."""
        for row in range(self.conflict_list.count()):
            item = self.conflict_list.item(row)
            if item.data(ID_ROLE) == conflict_id:
                return "\n".join(line.text for line in item.data(LINES_ROLE))
        return ""

    # --- layout ---------------------------------------------------------------------------

    def _button(
        self, text: str, slot: object, role: str = "", compact: bool = False
    ) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        if role:
            button.setProperty("role", role)
        if compact:
            button.setStyleSheet(COMPACT)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(10, 8, 10, 8)
        root.setSpacing(8)
        root.addLayout(self._build_header())
        body = QHBoxLayout()
        body.setSpacing(10)
        body.addLayout(self._build_list(), 48)
        body.addWidget(self._build_detail(), 52)
        root.addLayout(body, 1)
        root.addWidget(self._build_pairing())

    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        header.setSpacing(10)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        title = QLabel(self.tr("Conflits de synchronisation"))
        title.setProperty("role", "title")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary")
        self.summary_label.setProperty("role", "muted")
        titles.addWidget(title)
        titles.addWidget(self.summary_label)
        header.addLayout(titles, 1)
        self.show_resolved_check = QCheckBox(self.tr("Afficher les conflits réglés"))
        self.show_resolved_check.toggled.connect(lambda _on: self.refresh())
        header.addWidget(self.show_resolved_check)
        self.refresh_button = self._button(self.tr("Actualiser (F5)"), self.refresh, compact=True)
        header.addWidget(self.refresh_button)
        return header

    def _build_list(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        self.conflict_list = QListWidget()
        self.conflict_list.setAccessibleName(self.tr("Conflits"))
        self.conflict_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflict_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.conflict_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conflict_list.setItemDelegate(ConflictDelegate(self.conflict_list))
        # Re-wrap on resize: word wrap makes the list lay its rows out again when its width
        # changes too (Adjust alone only follows the height of a top-to-bottom list).
        self.conflict_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.conflict_list.setWordWrap(True)
        self.conflict_list.currentRowChanged.connect(self._on_row_changed)
        column.addWidget(self.conflict_list, 1)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty")
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setFont(_font(self.font(), 18, True))
        column.addWidget(self.empty_label)
        return column

    def _build_detail(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("detailPanel")
        panel.setStyleSheet(
            "QFrame#detailPanel { background: white; border: 1px solid "
            f"{COLORS['border']}; border-radius: 8px; }}"
            "QFrame#detailPanel QLabel { background: transparent; }"
            " QScrollArea#detailScroll, QWidget#detailViewport, QWidget#detailContent"
            " { background: white; border: none; }"
        )
        self.detail_panel = panel
        outer = QVBoxLayout(panel)
        outer.setContentsMargins(1, 1, 1, 1)
        # A conflict with many bookings (or a cashier's extra sentence) scrolls rather than
        # squeezing the decisions.
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setObjectName("detailScroll")
        self.detail_scroll.viewport().setObjectName("detailViewport")
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        content.setObjectName("detailContent")
        self.detail_scroll.setWidget(content)
        outer.addWidget(self.detail_scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(13, 9, 13, 9)
        layout.setSpacing(6)

        self.headline_label = QLabel()
        self.headline_label.setObjectName("headline")
        self.headline_label.setWordWrap(True)
        self.headline_label.setFont(_font(self.font(), 18, True))
        layout.addWidget(self.headline_label)
        self.origin_label = QLabel()
        self.origin_label.setObjectName("origin")
        self.origin_label.setWordWrap(True)
        self.origin_label.setProperty("role", "muted")
        layout.addWidget(self.origin_label)
        self.subject_label = QLabel()
        self.subject_label.setObjectName("subject")
        self.subject_label.setWordWrap(True)
        self.subject_label.setFont(_font(self.font(), 16, True))
        self.subject_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.subject_label)
        # A ticket let in twice: each entry on its line (when, which door, who).
        self.entries_label = QLabel()
        self.entries_label.setObjectName("entries")
        self.entries_label.setWordWrap(True)
        self.entries_label.setFont(_font(self.font(), 15))
        self.entries_label.setAccessibleName(self.tr("Entrées du billet"))
        layout.addWidget(self.entries_label)

        self.bookings_table = QTableWidget(0, 4)
        self.bookings_table.setHorizontalHeaderLabels(
            [self.tr("Participant"), self.tr("Activité"), self.tr("Séance"), self.tr("État")]
        )
        self.bookings_table.setAccessibleName(self.tr("Réservations en cause"))
        self.bookings_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bookings_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.bookings_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.bookings_table.setWordWrap(False)
        self.bookings_table.setAlternatingRowColors(True)
        self.bookings_table.verticalHeader().setVisible(False)
        self.bookings_table.verticalHeader().setDefaultSectionSize(36)
        self.bookings_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.bookings_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.bookings_table)

        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        self.status_label.setFont(_font(self.font(), 16, True))
        layout.addWidget(self.status_label)
        self.note_label = QLabel()
        self.note_label.setObjectName("resolvedNote")
        self.note_label.setWordWrap(True)
        layout.addWidget(self.note_label)

        self.decision_title = QLabel(self.tr("Décision"))
        self.decision_title.setFont(_font(self.font(), 17, True))
        layout.addWidget(self.decision_title)
        self.permission_label = QLabel()
        self.permission_label.setObjectName("permission")
        self.permission_label.setWordWrap(True)
        self.permission_label.setProperty("role", "warn")
        layout.addWidget(self.permission_label)

        # The decisions, then (once one is chosen) the sentence that confirms it, in place.
        self.decision_stack = QWidget()
        stack = QVBoxLayout(self.decision_stack)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(0)
        self.buttons_page = buttons_page = QWidget()
        grid = QGridLayout(buttons_page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.resolution_buttons: dict[str, QPushButton] = {}
        for position, resolution in enumerate(RESOLUTIONS):
            button = self._button(
                self.resolution_button_text(resolution),
                lambda _c=False, r=resolution: self.choose(r),
            )
            button.setObjectName(f"resolve_{resolution}")
            self.resolution_buttons[resolution] = button
            grid.addWidget(button, position // 2, position % 2)
        stack.addWidget(buttons_page)

        self.confirm_page = confirm_page = QFrame()
        confirm_page.setObjectName("confirmPage")
        confirm_page.setStyleSheet(
            f"QFrame#confirmPage {{ background: {COLORS['selection']}; border-radius: 6px; }}"
        )
        confirm = QVBoxLayout(confirm_page)
        confirm.setContentsMargins(10, 6, 10, 6)
        confirm.setSpacing(6)
        self.confirm_label = QLabel()
        self.confirm_label.setObjectName("confirmQuestion")
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setFont(_font(self.font(), 16, True))
        confirm.addWidget(self.confirm_label)
        confirm_buttons = QHBoxLayout()
        confirm_buttons.setSpacing(6)
        self.confirm_button = self._button(self.tr("Confirmer"), self.confirm, role="primary")
        self.back_button = self._button(self.tr("Retour (Échap)"), self.cancel_choice)
        confirm_buttons.addWidget(self.confirm_button, 1)
        confirm_buttons.addWidget(self.back_button, 1)
        confirm.addLayout(confirm_buttons)
        confirm_page.hide()
        stack.addWidget(confirm_page)
        layout.addWidget(self.decision_stack)

        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setPlaceholderText(
            self.tr("Note (facultative)\u00a0: pourquoi cette décision")
        )
        self.note_edit.setAccessibleName(self.tr("Note"))
        limit(self.note_edit, "ResolveConflict.note", MAX_NOTE)
        layout.addWidget(self.note_edit)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setFont(_font(self.font(), 16, True))
        layout.addWidget(self.message)
        layout.addStretch(1)
        return panel

    def _build_pairing(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("pairingBar")
        bar.setStyleSheet(
            "QFrame#pairingBar { background: white; border: 1px solid "
            f"{COLORS['border']}; border-radius: 8px; }}"
            "QFrame#pairingBar QLabel { background: transparent; }"
        )
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 4, 10, 4)
        row.setSpacing(14)
        self.pairing_button = self._button(
            self.tr("Code de jumelage pour un nouveau guichet"), self.request_pairing_code
        )
        row.addWidget(self.pairing_button)
        self.pairing_code_label = QLabel()
        self.pairing_code_label.setObjectName("pairingCode")
        code_font = _font(self.font(), 26, True)
        code_font.setStyleHint(QFont.StyleHint.Monospace)
        code_font.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
        code_font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 2)
        self.pairing_code_label.setFont(code_font)
        self.pairing_code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.pairing_code_label.setAccessibleName(self.tr("Code de jumelage"))
        self.pairing_code_label.hide()
        row.addWidget(self.pairing_code_label)
        self.pairing_label = QLabel()
        self.pairing_label.setObjectName("pairingInfo")
        self.pairing_label.setWordWrap(True)
        self.pairing_label.setProperty("role", "muted")
        row.addWidget(self.pairing_label, 1)
        return bar

    # --- the list -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Reload the conflicts (open first), keep the chosen one, the typed note and the
        message; update what this user may do."""
        show_resolved = self.show_resolved_check.isChecked()
        every = self.counter.conflicts.conflicts(open_only=False)
        shown = [
            v
            for v in every
            if v.status != "resolved" or show_resolved or v.id in self._settled_here
        ]
        open_views = sorted(
            (v for v in shown if v.status != "resolved"),
            key=lambda v: v.occurred_at,
            reverse=True,
        )
        settled = sorted(
            (v for v in shown if v.status == "resolved"),
            key=lambda v: v.resolved_at or v.occurred_at,
            reverse=True,
        )
        self.views = open_views + settled
        open_count = sum(1 for v in every if v.status != "resolved")
        settled_count = len(every) - open_count
        self.summary_label.setText(
            self.tr("À régler\u00a0: {open} · Réglés\u00a0: {settled}").format(
                open=open_count, settled=settled_count
            )
        )

        keep = self._selected_id
        self.conflict_list.blockSignals(True)
        self.conflict_list.clear()
        for view in self.views:
            item = QListWidgetItem()
            item.setData(ID_ROLE, view.id)
            lines = self.row_lines(view)
            item.setData(LINES_ROLE, lines)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, ". ".join(ln.text for ln in lines))
            self.conflict_list.addItem(item)
        self.conflict_list.blockSignals(False)
        if not self.views:
            self.empty_label.setText(
                self.tr("Aucun conflit à régler.")
                if not show_resolved
                else self.tr("Aucun conflit.")
            )
            self.empty_label.show()
        else:
            self.empty_label.hide()
        ids = [v.id for v in self.views]
        target = keep if keep in ids else (ids[0] if ids else None)
        if target is not None:
            self.conflict_list.setCurrentRow(ids.index(target))
        if target != keep:
            self._selected_id = target
            self._pending = None
            self.message.clear()
        self._fill_detail()
        self._update_pairing()

    def current_conflict(self) -> ConflictView | None:
        return next((v for v in self.views if v.id == self._selected_id), None)

    def select_conflict(self, conflict_id: str) -> bool:
        ids = [v.id for v in self.views]
        if conflict_id not in ids:
            return False
        self.conflict_list.setCurrentRow(ids.index(conflict_id))
        return True

    def _on_row_changed(self, row: int) -> None:
        new_id = self.views[row].id if 0 <= row < len(self.views) else None
        if new_id == self._selected_id:
            return
        self._selected_id = new_id
        self._pending = None
        self.note_edit.clear()
        self.message.clear()
        self._fill_detail()

    # --- the detail pane ------------------------------------------------------------------

    def _fill_detail(self) -> None:
        view = self.current_conflict()
        widgets = (
            self.subject_label,
            self.bookings_table,
            self.status_label,
            self.decision_title,
            self.decision_stack,
            self.note_edit,
        )
        if view is None:
            self.headline_label.setText(self.tr("Aucun conflit choisi"))
            self.origin_label.setText(
                self.tr(
                    "Les conflits arrivent à la synchronisation\u00a0: ce que des guichets ont "
                    "fait hors ligne et que le serveur a dû accepter malgré une règle."
                )
            )
            for widget in widgets:
                widget.hide()
            self.entries_label.hide()
            self.note_label.hide()
            self.permission_label.hide()
            return
        for widget in widgets:
            widget.show()
        self.headline_label.setText(self.reason_words(view))
        self.origin_label.setText(
            self.tr(
                "Fait hors ligne à {terminal} par {user}, {when}, puis enregistré quand même "
                "par le serveur."
            ).format(
                terminal=view.terminal_name or self.tr("un autre guichet"),
                user=view.user_name or self.tr("un utilisateur inconnu"),
                when=self.when_words(view.occurred_at),
            )
        )
        subject = self.subject_words(view)
        self.subject_label.setText(subject)
        self.subject_label.setVisible(bool(subject))
        entries = self.entries_words(view)
        self.entries_label.setText("\n".join(entries))
        self.entries_label.setVisible(bool(entries))
        self._fill_bookings(view)
        # Open: the list says « À régler » and the decision below is the point.
        self.status_label.setText(self.status_words(view))
        _set_role(self.status_label, "ok")
        self.status_label.setVisible(view.status == "resolved")
        self.note_label.setText(self.tr("Note\u00a0: {note}").format(note=view.note))
        self.note_label.setVisible(view.status == "resolved" and bool(view.note))

        open_ = view.status != "resolved"
        allowed = self.can_resolve
        for resolution, button in self.resolution_buttons.items():
            button.setVisible(resolution in view.resolutions)
            button.setEnabled(open_ and allowed)
        self.decision_title.setVisible(open_)
        self.decision_stack.setVisible(open_)
        self.note_edit.setVisible(open_ and allowed)
        if open_ and not allowed:
            self.permission_label.setText(
                self.tr("Seul un superviseur ou le propriétaire règle un conflit.")
            )
            self.permission_label.show()
        else:
            self.permission_label.hide()
        if self._pending is not None and not (open_ and allowed):
            self._pending = None
        self._show_choice()

    def _fill_bookings(self, view: ConflictView) -> None:
        table = self.bookings_table
        table.setRowCount(0)
        for booking in view.bookings:
            row = table.rowCount()
            table.insertRow(row)
            cells = (
                booking.participant or self.tr("sans nom"),
                booking.event_name,
                self.when_words(booking.starts_at),
                self.booking_status_words(booking.status),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == 3 and booking.status == "cancelled":
                    item.setForeground(QColor(COLORS["danger"]))
                table.setItem(row, col, item)
        table.setVisible(bool(view.bookings))
        # Tall enough for every booking (a conflict has a few), a scroll bar beyond four.
        rows = min(max(len(view.bookings), 1), 4)
        header = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(header + rows * table.verticalHeader().defaultSectionSize() + 4)

    # --- deciding -------------------------------------------------------------------------

    def confirm_question(self, view: ConflictView, resolution: str) -> str:
        """What « Confirmer » will do, in one or two sentences."""
        if resolution == "accept" and view.reason == DOUBLE_ENTRY:
            return self.tr(
                "Accepter la double entrée\u00a0? Les deux entrées restent enregistrées et le "
                "billet ne change pas."
            )
        if resolution == "accept":
            return self.tr(
                "Accepter ce qui a été fait\u00a0? Les réservations restent valides et rien ne "
                "change sur la carte."
            )
        if resolution == "cancel_booking":
            names = ", ".join(
                b.participant or self.tr("sans nom")
                for b in view.bookings
                if b.status != "cancelled"
            )
            return self.tr(
                "Annuler les réservations de {names}\u00a0? Places et passages sont rendus."
            ).format(names=names or "—")
        if resolution == "block_card":
            return self.tr(
                "Bloquer la carte {code}\u00a0? Elle sera refusée à tous les guichets."
            ).format(code=view.card_code)
        return self.tr(
            "Noter que la commande {code} est à rembourser\u00a0? Remboursez-la ensuite avec "
            "«\u00a0Remboursement\u00a0» (F8)."
        ).format(code=view.order_code)

    def choose(self, resolution: str) -> None:
        """A decision button: ask for confirmation in place."""
        view = self.current_conflict()
        if view is None or view.status == "resolved":
            return
        if not self.can_resolve:
            self.show_error(message_for_code("forbidden", {}, self._lang))
            return
        if resolution not in view.resolutions:
            self.show_error(self.tr("Cette décision ne s'applique pas à ce conflit."))
            return
        self._pending = resolution
        self.message.clear()
        self._show_choice()
        self.confirm_button.setFocus()

    def cancel_choice(self) -> None:
        self._pending = None
        self._show_choice()

    def _show_choice(self) -> None:
        view = self.current_conflict()
        if self._pending is None or view is None:
            self.confirm_page.hide()
            self.buttons_page.show()
            return
        self.confirm_label.setText(self.confirm_question(view, self._pending))
        self.confirm_button.setText(
            self.tr("Confirmer\u00a0: {decision}").format(
                decision=self.resolution_button_text(self._pending)
            )
        )
        _set_role(self.confirm_button, "danger" if self._pending != "accept" else "primary")
        self.buttons_page.hide()
        self.confirm_page.show()

    @property
    def pending(self) -> str | None:
        """The decision waiting for « Confirmer », if any."""
        return self._pending

    def confirm(self) -> bool:
        """Record the chosen decision; True when the service took it."""
        view = self.current_conflict()
        resolution = self._pending
        if view is None or resolution is None:
            return False
        try:
            self.counter.conflicts.resolve(view.id, resolution, self.note_edit.text())
        except DomainError as error:
            self._pending = None
            text = self.error_words(error)
            if error.code == "conflict_already_resolved":
                self._settled_here.add(view.id)  # keep it listed, as it is now
            self.refresh()  # resolved elsewhere meanwhile: show it as it is now
            self.show_error(text)
            return False
        self._pending = None
        self._settled_here.add(view.id)
        self.note_edit.clear()
        self.refresh()
        self.conflict_list.setFocus()
        self.show_ok(
            self.tr("Conflit réglé\u00a0: {resolution}.").format(
                resolution=self.resolution_words(resolution)
            )
        )
        self.resolved.emit(view.id)
        return True

    def error_words(self, error: DomainError) -> str:
        if error.code == "conflict_already_resolved":
            resolution = str(error.params.get("resolution", ""))
            if resolution:
                return self.tr("Ce conflit est déjà réglé ({resolution}).").format(
                    resolution=self.resolution_words(resolution)
                )
            return self.tr("Ce conflit est déjà réglé.")
        if error.code == "unknown_conflict":
            return self.tr("Ce conflit n'existe plus.")
        if error.code == "conflict_resolution_invalid":
            return self.tr("Cette décision ne s'applique pas à ce conflit.")
        return message_for(error, self._lang)

    # --- messages -------------------------------------------------------------------------

    def _say(self, text: str, role: str) -> None:
        self.message.setText(text)
        _set_role(self.message, role)
        if text:
            self.detail_scroll.ensureWidgetVisible(self.message)

    def show_error(self, text: str) -> None:
        self._say(text, "error")

    def show_ok(self, text: str) -> None:
        self._say(text, "ok")

    # --- pairing codes --------------------------------------------------------------------

    def _update_pairing(self) -> None:
        busy = self._pairing_thread is not None
        if server_of(self.counter.session_factory) is None:
            self.pairing_button.setEnabled(False)
            self.pairing_code_label.hide()
            self._pairing_info(
                self.tr(
                    "Ce guichet n'est pas jumelé à un serveur\u00a0: pas de code de jumelage ici. "
                    "Sur le serveur\u00a0: guichet server admin pairing-code"
                ),
                "muted",
            )
            return
        if not self.can_resolve:
            self.pairing_button.setEnabled(False)
            self.pairing_code_label.hide()
            self._pairing_info(
                self.tr("Seul un superviseur ou le propriétaire demande un code de jumelage."),
                "muted",
            )
            return
        self.pairing_button.setEnabled(not busy)
        if not busy and not self.pairing_code and not self.pairing_label.text():
            self._pairing_info(
                self.tr("Un code à usage unique, valable 24 heures, pour jumeler un guichet."),
                "muted",
            )

    def _pairing_info(self, text: str, role: str) -> None:
        self.pairing_label.setText(text)
        _set_role(self.pairing_label, role)

    def request_pairing_code(self) -> None:
        """Ask the server for a one-time pairing code, off the UI thread."""
        if self._pairing_thread is not None:
            return
        paired = server_of(self.counter.session_factory)
        actor = self.counter.actor
        if paired is None or actor is None or not actor.role.can_supervise:
            self._update_pairing()
            return
        url, terminal_id = paired
        self.pairing_code = ""
        self.pairing_code_label.hide()
        self._pairing_info(self.tr("Demande au serveur…"), "muted")
        grant = self.counter.bus.grants.get(actor.user_id)
        from guichet.sync.tls import stored_certificate

        pinned = stored_certificate(self.counter.session_factory)  # https: pairing's
        thread = RunnerThread(
            _ask_pairing_code, url, terminal_id, actor.user_id, grant, pinned
        )
        thread.succeeded.connect(self._pairing_succeeded)
        thread.failed.connect(self._pairing_failed)
        thread.finished.connect(self._pairing_done)
        self._pairing_thread = thread
        _RUNNING.add(thread)
        self.pairing_button.setEnabled(False)
        thread.start()

    def _pairing_done(self) -> None:
        thread = self._pairing_thread
        self._pairing_thread = None
        if thread is not None:
            thread.wait()
            _RUNNING.discard(thread)
        self._update_pairing()

    def _pairing_succeeded(self, code: object) -> None:
        self.show_pairing_code(str(code), self.counter.clock() + PAIRING_VALIDITY)

    def _pairing_failed(self, error: object) -> None:
        if isinstance(error, SyncError):
            code = error.code
        elif type(error).__module__.startswith("keyring"):
            code = "keyring_unavailable"
        else:
            code = SYNC_FAILED
        self.show_pairing_error(code)

    def show_pairing_code(self, code: str, expires_at: datetime) -> None:
        """The server's code, big and grouped (``K7M2Q-X9PTE``), with its validity."""
        self.pairing_code = codes.normalize(code)
        self.pairing_code_label.setText(codes.display(self.pairing_code))
        self.pairing_code_label.show()
        self._pairing_info(
            self.tr(
                "Valable jusqu'au {when} (24 heures). À saisir une seule fois, sur le nouveau "
                "guichet («\u00a0Jumeler\u00a0»)."
            ).format(when=event_datetime(expires_at, self._tz, self._lang)),
            "ok",
        )

    def pairing_error_words(self, code: str) -> str:
        words = {
            "forbidden": self.tr(
                "Le serveur refuse\u00a0: seul un superviseur ou le propriétaire obtient un code."
            ),
            "unknown_user": self.tr(
                "Le serveur ne connaît pas cet utilisateur (ou il est désactivé)."
            ),
            "person_unverified": self.tr(
                "Le serveur n'a pas vérifié votre NIP : fermez la session et ouvrez-la de "
                "nouveau quand le serveur est joignable."
            ),
        }
        return words.get(code) or sync_error_text(code)

    def show_pairing_error(self, code: str) -> None:
        self.pairing_code = ""
        self.pairing_code_label.hide()
        self._pairing_info(
            self.tr("Pas de code de jumelage\u00a0: {reason}.").format(
                reason=self.pairing_error_words(code).rstrip(".")
            ),
            "error",
        )
