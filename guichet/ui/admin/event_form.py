"""The form of one event (a show or a leisure activity), shown in place of the Événements
list: what it is on the left, what its new dates inherit on the right.

Entrée (or Ctrl+S) saves, Échap goes back to the list without saving. What was typed is
sent as it is; a refusal (the parser's or the handler's) is said in words under the form, the
field concerned takes the focus, and nothing typed is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from guichet.domain import catalogue as rules
from guichet.domain.catalogue import fold, parse_price
from guichet.domain.commands_backoffice import EventDefaults
from guichet.domain.errors import DomainError
from guichet.i18n.formatting import money_plain
from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.catalogue import (
    delay_text,
    duration_text,
    parse_count,
    parse_delay,
    parse_duration,
)
from guichet.services.backoffice.views import EventDraft, EventView, HallView, VenueView
from guichet.ui.admin.venue_dialogs import places_text, seats_text
from guichet.ui.backoffice import BIG_INDICATORS, TagCompleter
from guichet.ui.limits import limit
from guichet.ui.messages import message_for
from guichet.ui.theme import set_role

T = TypeVar("T")

KINDS = ("show", "activity")
NO_HALL = ""


class EventForm(QWidget):
    """``load(None)`` for a new event, ``load(view)`` to change one; ``saved`` carries the
    event's id, ``cancelled`` says Échap was pressed."""

    saved = Signal(str)
    cancelled = Signal()

    def __init__(self, office: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.lang = office.lang
        self.current: EventView | None = None
        self.venues: list[VenueView] = []
        self.error_widget: QWidget | None = None
        self.setStyleSheet(BIG_INDICATORS)

        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)

        # What the event is (in Tab order).
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Spectacle"), "show")
        self.kind_combo.addItem(self.tr("Activité de loisir"), "activity")
        self.name_edit = QLineEdit()
        limit(self.name_edit, "SaveEvent.name_fr")
        self.name_en_edit = QLineEdit()
        limit(self.name_en_edit, "SaveEvent.name_en")
        self.name_en_edit.setPlaceholderText(self.tr("facultatif"))
        # Said next to the field: an empty English name shows the French one in English.
        name_en_label = QWidget()
        name_en_lines = QVBoxLayout(name_en_label)
        name_en_lines.setContentsMargins(0, 0, 0, 0)
        name_en_lines.setSpacing(0)
        name_en_lines.addWidget(QLabel(self.tr("Nom (anglais)")))
        name_en_hint = QLabel(self.tr("vide : le nom français"))
        set_role(name_en_hint, "muted")
        hint_font = name_en_hint.font()
        hint_font.setPointSize(max(hint_font.pointSize() - 3, 9))
        name_en_hint.setFont(hint_font)
        name_en_lines.addWidget(name_en_hint)
        self.description_edit = QPlainTextEdit()
        limit(self.description_edit, "SaveEvent.description")
        self.description_edit.setTabChangesFocus(True)  # Tab leaves; Entrée starts a line
        self.description_edit.setFixedHeight(56)
        self.tags_edit = QLineEdit()
        limit(self.tags_edit, "tag_list")
        self.tags_edit.setPlaceholderText(self.tr("ex. théâtre, famille"))
        self.venue_combo = QComboBox()
        self.venue_combo.setPlaceholderText(self.tr("choisissez un lieu"))
        self.hall_combo = QComboBox()
        self.price_combo = QComboBox()
        self.price_combo.setPlaceholderText(self.tr("choisissez une liste"))
        self.account_edit = QLineEdit()
        limit(self.account_edit, "SaveEvent.accounting_account")
        self.account_edit.setPlaceholderText(self.tr("ex. 4010-Billetterie"))
        self.programme_combo = QComboBox()
        self.programme_combo.setEditable(True)
        self.programme_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        programme_line = self.programme_combo.lineEdit()
        if programme_line is not None:
            programme_line.setPlaceholderText(self.tr("le nom de l'événement"))
        for combo in (self.venue_combo, self.hall_combo, self.price_combo, self.programme_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)

        # What its new dates inherit.
        self.duration_edit = self._short_edit(self.tr("minutes ou h:mm"))
        limit(self.duration_edit, "duration")
        self.capacity_edit = self._short_edit(self.tr("celle de la salle"))
        limit(self.capacity_edit, "number")
        self.places_edit = self._short_edit("0")
        limit(self.places_edit, "number")
        self.price_edit = self._short_edit(self.tr("ex. 6,50"))
        limit(self.price_edit, "amount")
        self.pass_only_check = QCheckBox(self.tr("Laissez-passer seulement"))
        self.opens_edit = self._short_edit(self.tr("toujours ouvertes"))
        limit(self.opens_edit, "duration")
        self.closes_edit = self._short_edit(self.tr("à la fin"))
        limit(self.closes_edit, "duration")
        self.cancel_edit = self._short_edit(self.tr("aucune"))
        limit(self.cancel_edit, "duration")
        self.allotment_edit = self._short_edit(self.tr("automatique"))
        limit(self.allotment_edit, "number")

        about = QGroupBox(self.tr("L'événement"))
        left = QFormLayout(about)
        left.setVerticalSpacing(6)
        left.setContentsMargins(10, 6, 10, 8)
        left.addRow(self.tr("Type"), self.kind_combo)
        left.addRow(self.tr("Nom (français)"), self.name_edit)
        left.addRow(name_en_label, self.name_en_edit)
        left.addRow(self.tr("Description"), self.description_edit)
        left.addRow(self.tr("Étiquettes"), self.tags_edit)
        left.addRow(self.tr("Lieu"), self.venue_combo)
        left.addRow(self.tr("Salle"), self.hall_combo)
        left.addRow(self.tr("Liste de prix"), self.price_combo)
        left.addRow(self.tr("Poste comptable"), self.account_edit)
        left.addRow(self.tr("Programme"), self.programme_combo)

        dates = QGroupBox(self.tr("Ce que ses nouvelles dates reçoivent"))
        dates.setMaximumWidth(460)
        right = QFormLayout(dates)
        right.setVerticalSpacing(6)
        right.setContentsMargins(10, 6, 10, 8)
        note = QLabel(
            self.tr("Délais avant le début : 7 j, 2 h, 30 min. Chaque date en garde sa copie.")
        )
        note.setWordWrap(True)
        set_role(note, "muted")
        right.addRow(note)
        right.addRow(self.tr("Durée"), self.duration_edit)
        right.addRow(self.tr("Capacité"), self.capacity_edit)
        right.addRow(self.tr("Places à la carte"), self.places_edit)
        right.addRow(self.tr("Prix à la carte"), self.price_edit)
        right.addRow(self.pass_only_check)
        right.addRow(self.tr("Inscriptions ouvertes"), self.opens_edit)
        right.addRow(self.tr("Inscriptions fermées"), self.closes_edit)
        right.addRow(self.tr("Limite d'annulation"), self.cancel_edit)
        right.addRow(self.tr("Allotement par guichet"), self.allotment_edit)

        columns = QWidget()
        side = QHBoxLayout(columns)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(12)
        side.addWidget(about, 1, Qt.AlignmentFlag.AlignTop)
        side.addWidget(dates, 0, Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidget(columns)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        set_role(self.error_label, "error")
        self.cancel_button = QPushButton(self.tr("Annuler (Échap)"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = QPushButton(self.tr("Enregistrer (Entrée)"))
        self.save_button.setAutoDefault(False)
        self.save_button.setProperty("role", "primary")
        self.save_button.setToolTip(self.tr("Entrée ou Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error_label, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.save_button)

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(8)
        root.addWidget(self.heading)
        root.addWidget(scroll, 1)
        root.addLayout(bottom)

        for keys in (Qt.Key.Key_Return, Qt.Key.Key_Enter, "Ctrl+S"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        self.venue_combo.currentIndexChanged.connect(self._venue_changed)
        self.hall_combo.currentIndexChanged.connect(self._hall_changed)
        chain: list[QWidget] = [
            self.kind_combo, self.name_edit, self.name_en_edit, self.description_edit,
            self.tags_edit, self.venue_combo, self.hall_combo, self.price_combo,
            self.account_edit, self.programme_combo, self.duration_edit, self.capacity_edit,
            self.places_edit, self.price_edit, self.pass_only_check, self.opens_edit,
            self.closes_edit, self.cancel_edit, self.allotment_edit, self.cancel_button,
            self.save_button,
        ]  # fmt: skip
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def _short_edit(placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setMinimumWidth(170)
        return edit

    # --- Échap: back to the list (the window's own Échap would close the back office) -----

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and QApplication.activePopupWidget() is None
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    # --- filling ---------------------------------------------------------------------------

    def load(self, event: EventView | None) -> None:
        """Read the choices again (venues, halls, price lists, programmes, tags) and show
        ``event`` (None: a new one, with the usual defaults)."""
        self.current = event
        self.error_label.clear()
        self.error_widget = None
        self.heading.setText(
            self.tr("Nouvel événement")
            if event is None
            else self.tr("Modifier « {name} »").format(name=event.display_name(self.lang))
        )
        self.venues = [
            v for v in self.office.venues.all() if v.active or (event and v.id == event.venue_id)
        ]
        lists = [
            p
            for p in self.office.prices.price_lists()
            if p.active or (event and p.id == event.price_list_id)
        ]
        self.tags_edit.setCompleter(TagCompleter(self.office.events.known_tags(), self.tags_edit))

        self.venue_combo.blockSignals(True)
        self.venue_combo.clear()
        for venue in self.venues:
            self.venue_combo.addItem(venue.name, venue.id)
        self.venue_combo.blockSignals(False)
        self.price_combo.clear()
        for price_list in lists:
            self.price_combo.addItem(price_list.name, price_list.id)
        self.programme_combo.clear()
        for programme in self.office.events.programmes():
            self.programme_combo.addItem(programme.name, programme.id)

        defaults = event.defaults if event else EventDefaults()
        self.kind_combo.setCurrentIndex(KINDS.index(event.kind) if event else 0)
        self.name_edit.setText(event.name if event else "")
        self.name_en_edit.setText(event.name_en if event else "")
        self.description_edit.setPlainText(event.description if event else "")
        self.tags_edit.setText(", ".join(event.tags) if event else "")
        self._choose(self.venue_combo, event.venue_id if event else None)
        self._venue_changed()
        if event is not None:
            self._choose(self.hall_combo, event.hall_id or NO_HALL)
        self._choose(self.price_combo, event.price_list_id if event else None)
        self.account_edit.setText(event.accounting_account if event else "")
        self.programme_combo.setCurrentIndex(-1)
        self.programme_combo.setEditText(event.programme_name if event else "")
        self.duration_edit.setText(duration_text(defaults.duration_minutes))
        self.capacity_edit.setText("" if defaults.capacity is None else str(defaults.capacity))
        self.places_edit.setText(str(defaults.alacarte_places))
        price = defaults.alacarte_price
        self.price_edit.setText("" if price is None else money_plain(price, self.lang))
        self.pass_only_check.setChecked(defaults.alacarte_pass_only)
        self.opens_edit.setText(delay_text(defaults.registration_opens_minutes, self.lang))
        self.closes_edit.setText(delay_text(defaults.registration_closes_minutes, self.lang))
        self.cancel_edit.setText(delay_text(defaults.cancel_minutes, self.lang))
        self.allotment_edit.setText(
            "" if event is None or event.allotment_size is None else str(event.allotment_size)
        )
        self._hall_changed()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.venues:
            self._refuse(self.tr("Ajoutez d'abord un lieu (section Lieux et salles)."), None)
        elif not lists:
            self._refuse(self.tr("Ajoutez d'abord une liste de prix (section Prix)."), None)

    @staticmethod
    def _choose(combo: QComboBox, data: str | None) -> None:
        """The event's choice; for a new event, the only one there is, else none: a show
        saved at the first venue and price list of the list, unchosen, sells at the arena's
        leisure prices."""
        index = combo.findData(data) if data is not None else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() == 1 else -1))

    @Slot()
    def _venue_changed(self) -> None:
        venue_id = self.venue_combo.currentData()
        venue = next((v for v in self.venues if v.id == venue_id), None)
        current = self.current.hall_id if self.current else None
        self.hall_combo.blockSignals(True)
        self.hall_combo.clear()
        for hall in venue.halls if venue else ():
            if hall.active or hall.id == current:
                size = (seats_text if hall.seated else places_text)(hall.capacity, self.lang)
                self.hall_combo.addItem(
                    self.tr("{hall} ({capacity})").format(hall=hall.name, capacity=size),
                    hall.id,
                )
        self.hall_combo.addItem(self.tr("Aucune salle (capacité ci-contre)"), NO_HALL)
        self.hall_combo.setCurrentIndex(0)
        self.hall_combo.blockSignals(False)
        self._hall_changed()

    @Slot()
    def _hall_changed(self) -> None:
        hall = self._hall()
        # A seated hall sells its seats: its dates' capacity is the seat map's, not typed.
        self.capacity_edit.setEnabled(hall is None or not hall.seated)
        if hall is None:
            self.capacity_edit.setPlaceholderText(self.tr("obligatoire sans salle"))
        elif hall.seated:
            self.capacity_edit.clear()
            self.capacity_edit.setPlaceholderText(seats_text(hall.capacity, self.lang))
        else:
            self.capacity_edit.setPlaceholderText(
                self.tr("{capacity} (la salle)").format(capacity=hall.capacity)
            )

    def _hall(self) -> HallView | None:
        hall_id = self.hall_combo.currentData()
        for venue in self.venues:
            for hall in venue.halls:
                if hall.id == hall_id:
                    return hall
        return None

    # --- saving ----------------------------------------------------------------------------

    def _field(self, widget: QWidget, parse: Callable[[], T]) -> T:
        """``parse`` what ``widget`` holds; a refusal remembers the widget to focus."""
        try:
            return parse()
        except DomainError:
            self.error_widget = widget
            raise

    def _delay(self, edit: QLineEdit, field: str) -> int | None:
        return self._field(edit, lambda: parse_delay(edit.text(), field))

    def draft(self) -> EventDraft:
        """What the form holds, as the back office takes it (raises the first refusal)."""
        self.error_widget = None
        name = self.name_edit.text()
        if not self.venue_combo.count():
            self.error_widget = self.venue_combo
            raise DomainError("unknown_venue", id="")
        if not self.price_combo.count():
            self.error_widget = self.price_combo
            raise DomainError("unknown_price_list", id="")
        duration = self._field(
            self.duration_edit, lambda: parse_duration(self.duration_edit.text())
        )
        capacity = self._field(
            self.capacity_edit, lambda: parse_count(self.capacity_edit.text(), "capacity")
        )
        places = self._field(
            self.places_edit, lambda: parse_count(self.places_edit.text(), "alacarte_places")
        )
        price_text = self.price_edit.text().strip()
        price = self._field(
            self.price_edit, lambda: parse_price(price_text) if price_text else None
        )
        opens = self._delay(self.opens_edit, "registration_opens_minutes")
        closes = self._delay(self.closes_edit, "registration_closes_minutes")
        cancel = self._delay(self.cancel_edit, "cancel_minutes")
        allotment = self._field(
            self.allotment_edit, lambda: parse_count(self.allotment_edit.text(), "allotment_size")
        )
        # Refusals in the order of the form: the names first, then the venue and the list.
        self._field(self.name_edit, lambda: rules.clean_text(name, "event_name"))
        for combo, field in ((self.venue_combo, "venue"), (self.price_combo, "price_list")):
            if combo.currentData() is None:
                self.error_widget = combo
                raise DomainError("choice_required", field=field)
        hall_id = self.hall_combo.currentData() or None
        if hall_id is None and capacity is None:
            self.error_widget = self.capacity_edit
            raise DomainError("capacity_required", event=" ".join(name.split()))
        programme_id, programme_name = self._programme()
        return EventDraft(
            kind=str(self.kind_combo.currentData()),
            name=name,
            name_en=self.name_en_edit.text(),
            description=self.description_edit.toPlainText(),
            tags=tuple(re.split(r"[,;]", self.tags_edit.text())),
            venue_id=str(self.venue_combo.currentData()),
            hall_id=hall_id,
            price_list_id=str(self.price_combo.currentData()),
            accounting_account=self.account_edit.text(),
            programme_id=programme_id,
            programme_name=programme_name,
            defaults=EventDefaults(
                duration_minutes=duration,
                capacity=capacity,
                alacarte_places=places or 0,
                alacarte_price=price,
                alacarte_pass_only=self.pass_only_check.isChecked(),
                registration_opens_minutes=opens,
                registration_closes_minutes=closes,
                cancel_minutes=cancel,
            ),
            allotment_size=allotment,
            active=self.current.active if self.current else True,
            event_id=self.current.id if self.current else None,
        )

    def _programme(self) -> tuple[str | None, str]:
        """An existing programme chosen (or typed) by its name, else a new one named so
        (empty: after the event)."""
        typed = " ".join(self.programme_combo.currentText().split())
        if not typed:
            return None, ""
        for index in range(self.programme_combo.count()):
            if fold(self.programme_combo.itemText(index)) == fold(typed):
                return str(self.programme_combo.itemData(index)), typed
        return None, typed

    @Slot()
    def save(self) -> None:
        if QApplication.activePopupWidget() is not None:
            return  # Entrée chooses in an open list (a combo, the tags' completer)
        try:
            event_id = self.office.events.save(self.draft())
        except DomainError as error:
            self._refuse(message_for(error, self.lang), self.error_widget or self._widget_of(error))
            return
        self.error_label.clear()
        self.saved.emit(event_id)

    @Slot()
    def cancel(self) -> None:
        self.error_label.clear()
        self.cancelled.emit()

    def _refuse(self, text: str, widget: QWidget | None) -> None:
        self.error_label.setText(text)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def _widget_of(self, error: DomainError) -> QWidget | None:
        """The field a handler's refusal is about."""
        by_field: dict[str, QWidget] = {
            "event_name": self.name_edit,
            "event_name_en": self.name_en_edit,
            "description": self.description_edit,
            "tags": self.tags_edit,
            "accounting_account": self.account_edit,
            "activity_name": self.programme_combo,
            "capacity": self.capacity_edit,
            "allotment_size": self.allotment_edit,
        }
        by_code: dict[str, QWidget] = {
            "event_name_taken": self.name_edit,
            "tag_too_long": self.tags_edit,
            "too_many_tags": self.tags_edit,
            "duration_invalid": self.duration_edit,
            "places_out_of_range": self.places_edit,
            "amount_out_of_range": self.price_edit,
            "alacarte_price_required": self.price_edit,
            "minutes_out_of_range": self.opens_edit,
            "registration_window_reversed": self.closes_edit,
            "venue_withdrawn": self.venue_combo,
            "price_list_withdrawn": self.price_combo,
            "hall_other_venue": self.hall_combo,
            "seat_map_after_sales": self.hall_combo,
        }
        field = str(error.params.get("field", ""))
        return by_field.get(field) or by_code.get(error.code)
