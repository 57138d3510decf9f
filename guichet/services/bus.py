"""The command bus: validate, apply and log every write in one transaction.

On a terminal, :meth:`CommandBus.dispatch` numbers the command, runs its handler and appends
it to the outbox in the same transaction: a sale is never on disk without the record that will
be pushed, and a crash leaves both or neither. :func:`apply_envelope` is the part the central
server reuses to apply the same command authoritatively.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar, cast

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from guichet.domain.auth import Role
from guichet.domain.commands import Command, Envelope, command_from_payload
from guichet.domain.errors import DomainError
from guichet.models.base import utcnow
from guichet.models.tables import OutboxEntry, Terminal, User

C = TypeVar("C", bound=Command)


@dataclass(frozen=True)
class Actor:
    """Who is logged in at the counter."""

    user_id: str
    name: str
    role: Role


@dataclass
class HandlerContext:
    session: Session
    envelope: Envelope
    terminal: Terminal
    user: User | None

    @property
    def now(self) -> datetime:
        return self.envelope.occurred_at

    @property
    def role(self) -> Role:
        if self.user is None:
            raise DomainError("forbidden", role="none")
        return Role(self.user.role)

    def require_role(self, *roles: Role) -> None:
        if self.role not in roles:
            raise DomainError("forbidden", role=str(self.role))

    # Offline redemptions (cards, passes) cannot be escrowed: a counter may have booked a
    # card that another counter used up meanwhile. The server then applies the command
    # anyway, tolerating the refusals listed here, and records a conflict for a supervisor.
    tolerate: frozenset[str] = frozenset()
    conflicts: list[DomainError] = field(default_factory=list)
    #: Places a paired counter's command sold or gave back, per (occurrence, column): added
    #: to the occurrence by one ``SET n = n + delta`` when the command is done (see
    #: :func:`add_counts`), so the hot row of a popular show is not locked for the command.
    counts: dict[tuple[str, str], int] = field(default_factory=dict)

    def count(self, occurrence_id: str, column: str, delta: int) -> None:
        key = (occurrence_id, column)
        self.counts[key] = self.counts.get(key, 0) + delta

    def refuse(self, error: DomainError) -> None:
        """Raise ``error``, unless the server tolerates it for this command: then note it."""
        if error.code in self.tolerate:
            self.conflicts.append(error)
            return
        raise error


Handler = Callable[[HandlerContext, Any], Any]
HANDLERS: dict[type[Command], Handler] = {}


def handles(command_type: type[C]) -> Callable[[Callable[[HandlerContext, C], Any]], Any]:
    def register(fn: Callable[[HandlerContext, C], Any]) -> Callable[[HandlerContext, C], Any]:
        HANDLERS[command_type] = fn
        return fn

    return register


def apply_envelope(
    session: Session, envelope: Envelope, *, tolerate: frozenset[str] = frozenset()
) -> Any:
    """Run the handler of ``envelope`` inside the caller's transaction. With ``tolerate``
    (the server, for offline redemptions), the refusals named are noted as conflicts in
    ``session.info["conflicts"]`` instead of raised."""
    # Importing registers every handler with @handles.
    from guichet.services import (  # noqa: F401
        handlers,
        handlers_cards,
        handlers_conflicts,
        handlers_promotions,
        handlers_reserves,
        handlers_seating,
    )

    command = command_from_payload(envelope.command_type, envelope.payload)
    handler = HANDLERS.get(type(command))
    if handler is None:
        raise DomainError("unknown_command", type=envelope.command_type)
    terminal = session.get(Terminal, envelope.terminal_id)
    if terminal is None:
        raise DomainError("unknown_terminal", terminal=envelope.terminal_id)
    user = session.get(User, envelope.user_id) if envelope.user_id else None
    if envelope.user_id and (user is None or not user.active):
        raise DomainError("unknown_user", user=envelope.user_id)
    from guichet.models.base import ids_from

    ctx = HandlerContext(session, envelope, terminal, user, tolerate=tolerate)
    with ids_from(envelope.command_id):
        result = handler(ctx, command)
        session.flush()  # ids of the rows the handler made are drawn now, in a fixed order
    session.info["conflicts"] = list(ctx.conflicts)
    if ctx.counts:
        if "pending_counts" in session.info:  # the server's batch adds them before commit
            pending: dict[tuple[str, str], int] = session.info["pending_counts"]
            for key, delta in ctx.counts.items():
                pending[key] = pending.get(key, 0) + delta
        else:
            add_counts(session, ctx.counts)
    return result


T = TypeVar("T")
#: Tables whose rows a memo may hold: any flush that writes one forgets every memo.
MEMO_TABLES = frozenset({"tax", "promotion", "price", "organisation"})


def memo(session: Session, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
    """Reference data a session reads again and again (the server's batch of sales): read
    once per session, forgotten as soon as the session writes any such row."""
    memos: dict[tuple[Any, ...], Any] = session.info.setdefault("memo", {})
    if key not in memos:
        memos[key] = compute()
    return memos[key]  # type: ignore[no-any-return]


@event.listens_for(Session, "after_flush")
def _forget_memos(session: Session, _context: Any) -> None:
    if "memo" not in session.info:
        return
    for obj in (*session.new, *session.dirty, *session.deleted):
        if getattr(obj, "__tablename__", None) in MEMO_TABLES:
            session.info.pop("memo", None)
            return


COUNTED_COLUMNS = frozenset({"sold", "alacarte_taken"})


def add_counts(session: Session, counts: dict[tuple[str, str], int]) -> None:
    """Add the places commands sold (or gave back) to their occurrences, atomically
    (``SET n = n + delta``), the rows logged for the counters when the session is the
    server's. Two statements whatever the number of occurrences: the rows are locked in id
    order (no deadlock between two batches), then counted in one UPDATE, so the rows of a
    popular show are held for an instant before the commit."""
    from sqlalchemy import Table, case, update

    from guichet.models.tables import Occurrence

    for _, column in counts:
        if column not in COUNTED_COLUMNS:
            raise ValueError(column)
    deltas = {key: delta for key, delta in counts.items() if delta}
    if not deltas:
        return
    table = cast(Table, Occurrence.__table__)
    ids = sorted({occurrence_id for occurrence_id, _ in deltas})
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            select(table.c.id)
            .where(table.c.id.in_(ids))
            .order_by(table.c.id)
            .with_for_update(key_share=True)  # FOR NO KEY UPDATE: sales' key-share locks pass
        )
    values = {}
    for column in sorted({column for _, column in deltas}):
        per_row = {oid: delta for (oid, col), delta in deltas.items() if col == column}
        values[column] = table.c[column] + case(per_row, value=table.c.id, else_=0)
    changed = session.execute(
        update(table).where(table.c.id.in_(ids)).values(values).returning(*table.c)
    ).all()
    for occurrence_id in ids:
        loaded = session.identity_map.get(session.identity_key(Occurrence, (occurrence_id,)))
        if loaded is not None:
            session.expire(loaded, list(values))
    if session.info.get("log_changes"):
        from guichet.server.changes import log_rows

        log_rows(session, "occurrence", sorted(changed, key=lambda row: row.id))


class CommandBus:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        terminal_id: str,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.session_factory = session_factory
        self.terminal_id = terminal_id
        self.clock = clock

    def dispatch(
        self,
        command: Command,
        actor: Actor | None,
        *,
        after: Callable[[Session, Any], None] | None = None,
    ) -> Any:
        """Apply ``command`` and append it to the outbox, all or nothing.

        ``after`` runs in the same transaction for terminal-only bookkeeping (the print queue).
        """
        with self.session_factory() as session, session.begin():
            terminal = session.scalars(
                select(Terminal).where(Terminal.id == self.terminal_id).with_for_update()
            ).one()
            sequence = terminal.next_sequence
            terminal.next_sequence = sequence + 1
            envelope = Envelope(
                command_id=str(uuid.uuid4()),
                command_type=command.type_name,
                terminal_id=self.terminal_id,
                sequence=sequence,
                occurred_at=self.clock(),
                user_id=actor.user_id if actor else None,
                payload=command.to_payload(),
            )
            result = apply_envelope(session, envelope)
            session.add(
                OutboxEntry(
                    command_id=envelope.command_id,
                    command_type=envelope.command_type,
                    terminal_id=envelope.terminal_id,
                    sequence=envelope.sequence,
                    occurred_at=envelope.occurred_at,
                    user_id=envelope.user_id,
                    payload=envelope.payload,
                )
            )
            if after is not None:
                after(session, result)
        return result
