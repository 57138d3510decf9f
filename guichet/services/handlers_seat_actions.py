"""A supervisor's seat actions on a date: hold, block, release, or assign seats to someone
(an assignment is a complimentary order, written as a sale's)."""

from __future__ import annotations

from sqlalchemy import select

from guichet.domain.cart import CartLine, price_lines
from guichet.domain.commands import SeatsAction
from guichet.domain.errors import DomainError
from guichet.domain.seating import SeatAction, SeatState, ensure_action_allowed
from guichet.models.tables import Event, Occurrence, Organisation
from guichet.services.context import HandlerContext
from guichet.services.handlers import (
    OrderLineInput,
    _open_shift_of,
    organisation_tax_rates,
    write_order,
)
from guichet.services.handlers_seating import load_inventory, load_seat_map, store_seats


def seats_action(ctx: HandlerContext, cmd: SeatsAction) -> list[str]:
    action = {
        "hold": SeatAction.HOLD,
        "block": SeatAction.BLOCK,
        "release": SeatAction.RELEASE,
        "assign": SeatAction.ASSIGN,
    }.get(cmd.action)
    if action is None:
        raise DomainError("unknown_seat_action", action=cmd.action)
    ensure_action_allowed(action, ctx.role)
    occ = ctx.session.scalars(
        select(Occurrence).where(Occurrence.id == cmd.occurrence_id).with_for_update()
    ).one_or_none()
    if occ is None:
        raise DomainError("unknown_occurrence", occurrence=cmd.occurrence_id)
    event = ctx.session.get(Event, occ.event_id)
    assert event is not None
    if event.seat_map_id is None:
        raise DomainError("not_seated", event=event.name)
    if not cmd.seat_ids:
        raise DomainError("seat_selection_empty")  # as the domain says for an empty selection
    seat_map = load_seat_map(ctx.session, event.seat_map_id, only=cmd.seat_ids)
    inventory = load_inventory(ctx.session, occ.id, seat_map, now=ctx.now, partial=True)
    before = {sid: inventory.state(sid) for sid in set(cmd.seat_ids)}
    if action is SeatAction.HOLD:
        changed = inventory.hold(cmd.seat_ids, note=cmd.note)
    elif action is SeatAction.BLOCK:
        changed = inventory.block(cmd.seat_ids, note=cmd.note)
    elif action is SeatAction.RELEASE:
        changed = inventory.release(cmd.seat_ids)
    else:
        changed = inventory.assign(cmd.seat_ids, cmd.participant)
    # Held and blocked seats are not for sale: they count as places held back.
    was_held = sum(1 for s in changed if before[s] in (SeatState.HELD, SeatState.BLOCKED))
    now_held = sum(1 for s in changed if inventory.state(s) in (SeatState.HELD, SeatState.BLOCKED))
    occ.held_back += now_held - was_held
    line_id = None
    if action is SeatAction.ASSIGN:
        line_id = _assign_order(ctx, cmd, occ, event, list(changed))
    store_seats(ctx, occ.id, inventory, changed, line_id)
    return list(changed)


def _assign_order(
    ctx: HandlerContext, cmd: SeatsAction, occ: Occurrence, event: Event, seat_ids: list[str]
) -> str:
    """An assignment is a complimentary order in the participant's name (sold, printed)."""
    if not (cmd.order_id and cmd.order_code and cmd.line_id and cmd.shift_id and cmd.category_id):
        raise DomainError("seat_assign_incomplete")
    shift = _open_shift_of(ctx, cmd.shift_id)
    org = ctx.session.get(Organisation, ctx.terminal.organisation_id)
    assert org is not None
    priced = price_lines(
        [CartLine(occ.id, cmd.category_id, len(seat_ids), 0)],
        organisation_tax_rates(ctx.session, org.id),
    )
    write_order(
        ctx,
        organisation_id=org.id,
        shift_id=shift.id,
        order_id=cmd.order_id,
        order_code=cmd.order_code,
        lines=[
            OrderLineInput(
                cmd.line_id,
                occ.id,
                cmd.category_id,
                len(seat_ids),
                0,
                None,
                0,
                event.name,
                seat_ids=tuple(seat_ids),
            )
        ],
        priced=priced,
        payments=(),
        cash_rounding=0,
        participant={"name": cmd.participant, "email": "", "phone": "", "note": cmd.note},
    )
    occ.sold += len(seat_ids)
    return cmd.line_id
