"""Commands of the back office (issue 14): the organisation, its staff, venues and halls,
events and their dates, ticket categories and price lists, counters, a season's programme.

Like a sale, each is one transaction, one outbox row and one line of history; ids of what
they create are chosen by the terminal and carried here. Times travel as ISO texts with
their offset; money as cents; rates as decimal texts ("0.09975").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from guichet.domain.commands import Command

# --- organisation and staff ---------------------------------------------------------------


@dataclass(frozen=True)
class SetUpOrganisation(Command):
    """The first command of a new organisation (the set-up assistant, ``guichet init``): its
    particulars, its two taxes and its owner. Accepted only while it has nobody yet."""

    type_name: ClassVar[str] = "organisation.set_up"
    name: str
    owner_id: str
    owner_name: str
    owner_pin_hash: str
    address: str = ""
    timezone: str = "America/Toronto"
    locale: str = "fr_CA"
    gst_number: str = ""
    qst_number: str = ""
    gst_rate: str = "0.05"
    qst_rate: str = "0.09975"
    cash_increment: int = 5
    receipt_header: str = ""
    receipt_footer: str = ""
    # The owner's title in French: "feminine" (« Caissière » on her receipts), "masculine", "".
    owner_title_form: str = ""


@dataclass(frozen=True)
class SaveOrganisation(Command):
    """The organisation's particulars, taxes and receipt texts (owners)."""

    type_name: ClassVar[str] = "organisation.save"
    name: str
    address: str
    timezone: str
    locale: str
    gst_number: str
    qst_number: str
    gst_rate: str
    qst_rate: str
    cash_increment: int
    receipt_header: str
    receipt_footer: str
    # How tickets print: "separate" or "combined"; None (a counter of an earlier version)
    # keeps the organisation's.
    ticket_printing: str | None = None


@dataclass(frozen=True)
class SaveUser(Command):
    """Add a person (``created``, with the hash of their first PIN) or change their name,
    role and title form. The PIN itself never leaves the counter where it was typed.
    ``title_form``: "feminine", "masculine", "" (not said); None keeps the person's."""

    type_name: ClassVar[str] = "user.save"
    user_id: str
    name: str
    role: str
    created: bool = False
    pin_hash: str | None = None
    title_form: str | None = None


@dataclass(frozen=True)
class SetUserPin(Command):
    type_name: ClassVar[str] = "user.set_pin"
    user_id: str
    pin_hash: str


@dataclass(frozen=True)
class SetUserActive(Command):
    """Deactivate (or reactivate) a person: someone who worked a shift is never deleted."""

    type_name: ClassVar[str] = "user.set_active"
    user_id: str
    active: bool


@dataclass(frozen=True)
class UnlockUser(Command):
    """Lift the lock-out after five wrong PINs."""

    type_name: ClassVar[str] = "user.unlock"
    user_id: str


@dataclass(frozen=True)
class SaveTerminal(Command):
    """A counter's name, profile and venue (this counter, or any one on the server)."""

    type_name: ClassVar[str] = "terminal.save"
    terminal_id: str
    name: str
    profile: str = ""
    venue_id: str | None = None


# --- venues and halls ----------------------------------------------------------------------


@dataclass(frozen=True)
class SaveVenue(Command):
    type_name: ClassVar[str] = "venue.save"
    venue_id: str
    name: str
    address: str = ""
    active: bool = True
    created: bool = False


@dataclass(frozen=True)
class SaveHall(Command):
    """A general-admission hall (its capacity) or a seated one (its seat map, imported with
    ``seatmap.import``: the capacity is then its number of seats)."""

    type_name: ClassVar[str] = "hall.save"
    hall_id: str
    venue_id: str
    name: str
    capacity: int = 0
    seat_map_id: str | None = None
    active: bool = True
    created: bool = False


# --- events ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventDefaults:
    """What the new dates of an event inherit."""

    duration_minutes: int = 120
    capacity: int | None = None  # None: the hall's
    alacarte_places: int = 0
    alacarte_price: int | None = None
    alacarte_pass_only: bool = False
    registration_opens_minutes: int | None = None
    registration_closes_minutes: int | None = None
    cancel_minutes: int | None = None


@dataclass(frozen=True)
class SaveEvent(Command):
    """Create or edit a show (``kind`` "show") or a leisure activity ("activity").

    ``activity_id`` names the programme passes and gift packages apply to; when it does not
    exist yet it is created with ``activity_name``."""

    type_name: ClassVar[str] = "event.save"
    event_id: str
    kind: str
    name_fr: str
    venue_id: str
    price_list_id: str
    activity_id: str
    name_en: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    hall_id: str | None = None
    accounting_account: str = ""
    activity_name: str = ""
    defaults: EventDefaults = EventDefaults()
    allotment_size: int | None = None
    active: bool = True
    created: bool = False


# --- dates -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewDate:
    occurrence_id: str
    starts_at: str  # ISO, with offset
    ends_at: str


@dataclass(frozen=True)
class AddDates(Command):
    """One date or a whole series, expanded (and previewed) at the counter: the server
    creates exactly these. Each inherits its event's defaults; ``capacity`` and ``tags``
    override them for all."""

    type_name: ClassVar[str] = "occurrence.add"
    event_id: str
    dates: tuple[NewDate, ...]
    capacity: int | None = None
    tags: tuple[str, ...] = ()
    price_list_id: str | None = None


#: The fields of a date the back office edits (one date, or a selection in bulk).
DATE_FIELDS = (
    "starts_at",
    "ends_at",
    "capacity",
    "price_list_id",
    "alacarte_places",
    "alacarte_price",
    "alacarte_pass_only",
    "registration_opens_minutes",
    "registration_closes_minutes",
    "cancel_minutes",
)


@dataclass(frozen=True)
class EditDate(Command):
    """Change some fields of one date. ``before`` holds what the editor saw of them: two edits
    made offline are merged field by field, the later one winning."""

    type_name: ClassVar[str] = "occurrence.edit"
    occurrence_id: str
    changes: dict[str, Any]
    before: dict[str, Any]
    add_tags: tuple[str, ...] = ()
    remove_tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class BulkEditDates(Command):
    """Tag, re-capacity, re-price... a selection of dates in one command: all or none."""

    type_name: ClassVar[str] = "occurrence.bulk_edit"
    occurrence_ids: tuple[str, ...]
    changes: dict[str, Any]
    add_tags: tuple[str, ...] = ()
    remove_tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class CancelDates(Command):
    """Cancel dates: no longer sold; their orders stay, listed for refunding."""

    type_name: ClassVar[str] = "occurrence.cancel"
    occurrence_ids: tuple[str, ...]
    reason: str = ""


# --- categories and price lists ------------------------------------------------------------


@dataclass(frozen=True)
class SaveCategory(Command):
    type_name: ClassVar[str] = "category.save"
    category_id: str
    code: str
    name_fr: str
    name_en: str = ""
    tags: tuple[str, ...] = ()
    accounting_account: str = ""
    active: bool = True
    position: int | None = None  # None: after the others
    created: bool = False


@dataclass(frozen=True)
class OrderCategories(Command):
    """The order of the categories on the counter (the first five on F1–F5)."""

    type_name: ClassVar[str] = "category.order"
    category_ids: tuple[str, ...]


@dataclass(frozen=True)
class SavePriceList(Command):
    """A price list with a price per category (cents; a category absent is not offered)."""

    type_name: ClassVar[str] = "price_list.save"
    price_list_id: str
    name: str
    prices: dict[str, int]
    tags: tuple[str, ...] = ()
    active: bool = True
    created: bool = False
    copied_from: str | None = None


@dataclass(frozen=True)
class DeletePriceList(Command):
    """Only a list nothing ever used: a list in use is withdrawn instead."""

    type_name: ClassVar[str] = "price_list.delete"
    price_list_id: str


# --- a season's programme ----------------------------------------------------------------------


@dataclass(frozen=True)
class ProgrammeEvent:
    """An event the programme names that is not known yet: created at its venue with its list."""

    event_id: str
    activity_id: str
    name: str
    venue_id: str
    price_list_id: str
    kind: str = "show"
    duration_minutes: int = 120  # its first row's length: the dates it gets later inherit it


@dataclass(frozen=True)
class ProgrammeDate:
    occurrence_id: str
    event_id: str
    starts_at: str
    ends_at: str
    capacity: int
    price_list_id: str | None = None  # None: the event's
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportProgramme(Command):
    """A season's programme (CSV or XLSX, checked line by line at the counter): every date
    goes in, or none."""

    type_name: ClassVar[str] = "programme.import"
    events: tuple[ProgrammeEvent, ...]
    dates: tuple[ProgrammeDate, ...]
    file_name: str = ""
