"""The back office (issue 14), as its windows and the command line call it: a facade with one
small desk per job — the organisation, staff, venues and halls, events, dates, prices,
counters, a season's programme, and the history.

Qt-free. Every write is a command through the bus (one transaction, an outbox row, a line
of history); the handlers, not these desks, decide who may do what, so the server refuses
the same things.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from guichet.domain.commands import Command
from guichet.domain.errors import DomainError
from guichet.models.base import utcnow
from guichet.models.tables import Organisation
from guichet.services.backoffice.catalogue import EventsDesk, VenuesDesk
from guichet.services.backoffice.history import HistoryDesk
from guichet.services.backoffice.prices import PricesDesk
from guichet.services.backoffice.programme import ProgrammeDesk
from guichet.services.backoffice.schedule import DatesDesk
from guichet.services.backoffice.staff import OrganisationDesk, StaffDesk, TerminalsDesk
from guichet.services.bus import Actor, CommandBus


class BackOffice:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        terminal_id: str,
        actor_provider: Callable[[], Actor | None],
        *,
        lang: str = "fr",
        clock: Callable[[], datetime] = utcnow,
        bus: CommandBus | None = None,
    ) -> None:
        self.session_factory = session_factory
        self.terminal_id = terminal_id
        self.actor_provider = actor_provider
        self.lang = lang
        self.clock = clock
        self.bus = bus or CommandBus(session_factory, terminal_id, clock)
        with session_factory() as session:
            org = session.query(Organisation).one()
            self.organisation_id = org.id
            self.timezone = org.timezone
        self.organisation = OrganisationDesk(self)
        self.staff = StaffDesk(self)
        self.terminals = TerminalsDesk(self)
        self.venues = VenuesDesk(self)
        self.events = EventsDesk(self)
        self.prices = PricesDesk(self)
        self.dates = DatesDesk(self)
        self.programme = ProgrammeDesk(self)
        self.history = HistoryDesk(self)

    @property
    def actor(self) -> Actor:
        actor = self.actor_provider()
        if actor is None:
            raise DomainError("not_logged_in")
        return actor

    def dispatch(self, command: Command) -> Any:
        return self.bus.dispatch(command, self.actor)

    def refresh(self) -> None:
        """Read the organisation's time zone again (after it was edited)."""
        with self.session_factory() as session:
            self.timezone = session.get(Organisation, self.organisation_id).timezone  # type: ignore[union-attr]
