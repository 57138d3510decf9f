"""The HTTP side of :mod:`guichet.server.people`: ``POST /people/verify`` and the shape of a
request's proof (docs/SECURITY.md)."""

# No "from __future__ import annotations": FastAPI reads the annotations at run time.

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, Field

from guichet.domain.errors import DomainError
from guichet.models.base import utcnow
from guichet.models.tables import Terminal
from guichet.server import people
from guichet.server.edge import EdgeModel

#: What a proof's fields may hold: hex, ids, ISO 8601 times (never a NUL or a surrogate).
PROOF_TEXT = r"^[0-9A-Za-z:+.\-_]*$"


class ActionProof(EdgeModel):
    """A supervisor's signature on a request (a pairing code), with their online grant."""

    user: str = Field(min_length=1, max_length=36, pattern=PROOF_TEXT)
    session: str = Field(min_length=1, max_length=64, pattern=PROOF_TEXT)
    expires: str = Field(min_length=1, max_length=40, pattern=PROOF_TEXT)
    at: str = Field(min_length=1, max_length=40, pattern=PROOF_TEXT)
    mac: str = Field(min_length=1, max_length=64, pattern=PROOF_TEXT)


class VerifyRequest(EdgeModel):
    user_id: str = Field(min_length=1, max_length=36, pattern=PROOF_TEXT)
    pin: str = Field(min_length=4, max_length=8, pattern=r"^[0-9]+$")


class GrantOut(BaseModel):
    user_id: str
    role: str
    session: str
    expires_at: str
    key: str  # hex: kept in the counter's memory only


class Refusal(BaseModel):
    code: str
    params: dict[str, Any] = {}


def install(app: FastAPI, terminal: Callable[..., Terminal]) -> None:
    """Add ``POST /people/verify`` (``terminal``: the app's device-token dependency)."""
    factory = app.state.core.session_factory

    @app.post(
        "/people/verify",
        response_model=GrantOut,
        responses={401: {"model": Refusal}, 403: {"model": Refusal}},
    )
    def verify(request: VerifyRequest, device: Annotated[Terminal, Depends(terminal)]) -> GrantOut:
        """A person's PIN checked by the server, under its own lock-out: a grant to sign
        their commands with, or a refusal (wrong_pin, user_locked, unknown_user)."""
        try:
            grant = people.verify_online(factory, device, request.user_id, request.pin, utcnow())
        except DomainError as error:
            raise HTTPException(
                403,
                detail={"code": error.code, "params": {k: str(v) for k, v in error.params.items()}},
            ) from error
        return GrantOut(**grant)
