"""What a handler is given and shares with the others: its context (the session, the
envelope, the terminal, who asks), row locks that hold for a server's whole batch, and memos
of reference data.

The handlers and the bus both stand on this module; the bus finds the handlers in one table
(:mod:`guichet.services.command_handlers`).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar, cast

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from guichet.domain.auth import Role
from guichet.domain.commands import Envelope
from guichet.domain.errors import DomainError
from guichet.models.tables import Terminal, User
from guichet.services.authority import role_of


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
        return role_of(self.session, self.user)  # unproven on the server: a cashier

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
    #: :func:`guichet.services.bus.add_counts`), so the hot row of a popular show is not
    #: locked for the command.
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


def in_batch(session: Session) -> bool:
    """Whether ``session`` applies a server's batch of commands at once: no savepoints, rows
    locked once for the whole transaction (see :func:`locked`)."""
    return "batch_locks" in session.info


R = TypeVar("R")


def lock_all(session: Session, model: type[R], row_ids: set[str]) -> None:
    """Lock at once, in id order, rows a server's batch will lock one by one with
    :func:`locked` (which then finds them in memory)."""
    held: set[tuple[type[Any], str]] | None = session.info.get("batch_locks")
    wanted = sorted(i for i in row_ids if (model, i) not in (held or ()))
    if held is None or not wanted:
        return
    rows = session.scalars(
        select(model)
        .where(model.id.in_(wanted))  # type: ignore[attr-defined]
        .order_by(model.id)  # type: ignore[attr-defined]
        .with_for_update()
        .execution_options(populate_existing=True)
    ).all()
    session.info.setdefault("keep", []).extend(rows)
    held.update((model, row.id) for row in rows)  # type: ignore[attr-defined]


def locked(session: Session, model: type[R], row_id: str) -> R | None:
    """The row of ``model`` whose id is ``row_id``, locked until the transaction ends and read
    under the lock (a count about to change). In a server's batch, a row locked earlier in the
    transaction is the copy in memory: it holds the batch's changes not yet written, which
    reading it again would throw away."""
    held: set[tuple[type[Any], str]] | None = session.info.get("batch_locks")
    if held is not None and (model, row_id) in held:
        kept = session.identity_map.get(session.identity_key(model, (row_id,)))
        if kept is not None:
            return cast(R, kept)
    row = session.scalars(
        select(model)
        .where(model.id == row_id)  # type: ignore[attr-defined]
        .with_for_update()
        .execution_options(populate_existing=True)
    ).first()
    if held is not None and row is not None:
        held.add((model, row_id))
    return row


T = TypeVar("T")
#: Tables whose rows a memo may hold: any flush that writes one forgets every memo.
MEMO_TABLES = frozenset(
    {
        "tax",
        "promotion",
        "price",
        "price_list",
        "ticket_category",
        "organisation",
        "occurrence",
        "event",
        "reserve_quantity",
    }
)


def memo(session: Session, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
    """Reference data a session reads again and again (the server's batch of sales): read
    once per session, forgotten as soon as the session writes any such row."""
    memos: dict[tuple[Any, ...], Any] = session.info.setdefault("memo", {})
    if key not in memos:
        memos[key] = compute()
    return memos[key]  # type: ignore[no-any-return]


K = TypeVar("K", bound=Hashable)


def memo_by_id(
    session: Session, name: str, ids: Sequence[K], read: Callable[[list[K]], dict[K, T]]
) -> dict[K, T]:
    """:func:`memo` of one value per id (or key): ``read`` is asked only for the ids not
    known yet in this session. Returns everything known (ids ``read`` did not find are
    absent)."""
    known: dict[K, T] = memo(session, (name,), dict)
    missing = [i for i in ids if i not in known]
    if missing:
        known.update(read(missing))
    return known


@event.listens_for(Session, "after_flush")
def _forget_memos(session: Session, _context: Any) -> None:
    if "memo" not in session.info:
        return
    for obj in (*session.new, *session.dirty, *session.deleted):
        if getattr(obj, "__tablename__", None) in MEMO_TABLES:
            session.info.pop("memo", None)
            return
