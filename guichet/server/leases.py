"""Leases (escrow, issue 6 part 5): what a paired counter gives back, and what it is granted.

Each finite count is shared by leasing counters *allotments* of it: places and à-la-carte
places of the coming occurrences, the quantities of the reserves drawn from at counters,
and the ticket quotas of the quota-limited promotions. A counter uses what it holds without
asking, online or not; the server grants only from what no counter holds, so nothing can be
oversold or overdrawn even with every counter offline.

Rows are locked in the order the handlers lock them (the occurrence, then its reserve
quantities, then allotments; a promotion, then its allotments), so a lease and a sale on
the server never deadlock and never count the same unit twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from guichet.domain import escrow
from guichet.models.tables import (
    Allotment,
    Event,
    LeaseRequest,
    Occurrence,
    Order,
    OrderLine,
    Organisation,
    Promotion,
    Reserve,
    ReserveQuantityRow,
    Terminal,
)
from guichet.services.escrow import leased_unused, subject_leased_unused
from guichet.services.places import general_available, reserved_places
from guichet.services.pricing import promotion_from_row

RECENT = timedelta(hours=1)
Key = tuple[str, str | None, str | None]  # kind, occurrence, subject


def lease(
    session_factory: sessionmaker[Session],
    terminal_id: str,
    request_id: str,
    releases: list[dict[str, Any]],
    now: datetime,
    horizon: timedelta = timedelta(days=14),
) -> int:
    """Take back what a counter released (once per request), then top up its allotments
    from what no one holds. Returns how many units were granted."""
    _release(session_factory, terminal_id, request_id, releases, now)
    # What the counter just gave back is over for it: not leased to it again.
    given_back: set[Key] = {
        (str(r["kind"]), r.get("occurrence_id"), r.get("subject_id")) for r in releases
    }
    granted = 0
    with session_factory() as session:
        coming = session.execute(
            select(Occurrence.id, Event.allotment_size)
            .join(Event, Event.id == Occurrence.event_id)
            .where(
                Occurrence.cancelled.is_(False),
                Occurrence.ends_at > now,
                Occurrence.starts_at < now + horizon,
            )
            .order_by(Occurrence.starts_at)
        ).all()
    for occurrence_id, configured in coming:
        with session_factory() as session, session.begin():
            granted += _top_up_occurrence(
                session, terminal_id, occurrence_id, configured, given_back, now
            )
    granted += _top_up_promotions(session_factory, terminal_id, given_back, now, horizon)
    return granted


def _release(
    session_factory: sessionmaker[Session],
    terminal_id: str,
    request_id: str,
    releases: Iterable[dict[str, Any]],
    now: datetime,
) -> None:
    with session_factory() as session, session.begin():
        if session.get(LeaseRequest, request_id) is not None:
            return  # applied already: a release is never counted twice
        session.add(LeaseRequest(id=request_id, terminal_id=terminal_id, at=now))
        given_back: list[tuple[str, int]] = []
        for release in releases:
            try:
                allotment_id = escrow.allotment_id(
                    terminal_id,
                    str(release["kind"]),
                    release.get("occurrence_id"),
                    release.get("subject_id"),
                )
            except ValueError:
                continue  # names nothing: nothing to give back
            given_back.append((allotment_id, int(release["count"])))
        # Locked in id order, as a push of the same counter locks its allotments
        # (context.lock_all): the two never wait on each other in a circle.
        for allotment_id, count in sorted(given_back):
            row = session.scalars(
                select(Allotment).where(Allotment.id == allotment_id).with_for_update()
            ).first()
            if row is not None:
                back = max(0, min(count, row.granted - row.used))
                row.granted -= back
                row.updated_at = now


def _grant(
    session: Session,
    terminal_id: str,
    kind: str,
    occurrence_id: str | None,
    subject_id: str | None,
    target: int,
    unleased: int,
    now: datetime,
) -> int:
    """Top one allotment up to ``target`` from ``unleased``; returns what was added."""
    allotment_id = escrow.allotment_id(terminal_id, kind, occurrence_id, subject_id)
    row = session.get(Allotment, allotment_id)
    remaining = row.granted - row.used if row is not None else 0
    add = escrow.top_up(remaining, target, unleased)
    if add <= 0:
        return 0
    if row is None:
        row = Allotment(
            id=allotment_id,
            terminal_id=terminal_id,
            kind=kind,
            occurrence_id=occurrence_id,
            subject_id=subject_id,
            granted=0,
            used=0,
        )
        session.add(row)
    row.granted += add
    row.updated_at = now
    return add


def _top_up_occurrence(
    session: Session,
    terminal_id: str,
    occurrence_id: str,
    configured: int | None,
    given_back: set[Key],
    now: datetime,
) -> int:
    """Places, à-la-carte places and reserve quantities of one coming occurrence."""
    occ = session.scalars(
        select(Occurrence).where(Occurrence.id == occurrence_id).with_for_update()
    ).one()
    granted = 0
    recent = int(
        session.scalar(
            select(func.coalesce(func.sum(OrderLine.quantity), 0))
            .join(Order, Order.id == OrderLine.order_id)
            .where(
                OrderLine.occurrence_id == occurrence_id,
                OrderLine.reserve_id.is_(None),
                Order.terminal_id == terminal_id,
                Order.created_at > now - RECENT,
            )
        )
        or 0
    )
    target = escrow.target_size(configured, recent)
    reserved = reserved_places(session, [occurrence_id]).get(occurrence_id, 0)
    free = {
        escrow.PLACES: general_available(occ, reserved),
        escrow.ALACARTE: max(occ.alacarte_places - occ.alacarte_taken, 0),
    }
    for kind in escrow.KINDS:
        if kind == escrow.ALACARTE and occ.alacarte_places == 0:
            continue
        if (kind, occurrence_id, None) in given_back:
            continue
        unleased = escrow.unleased(
            free[kind], leased_unused(session, [occurrence_id], kind).get(occurrence_id, 0)
        )
        granted += _grant(session, terminal_id, kind, occurrence_id, None, target, unleased, now)
    granted += _top_up_reserves(session, terminal_id, occ, configured, given_back, now)
    return granted


def _top_up_reserves(
    session: Session,
    terminal_id: str,
    occ: Occurrence,
    configured: int | None,
    given_back: set[Key],
    now: datetime,
) -> int:
    """The quantities of the reserves drawn from at counters, for one occurrence (locked)."""
    quantities = session.execute(
        select(ReserveQuantityRow, Reserve.kind, Reserve.active)
        .join(Reserve, Reserve.id == ReserveQuantityRow.reserve_id)
        .where(ReserveQuantityRow.occurrence_id == occ.id)
        .order_by(ReserveQuantityRow.reserve_id)
        .with_for_update(of=ReserveQuantityRow)
    ).all()
    candidates = [
        q
        for q, kind, active in quantities
        if q.held > q.drawn
        and escrow.reserve_leasable(
            active=active, with_access=kind == "with_access", occurrence_over=occ.ends_at <= now
        )
        and (escrow.RESERVE, occ.id, q.reserve_id) not in given_back
    ]
    if not candidates:
        return 0
    drawn_here = {
        reserve_id: int(total or 0)
        for reserve_id, total in session.execute(
            select(OrderLine.reserve_id, func.sum(OrderLine.quantity))
            .join(Order, Order.id == OrderLine.order_id)
            .where(
                OrderLine.occurrence_id == occ.id,
                OrderLine.reserve_id.in_([q.reserve_id for q in candidates]),
                Order.terminal_id == terminal_id,
                Order.created_at > now - RECENT,
            )
            .group_by(OrderLine.reserve_id)
        )
    }
    granted = 0
    for q in candidates:
        target = escrow.target_size(configured, drawn_here.get(q.reserve_id, 0))
        unleased = escrow.unleased(
            q.held - q.drawn, subject_leased_unused(session, escrow.RESERVE, q.reserve_id, occ.id)
        )
        granted += _grant(
            session, terminal_id, escrow.RESERVE, occ.id, q.reserve_id, target, unleased, now
        )
    return granted


def _top_up_promotions(
    session_factory: sessionmaker[Session],
    terminal_id: str,
    given_back: set[Key],
    now: datetime,
    horizon: timedelta,
) -> int:
    """The ticket quotas of the promotions a counter may apply."""
    with session_factory() as session:
        terminal = session.get(Terminal, terminal_id)
        if terminal is None:
            return 0
        org = session.get(Organisation, terminal.organisation_id)
        zone = ZoneInfo(org.timezone if org is not None else "UTC")
        today = now.astimezone(zone).date()
        horizon_end = (now + horizon).astimezone(zone).date()
        profile = terminal.profile
        wanted = []
        for row in session.scalars(
            select(Promotion)
            .where(
                Promotion.organisation_id == terminal.organisation_id,
                Promotion.enabled.is_(True),
                Promotion.max_tickets.is_not(None),
            )
            .order_by(Promotion.id)
        ):
            rule = promotion_from_row(row)
            if (escrow.PROMOTION, None, row.id) in given_back:
                continue
            if escrow.promotion_leasable(
                enabled=row.enabled,
                max_tickets=row.max_tickets,
                starts=rule.starts,
                expires=rule.expires,
                today=today,
                horizon_end=horizon_end,
                profiles=rule.targeting.terminal_profiles,
                profile=profile,
            ):
                wanted.append(row.id)
    granted = 0
    for promotion_id in wanted:
        with session_factory() as session, session.begin():
            promotion = session.scalars(
                select(Promotion).where(Promotion.id == promotion_id).with_for_update()
            ).one()
            if promotion.max_tickets is None or not promotion.enabled:
                continue
            recent = int(
                session.scalar(
                    select(func.coalesce(func.sum(OrderLine.quantity), 0))
                    .join(Order, Order.id == OrderLine.order_id)
                    .where(
                        Order.promotion_id == promotion_id,
                        Order.terminal_id == terminal_id,
                        Order.created_at > now - RECENT,
                        OrderLine.kind == "ticket",
                    )
                )
                or 0
            )
            free = promotion.max_tickets - promotion.tickets_used
            unleased = escrow.unleased(
                free, subject_leased_unused(session, escrow.PROMOTION, promotion_id)
            )
            granted += _grant(
                session,
                terminal_id,
                escrow.PROMOTION,
                None,
                promotion_id,
                escrow.target_size(None, recent),
                unleased,
                now,
            )
    return granted
