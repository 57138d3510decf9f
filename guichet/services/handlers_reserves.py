"""Handlers of the capacity-reserve commands. The rules are guichet.domain.reserves; access
is checked here, in the transaction, so a window that shows a button it should not (or a
server receiving the command) refuses the same way."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from guichet.domain.cart import CartLine, price_lines
from guichet.domain.commands import (
    CancelDraw,
    DrawFromReserve,
    RefundLine,
    RefundOrder,
    ReleaseReserve,
    SaveReserve,
    SetHeldBack,
    SetReserveQuantity,
)
from guichet.domain.errors import DomainError
from guichet.domain.escrow import PLACES, RESERVE
from guichet.domain.money import Cents
from guichet.domain.reserves import (
    Participant,
    Reserve,
    ReserveAccess,
    ReserveChange,
    ReserveKind,
    ReserveQuantity,
    cancel_draw,
    draw,
    ensure_may_manage,
    release,
    reserves_holding,
    set_held_back,
    set_quantity,
    validate_reserve_for_tariff,
)
from guichet.domain.tickets import TicketStatus
from guichet.models.tables import (
    Event,
    Occurrence,
    OrderLine,
    Organisation,
    Price,
    ReserveChangeRow,
    ReserveQuantityRow,
    TicketCategory,
    User,
)
from guichet.models.tables import (
    Reserve as ReserveRow,
)
from guichet.services import escrow
from guichet.services.context import HandlerContext
from guichet.services.handlers import (
    OrderLineInput,
    _open_shift_of,
    _validate_payments,
    ensure_dates_open,
    organisation_tax_rates,
    refund_order,
    write_order,
)


@dataclass(frozen=True)
class DrawRecorded:
    order_id: str
    order_code: str
    receipt_id: str
    receipt_number: int
    total: Cents


def reserve_of(row: ReserveRow) -> Reserve:
    return Reserve(
        id=row.id,
        name=row.name,
        kind=ReserveKind(row.kind),
        category_id=row.category_id,
        access=ReserveAccess(row.access),
        user_ids=frozenset(row.user_ids or ()),
    )


def _reserve(ctx: HandlerContext, reserve_id: str) -> ReserveRow:
    row = ctx.session.get(ReserveRow, reserve_id)
    if row is None or row.organisation_id != ctx.terminal.organisation_id or not row.active:
        raise DomainError("unknown_reserve", reserve=reserve_id)
    return row


def _occurrence(ctx: HandlerContext, occurrence_id: str) -> Occurrence:
    occ = ctx.session.scalars(
        select(Occurrence).where(Occurrence.id == occurrence_id).with_for_update()
    ).one_or_none()
    if occ is None:
        raise DomainError("unknown_occurrence", occurrence=occurrence_id)
    return occ


def _quantities(ctx: HandlerContext, occurrence_id: str) -> dict[str, ReserveQuantityRow]:
    rows = ctx.session.scalars(
        select(ReserveQuantityRow)
        .where(ReserveQuantityRow.occurrence_id == occurrence_id)
        .with_for_update()
    ).all()
    return {r.reserve_id: r for r in rows}


def _as_domain(
    row: ReserveQuantityRow | None, occurrence_id: str, reserve_id: str
) -> ReserveQuantity:
    if row is None:
        return ReserveQuantity(occurrence_id, reserve_id, 0, 0)
    return ReserveQuantity(occurrence_id, reserve_id, row.held, row.drawn)


def _store(ctx: HandlerContext, rows: dict[str, ReserveQuantityRow], q: ReserveQuantity) -> None:
    row = rows.get(q.reserve_id)
    if row is None:
        row = ReserveQuantityRow(occurrence_id=q.occurrence_id, reserve_id=q.reserve_id)
        ctx.session.add(row)
        rows[q.reserve_id] = row
    row.held = q.held
    row.drawn = q.drawn


def _leased_places(ctx: HandlerContext, occurrence_id: str) -> int:
    """Places of the occurrence paired counters hold and have not sold."""
    return escrow.leased_unused(ctx.session, [occurrence_id], PLACES).get(occurrence_id, 0)


def _history(ctx: HandlerContext, change: ReserveChange, order_id: str | None = None) -> None:
    participant = change.participant
    ctx.session.add(
        ReserveChangeRow(
            occurrence_id=change.occurrence_id,
            reserve_id=change.reserve_id,
            user_id=ctx.envelope.user_id,
            at=ctx.now,
            action=str(change.action),
            held_before=change.held_before,
            held_after=change.held_after,
            drawn_before=change.drawn_before,
            drawn_after=change.drawn_after,
            quantity=change.quantity,
            order_id=order_id,
            details={"participant": participant.name}
            if participant
            else ({"note": change.note} if change.note else {}),
        )
    )


def save_reserve(ctx: HandlerContext, cmd: SaveReserve) -> str:
    ensure_may_manage(ctx.role)
    reserve = Reserve(
        id=cmd.reserve_id,
        name=cmd.name,
        kind=ReserveKind(cmd.kind),
        category_id=cmd.category_id,
        access=ReserveAccess(cmd.access),
        user_ids=frozenset(cmd.user_ids),
    )  # validates
    if reserve.category_id and ctx.session.get(TicketCategory, reserve.category_id) is None:
        raise DomainError("category_not_offered", category=reserve.category_id)
    for user_id in reserve.user_ids:
        if ctx.session.get(User, user_id) is None:
            raise DomainError("unknown_user", user=user_id)
    row = ctx.session.get(ReserveRow, cmd.reserve_id)
    if row is None:
        if not cmd.created:
            raise DomainError("unknown_reserve", reserve=cmd.reserve_id)
        row = ReserveRow(
            id=cmd.reserve_id, organisation_id=ctx.terminal.organisation_id, created_at=ctx.now
        )
        ctx.session.add(row)
    row.name = reserve.name
    row.kind = str(reserve.kind)
    row.category_id = reserve.category_id
    row.access = str(reserve.access)
    row.user_ids = sorted(reserve.user_ids)
    return row.id


def set_reserve_quantity(ctx: HandlerContext, cmd: SetReserveQuantity) -> None:
    reserve = reserve_of(_reserve(ctx, cmd.reserve_id))
    occ = _occurrence(ctx, cmd.occurrence_id)
    event = ctx.session.get(Event, occ.event_id)
    # As the reference product: no reserve with access on a reserved-seating show (seats are
    # held or assigned on the map instead).
    validate_reserve_for_tariff(reserve, event is not None and event.seat_map_id is not None)
    rows = _quantities(ctx, occ.id)
    current = _as_domain(rows.get(cmd.reserve_id), occ.id, cmd.reserve_id)
    # Places leased to paired counters are theirs: a reserve grows only from the rest.
    others = reserves_holding(
        [_as_domain(r, occ.id, rid) for rid, r in rows.items()],
        occ.held_back,
        excluding=cmd.reserve_id,
    ) + _leased_places(ctx, occ.id)
    after, change = set_quantity(
        current,
        cmd.held,
        occ.capacity,
        occ.sold,
        others,
        user_id=ctx.envelope.user_id or "",
        role=ctx.role,
        now=ctx.now,
        leased=escrow.subject_leased_unused(ctx.session, RESERVE, cmd.reserve_id, occ.id),
    )
    _store(ctx, rows, after)
    if change.changed:
        _history(ctx, change)


def release_reserve(ctx: HandlerContext, cmd: ReleaseReserve) -> None:
    _reserve(ctx, cmd.reserve_id)
    occ = _occurrence(ctx, cmd.occurrence_id)
    rows = _quantities(ctx, occ.id)
    current = _as_domain(rows.get(cmd.reserve_id), occ.id, cmd.reserve_id)
    after, change = release(
        current,
        user_id=ctx.envelope.user_id or "",
        role=ctx.role,
        now=ctx.now,
        leased=escrow.subject_leased_unused(ctx.session, RESERVE, cmd.reserve_id, occ.id),
    )
    _store(ctx, rows, after)
    if change.changed:
        _history(ctx, change)


def set_occurrence_held_back(ctx: HandlerContext, cmd: SetHeldBack) -> None:
    occ = _occurrence(ctx, cmd.occurrence_id)
    rows = _quantities(ctx, occ.id)
    remaining = reserves_holding(
        [_as_domain(r, occ.id, rid) for rid, r in rows.items()]
    ) + _leased_places(ctx, occ.id)
    held_back, change = set_held_back(
        occ.id,
        occ.held_back,
        cmd.held_back,
        occ.capacity,
        occ.sold,
        remaining,
        user_id=ctx.envelope.user_id or "",
        role=ctx.role,
        now=ctx.now,
    )
    occ.held_back = held_back
    if change.changed:
        _history(ctx, change)


def draw_from_reserve(ctx: HandlerContext, cmd: DrawFromReserve) -> DrawRecorded:
    if ctx.user is None:
        raise DomainError("forbidden", role="none")
    shift = _open_shift_of(ctx, cmd.shift_id)
    reserve_row = _reserve(ctx, cmd.reserve_id)
    reserve = reserve_of(reserve_row)
    participant = Participant(
        name=cmd.participant.get("name", ""),
        email=cmd.participant.get("email") or None,
        phone=cmd.participant.get("phone") or None,
        note=cmd.participant.get("note", ""),
    )
    occ = _occurrence(ctx, cmd.occurrence_id)
    if occ.cancelled:
        raise DomainError("occurrence_cancelled", occurrence=occ.id)
    rows = _quantities(ctx, occ.id)
    current = _as_domain(rows.get(reserve.id), occ.id, reserve.id)
    # Access, kind, quantity and what remains: the domain rule, inside this transaction. A
    # paired counter draws from its allotment of the reserve; anyone else from what no
    # counter holds.
    escrowed = ctx.terminal.escrowed
    after, change = draw(
        reserve,
        current,
        cmd.quantity,
        user_id=ctx.user.id,
        role=ctx.role,
        now=ctx.now,
        participant=participant,
        leased=0
        if escrowed
        else escrow.subject_leased_unused(ctx.session, RESERVE, reserve.id, occ.id),
        allotment=escrow.held(ctx.session, ctx.terminal.id, RESERVE, occ.id, reserve.id)
        if escrowed
        else None,
    )
    event = ctx.session.get(Event, occ.event_id)
    assert event is not None and reserve.category_id is not None
    if event.seat_map_id is not None:
        # The show became seated after the reserve was set: a count gives no seat, and
        # capacity reserves do not apply to reserved seating (seats are held on the map).
        raise DomainError("reserve_draw_needs_seat", reserve_name=reserve.name)
    ensure_dates_open(
        ctx,
        [occ],
        order_id=cmd.order_id,
        override_by=cmd.override_by,
        override_reason=cmd.override_reason,
    )
    escrow.take(ctx, occ.id, RESERVE, cmd.quantity, reserve.id)
    list_price = ctx.session.scalar(
        select(Price.amount).where(
            Price.price_list_id == (occ.price_list_id or event.price_list_id),
            Price.category_id == reserve.category_id,
        )
    )
    if list_price is None:
        raise DomainError("category_not_offered", category=reserve.category_id)
    unit_price = list_price if cmd.charged else 0
    org = ctx.session.get(Organisation, ctx.terminal.organisation_id)
    assert org is not None
    line = CartLine(occ.id, reserve.category_id, cmd.quantity, unit_price)
    priced = price_lines([line], organisation_tax_rates(ctx.session, org.id))
    if cmd.charged:
        _validate_payments(cmd, priced.total, org.cash_increment)
    elif cmd.payments or cmd.cash_rounding:
        raise DomainError("payment_mismatch", paid=sum(p.amount for p in cmd.payments), due=0)
    written = write_order(
        ctx,
        organisation_id=org.id,
        shift_id=shift.id,
        order_id=cmd.order_id,
        order_code=cmd.order_code,
        lines=[
            OrderLineInput(
                cmd.line_id,
                occ.id,
                reserve.category_id,
                cmd.quantity,
                unit_price,
                None,
                0,
                f"{event.name} — {reserve.name}",
                reserve_id=reserve.id,
            )
        ],
        priced=priced,
        payments=cmd.payments,
        cash_rounding=cmd.cash_rounding,
        participant={
            "name": participant.name,
            "email": participant.email or "",
            "phone": participant.phone or "",
            "note": participant.note,
        },
    )
    occ.sold += cmd.quantity  # a drawn ticket is sold; the reserve holds that much less
    _store(ctx, rows, after)
    _history(ctx, change, order_id=written.order_id)
    return DrawRecorded(
        written.order_id,
        written.order_code,
        written.receipt_id,
        written.receipt_number,
        priced.total,
    )


def cancel_drawn(ctx: HandlerContext, cmd: CancelDraw) -> object:
    """Free drawn tickets only: a user with access to the reserve may cancel them (no money
    moves). Charged ones go through the refund, with a supervisor."""
    if ctx.user is None:
        raise DomainError("forbidden", role="none")
    line = ctx.session.get(OrderLine, cmd.order_line_id)
    if line is None or line.reserve_id is None:
        raise DomainError("unknown_order_line", line=cmd.order_line_id)
    if line.unit_price != 0:
        raise DomainError("draw_charged_needs_refund")
    reserve = reserve_of(_reserve(ctx, line.reserve_id))
    row = ctx.session.scalars(
        select(ReserveQuantityRow).where(
            ReserveQuantityRow.occurrence_id == line.occurrence_id,
            ReserveQuantityRow.reserve_id == reserve.id,
        )
    ).one_or_none()
    # Access and bounds through the domain rule (the refund below locks and updates the row).
    cancel_draw(
        reserve,
        _as_domain(row, line.occurrence_id or "", reserve.id),
        cmd.quantity,
        user_id=ctx.user.id,
        role=ctx.role,
        now=ctx.now,
        note=cmd.reason,
    )
    # The refund handler does the bookkeeping (places, reserve, receipt); no supervisor is
    # needed for tickets that cost nothing, so the user stands in as approver.
    return refund_order(
        ctx,
        RefundOrder(
            refund_id=cmd.refund_id,
            order_id=line.order_id,
            shift_id=cmd.shift_id,
            supervisor_id="",
            lines=(RefundLine(line.id, cmd.quantity),),
            method="cash",
            reason=cmd.reason,
        ),
        approver_checked=True,
        tickets_become=TicketStatus.CANCELLED,
    )
