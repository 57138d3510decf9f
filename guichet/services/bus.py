"""The command bus: validate, apply and log every write in one transaction.

On a terminal, :meth:`CommandBus.dispatch` numbers the command, runs its handler and appends
it to the outbox in the same transaction: a sale is never on disk without the record that will
be pushed, and a crash leaves both or neither. :func:`apply_envelope` is the part the central
server reuses to apply the same command authoritatively.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, case, select, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session, sessionmaker

from guichet.changes.capture import log_rows
from guichet.domain.auth import Role
from guichet.domain.commands import Command, Envelope
from guichet.domain.errors import DomainError
from guichet.domain.numbering import Numbers
from guichet.domain.payloads import command_from_payload
from guichet.domain.pins import PROOFS, Grant, command_message, sign
from guichet.models.base import ids_from, utcnow
from guichet.models.tables import Occurrence, OutboxEntry, Terminal, User
from guichet.services.command_handlers import COMMAND_HANDLERS, DEFERRABLE, PREFETCH
from guichet.services.context import HandlerContext, in_batch
from guichet.services.rows import deferring, write_deferred


@dataclass(frozen=True)
class Actor:
    """Who is logged in at the counter."""

    user_id: str
    name: str
    role: Role
    title_form: str = ""  # "feminine": « Caissière » (guichet.i18n.titles)


def prefetch(session: Session, terminal: Terminal, envelopes: list[Envelope]) -> None:
    """Read at once what a server's batch of commands will read one by one (the occurrences
    its sales sell, the terminal's allotments of them...). Only a head start: each handler
    still reads what it needs, and a payload that does not parse is left to its handler."""
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


def apply_envelope(
    session: Session, envelope: Envelope, *, tolerate: frozenset[str] = frozenset()
) -> Any:
    """Run the handler of ``envelope`` inside the caller's transaction. With ``tolerate``
    (the server, for offline redemptions), the refusals named are noted as conflicts in
    ``session.info["conflicts"]`` instead of raised."""
    command = session.info.get("parsed", {}).pop(envelope.command_id, None)
    if command is None:
        try:
            command = command_from_payload(envelope.command_type, envelope.payload)
        except (TypeError, KeyError, ValueError, OverflowError) as error:
            # A field that does not fit its command (a NUL typed in a card holder's name):
            # the counter refuses it in words before recording anything, and the server
            # answers a pushed one with the same refusal.
            raise DomainError("malformed_command", detail=str(error)[:200]) from error
    handler = COMMAND_HANDLERS.get(type(command))
    if handler is None:
        raise DomainError("unknown_command", type=envelope.command_type)
    terminal = session.get(Terminal, envelope.terminal_id)
    if terminal is None:
        raise DomainError("unknown_terminal", terminal=envelope.terminal_id)
    user = session.get(User, envelope.user_id) if envelope.user_id else None
    if envelope.user_id and (user is None or not user.active):
        raise DomainError("unknown_user", user=envelope.user_id)
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


COUNTED_COLUMNS = frozenset({"sold", "alacarte_taken"})


def add_counts(session: Session, counts: dict[tuple[str, str], int]) -> None:
    """Add the places commands sold (or gave back) to their occurrences, atomically
    (``SET n = n + delta``), the rows logged for the counters when the session is the
    server's. One statement whatever the number of occurrences: the rows are locked in id
    order (no deadlock between two batches) and counted, so the rows of a popular show are
    held for an instant before the commit."""
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
