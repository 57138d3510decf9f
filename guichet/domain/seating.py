"""Reserved seating: seat maps, seat states and their transitions (issue 5), pure.

No database, no Qt, no I/O: a CSV file is parsed from text already read by the caller.

* :class:`Seat` — one seat of a venue: ``id``, ``section``, ``row``, ``number`` (a string such
  as ``"12"`` or ``"12A"``), ``x`` / ``y`` (drawing coordinates, one unit = one seat pitch,
  y growing away from the stage) and ``accessible``.
* :class:`SeatMap` — the seats of one venue with look-ups by id and by (section, row, number),
  the sections and rows in their order, and the seats of a row left to right (keyboard
  selection of a row).
* :class:`SeatState` — FREE, IN_CART, SOLD, HELD, BLOCKED (the colours of the legend).
* :data:`TRANSITIONS` / :func:`next_state` — the transition table as a pure function.
* :class:`SeatInventory` — the state of every seat of one occurrence (with the cart, order,
  participant and note of each seat that is not free), counts per state, row selection, and
  the operations on several seats, each all-or-nothing: if one seat is refused nothing changes
  and the :class:`DomainError` names that seat.
* :func:`parse_seat_csv` / :func:`format_seat_csv` — the CSV format of docs/SEATING.md.
* :func:`demo_theatre_map` (800 seats) and :func:`generated_map` (benchmarks).

Who may do what (supervisor-only actions, :data:`SUPERVISOR_ACTIONS`) is checked by the service
handlers with :func:`ensure_action_allowed`; the domain only says which actions need it.
"""

from __future__ import annotations

import csv
import io
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from guichet.domain.auth import Role
from guichet.domain.errors import DomainError

MAX_SEATS = 20_000  # per map; a larger file is refused ("seatmap_too_large")
MAX_SECTION_LENGTH = 60
MAX_ROW_LENGTH = 10
MAX_NOTE_LENGTH = 200
MAX_PARTICIPANT_LENGTH = 120
MAX_COORDINATE = 1_000_000.0  # absolute value; keeps a drawing sane

SEAT_PITCH = 1.0  # grid layout: distance between two seats of a row
ROW_PITCH = 1.2  # grid layout: distance between two rows
SECTION_GAP = 2.0  # grid layout: extra space between two sections

SeatKey = tuple[str, str, str]  # normalised (section casefolded, row, number)

_NUMBER_RE = re.compile(r"^([0-9]{1,5})([A-Z]{0,3})$")


# --------------------------------------------------------------------------- names


def normalize_section(section: str) -> str:
    """A section name as displayed: surrounding spaces removed, inner runs of spaces collapsed."""
    return " ".join(section.split())


def normalize_row(row: str) -> str:
    """A row name: spaces removed at both ends and collapsed, upper case (``"aa"`` -> ``"AA"``)."""
    return " ".join(row.split()).upper()


def normalize_number(number: str) -> str | None:
    """A seat number: digits then up to three letters, upper case, no leading zero.

    ``" 12a "`` -> ``"12A"``, ``"007"`` -> ``"7"``; ``None`` when it is not a seat number
    (empty, zero, negative, decimal, letters first, too long).
    """
    text = number.strip().upper()
    match = _NUMBER_RE.match(text)
    if match is None:
        return None
    value = int(match.group(1))
    if value == 0:
        return None
    return f"{value}{match.group(2)}"


def seat_key(section: str, row: str, number: str) -> SeatKey:
    """The key under which a seat is unique in a map (the section compared without case)."""
    normalized = normalize_number(number)
    return (
        normalize_section(section).casefold(),
        normalize_row(row),
        normalized if normalized is not None else number.strip().upper(),
    )


def seat_id_for(section: str, row: str, number: str) -> str:
    """The stable id of a seat made from its place: ``"Parterre/F/12"``.

    ``%`` and ``/`` inside a name are escaped so two different seats never share an id; the
    same file imported again gives the same ids.
    """

    def esc(part: str) -> str:
        return part.replace("%", "%25").replace("/", "%2F")

    normalized = normalize_number(number) or number.strip().upper()
    return "/".join((esc(normalize_section(section)), esc(normalize_row(row)), esc(normalized)))


def row_name(index: int) -> str:
    """Row names in spreadsheet order: 0 -> A, 25 -> Z, 26 -> AA, 27 -> AB, ..."""
    if index < 0:
        raise ValueError("index must be >= 0")
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def _number_sort_key(number: str) -> tuple[int, str]:
    match = _NUMBER_RE.match(number)
    if match is None:  # pragma: no cover - every Seat has a valid number
        return (0, number)
    return (int(match.group(1)), match.group(2))


# --------------------------------------------------------------------------- seats


@dataclass(frozen=True, slots=True)
class Seat:
    """One seat. Build one with :func:`make_seat` to get normalised names and a stable id."""

    id: str
    section: str
    row: str
    number: str
    x: float
    y: float
    accessible: bool = False

    def __post_init__(self) -> None:
        if not self.id or self.id != self.id.strip():
            raise DomainError("seat_invalid", field="id", value=self.id)
        section = normalize_section(self.section)
        if not section or section != self.section or len(section) > MAX_SECTION_LENGTH:
            raise DomainError("seat_invalid", field="section", value=self.section)
        row = normalize_row(self.row)
        if not row or row != self.row or len(row) > MAX_ROW_LENGTH:
            raise DomainError("seat_invalid", field="row", value=self.row)
        if normalize_number(self.number) != self.number:
            raise DomainError("seat_invalid", field="number", value=self.number)
        for name, value in (("x", self.x), ("y", self.y)):
            if not _coordinate_ok(value):
                raise DomainError("seat_invalid", field=name, value=value)

    @property
    def key(self) -> SeatKey:
        return (self.section.casefold(), self.row, self.number)

    @property
    def label(self) -> str:
        """French label, e.g. ``"Parterre, rangée F, siège 12"``."""
        return seat_label(self)


def _coordinate_ok(value: float) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and abs(value) <= MAX_COORDINATE
    )


def make_seat(
    section: str,
    row: str,
    number: str,
    x: float,
    y: float,
    accessible: bool = False,
    *,
    seat_id: str | None = None,
) -> Seat:
    """A seat with normalised names; its id is :func:`seat_id_for` unless one is given."""
    normalized = normalize_number(number)
    if normalized is None:
        raise DomainError("seat_invalid", field="number", value=number)
    return Seat(
        id=seat_id if seat_id is not None else seat_id_for(section, row, normalized),
        section=normalize_section(section),
        row=normalize_row(row),
        number=normalized,
        x=float(x),
        y=float(y),
        accessible=accessible,
    )


_LABELS = {
    "fr": "{section}, rangée {row}, siège {number}",
    "en": "{section}, row {row}, seat {number}",
}
_SHORT_LABELS = {"fr": "{row}-{number}", "en": "{row}-{number}"}


def seat_label(seat: Seat, language: str = "fr", *, short: bool = False) -> str:
    """``"Parterre, rangée F, siège 12"`` (fr) / ``"Parterre, row F, seat 12"`` (en).

    ``short=True`` gives ``"F-12"`` for a seat drawn on the map or a narrow receipt column.
    Any language other than English gets the French label (French is the default).
    """
    lang = "en" if language.lower().startswith("en") else "fr"
    template = (_SHORT_LABELS if short else _LABELS)[lang]
    return template.format(section=seat.section, row=seat.row, number=seat.number)


def seat_labels(seats: Iterable[Seat], language: str = "fr") -> str:
    """Several seats in one line, grouped by row: ``"Parterre, rangée F, sièges 11, 12, 13"``."""
    lang = "en" if language.lower().startswith("en") else "fr"
    groups: dict[tuple[str, str], list[str]] = {}
    for seat in seats:
        groups.setdefault((seat.section, seat.row), []).append(seat.number)
    parts = []
    for (section, row), numbers in groups.items():
        if len(numbers) == 1:
            word = "siège" if lang == "fr" else "seat"
        else:
            word = "sièges" if lang == "fr" else "seats"
        row_word = "rangée" if lang == "fr" else "row"
        parts.append(f"{section}, {row_word} {row}, {word} {', '.join(numbers)}")
    return "; ".join(parts)


# --------------------------------------------------------------------------- seat map


class SeatMap:
    """The seats of one venue, immutable once built.

    Sections and rows keep the order in which they first appear in ``seats`` (the file order);
    the seats of a row are ordered left to right (by ``x``, then by number).
    """

    __slots__ = ("venue_id", "name", "_seats", "_by_id", "_by_key", "_sections", "_index")

    def __init__(self, venue_id: str, name: str, seats: Iterable[Seat]) -> None:
        all_seats = tuple(seats)
        if not all_seats:
            raise DomainError("seatmap_empty")
        if len(all_seats) > MAX_SEATS:
            raise DomainError("seatmap_too_large", seats=len(all_seats), maximum=MAX_SEATS)
        by_id: dict[str, Seat] = {}
        by_key: dict[SeatKey, Seat] = {}
        sections: dict[str, tuple[str, dict[str, list[Seat]]]] = {}
        for seat in all_seats:
            if seat.id in by_id:
                raise DomainError("seatmap_duplicate_seat", seat=seat_label(seat), seat_id=seat.id)
            if seat.key in by_key:
                raise DomainError("seatmap_duplicate_seat", seat=seat_label(seat), seat_id=seat.id)
            by_id[seat.id] = seat
            by_key[seat.key] = seat
            folded = seat.section.casefold()
            if folded not in sections:
                sections[folded] = (seat.section, {})
            sections[folded][1].setdefault(seat.row, []).append(seat)
        self.venue_id = venue_id
        self.name = name
        self._seats = all_seats
        self._by_id: Mapping[str, Seat] = MappingProxyType(by_id)
        self._by_key = by_key
        self._sections: dict[str, tuple[str, dict[str, tuple[Seat, ...]]]] = {
            folded: (
                display,
                {
                    row: tuple(sorted(row_seats, key=lambda s: (s.x, _number_sort_key(s.number))))
                    for row, row_seats in rows.items()
                },
            )
            for folded, (display, rows) in sections.items()
        }
        self._index = {seat.id: i for i, seat in enumerate(all_seats)}

    # -- collection protocol
    def __len__(self) -> int:
        return len(self._seats)

    def __iter__(self) -> Iterator[Seat]:
        return iter(self._seats)

    def __contains__(self, seat_id: object) -> bool:
        return seat_id in self._by_id

    def __repr__(self) -> str:
        return f"SeatMap(venue_id={self.venue_id!r}, name={self.name!r}, seats={len(self)})"

    @property
    def seats(self) -> tuple[Seat, ...]:
        return self._seats

    @property
    def by_id(self) -> Mapping[str, Seat]:
        return self._by_id

    def index_of(self, seat_id: str) -> int:
        """Position of a seat in :attr:`seats` (the map order)."""
        self.seat(seat_id)
        return self._index[seat_id]

    # -- look-ups
    def seat(self, seat_id: str) -> Seat:
        """The seat with this id; ``seat_unknown`` when the map has none."""
        seat = self._by_id.get(seat_id)
        if seat is None:
            raise DomainError("seat_unknown", seat_id=seat_id)
        return seat

    def get(self, seat_id: str) -> Seat | None:
        return self._by_id.get(seat_id)

    def find(self, section: str, row: str, number: str) -> Seat | None:
        """The seat at (section, row, number), names compared as :func:`seat_key` does."""
        return self._by_key.get(seat_key(section, row, number))

    def sections(self) -> tuple[str, ...]:
        return tuple(display for display, _ in self._sections.values())

    def rows(self, section: str) -> tuple[str, ...]:
        """The rows of a section in order; ``seat_section_unknown`` for a section not in the map."""
        return tuple(self._section(section))

    def row_seats(self, section: str, row: str) -> tuple[Seat, ...]:
        """The seats of a row, left to right; ``seat_row_unknown`` for a row not in the section."""
        rows = self._section(section)
        seats = rows.get(normalize_row(row))
        if seats is None:
            raise DomainError("seat_row_unknown", section=section, row=row)
        return seats

    def adjacent_row(self, section: str, row: str, step: int) -> str | None:
        """The row ``step`` rows after (positive) or before (negative) ``row``, or ``None``.

        Meant for the keyboard: arrow down / up moves the row selection within a section.
        """
        rows = self.rows(section)
        name = normalize_row(row)
        if name not in rows:
            raise DomainError("seat_row_unknown", section=section, row=row)
        position = rows.index(name) + step
        if 0 <= position < len(rows):
            return rows[position]
        return None

    def accessible_seats(self) -> tuple[Seat, ...]:
        return tuple(seat for seat in self._seats if seat.accessible)

    def bounds(self) -> tuple[float, float, float, float]:
        """``(min_x, min_y, max_x, max_y)`` of the seat centres, to fit the map in a view."""
        xs = [seat.x for seat in self._seats]
        ys = [seat.y for seat in self._seats]
        return (min(xs), min(ys), max(xs), max(ys))

    def _section(self, section: str) -> dict[str, tuple[Seat, ...]]:
        entry = self._sections.get(normalize_section(section).casefold())
        if entry is None:
            raise DomainError("seat_section_unknown", section=section)
        return entry[1]


# --------------------------------------------------------------------------- states


class SeatState(StrEnum):
    FREE = "free"  # can be put in a cart
    IN_CART = "in_cart"  # in one counter's cart, not paid yet
    SOLD = "sold"  # paid for, or assigned to a named participant
    HELD = "held"  # set aside by a supervisor (a group, the producer, ...)
    BLOCKED = "blocked"  # not to be used (broken, camera position, no view, ...)


class SeatAction(StrEnum):
    ADD_TO_CART = "add_to_cart"
    REMOVE_FROM_CART = "remove_from_cart"
    SELL = "sell"  # the cart is paid: IN_CART -> SOLD
    SELL_DIRECT = "sell_direct"  # supervisor sale without a cart: FREE -> SOLD
    REFUND = "refund"  # refund or cancellation: SOLD -> FREE
    HOLD = "hold"
    BLOCK = "block"
    RELEASE = "release"
    ASSIGN = "assign"  # to a named participant: FREE or HELD -> SOLD


S = SeatState
A = SeatAction

#: action -> (states it may start from, state it leads to)
TRANSITIONS: Mapping[SeatAction, tuple[frozenset[SeatState], SeatState]] = MappingProxyType(
    {
        A.ADD_TO_CART: (frozenset({S.FREE}), S.IN_CART),
        A.REMOVE_FROM_CART: (frozenset({S.IN_CART}), S.FREE),
        A.SELL: (frozenset({S.IN_CART}), S.SOLD),
        A.SELL_DIRECT: (frozenset({S.FREE}), S.SOLD),
        A.REFUND: (frozenset({S.SOLD}), S.FREE),
        A.HOLD: (frozenset({S.FREE}), S.HELD),
        A.BLOCK: (frozenset({S.FREE, S.HELD}), S.BLOCKED),
        A.RELEASE: (frozenset({S.HELD, S.BLOCKED}), S.FREE),
        A.ASSIGN: (frozenset({S.FREE, S.HELD}), S.SOLD),
    }
)

#: the code of the refusal when the seat is in a state the action does not start from
_REFUSAL: Mapping[SeatAction, str] = MappingProxyType(
    {
        A.ADD_TO_CART: "seat_taken",
        A.REMOVE_FROM_CART: "seat_not_in_cart",
        A.SELL: "seat_taken",  # FREE -> "seat_not_in_cart", see refusal_code
        A.SELL_DIRECT: "seat_taken",
        A.REFUND: "seat_not_sold",
        A.HOLD: "seat_taken",
        A.BLOCK: "seat_taken",
        A.RELEASE: "seat_not_held",
        A.ASSIGN: "seat_taken",
    }
)

#: actions a cashier may not do alone: the handler checks the user (or the approving supervisor)
SUPERVISOR_ACTIONS: frozenset[SeatAction] = frozenset(
    {A.SELL_DIRECT, A.REFUND, A.HOLD, A.BLOCK, A.RELEASE, A.ASSIGN}
)

del S, A


def refusal_code(action: SeatAction, state: SeatState) -> str | None:
    """Why ``action`` cannot start from ``state`` (an error code), or ``None`` when it can."""
    allowed, _ = TRANSITIONS[action]
    if state in allowed:
        return None
    if action is SeatAction.SELL and state is SeatState.FREE:
        return "seat_not_in_cart"
    return _REFUSAL[action]


def next_state(action: SeatAction, state: SeatState) -> SeatState:
    """The state after ``action``; a :class:`DomainError` when the action is refused."""
    code = refusal_code(action, state)
    if code is not None:
        raise DomainError(code, action=action.value, state=state.value)
    return TRANSITIONS[action][1]


def ensure_action_allowed(action: SeatAction, role: Role) -> None:
    """``supervisor_required`` when a cashier attempts a supervisor-only action."""
    if action in SUPERVISOR_ACTIONS and not role.can_supervise:
        raise DomainError("supervisor_required", action=action.value)


@dataclass(frozen=True, slots=True)
class SeatStatus:
    """The state of one seat and who it is for.

    ``cart_id`` is set exactly when the seat is IN_CART (the cart that has it); ``order_id``
    may be set when SOLD; ``participant`` is the named person of an assignment (SOLD);
    ``note`` says why a seat is HELD or BLOCKED ("Médias", "Caméra").
    """

    state: SeatState = SeatState.FREE
    cart_id: str | None = None
    order_id: str | None = None
    participant: str = ""
    note: str = ""

    def __post_init__(self) -> None:
        in_cart = self.state is SeatState.IN_CART
        if in_cart != bool(self.cart_id):
            raise DomainError("seat_status_invalid", state=self.state.value, field="cart_id")
        if self.state is not SeatState.SOLD and (self.order_id or self.participant):
            raise DomainError("seat_status_invalid", state=self.state.value, field="order_id")
        if self.state not in (SeatState.HELD, SeatState.BLOCKED) and self.note:
            raise DomainError("seat_status_invalid", state=self.state.value, field="note")


FREE_STATUS = SeatStatus()


def _clean_text(value: str, maximum: int, code: str) -> str:
    text = " ".join(value.split())
    if len(text) > maximum:
        raise DomainError(code, length=len(text), maximum=maximum)
    return text


class SeatInventory:
    """The state of every seat of one occurrence.

    Only seats that are not FREE are stored (a 5,000-seat map costs nothing when empty); counts
    per state are kept up to date on every change. Every operation takes several seat ids,
    checks them all first and changes nothing if one is refused: the error names the first
    refused seat (``seat`` = its French label, ``seat_id``, ``state``) and says how many were
    refused (``refused``). An id given twice counts once. Operations return the ids changed,
    in the order given.
    """

    __slots__ = ("seat_map", "occurrence_id", "_statuses", "_counts")

    def __init__(
        self,
        seat_map: SeatMap,
        statuses: Mapping[str, SeatStatus] | None = None,
        *,
        occurrence_id: str = "",
    ) -> None:
        self.seat_map = seat_map
        self.occurrence_id = occurrence_id
        self._statuses: dict[str, SeatStatus] = {}
        self._counts: dict[SeatState, int] = {state: 0 for state in SeatState}
        self._counts[SeatState.FREE] = len(seat_map)
        for seat_id, status in (statuses or {}).items():
            seat_map.seat(seat_id)
            if status.state is not SeatState.FREE:
                self._set(seat_id, status)

    # -- reading
    def status(self, seat_id: str) -> SeatStatus:
        self.seat_map.seat(seat_id)
        return self._statuses.get(seat_id, FREE_STATUS)

    def state(self, seat_id: str) -> SeatState:
        return self.status(seat_id).state

    def states(self) -> dict[str, SeatState]:
        """Every seat id -> its state, in map order."""
        return {seat.id: self._statuses.get(seat.id, FREE_STATUS).state for seat in self.seat_map}

    def statuses(self) -> Mapping[str, SeatStatus]:
        """The seats that are not FREE (what a database stores), read-only."""
        return MappingProxyType(dict(self._statuses))

    def counts(self) -> dict[SeatState, int]:
        """Number of seats in each state (every state present); the values sum to the map size."""
        return dict(self._counts)

    def count(self, state: SeatState) -> int:
        return self._counts[state]

    @property
    def free_count(self) -> int:
        return self._counts[SeatState.FREE]

    def seats_in(self, state: SeatState) -> tuple[str, ...]:
        """Ids of the seats in ``state``, in map order."""
        if state is SeatState.FREE:
            return tuple(s.id for s in self.seat_map if s.id not in self._statuses)
        found = [sid for sid, status in self._statuses.items() if status.state is state]
        found.sort(key=self.seat_map.index_of)
        return tuple(found)

    def cart_seats(self, cart_id: str) -> tuple[str, ...]:
        """Ids of the seats in this cart, in map order."""
        found = [sid for sid, status in self._statuses.items() if status.cart_id == cart_id]
        found.sort(key=self.seat_map.index_of)
        return tuple(found)

    def participant_seats(self, participant: str) -> tuple[str, ...]:
        """Ids of the seats assigned to this participant (names compared without case)."""
        name = " ".join(participant.split()).casefold()
        found = [
            sid
            for sid, status in self._statuses.items()
            if status.participant and status.participant.casefold() == name
        ]
        found.sort(key=self.seat_map.index_of)
        return tuple(found)

    def select_row(self, section: str, row: str, *, free_only: bool = True) -> tuple[str, ...]:
        """Ids of the seats of a row, left to right; only the FREE ones unless told otherwise.

        This is what the keyboard row selection puts in the cart (with :meth:`add_to_cart`).
        """
        seats = self.seat_map.row_seats(section, row)
        if not free_only:
            return tuple(seat.id for seat in seats)
        return tuple(seat.id for seat in seats if seat.id not in self._statuses)

    def copy(self) -> SeatInventory:
        return SeatInventory(self.seat_map, self._statuses, occurrence_id=self.occurrence_id)

    # -- operations (all-or-nothing)
    def add_to_cart(self, seat_ids: Iterable[str], cart_id: str) -> tuple[str, ...]:
        """FREE -> IN_CART for ``cart_id``; ``seat_taken`` when a seat is not free."""
        cart = self._cart_id(cart_id)
        return self._apply(SeatAction.ADD_TO_CART, seat_ids, SeatStatus(SeatState.IN_CART, cart))

    def remove_from_cart(self, seat_ids: Iterable[str], cart_id: str) -> tuple[str, ...]:
        """IN_CART (this cart) -> FREE; ``seat_not_in_cart`` otherwise."""
        cart = self._cart_id(cart_id)
        return self._apply(SeatAction.REMOVE_FROM_CART, seat_ids, FREE_STATUS, cart_id=cart)

    def release_cart(self, cart_id: str) -> tuple[str, ...]:
        """Every seat of an abandoned or emptied cart back to FREE (none is fine)."""
        seat_ids = self.cart_seats(cart_id)
        if seat_ids:
            self._apply(SeatAction.REMOVE_FROM_CART, seat_ids, FREE_STATUS, cart_id=cart_id)
        return seat_ids

    def sell(
        self, seat_ids: Iterable[str], cart_id: str, *, order_id: str | None = None
    ) -> tuple[str, ...]:
        """The cart is paid: IN_CART (this cart) -> SOLD.

        ``seat_not_in_cart`` for a free seat, ``seat_taken`` for a seat in another cart, sold,
        held or blocked.
        """
        cart = self._cart_id(cart_id)
        status = SeatStatus(SeatState.SOLD, order_id=order_id or None)
        return self._apply(SeatAction.SELL, seat_ids, status, cart_id=cart)

    def sell_direct(
        self, seat_ids: Iterable[str], *, order_id: str | None = None
    ) -> tuple[str, ...]:
        """Supervisor sale without a cart: FREE -> SOLD; ``seat_taken`` otherwise."""
        status = SeatStatus(SeatState.SOLD, order_id=order_id or None)
        return self._apply(SeatAction.SELL_DIRECT, seat_ids, status)

    def refund(self, seat_ids: Iterable[str]) -> tuple[str, ...]:
        """Refund or cancellation: SOLD -> FREE; ``seat_not_sold`` otherwise."""
        return self._apply(SeatAction.REFUND, seat_ids, FREE_STATUS)

    cancel = refund

    def hold(self, seat_ids: Iterable[str], *, note: str = "") -> tuple[str, ...]:
        """Supervisor: FREE -> HELD (``note`` says for whom); ``seat_taken`` otherwise."""
        text = _clean_text(note, MAX_NOTE_LENGTH, "seat_note_too_long")
        return self._apply(SeatAction.HOLD, seat_ids, SeatStatus(SeatState.HELD, note=text))

    def block(self, seat_ids: Iterable[str], *, note: str = "") -> tuple[str, ...]:
        """Supervisor: FREE or HELD -> BLOCKED; ``seat_taken`` otherwise."""
        text = _clean_text(note, MAX_NOTE_LENGTH, "seat_note_too_long")
        return self._apply(SeatAction.BLOCK, seat_ids, SeatStatus(SeatState.BLOCKED, note=text))

    def release(self, seat_ids: Iterable[str]) -> tuple[str, ...]:
        """Supervisor: HELD or BLOCKED -> FREE; ``seat_not_held`` otherwise."""
        return self._apply(SeatAction.RELEASE, seat_ids, FREE_STATUS)

    def assign(
        self, seat_ids: Iterable[str], participant: str, *, order_id: str | None = None
    ) -> tuple[str, ...]:
        """Supervisor: FREE or HELD -> SOLD for a named participant; ``seat_taken`` otherwise.

        ``seat_participant_required`` when the name is blank.
        """
        name = _clean_text(participant, MAX_PARTICIPANT_LENGTH, "seat_participant_too_long")
        if not name:
            raise DomainError("seat_participant_required")
        status = SeatStatus(SeatState.SOLD, order_id=order_id or None, participant=name)
        return self._apply(SeatAction.ASSIGN, seat_ids, status)

    def check(
        self, action: SeatAction, seat_ids: Iterable[str], *, cart_id: str | None = None
    ) -> tuple[str, ...]:
        """Raise what ``action`` on these seats would raise, change nothing; the ids otherwise."""
        return self._checked(action, seat_ids, cart_id)

    # -- internals
    @staticmethod
    def _cart_id(cart_id: str) -> str:
        if not cart_id or not cart_id.strip():
            raise DomainError("seat_cart_required")
        return cart_id

    def _refusal(self, action: SeatAction, seat_id: str, cart_id: str | None) -> str | None:
        status = self._statuses.get(seat_id, FREE_STATUS)
        code = refusal_code(action, status.state)
        if code is not None:
            return code
        if status.state is SeatState.IN_CART and status.cart_id != cart_id:
            # only REMOVE_FROM_CART and SELL start from IN_CART: both need the seat's own cart
            return "seat_not_in_cart" if action is SeatAction.REMOVE_FROM_CART else "seat_taken"
        return None

    def _checked(
        self, action: SeatAction, seat_ids: Iterable[str], cart_id: str | None
    ) -> tuple[str, ...]:
        if isinstance(seat_ids, str):  # one id passed by mistake: not a string of characters
            seat_ids = (seat_ids,)
        ids = tuple(dict.fromkeys(seat_ids))
        if not ids:
            raise DomainError("seat_selection_empty")
        for seat_id in ids:
            self.seat_map.seat(seat_id)
        refused = [
            (seat_id, code)
            for seat_id in ids
            if (code := self._refusal(action, seat_id, cart_id)) is not None
        ]
        if refused:
            seat_id, code = refused[0]
            raise DomainError(
                code,
                seat=seat_label(self.seat_map.seat(seat_id)),
                seat_id=seat_id,
                state=self._statuses.get(seat_id, FREE_STATUS).state.value,
                refused=len(refused),
            )
        return ids

    def _apply(
        self,
        action: SeatAction,
        seat_ids: Iterable[str],
        status: SeatStatus,
        *,
        cart_id: str | None = None,
    ) -> tuple[str, ...]:
        ids = self._checked(action, seat_ids, cart_id)
        assert status.state is TRANSITIONS[action][1]
        for seat_id in ids:
            self._set(seat_id, status)
        return ids

    def _set(self, seat_id: str, status: SeatStatus) -> None:
        before = self._statuses.get(seat_id, FREE_STATUS).state
        self._counts[before] -= 1
        self._counts[status.state] += 1
        if status.state is SeatState.FREE:
            self._statuses.pop(seat_id, None)
        else:
            self._statuses[seat_id] = status


# --------------------------------------------------------------------------- CSV

#: field -> accepted header names (compared without case, accents or spaces)
HEADER_ALIASES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "section": frozenset({"section"}),
        "row": frozenset({"row", "rangee", "rang"}),
        "number": frozenset({"number", "numero", "no", "n", "seat", "siege"}),
        "x": frozenset({"x"}),
        "y": frozenset({"y"}),
        "accessible": frozenset({"accessible", "accessibilite", "pmr"}),
    }
)
REQUIRED_COLUMNS = ("section", "row", "number")

_TRUE = frozenset({"oui", "o", "1", "true", "vrai", "yes", "y"})
_FALSE = frozenset({"non", "n", "0", "false", "faux", "no", ""})


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().lstrip("\ufeff").casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(plain.split()).replace("°", "").replace("º", "")


def _header_fields(header: Sequence[str]) -> dict[str, int]:
    fields: dict[str, int] = {}
    for position, name in enumerate(header):
        folded = _fold(name)
        for field, aliases in HEADER_ALIASES.items():
            if folded in aliases:
                if field in fields:
                    raise DomainError("seatmap_csv_header", duplicate=name.strip())
                fields[field] = position
    missing = [name for name in REQUIRED_COLUMNS if name not in fields]
    if missing:
        raise DomainError("seatmap_csv_header", missing=", ".join(missing))
    if ("x" in fields) != ("y" in fields):
        raise DomainError("seatmap_csv_header", missing="y" if "x" in fields else "x")
    return fields


def _parse_coordinate(text: str) -> float | None:
    value = text.strip().replace("\u00a0", "").replace(" ", "")
    if "," in value and "." not in value:  # French decimal comma: "12,5"
        value = value.replace(",", ".")
    try:
        number = float(value)
    except ValueError:
        return None
    return number if _coordinate_ok(number) else None


def _delimiter(first_line: str) -> str:
    """``;`` for a French spreadsheet export (its header has more ``;`` than ``,``)."""
    return ";" if first_line.count(";") > first_line.count(",") else ","


@dataclass(frozen=True, slots=True)
class _Row:
    line: int
    section: str
    row: str
    number: str
    xy: tuple[float, float] | None
    accessible: bool


def parse_seat_csv(text: str | Iterable[str]) -> tuple[Seat, ...]:
    """The seats of a CSV file (see docs/SEATING.md), in file order.

    ``text`` is the whole file or its lines. The header is required; its columns may come in
    any order and under their French names (``section;rangée;numéro;x;y;accessible``); other
    columns are ignored. ``,`` or ``;`` separates the columns (guessed from the header line).
    Blank lines are skipped. When there are no coordinates the seats are laid out on a grid
    by row (:func:`grid_layout`); either every line has x and y or none does.

    Errors: ``seatmap_csv_header`` (``missing=`` the missing columns, or ``duplicate=``),
    ``seatmap_csv_line`` (``line=`` the line number in the file, header = line 1,
    ``reason=`` one of ``columns``, ``section``, ``row``, ``number``, ``duplicate``,
    ``coordinate``, ``coordinate_missing``, ``accessible``, and ``value=``),
    ``seatmap_empty`` (no seat), ``seatmap_too_large``.
    """
    # StringIO splits on \n, \r\n and \r only, as a file would (str.splitlines also splits
    # on form feeds and Unicode separators, which would shift the line numbers)
    lines = list(io.StringIO(text, newline="")) if isinstance(text, str) else list(text)
    first = next((line for line in lines if line.strip()), None)
    if first is None:
        raise DomainError("seatmap_empty")
    reader = csv.reader(lines, delimiter=_delimiter(first))
    fields: dict[str, int] | None = None
    rows: list[_Row] = []
    seen: dict[SeatKey, int] = {}
    with_xy = False
    first_without_xy = 0
    try:
        for record in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if fields is None:
                fields = _header_fields(record)
                continue
            parsed = _parse_record(record, fields, line)
            if parsed.xy is None:
                first_without_xy = first_without_xy or line
            else:
                with_xy = True
            key = seat_key(parsed.section, parsed.row, parsed.number)
            if key in seen:
                raise DomainError(
                    "seatmap_csv_line",
                    line=line,
                    reason="duplicate",
                    value=f"{parsed.section} {parsed.row} {parsed.number}",
                    first_line=seen[key],
                )
            seen[key] = line
            rows.append(parsed)
            if len(rows) > MAX_SEATS:
                raise DomainError("seatmap_too_large", seats=len(rows), maximum=MAX_SEATS)
    except csv.Error as exc:
        raise DomainError(
            "seatmap_csv_line", line=reader.line_num, reason="columns", value=str(exc)
        ) from None
    if not rows:
        raise DomainError("seatmap_empty")
    if with_xy and first_without_xy:
        raise DomainError(
            "seatmap_csv_line", line=first_without_xy, reason="coordinate_missing", value=""
        )
    if with_xy:
        return tuple(
            make_seat(r.section, r.row, r.number, r.xy[0], r.xy[1], r.accessible)
            for r in rows
            if r.xy is not None
        )
    return grid_layout((r.section, r.row, r.number, r.accessible) for r in rows)


def _parse_record(record: Sequence[str], fields: Mapping[str, int], line: int) -> _Row:
    def cell(name: str) -> str | None:
        position = fields.get(name)
        if position is None:
            return None
        if position >= len(record):
            return ""
        return record[position]

    def refuse(reason: str, value: str) -> DomainError:
        return DomainError("seatmap_csv_line", line=line, reason=reason, value=value.strip())

    if any(fields[name] >= len(record) for name in REQUIRED_COLUMNS):
        raise refuse("columns", str(len(record)))
    section = normalize_section(cell("section") or "")
    if not section or len(section) > MAX_SECTION_LENGTH:
        raise refuse("section", cell("section") or "")
    row = normalize_row(cell("row") or "")
    if not row or len(row) > MAX_ROW_LENGTH:
        raise refuse("row", cell("row") or "")
    raw_number = cell("number") or ""
    number = normalize_number(raw_number)
    if number is None:
        raise refuse("number", raw_number)
    xy: tuple[float, float] | None = None
    raw_x, raw_y = cell("x"), cell("y")
    if raw_x is not None and raw_y is not None and (raw_x.strip() or raw_y.strip()):
        x, y = _parse_coordinate(raw_x), _parse_coordinate(raw_y)
        if x is None:
            raise refuse("coordinate", raw_x)
        if y is None:
            raise refuse("coordinate", raw_y)
        xy = (x, y)
    raw_accessible = cell("accessible") or ""
    folded = _fold(raw_accessible)
    if folded in _TRUE:
        accessible = True
    elif folded in _FALSE:
        accessible = False
    else:
        raise refuse("accessible", raw_accessible)
    return _Row(line, section, row, number, xy, accessible)


def grid_layout(places: Iterable[tuple[str, str, str, bool]]) -> tuple[Seat, ...]:
    """Seats for (section, row, number, accessible) without coordinates, on a grid.

    Sections are stacked top to bottom and rows within a section, in the order they first
    appear; the seats of a row go left to right by number, each row centred on the widest
    row of the map. Returned in the order given.
    """
    items = list(places)
    rows: dict[tuple[str, str], list[str]] = {}
    section_order: dict[str, None] = {}
    for section, row, number, _ in items:
        folded = normalize_section(section).casefold()
        section_order.setdefault(folded, None)
        rows.setdefault((folded, normalize_row(row)), []).append(normalize_number(number) or number)
    width = max(len(numbers) for numbers in rows.values())
    positions: dict[tuple[str, str, str], tuple[float, float]] = {}
    y = 0.0
    for folded in section_order:
        for (section_key, row), numbers in rows.items():
            if section_key != folded:
                continue
            ordered = sorted(numbers, key=_number_sort_key)
            offset = (width - len(ordered)) * SEAT_PITCH / 2
            for i, number in enumerate(ordered):
                positions[(folded, row, number)] = (offset + i * SEAT_PITCH, y)
            y += ROW_PITCH
        y += SECTION_GAP
    seats = []
    for section, row, number, accessible in items:
        key = seat_key(section, row, number)
        x, yy = positions[key]
        seats.append(make_seat(section, row, number, x, round(yy, 6), accessible))
    return tuple(seats)


def format_seat_csv(seats: Iterable[Seat]) -> str:
    """The CSV text of seats (English header, ``,`` separator); :func:`parse_seat_csv` reads it."""
    out = ["section,row,number,x,y,accessible\r\n"]
    for seat in seats:
        cells = [seat.section, seat.row, seat.number, repr(seat.x), repr(seat.y)]
        cells.append("oui" if seat.accessible else "non")
        out.append(",".join(_csv_cell(c) for c in cells) + "\r\n")
    return "".join(out)


def _csv_cell(value: str) -> str:
    if any(c in value for c in ',;"\r\n') or value != value.strip():
        return '"' + value.replace('"', '""') + '"'
    return value


def seat_map_from_csv(venue_id: str, name: str, text: str | Iterable[str]) -> SeatMap:
    return SeatMap(venue_id, name, parse_seat_csv(text))


# --------------------------------------------------------------------------- generated maps


def demo_theatre_map(venue_id: str = "demo-theatre") -> SeatMap:
    """An 800-seat Italian-style theatre for the demo organisation.

    * **Parterre** (orchestra): rows A to T, a centre aisle, 10 seats per side in the front
      rows growing to 14 at the back (480 seats). French numbering: odd numbers on the left
      of the aisle, even numbers on the right, counting outward from the aisle. The rows are
      slightly curved. Accessible: both outer ends of rows A and T and the two aisle seats of
      row T (6 seats, places for wheelchairs and companions).
    * **Balcon**: rows A to H, 40 seats numbered 1 to 40 left to right in three blocks
      (10 | 20 | 10) separated by two aisles (320 seats); the ends of row A are accessible
      (2 seats, reached by the lift).

    The stage is above y = 0; one unit is one seat width.
    """
    seats: list[Seat] = []
    aisle = 1.5  # half-width of the centre aisle
    for r in range(20):
        row = row_name(r)
        per_side = 10 + r // 4
        y = 2.0 + r * ROW_PITCH
        for k in range(1, per_side + 1):
            offset = aisle + (k - 0.5) * SEAT_PITCH
            curve = 0.004 * offset * offset
            outer = k == per_side
            accessible = (r in (0, 19) and outer) or (r == 19 and k == 1)
            seats.append(make_seat("Parterre", row, str(2 * k - 1), -offset, y + curve, accessible))
            seats.append(make_seat("Parterre", row, str(2 * k), offset, y + curve, accessible))
    top = 2.0 + 20 * ROW_PITCH + 4.0
    for r in range(8):
        row = row_name(r)
        y = top + r * ROW_PITCH
        for n in range(1, 41):
            gap = 0.0 if n <= 10 else (1.5 if n <= 30 else 3.0)
            x = -21.0 + (n - 1) * SEAT_PITCH + gap
            accessible = r == 0 and n in (1, 40)
            seats.append(make_seat("Balcon", row, str(n), x, y, accessible))
    return SeatMap(venue_id, "Théâtre de démonstration", seats)


def generated_map(venue_id: str, seats: int, *, per_row: int = 50, rows: int = 20) -> SeatMap:
    """A plain map of ``seats`` seats for benchmarks and tests.

    Sections "Section 1", "Section 2", ... of ``rows`` rows of ``per_row`` seats stacked top
    to bottom (the last row may be short); the first and last seats of each section's first
    row are accessible. ``seatmap_size_invalid`` unless 1 <= seats <= :data:`MAX_SEATS`.
    """
    if not 1 <= seats <= MAX_SEATS or per_row < 1 or rows < 1:
        raise DomainError("seatmap_size_invalid", seats=seats, maximum=MAX_SEATS)
    made: list[Seat] = []
    per_section = per_row * rows
    for i in range(seats):
        section_index, in_section = divmod(i, per_section)
        r, n = divmod(in_section, per_row)
        y = section_index * (rows * ROW_PITCH + SECTION_GAP) + r * ROW_PITCH
        last_in_row = n == per_row - 1 or i == seats - 1
        made.append(
            make_seat(
                f"Section {section_index + 1}",
                row_name(r),
                str(n + 1),
                n * SEAT_PITCH,
                round(y, 6),
                r == 0 and (n == 0 or last_in_row),
            )
        )
    return SeatMap(venue_id, f"Salle générée ({seats} places)", made)


def zone_id(seat_map_id: str, section: str) -> str:
    """A promotion's zone: a section of a hall ("map id:Balcon")."""
    return f"{seat_map_id}:{section}"
