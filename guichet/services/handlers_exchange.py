"""Exchanges: admissions of a paid order moved to another date of the same event.

« Je voudrais venir mardi plutôt que samedi »: the old tickets become ``exchanged`` (the door
then says ANNULÉ) and point to their replacement; new tickets are issued for the new date,
on the same order line, with the same category, holder and rank; the places go back to the old
date and are taken on the new one (from this counter's allotment when it is paired). On a
seated show the old tickets' seats are freed on their date and the seats chosen on the new date
(one per ticket, free, on the event's map) are taken for the new tickets. No money moves:
the order's lines stay as sold, so an exchange whose price would differ is refused (refund
and sell again). The rules are written in docs/TICKETS.md, "Exchanges".

The counter and the server run this same handler: the new tickets' ids come from the
command's id (:func:`guichet.models.base.ids_from`) and their codes from the exchange's id, a
uuid4 the counter drew at random, so both issue the same tickets.

The second half of the module is what the exchange window reads (an order's admissions and
the dates they may move to), and :func:`places_by_date`, which tells a refund on which dates
a line's refunded admissions stand now.
"""

from __future__ import annotations

import uuid
from collections import Counter as Tally
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from guichet.domain import bearer, overrides
from guichet.domain.auth import Role
from guichet.domain.codes import display
from guichet.domain.commands import ExchangeTickets
from guichet.domain.errors import DomainError
from guichet.domain.escrow import PLACES
from guichet.domain.money import Cents
from guichet.domain.seating import SeatState, make_seat, seat_labels
from guichet.domain.tickets import TicketStatus, ticket_code
from guichet.models.base import new_id
from guichet.models.tables import (
    Allotment,
    CatalogueChange,
    CheckIn,
    Event,
    Occurrence,
    OccurrenceSeat,
    Order,
    OrderLine,
    Price,
    SeatRow,
    Terminal,
    Ticket,
    TicketCategory,
    User,
)
from guichet.services import escrow
from guichet.services.authority import approver_role
from guichet.services.backoffice_rules import record
from guichet.services.context import HandlerContext
from guichet.services.handlers_seating import load_inventory, load_seat_map
from guichet.services.places import general_available, reserved_places

#: The most admissions one exchange moves (a group's tickets fit well within it).
MAX_TICKETS = 100
MAX_REASON = 200
#: The history line of an exchange (``catalogue_change``: entity ``order``).
HISTORY_ACTION = "exchange"


@dataclass(frozen=True)
class ExchangeRecorded:
    exchange_id: str
    order_id: str
    new_occurrence_id: str
    ticket_ids: tuple[str, ...]  # the new tickets, in the order of the old ones given
    replaced: tuple[str, ...]  # the old tickets, voided


def exchange_tickets(ctx: HandlerContext, cmd: ExchangeTickets) -> ExchangeRecorded:
    ctx.require_role(Role.CASHIER, Role.SUPERVISOR, Role.OWNER)
    session = ctx.session
    org_id = ctx.terminal.organisation_id
    try:
        uuid.UUID(cmd.exchange_id)
    except (ValueError, AttributeError, TypeError):
        raise DomainError("malformed_command", detail="exchange_id") from None
    wanted = list(dict.fromkeys(cmd.ticket_ids))
    if not wanted:
        raise DomainError("exchange_nothing")
    if len(wanted) > MAX_TICKETS:
        raise DomainError("exchange_too_many", maximum=MAX_TICKETS)
    reason = cmd.reason.strip()
    if len(reason) > MAX_REASON:
        raise DomainError("text_too_long", field="reason", length=len(reason), maximum=MAX_REASON)

    found = {
        t.id: t
        for t in session.scalars(select(Ticket).where(Ticket.id.in_(wanted)).with_for_update())
    }
    tickets: list[Ticket] = []
    for ticket_id in wanted:
        ticket = found.get(ticket_id)
        if ticket is None or ticket.organisation_id != org_id:
            raise DomainError("unknown_ticket", ticket=ticket_id[:40])
        tickets.append(ticket)

    # The dates it touches, locked in id order (so two exchanges, or an exchange and a sale,
    # serialise on the places they share and never deadlock) unless this counter is paired:
    # it then counts on its own allotments, as a sale does (escrow.lock_unless_escrowed).
    occurrence_ids = sorted({t.occurrence_id for t in tickets} | {cmd.new_occurrence_id})
    occurrences = {
        occ.id: occ
        for occ in session.scalars(
            escrow.lock_unless_escrowed(
                ctx, select(Occurrence).where(Occurrence.id.in_(occurrence_ids))
            ).order_by(Occurrence.id)
        )
    }
    new = occurrences.get(cmd.new_occurrence_id)
    event = session.get(Event, new.event_id) if new is not None else None
    if new is None or event is None or event.organisation_id != org_id:
        raise DomainError("unknown_occurrence", occurrence=cmd.new_occurrence_id[:40])

    order_ids = {t.order_id for t in tickets}
    for ticket in tickets:
        _check_ticket(ctx, ticket, occurrences[ticket.occurrence_id], new, event)
    if len(order_ids) != 1:
        raise DomainError("exchange_one_order")
    order = session.get(Order, tickets[0].order_id)
    assert order is not None  # a ticket's order is never deleted

    if new.cancelled:
        ctx.refuse(DomainError("occurrence_cancelled", occurrence=new.id))
    if overrides.has_ended(new.ends_at, ctx.now):
        raise DomainError("exchange_new_date_ended", ends_at=new.ends_at.isoformat())
    moved_from = sorted({t.occurrence_id for t in tickets})
    lifted = _old_dates_open(ctx, cmd, [occurrences[i] for i in moved_from])
    _check_prices(ctx, tickets, new, event)

    # The places: back to the old dates (to this counter's allotment when it is paired, as a
    # refund gives them back), then taken on the new one (general availability, or this
    # counter's allotment), refused in words when it is full.
    for occurrence_id, count in sorted(Tally(t.occurrence_id for t in tickets).items()):
        escrow.unsell_places(ctx, occurrences[occurrence_id], PLACES, count)
    general = general_available(new, reserved_places(session, [new.id]).get(new.id, 0))
    escrow.sell_places(ctx, new, PLACES, len(tickets), general)
    # Seats last: every other refusal comes first, so a counter asking with no seats yet
    # learns whether the exchange would go through before the cashier picks them.
    seats = _move_seats(ctx, cmd.seat_ids, tickets, new, event)

    issued: list[str] = []
    for position, old in enumerate(tickets):
        replacement = Ticket(
            id=new_id(),
            # Derived from the exchange's id (a uuid4 the counter drew) and the old ticket:
            # the server replaying the command writes the same code, and nobody can guess it.
            code=ticket_code(cmd.exchange_id, old.id, 1),
            organisation_id=org_id,
            order_id=old.order_id,
            order_line_id=old.order_line_id,
            booking_id=None,
            # The same rank as the ticket it replaces: a later refund of the line voids its
            # last ranks, whichever date they stand on now (tickets.void_line_tickets).
            rank=old.rank,
            occurrence_id=new.id,
            category_id=old.category_id,
            seat_id=seats[position] if seats else None,
            holder=old.holder,
            status=TicketStatus.VALID.value,
            created_at=ctx.now,
        )
        session.add(replacement)
        old.status = TicketStatus.EXCHANGED.value
        old.voided_at = ctx.now
        old.replaced_by = replacement.id
        issued.append(replacement.id)

    details: dict[str, object] = {
        "exchange_id": cmd.exchange_id,
        "tickets": [t.id for t in tickets],
        "new_tickets": issued,
        "from_occurrences": moved_from,
        "to_occurrence": new.id,
        "count": len(tickets),
        "reason": reason,
    }
    if seats:
        details["from_seats"] = [t.seat_id for t in tickets]
        details["seats"] = seats
    if lifted:
        details.update(
            rule=overrides.DATE_ENDED,
            occurrences=lifted,
            supervisor_id=cmd.override_by,
            override_reason=cmd.override_reason.strip(),
        )
    record(ctx, "order", order.id, HISTORY_ACTION, **details)
    return ExchangeRecorded(
        cmd.exchange_id, order.id, new.id, tuple(issued), tuple(t.id for t in tickets)
    )


def _check_ticket(
    ctx: HandlerContext, ticket: Ticket, old: Occurrence, new: Occurrence, event: Event
) -> None:
    """What makes one admission impossible to exchange, in words."""
    code = display(ticket.code)
    if ticket.order_id is None or ticket.order_line_id is None:
        raise DomainError("exchange_booking", ticket=code)
    if ticket.status != TicketStatus.VALID.value:
        raise DomainError("ticket_not_exchangeable", ticket=code, status=ticket.status)
    if old.event_id != new.event_id:
        other = ctx.session.get(Event, old.event_id)
        raise DomainError(
            "exchange_other_event",
            event=other.name if other else "",
            event_en=other.name_en if other else "",
        )
    if old.id == new.id:
        raise DomainError("exchange_same_date", ticket=code)
    line = ctx.session.get(OrderLine, ticket.order_line_id)
    assert line is not None
    blocked = line_blocks_exchange(line)
    if blocked:
        raise DomainError(blocked, ticket=code, event=event.name, event_en=event.name_en)
    entry = ctx.session.scalar(
        select(func.min(CheckIn.occurred_at)).where(
            CheckIn.ticket_id == ticket.id, CheckIn.admitted.is_(True)
        )
    )
    if entry is not None:
        raise DomainError("ticket_already_used", ticket=code, at=entry.isoformat())


def line_blocks_exchange(line: OrderLine) -> str:
    """The refusal code of an admission whose kind is not exchanged here ("" when it is):
    a place à la carte (priced by the date, not by a category), a ticket drawn from a
    reserve (the reserve's count is per date: cancel the draw and draw again)."""
    if line.kind != "ticket":
        return "exchange_alacarte"
    if line.reserve_id is not None:
        return "exchange_reserve"
    return ""


def _move_seats(
    ctx: HandlerContext,
    seat_ids: Sequence[str],
    tickets: Sequence[Ticket],
    new: Occurrence,
    event: Event,
) -> list[str]:
    """A seated show: the seats chosen on the new date, one per ticket in their order, are
    checked as a seated sale checks them (on the event's map, free on that date) and taken
    for the tickets' lines; the old tickets' seats are freed on their dates (only theirs: a
    seat another order holds stays its). Returns the new seats ([] for general admission)."""
    seats = list(seat_ids)
    if event.seat_map_id is None:
        if seats:
            raise DomainError("not_seated", event=event.name)
        return []
    if len(seats) != len(tickets) or len(set(seats)) != len(seats):
        raise DomainError("exchange_seats_count", tickets=len(tickets), seats=len(set(seats)))
    # Only the chosen seats: seat_unknown for one the map does not have.
    seat_map = load_seat_map(ctx.session, event.seat_map_id, only=seats)
    inventory = load_inventory(ctx.session, new.id, seat_map, now=ctx.now, partial=True)
    inventory.sell_direct(seats)  # seat_taken names the first that is not free, in words

    for ticket in tickets:
        if ticket.seat_id is not None:
            ctx.session.execute(
                delete(OccurrenceSeat).where(
                    OccurrenceSeat.occurrence_id == ticket.occurrence_id,
                    OccurrenceSeat.seat_id == ticket.seat_id,
                    OccurrenceSeat.order_line_id == ticket.order_line_id,
                    OccurrenceSeat.state == SeatState.SOLD.value,
                )
            )
    # A seat free because its cart's hold ran out still has its row: it goes first.
    ctx.session.execute(
        delete(OccurrenceSeat).where(
            OccurrenceSeat.occurrence_id == new.id, OccurrenceSeat.seat_id.in_(seats)
        )
    )
    ctx.session.flush()
    for ticket, seat_id in zip(tickets, seats, strict=True):
        ctx.session.add(
            OccurrenceSeat(
                occurrence_id=new.id,
                seat_id=seat_id,
                state=SeatState.SOLD.value,
                order_line_id=ticket.order_line_id,
            )
        )
    return seats


def _old_dates_open(
    ctx: HandlerContext, cmd: ExchangeTickets, dates: Sequence[Occurrence]
) -> list[str]:
    """The old dates that have ended (an override was needed and given for them). A date
    that has ended is exchanged only with a supervisor's override, as it is sold only with
    one (:func:`guichet.services.handlers.ensure_dates_open`)."""
    override = (
        overrides.Override(cmd.override_by, cmd.override_reason)
        if cmd.override_by is not None
        else None
    )
    role: Role | None = None
    if override is not None:
        supervisor = ctx.session.get(User, override.supervisor_id)
        if supervisor is not None and supervisor.active:
            role = approver_role(ctx, supervisor)
    lifted: list[str] = []
    for occ in dates:
        try:
            if overrides.ensure_date_open(
                occ.id, occ.ends_at, ctx.now, override=override, supervisor_role=role
            ):
                lifted.append(occ.id)
        except DomainError as error:
            if error.code != overrides.DATE_ENDED:
                raise
            # The exchange's own words: the sale's say « ni vente ni tirage ».
            raise DomainError(
                "exchange_date_ended", occurrence=occ.id, ends_at=occ.ends_at.isoformat()
            ) from None
    return lifted


def _check_prices(
    ctx: HandlerContext, tickets: Sequence[Ticket], new: Occurrence, event: Event
) -> None:
    """The new date's list price of each ticket's category is what the customer was charged
    for it (the line's regular price: a promotion's discount stays as it was given). Money
    stays out of exchanges: any difference is refused (refund, then sell again)."""
    prices = date_prices(ctx.session, new.price_list_id or event.price_list_id)
    lines = {
        line.id: line
        for line in ctx.session.scalars(
            select(OrderLine).where(OrderLine.id.in_({t.order_line_id for t in tickets}))
        )
    }
    for ticket in tickets:
        line = lines[ticket.order_line_id or ""]
        paid = line_price(line)
        price = prices.get(ticket.category_id or "")
        if price is None or price != paid:
            category = ctx.session.get(TicketCategory, ticket.category_id or "")
            names = {
                "category": category.name_fr if category else "",
                "category_en": (category.name_en or category.name_fr) if category else "",
            }
            if price is None:
                raise DomainError("exchange_category_not_offered", **names)
            raise DomainError("exchange_price_differs", paid=paid, price=price, **names)


def line_price(line: OrderLine) -> Cents:
    """What one admission of ``line`` was sold at before any promotion: its list price then."""
    return line.regular_unit_price if line.regular_unit_price is not None else line.unit_price


def date_prices(session: Session, price_list_id: str) -> dict[str, Cents]:
    """Category -> list price of a date's price list (withdrawn categories are not offered)."""
    return {
        category_id: amount
        for category_id, amount in session.execute(
            select(Price.category_id, Price.amount)
            .join(TicketCategory, TicketCategory.id == Price.category_id)
            .where(Price.price_list_id == price_list_id, TicketCategory.active.is_(True))
        )
    }


def places_by_date(
    session: Session, line: OrderLine, refunded_before: int, quantity: int
) -> dict[str, int]:
    """Where the ``quantity`` admissions a refund of ``line`` is about to void stand now: the
    line's last valid ranks (as :func:`guichet.services.tickets.void_line_tickets` chooses
    them), each on its ticket's date, which an exchange may have moved. A unit with no valid
    ticket counts on the line's own date."""
    left_before = line.quantity - refunded_before
    ranks = list(range(left_before - quantity + 1, left_before + 1))
    moved = dict(
        session.execute(
            select(Ticket.rank, Ticket.occurrence_id).where(
                Ticket.order_line_id == line.id,
                Ticket.rank.in_(ranks),
                Ticket.status == TicketStatus.VALID.value,
            )
        ).all()
    )
    places: dict[str, int] = {}
    for rank in ranks:
        occurrence_id = moved.get(rank) or line.occurrence_id or ""
        places[occurrence_id] = places.get(occurrence_id, 0) + 1
    return places


def free_seats_where_they_stand(
    ctx: HandlerContext, line: OrderLine, refunded_before: int, quantity: int
) -> None:
    """A refund of ``quantity`` units of a seated ``line`` frees the seats of the admissions
    it is about to void (its last valid ranks) on the dates they stand on now: an exchange
    moved some to another date and seat. A unit with no valid ticket frees the line's own
    seat for it on the line's date (as :func:`guichet.services.handlers_seating.free_seats`).
    Called before the tickets are voided; a seat another order holds stays its."""
    seats = list(line.seat_ids or ())
    left_before = line.quantity - refunded_before
    ranks = list(range(left_before - quantity + 1, left_before + 1))
    standing = {
        rank: (occurrence_id, seat_id)
        for rank, occurrence_id, seat_id in ctx.session.execute(
            select(Ticket.rank, Ticket.occurrence_id, Ticket.seat_id).where(
                Ticket.order_line_id == line.id,
                Ticket.rank.in_(ranks),
                Ticket.status == TicketStatus.VALID.value,
            )
        ).all()
    }
    freed: dict[str, list[str]] = {}
    for rank in ranks:
        occurrence_id, seat_id = standing.get(
            rank, (line.occurrence_id or "", seats[rank - 1] if rank <= len(seats) else None)
        )
        if seat_id:
            freed.setdefault(occurrence_id, []).append(seat_id)
    for occurrence_id, seat_ids in sorted(freed.items()):
        ctx.session.execute(
            delete(OccurrenceSeat).where(
                OccurrenceSeat.occurrence_id == occurrence_id,
                OccurrenceSeat.seat_id.in_(seat_ids),
                OccurrenceSeat.order_line_id == line.id,
            )
        )


# --- what the exchange window reads ----------------------------------------------------------


@dataclass(frozen=True)
class ExchangeTicketView:
    id: str
    code: str
    occurrence_id: str
    event_id: str
    starts_at: datetime
    ends_at: datetime
    category_id: str | None
    category_name: str
    holder: str
    price: Cents  # what it was sold at (its list price then)
    blocked: str  # "" when it may be exchanged, else the refusal code that says why not
    entry_at: datetime | None = None  # its first admission at a door, when it was used
    seat: str = ""  # its seat in words (« Parterre, rangée F, siège 11 »), "" without one


@dataclass(frozen=True)
class ExchangeDateView:
    occurrence_id: str
    event_id: str
    starts_at: datetime
    ends_at: datetime
    remaining: int  # places this counter may still give on it
    prices: dict[str, Cents]  # category -> its list price (absent: not offered)
    seated: bool = False  # a seated show: the exchange takes a seat per ticket on its map


@dataclass(frozen=True)
class PastExchange:
    """A line of the order's history: who exchanged how many admissions, when, from which
    dates to which."""

    at: datetime
    person: str
    count: int
    from_starts: tuple[datetime, ...]
    to_starts: datetime | None
    reason: str


@dataclass(frozen=True)
class ExchangeOptions:
    order_id: str
    order_code: str
    created_at: datetime
    event_names: dict[str, str]  # event id -> its name in the reader's language
    tickets: tuple[ExchangeTicketView, ...]  # the order's valid admissions
    dates: tuple[ExchangeDateView, ...]  # the other dates of their events, not ended
    history: tuple[PastExchange, ...]  # oldest first

    @property
    def exchangeable(self) -> tuple[ExchangeTicketView, ...]:
        return tuple(t for t in self.tickets if not t.blocked)


#: The most dates the window lists (a season of an event, soonest first).
MAX_DATES = 300


def exchange_options(
    session: Session, order: Order, terminal_id: str, lang: str, now: datetime
) -> ExchangeOptions:
    """The order's valid admissions (those that cannot be exchanged say why) and the dates
    their events still offer, with the places this counter may give on each."""
    rows = session.execute(
        select(Ticket, OrderLine, Occurrence, Event)
        .join(OrderLine, OrderLine.id == Ticket.order_line_id)
        .join(Occurrence, Occurrence.id == Ticket.occurrence_id)
        .join(Event, Event.id == Occurrence.event_id)
        .where(Ticket.order_id == order.id, Ticket.status == TicketStatus.VALID.value)
        .order_by(Occurrence.starts_at, OrderLine.position, Ticket.rank)
    ).all()
    categories = {
        c.id: (c.name_fr if lang == "fr" else c.name_en or c.name_fr)
        for c in session.scalars(select(TicketCategory))
    }
    used: dict[str, datetime] = {
        str(ticket_id): at
        for ticket_id, at in session.execute(
            select(CheckIn.ticket_id, func.min(CheckIn.occurred_at))
            .where(CheckIn.ticket_id.in_([t.id for t, _, _, _ in rows]), CheckIn.admitted.is_(True))
            .group_by(CheckIn.ticket_id)
        )
    }
    seats = {
        row.id: seat_labels(
            [make_seat(row.section, row.row, row.number, 0.0, 0.0, seat_id=row.id)], lang
        )
        for row in session.scalars(
            select(SeatRow).where(SeatRow.id.in_({t.seat_id for t, _, _, _ in rows if t.seat_id}))
        )
    }
    names: dict[str, str] = {}
    tickets: list[ExchangeTicketView] = []
    for ticket, line, occ, event in rows:
        names[event.id] = (event.name_en if lang == "en" else "") or event.name
        blocked = line_blocks_exchange(line)
        if not blocked and ticket.id in used:
            blocked = "ticket_already_used"
        tickets.append(
            ExchangeTicketView(
                id=ticket.id,
                code=bearer.visible(ticket.code),
                occurrence_id=occ.id,
                event_id=event.id,
                starts_at=occ.starts_at,
                ends_at=occ.ends_at,
                category_id=ticket.category_id,
                category_name=categories.get(ticket.category_id or "", ""),
                holder=ticket.holder,
                price=line_price(line),
                blocked=blocked,
                entry_at=used.get(ticket.id),
                seat=seats.get(ticket.seat_id or "", ""),
            )
        )
    events = sorted({t.event_id for t in tickets if not t.blocked})
    return ExchangeOptions(
        order_id=order.id,
        order_code=bearer.visible(order.code),
        created_at=order.created_at,
        event_names=names,
        tickets=tuple(tickets),
        dates=tuple(_dates(session, events, terminal_id, now)),
        history=tuple(order_exchanges(session, order.id)),
    )


def _dates(
    session: Session, event_ids: Sequence[str], terminal_id: str, now: datetime
) -> list[ExchangeDateView]:
    if not event_ids:
        return []
    rows = session.execute(
        select(Occurrence, Event.price_list_id, Event.seat_map_id)
        .join(Event, Event.id == Occurrence.event_id)
        .where(
            Occurrence.event_id.in_(list(event_ids)),
            Occurrence.cancelled.is_(False),
            Occurrence.ends_at > now,
            Event.active.is_(True),
        )
        .order_by(Occurrence.starts_at)
        .limit(MAX_DATES)
    ).all()
    ids = [occ.id for occ, _, _ in rows]
    reserved = reserved_places(session, ids)
    terminal = session.get(Terminal, terminal_id)
    held: dict[str, int] | None = None
    if terminal is not None and terminal.escrowed:
        # A paired counter gives only what it holds of each date (escrow).
        held = {
            str(row.occurrence_id): row.granted - row.used
            for row in session.scalars(
                select(Allotment).where(
                    Allotment.terminal_id == terminal_id,
                    Allotment.kind == PLACES,
                    Allotment.occurrence_id.in_(ids),
                )
            )
        }
    lists: dict[str, dict[str, Cents]] = {}
    dates: list[ExchangeDateView] = []
    for occ, event_list, seat_map_id in rows:
        list_id = occ.price_list_id or event_list
        if list_id not in lists:
            lists[list_id] = date_prices(session, list_id)
        remaining = general_available(occ, reserved.get(occ.id, 0))
        if held is not None:
            remaining = min(remaining, max(held.get(occ.id, 0), 0))
        dates.append(
            ExchangeDateView(
                occurrence_id=occ.id,
                event_id=occ.event_id,
                starts_at=occ.starts_at,
                ends_at=occ.ends_at,
                remaining=remaining,
                prices=lists[list_id],
                seated=seat_map_id is not None,
            )
        )
    return dates


def order_exchanges(session: Session, order_id: str) -> list[PastExchange]:
    """The order's exchanges as its history keeps them, oldest first."""
    changes = list(
        session.scalars(
            select(CatalogueChange)
            .where(
                CatalogueChange.entity == "order",
                CatalogueChange.entity_id == order_id,
                CatalogueChange.action == HISTORY_ACTION,
            )
            .order_by(CatalogueChange.at)
        )
    )
    if not changes:
        return []
    wanted: set[str] = set()
    for change in changes:
        wanted.update(change.details.get("from_occurrences") or [])
        wanted.add(str(change.details.get("to_occurrence") or ""))
    starts = dict(
        session.execute(
            select(Occurrence.id, Occurrence.starts_at).where(Occurrence.id.in_(wanted))
        ).all()
    )
    people = dict(
        session.execute(
            select(User.id, User.name).where(User.id.in_({c.user_id for c in changes if c.user_id}))
        ).all()
    )
    return [
        PastExchange(
            at=change.at,
            person=people.get(change.user_id or "", ""),
            count=int(change.details.get("count") or 0),
            from_starts=tuple(
                starts[i] for i in change.details.get("from_occurrences") or [] if i in starts
            ),
            to_starts=starts.get(str(change.details.get("to_occurrence") or "")),
            reason=str(change.details.get("reason") or ""),
        )
        for change in changes
    ]
