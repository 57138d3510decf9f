"""Places à la carte of one show (« activité à la carte »), for supervisors and owners.

Per occurrence: the number of places à la carte (counted apart from the session's places), their
price or « Réservé aux détenteurs de laissez-passer », when registration opens and closes
(relative to the start), until when a booking may be cancelled, and a tool that turns unsold
session places into places à la carte (the session's capacity drops by as many).

Durations are typed in hours and minutes and stored in minutes. A cashier may look but not
change anything (the handlers refuse anyone else anyway).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.cards import AlacarteSettings
from guichet.domain.errors import DomainError
from guichet.domain.money import parse_amount
from guichet.i18n.formatting import event_datetime, money_plain
from guichet.services.cards import AlacarteView
from guichet.services.counter import Counter
from guichet.ui.limits import limit
from guichet.ui.messages import message_for
from guichet.ui.theme import COLORS
from guichet.ui.theme import set_role as _set_role
from guichet.ui.theme import sized_font as _font

MAX_HOURS = 366 * 24  # the rules accept at most a year
RADIO_STYLE = (
    "QRadioButton { min-height: 44px; } QRadioButton::indicator { width: 26px; height: 26px; }"
)

#: The modes of a duration row: none (always / at the end / never), before or after the start.
NONE, BEFORE, AFTER = 0, 1, 2


class DurationRow(QWidget):
    """« [Avant le début ▾] [168 h] [0 min]  soit 7 jours », or the row's "none" choice."""

    def __init__(self, modes: list[tuple[str, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.mode = QComboBox()
        for text, mode in modes:
            self.mode.addItem(text, mode)
        self.mode.setMinimumWidth(270)
        self.hours = QSpinBox()
        self.hours.setRange(0, MAX_HOURS)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setFixedWidth(140)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 59)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setFixedWidth(130)
        self.days = QLabel()
        self.days.setProperty("role", "muted")
        layout.addWidget(self.mode)
        layout.addWidget(self.hours)
        layout.addWidget(self.minutes)
        layout.addWidget(self.days, 1)
        self.mode.currentIndexChanged.connect(lambda _i: self._update())
        self.hours.valueChanged.connect(lambda _v: self._update())
        self.minutes.valueChanged.connect(lambda _v: self._update())
        self._update()

    def value(self) -> int | None:
        """Minutes before the start (negative: after), or None for the row's "none"."""
        mode = self.mode.currentData()
        if mode == NONE:
            return None
        minutes = self.hours.value() * 60 + self.minutes.value()
        return -minutes if mode == AFTER else minutes

    def set_value(self, minutes: int | None) -> None:
        if minutes is None:
            mode = NONE
        else:
            mode = AFTER if minutes < 0 else BEFORE
            hours, rest = divmod(abs(minutes), 60)
            self.hours.setValue(hours)
            self.minutes.setValue(rest)
        index = self.mode.findData(mode)
        self.mode.setCurrentIndex(max(index, 0))
        self._update()

    def _update(self) -> None:
        some = self.mode.currentData() != NONE
        self.hours.setVisible(some)
        self.minutes.setVisible(some)
        total = self.hours.value() * 60 + self.minutes.value()
        text = ""
        if some and total >= 24 * 60:
            days, minutes = divmod(total, 24 * 60)
            hours = minutes // 60
            if hours:
                text = self.tr("soit {days} j {hours} h").format(days=days, hours=hours)
            else:
                text = self.tr("soit %n jour(s)", "", days)
        self.days.setText(text)


class AlacarteDialog(QDialog):
    """``open()`` it; Accepted once the settings are saved (conversions are saved at once)."""

    def __init__(self, counter: Counter, occurrence_id: str, parent: QWidget | None = None) -> None:
        view = counter.cards.alacarte(occurrence_id)  # refuses an unknown show first
        super().__init__(parent)
        self.counter = counter
        self.occurrence_id = occurrence_id
        self.view: AlacarteView = view
        self.occurrence = counter.occurrence(occurrence_id)
        actor = counter.actor
        self.can_edit = actor is not None and actor.role.can_supervise
        self.converted = 0  # places converted while the dialog was open
        self.setWindowTitle(self.tr("Places à la carte"))
        self.setModal(True)
        self._build()
        self._fill(view.settings)
        self._update_summary()
        self._apply_permissions()
        self.resize(self.sizeHint())

    # --- layout -------------------------------------------------------------------------

    def _button(self, text: str, slot: object, role: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if role:
            button.setProperty("role", role)
        button.clicked.connect(slot)
        return button

    def _box(self, name: str) -> tuple[QFrame, QVBoxLayout]:
        frame = QFrame()
        frame.setObjectName(name)
        frame.setStyleSheet(
            f"QFrame#{name} {{ background: white; border: 1px solid {COLORS['border']};"
            " border-radius: 6px; }"
        )
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(14, 8, 14, 10)
        layout.setSpacing(6)
        return frame, layout

    def _build(self) -> None:
        tz, lang = self.counter.organisation.timezone, self.counter.lang
        root = QVBoxLayout(self)
        root.setContentsMargins(18, 14, 18, 14)
        root.setSpacing(10)
        title = QLabel(self.tr("À la carte — {event}").format(event=self.view.event_name))
        title.setProperty("role", "title")
        title.setWordWrap(True)
        root.addWidget(title)
        when = QLabel(
            self.tr("{when} — {venue}").format(
                when=event_datetime(self.view.starts_at, tz, lang),
                venue=self.occurrence.venue_name,
            )
        )
        root.addWidget(when)

        # Where the places stand: the session's and those à la carte.
        summary, summary_layout = self._box("alacarteSummary")
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        session_title = QLabel(self.tr("Places de session"))
        session_title.setFont(_font(self.font(), self.font().pointSize(), True))
        alacarte_title = QLabel(self.tr("Places à la carte"))
        alacarte_title.setFont(_font(self.font(), self.font().pointSize(), True))
        self.session_label = QLabel()
        self.session_label.setObjectName("sessionPlaces")
        self.alacarte_label = QLabel()
        self.alacarte_label.setObjectName("alacartePlaces")
        grid.addWidget(session_title, 0, 0)
        grid.addWidget(self.session_label, 0, 1)
        grid.addWidget(alacarte_title, 1, 0)
        grid.addWidget(self.alacarte_label, 1, 1)
        grid.setColumnStretch(1, 1)
        summary_layout.addLayout(grid)
        root.addWidget(summary)

        self.readonly_label = QLabel(
            self.tr(
                "Lecture seule\u00a0: seuls les superviseurs et propriétaires modifient ces "
                "réglages."
            )
        )
        self.readonly_label.setObjectName("readonlyNote")
        self.readonly_label.setWordWrap(True)
        self.readonly_label.setProperty("role", "warn")
        root.addWidget(self.readonly_label)

        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(14)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.places_spin = QSpinBox()
        self.places_spin.setRange(0, 100_000)
        self.places_spin.setAccessibleName(self.tr("Places à la carte"))
        self.places_spin.setFixedWidth(160)
        places_row = QHBoxLayout()
        places_row.setSpacing(10)
        places_row.addWidget(self.places_spin)
        self.places_note = QLabel()
        self.places_note.setProperty("role", "muted")
        places_row.addWidget(self.places_note, 1)
        self.places_spin.valueChanged.connect(lambda _v: self._update_places_note())
        form.addRow(self.tr("Places à la carte"), places_row)

        price_row = QWidget()
        price_layout = QHBoxLayout(price_row)
        price_layout.setContentsMargins(0, 0, 0, 0)
        price_layout.setSpacing(8)
        self.price_radio = QRadioButton(self.tr("Prix"))
        self.price_radio.setStyleSheet(RADIO_STYLE)
        self.price_edit = QLineEdit()
        limit(self.price_edit, "amount")
        self.price_edit.setObjectName("alacartePrice")
        self.price_edit.setAccessibleName(self.tr("Prix à la carte"))
        self.price_edit.setFixedWidth(130)
        self.price_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        currency = QLabel(self.tr("$"))
        self.pass_radio = QRadioButton(self.tr("Réservé aux détenteurs de laissez-passer"))
        self.pass_radio.setStyleSheet(RADIO_STYLE)
        self.price_group = QButtonGroup(self)
        self.price_group.addButton(self.price_radio)
        self.price_group.addButton(self.pass_radio)
        self.price_radio.toggled.connect(lambda _on: self._price_mode_changed())
        self.price_edit.textEdited.connect(lambda _t: self.price_radio.setChecked(True))
        price_layout.addWidget(self.price_radio)
        price_layout.addWidget(self.price_edit)
        price_layout.addWidget(currency)
        price_layout.addSpacing(18)
        price_layout.addWidget(self.pass_radio)
        price_layout.addStretch(1)
        form.addRow(self.tr("Prix à la carte"), price_row)

        before = self.tr("Avant le début")
        self.opens_row = DurationRow([(self.tr("Toujours ouvertes"), NONE), (before, BEFORE)])
        self.opens_row.setObjectName("opensRow")
        self.closes_row = DurationRow(
            [
                (self.tr("À la fin de la séance"), NONE),
                (before, BEFORE),
                (self.tr("Après le début"), AFTER),
            ]
        )
        self.closes_row.setObjectName("closesRow")
        self.cancel_row = DurationRow([(self.tr("Non permise"), NONE), (before, BEFORE)])
        self.cancel_row.setObjectName("cancelRow")
        form.addRow(self.tr("Ouverture des inscriptions"), self.opens_row)
        form.addRow(self.tr("Fin des inscriptions"), self.closes_row)
        form.addRow(self.tr("Annulation permise jusqu'à"), self.cancel_row)
        root.addLayout(form)

        # Converting: unsold session places become places à la carte.
        convert, convert_layout = self._box("convertBox")
        convert_title = QLabel(self.tr("Convertir des places de session"))
        convert_title.setFont(_font(self.font(), self.font().pointSize() + 1, True))
        convert_layout.addWidget(convert_title)
        self.convert_note = QLabel()
        self.convert_note.setWordWrap(True)
        self.convert_note.setProperty("role", "muted")
        convert_layout.addWidget(self.convert_note)
        convert_row = QHBoxLayout()
        convert_row.setSpacing(10)
        self.convert_spin = QSpinBox()
        self.convert_spin.setAccessibleName(self.tr("Places de session à convertir"))
        # « 1 place », « 3 places »: the words around the number follow it as it changes.
        self.convert_spin.valueChanged.connect(self._convert_words)
        self._convert_words(self.convert_spin.value())
        self.convert_spin.setMinimumWidth(170)
        self.convert_button = self._button(
            self.tr("Convertir en places à la carte"), self.convert_places
        )
        self.convert_button.setObjectName("convertButton")
        convert_row.addWidget(self.convert_spin)
        convert_row.addWidget(self.convert_button)
        convert_row.addStretch(1)
        convert_layout.addLayout(convert_row)
        root.addWidget(convert)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        root.addWidget(self.message)
        root.addStretch(1)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.close_button = self._button(self.tr("Fermer (Échap)"), self.reject)
        self.save_button = self._button(self.tr("Enregistrer (Entrée)"), self.save, "primary")
        self.save_button.setDefault(True)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        root.addLayout(buttons)

    # --- state --------------------------------------------------------------------------

    def _fill(self, settings: AlacarteSettings) -> None:
        self.places_spin.setMinimum(self.view.taken)  # places taken cannot be withdrawn
        self.places_spin.setValue(settings.places)
        lang = self.counter.lang
        self.price_edit.setText(
            money_plain(settings.price, lang) if settings.price is not None else ""
        )
        self.pass_radio.setChecked(settings.pass_only)
        self.price_radio.setChecked(not settings.pass_only)
        self.opens_row.set_value(settings.opens_minutes)
        self.closes_row.set_value(settings.closes_minutes)
        self.cancel_row.set_value(settings.cancel_minutes)
        self._price_mode_changed()

    def _price_mode_changed(self) -> None:
        self.price_edit.setEnabled(self.can_edit and self.price_radio.isChecked())

    def _apply_permissions(self) -> None:
        editable = self.can_edit
        self.readonly_label.setVisible(not editable)
        for widget in (
            self.places_spin,
            self.price_radio,
            self.pass_radio,
            self.opens_row,
            self.closes_row,
            self.cancel_row,
            self.save_button,
        ):
            widget.setEnabled(editable)
        self._price_mode_changed()
        self._update_convert()

    def _update_summary(self) -> None:
        view = self.view
        sold = max(view.session_capacity - view.session_available, 0)
        self.session_label.setText(
            self.tr("capacité {capacity} · invendues {unsold} · vendues ou retenues {sold}").format(
                capacity=view.session_capacity, unsold=view.session_available, sold=sold
            )
        )
        self.alacarte_label.setText(
            self.tr(
                "%n place(s) · prises {taken} · restantes {left}", "", view.settings.places
            ).format(taken=view.taken, left=view.remaining)
        )
        self._update_places_note()
        self._update_convert()

    def _update_places_note(self) -> None:
        taken = self.view.taken
        if taken:
            self.places_note.setText(self.tr("au moins {taken} (déjà prises)").format(taken=taken))
        else:
            self.places_note.setText(self.tr("en plus des places de session"))

    def _convert_words(self, value: int) -> None:
        """ "1 place", "3 places" in the spin box: Qt's plural form for the value shown, split
        around the number into the box's prefix and suffix."""
        words = self.tr("%n place(s)", "", value)
        prefix, number, suffix = words.partition(str(value))
        if not number:  # a translation without the number: the words after it
            prefix, suffix = "", f" {words}"
        self.convert_spin.setPrefix(prefix)
        self.convert_spin.setSuffix(suffix)

    def _update_convert(self) -> None:
        available = self.view.session_available
        self.convert_spin.setRange(1 if available else 0, max(available, 0))
        if available:
            self.convert_note.setText(
                self.tr(
                    "Des places invendues de la séance deviennent des places à la carte\u00a0; la "
                    "capacité de la séance baisse d'autant. Invendues\u00a0: {count}."
                ).format(count=available)
            )
        else:
            self.convert_note.setText(self.tr("Aucune place de session invendue à convertir."))
        can = self.can_edit and available > 0
        self.convert_spin.setEnabled(can)
        self.convert_button.setEnabled(can)

    def settings(self) -> AlacarteSettings:
        """The settings as typed (raises ``bad_amount`` for a price that is not one)."""
        pass_only = self.pass_radio.isChecked()
        text = self.price_edit.text().strip()
        price: int | None = None
        if not pass_only and text:
            try:
                price = parse_amount(text)
            except ValueError:
                raise DomainError("bad_amount", text=text) from None
        return AlacarteSettings(
            places=self.places_spin.value(),
            price=price,
            pass_only=pass_only,
            opens_minutes=self.opens_row.value(),
            closes_minutes=self.closes_row.value(),
            cancel_minutes=self.cancel_row.value(),
        )

    def _reload(self) -> None:
        self.view = self.counter.cards.alacarte(self.occurrence_id)
        self._update_summary()

    # --- actions ------------------------------------------------------------------------

    def save(self) -> None:
        if not self.can_edit:
            self._error(message_for(DomainError("forbidden"), self.counter.lang))
            return
        try:
            self.counter.cards.set_alacarte(self.occurrence_id, self.settings())
        except DomainError as error:
            self._error(message_for(error, self.counter.lang))
            return
        self._reload()
        self.accept()

    def convert_places(self) -> None:
        """Turn the chosen number of unsold session places into places à la carte (what was
        typed above is saved first, so the price the conversion needs is there)."""
        if not self.can_edit:
            self._error(message_for(DomainError("forbidden"), self.counter.lang))
            return
        count = self.convert_spin.value()
        try:
            typed = self.settings()
            if typed != self.view.settings:
                self.counter.cards.set_alacarte(self.occurrence_id, typed)
            places = self.counter.cards.convert_places(self.occurrence_id, count)
        except DomainError as error:
            self._reload()
            self._error(message_for(error, self.counter.lang))
            return
        self.converted += count
        self._reload()
        self.places_spin.setMinimum(self.view.taken)
        self.places_spin.setValue(places)
        self._info(
            self.tr(
                "%n place(s) de session convertie(s). Places à la carte\u00a0: {places}\u00a0; "
                "capacité de la séance\u00a0: {capacity}.",
                "",
                count,
            ).format(places=places, capacity=self.view.session_capacity)
        )

    # --- misc ---------------------------------------------------------------------------

    def _error(self, text: str) -> None:
        _set_role(self.message, "error")
        self.message.setText(text)

    def _info(self, text: str) -> None:
        _set_role(self.message, "ok")
        self.message.setText(text)

    def sizeHint(self) -> QSize:
        return QSize(960, 700)
