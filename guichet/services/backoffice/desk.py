"""What every desk of the back office stands on: the office it works for, as the desks see
it (:class:`Office`, which :class:`guichet.services.backoffice.BackOffice` is)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy.orm import Session, sessionmaker

from guichet.domain.commands import Command
from guichet.services.backoffice.views import EventView
from guichet.services.bus import Actor, CommandBus


class EventLookup(Protocol):
    def get(self, event_id: str) -> EventView: ...


class Office(Protocol):
    """The back office as its desks use it: who and where, its clock, the bus."""

    @property
    def session_factory(self) -> sessionmaker[Session]: ...
    @property
    def terminal_id(self) -> str: ...
    @property
    def organisation_id(self) -> str: ...
    @property
    def timezone(self) -> str: ...
    @property
    def lang(self) -> str: ...
    @property
    def clock(self) -> Callable[[], datetime]: ...
    @property
    def bus(self) -> CommandBus: ...
    @property
    def events(self) -> EventLookup: ...
    @property
    def actor(self) -> Actor: ...

    def dispatch(self, command: Command) -> Any: ...

    def refresh(self) -> None: ...


class Desk:
    """One job of the back office; reads with its own sessions, writes through the bus."""

    def __init__(self, office: Office) -> None:
        self.office = office

    def session(self) -> Session:
        return self.office.session_factory()

    def dispatch(self, command: Command) -> Any:
        return self.office.dispatch(command)
