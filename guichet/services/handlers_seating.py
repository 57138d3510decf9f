"""Reserved seating handlers: seat maps, and the seat bookkeeping of sales and refunds (a
supervisor's seat actions: :mod:`guichet.services.handlers_seat_actions`). A seat that is not
free for an occurrence has one ``occurrence_seat`` row; the unique (occurrence, seat) index
makes a seat impossible to sell twice, even to two counters at once."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, insert, select

from guichet.domain.auth import Role
from guichet.domain.commands import ImportSeatMap, SetEventSeatMap
from guichet.domain.errors import DomainError
from guichet.domain.seating import (
    SeatInventory,
    SeatMap,
    SeatState,
    SeatStatus,
    make_seat,
    parse_seat_csv,
)
from guichet.models.tables import (
    Event,
    Occurrence,
    OccurrenceSeat,
    OrderLine,
    SeatMapRow,
    SeatRow,
    Venue,
)
from guichet.services.context import HandlerContext


def load_seat_map(
    session: object, seat_map_id: str, *, only: Sequence[str] | None = None
) -> SeatMap:
    """The whole map, or (``only``) just those seats: a sale or a supervisor action needs only
    the seats it touches, not the thousands of the hall."""
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    row = session.get(SeatMapRow, seat_map_id)
    if row is None:
        raise DomainError("unknown_seat_map", seat_map=seat_map_id)
    query = select(SeatRow).where(SeatRow.seat_map_id == seat_map_id)
    if only is not None:
        query = query.where(SeatRow.id.in_(set(only)))
    seats = session.scalars(query.order_by(SeatRow.position)).all()
    if only is not None:
        found = {seat.id for seat in seats}
        missing = next((seat_id for seat_id in only if seat_id not in found), None)
        if missing is not None:  # as the whole map says of a seat it does not have
            raise DomainError("seat_unknown", seat_id=missing)
    return SeatMap(
        row.venue_id,
        row.name,
        [
            make_seat(s.section, s.row, s.number, s.x, s.y, s.accessible, seat_id=s.id)
            for s in seats
        ],
    )


def load_inventory(
    session: object,
    occurrence_id: str,
    seat_map: SeatMap,
    *,
    now: object = None,
    partial: bool = False,
) -> SeatInventory:
    """The occurrence's seats as stored; seats held by carts whose hold expired are free."""
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    statuses: dict[str, SeatStatus] = {}
    query = select(OccurrenceSeat).where(OccurrenceSeat.occurrence_id == occurrence_id)
    if partial:  # only the seats of a partial map (see load_seat_map's ``only``)
        query = query.where(OccurrenceSeat.seat_id.in_([seat.id for seat in seat_map]))
    for row in session.scalars(query):
        state = SeatState(row.state)
        if state is SeatState.IN_CART and now is not None and row.expires_at is not None:
            if row.expires_at <= now:  # type: ignore[operator]
                continue
        statuses[row.seat_id] = SeatStatus(
            state,
            cart_id=row.cart_id if state is SeatState.IN_CART else None,
            order_id=row.order_line_id if state is SeatState.SOLD else None,
            participant=row.participant if state is SeatState.SOLD else "",
            note=row.note if state in (SeatState.HELD, SeatState.BLOCKED) else "",
        )
    return SeatInventory(seat_map, statuses, occurrence_id=occurrence_id)


def import_seat_map(ctx: HandlerContext, cmd: ImportSeatMap) -> int:
    ctx.require_role(Role.SUPERVISOR, Role.OWNER)
    venue = ctx.session.get(Venue, cmd.venue_id)
    if venue is None or venue.organisation_id != ctx.terminal.organisation_id:
        raise DomainError("unknown_venue", venue=cmd.venue_id)
    seats = parse_seat_csv(cmd.csv_text)  # every bad line refused with its number
    SeatMap(cmd.venue_id, cmd.name, seats)  # duplicates, size
    if ctx.session.get(SeatMapRow, cmd.seat_map_id) is not None:
        raise DomainError("seat_map_exists", seat_map=cmd.seat_map_id)
    ctx.session.add(
        SeatMapRow(
            id=cmd.seat_map_id,
            organisation_id=venue.organisation_id,
            venue_id=venue.id,
            name=cmd.name.strip() or venue.name,
            created_at=ctx.now,
        )
    )
    ctx.session.flush()
    ctx.session.execute(
        insert(SeatRow),
        [
            {
                "id": f"{cmd.seat_map_id}/{seat.id}",
                "seat_map_id": cmd.seat_map_id,
                "section": seat.section,
                "row": seat.row,
                "number": seat.number,
                "x": seat.x,
                "y": seat.y,
                "accessible": seat.accessible,
                "position": position,
            }
            for position, seat in enumerate(seats)
        ],
    )
    return len(seats)


def set_event_seat_map(ctx: HandlerContext, cmd: SetEventSeatMap) -> None:
    ctx.require_role(Role.SUPERVISOR, Role.OWNER)
    event = ctx.session.get(Event, cmd.event_id)
    if event is None or event.organisation_id != ctx.terminal.organisation_id:
        raise DomainError("unknown_event", event=cmd.event_id)
    occurrences = ctx.session.scalars(
        select(Occurrence).where(Occurrence.event_id == event.id).with_for_update()
    ).all()
    if any(o.sold for o in occurrences):
        raise DomainError("seat_map_after_sales", event=event.name)
    if cmd.seat_map_id is not None:
        seats = len(load_seat_map(ctx.session, cmd.seat_map_id))
        for occ in occurrences:
            occ.capacity = seats  # a seated show sells exactly its seats
    event.seat_map_id = cmd.seat_map_id


def store_seats(
    ctx: HandlerContext,
    occurrence_id: str,
    inventory: SeatInventory,
    seat_ids: Sequence[str],
    line_id: str | None = None,
) -> None:
    ctx.session.execute(
        delete(OccurrenceSeat).where(
            OccurrenceSeat.occurrence_id == occurrence_id, OccurrenceSeat.seat_id.in_(seat_ids)
        )
    )
    ctx.session.flush()
    for seat_id in seat_ids:
        status = inventory.status(seat_id)
        if status.state is SeatState.FREE:
            continue
        ctx.session.add(
            OccurrenceSeat(
                occurrence_id=occurrence_id,
                seat_id=seat_id,
                state=status.state.value,
                cart_id=status.cart_id,
                order_line_id=line_id or status.order_id,
                participant=status.participant,
                note=status.note,
            )
        )


def sell_seats(
    ctx: HandlerContext,
    occurrence: Occurrence,
    seat_map_id: str | None,
    line_id: str,
    quantity: int,
    seat_ids: Sequence[str],
    cart_id: str | None,
) -> None:
    """Inside the sale's transaction: the line's seats go from free (or this cart) to sold."""
    if seat_map_id is None:
        if seat_ids:
            raise DomainError("not_seated", event=occurrence.event_id)
        return
    if len(seat_ids) != quantity or len(set(seat_ids)) != quantity:
        raise DomainError("seats_required", quantity=quantity, seats=len(set(seat_ids)))
    seat_map = load_seat_map(ctx.session, seat_map_id, only=seat_ids)
    inventory = load_inventory(ctx.session, occurrence.id, seat_map, now=ctx.now, partial=True)
    free = [s for s in seat_ids if inventory.state(s) is SeatState.FREE]
    if free:
        inventory.sell_direct(free, order_id=line_id)  # seat_taken names the first refused
    mine = [s for s in seat_ids if s not in free]
    # Seats are picked one by one, not escrowed: two counters offline may have sold the same
    # seat. The server keeps the second sale (its places are counted, its ticket printed)
    # without the seat, and notes a conflict: a supervisor seats the spectator elsewhere or
    # refunds. A counter never gets here with another's seat (it refuses it in the cart).
    taken = [s for s in mine if inventory.state(s) is not SeatState.IN_CART]
    if taken and "seat_taken" in ctx.tolerate:
        ctx.refuse(DomainError("seat_taken", refused=len(taken), seat=taken[0], seats=taken))
        mine = [s for s in mine if s not in taken]
    else:
        taken = []
    if mine:
        inventory.sell(mine, cart_id or "-", order_id=line_id)
    store_seats(ctx, occurrence.id, inventory, [s for s in seat_ids if s not in taken], line_id)


def free_seats(ctx: HandlerContext, line: OrderLine, refunded_before: int, quantity: int) -> None:
    """Refunding units of a seated line frees their seats (the last ones of the line first)."""
    seats = list(line.seat_ids or ())
    if not seats:
        return
    left_before = line.quantity - refunded_before
    freed = seats[left_before - quantity : left_before]
    ctx.session.execute(
        delete(OccurrenceSeat).where(
            OccurrenceSeat.occurrence_id == line.occurrence_id,
            OccurrenceSeat.seat_id.in_(freed),
            # A seat another order sold too (a conflict) stays that order's.
            OccurrenceSeat.order_line_id == line.id,
        )
    )
