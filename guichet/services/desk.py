"""What a desk (cards, reserves, conflicts, the door) needs of the counter it serves.

The counter builds its desks and hands itself over as a :class:`DeskCounter`: its sessions,
where it stands, who is acting, what time it is, and the command bus. A desk reads only that
and never imports the counter back (issue 20, part 2: no import circle). The back office
hands over the same few things (guichet/ui/admin/check_in_lists.py).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from guichet.domain.errors import DomainError
from guichet.i18n.formatting import local
from guichet.models.tables import Allotment, Terminal
from guichet.services import queries
from guichet.services.bus import Actor, CommandBus
from guichet.services.views import OccurrenceView


@dataclass(frozen=True)
class OrganisationInfo:
    id: str
    name: str
    timezone: str
    currency: str
    cash_increment: int


class DeskCounter(Protocol):
    """The counter as its desks see it (read-only: a desk changes none of it)."""

    @property
    def session_factory(self) -> sessionmaker[Session]: ...

    @property
    def terminal_id(self) -> str: ...

    @property
    def lang(self) -> str: ...

    @property
    def organisation(self) -> OrganisationInfo: ...

    @property
    def actor(self) -> Actor | None:
        """Whoever is logged in at the counter now (None: nobody)."""

    @property
    def bus(self) -> CommandBus: ...

    @property
    def printing_enabled(self) -> bool: ...

    def clock(self) -> datetime: ...


def dispatch(counter: DeskCounter, command: object, after: object = None) -> object:
    """``command`` through the counter's bus, signed by whoever is logged in."""
    actor = counter.actor
    if actor is None:
        raise DomainError("not_logged_in")
    return counter.bus.dispatch(command, actor, after=after)  # type: ignore[arg-type]


def today(counter: DeskCounter) -> date:
    """The organisation's day now."""
    return local(counter.clock(), counter.organisation.timezone).date()


def open_shift_id(session_factory: sessionmaker[Session], terminal_id: str) -> str:
    """The counter's open shift (refused when none is open); the handler checks it again."""
    with session_factory() as session:
        shift_id = queries.open_shift_id(session, terminal_id)
    if shift_id is None:
        raise DomainError("no_open_shift")
    return shift_id


def with_allotments(
    session: Session, terminal_id: str, views: list[OccurrenceView]
) -> list[OccurrenceView]:
    """On a paired counter, what it may sell is what it holds (escrow)."""
    terminal = session.get(Terminal, terminal_id)
    if terminal is None or not terminal.escrowed or not views:
        return views
    held = {
        (row.occurrence_id, row.kind): row.granted - row.used
        for row in session.scalars(
            select(Allotment).where(
                Allotment.terminal_id == terminal_id,
                Allotment.occurrence_id.in_([v.id for v in views]),
            )
        )
    }
    return [
        dataclasses.replace(
            v,
            allotment=held.get((v.id, "places"), 0),
            alacarte_allotment=held.get((v.id, "alacarte"), 0),
        )
        for v in views
    ]


def occurrence(counter: DeskCounter, occurrence_id: str) -> OccurrenceView:
    """One occurrence as the sales window lists it (with what this counter holds of it)."""
    with counter.session_factory() as session:
        occ = queries.occurrence(session, occurrence_id, counter.lang)
        if occ is None:
            raise DomainError("unknown_occurrence", occurrence=occurrence_id)
        return with_allotments(session, counter.terminal_id, [occ])[0]
