"""PIN hashes a copied database cannot test guesses against, and proofs that the server
verified a person (docs/SECURITY.md).

**Peppered hashes.** A paired counter never stores an argon2 hash as argon2 writes it: it
keeps argon2's parameters and salt, and in place of the digest an HMAC-SHA256 of the digest
under the organisation's *pepper*, a 256-bit key the counter keeps in the OS keyring, never in
its database. A guess is tested by computing argon2 and then the HMAC: without the pepper, the
10,000 four-digit PINs cannot be told apart by what the database holds.

**Proofs.** A supervisor or owner whose PIN the server checked online gets a *grant*: a
session id, an expiry, and a session key the server derives from its own signing key (so the
server keeps nothing per session). The counter keeps the key in memory only, and signs with it
each command that person makes or approves (its id, type, terminal, the person and the
payload's digest). A copy of the database holds the signatures of commands already made,
never the key: it cannot sign another command, nor change the payload of one it holds.

Pure computation: no I/O, no database (argon2 and HMAC only).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from argon2.low_level import Type, hash_secret_raw

PEPPERED = "$argon2id+pepper$"
#: The payload key that carries a command's proofs (ignored when the command is parsed).
PROOFS = "_proofs"


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


def is_peppered(stored: str) -> bool:
    return stored.startswith(PEPPERED)


def pepper_hash(pepper: bytes, argon2_hash: str) -> str:
    """``argon2_hash`` (argon2id, as argon2-cffi encodes it) with its digest replaced by an
    HMAC of it under ``pepper``. Raises ValueError for anything else."""
    if is_peppered(argon2_hash):
        return argon2_hash
    parts = argon2_hash.split("$")
    # ["", "argon2id", "v=19", "m=...,t=...,p=...", salt, digest]
    if len(parts) != 6 or parts[1] != "argon2id":
        raise ValueError("not an argon2id hash")
    digest = _unb64(parts[5])
    mac = hmac.new(pepper, digest, hashlib.sha256).digest()
    return f"{PEPPERED}{parts[2]}${parts[3]},l={len(digest)}${parts[4]}${_b64(mac)}"


def verify_peppered(pepper: bytes, stored: str, pin: str) -> bool:
    """Whether ``pin`` is the PIN of the peppered hash ``stored``."""
    try:
        _, _, version, params, salt, mac = stored.split("$")
        fields = dict(item.split("=", 1) for item in params.split(","))
        digest = hash_secret_raw(
            secret=pin.encode(),
            salt=_unb64(salt),
            time_cost=int(fields["t"]),
            memory_cost=int(fields["m"]),
            parallelism=int(fields["p"]),
            hash_len=int(fields["l"]),
            type=Type.ID,
            version=int(version.removeprefix("v=")),
        )
        expected = _unb64(mac)
    except (ValueError, KeyError, TypeError):
        return False
    return hmac.compare_digest(hmac.new(pepper, digest, hashlib.sha256).digest(), expected)


# --- proofs ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Grant:
    """What the server gives a person it verified online; ``key`` stays in memory."""

    user_id: str
    session: str
    expires_at: datetime
    key: bytes


def session_key(
    signing_key: bytes, terminal_id: str, user_id: str, session: str, expires: str
) -> bytes:
    """The server derives a grant's key again from the proof's fields: it stores no session."""
    message = f"grant|{terminal_id}|{user_id}|{session}|{expires}".encode()
    return hmac.new(signing_key, message, hashlib.sha256).digest()


def payload_digest(payload: dict[str, Any]) -> str:
    """A payload's digest, its proofs aside; keys sorted and ASCII-only, so the counter and
    the server agree whatever JSON library carried it."""
    plain = {k: v for k, v in payload.items() if k != PROOFS}
    text = json.dumps(plain, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()


def command_message(
    command_id: str, command_type: str, terminal_id: str, user_id: str, payload: dict[str, Any]
) -> bytes:
    """What a proof signs: the command, its terminal, the person and the payload's digest
    (not the sequence: a counter that must number its commands again keeps its proofs)."""
    return (
        f"cmd|{command_id}|{command_type}|{terminal_id}|{user_id}|{payload_digest(payload)}"
    ).encode()


def action_message(action: str, terminal_id: str, user_id: str, at: str) -> bytes:
    """What a proof of a request that is not a command signs (a pairing code)."""
    return f"act|{action}|{terminal_id}|{user_id}|{at}".encode()


def sign(grant: Grant, message: bytes) -> dict[str, str]:
    return {
        "user": grant.user_id,
        "session": grant.session,
        "expires": grant.expires_at.isoformat(),
        "mac": hmac.new(grant.key, message, hashlib.sha256).hexdigest(),
    }


def mac_matches(key: bytes, message: bytes, mac: str) -> bool:
    return hmac.compare_digest(hmac.new(key, message, hashlib.sha256).hexdigest(), mac)
