"""The central server's logic, without HTTP: pairing, tokens, push, pull.

Every command a counter pushes is applied by the same handlers the counter ran
(:func:`guichet.services.bus.apply_envelope`), exactly once by its uuid, in sequence per
terminal, each in its own transaction (row locks on PostgreSQL). A refusal is an answer,
not an error. Every row the server writes lands in the change log (see
:mod:`guichet.changes`), which counters pull from their cursor.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Text, cast, event, func, select, update
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from guichet.changes import capture, journal
from guichet.changes.apply import apply_entries
from guichet.domain import codes
from guichet.domain.catalogue import shown
from guichet.domain.commands import Envelope
from guichet.domain.errors import DomainError
from guichet.models.base import new_id, utcnow
from guichet.models.tables import (
    AppliedCommand,
    ChangeLogEntry,
    DeviceToken,
    Organisation,
    PairingCode,
    Terminal,
)
from guichet.server import people, scrub
from guichet.services.bus import add_counts, apply_envelope, prefetch
from guichet.services.handlers_cards import card_facts
from guichet.services.rows import deferring, insert_rows, write_changed, write_deferred

PAIRING_TTL = timedelta(hours=24)
log = logging.getLogger("guichet.server")
#: Redemptions a counter may have made offline that the server cannot refuse after the fact:
#: applied anyway, each with a conflict for a supervisor (issue 6, part 6).
#: A sale made offline is a fact (the money was taken): what cannot be escrowed is applied
#: too, with a conflict — a promo code used up elsewhere meanwhile (a single-use code is a
#: count of one), a quota per event, zone or category given out elsewhere, a seat another
#: counter sold, a tariff or promotion changed meanwhile, an occurrence cancelled, a
#: category no longer offered or a registration window moved meanwhile (docs/SYNC.md).
TOLERANT_COMMANDS = frozenset({"booking.book", "order.sell", "ticket.check_in"})
TOLERATED = frozenset(
    {
        "ticket_double_entry",  # two doors admitted one ticket offline: both entries kept
        "card_used_up",
        "not_enough_uses",
        "card_exclusive_booked",
        "card_blocked",
        "card_void",
        "promo_code_used_up",
        "promo_target_quota_exceeded",
        "seat_taken",
        "price_mismatch",
        "occurrence_cancelled",
        "category_not_offered",
        "registration_closed",
        "registration_not_open",
    }
)
PAGE_MAX = 5000


def token_hash(token: str) -> str:
    """Tokens are 256 random bits: a plain SHA-256 is enough to make a stolen hash useless."""
    return hashlib.sha256(token.encode()).hexdigest()


#: How often a pull or a lease records a counter as seen (a push always does).
SEEN_EVERY = timedelta(minutes=1)


@dataclass(frozen=True)
class Paired:
    terminal_id: str
    organisation_id: str
    token: str


@dataclass(frozen=True)
class Answer:
    command_id: str
    sequence: int
    status: str  # accepted | rejected | conflict | out_of_sequence
    reason: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "command_id": self.command_id,
            "sequence": self.sequence,
            "status": self.status,
            "reason": self.reason,
            "details": self.details,
        }


@dataclass(frozen=True)
class ChangesPage:
    changes: list[dict[str, Any]]
    cursor: int
    more: bool
    snapshot_required: bool = False


class ServerCore:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self.session_factory = session_factory
        self._pushers: dict[str, str] = {}  # token hash -> terminal (see pusher)
        capture.install(session_factory)
        if not event.contains(session_factory, "do_orm_execute", _fresh_when_locked):
            event.listen(session_factory, "do_orm_execute", _fresh_when_locked)
            event.listen(session_factory, "loaded_as_persistent", _keep_loaded)

    # --- administration ---------------------------------------------------------------

    def organisation_id(self) -> str:
        with self.session_factory() as session:
            org = session.scalars(select(Organisation.id)).first()
            if org is None:
                raise DomainError("no_organisation")
            return org

    def pairing_code_for(
        self,
        terminal_id: str,
        user_id: str,
        proof: Any = None,
        login_roles: str = "cashier",
        now: datetime | None = None,
    ) -> str:
        """A supervisor at a paired counter asks for a code for the next counter (back office).
        The user is checked here, on the server's own list of users and roles, and must prove
        who they are (``proof``: signed with the grant the server gave them online): a
        counter's token alone never speaks for a supervisor (docs/SECURITY.md)."""
        from guichet.domain.auth import Role
        from guichet.models.tables import User
        from guichet.server import people

        with self.session_factory() as session:
            user = session.get(User, user_id)
            terminal = session.get(Terminal, terminal_id)
            if (
                user is None
                or terminal is None
                or not user.active
                or user.organisation_id != terminal.organisation_id
            ):
                raise DomainError("unknown_user", user=user_id)
            if not Role(user.role).can_supervise:
                raise DomainError("forbidden", role=user.role)
            roles = people.parse_roles(login_roles)
            if "owner" in roles.split(",") and user.role != Role.OWNER.value:
                raise DomainError("owner_required", role="owner")
            session.expunge(terminal)
            name = user.name
        people.check_action(
            self.session_factory, terminal, user_id, "pairing-code", proof, now or utcnow(), name
        )
        return self.create_pairing_code(created_by=user_id, login_roles=roles)

    def create_adoption_code(self, ttl: timedelta = PAIRING_TTL) -> str:
        """For an empty server: the standalone counter that uses it brings its organisation."""
        with self.session_factory() as session, session.begin():
            if session.scalars(select(Organisation.id)).first() is not None:
                raise DomainError("server_not_empty")
            code = codes.new_code(9)
            session.add(
                PairingCode(
                    code_hash=token_hash(code), organisation_id=None, expires_at=utcnow() + ttl
                )
            )
        return code

    def adopt(
        self, code_text: str, terminal_id: str, rows: list[dict[str, Any]], last: bool
    ) -> dict[str, Any]:
        """A standalone counter sends its whole database, page by page, with an adoption code;
        the last page gives it a device token. Pages are upserts: a cut-off upload resumes."""
        now = utcnow()
        code = codes.validate(code_text)
        with self.session_factory() as session, session.begin():
            row = session.scalars(
                select(PairingCode)
                .where(PairingCode.code_hash == token_hash(code))
                .with_for_update()
            ).first()
            if row is None or row.organisation_id is not None:
                raise DomainError("pairing_code_unknown")
            if row.used_at is not None:
                raise DomainError("pairing_code_used")
            if row.expires_at <= now:
                raise DomainError("pairing_code_expired")
            apply_entries(session, rows, keep=set(), history=True)
            if not last:
                return {"token": None, "cursor": None}
            terminal = session.get(Terminal, terminal_id)
            if terminal is None:
                raise DomainError("unknown_terminal", terminal=terminal_id)
            terminal.is_local = False
            terminal.escrowed = True
            token = secrets.token_urlsafe(32)
            session.add(DeviceToken(terminal_id=terminal_id, token_hash=token_hash(token)))
            row.used_at = now
            row.terminal_id = terminal_id
            row.organisation_id = terminal.organisation_id
            journal.write_kept(session)  # its own entries are below the cursor it gets
            cursor = session.scalar(select(func.max(ChangeLogEntry.id))) or 0
        return {"token": token, "cursor": int(cursor), "organisation_id": terminal.organisation_id}

    def create_pairing_code(
        self,
        created_by: str | None = None,
        ttl: timedelta = PAIRING_TTL,
        login_roles: str = "cashier",
    ) -> str:
        """``login_roles``: whose PINs the counter paired with it may check offline."""
        code = codes.new_code(9)  # 10 symbols with the check: read aloud in two groups
        with self.session_factory() as session, session.begin():
            session.add(
                PairingCode(
                    code_hash=token_hash(code),
                    organisation_id=self.organisation_id(),
                    created_by=created_by,
                    expires_at=utcnow() + ttl,
                    login_roles=login_roles,
                )
            )
        log.info("pairing code created", extra={"created_by": created_by or "admin"})
        return code

    def pair(self, code_text: str, terminal_name: str, now: datetime | None = None) -> Paired:
        """Exchange a one-time pairing code for a device token (shown once, stored hashed)."""
        now = now or utcnow()
        code = codes.validate(code_text)
        name = " ".join(terminal_name.split())[:80] or "Guichet"
        with self.session_factory() as session, session.begin():
            row = session.scalars(
                select(PairingCode)
                .where(PairingCode.code_hash == token_hash(code))
                .with_for_update()
            ).first()
            if row is None:
                raise DomainError("pairing_code_unknown")
            if row.used_at is not None:
                raise DomainError("pairing_code_used")
            if row.expires_at <= now:
                raise DomainError("pairing_code_expired")
            terminal = Terminal(
                id=new_id(),
                organisation_id=row.organisation_id,
                name=name,
                is_local=False,
                escrowed=True,  # it sells only what it is leased (see lease())
                login_roles=row.login_roles,  # whose PIN hashes it gets (docs/SECURITY.md)
            )
            session.add(terminal)
            session.flush()
            token = secrets.token_urlsafe(32)
            session.add(DeviceToken(terminal_id=terminal.id, token_hash=token_hash(token)))
            row.used_at = now
            row.terminal_id = terminal.id
            paired = Paired(terminal.id, terminal.organisation_id, token)
        log.info(
            "terminal paired", extra={"terminal_id": paired.terminal_id, "terminal_name": name}
        )
        return paired

    def authenticate(self, token: str) -> Terminal:
        with self.session_factory() as session:
            device = session.scalars(
                select(DeviceToken).where(DeviceToken.token_hash == token_hash(token))
            ).first()
            if device is None:
                raise DomainError("token_unknown")
            if device.revoked_at is not None:
                raise DomainError("terminal_revoked")
            terminal = session.get(Terminal, device.terminal_id)
            assert terminal is not None
            session.expunge(terminal)
            # A counter that pulls or leases is alive even with nothing to push: "vu" in
            # `admin terminals` is its last contact (written once a minute at most).
            now = utcnow()
            seen = device.last_seen_at
            if seen is not None and seen.tzinfo is None:
                seen = seen.replace(tzinfo=UTC)
            if seen is None or now - seen >= SEEN_EVERY:
                device.last_seen_at = now
                session.commit()
            return terminal

    def pusher(self, token: str) -> str:
        """The terminal a push comes from. Known tokens are remembered by this process (a
        push then opens no session of its own to look it up); a revoked one is still refused
        at once, by the push's own transaction (see :meth:`push`)."""
        hashed = token_hash(token)
        terminal_id = self._pushers.get(hashed)
        if terminal_id is None:
            terminal_id = self.authenticate(token).id
            if len(self._pushers) >= 10_000:
                self._pushers.clear()
            self._pushers[hashed] = terminal_id
        return terminal_id

    def terminals(self) -> list[dict[str, Any]]:
        """Every counter with its profile and venue, whether paired, revoked, last seen."""
        from guichet.models.tables import Venue

        with self.session_factory() as session:
            rows = session.execute(
                select(Terminal, DeviceToken, Venue.name)
                .outerjoin(DeviceToken, DeviceToken.terminal_id == Terminal.id)
                .outerjoin(Venue, Venue.id == Terminal.venue_id)
                .order_by(Terminal.name)
            ).all()
            return [
                {
                    "id": t.id,
                    "name": t.name,
                    "profile": t.profile,
                    "venue": venue or "",
                    "paired": d is not None,
                    "revoked": bool(d and d.revoked_at),
                    "last_seen_at": d.last_seen_at.isoformat() if d and d.last_seen_at else None,
                }
                for t, d, venue in rows
            ]

    def revoke(self, terminal_id: str) -> None:
        with self.session_factory() as session, session.begin():
            device = session.get(DeviceToken, terminal_id)
            if device is None:
                raise DomainError("unknown_terminal", terminal=terminal_id)
            device.revoked_at = utcnow()
        log.warning("terminal revoked", extra={"terminal_id": terminal_id})

    # --- push -----------------------------------------------------------------------------

    def push(
        self, terminal_id: str, envelopes: list[Envelope], token: str | None = None
    ) -> list[Answer]:
        """Apply a counter's batch in order, in one transaction: its terminal row is locked
        (its pushes apply one at a time, in sequence), and each answer is recorded with the
        command's effects, or alone when the command was refused.

        Most batches are sales that all go through: they are applied at once, without a
        savepoint per command, and plain sales' rows are written together at the end (a few
        multi-row statements for the batch instead of a dozen statements per sale). As soon
        as a command is refused or conflicts, or the batch's rows do not go in, that attempt
        is rolled back and the batch is applied again one savepoint per command, which gives
        refusals and conflicts their answers. The answers are the same either way.

        With the device's ``token`` (a push over HTTP), a token revoked or replaced meanwhile
        refuses the whole batch (``terminal_revoked``), nothing of it kept."""
        hashed = token_hash(token) if token is not None else None
        try:
            answers = self._push(terminal_id, envelopes, at_once=True, token_hash=hashed)
        except _OneByOne:
            answers = self._push(terminal_id, envelopes, at_once=False, token_hash=hashed)
        _log_verdicts(terminal_id, envelopes, answers)
        return answers

    def _push(
        self,
        terminal_id: str,
        envelopes: list[Envelope],
        at_once: bool,
        token_hash: str | None = None,
    ) -> list[Answer]:
        from guichet.models.tables import Allotment

        answers: list[Answer] = []
        with self.session_factory() as session, session.begin():
            session.info["pending_counts"] = {}
            if at_once:
                session.info["batch_locks"] = set()
            # The identity map holds rows weakly: keep the rows the batch reads (the user,
            # the shift, the organisation...) so the next command finds them without a query.
            session.info["keep"] = []
            terminal, _organisation = session.execute(
                select(Terminal, Organisation)
                .join(Organisation, Organisation.id == Terminal.organisation_id)
                .where(Terminal.id == terminal_id)
                .with_for_update(of=Terminal)
            ).one()
            # Looked up after the lock: a second push of these commands racing this one
            # waits for the lock, then finds the first one's answers. A batch that starts at
            # the next command the server expects repeats none (a command taken elsewhere
            # with the same id fails to go in, and the batch is then applied one by one).
            repeats = not at_once or any(e.sequence < terminal.next_sequence for e in envelopes)
            done = (
                {
                    row.command_id: Answer(
                        row.command_id, row.sequence, row.status, row.reason, row.details
                    )
                    for row in session.scalars(
                        select(AppliedCommand).where(
                            AppliedCommand.command_id.in_({e.command_id for e in envelopes})
                        )
                    )
                }
                if repeats
                else {}
            )
            if at_once:
                fresh = [e for e in envelopes if e.command_id not in done]
                prefetch(session, terminal, [e for e in fresh if e.terminal_id == terminal_id])
            for envelope in envelopes:
                answer = self._apply_one(session, terminal, envelope, done, at_once)
                answers.append(answer)
                if answer.status == "out_of_sequence":
                    break  # the counter resends from the first command the server lacks
            try:
                # Plain sales' rows and the answers go in here (before any read: a read
                # would flush them outside this guard), and the allotments they used.
                if at_once:
                    write_changed(session, Allotment)
                session.flush()
                write_deferred(session)
                seen = update(DeviceToken).where(DeviceToken.terminal_id == terminal_id)
                if token_hash is not None:
                    seen = seen.where(
                        DeviceToken.token_hash == token_hash, DeviceToken.revoked_at.is_(None)
                    )
                touched = session.execute(seen.values(last_seen_at=utcnow()))
                if token_hash is not None and not touched.rowcount:  # type: ignore[attr-defined]
                    self._pushers.pop(token_hash, None)
                    raise DomainError("terminal_revoked")
                # Last, right before the commit: the shared rows are held the least time.
                add_counts(session, session.info.pop("pending_counts"))
            except (IntegrityError, DataError) as error:
                if not at_once:
                    raise
                raise _OneByOne from error  # a row of one command: found one by one
        return answers

    def _apply_one(
        self,
        session: Session,
        terminal: Terminal,
        envelope: Envelope,
        done: dict[str, Answer],
        at_once: bool = False,
    ) -> Answer:
        if envelope.terminal_id != terminal.id:
            return Answer(envelope.command_id, envelope.sequence, "rejected", "wrong_terminal")
        if envelope.occurred_at.tzinfo is None:
            return Answer(envelope.command_id, envelope.sequence, "rejected", "naive_datetime")
        first = done.get(envelope.command_id)
        if first is not None:  # a repeat: the first answer
            return first
        # The server's copy of the terminal says which command comes next (1 for a new
        # counter; an adopted standalone counter brings its own).
        expected = terminal.next_sequence
        if envelope.sequence != expected:
            # Where the server stands, so that the counter can get back in step: it sends
            # again from ``expected``, or numbers its unanswered commands again from there
            # (docs/SYNC.md, "When the server refuses a command").
            return Answer(
                envelope.command_id,
                envelope.sequence,
                "out_of_sequence",
                "out_of_sequence",
                {
                    "expected": expected,
                    "next_receipt_number": terminal.next_receipt_number,
                    "next_z_number": terminal.next_z_number,
                },
            )
        # The counter numbers its own receipts and commands: keep the server's copy of the
        # terminal in step so handlers write the same numbers the counter printed. Every
        # command in its slot takes it, whatever the verdict: the counter recorded it.
        terminal.next_sequence = envelope.sequence + 1
        numbers = envelope.numbers
        if numbers is not None:
            terminal.next_receipt_number = numbers.receipt_before
            terminal.next_z_number = numbers.z_before
        if at_once:
            status, reason, details = self._apply_at_once(session, envelope)
        else:
            status, reason, details = self._apply_in_savepoint(session, envelope)
        if numbers is not None:
            # Refused or not, the command took these numbers at the counter: a refused sale
            # keeps its receipt number, and the counter's next sale never collides.
            terminal.next_receipt_number = numbers.receipt_after
            terminal.next_z_number = numbers.z_after
            if numbers.renumbered_from is not None:
                _note_renumbered(session, terminal, envelope, numbers.renumbered_from)
        with deferring(session) if at_once else nullcontext():
            insert_rows(session, {AppliedCommand: [_record(envelope, status, reason, details)]})
        answer = Answer(envelope.command_id, envelope.sequence, status, reason, details)
        done[envelope.command_id] = answer
        return answer

    def _apply_at_once(
        self, session: Session, envelope: Envelope
    ) -> tuple[str, str, dict[str, Any]]:
        """Run the handler with no savepoint and nothing tolerated: a refusal (which would
        be a conflict one by one) sends the whole batch back to be applied one savepoint per
        command."""
        try:
            conflicts = self._apply(session, envelope, frozenset())
        except Exception as error:  # refused, malformed, or a row that does not fit
            raise _OneByOne from error
        if conflicts:  # (a date two people edited offline): answered one by one, as always
            raise _OneByOne
        return "accepted", "", {}

    def _apply_in_savepoint(
        self, session: Session, envelope: Envelope
    ) -> tuple[str, str, dict[str, Any]]:
        """Run the handler; a refusal rolls its savepoint back and becomes the answer."""
        pending: dict[tuple[str, str], int] = session.info["pending_counts"]
        before = dict(pending), journal.kept_entries(session)
        try:
            try:
                with session.begin_nested():
                    conflicts = self._apply(session, envelope, frozenset())
            except DomainError as first:
                # An approval given offline (people.UNPROVEN_APPROVAL) is a fact too.
                tolerated = (
                    TOLERATED if envelope.command_type in TOLERANT_COMMANDS else frozenset()
                ) | people.UNPROVEN_APPROVAL
                if first.code not in tolerated:
                    raise
                _restore(session, pending, before)
                # Done offline at the counter and not escrowable: applied, with a conflict.
                with session.begin_nested():
                    conflicts = self._apply(session, envelope, tolerated)
                details = {k: _plain(v) for k, v in first.params.items()}
                return "conflict", conflicts[0].code if conflicts else first.code, details
        except DomainError as refused:
            _restore(session, pending, before)
            error = people.explained(session, envelope, refused)  # a supervisor unproven
            return "rejected", error.code, {k: _plain(v) for k, v in error.params.items()}
        except (TypeError, KeyError, ValueError, AttributeError, OverflowError, DataError) as error:
            # A payload that does not fit its command: refused, never a server error.
            _restore(session, pending, before)
            return "rejected", "malformed_command", {"detail": str(error)[:200]}
        except IntegrityError:
            # A row the command names does not exist (or one it makes already does).
            _restore(session, pending, before)
            return "rejected", "integrity", {}
        if conflicts:
            return "conflict", conflicts[0].code, {}
        return "accepted", "", {}

    def _apply(
        self, session: Session, envelope: Envelope, tolerate: frozenset[str]
    ) -> list[DomainError]:
        """Apply ``envelope`` in the caller's savepoint; with ``tolerate``, record a conflict
        per tolerated refusal with its effects."""
        import uuid

        from guichet.models.tables import Booking, Conflict

        people.admit(session, envelope)  # whom its proofs prove (docs/SECURITY.md)
        result = apply_envelope(session, envelope, tolerate=tolerate)
        conflicts: list[DomainError] = session.info.pop("conflicts", [])
        if conflicts:
            terminal = session.get(Terminal, envelope.terminal_id)
            assert terminal is not None
            booking_ids = list(getattr(result, "booking_ids", ()) or ())
            card_id = envelope.payload.get("card_id")
            if card_id is None and booking_ids:
                first = session.get(Booking, booking_ids[0])
                card_id = first.card_id if first else None
            # A refusal may name the order it is about (a ticket let in twice: its sale).
            order_id = getattr(result, "order_id", None) or next(
                (str(e.params["order_id"]) for e in conflicts if e.params.get("order_id")), None
            )
            session.add(
                Conflict(
                    id=str(
                        uuid.uuid5(uuid.NAMESPACE_URL, f"guichet:conflict:{envelope.command_id}")
                    ),
                    organisation_id=terminal.organisation_id,
                    terminal_id=envelope.terminal_id,
                    user_id=envelope.user_id,
                    command_id=envelope.command_id,
                    command_type=envelope.command_type,
                    occurred_at=envelope.occurred_at,
                    reason=conflicts[0].code,
                    details={k: _plain(v) for e in conflicts for k, v in e.params.items()},
                    card_id=card_id,
                    booking_ids=booking_ids,
                    order_id=order_id,
                    created_at=utcnow(),
                )
            )
        return conflicts

    # --- redemptions confirmed online (part 6) ------------------------------------------------

    def card_verdict(
        self, organisation_id: str, text: str, activity_id: str | None, now: datetime | None = None
    ) -> dict[str, Any]:
        """The server's verdict on a card, from the uses every counter has pushed."""
        from zoneinfo import ZoneInfo

        from guichet.domain.cards import judge
        from guichet.models.tables import Card

        now = now or utcnow()
        normal = codes.normalize(text)
        if not codes.is_well_formed(normal):
            return {"verdict": "check_code", "remaining_uses": None}
        with self.session_factory() as session:
            card = session.scalars(
                select(Card).where(Card.organisation_id == organisation_id, Card.code == normal)
            ).first()
            if card is None:
                return {"verdict": "unknown", "remaining_uses": None}
            org = session.get(Organisation, organisation_id)
            assert org is not None
            facts = card_facts(session, card, now)
            today = now.astimezone(ZoneInfo(org.timezone)).date()
            judgement = judge(facts, today, activity_id)
            return {
                "verdict": judgement.verdict.value,
                "remaining_uses": judgement.remaining_uses,
            }

    # --- tickets asked by a door online (issue 17, part 5) -----------------------------------

    def ticket_verdict(
        self, organisation_id: str, text: str, list_id: str | None, now: datetime | None = None
    ) -> dict[str, Any]:
        """What the server knows of a code scanned at a door, so that the door can judge a
        ticket sold at another counter that it has not pulled yet, or admitted at another door
        meanwhile: ``known``; ``ticket`` (every field of the door's KnownTicket, names in both
        languages, times in ISO with their offset); ``entry``, its first admission at any door
        that has synced (when, where); ``other`` for a code that is not a ticket's but a
        receipt's or a card's; and ``verdict``, the server's own judgement at the door
        ``list_id`` by its clock (the door judges again with its own list and clock).

        Raises ``unknown_check_in_list`` for a list this organisation does not have: the
        server judges no door it does not know (the door then decides on its own copy)."""
        from guichet.domain.tickets import EVERY_TICKET, DoorVerdict, check_in_list, read_scan
        from guichet.models.tables import CheckInList

        now = now or utcnow()
        read = read_scan(text)
        with self.session_factory() as session:
            org = session.get(Organisation, organisation_id)
            if org is None:  # a token whose organisation is gone: nothing to know
                raise DomainError("no_organisation")
            door = EVERY_TICKET
            if list_id is not None:
                row = session.get(CheckInList, list_id)
                if row is None or row.organisation_id != organisation_id:
                    raise DomainError("unknown_check_in_list", list=list_id)
                door = check_in_list(row)
            answer: dict[str, Any] = {
                "known": False, "verdict": "unknown", "ticket": None, "entry": None,
                "other": None,
            }  # fmt: skip
            if isinstance(read, DoorVerdict):  # not a code Guichet could have given
                answer["verdict"] = read.verdict.value
                return answer
            return _ticket_answer(session, org, read, door, now, answer)

    # --- escrow -----------------------------------------------------------------------------

    def set_allotment_size(self, event_name: str, size: int | None) -> None:
        from guichet.models.db import fold
        from guichet.models.tables import Event

        if size is not None and not 0 <= size <= 100_000:
            raise DomainError("places_out_of_range", places=size)
        wanted = fold(" ".join(event_name.split()))
        with self.session_factory() as session, session.begin():
            # As typed: case, accents and spaces aside (docs/CATALOGUE.md).
            events = [
                e
                for e in session.scalars(select(Event))
                if fold(" ".join(e.name.split())) == wanted
            ]
            if not events:
                raise DomainError("unknown_event", event=event_name)
            for event in events:
                event.allotment_size = size

    def lease(
        self,
        terminal_id: str,
        request_id: str,
        releases: list[dict[str, Any]],
        now: datetime | None = None,
        horizon: timedelta = timedelta(days=14),
    ) -> int:
        """Take back what a counter released (once per request), then top up its allotments
        (places, reserve quantities, promotion quotas) from what no one holds. Returns how
        many units were granted (see :mod:`guichet.server.leases`)."""
        from guichet.server.leases import lease

        return lease(
            self.session_factory, terminal_id, request_id, releases, now or utcnow(), horizon
        )

    # --- pull -----------------------------------------------------------------------------

    def _scan(
        self, organisation_id: str, cursor: int, limit: int, terminal_id: str | None = None
    ) -> tuple[list[Any], int, bool]:
        """The log's entries after ``cursor`` for this organisation (id, organisation, entity,
        entity id, op, data as the JSON text the database holds), the next cursor and whether
        more follow. Raises :class:`_SnapshotRequired` for a cursor older than the log.
        People's PIN hashes as ``terminal_id`` may have them (:func:`people.scrub_rows`)."""
        limit = max(1, min(limit, PAGE_MAX))
        log = ChangeLogEntry.__table__.c
        with self.session_factory() as session:
            oldest = session.scalar(select(func.min(log.id)))
            if cursor and oldest is not None and cursor < oldest - 1:
                raise _SnapshotRequired
            # Read along the primary key (a plain range scan, however long the log) and
            # keep this organisation's entries: the cursor moves past the others too.
            scanned = session.execute(
                select(
                    log.id, log.organisation_id, log.entity, log.entity_id, log.op,
                    cast(log.data, Text),
                )
                .where(log.id > cursor)
                .order_by(log.id)
                .limit(limit + 1)
            ).all()  # fmt: skip
        more = len(scanned) > limit
        scanned = scanned[:limit]
        rows = [r for r in scanned if r[1] == organisation_id or r[1] == ""]
        rows = people.scrub_rows(self.session_factory, organisation_id, terminal_id, rows)
        return rows, (scanned[-1][0] if scanned else cursor), more

    def changes_since(
        self,
        organisation_id: str,
        cursor: int,
        limit: int = 1000,
        terminal_id: str | None = None,
    ) -> ChangesPage:
        import json

        try:
            rows, next_cursor, more = self._scan(organisation_id, cursor, limit, terminal_id)
        except _SnapshotRequired:
            return ChangesPage([], cursor, False, snapshot_required=True)
        return ChangesPage(
            [
                {
                    "id": id_,
                    "entity": entity,
                    "entity_id": entity_id,
                    "op": op,
                    # No bearer code leaves the server (docs/SECURITY.md).
                    "data": None if data is None else json.loads(
                        scrub.scrub_text(entity, organisation_id, data) or "null"
                    ),
                }
                for id_, _org, entity, entity_id, op, data in rows
            ],
            next_cursor,
            more,
        )

    def changes_body(
        self,
        organisation_id: str,
        cursor: int,
        limit: int = 1000,
        terminal_id: str | None = None,
    ) -> bytes:
        """:meth:`changes_since` as the JSON body of ``GET /changes`` (a ChangesResponse),
        built by joining the log's own JSON texts: a first sync reads a million rows, and
        decoding each one to encode it again was half of the server's time."""
        from json.encoder import encode_basestring as quote

        def _scrub(entity: str, data: str) -> str:
            return scrub.scrub_text(entity, organisation_id, data) or "null"

        try:
            rows, next_cursor, more = self._scan(organisation_id, cursor, limit, terminal_id)
        except _SnapshotRequired:
            return b'{"changes":[],"cursor":%d,"more":false,"snapshot_required":true}' % cursor
        # No bearer code leaves the server: card, order and ticket codes go as digests.
        changes = ",".join(
            [
                f'{{"id":{id_},"entity":{quote(entity)},"entity_id":{quote(entity_id)},'
                f'"op":{quote(op)},"data":{"null" if data is None else _scrub(entity, data)}}}'
                for id_, _org, entity, entity_id, op, data in rows
            ]
        )
        more_ = "true" if more else "false"
        return (
            f'{{"changes":[{changes}],"cursor":{next_cursor},"more":{more_},'
            f'"snapshot_required":false}}'
        ).encode()


def _record(
    envelope: Envelope, status: str, reason: str, details: dict[str, Any]
) -> dict[str, Any]:
    """The server's record of a command it answered (a repeat gets the same answer)."""
    return {
        "command_id": envelope.command_id,
        "terminal_id": envelope.terminal_id,
        "sequence": envelope.sequence,
        "command_type": envelope.command_type,
        "status": status,
        "reason": reason,
        "details": details,
        "applied_at": utcnow(),  # the server's clock, beside the counter's
        # (a naive time is refused before it is recorded; never let one fail the batch)
        "occurred_at": envelope.occurred_at if envelope.occurred_at.tzinfo else None,
    }


def _note_renumbered(
    session: Session, terminal: Terminal, envelope: Envelope, renumbered_from: int
) -> None:
    """A counter that found itself out of step numbered its unanswered commands again from
    where the server stood: a conflict tells supervisors (their receipts kept their numbers;
    something sent in this counter's name took the slots, or the server lost commands)."""
    import uuid

    from guichet.models.tables import Conflict

    # Once per command (a command is applied once): its id drawn from the command's.
    conflict_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"guichet:renumbered:{envelope.command_id}"))
    session.add(
        Conflict(
            id=conflict_id,
            organisation_id=terminal.organisation_id,
            terminal_id=terminal.id,
            user_id=None,
            command_id=envelope.command_id,
            command_type=envelope.command_type,
            occurred_at=envelope.occurred_at,
            reason="sequence_renumbered",
            details={"from": renumbered_from, "to": envelope.sequence, "terminal": terminal.name},
            card_id=None,
            booking_ids=[],
            order_id=None,
            created_at=utcnow(),
        )
    )


class _OneByOne(Exception):
    """A batch applied at once met a command it cannot answer that way: roll it back and
    apply it again, one savepoint per command."""


class _SnapshotRequired(Exception):
    """The cursor is older than the change log: the counter replays it from the start."""


def _restore(
    session: Session,
    pending: dict[tuple[str, str], int],
    before: tuple[dict[tuple[str, str], int], int],
) -> None:
    """Counts a rolled-back command had added are not added, nor its change-log entries
    (and what it read is read again)."""
    counts, entries = before
    pending.clear()
    pending.update(counts)
    journal.drop_entries_after(session, entries)
    session.info.pop("memo", None)


def _keep_loaded(session: Session, instance: Any) -> None:
    keep = session.info.get("keep")
    if keep is not None:
        keep.append(instance)


def _fresh_when_locked(state: ORMExecuteState) -> None:
    """A batch keeps one session: a row read earlier in it is read again, not taken from the
    identity map, when a command locks it to change it."""
    if state.is_select and state.statement._for_update_arg is not None:  # type: ignore[attr-defined]
        state.update_execution_options(populate_existing=True)


def _plain(value: Any) -> Any:
    """A refusal's or a conflict's parameter as JSON (lists and mappings kept whole: the
    fields a date's edit overwrote, the dates a bulk edit would break)."""
    if isinstance(value, str):
        return shown(value, 200)  # no NUL nor lone surrogate: PostgreSQL's JSON refuses them
    if isinstance(value, int | float | bool) or value is None:
        return value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)


def _ticket_answer(
    session: Session,
    org: Organisation,
    code: str,
    door: Any,
    now: datetime,
    answer: dict[str, Any],
) -> dict[str, Any]:
    """:meth:`ServerCore.ticket_verdict` for a well-formed code (see there)."""
    from guichet.domain.seating import make_seat, seat_labels
    from guichet.domain.tickets import Entry, KnownTicket, TicketStatus, Verdict, door_verdict
    from guichet.models.tables import (
        Card,
        CheckIn,
        Event,
        Occurrence,
        Order,
        SeatRow,
        Ticket,
        TicketCategory,
    )

    found = session.execute(
        select(Ticket, Occurrence, Event, TicketCategory, SeatRow, Order.code)
        .join(Occurrence, Occurrence.id == Ticket.occurrence_id)
        .join(Event, Event.id == Occurrence.event_id)
        .outerjoin(TicketCategory, TicketCategory.id == Ticket.category_id)
        .outerjoin(SeatRow, SeatRow.id == Ticket.seat_id)
        .outerjoin(Order, Order.id == Ticket.order_id)
        .where(Ticket.code == code, Ticket.organisation_id == org.id)
    ).first()
    if found is None:
        # A receipt or a card scanned at the door: the door says which (and names the order).
        if session.scalar(
            select(Order.id).where(Order.code == code, Order.organisation_id == org.id)
        ):
            answer["other"], answer["verdict"] = "receipt", Verdict.RECEIPT.value
        elif session.scalar(
            select(Card.id).where(Card.code == code, Card.organisation_id == org.id)
        ):
            answer["other"], answer["verdict"] = "card", Verdict.CARD.value
        return answer
    ticket, occ, event, category, seat, order_code = found
    first = session.execute(
        select(CheckIn.occurred_at, Terminal.name)
        .join(Terminal, Terminal.id == CheckIn.terminal_id)
        .where(CheckIn.ticket_id == ticket.id, CheckIn.admitted.is_(True))
        .order_by(CheckIn.occurred_at)
        .limit(1)
    ).first()
    status = ticket.status
    if status == TicketStatus.VALID.value and occ.cancelled:
        status = TicketStatus.CANCELLED.value  # the date itself was cancelled
    labels = {
        lang: seat_labels([make_seat(seat.section, seat.row, seat.number, 0.0, 0.0)], lang)
        if seat is not None
        else ""
        for lang in ("fr", "en")
    }
    category_fr = category.name_fr if category is not None else ""
    category_en = (category.name_en or category.name_fr) if category is not None else ""
    entry = Entry(_aware(first[0]), first[1]) if first is not None else None
    known = KnownTicket(
        id=ticket.id,
        code=ticket.code,
        status=TicketStatus(status),
        event_id=event.id,
        occurrence_id=occ.id,
        starts_at=_aware(occ.starts_at),
        ends_at=_aware(occ.ends_at),
        category_id=ticket.category_id,
        category=category_fr,
        event=event.name,
        seat=labels["fr"],
        holder=ticket.holder or "",
        order_code=order_code or "",
        entry=entry,
    )
    answer["known"] = True
    answer["verdict"] = door_verdict(known, door, now, org.timezone).verdict.value
    answer["ticket"] = {
        "id": known.id,
        "code": known.code,
        "status": known.status.value,
        "event_id": known.event_id,
        "occurrence_id": known.occurrence_id,
        "starts_at": known.starts_at.isoformat(),
        "ends_at": known.ends_at.isoformat(),
        "category_id": known.category_id,
        "category": category_fr,
        "category_en": category_en or "",
        "event": event.name,
        "event_en": event.name_en or event.name,
        "seat": labels["fr"],
        "seat_en": labels["en"],
        "holder": known.holder,
        "order_code": known.order_code,
    }
    if entry is not None:
        answer["entry"] = {"at": entry.at.isoformat(), "where": entry.where}
    return answer


def _aware(moment: datetime) -> datetime:
    """A stored time as an aware UTC datetime (the column type gives one; a raw read may not)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _log_verdicts(terminal_id: str, envelopes: list[Envelope], answers: list[Answer]) -> None:
    """The batch's verdicts in one line, and a line for each command not accepted (its type,
    sequence and reason: never its payload, which holds customers' codes)."""
    if not answers:
        return
    counts: dict[str, int] = {}
    for answer in answers:
        counts[answer.status] = counts.get(answer.status, 0) + 1
    log.info(
        "push applied",
        extra={"terminal_id": terminal_id, **{f"commands_{k}": v for k, v in counts.items()}},
    )
    types = {e.command_id: e.command_type for e in envelopes}
    for answer in answers:
        if answer.status != "accepted":
            log.log(
                logging.INFO if answer.status == "conflict" else logging.WARNING,
                "command %s",
                answer.status,
                extra={
                    "terminal_id": terminal_id,
                    "command": types.get(answer.command_id, ""),
                    "sequence": answer.sequence,
                    "status": answer.status,
                    "reason": answer.reason,
                },
            )
