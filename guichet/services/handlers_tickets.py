"""Handlers of the door: a scan recorded as the door judged it, and the check-in lists.

The door decides at the moment of the scan, on its own copy or the server's answer
(:mod:`guichet.services.door`); the command records that decision. Replayed on the server, an
entry for a ticket another door already admitted is kept all the same (the person is inside)
and the double entry becomes a conflict for a supervisor (``ticket_double_entry``).
"""

from __future__ import annotations

from sqlalchemy import select

from guichet.domain.auth import Role
from guichet.domain.commands import CheckInTicket, SaveCheckInList
from guichet.domain.errors import DomainError
from guichet.domain.tickets import MAX_SCAN_LENGTH, Verdict
from guichet.models.tables import (
    CheckIn,
    CheckInList,
    Event,
    Occurrence,
    Terminal,
    Ticket,
    TicketCategory,
    User,
)
from guichet.services.context import HandlerContext

MAX_LIST_NAME = 80


def first_entry(ctx: HandlerContext, ticket_id: str) -> CheckIn | None:
    return ctx.session.scalars(
        select(CheckIn)
        .where(CheckIn.ticket_id == ticket_id, CheckIn.admitted.is_(True))
        .order_by(CheckIn.occurred_at)
        .limit(1)
    ).first()


def double_entry(ctx: HandlerContext, ticket: Ticket, earlier: CheckIn) -> DomainError:
    """The conflict of a ticket admitted at a second door: its code, date and order, and the
    first entry (when, where, who); the conflict's own row says the second."""
    where = ctx.session.get(Terminal, earlier.terminal_id)
    who = ctx.session.get(User, earlier.user_id) if earlier.user_id else None
    occurrence = ctx.session.get(Occurrence, ticket.occurrence_id)
    event = ctx.session.get(Event, occurrence.event_id) if occurrence is not None else None
    return DomainError(
        "ticket_double_entry",
        ticket=ticket.code,
        ticket_id=ticket.id,
        order_id=ticket.order_id or "",
        occurrence_id=ticket.occurrence_id,
        event=event.name if event is not None else "",
        starts_at=occurrence.starts_at.isoformat() if occurrence is not None else "",
        first_check_in=earlier.id,
        first_at=earlier.occurred_at.isoformat(),
        first_where=where.name if where is not None else "",
        first_terminal_id=earlier.terminal_id,
        first_who=who.name if who is not None else "",
    )


def check_in_ticket(ctx: HandlerContext, cmd: CheckInTicket) -> str:
    if ctx.user is None:
        raise DomainError("not_logged_in")
    try:
        verdict = Verdict(cmd.verdict)
    except ValueError:
        raise DomainError("malformed_command", detail="verdict") from None
    if len(cmd.code) > MAX_SCAN_LENGTH:
        raise DomainError("malformed_command", detail="code")
    ticket: Ticket | None = None
    if cmd.ticket_id is not None:
        ticket = ctx.session.get(Ticket, cmd.ticket_id)
        if ticket is not None and ticket.organisation_id != ctx.terminal.organisation_id:
            raise DomainError("unknown_ticket", ticket=cmd.code)
        if ticket is None and ctx.session.info.get("log_changes"):
            # The server's copy is the reference: a ticket it does not have is refused.
            raise DomainError("unknown_ticket", ticket=cmd.code)
        # On a counter, a ticket its copy lacks is one the server vouched for at the scan
        # (sold at another counter, not pulled yet): the entry is kept with its id, and the
        # server's row (with its date) comes back at the next pull.
    admitted = cmd.admitted and verdict == Verdict.VALID and cmd.ticket_id is not None
    if admitted and ticket is not None:
        earlier = first_entry(ctx, ticket.id)
        if earlier is not None and earlier.terminal_id != ctx.terminal.id:
            # Kept: both doors let the person in. The server notes the double entry, with
            # what a supervisor reads: the ticket, its date, its sale and the first entry.
            ctx.refuse(double_entry(ctx, ticket, earlier))
    ctx.session.add(
        CheckIn(
            id=cmd.check_in_id,
            organisation_id=ctx.terminal.organisation_id,
            terminal_id=ctx.terminal.id,
            user_id=ctx.envelope.user_id,
            command_id=ctx.envelope.command_id,
            ticket_id=cmd.ticket_id,
            occurrence_id=ticket.occurrence_id if ticket is not None else None,
            list_id=cmd.list_id,
            code=cmd.code,
            verdict=verdict.value,
            admitted=admitted,
            occurred_at=ctx.now,
        )
    )
    return cmd.check_in_id


def save_check_in_list(ctx: HandlerContext, cmd: SaveCheckInList) -> str:
    ctx.require_role(Role.SUPERVISOR, Role.OWNER)
    name = cmd.name.strip()
    if not name:
        raise DomainError("check_in_list_name_missing")
    if len(name) > MAX_LIST_NAME:
        raise DomainError(
            "text_too_long", field="name", length=len(name), maximum=MAX_LIST_NAME
        )
    if cmd.minutes_before is not None and not 0 <= cmd.minutes_before <= 24 * 60:
        raise DomainError("check_in_minutes_out_of_range", minutes=cmd.minutes_before)
    org = ctx.terminal.organisation_id
    events = set(
        ctx.session.scalars(
            select(Event.id).where(Event.organisation_id == org, Event.id.in_(cmd.event_ids))
        )
    )
    for event_id in cmd.event_ids:
        if event_id not in events:
            raise DomainError("unknown_event", event=event_id)
    categories = set(
        ctx.session.scalars(
            select(TicketCategory.id).where(
                TicketCategory.organisation_id == org, TicketCategory.id.in_(cmd.category_ids)
            )
        )
    )
    for category_id in cmd.category_ids:
        if category_id not in categories:
            raise DomainError("unknown_category", category=category_id)
    row = ctx.session.get(CheckInList, cmd.list_id)
    if row is None:
        row = CheckInList(id=cmd.list_id, organisation_id=org, created_at=ctx.now)
        ctx.session.add(row)
    elif row.organisation_id != org:
        raise DomainError("unknown_check_in_list", list=cmd.list_id)
    row.name = name
    row.event_ids = list(dict.fromkeys(cmd.event_ids))
    row.category_ids = list(dict.fromkeys(cmd.category_ids))
    row.minutes_before = cmd.minutes_before
    row.active = cmd.active
    return row.id
