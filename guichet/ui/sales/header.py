"""The selected show, said above its keys: name, time and venue, places left."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from guichet.domain.cart import Cart
from guichet.i18n.formatting import event_datetime, time_of_day
from guichet.services.counter import Counter
from guichet.services.views import OccurrenceView
from guichet.ui.sales.common import few_places, places_left, started_words
from guichet.ui.theme import set_role as _set_role


class ShowHeader(QWidget):
    """What the F-keys sell: the show's name, when and where, and the places left once the
    cart's are counted (coloured when few)."""

    def __init__(self, counter: Counter, cart: Cart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.cart = cart
        self.occurrence: OccurrenceView | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.show_title = QLabel()
        self.show_title.setProperty("role", "title")
        self.show_title.setWordWrap(True)
        column.addWidget(self.show_title)
        self.show_detail = QLabel()
        self.show_detail.setWordWrap(True)
        column.addWidget(self.show_detail)
        self.show_places = QLabel()
        self.show_places.setProperty("role", "ok")
        column.addWidget(self.show_places)

    def set_occurrence(self, occ: OccurrenceView | None) -> None:
        self.occurrence = occ
        tz, lang = self.counter.organisation.timezone, self.counter.lang
        if occ is None:
            self.show_title.setText(self.tr("Aucune séance choisie"))
            self.show_detail.setText(self.tr("Choisissez une date et une séance à gauche."))
        else:
            self.show_title.setText(occ.event_name)
            if occ.seated:
                detail = self.tr("{when} — {venue} — plan de salle\u00a0: F1… choisit les sièges")
            else:
                detail = self.tr("{when} — {venue}")
            detail = detail.format(when=time_of_day(occ.starts_at, tz, lang), venue=occ.venue_name)
            started = started_words(occ, self.counter.clock(), lang)
            if started:
                detail = self.tr("{detail} — {started}").format(detail=detail, started=started)
            self.show_detail.setText(detail)
            self.show_detail.setToolTip(event_datetime(occ.starts_at, tz, lang))
        self.update_places()

    def update_places(self) -> None:
        occ = self.occurrence
        if occ is None:
            self.show_places.clear()
            return
        remaining = places_left(occ, self.cart)
        self.show_places.setText(self.tr("Places restantes\u00a0: {count}").format(count=remaining))
        if remaining == 0:
            _set_role(self.show_places, "error")
        elif few_places(remaining, occ.capacity):
            _set_role(self.show_places, "warn")
        else:
            _set_role(self.show_places, "ok")
