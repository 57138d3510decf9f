"""The central server's HTTP API (FastAPI). The logic lives in :mod:`guichet.server.core`."""

# No "from __future__ import annotations": FastAPI reads the dependency annotations of the
# handlers defined inside create_app at run time.

import json
import os
import threading
from datetime import datetime
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session, sessionmaker

from guichet.domain.commands import Envelope
from guichet.domain.errors import DomainError
from guichet.models.db import head_revision, make_engine, upgrade
from guichet.models.tables import Terminal
from guichet.server import updates as update_policy
from guichet.server.core import ServerCore

API_VERSION = "1"
#: Pushes applied at once by one server process (see create_app).
PUSH_SLOTS = int(os.environ.get("GUICHET_SERVER_PUSH_SLOTS", "3"))


class Health(BaseModel):
    status: str
    schema_version: str = Field(alias="schema")
    api: str = API_VERSION

    model_config = {"populate_by_name": True}


class PairRequest(BaseModel):
    code: str = Field(min_length=1, max_length=40)
    terminal_name: str = Field(default="Guichet", max_length=80)


class VersionOut(BaseModel):
    """What this server expects of counters (docs/UPDATES.md)."""

    server_version: str
    minimum_counter_version: str | None
    download_url: str
    data_format: int


class PairResponse(BaseModel):
    terminal_id: str
    organisation_id: str
    token: str
    server: VersionOut | None = None


class EnvelopeIn(BaseModel):
    command_id: str = Field(min_length=1, max_length=36)
    command_type: str = Field(min_length=1, max_length=64)
    terminal_id: str = Field(min_length=1, max_length=36)
    sequence: int = Field(ge=1, le=2**62)  # a database integer
    occurred_at: datetime
    user_id: str | None = Field(default=None, max_length=36)
    payload: dict[str, Any]


class PushRequest(BaseModel):
    envelopes: list[EnvelopeIn] = Field(max_length=500)


class AnswerOut(BaseModel):
    command_id: str
    sequence: int
    status: str
    reason: str = ""
    details: dict[str, Any] = {}


class PushResponse(BaseModel):
    answers: list[AnswerOut]


class ChangeOut(BaseModel):
    id: int
    entity: str
    entity_id: str
    op: str
    data: dict[str, Any] | None


class ChangesResponse(BaseModel):
    changes: list[ChangeOut]
    cursor: int
    more: bool
    snapshot_required: bool = False
    server: VersionOut | None = None


class Release(BaseModel):
    """Unused units of one allotment a counter gives back: places or à-la-carte places of an
    occurrence, a reserve's quantity for an occurrence (``subject_id``: the reserve), or a
    promotion's ticket quota (``subject_id``: the promotion, no occurrence)."""

    kind: str = Field(pattern="^(places|alacarte|reserve|promotion)$")
    occurrence_id: str | None = Field(default=None, min_length=1, max_length=36)
    subject_id: str | None = Field(default=None, min_length=1, max_length=36)
    count: int = Field(ge=0, le=1_000_000)


class LeaseRequestIn(BaseModel):
    request_id: str = Field(min_length=1, max_length=36)
    releases: list[Release] = Field(default=[], max_length=10_000)


class LeaseResponse(BaseModel):
    granted: int


class PairingCodeRequest(BaseModel):
    user_id: str = Field(min_length=1, max_length=36)


class PairingCodeResponse(BaseModel):
    code: str


class VerdictResponse(BaseModel):
    verdict: str
    remaining_uses: int | None


class TicketOut(BaseModel):
    """A ticket as the server knows it (the door's KnownTicket; names in both languages)."""

    id: str
    code: str
    status: str
    event_id: str
    occurrence_id: str
    starts_at: str  # ISO 8601 with its offset
    ends_at: str
    category_id: str | None
    category: str
    category_en: str
    event: str
    event_en: str
    seat: str
    seat_en: str
    holder: str
    order_code: str


class EntryOut(BaseModel):
    at: str  # ISO 8601 with its offset
    where: str  # the door's (or counter's) name


class TicketVerdictResponse(BaseModel):
    """What a door asks before judging a scan on its own copy (docs/TICKETS.md)."""

    known: bool
    verdict: str  # the server's own judgement at the door list asked for, by its clock
    ticket: TicketOut | None = None
    entry: EntryOut | None = None  # the first admission any door has synced
    other: str | None = None  # "receipt" | "card": a code that is not a ticket's


#: A door list's id as counters make them (a uuid): anything else is refused at the edge.
LIST_ID = r"^[0-9A-Za-z_-]+$"


class AdoptRequest(BaseModel):
    code: str = Field(min_length=1, max_length=40)
    terminal_id: str = Field(min_length=1, max_length=36)
    rows: list[ChangeOut] = Field(max_length=5000)
    last: bool = False


class AdoptResponse(BaseModel):
    token: str | None
    cursor: int | None
    organisation_id: str | None = None


class Refusal(BaseModel):
    code: str
    params: dict[str, Any] = {}


class RateLimiter:
    """A token bucket per terminal, in this process (behind a load balancer each process
    keeps its own: the limit scales with the processes, which is acceptable for look-ups)."""

    def __init__(self, rate: float, burst: int) -> None:
        import threading

        self.rate, self.burst = rate, burst
        self.buckets: dict[str, tuple[float, float]] = {}
        self.lock = threading.Lock()

    def allow(self, key: str) -> bool:
        import time

        now = time.monotonic()
        with self.lock:
            tokens, last = self.buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens < 1:
                self.buckets[key] = (tokens, now)
                return False
            self.buckets[key] = (tokens - 1, now)
            return True


def _refuse(status: int, error: DomainError) -> HTTPException:
    return HTTPException(
        status, detail={"code": error.code, "params": {k: str(v) for k, v in error.params.items()}}
    )


def create_app(db_url: str, *, migrate: bool = True) -> FastAPI:
    # Every request holds one connection for its transaction; under a burst of counters they
    # wait for one (up to five minutes) rather than fail: a push is never answered with a 5xx
    # because the pool was busy.
    pool = {} if db_url.startswith("sqlite") else {"pool_size": 10, "max_overflow": 20}
    engine = make_engine(db_url, pool_timeout=300, **pool)
    if migrate:
        upgrade(engine)
    factory: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)
    core = ServerCore(factory)
    app = FastAPI(
        title="Guichet — serveur central",
        version=API_VERSION,
        description="Counters push their commands and pull the server's changes.",
    )
    app.state.core = core
    app.state.engine = engine
    from guichet.server.requestlog import RequestLog, note

    app.add_middleware(RequestLog)
    # A few pushes at a time per process, the others wait their turn asleep: forty threads
    # taking turns on the interpreter lock kept a batch's rows locked while it waited for its
    # turn, and every other batch waited behind it (measured: docs/PERFORMANCE.md).
    push_slots = threading.BoundedSemaphore(PUSH_SLOTS)
    bearer = HTTPBearer(auto_error=False)

    def terminal(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> Terminal:
        if credentials is None:
            raise HTTPException(401, detail={"code": "token_missing", "params": {}})
        try:
            device = core.authenticate(credentials.credentials)
        except DomainError as error:
            raise _refuse(401, error) from error
        note(terminal_id=device.id)
        return device

    def counter_allowed(
        version: Annotated[str | None, Header(alias=update_policy.HEADER)] = None,
    ) -> update_policy.UpdatePolicy:
        """A counter older than the organisation's minimum is refused sync (426), before
        anything is read or written for it; its sales wait in its outbox."""
        policy = update_policy.load(engine)
        try:
            update_policy.check_counter(policy, version)
        except DomainError as error:
            raise _refuse(426 if error.code == "counter_too_old" else 400, error) from error
        return policy

    too_old: dict[int | str, dict[str, Any]] = {400: {"model": Refusal}, 426: {"model": Refusal}}

    @app.get("/health", response_model=Health, response_model_by_alias=True)
    def health() -> Health:
        return Health(status="ok", schema=head_revision())

    @app.get("/version", response_model=VersionOut)
    def version() -> VersionOut:
        """This server's version, the oldest counter it accepts and where to download one
        (no token needed: a refused counter must still learn where to go)."""
        return VersionOut(**update_policy.load(engine).published())

    @app.post("/pair", response_model=PairResponse, responses=too_old)
    def pair(
        request: PairRequest,
        policy: Annotated[update_policy.UpdatePolicy, Depends(counter_allowed)],
    ) -> PairResponse:
        try:
            paired = core.pair(request.code, request.terminal_name)
        except DomainError as error:
            raise _refuse(400, error) from error
        return PairResponse(
            terminal_id=paired.terminal_id,
            organisation_id=paired.organisation_id,
            token=paired.token,
            server=VersionOut(**policy.published()),
        )

    @app.post(
        "/adopt",
        response_model=AdoptResponse,
        responses=too_old,
        dependencies=[Depends(counter_allowed)],
    )
    def adopt(request: AdoptRequest) -> AdoptResponse:
        """A standalone counter paired later brings its data (an empty server only)."""
        try:
            result = core.adopt(
                request.code,
                request.terminal_id,
                [r.model_dump() for r in request.rows],
                request.last,
            )
        except DomainError as error:
            raise _refuse(400, error) from error
        return AdoptResponse(**result)

    @app.post(
        "/push",
        response_model=PushResponse,
        responses={401: {"model": Refusal}, **too_old},
        dependencies=[Depends(counter_allowed)],
    )
    def push(
        request: PushRequest,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> PushResponse:
        if credentials is None:
            raise HTTPException(401, detail={"code": "token_missing", "params": {}})
        envelopes = [
            Envelope(
                command_id=e.command_id,
                command_type=e.command_type,
                terminal_id=e.terminal_id,
                sequence=e.sequence,
                occurred_at=e.occurred_at,
                user_id=e.user_id,
                payload=e.payload,
            )
            for e in request.envelopes
        ]
        try:
            terminal_id = core.pusher(credentials.credentials)
            note(terminal_id=terminal_id, commands=len(envelopes))
            with push_slots:
                answers = core.push(terminal_id, envelopes, credentials.credentials)
        except DomainError as error:
            raise _refuse(401, error) from error
        # The body of a PushResponse, written directly: the answers are plain already, and
        # validating them again was a few percent of a push.
        body = json.dumps({"answers": [a.to_json() for a in answers]}, ensure_ascii=False)
        return Response(content=body, media_type="application/json")  # type: ignore[return-value]

    @app.post(
        "/pairing-codes",
        response_model=PairingCodeResponse,
        responses={401: {"model": Refusal}, 403: {"model": Refusal}},
    )
    def pairing_code(
        request: PairingCodeRequest, device: Annotated[Terminal, Depends(terminal)]
    ) -> PairingCodeResponse:
        try:
            return PairingCodeResponse(code=core.pairing_code_for(device.id, request.user_id))
        except DomainError as error:
            raise _refuse(403, error) from error

    limiter = RateLimiter(rate=20.0, burst=40)

    @app.get(
        "/cards/{code}/verdict",
        response_model=VerdictResponse,
        responses={401: {"model": Refusal}, 429: {"model": Refusal}},
    )
    def card_verdict(
        code: Annotated[str, Path(min_length=1, max_length=40)],
        device: Annotated[Terminal, Depends(terminal)],
        activity_id: Annotated[str | None, Query(max_length=36)] = None,
    ) -> VerdictResponse:
        # Code look-ups are rate limited per terminal: a stolen token cannot enumerate cards.
        if not limiter.allow(device.id):
            raise HTTPException(429, detail={"code": "rate_limited", "params": {}})
        return VerdictResponse(**core.card_verdict(device.organisation_id, code, activity_id))

    door_limiter = RateLimiter(rate=20.0, burst=40)

    @app.get(
        "/tickets/{code}/verdict",
        response_model=TicketVerdictResponse,
        responses={401: {"model": Refusal}, 404: {"model": Refusal}, 429: {"model": Refusal}},
    )
    def ticket_verdict(
        code: Annotated[str, Path(min_length=1, max_length=64)],
        device: Annotated[Terminal, Depends(terminal)],
        list_id: Annotated[str | None, Query(max_length=36, pattern=LIST_ID)] = None,
    ) -> TicketVerdictResponse:
        # Rate limited per terminal as the cards are (a stolen token enumerates nothing). The
        # code itself is read as the door reads a scan: binary or malformed is "check_code".
        if not door_limiter.allow(device.id):
            raise HTTPException(429, detail={"code": "rate_limited", "params": {}})
        try:
            answer = core.ticket_verdict(device.organisation_id, code, list_id)
        except DomainError as error:
            raise _refuse(404, error) from error
        return TicketVerdictResponse(**answer)

    @app.post(
        "/lease",
        response_model=LeaseResponse,
        responses={401: {"model": Refusal}, **too_old},
        dependencies=[Depends(counter_allowed)],
    )
    def lease(
        request: LeaseRequestIn, device: Annotated[Terminal, Depends(terminal)]
    ) -> LeaseResponse:
        granted = core.lease(
            device.id, request.request_id, [r.model_dump() for r in request.releases]
        )
        return LeaseResponse(granted=granted)

    @app.get(
        "/changes", response_model=ChangesResponse, responses={401: {"model": Refusal}, **too_old}
    )
    def changes(
        device: Annotated[Terminal, Depends(terminal)],
        policy: Annotated[update_policy.UpdatePolicy, Depends(counter_allowed)],
        since: Annotated[int, Query(ge=0, le=2**62)] = 0,
        limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
    ) -> ChangesResponse:
        # Pages of thousands of rows: the body is joined from the log's own JSON texts, no
        # row decoded nor re-encoded (the shape is the ChangesResponse of the OpenAPI document).
        body = core.changes_body(device.organisation_id, since, limit)
        # Every page says what the server expects, its data format first of all: a counter
        # that cannot read it stops before writing anything (docs/UPDATES.md).
        body = b'{"server":%s,%s' % (json.dumps(policy.published()).encode(), body[1:])
        return Response(content=body, media_type="application/json")  # type: ignore[return-value]

    return app


def app_from_env() -> FastAPI:
    """For ``uvicorn --factory`` (TLS with uvicorn's own certificates): the database URL comes
    from ``GUICHET_SERVER_DB``."""
    import os

    return create_app(
        os.environ.get("GUICHET_SERVER_DB", "sqlite:///guichet-server.db"),
        # Several workers must not migrate at once: migrate first ("guichet server admin").
        migrate=os.environ.get("GUICHET_SERVER_MIGRATE", "1") != "0",
    )
