"""What a cart line says: the category, the show, its day and time, its seats, or the card."""

from __future__ import annotations

from PySide6.QtCore import QObject

from guichet.domain.cart import CartLine
from guichet.domain.codes import display
from guichet.domain.errors import DomainError
from guichet.domain.seating import SeatMap
from guichet.i18n.formatting import day_format, local, time_of_day
from guichet.services.counter import Counter
from guichet.services.views import OccurrenceView
from guichet.ui.sales.common import started_words
from guichet.ui.seatpicker import short_seats


class LineWords(QObject):
    """The words of cart lines, in full (the cart wraps them, it never cuts them).

    ``known`` holds the shows already read (the list of shows fills it too), ``seat_maps``
    the seat maps of seated shows, so that a line is described without a look-up."""

    def __init__(
        self,
        counter: Counter,
        known: dict[str, OccurrenceView],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.counter = counter
        self.known = known
        self.seat_maps: dict[str, SeatMap] = {}  # per show, for the seats of cart lines

    def describe(self, line: CartLine) -> str:
        if line.kind == "card":
            return self.card(line)
        occ = self.known.get(line.occurrence_id)
        if occ is None:
            try:
                occ = self.counter.occurrence(line.occurrence_id)
                self.known[occ.id] = occ
            except DomainError:
                return self.tr("{category} · {event}").format(
                    category=line.category_name, event=line.description
                )
        tz, lang = self.counter.organisation.timezone, self.counter.lang
        # The day and the hour, today too: what is sold is always visible (the line wraps).
        # Short day names keep a line on two rows of the cart, not four.
        start = local(occ.starts_at, tz)
        day = day_format(start, "EEE d MMM y" if lang == "fr" else "EEE, MMM d, y", lang)
        when = f"{day}, {time_of_day(occ.starts_at, tz, lang)}"
        text = self.tr("{category} · {event}, {when}").format(
            category=line.category_name, event=line.description, when=when
        )
        started = started_words(occ, self.counter.clock(), lang)
        if started:
            text = self.tr("{text} — {started}").format(text=text, started=started)
        if line.seat_ids:
            text = self.tr("{text} — {seats}").format(text=text, seats=self.seats(line))
        return text

    def seats(self, line: CartLine) -> str:
        """``"Parterre F-11, F-12"``: the seats of a line, short."""
        seat_map = self.seat_maps.get(line.occurrence_id)
        if seat_map is None:
            try:
                seating = self.counter.seating(line.occurrence_id)
            except DomainError:
                seating = None
            if seating is None:
                return ", ".join(line.seat_ids)
            seat_map = self.seat_maps[line.occurrence_id] = seating.seat_map
        return short_seats(seat_map, line.seat_ids, self.counter.lang)

    def card(self, line: CartLine) -> str:
        """« Carte 10 bains — code K7M2Q-X9PTR-4HWC8 — Léa Tremblay »."""
        code = display(line.card_code) if line.card_code else line.category_name
        text = self.tr("{name} — code {code}").format(name=line.description, code=code)
        if line.card_holder:
            text = self.tr("{text} — {holder}").format(text=text, holder=line.card_holder)
        return text
