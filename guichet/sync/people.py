"""A paired counter's side of "the server checks people" (docs/SECURITY.md).

- The organisation's PIN pepper lives in the OS keyring beside the device token, never in
  the database: a copy of the database cannot test a PIN guess.
- A supervisor's or owner's PIN is checked by the server when it can be reached
  (:meth:`PeopleGateway.verify`); the grant it answers stays in this process's memory and
  signs that person's commands (:func:`guichet.domain.pins.sign`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from guichet.domain.errors import DomainError
from guichet.domain.pins import Grant, action_message, sign
from guichet.sync.engine import KEYRING_SERVICE, ServerClient, load_token
from guichet.sync.state import server_of
from guichet.sync.status import SyncError
from guichet.sync.tls import stored_certificate

#: A PIN checked online must not keep a cashier waiting when the network is down.
VERIFY_TIMEOUT = 3.0
#: Refusals of the server that are about the person, not the network: said as they are.
PERSON_REFUSALS = frozenset({"wrong_pin", "user_locked", "user_locked_now", "unknown_user"})


def _pepper_key(server_url: str, terminal_id: str) -> str:
    return f"{server_url.rstrip('/')}|{terminal_id}|pepper"


def store_pepper(server_url: str, terminal_id: str, pepper: str) -> None:
    import keyring

    keyring.set_password(KEYRING_SERVICE, _pepper_key(server_url, terminal_id), pepper)


def load_pepper(server_url: str, terminal_id: str) -> bytes | None:
    import keyring

    text = keyring.get_password(KEYRING_SERVICE, _pepper_key(server_url, terminal_id))
    try:
        return bytes.fromhex(text) if text else None
    except ValueError:
        return None


class PeopleGateway:
    """The server as a paired counter asks it about people (None of it on a standalone
    counter: :func:`gateway_for` answers None there)."""

    def __init__(
        self, server_url: str, terminal_id: str, certificate: str | None = None
    ) -> None:
        self.server_url = server_url
        self.terminal_id = terminal_id
        # The certificate pinned at pairing (https): a supervisor's PIN goes to no other.
        self.certificate = certificate
        self._pepper: bytes | None = None

    def pepper(self) -> bytes | None:
        if self._pepper is None:
            self._pepper = load_pepper(self.server_url, self.terminal_id)
        return self._pepper

    def _client(self) -> ServerClient:
        token = load_token(self.server_url, self.terminal_id)
        if not token:
            raise SyncError("token_missing")
        return ServerClient(
            self.server_url, token, timeout=VERIFY_TIMEOUT, certificate=self.certificate
        )

    def verify(self, user_id: str, pin: str) -> Grant:
        """The server's check of a PIN. Raises DomainError for the server's refusal of the
        person, SyncError when the server cannot say (unreachable, refused the counter)."""
        client = self._client()
        try:
            answer: dict[str, Any] = client._call(
                "POST", "/people/verify", json={"user_id": user_id, "pin": pin}
            )
        except SyncError as error:
            if error.code in PERSON_REFUSALS:
                raise DomainError(error.code, **error.params) from None
            raise
        finally:
            client.close()
        try:
            return Grant(
                user_id=str(answer["user_id"]),
                session=str(answer["session"]),
                expires_at=datetime.fromisoformat(str(answer["expires_at"])),
                key=bytes.fromhex(str(answer["key"])),
            )
        except (KeyError, ValueError) as error:
            raise SyncError("server_error", "grant") from error

    def pairing_code(self, grant: Grant, at: datetime, login_roles: str = "cashier") -> str:
        """A pairing code for the next counter, asked in ``grant``'s person's name."""
        stamp = at.isoformat()
        proof = sign(grant, action_message("pairing-code", self.terminal_id, grant.user_id, stamp))
        client = self._client()
        try:
            result: dict[str, Any] = client._call(
                "POST",
                "/pairing-codes",
                json={
                    "user_id": grant.user_id,
                    "proof": {**proof, "at": stamp},
                    "login_roles": login_roles,
                },
            )
        finally:
            client.close()
        return str(result["code"])


def gateway_for(factory: sessionmaker[Session]) -> PeopleGateway | None:
    paired = server_of(factory)
    if paired is None:
        return None
    return PeopleGateway(*paired, certificate=stored_certificate(factory))
