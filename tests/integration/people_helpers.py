"""Commands pushed straight into a ServerCore in a supervisor's or owner's name carry the proof
a counter would have: the server checked the person's PIN online (docs/SECURITY.md)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from guichet.domain.commands import Envelope
from guichet.domain.pins import Grant
from guichet.models.tables import Terminal
from guichet.server.people import verify_online
from guichet.services.bus import with_proofs


def grant_for(factory: sessionmaker[Session], terminal_id: str, user_id: str, pin: str) -> Grant:
    with factory() as session:
        terminal = session.get(Terminal, terminal_id)
        assert terminal is not None
        session.expunge(terminal)
    answer = verify_online(factory, terminal, user_id, pin, datetime.now(UTC))
    return Grant(
        answer["user_id"],
        answer["session"],
        datetime.fromisoformat(answer["expires_at"]),
        bytes.fromhex(answer["key"]),
    )


def proven(envelope: Envelope, *grants: Grant) -> Envelope:
    """``envelope`` signed by the people of ``grants`` (its user, its approver)."""
    payload = with_proofs({g.user_id: g for g in grants}, envelope, envelope.payload)
    return dataclasses.replace(envelope, payload=payload)
