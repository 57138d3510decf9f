"""The scenes the screenshots (``guichet --screenshot``) set on the demo beyond what a cashier
can do at the counter: another counter of the organisation, the conflicts its server recorded,
a paired counter, a price list, the tickets of a show.

The windows' picture builders (guichet/ui/screenshots/) ask these; they never open the
database themselves.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from guichet.models.tables import Conflict, Event, Price, PriceList, SyncState, Terminal, Ticket

Factory = sessionmaker[Session]


@dataclass(frozen=True)
class DemoTicket:
    """What a picture needs of a ticket: its code to scan, its tariff, its holder, its order."""

    code: str
    category_id: str | None
    holder: str
    order_id: str | None


def event_ids_by_name(factory: Factory) -> dict[str, str]:
    """The demo's events by the name they were written with (French)."""
    with factory() as session:
        return {name: event_id for name, event_id in session.execute(select(Event.name, Event.id))}


def add_remote_terminal(factory: Factory, organisation_id: str, name: str) -> str:
    """Another counter of the organisation, as the server's terminals reach this one."""
    with factory() as session, session.begin():
        terminal = Terminal(
            id=str(uuid.uuid4()),
            organisation_id=organisation_id,
            name=name,
            is_local=False,
            escrowed=True,
        )
        session.add(terminal)
        return terminal.id


def add_conflict(
    factory: Factory,
    organisation_id: str,
    *,
    terminal_id: str,
    user_id: str | None,
    occurred_at: datetime,
    reason: str,
    details: Mapping[str, object] | None = None,
    card_id: str | None = None,
    booking_ids: tuple[str, ...] = (),
    order_id: str | None = None,
    resolution: str = "",
    note: str = "",
    resolved_by: str | None = None,
    resolved_at: datetime | None = None,
    command_type: str = "booking.book",
) -> str:
    """A ``sync_conflict`` row as the server records it for an offline command."""
    conflict_id = str(uuid.uuid4())
    with factory() as session, session.begin():
        session.add(
            Conflict(
                id=conflict_id,
                organisation_id=organisation_id,
                terminal_id=terminal_id,
                user_id=user_id,
                command_id=str(uuid.uuid4()),
                command_type=command_type,
                occurred_at=occurred_at,
                reason=reason,
                details=dict(details or {}),
                card_id=card_id,
                booking_ids=list(booking_ids),
                order_id=order_id,
                status="resolved" if resolution else "open",
                resolution=resolution,
                note=note,
                resolved_by=resolved_by,
                resolved_at=resolved_at,
                created_at=occurred_at + timedelta(minutes=20),
            )
        )
    return conflict_id


def mark_paired(factory: Factory, terminal_id: str, server_url: str) -> None:
    """This counter as if it had been paired with the server at ``server_url``."""
    with factory() as session, session.begin():
        session.add(SyncState(key="server_url", value=server_url))
        session.add(SyncState(key="terminal_id", value=terminal_id))


def add_price_list(
    factory: Factory, organisation_id: str, name: str, amounts: Mapping[str, int]
) -> str:
    """A price list with its amount (cents) for each tariff id; returns its id."""
    with factory() as session, session.begin():
        price_list = PriceList(organisation_id=organisation_id, name=name)
        session.add(price_list)
        session.flush()
        for category_id, amount in amounts.items():
            session.add(Price(price_list_id=price_list.id, category_id=category_id, amount=amount))
        return price_list.id


def valid_tickets(factory: Factory, occurrence_id: str, holder: str = "") -> list[DemoTicket]:
    """The valid tickets of a date (of one holder's, if given), in the order they were sold."""
    with factory() as session:
        query = select(Ticket).where(
            Ticket.occurrence_id == occurrence_id, Ticket.status == "valid"
        )
        if holder:
            query = query.where(Ticket.holder == holder)
        return [
            DemoTicket(t.code, t.category_id, t.holder, t.order_id)
            for t in session.scalars(query.order_by(Ticket.created_at, Ticket.rank))
        ]
