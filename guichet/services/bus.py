"""The command bus: validate, apply and log every write in one transaction.

On a terminal, :meth:`CommandBus.dispatch` numbers the command, runs its handler and appends
it to the outbox in the same transaction: a sale is never on disk without the record that will
be pushed, and a crash leaves both or neither. :func:`apply_envelope` is the part the central
server reuses to apply the same command authoritatively.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar, cast

from sqlalchemy import event, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session, sessionmaker

from guichet.domain.auth import Role
from guichet.domain.commands import Command, Envelope, command_from_payload
from guichet.domain.errors import DomainError
from guichet.domain.numbering import Numbers
from guichet.domain.pins import PROOFS, Grant, command_message, sign
from guichet.models.base import utcnow
from guichet.models.tables import OutboxEntry, Terminal, User
from guichet.services.rows import deferring, write_deferred

C = TypeVar("C", bound=Command)


@dataclass(frozen=True)
class Actor:
    """Who is logged in at the counter."""

    user_id: str
    name: str
    role: Role
    title_form: str = ""  # "feminine": « Caissière » (guichet.i18n.titles)


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
        from guichet.services.authority import role_of

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
#: Per command type, whether one command's handler reads only rows that the commands before
#: it in a server's batch do not write, or that it finds in the session's memory: its rows
#: may then wait for the batch's (see :func:`apply_envelope` and :func:`in_batch`).
DEFERRABLE: dict[type[Command], Callable[[HandlerContext, Any], bool]] = {}
#: Per command type, what a batch of such commands will read, read at once for the batch.
Prefetch = Callable[[Session, Terminal, list[Any]], None]
PREFETCH: dict[type[Command], Prefetch] = {}


def handles(
    command_type: type[C],
    *,
    deferrable: Callable[[HandlerContext, C], bool] | None = None,
    prefetch: Prefetch | None = None,
) -> Callable[[Callable[[HandlerContext, C], Any]], Any]:
    def register(fn: Callable[[HandlerContext, C], Any]) -> Callable[[HandlerContext, C], Any]:
        HANDLERS[command_type] = fn
        if deferrable is not None:
            DEFERRABLE[command_type] = deferrable
        if prefetch is not None:
            PREFETCH[command_type] = prefetch
        return fn

    return register


def prefetch(session: Session, terminal: Terminal, envelopes: list[Envelope]) -> None:
    """Read at once what a server's batch of commands will read one by one (the occurrences
    its sales sell, the terminal's allotments of them...). Only a head start: each handler
    still reads what it needs, and a payload that does not parse is left to its handler."""
    _register_handlers()
    users = sorted({e.user_id for e in envelopes if e.user_id})
    if users:  # every command reads its user (and would flush the batch's rows to)
        session.scalars(select(User).where(User.id.in_(users))).all()
    commands: dict[type[Command], list[Command]] = {}
    parsed: dict[str, Command] = session.info.setdefault("parsed", {})
    for envelope in envelopes:
        try:
            command = command_from_payload(envelope.command_type, envelope.payload)
        except Exception:  # noqa: BLE001 - refused by its handler, with its answer
            continue
        parsed[envelope.command_id] = command  # (commands are frozen: parsed once)
        if type(command) in PREFETCH:
            commands.setdefault(type(command), []).append(command)
    for command_type, batch in commands.items():
        PREFETCH[command_type](session, terminal, batch)


def _register_handlers() -> None:
    # Importing registers every handler with @handles.
    from guichet.services import (  # noqa: F401
        handlers,
        handlers_cards,
        handlers_catalogue,
        handlers_conflicts,
        handlers_exchange,
        handlers_programme,
        handlers_promotions,
        handlers_reserves,
        handlers_schedule,
        handlers_seating,
        handlers_staff,
        handlers_tickets,
    )


def apply_envelope(
    session: Session, envelope: Envelope, *, tolerate: frozenset[str] = frozenset()
) -> Any:
    """Run the handler of ``envelope`` inside the caller's transaction. With ``tolerate``
    (the server, for offline redemptions), the refusals named are noted as conflicts in
    ``session.info["conflicts"]`` instead of raised."""
    _register_handlers()
    command = session.info.get("parsed", {}).pop(envelope.command_id, None)
    if command is None:
        try:
            command = command_from_payload(envelope.command_type, envelope.payload)
        except (TypeError, KeyError, ValueError, OverflowError) as error:
            # A field that does not fit its command (a NUL typed in a card holder's name):
            # the counter refuses it in words before recording anything, and the server
            # answers a pushed one with the same refusal.
            raise DomainError("malformed_command", detail=str(error)[:200]) from error
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
    deferrable = DEFERRABLE.get(type(command))
    with ids_from(envelope.command_id):
        if in_batch(session) and deferrable is not None and deferrable(ctx, command):
            # The server's batch: this command's rows go to the database with the batch's,
            # a few multi-row statements for all of its commands, and what it reads is
            # either untouched by them or in memory (it must not flush theirs to read).
            already = len(session.new)
            with session.no_autoflush, deferring(session):
                result = handler(ctx, command)
            if _keys_to_draw(list(session.new)[already:]):
                session.flush()
        else:
            write_deferred(session)  # what it reads, the batch's earlier sales may have made
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


def in_batch(session: Session) -> bool:
    """Whether ``session`` applies a server's batch of commands at once: no savepoints, rows
    locked once for the whole transaction (see :func:`locked`)."""
    return "batch_locks" in session.info


def _keys_to_draw(new: list[Any]) -> bool:
    """Whether a row made by the command (``new``) has an id still to draw: drawn from the
    command's uuid, it must be drawn now (by a flush) for the counter and the server to
    agree."""
    for obj in new:
        for key in _drawn_keys(type(obj)):
            if getattr(obj, key) is None:
                return True
    return False


_DRAWN_KEYS: dict[type[Any], tuple[str, ...]] = {}


def _drawn_keys(model: type[Any]) -> tuple[str, ...]:
    """The attributes of ``model``'s primary key whose value a flush draws (new_id)."""
    keys = _DRAWN_KEYS.get(model)
    if keys is None:
        mapper = sa_inspect(model)
        keys = _DRAWN_KEYS[model] = tuple(
            mapper.get_property_by_column(column).key
            for column in mapper.primary_key
            if column.default is not None and column.default.is_callable
        )
    return keys


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


COUNTED_COLUMNS = frozenset({"sold", "alacarte_taken"})


def add_counts(session: Session, counts: dict[tuple[str, str], int]) -> None:
    """Add the places commands sold (or gave back) to their occurrences, atomically
    (``SET n = n + delta``), the rows logged for the counters when the session is the
    server's. One statement whatever the number of occurrences: the rows are locked in id
    order (no deadlock between two batches) and counted, so the rows of a popular show are
    held for an instant before the commit."""
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
    values = {}
    for column in sorted({column for _, column in deltas}):
        per_row = {oid: delta for (oid, col), delta in deltas.items() if col == column}
        values[column] = table.c[column] + case(per_row, value=table.c.id, else_=0)
    counted = update(table).values(values).returning(*table.c)
    if session.get_bind().dialect.name == "postgresql":
        # The rows come locked in id order from the sub-select, and each is updated once
        # locked, whatever the plan (an UPDATE alone locks in the order it finds them).
        in_order = (
            select(table.c.id)
            .where(table.c.id.in_(ids))
            .order_by(table.c.id)
            .with_for_update(key_share=True)  # FOR NO KEY UPDATE: sales' key-share locks pass
            .subquery()
        )
        counted = counted.where(table.c.id == in_order.c.id)
    else:
        counted = counted.where(table.c.id.in_(ids))
    changed = session.execute(counted).all()
    for occurrence_id in ids:
        loaded = session.identity_map.get(session.identity_key(Occurrence, (occurrence_id,)))
        if loaded is not None:
            session.expire(loaded, list(values))
    if session.info.get("log_changes"):
        from guichet.server.changes import log_rows

        log_rows(session, "occurrence", sorted(changed, key=lambda row: row.id))


def with_proofs(
    grants: dict[str, Grant], envelope: Envelope, payload: dict[str, Any]
) -> dict[str, Any]:
    """``payload`` with a proof for each person the command names (its user, the supervisor
    who approves it) whose grant is still valid now (by the real clock: the grant's expiry
    is the server's, whatever this counter's clock says)."""
    now = utcnow()
    named = {envelope.user_id} | {v for v in payload.values() if isinstance(v, str)}
    proofs = [
        sign(
            grant,
            command_message(
                envelope.command_id, envelope.command_type, envelope.terminal_id, person, payload
            ),
        )
        for person, grant in grants.items()
        if person in named and now <= grant.expires_at
    ]
    return {**payload, PROOFS: proofs} if proofs else payload


class CommandBus:
    """Dispatches commands at one terminal. ``outbox`` False: the central server's own
    commands (typed by an administrator there), which nobody pushes anywhere."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        terminal_id: str,
        clock: Callable[[], datetime] = utcnow,
        *,
        outbox: bool = True,
    ) -> None:
        self.session_factory = session_factory
        self.terminal_id = terminal_id
        self.clock = clock
        self.outbox = outbox
        #: Grants the server gave people verified online here, by person (memory only): each
        #: command they make or approve carries a proof signed with theirs (SECURITY.md).
        self.grants: dict[str, Grant] = {}
        #: A paired counter's PIN pepper (from its keyring): PIN hashes its commands carry are
        #: peppered, since its outbox is in its database (guichet.domain.pins).
        self.pepper: bytes | None = None

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
            return self.dispatch_in(session, command, actor, after=after)

    def dispatch_in(
        self,
        session: Session,
        command: Command,
        actor: Actor | None,
        *,
        after: Callable[[Session, Any], None] | None = None,
    ) -> Any:
        """:meth:`dispatch` inside the caller's transaction (a new organisation's first
        command is applied with the rows that make it a database)."""
        terminal = session.scalars(
            select(Terminal).where(Terminal.id == self.terminal_id).with_for_update()
        ).one()
        sequence = terminal.next_sequence
        terminal.next_sequence = sequence + 1
        receipt_before, z_before = terminal.next_receipt_number or 1, terminal.next_z_number or 1
        envelope = Envelope(
            command_id=str(uuid.uuid4()),
            command_type=command.type_name,
            terminal_id=self.terminal_id,
            sequence=sequence,
            occurred_at=self.clock(),
            user_id=actor.user_id if actor else None,
            payload=command.to_payload(),
        )
        if self.grants:  # people the server verified online: their proofs go with it
            envelope = dataclasses.replace(
                envelope, payload=with_proofs(self.grants, envelope, envelope.payload)
            )
        result = apply_envelope(session, envelope)
        if self.outbox:
            session.add(
                OutboxEntry(
                    command_id=envelope.command_id,
                    command_type=envelope.command_type,
                    terminal_id=envelope.terminal_id,
                    sequence=envelope.sequence,
                    occurred_at=envelope.occurred_at,
                    user_id=envelope.user_id,
                    payload=envelope.payload,
                    # What the command consumed of this counter's numbers travels with it:
                    # the server follows them even when it refuses the command.
                    numbers=Numbers(
                        receipt_before,
                        terminal.next_receipt_number or 1,
                        z_before,
                        terminal.next_z_number or 1,
                    ).to_json(),
                )
            )
        if after is not None:
            after(session, result)
        return result
