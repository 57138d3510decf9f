"""What the back-office windows show: plain frozen dataclasses, no ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from guichet.domain.auth import Role
from guichet.domain.commands_backoffice import EventDefaults


@dataclass(frozen=True)
class OrganisationSettings:
    id: str
    name: str
    address: str
    timezone: str
    lang: str  # fr | en
    gst_number: str
    qst_number: str
    gst_rate: Decimal  # a fraction: 0.05
    qst_rate: Decimal
    cash_increment: int
    receipt_header: str
    receipt_footer: str
    ticket_printing: str = "separate"  # "separate" | "combined" (guichet.services.printqueue)


@dataclass(frozen=True)
class StaffMember:
    id: str
    name: str
    role: Role
    active: bool
    locked_until: datetime | None
    worked: bool  # opened or closed a shift, sold or refunded: never deleted
    title_form: str = ""  # "feminine": « Caissière » (guichet.i18n.titles)

    def locked(self, now: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


@dataclass(frozen=True)
class HallView:
    id: str
    venue_id: str
    name: str
    capacity: int
    seat_map_id: str | None
    seat_map_name: str
    active: bool

    @property
    def seated(self) -> bool:
        return self.seat_map_id is not None


@dataclass(frozen=True)
class VenueView:
    id: str
    name: str
    address: str
    active: bool
    halls: tuple[HallView, ...] = ()
    events: int = 0


@dataclass(frozen=True)
class Choice:
    id: str
    name: str


@dataclass(frozen=True)
class EventView:
    id: str
    kind: str  # show | activity
    name: str  # French
    name_en: str  # "" falls back to the French name
    description: str
    tags: tuple[str, ...]
    venue_id: str
    venue_name: str
    hall_id: str | None
    hall_name: str
    price_list_id: str
    price_list_name: str
    programme_id: str
    programme_name: str
    accounting_account: str
    active: bool
    seated: bool
    defaults: EventDefaults
    allotment_size: int | None
    dates: int  # not cancelled
    next_date: datetime | None

    def display_name(self, lang: str) -> str:
        return self.name_en or self.name if lang == "en" else self.name


@dataclass(frozen=True)
class EventDraft:
    """What the event form sends: ``event_id`` None for a new event; ``programme_id`` None
    makes a programme named ``programme_name`` (or after the event)."""

    kind: str
    name: str
    venue_id: str
    price_list_id: str
    name_en: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    hall_id: str | None = None
    accounting_account: str = ""
    programme_id: str | None = None
    programme_name: str = ""
    defaults: EventDefaults = field(default_factory=EventDefaults)
    allotment_size: int | None = None
    active: bool = True
    event_id: str | None = None


@dataclass(frozen=True)
class DateView:
    id: str
    event_id: str
    event_name: str
    venue_name: str
    starts_at: datetime
    ends_at: datetime
    capacity: int
    sold: int
    reserved: int  # what reserves still hold
    held_back: int
    tags: tuple[str, ...]  # this date's own (its event's apply too)
    event_tags: tuple[str, ...]
    price_list_id: str | None  # this date's own list; None: its event's
    price_list_name: str  # the list it sells at
    alacarte_places: int
    alacarte_taken: int
    alacarte_price: int | None
    alacarte_pass_only: bool
    registration_opens_minutes: int | None
    registration_closes_minutes: int | None
    cancel_minutes: int | None
    cancelled: bool
    seated: bool

    @property
    def remaining(self) -> int:
        return max(self.capacity - self.sold - self.reserved - self.held_back, 0)

    def values(self) -> dict[str, Any]:
        """The editable fields as an edit command carries them (what the editor saw)."""
        return {
            "starts_at": self.starts_at.isoformat(),
            "ends_at": self.ends_at.isoformat(),
            "capacity": self.capacity,
            "price_list_id": self.price_list_id,
            "alacarte_places": self.alacarte_places,
            "alacarte_price": self.alacarte_price,
            "alacarte_pass_only": self.alacarte_pass_only,
            "registration_opens_minutes": self.registration_opens_minutes,
            "registration_closes_minutes": self.registration_closes_minutes,
            "cancel_minutes": self.cancel_minutes,
        }


@dataclass(frozen=True)
class RefundDue:
    """An order holding tickets of a cancelled date, to refund (it is never deleted)."""

    order_id: str
    order_code: str  # as printed
    receipt_number: int | None
    created_at: datetime
    customer: str
    tickets: int  # of these dates, not refunded yet
    total: int  # what those tickets cost, taxes included (cents)


@dataclass(frozen=True)
class CategoryView:
    id: str
    code: str
    name_fr: str
    name_en: str
    position: int
    tags: tuple[str, ...]
    accounting_account: str
    active: bool

    def name(self, lang: str) -> str:
        return self.name_en or self.name_fr if lang == "en" else self.name_fr


@dataclass(frozen=True)
class PriceListView:
    id: str
    name: str
    tags: tuple[str, ...]
    active: bool
    prices: dict[str, int]  # category id -> cents
    events: int  # events selling at it
    dates: int  # dates selling at it instead of their event's


@dataclass(frozen=True)
class TerminalView:
    id: str
    name: str
    profile: str
    venue_id: str | None
    venue_name: str
    this: bool  # the counter this runs on
    paired: bool  # sells through the central server's leases


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    person: str
    terminal: str
    entity: str
    entity_id: str
    action: str
    details: dict[str, Any]
