"""Tables of the terminal database (the server reuses them).

Identifiers of anything a command creates are UUID strings, so records made offline on
different counters never collide. Money columns are integer cents.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from guichet.models.base import Base, new_id, utcnow

ID = String(36)


class Organisation(Base):
    __tablename__ = "organisation"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64), default="America/Toronto")
    currency: Mapped[str] = mapped_column(String(3), default="CAD")
    locale: Mapped[str] = mapped_column(String(16), default="fr_CA")
    address: Mapped[str] = mapped_column(Text, default="")
    gst_number: Mapped[str] = mapped_column(String(40), default="")
    qst_number: Mapped[str] = mapped_column(String(40), default="")
    receipt_header: Mapped[str] = mapped_column(Text, default="")
    receipt_footer: Mapped[str] = mapped_column(Text, default="")
    cash_increment: Mapped[int] = mapped_column(Integer, default=5)
    # How tickets print on the thermal printer: "separate" (each its own job after the
    # receipt, cut apart) or "combined" (the receipt and its tickets on one strip).
    ticket_printing: Mapped[str] = mapped_column(
        String(12), default="separate", server_default="separate"
    )


class Tax(Base):
    __tablename__ = "tax"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    code: Mapped[str] = mapped_column(String(16))
    name_fr: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(80))
    rate: Mapped[Any] = mapped_column(Numeric(8, 6))
    included: Mapped[bool] = mapped_column(Boolean, default=False)
    registration: Mapped[str] = mapped_column(String(40), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (UniqueConstraint("organisation_id", "code"),)


class User(Base):
    __tablename__ = "user_account"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(nullable=True)
    # How the person's role title reads in French: "feminine" (« Caissière »), "masculine"
    # (« Caissier »), "" (not said: the masculine, as before the field). English has one form.
    title_form: Mapped[str] = mapped_column(String(12), default="", server_default="")
    __table_args__ = (CheckConstraint("role in ('owner','supervisor','cashier')", name="role"),)


class Terminal(Base):
    __tablename__ = "terminal"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    name: Mapped[str] = mapped_column(String(80))
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    # Counter profile ("guichet principal", "boutique"...): promotions may target some only.
    profile: Mapped[str] = mapped_column(String(80), default="")
    next_sequence: Mapped[int] = mapped_column(BigInteger, default=1)
    next_receipt_number: Mapped[int] = mapped_column(BigInteger, default=1)
    next_z_number: Mapped[int] = mapped_column(Integer, default=1)
    # A counter paired with the central server sells only the places leased to it
    # (allotments), so no count can be oversold while it is offline.
    escrowed: Mapped[bool] = mapped_column(Boolean, default=False)
    # The venue this counter stands in: shown in the server's list of counters.
    venue_id: Mapped[str | None] = mapped_column(ForeignKey("venue.id"), nullable=True)
    # Whose PIN hashes the server sends this counter (who may log in here offline), decided
    # on the server: "cashier" for a counter paired with a plain code (docs/SECURITY.md).
    login_roles: Mapped[str] = mapped_column(
        String(40), default="cashier,supervisor,owner", server_default="cashier,supervisor,owner"
    )


class Venue(Base):
    __tablename__ = "venue"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    # Withdrawn venues keep their history; no new event is set there.
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Hall(Base):
    """A room of a venue (salle): general admission with a capacity, or seated on a seat
    map (its capacity is then the number of seats)."""

    __tablename__ = "hall"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    venue_id: Mapped[str] = mapped_column(ForeignKey("venue.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    capacity: Mapped[int] = mapped_column(Integer, default=0)
    seat_map_id: Mapped[str | None] = mapped_column(ForeignKey("seat_map.id"), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    __table_args__ = (CheckConstraint("capacity >= 0", name="hall_capacity_not_negative"),)


class Activity(Base):
    __tablename__ = "activity"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")


class TicketCategory(Base):
    __tablename__ = "ticket_category"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    code: Mapped[str] = mapped_column(String(32))
    name_fr: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer, default=0)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Poste comptable: the reports total sales per account.
    accounting_account: Mapped[str] = mapped_column(String(40), default="")
    # A withdrawn category is no longer offered (its sales stay).
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    __table_args__ = (UniqueConstraint("organisation_id", "code"),)


class PriceList(Base):
    __tablename__ = "price_list"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    name: Mapped[str] = mapped_column(String(120))
    # Free words used by promotions' tag controls ("has tag X" / "has not tag X").
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    # A list in use is never deleted, only withdrawn: no new event or date takes it.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    prices: Mapped[list[Price]] = relationship(back_populates="price_list")


class Price(Base):
    __tablename__ = "price"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    price_list_id: Mapped[str] = mapped_column(ForeignKey("price_list.id"))
    category_id: Mapped[str] = mapped_column(ForeignKey("ticket_category.id"))
    amount: Mapped[int] = mapped_column(Integer)
    price_list: Mapped[PriceList] = relationship(back_populates="prices")
    __table_args__ = (
        UniqueConstraint("price_list_id", "category_id"),
        CheckConstraint("amount >= 0", name="amount_not_negative"),
    )


class Event(Base):
    __tablename__ = "event"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"))
    venue_id: Mapped[str] = mapped_column(ForeignKey("venue.id"))
    price_list_id: Mapped[str] = mapped_column(ForeignKey("price_list.id"))
    name: Mapped[str] = mapped_column(String(200))  # in French; name_en falls back to it
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Set when the event sells seats on this map instead of counts (reserved seating).
    seat_map_id: Mapped[str | None] = mapped_column(ForeignKey("seat_map.id"), nullable=True)
    # Places leased to each paired counter per occurrence; None: sized by recent sales.
    allotment_size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    name_en: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(12), default="show")  # show | activity
    hall_id: Mapped[str | None] = mapped_column(ForeignKey("hall.id"), nullable=True)
    accounting_account: Mapped[str] = mapped_column(String(40), default="")
    # Withdrawn: no longer offered at the counter nor given new dates; its history stays.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # What its new dates inherit (each date keeps its own copy, edited one by one or in bulk).
    duration_minutes: Mapped[int] = mapped_column(Integer, default=120)
    default_capacity: Mapped[int | None] = mapped_column(Integer, nullable=True)
    default_alacarte_places: Mapped[int] = mapped_column(Integer, default=0)
    default_alacarte_price: Mapped[int | None] = mapped_column(Integer, nullable=True)
    default_alacarte_pass_only: Mapped[bool] = mapped_column(Boolean, default=False)
    default_registration_opens_minutes: Mapped[int | None] = mapped_column(
        Integer, nullable=True
    )
    default_registration_closes_minutes: Mapped[int | None] = mapped_column(
        Integer, nullable=True
    )
    default_cancel_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    activity: Mapped[Activity] = relationship()
    venue: Mapped[Venue] = relationship()


class Occurrence(Base):
    __tablename__ = "occurrence"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    event_id: Mapped[str] = mapped_column(ForeignKey("event.id"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    capacity: Mapped[int] = mapped_column(Integer)
    # Maintained by the sale and refund handlers in the same transaction; `guichet check`
    # verifies it against the order lines.
    sold: Mapped[int] = mapped_column(Integer, default=0)
    # Places simply held back (no reserve): not for sale until released.
    held_back: Mapped[int] = mapped_column(Integer, default=0)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    # À la carte (issue 4): places counted apart from session places, booked one occurrence at
    # a time, paid at their own price or with a card or pass. Minutes count before the start.
    alacarte_places: Mapped[int] = mapped_column(Integer, default=0)
    alacarte_taken: Mapped[int] = mapped_column(Integer, default=0)
    alacarte_price: Mapped[int | None] = mapped_column(Integer, nullable=True)
    alacarte_pass_only: Mapped[bool] = mapped_column(Boolean, default=False)
    registration_opens_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    registration_closes_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    cancel_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Tags of this date (promotions' "events with tag X" match the event's and the date's).
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    # This date's price list when it differs from its event's (None: the event's).
    price_list_id: Mapped[str | None] = mapped_column(ForeignKey("price_list.id"), nullable=True)
    # When each field was last edited (ISO times): of two edits made offline, the later one
    # wins field by field, whichever reaches the server first.
    edited: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    event: Mapped[Event] = relationship()
    __table_args__ = (
        CheckConstraint("capacity >= 0", name="capacity_not_negative"),
        CheckConstraint(
            "alacarte_taken >= 0 and alacarte_taken <= alacarte_places", name="alacarte_bounds"
        ),
        CheckConstraint("sold >= 0", name="sold_not_negative"),
        Index("ix_occurrence_starts_at", "starts_at"),
    )


class CatalogueChange(Base):
    """The back office's history: who changed which venue, event, date, price list or person,
    when, and what. Ids come from the command, so the history replicates like its rows."""

    __tablename__ = "catalogue_change"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    terminal_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    __table_args__ = (
        Index("ix_catalogue_change_entity", "entity", "entity_id"),
        # Counters probe the latest change on every key pressed (pricing's catalogue version).
        Index("ix_catalogue_change_at", "at"),
    )


class Shift(Base):
    __tablename__ = "shift"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminal.id"))
    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"))
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    opening_float: Mapped[int] = mapped_column(Integer)
    closed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    closed_by_id: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"), nullable=True)
    counted_cash: Mapped[int | None] = mapped_column(Integer, nullable=True)
    counted_detail: Mapped[dict[str, int] | None] = mapped_column(JSON, nullable=True)
    expected_cash: Mapped[int | None] = mapped_column(Integer, nullable=True)
    z_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_shift_terminal_open", "terminal_id", "closed_at"),)


class Order(Base):
    __tablename__ = "sale_order"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminal.id"))
    shift_id: Mapped[str] = mapped_column(ForeignKey("shift.id"))
    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"))
    command_id: Mapped[str] = mapped_column(String(36), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    subtotal: Mapped[int] = mapped_column(BigInteger)
    net_total: Mapped[int] = mapped_column(BigInteger)
    tax_total: Mapped[int] = mapped_column(BigInteger)
    total: Mapped[int] = mapped_column(BigInteger)
    cash_rounding: Mapped[int] = mapped_column(Integer, default=0)
    refunded_total: Mapped[int] = mapped_column(BigInteger, default=0)
    status: Mapped[str] = mapped_column(String(24), default="paid")
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customer.id"), nullable=True)
    promotion_id: Mapped[str | None] = mapped_column(ForeignKey("promotion.id"), nullable=True)
    promo_code_id: Mapped[str | None] = mapped_column(ForeignKey("promo_code.id"), nullable=True)
    # Who received tickets drawn from a reserve: {"name", "email", "phone", "note"}.
    participant: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", order_by="OrderLine.position"
    )
    taxes: Mapped[list[OrderTax]] = relationship(order_by="OrderTax.position")
    payments: Mapped[list[Payment]] = relationship(
        back_populates="order", order_by="Payment.created_at"
    )
    __table_args__ = (Index("ix_sale_order_shift", "shift_id"),)


class OrderLine(Base):
    __tablename__ = "order_line"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    order_id: Mapped[str] = mapped_column(ForeignKey("sale_order.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # ticket | alacarte (a place à la carte at its own price) | card (a gift package or pass)
    kind: Mapped[str] = mapped_column(String(12), default="ticket")
    occurrence_id: Mapped[str | None] = mapped_column(ForeignKey("occurrence.id"), nullable=True)
    category_id: Mapped[str | None] = mapped_column(ForeignKey("ticket_category.id"), nullable=True)
    card_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    description: Mapped[str] = mapped_column(String(300), default="")
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(Integer)
    regular_unit_price: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Cents off the whole line (a cart-level promotion amount spread over the lines).
    discount: Mapped[int] = mapped_column(Integer, default=0)
    net_amount: Mapped[int] = mapped_column(BigInteger)
    tax_amount: Mapped[int] = mapped_column(BigInteger)
    total: Mapped[int] = mapped_column(BigInteger)
    tax_detail: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    refunded_quantity: Mapped[int] = mapped_column(Integer, default=0)
    # Set for tickets drawn from a capacity reserve: cancelling gives the place back to it.
    reserve_id: Mapped[str | None] = mapped_column(ForeignKey("reserve.id"), nullable=True)
    # Reserved seating: the seats of this line (ids of seat rows), in order.
    seat_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    order: Mapped[Order] = relationship(back_populates="lines")
    __table_args__ = (
        Index("ix_order_line_order", "order_id"),
        Index("ix_order_line_occurrence", "occurrence_id"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint(
            "refunded_quantity >= 0 and refunded_quantity <= quantity", name="refund_bounds"
        ),
    )


class OrderTax(Base):
    __tablename__ = "order_tax"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("sale_order.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(80))
    rate: Mapped[Any] = mapped_column(Numeric(8, 6))
    amount: Mapped[int] = mapped_column(BigInteger)
    __table_args__ = (UniqueConstraint("order_id", "position"),)


class Refund(Base):
    __tablename__ = "refund"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    order_id: Mapped[str] = mapped_column(ForeignKey("sale_order.id"), index=True)
    shift_id: Mapped[str] = mapped_column(ForeignKey("shift.id"), index=True)
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminal.id"))
    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"))
    supervisor_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"))
    command_id: Mapped[str] = mapped_column(String(36), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    net_amount: Mapped[int] = mapped_column(BigInteger)
    tax_amount: Mapped[int] = mapped_column(BigInteger)
    total: Mapped[int] = mapped_column(BigInteger)  # positive: what went back to the customer
    cash_rounding: Mapped[int] = mapped_column(Integer, default=0)
    tax_detail: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    reason: Mapped[str] = mapped_column(Text, default="")
    lines: Mapped[list[RefundLineRow]] = relationship(back_populates="refund")
    order: Mapped[Order] = relationship()


class RefundLineRow(Base):
    __tablename__ = "refund_line"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    refund_id: Mapped[str] = mapped_column(ForeignKey("refund.id"), index=True)
    order_line_id: Mapped[str] = mapped_column(ForeignKey("order_line.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    net_amount: Mapped[int] = mapped_column(BigInteger)
    tax_amount: Mapped[int] = mapped_column(BigInteger)
    total: Mapped[int] = mapped_column(BigInteger)
    tax_detail: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    refund: Mapped[Refund] = relationship(back_populates="lines")
    __table_args__ = (UniqueConstraint("refund_id", "order_line_id"),)


class Payment(Base):
    """Money in (positive) or out (negative, for refunds)."""

    __tablename__ = "payment"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    order_id: Mapped[str] = mapped_column(ForeignKey("sale_order.id"))
    shift_id: Mapped[str] = mapped_column(ForeignKey("shift.id"))
    refund_id: Mapped[str | None] = mapped_column(ForeignKey("refund.id"), nullable=True)
    method: Mapped[str] = mapped_column(String(16))
    amount: Mapped[int] = mapped_column(BigInteger)
    tendered: Mapped[int] = mapped_column(BigInteger)
    change: Mapped[int] = mapped_column(BigInteger, default=0)
    reference: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    order: Mapped[Order] = relationship(back_populates="payments")
    refund: Mapped[Refund | None] = relationship()
    __table_args__ = (
        Index("ix_payment_order", "order_id"),
        Index("ix_payment_shift", "shift_id"),
    )


class Receipt(Base):
    """A numbered document handed to the customer: gap-free per terminal."""

    __tablename__ = "receipt"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminal.id"))
    number: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(16))  # sale | refund
    order_id: Mapped[str] = mapped_column(ForeignKey("sale_order.id"), index=True)
    refund_id: Mapped[str | None] = mapped_column(ForeignKey("refund.id"), nullable=True)
    shift_id: Mapped[str] = mapped_column(ForeignKey("shift.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    reprints: Mapped[int] = mapped_column(Integer, default=0)
    # Relationships also tell the unit of work to insert the order before its receipt.
    order: Mapped[Order] = relationship()
    refund: Mapped[Refund | None] = relationship()
    __table_args__ = (UniqueConstraint("terminal_id", "number"),)


class OutboxEntry(Base):
    """The command log of this terminal: appended in the same transaction as its effects."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    command_id: Mapped[str] = mapped_column(String(36), unique=True)
    command_type: Mapped[str] = mapped_column(String(64))
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminal.id"))
    sequence: Mapped[int] = mapped_column(BigInteger)
    occurred_at: Mapped[datetime]
    user_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    pushed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # The server's answer once pushed: accepted | rejected | conflict, and why.
    push_status: Mapped[str] = mapped_column(String(16), default="")
    push_reason: Mapped[str] = mapped_column(String(64), default="")
    #: The receipt and Z numbers the command consumed here (guichet.domain.numbering), sent
    #: with it: the server follows them whatever its verdict (docs/SYNC.md).
    numbers: Mapped[dict[str, int] | None] = mapped_column(JSON, nullable=True)
    __table_args__ = (UniqueConstraint("terminal_id", "sequence"),)


class PrintJob(Base):
    """A document waiting for (or sent to) the receipt printer.

    Jobs are created in the sale's transaction, so a printer that is off never loses a
    receipt: it stays ``pending`` or ``failed`` with the printer's error until reprinted.
    """

    __tablename__ = "print_job"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminal.id"))
    kind: Mapped[str] = mapped_column(String(16))  # receipt | zreport
    receipt_id: Mapped[str | None] = mapped_column(ForeignKey("receipt.id"), nullable=True)
    shift_id: Mapped[str | None] = mapped_column(ForeignKey("shift.id"), nullable=True)
    # What a "card" or "booking" job prints (a card's or a booking's id).
    subject_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    printed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    receipt: Mapped[Receipt | None] = relationship()
    __table_args__ = (Index("ix_print_job_status", "terminal_id", "status"),)


class Customer(Base):
    """A customer the counter can look up (by name, phone, email or code)."""

    __tablename__ = "customer"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    newsletter: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    __table_args__ = (
        Index("ix_customer_name", "name"),
        Index("ix_customer_phone", "phone"),
        Index("ix_customer_email", "email"),
    )


class Promotion(Base):
    """An offer (offre promotionnelle): effect, validity, quotas, targeting, codes.

    The rules live in guichet.domain.promotions; ``rules`` holds the targeting, per-target
    quotas and restrictions as the JSON form of the domain dataclasses.
    """

    __tablename__ = "promotion"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    name_fr: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    description_fr: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    effect_kind: Mapped[str] = mapped_column(String(24))
    effect_percent: Mapped[Any] = mapped_column(Numeric(7, 4), nullable=True)
    effect_amount: Mapped[int | None] = mapped_column(Integer, nullable=True)
    effect_price_list_id: Mapped[str | None] = mapped_column(
        ForeignKey("price_list.id"), nullable=True
    )
    starts_on: Mapped[Any] = mapped_column(Date, nullable=True)
    expires_on: Mapped[Any] = mapped_column(Date, nullable=True)
    max_tickets: Mapped[int | None] = mapped_column(Integer, nullable=True)
    max_tickets_per_order: Mapped[int | None] = mapped_column(Integer, nullable=True)
    automatic: Mapped[bool] = mapped_column(Boolean, default=False)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    rules: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Maintained by the sale, refund and hold handlers in the same transaction.
    orders_used: Mapped[int] = mapped_column(Integer, default=0)
    tickets_used: Mapped[int] = mapped_column(Integer, default=0)
    target_usage: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    ever_used: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    codes: Mapped[list[PromoCode]] = relationship(back_populates="promotion")


class PromoCode(Base):
    __tablename__ = "promo_code"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    promotion_id: Mapped[str] = mapped_column(ForeignKey("promotion.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    # Normalised (upper case, no spaces or dashes): the unique index makes a look-up among
    # a million codes one B-tree probe.
    code: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))  # custom | random
    max_uses: Mapped[int | None] = mapped_column(Integer, nullable=True)
    used_orders: Mapped[int] = mapped_column(Integer, default=0)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    promotion: Mapped[Promotion] = relationship(back_populates="codes")
    __table_args__ = (UniqueConstraint("organisation_id", "code"),)


class PromoHold(Base):
    """Tickets of an open (unpaid) cart counted against a promotion's quotas until the cart
    is paid, cleared or abandoned (``expires_at``)."""

    __tablename__ = "promo_hold"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    promotion_id: Mapped[str] = mapped_column(ForeignKey("promotion.id"), index=True)
    code_id: Mapped[str | None] = mapped_column(ForeignKey("promo_code.id"), nullable=True)
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminal.id"))
    tickets: Mapped[int] = mapped_column(Integer)
    target_tickets: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    released_at: Mapped[datetime | None] = mapped_column(nullable=True)


class PromotionChange(Base):
    """The history of a promotion: who changed what, when."""

    __tablename__ = "promotion_change"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    promotion_id: Mapped[str] = mapped_column(ForeignKey("promotion.id"), index=True)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    action: Mapped[str] = mapped_column(String(32))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Reserve(Base):
    """A capacity reserve (réserve de capacité): places set aside for a group."""

    __tablename__ = "reserve"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16))  # without_access | with_access
    category_id: Mapped[str | None] = mapped_column(ForeignKey("ticket_category.id"), nullable=True)
    access: Mapped[str] = mapped_column(String(16), default="all_users")
    user_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReserveQuantityRow(Base):
    __tablename__ = "reserve_quantity"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    occurrence_id: Mapped[str] = mapped_column(ForeignKey("occurrence.id"))
    reserve_id: Mapped[str] = mapped_column(ForeignKey("reserve.id"))
    held: Mapped[int] = mapped_column(Integer, default=0)
    drawn: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (
        UniqueConstraint("occurrence_id", "reserve_id"),
        CheckConstraint("drawn >= 0 and drawn <= held", name="drawn_within_held"),
        Index("ix_reserve_quantity_occurrence", "occurrence_id"),
    )


class ReserveChangeRow(Base):
    """The reserves history: who, when, what, before and after."""

    __tablename__ = "reserve_change"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    occurrence_id: Mapped[str] = mapped_column(ForeignKey("occurrence.id"), index=True)
    reserve_id: Mapped[str | None] = mapped_column(ForeignKey("reserve.id"), nullable=True)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    action: Mapped[str] = mapped_column(String(24))
    held_before: Mapped[int] = mapped_column(Integer, default=0)
    held_after: Mapped[int] = mapped_column(Integer, default=0)
    drawn_before: Mapped[int] = mapped_column(Integer, default=0)
    drawn_after: Mapped[int] = mapped_column(Integer, default=0)
    quantity: Mapped[int] = mapped_column(Integer, default=0)
    order_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SeatMapRow(Base):
    """A venue's seat map (plan de salle)."""

    __tablename__ = "seat_map"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    venue_id: Mapped[str] = mapped_column(ForeignKey("venue.id"))
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SeatRow(Base):
    __tablename__ = "seat"
    id: Mapped[str] = mapped_column(String(120), primary_key=True)  # map id + "/" + seat key
    seat_map_id: Mapped[str] = mapped_column(ForeignKey("seat_map.id"), index=True)
    section: Mapped[str] = mapped_column(String(60))
    row: Mapped[str] = mapped_column(String(10))
    number: Mapped[str] = mapped_column(String(10))
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    accessible: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class OccurrenceSeat(Base):
    """A seat that is not free for one occurrence (free seats have no row)."""

    __tablename__ = "occurrence_seat"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    occurrence_id: Mapped[str] = mapped_column(ForeignKey("occurrence.id"))
    seat_id: Mapped[str] = mapped_column(ForeignKey("seat.id"))
    state: Mapped[str] = mapped_column(String(16))  # in_cart | sold | held | blocked
    cart_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    order_line_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    participant: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(String(200), default="")
    expires_at: Mapped[datetime | None] = mapped_column(nullable=True)
    __table_args__ = (
        UniqueConstraint("occurrence_id", "seat_id"),
        Index("ix_occurrence_seat_occurrence", "occurrence_id"),
    )


class CustomerMember(Base):
    """A member of a customer account (the holder, a child, a partner...)."""

    __tablename__ = "customer_member"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    birth_date: Mapped[Any] = mapped_column(Date, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CardType(Base):
    """A gift package (forfait cadeau) or a pass type (type de laissez-passer)."""

    __tablename__ = "card_type"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    kind: Mapped[str] = mapped_column(String(12))  # package | pass
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    price: Mapped[int] = mapped_column(Integer)
    uses: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None: unlimited
    starts_on: Mapped[Any] = mapped_column(Date, nullable=True)
    expires_on: Mapped[Any] = mapped_column(Date, nullable=True)
    valid_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    activity_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    all_activities: Mapped[bool] = mapped_column(Boolean, default=False)
    exclusive: Mapped[bool] = mapped_column(Boolean, default=False)
    family: Mapped[bool] = mapped_column(Boolean, default=False)
    cancellable: Mapped[bool] = mapped_column(Boolean, default=True)
    # Served to the online shop by the server (issue 6): published, in these shop categories.
    published: Mapped[bool] = mapped_column(Boolean, default=False)
    shop_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # offered at the counter
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Card(Base):
    """A card or pass a customer holds, with the terms in force when it was sold."""

    __tablename__ = "card"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    card_type_id: Mapped[str] = mapped_column(ForeignKey("card_type.id"))
    # Normalised (upper case, no dashes): one B-tree probe among millions at the scan.
    code: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(12))  # inactive | active | blocked | void
    terms: Mapped[dict[str, Any]] = mapped_column(JSON)
    # Copied out of ``terms`` so the cards list filters on it with an index.
    expires_on: Mapped[Any] = mapped_column(Date, nullable=True)
    uses_taken: Mapped[int] = mapped_column(Integer, default=0)
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customer.id"), nullable=True)
    member_id: Mapped[str | None] = mapped_column(String(36), nullable=True)  # individual pass
    holder_name: Mapped[str] = mapped_column(String(200), default="")
    batch: Mapped[str | None] = mapped_column(String(36), nullable=True)  # generated lot
    order_line_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    activated_at: Mapped[datetime | None] = mapped_column(nullable=True)
    status_note: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (
        UniqueConstraint("organisation_id", "code"),
        Index("ix_card_type_status", "card_type_id", "status"),
        Index("ix_card_customer", "customer_id"),
        CheckConstraint("uses_taken >= 0", name="uses_taken_not_negative"),
    )


class Booking(Base):
    """A place à la carte (or a session place) booked for one person with a card or pass."""

    __tablename__ = "booking"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    occurrence_id: Mapped[str] = mapped_column(ForeignKey("occurrence.id"), index=True)
    card_id: Mapped[str] = mapped_column(ForeignKey("card.id"), index=True)
    member_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    participant: Mapped[str] = mapped_column(String(200), default="")
    place_kind: Mapped[str] = mapped_column(String(12))  # alacarte | session
    status: Mapped[str] = mapped_column(String(12), default="booked")  # booked|used|cancelled
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminal.id"))
    user_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    command_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    used_at: Mapped[datetime | None] = mapped_column(nullable=True)
    cancelled_at: Mapped[datetime | None] = mapped_column(nullable=True)
    cancelled_by: Mapped[str | None] = mapped_column(String(36), nullable=True)


# --- central server (issue 6): devices, pairing, applied commands, change log ---------------


class DeviceToken(Base):
    """A paired counter's credential on the server: only a hash of its token is kept."""

    __tablename__ = "device_token"
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminal.id"), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column(nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(nullable=True)


class PairingCode(Base):
    """A one-time code a supervisor gives a new counter (hashed: it is a password)."""

    __tablename__ = "pairing_code"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    # None: an adoption code for an empty server (a standalone counter brings its data).
    organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisation.id"), nullable=True
    )
    created_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None] = mapped_column(nullable=True)
    terminal_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    # The counter it pairs gets these login roles (Terminal.login_roles).
    login_roles: Mapped[str] = mapped_column(
        String(40), default="cashier", server_default="cashier"
    )


class PeopleSecret(Base):
    """The server's keys for an organisation's people (server-only, never replicated): the
    pepper a paired counter keeps in its keyring, and the key grants are derived from."""

    __tablename__ = "people_secret"
    organisation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    pepper: Mapped[str] = mapped_column(String(64))
    signing_key: Mapped[str] = mapped_column(String(64))


class PersonGuard(Base):
    """The server's lock-out of a person's PIN checked online (server-only): each lock-out
    doubles the next one, up to a day."""

    __tablename__ = "person_guard"
    user_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    lockouts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(nullable=True)


class AppliedCommand(Base):
    """Every command the server has answered, by its uuid: a repeat gets the first answer."""

    __tablename__ = "applied_command"
    command_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminal.id"))
    sequence: Mapped[int] = mapped_column(BigInteger)
    command_type: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))  # accepted | rejected | conflict
    reason: Mapped[str] = mapped_column(String(64), default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: The two clocks (issue 21, part 10): the server's when it received and answered the
    #: command, the counter's when it recorded it (None on rows from before migration 0020).
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)
    occurred_at: Mapped[datetime | None] = mapped_column(nullable=True)
    __table_args__ = (UniqueConstraint("terminal_id", "sequence"),)


class ChangeLogEntry(Base):
    """What changed on the server, in order: counters pull it from their cursor."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    organisation_id: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(40))  # a table name
    entity_id: Mapped[str] = mapped_column(String(120))
    op: Mapped[str] = mapped_column(String(8))  # upsert | delete
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    __table_args__ = (Index("ix_change_log_org_id", "organisation_id", "id"),)


class ChangeCounter(Base):
    """A counter's local change counters (migration 0013): ``promotions`` is raised by SQLite
    triggers on every change of a promotion's definition or a code's ``enabled``, however it
    was written (a handler, or rows pulled from the server). The price cache keys on it.
    Never replicated."""

    __tablename__ = "change_counter"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class SyncState(Base):
    """A counter's sync bookkeeping (server URL, pull cursor, last success): key -> JSON."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Allotment(Base):
    """A share of a finite count leased to one paired counter (escrow): the counter uses it
    offline without asking; the server never gives it to anyone else.

    ``places`` / ``alacarte``: places of an occurrence; ``reserve``: the quantity of the
    reserve ``subject_id`` for an occurrence; ``promotion``: the ticket quota of the promotion
    ``subject_id`` (no occurrence). The id derives from the four (see domain.escrow)."""

    __tablename__ = "allotment"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # from terminal+kind+...
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminal.id"))
    kind: Mapped[str] = mapped_column(String(12))  # places | alacarte | reserve | promotion
    occurrence_id: Mapped[str | None] = mapped_column(ForeignKey("occurrence.id"), nullable=True)
    # The reserve or the promotion (no foreign key: it names one or the other).
    subject_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    granted: Mapped[int] = mapped_column(Integer, default=0)
    used: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    __table_args__ = (
        Index("ix_allotment_occurrence", "occurrence_id", "kind"),
        Index("ix_allotment_subject", "subject_id", "kind"),
        CheckConstraint("used >= 0 and used <= granted", name="used_within_granted"),
    )


class LeaseRequest(Base):
    """A lease call already answered (releases are applied once by their request id)."""

    __tablename__ = "lease_request"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminal.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class Conflict(Base):
    """Something a counter did offline that the server could not escrow (a card used up
    elsewhere meanwhile): applied anyway, recorded here for a supervisor to resolve."""

    __tablename__ = "sync_conflict"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminal.id"))
    user_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    command_id: Mapped[str] = mapped_column(String(36), index=True)
    command_type: Mapped[str] = mapped_column(String(64))
    occurred_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    card_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    booking_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    order_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | resolved
    resolution: Mapped[str] = mapped_column(String(24), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    resolved_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- tickets and the door (issue 17) ---------------------------------------------------------


class Ticket(Base):
    """One admission: born with its order line (or a card booking), voided by a refund, a
    cancellation or an exchange. Its code is derived from the order's (domain/tickets.py)."""

    __tablename__ = "ticket"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    order_id: Mapped[str | None] = mapped_column(ForeignKey("sale_order.id"), nullable=True)
    order_line_id: Mapped[str | None] = mapped_column(
        ForeignKey("order_line.id"), nullable=True, index=True
    )
    booking_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    rank: Mapped[int] = mapped_column(Integer)  # 1-based, within its line (or booking)
    occurrence_id: Mapped[str] = mapped_column(ForeignKey("occurrence.id"), index=True)
    category_id: Mapped[str | None] = mapped_column(
        ForeignKey("ticket_category.id"), nullable=True
    )
    # A seat row id: the map id, "/", the seat key (seat.id is 120 characters).
    seat_id: Mapped[str | None] = mapped_column(String(120), nullable=True)
    holder: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(12), default="valid")  # domain TicketStatus
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    voided_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # An exchange: the ticket that replaced this one (for another date).
    replaced_by: Mapped[str | None] = mapped_column(String(36), nullable=True)


class CheckInList(Base):
    """What a door admits (dates of some events, some categories, from N minutes before)."""

    __tablename__ = "check_in_list"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    name: Mapped[str] = mapped_column(String(80))
    event_ids: Mapped[list[str]] = mapped_column(JSON, default=list)  # empty: every event
    category_ids: Mapped[list[str]] = mapped_column(JSON, default=list)  # empty: every one
    minutes_before: Mapped[int | None] = mapped_column(Integer, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CheckIn(Base):
    """A scan at a door: an entry (``admitted``) or a refused attempt, kept either way. Two
    doors offline may both admit one ticket: both entries stay, and the server records the
    double entry as a conflict (the person is inside: never refused after the fact)."""

    __tablename__ = "check_in"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminal.id"))
    user_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    command_id: Mapped[str] = mapped_column(String(36), unique=True)
    ticket_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    occurrence_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    list_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    code: Mapped[str] = mapped_column(String(64), default="")  # as read (normalised)
    verdict: Mapped[str] = mapped_column(String(16))
    admitted: Mapped[bool] = mapped_column(Boolean, default=False)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    __table_args__ = (
        Index("ix_check_in_ticket", "ticket_id", "admitted"),
        Index("ix_check_in_occurrence", "occurrence_id", "admitted"),
    )


class RateLimit(Base):
    """The server's request budgets (issue 21, part 4): one token bucket per route and
    caller, in the database so that every server process draws from the same one
    (guichet/server/ratelimit.py). Never replicated."""

    __tablename__ = "rate_limit"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)  # route:who
    tokens: Mapped[float] = mapped_column(Float)
    stamp: Mapped[float] = mapped_column(Float)  # seconds since the epoch, last refill
