"""The central server's HTTP API (FastAPI). The logic lives in :mod:`guichet.server.core`."""

# No "from __future__ import annotations": FastAPI reads the dependency annotations of the
# handlers defined inside create_app at run time.

import json
import os
import threading
from datetime import datetime
from typing import Annotated, Any, ClassVar

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field, model_validator
from sqlalchemy.orm import Session, sessionmaker

from guichet.domain.commands import Envelope
from guichet.domain.errors import DomainError
from guichet.domain.numbering import Numbers
from guichet.models.db import head_revision, make_engine, upgrade
from guichet.models.tables import Terminal
from guichet.server import people, people_api, ratelimit
from guichet.server import updates as update_policy
from guichet.server.core import ServerCore
from guichet.server.edge import EdgeModel, answers_body, plain
from guichet.server.people_api import ActionProof

API_VERSION = "1"
#: Pushes applied at once by one server process (see create_app).
PUSH_SLOTS = int(os.environ.get("GUICHET_SERVER_PUSH_SLOTS", "3"))


class Health(BaseModel):
    status: str
    schema_version: str = Field(alias="schema")
    api: str = API_VERSION

    model_config = {"populate_by_name": True}


class PairRequest(EdgeModel):
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
    # The organisation's PIN pepper (hex), kept by the counter in its keyring (SECURITY.md).
    pepper: str | None = None


class NumbersIn(EdgeModel):
    """The counter's next receipt and Z numbers before and after the command (issue 21):
    the server's copy follows them whatever its verdict (docs/SYNC.md)."""

    receipt_before: int = Field(ge=1, le=2**62)
    receipt_after: int = Field(ge=1, le=2**62)
    z_before: int = Field(ge=1, le=2**31 - 1)  # an INTEGER column
    z_after: int = Field(ge=1, le=2**31 - 1)
    renumbered_from: int | None = Field(default=None, ge=1, le=2**62)

    @model_validator(mode="after")
    def _forward(self) -> "NumbersIn":
        if self.receipt_after < self.receipt_before or self.z_after < self.z_before:
            raise ValueError("a counter's numbers never go back")
        return self

    def numbers(self) -> Numbers:
        return Numbers(
            self.receipt_before,
            self.receipt_after,
            self.z_before,
            self.z_after,
            self.renumbered_from,
        )


class EnvelopeIn(EdgeModel):
    unchecked: ClassVar[frozenset[str]] = frozenset({"payload"})
    command_id: str = Field(min_length=1, max_length=36)
    command_type: str = Field(min_length=1, max_length=64)
    terminal_id: str = Field(min_length=1, max_length=36)
    sequence: int = Field(ge=1, le=2**62)  # a database integer
    occurred_at: datetime
    user_id: str | None = Field(default=None, max_length=36)
    payload: dict[str, Any]  # checked command by command (guichet.domain.limits)
    numbers: NumbersIn | None = None  # absent from counters older than issue 21


class PushRequest(EdgeModel):
    envelopes: list[EnvelopeIn] = Field(max_length=500)


class AnswerOut(BaseModel):
    command_id: str
    sequence: int
    status: str
    reason: str = ""
    details: dict[str, Any] = {}


class PushResponse(BaseModel):
    answers: list[AnswerOut]


class ChangeOut(EdgeModel):
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


class Release(EdgeModel):
    """Unused units of one allotment a counter gives back: places or à-la-carte places of an
    occurrence, a reserve's quantity for an occurrence (``subject_id``: the reserve), or a
    promotion's ticket quota (``subject_id``: the promotion, no occurrence)."""

    kind: str = Field(pattern="^(places|alacarte|reserve|promotion)$")
    occurrence_id: str | None = Field(default=None, min_length=1, max_length=36)
    subject_id: str | None = Field(default=None, min_length=1, max_length=36)
    count: int = Field(ge=0, le=1_000_000)


class LeaseRequestIn(EdgeModel):
    request_id: str = Field(min_length=1, max_length=36)
    releases: list[Release] = Field(default=[], max_length=10_000)


class LeaseResponse(BaseModel):
    granted: int


class PairingCodeRequest(EdgeModel):
    user_id: str = Field(min_length=1, max_length=36)
    # Who asks proves it (guichet.server.people): a token alone never speaks for a person.
    proof: ActionProof | None = None
    login_roles: str = Field(default="cashier", max_length=40, pattern=r"^[a-z,]+$")


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


class AdoptRequest(EdgeModel):
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


def _refuse(status: int, error: DomainError) -> HTTPException:
    return HTTPException(status, detail={"code": error.code, "params": plain(dict(error.params))})


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
    from guichet.server import edge
    from guichet.server.requestlog import RequestLog, note

    edge.install(app)  # coded refusals, never a 5xx; inside the request log
    app.add_middleware(RequestLog)
    # A few pushes at a time per process, the others wait their turn asleep: forty threads
    # taking turns on the interpreter lock kept a batch's rows locked while it waited for its
    # turn, and every other batch waited behind it (measured: docs/PERFORMANCE.md).
    push_slots = threading.BoundedSemaphore(PUSH_SLOTS)
    # Request budgets in the database: every process of the server draws from the same.
    limits = ratelimit.Limits(engine)
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
    limited: dict[int | str, dict[str, Any]] = {429: {"model": Refusal}}  # ratelimit.py

    @app.get("/health", response_model=Health, response_model_by_alias=True)
    def health() -> Health:
        return Health(status="ok", schema=head_revision())

    @app.get("/version", response_model=VersionOut)
    def version() -> VersionOut:
        """This server's version, the oldest counter it accepts and where to download one
        (no token needed: a refused counter must still learn where to go)."""
        return VersionOut(**update_policy.load(engine).published())

    @app.post("/pair", response_model=PairResponse, responses={**too_old, **limited})
    def pair(
        request: PairRequest,
        policy: Annotated[update_policy.UpdatePolicy, Depends(counter_allowed)],
        http: Request,
    ) -> PairResponse:
        # Wrong codes are counted per address, in every process (ratelimit.py).
        ratelimit.guard(limits, "pair", ratelimit.client_of(http))
        try:
            paired = core.pair(request.code, request.terminal_name)
        except DomainError as error:
            raise _refuse(400, error) from error
        limits.give_back("pair", ratelimit.client_of(http))
        return PairResponse(
            terminal_id=paired.terminal_id,
            organisation_id=paired.organisation_id,
            token=paired.token,
            server=VersionOut(**policy.published()),
            pepper=people.pepper_for(core.session_factory, paired.organisation_id),
        )

    @app.post(
        "/adopt",
        response_model=AdoptResponse,
        responses={**too_old, **limited},
        dependencies=[Depends(counter_allowed)],
    )
    def adopt(request: AdoptRequest, http: Request) -> AdoptResponse:
        """A standalone counter paired later brings its data (an empty server only)."""
        ratelimit.guard(limits, "adopt", ratelimit.client_of(http))
        try:
            result = core.adopt(
                request.code,
                request.terminal_id,
                [r.model_dump() for r in request.rows],
                request.last,
            )
        except DomainError as error:
            raise _refuse(400, error) from error
        limits.give_back("adopt", ratelimit.client_of(http))
        return AdoptResponse(**result)

    @app.post(
        "/push",
        response_model=PushResponse,
        responses={401: {"model": Refusal}, **too_old, **limited},
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
                numbers=e.numbers.numbers() if e.numbers is not None else None,
            )
            for e in request.envelopes
        ]
        try:
            terminal_id = core.pusher(credentials.credentials)
            ratelimit.guard(limits, "push", terminal_id)
            note(terminal_id=terminal_id, commands=len(envelopes))
            with push_slots:
                answers = core.push(terminal_id, envelopes, credentials.credentials)
        except DomainError as error:
            raise _refuse(401, error) from error
        # The body of a PushResponse, written directly: the answers are plain already, and
        # validating them again was a few percent of a push.
        body = answers_body([a.to_json() for a in answers])
        return Response(content=body, media_type="application/json")  # type: ignore[return-value]

    @app.post(
        "/pairing-codes",
        response_model=PairingCodeResponse,
        responses={401: {"model": Refusal}, 403: {"model": Refusal}, **limited},
    )
    def pairing_code(
        request: PairingCodeRequest, device: Annotated[Terminal, Depends(terminal)]
    ) -> PairingCodeResponse:
        ratelimit.guard(limits, "pairing_codes", device.id)
        try:
            proof = request.proof.model_dump() if request.proof is not None else None
            code = core.pairing_code_for(device.id, request.user_id, proof, request.login_roles)
            return PairingCodeResponse(code=code)
        except DomainError as error:
            raise _refuse(403, error) from error

    people_api.install(app, terminal)  # POST /people/verify (docs/SECURITY.md)
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
        ratelimit.guard(limits, "card_verdict", device.id)
        return VerdictResponse(**core.card_verdict(device.organisation_id, code, activity_id))

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
        ratelimit.guard(limits, "ticket_verdict", device.id)
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
        body = core.changes_body(device.organisation_id, since, limit, terminal_id=device.id)
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
