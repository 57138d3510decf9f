"""The server checks people, not only devices (issue 21, part 3; docs/SECURITY.md).

A device token says which counter speaks, never who stands at it. So:

- **PINs checked online.** ``POST /people/verify`` checks a person's PIN against the server's
  own hash, under the server's own lock-out (five wrong PINs lock for 5 minutes, each
  lock-out doubling the next, up to a day), and answers a *grant* (:mod:`guichet.domain.pins`)
  whose key the counter keeps in memory to sign that person's commands.
- **Commands carry proofs.** :func:`admit` reads the proofs of a pushed command and sets
  ``session.info["people"]`` to the people they prove; the handlers then trust the role of
  those only (:mod:`guichet.services.authority`).
- **PIN hashes go where they are needed, peppered.** :func:`scrub_rows` gives a counter the
  hashes of the roles that may log in there (``terminal.login_roles``), each peppered with
  the organisation's pepper, which the counter got once at pairing and keeps in its keyring.
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from guichet.domain import pins
from guichet.domain.auth import MAX_FAILED_ATTEMPTS, LockState, Role, ensure_not_locked
from guichet.domain.commands import Envelope
from guichet.domain.errors import DomainError
from guichet.models.tables import PeopleSecret, PersonGuard, Terminal, User
from guichet.services.authority import ROLE_REFUSALS
from guichet.services.pins import verify_stored

GRANT_TTL = timedelta(hours=12)
LOCKOUT = timedelta(minutes=5)
LOCKOUT_MAX = timedelta(days=1)
#: How far a request's proof (a pairing code's) may be from the server's clock.
ACTION_SKEW = timedelta(minutes=5)
ALL_ROLES = ("cashier", "supervisor", "owner")
#: Refusals tolerated on every command on the server: an approval given offline is a fact.
UNPROVEN_APPROVAL = frozenset({"approval_unverified"})


def parse_roles(text: str) -> str:
    """A list of login roles as stored ("cashier,supervisor"); refused when unknown."""
    roles = {r.strip() for r in text.split(",") if r.strip()}
    unknown = roles - set(ALL_ROLES)
    if unknown or not roles:
        raise DomainError("role_unknown", role=",".join(sorted(unknown)) or text[:20])
    return ",".join(r for r in ALL_ROLES if r in roles)


# --- the organisation's keys --------------------------------------------------------------


def _insert_ignore(session: Session, model: Any, values: dict[str, Any]) -> None:
    """Insert a row unless its key is taken (two server processes may race to make it)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]
    session.execute(insert(model).values(**values).on_conflict_do_nothing())


def keys_of(
    session: Session, organisation_id: str, *, make: bool = True
) -> tuple[bytes, bytes] | None:
    """(pepper, signing key) of an organisation, made the first time they are needed."""
    row = session.get(PeopleSecret, organisation_id)
    if row is None:
        if not make:
            return None
        _insert_ignore(
            session,
            PeopleSecret,
            {
                "organisation_id": organisation_id,
                "pepper": secrets.token_hex(32),
                "signing_key": secrets.token_hex(32),
            },
        )
        row = session.get(PeopleSecret, organisation_id)
        assert row is not None
    return bytes.fromhex(row.pepper), bytes.fromhex(row.signing_key)


def pepper_for(factory: sessionmaker[Session], organisation_id: str) -> str:
    """The pepper a counter pairing with this organisation keeps in its keyring (hex)."""
    with factory() as session, session.begin():
        keys = keys_of(session, organisation_id)
        assert keys is not None
        return keys[0].hex()


# --- PINs checked online ------------------------------------------------------------------


def verify_online(
    factory: sessionmaker[Session], terminal: Terminal, user_id: str, pin: str, now: datetime
) -> dict[str, Any]:
    """Check ``pin`` for ``user_id`` with the server's lock-out; a grant when it is right.
    Raises ``unknown_user``, ``user_locked``, ``user_locked_now`` or ``wrong_pin``."""
    refusal: DomainError | None = None
    with factory() as session, session.begin():
        user = session.get(User, user_id)
        if user is None or not user.active or user.organisation_id != terminal.organisation_id:
            raise DomainError("unknown_user", user=user_id[:36])
        guard = session.get(PersonGuard, user_id, with_for_update=True)
        if guard is None:
            _insert_ignore(
                session, PersonGuard, {"user_id": user_id, "failed_attempts": 0, "lockouts": 0}
            )
            guard = session.get(PersonGuard, user_id, with_for_update=True)
            assert guard is not None
        ensure_not_locked(LockState(guard.failed_attempts, guard.locked_until), now)
        keys = keys_of(session, terminal.organisation_id)
        assert keys is not None
        pepper, signing = keys
        if not verify_stored(user.pin_hash, pin, pepper):
            guard.failed_attempts += 1
            if guard.failed_attempts >= MAX_FAILED_ATTEMPTS:
                # Each lock-out doubles the next: ten thousand PINs take years online.
                span = min(LOCKOUT * 2 ** min(guard.lockouts, 10), LOCKOUT_MAX)
                guard.lockouts += 1
                guard.failed_attempts = 0
                guard.locked_until = now + span
                refusal = DomainError("user_locked_now", minutes=int(span.total_seconds() // 60))
            else:
                refusal = DomainError(
                    "wrong_pin", attempts_left=MAX_FAILED_ATTEMPTS - guard.failed_attempts
                )
        else:
            guard.failed_attempts, guard.lockouts, guard.locked_until = 0, 0, None
            session_id = secrets.token_hex(16)
            expires = (now + GRANT_TTL).isoformat()
            key = pins.session_key(signing, terminal.id, user.id, session_id, expires)
            grant = {
                "user_id": user.id,
                "role": user.role,
                "session": session_id,
                "expires_at": expires,
                "key": key.hex(),
            }
    if refusal is not None:
        raise refusal  # after the commit: the failure is counted
    return grant


# --- proofs on commands -------------------------------------------------------------------


def _proof_key(
    signing: bytes, terminal_id: str, proof: Any, at: datetime | None = None
) -> bytes | None:
    """The grant key a proof was signed with, if the proof is well formed (and, given ``at``,
    the server's clock for a request, within its grant). A command's proof is not timed
    against the command's own clock, which is the counter's word: its key is what proves it,
    and the counter stops signing when the grant expires."""
    if not isinstance(proof, dict):
        return None
    fields = [proof.get(k) for k in ("user", "session", "expires", "mac")]
    if not all(isinstance(f, str) and 0 < len(f) <= 80 for f in fields):
        return None
    user, session_id, expires = str(fields[0]), str(fields[1]), str(fields[2])
    try:
        if at is not None and at > datetime.fromisoformat(expires):
            return None
    except (TypeError, ValueError):
        return None
    return pins.session_key(signing, terminal_id, user, session_id, expires)


def admit(session: Session, envelope: Envelope) -> frozenset[str]:
    """The people a pushed command's proofs prove, set for its handler to trust."""
    verified: set[str] = set()
    proofs = envelope.payload.get(pins.PROOFS) if isinstance(envelope.payload, dict) else None
    if isinstance(proofs, list) and proofs:
        terminal = session.get(Terminal, envelope.terminal_id)
        keys = keys_of(session, terminal.organisation_id, make=False) if terminal else None
        if keys is not None:
            for proof in proofs[:4]:
                key = _proof_key(keys[1], envelope.terminal_id, proof)
                if key is None:
                    continue
                message = pins.command_message(
                    envelope.command_id,
                    envelope.command_type,
                    envelope.terminal_id,
                    proof["user"],
                    envelope.payload,
                )
                if pins.mac_matches(key, message, proof["mac"]):
                    verified.add(proof["user"])
    people = frozenset(verified)
    session.info["people"] = people
    return people


def explained(session: Session, envelope: Envelope, error: DomainError) -> DomainError:
    """A role refusal met because the server had no proof of a supervisor or owner: said so
    (``person_unverified``), so that the counter and its supervisor know what to redo."""
    if error.code not in ROLE_REFUSALS or not envelope.user_id:
        return error
    user = session.get(User, envelope.user_id)
    verified: frozenset[str] = session.info.get("people", frozenset())
    if user is None or not Role(user.role).can_supervise or user.id in verified:
        return error
    return DomainError("person_unverified", user=user.name, role=user.role)


def check_action(
    factory: sessionmaker[Session],
    terminal: Terminal,
    user_id: str,
    action: str,
    proof: Any,
    now: datetime,
    name: str = "",
) -> None:
    """A request a supervisor makes at a counter (a pairing code) proves who they are:
    signed with their grant, at most :data:`ACTION_SKEW` from the server's clock. ``name``:
    the person's, for the refusal's words."""
    with factory() as session:
        keys = keys_of(session, terminal.organisation_id, make=False)
    at_text = proof.get("at") if isinstance(proof, dict) else None
    try:
        at = datetime.fromisoformat(at_text) if isinstance(at_text, str) else None
    except ValueError:
        at = None
    if keys is None or at is None or at.tzinfo is None or abs(now - at) > ACTION_SKEW:
        raise DomainError("person_unverified", user=name or user_id[:36], role="")
    key = _proof_key(keys[1], terminal.id, proof, now)
    if (
        key is None
        or proof.get("user") != user_id
        or not pins.mac_matches(
            key, pins.action_message(action, terminal.id, user_id, str(at_text)), proof["mac"]
        )
    ):
        raise DomainError("person_unverified", user=name or user_id[:36], role="")


# --- what a counter pulls -----------------------------------------------------------------


def scrub_rows(
    factory: sessionmaker[Session],
    organisation_id: str,
    terminal_id: str | None,
    rows: list[Any],
) -> list[Any]:
    """The log's rows as ``terminal_id`` may have them: a person's PIN hash only when their
    role may log in at that counter, and then peppered; otherwise an empty hash (the person
    logs in there only when the server is reachable). Rows are (id, organisation, entity,
    entity id, op, data as JSON text)."""
    if not any(r[2] == "user_account" and r[5] is not None for r in rows):
        return rows
    with factory() as session, session.begin():
        terminal = session.get(Terminal, terminal_id) if terminal_id else None
        allowed = set(terminal.login_roles.split(",")) if terminal is not None else set()
        keys = keys_of(session, organisation_id)
    assert keys is not None
    out: list[Any] = []
    for row in rows:
        if row[2] == "user_account" and row[5] is not None:
            data = json.loads(row[5])
            stored = data.get("pin_hash") or ""
            try:
                data["pin_hash"] = (
                    pins.pepper_hash(keys[0], stored) if data.get("role") in allowed else ""
                )
            except ValueError:  # not a hash the counter could check: none at all
                data["pin_hash"] = ""
            row = (*row[:5], json.dumps(data, ensure_ascii=False))
        out.append(row)
    return out
