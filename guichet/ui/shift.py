"""Opening a shift (the float) and closing it (counting the drawer, then the Z report)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.cash import CAD_DENOMINATIONS
from guichet.domain.errors import DomainError
from guichet.domain.money import Cents
from guichet.i18n.formatting import money, money_plain, parse_money
from guichet.services.counter import Counter
from guichet.services.handlers import ShiftClosed
from guichet.ui.limits import limit
from guichet.ui.login import Keypad, set_role
from guichet.ui.messages import message_for, message_for_code

if TYPE_CHECKING:
    from guichet.ui.zreport import ZReportDialog

DEFAULT_FLOAT: Cents = 20000
CLOSE_KEY = "Ctrl+Return"  # « Fermer le quart… (Ctrl+Entrée) »
MAX_COUNT = 100_000  # the domain refuses more (count_too_large)


def denomination_label(cents: Cents, lang: str = "fr") -> str:
    """``"20 $"``, ``"0,25 $"`` (``"$20"``, ``"$0.25"`` in English): whole dollars lose ",00"."""
    text = money(cents, lang)
    if cents % 100 == 0:
        text = re.sub(r"[.,]00(?!\d)", "", text)
    return text


class OpenShiftPage(QWidget):
    """The cashier counts the float put in the drawer; Enter opens the shift."""

    shiftOpened = Signal(object)  # ShiftView
    logoutRequested = Signal()

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter

        self.title = QLabel(self.tr("Ouvrir le quart"))
        self.title.setProperty("role", "title")
        self.greeting = QLabel()
        self.greeting.setProperty("role", "muted")
        # F11 as on the sales page: an owner who came for the back office leaves by key.
        self.logout_button = QPushButton(self.tr("Déconnexion (F11)"))
        self.logout_button.setAutoDefault(False)
        self.logout_button.clicked.connect(self.logoutRequested)
        logout = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        logout.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        logout.activated.connect(self.logoutRequested)

        prompt = QLabel(self.tr("Fond de caisse"))
        prompt.setStyleSheet("font-size: 18pt; font-weight: bold;")
        prompt_detail = QLabel(self.tr("L'argent mis dans le tiroir au départ."))
        prompt_detail.setProperty("role", "muted")
        prompt_detail.setWordWrap(True)
        self.amount_edit = QLineEdit()
        self.amount_edit.setAccessibleName(self.tr("Fond de caisse"))
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount_edit.setStyleSheet("font-size: 28pt; min-height: 70px;")
        limit(self.amount_edit, "amount")
        self.amount_edit.returnPressed.connect(self.submit)
        currency = QLabel("$")
        currency.setProperty("role", "title")
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount_edit, 1)
        amount_row.addWidget(currency)

        self.keypad = Keypad(self, decimal=True, lang=counter.lang)
        self.keypad.attach(self.amount_edit)
        self.open_button = QPushButton(self.tr("Ouvrir le quart (Entrée)"))
        self.open_button.setProperty("role", "primary")
        self.open_button.setMinimumHeight(72)
        self.open_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.open_button.clicked.connect(self.submit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(40)

        form = QVBoxLayout()
        form.setSpacing(12)
        form.addWidget(prompt)
        form.addWidget(prompt_detail)
        form.addLayout(amount_row)
        form.addWidget(self.open_button)
        form.addWidget(self.message)
        form.addStretch(1)
        form_box = QWidget()
        form_box.setLayout(form)
        form_box.setFixedWidth(500)
        self.keypad.setFixedWidth(420)
        self.keypad.setMaximumHeight(420)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.greeting)
        header.addLayout(titles)
        header.addStretch(1)
        header.addWidget(self.logout_button, 0, Qt.AlignmentFlag.AlignTop)

        body = QHBoxLayout()
        body.setSpacing(40)
        body.addStretch(1)
        body.addWidget(form_box)
        body.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignTop)
        body.addStretch(1)

        root = QVBoxLayout(self)
        root.setContentsMargins(32, 20, 32, 20)
        root.addLayout(header)
        root.addSpacing(24)
        root.addLayout(body, 1)
        self.refresh()

    def refresh(self) -> None:
        actor = self.counter.actor
        self.greeting.setText(
            self.tr("Bonjour {name}\u00a0! Aucun quart n'est ouvert à cette caisse.").format(
                name=actor.name if actor else ""
            )
        )
        self.amount_edit.setText(money_plain(DEFAULT_FLOAT, self.counter.lang))
        self.amount_edit.selectAll()
        self.amount_edit.setFocus()
        self.show_message("")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.amount_edit.setFocus()

    def show_message(self, text: str, level: str = "error") -> None:
        self.message.setText(text)
        set_role(self.message, level if text else "muted")

    @Slot()
    def submit(self) -> None:
        try:
            amount = parse_money(self.amount_edit.text(), self.counter.lang)
        except ValueError:
            self.show_message(message_for_code("bad_amount", {}, self.counter.lang))
            self.amount_edit.selectAll()
            self.amount_edit.setFocus()
            return
        try:
            shift = self.counter.open_shift(amount)
        except DomainError as error:
            self.show_message(message_for(error, self.counter.lang))
            self.amount_edit.setFocus()
            return
        self.show_message("")
        self.shiftOpened.emit(shift)


class CloseShiftDialog(QDialog):
    """Count the drawer by denomination, compare with what is expected, close and show the Z.

    After closing, ``closed_result`` holds the :class:`ShiftClosed` and ``zreport_dialog`` the
    Z report that was opened (window-modal, on the dialog's parent).
    """

    shiftClosed = Signal(object)  # ShiftClosed

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.closed_result: ShiftClosed | None = None
        self.zreport_dialog: ZReportDialog | None = None
        self.setWindowTitle(self.tr("Fermer le quart"))
        self.setModal(True)
        lang = counter.lang

        summary = counter.shift_summary()
        self.expected: Cents = summary.expected_cash
        opening_float = summary.shift.opening_float
        cash_in = summary.expected_cash - opening_float

        title = QLabel(self.tr("Fermer le quart\u00a0: comptez le tiroir"))
        title.setProperty("role", "title")

        self.spins: dict[Cents, QSpinBox] = {}
        self.step_buttons: dict[Cents, tuple[QPushButton, QPushButton]] = {}  # (−, +)
        self.line_labels: dict[Cents, QLabel] = {}
        notes = QGroupBox(self.tr("Billets"))
        coins = QGroupBox(self.tr("Pièces"))
        notes_grid = QGridLayout(notes)
        coins_grid = QGridLayout(coins)
        for grid in (notes_grid, coins_grid):
            grid.setHorizontalSpacing(8)
            grid.setVerticalSpacing(6)
            grid.setColumnStretch(4, 1)
        note_row = coin_row = 0
        for denomination in CAD_DENOMINATIONS:
            if denomination >= 500:
                self._add_row(notes_grid, note_row, denomination)
                note_row += 1
            else:
                self._add_row(coins_grid, coin_row, denomination)
                coin_row += 1
        counts = QHBoxLayout()
        counts.setSpacing(16)
        counts.addWidget(notes, 1)
        counts.addWidget(coins, 1)

        # Totals.
        self.counted_label = QLabel()
        self.counted_label.setProperty("role", "total")
        self.expected_label = QLabel(money(self.expected, lang))
        self.expected_label.setStyleSheet("font-size: 20pt; font-weight: bold;")
        expected_detail = QLabel(
            self.tr("fond {float} + espèces nettes {cash}").format(
                float=money(opening_float, lang), cash=money(cash_in, lang)
            )
        )
        expected_detail.setProperty("role", "muted")
        self.difference_caption = QLabel()
        self.difference_label = QLabel()
        self.difference_label.setStyleSheet("font-size: 20pt;")
        totals = QGridLayout()
        totals.setHorizontalSpacing(16)
        totals.addWidget(QLabel(self.tr("Total compté")), 0, 0)
        totals.addWidget(self.counted_label, 0, 1, Qt.AlignmentFlag.AlignRight)
        totals.addWidget(QLabel(self.tr("Attendu")), 1, 0)
        totals.addWidget(self.expected_label, 1, 1, Qt.AlignmentFlag.AlignRight)
        totals.addWidget(expected_detail, 2, 0, 1, 2, Qt.AlignmentFlag.AlignRight)
        totals.addWidget(self.difference_caption, 3, 0)
        totals.addWidget(self.difference_label, 3, 1, Qt.AlignmentFlag.AlignRight)
        totals_box = QFrame()
        totals_box.setFrameShape(QFrame.Shape.StyledPanel)
        totals_box.setLayout(totals)

        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Note (facultatif), ex.\u00a0: écart expliqué"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        limit(self.note_edit, "CloseShift.note", 500)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button = QPushButton(
            self.tr("Fermer le quart et imprimer le rapport Z (Ctrl+Entrée)")
        )
        self.close_button.setProperty("role", "primary")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close_shift)
        # Ctrl+Entrée closes from any field (Entrée alone moves to the next count).
        for keys in (CLOSE_KEY, "Ctrl+Enter"):
            close = QShortcut(QKeySequence(keys), self)
            close.setAutoRepeat(False)
            close.activated.connect(self.close_shift)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)

        bottom = QHBoxLayout()
        bottom.setSpacing(16)
        note_box = QVBoxLayout()
        note_box.addWidget(QLabel(self.tr("Note")))
        note_box.addWidget(self.note_edit)
        hint = QLabel(
            self.tr(
                "Tapez le nombre de chaque coupure\u00a0; Entrée passe à la suivante, "
                "Ctrl+Entrée ferme le quart."
            )
        )
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        note_box.addWidget(hint)
        note_box.addStretch(1)
        bottom.addLayout(note_box, 1)
        bottom.addWidget(totals_box, 1)

        root = QVBoxLayout(self)
        root.setContentsMargins(20, 14, 20, 14)
        root.addWidget(title)
        root.addLayout(counts)
        root.addLayout(bottom)
        root.addLayout(buttons)

        self._update_totals()
        self.resize(1180, 700)
        first = self.spins[CAD_DENOMINATIONS[0]]
        first.setFocus()
        first.selectAll()

    def _add_row(self, grid: QGridLayout, row: int, denomination: Cents) -> None:
        lang = self.counter.lang
        label = QLabel(denomination_label(denomination, lang))
        label.setStyleSheet("font-size: 18pt; font-weight: bold;")
        label.setMinimumWidth(90)
        spin = QSpinBox()
        spin.setRange(0, MAX_COUNT)
        # The arrows are replaced by the big − / + buttons. (NoButtons is not used: under the
        # theme's style sheet it leaves the number field 1 px wide.)
        spin.setStyleSheet(
            "QSpinBox { font-size: 18pt; }"
            "QSpinBox::up-button, QSpinBox::down-button { width: 0px; border: none; }"
        )
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setMinimumWidth(90)
        spin.setAccessibleName(
            self.tr("Nombre de {denomination}").format(
                denomination=denomination_label(denomination, lang)
            )
        )
        spin.valueChanged.connect(self._update_totals)
        spin.installEventFilter(self)
        minus = QPushButton("−")
        plus = QPushButton("+")
        for button, step in ((minus, -1), (plus, 1)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.setFixedSize(56, 48)
            button.setStyleSheet("font-size: 20pt; min-height: 44px; padding: 0;")
            button.clicked.connect(lambda _=False, s=spin, d=step: s.setValue(s.value() + d))
        line = QLabel()
        line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        line.setMinimumWidth(130)
        grid.addWidget(label, row, 0)
        grid.addWidget(minus, row, 1)
        grid.addWidget(spin, row, 2)
        grid.addWidget(plus, row, 3)
        grid.addWidget(line, row, 4)
        self.spins[denomination] = spin
        self.step_buttons[denomination] = (minus, plus)
        self.line_labels[denomination] = line

    # --- counting ----------------------------------------------------------------------

    def counts(self) -> dict[Cents, int]:
        return {d: s.value() for d, s in self.spins.items() if s.value()}

    def set_counts(self, counts: dict[Cents, int]) -> None:
        for denomination, spin in self.spins.items():
            spin.setValue(counts.get(denomination, 0))

    @property
    def counted(self) -> Cents:
        return sum(d * n for d, n in self.counts().items())

    @property
    def difference(self) -> Cents:
        """Positive: more cash than expected (excédent); negative: short (manque)."""
        return self.counted - self.expected

    def _update_totals(self) -> None:
        lang = self.counter.lang
        for denomination, spin in self.spins.items():
            self.line_labels[denomination].setText(money(denomination * spin.value(), lang))
        self.counted_label.setText(money(self.counted, lang))
        diff = self.difference
        if diff > 0:
            caption, level = self.tr("Excédent"), "warn"
        elif diff < 0:
            caption, level = self.tr("Manque"), "error"
        else:
            caption, level = self.tr("Juste"), "ok"
        self.difference_caption.setText(caption)
        set_role(self.difference_caption, level)
        self.difference_label.setText(money(diff, lang))
        set_role(self.difference_label, level)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in a count moves to the next denomination, it never closes the shift.
        if isinstance(watched, QSpinBox) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            plain = not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                spins = list(self.spins.values())
                index = spins.index(watched)
                target: QWidget = spins[index + 1] if index + 1 < len(spins) else self.note_edit
                target.setFocus()
                if isinstance(target, QSpinBox):
                    target.selectAll()
                return True
        return super().eventFilter(watched, event)

    # --- closing -----------------------------------------------------------------------

    @Slot()
    def close_shift(self) -> None:
        try:
            result = self.counter.close_shift(self.counts(), self.note_edit.text().strip())
        except DomainError as error:
            self.message.setText(message_for(error, self.counter.lang))
            set_role(self.message, "error")
            return
        self.closed_result = result
        self.shiftClosed.emit(result)
        from guichet.ui.zreport import ZReportDialog  # the report only once a shift closes

        self.zreport_dialog = ZReportDialog(self.counter, result.shift_id, self.parentWidget())
        self.accept()
        self.zreport_dialog.open()
