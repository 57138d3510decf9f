"""What the server checks of a request before any of it reaches the database, and how it
answers when something goes wrong anyway: never a 5xx, always a code with parameters.

- Every request body is an :class:`EdgeModel`: besides its fields' types and sizes, no text in
  it may hold a NUL, a control character other than tab and line breaks, or a lone surrogate
  (PostgreSQL refuses the first and the last, UTF-8 cannot write a lone surrogate, and an ESC
  reaches a receipt printer as a command), no integer may pass 64 bits and no number may be
  infinite. The commands a push carries are the exception: each is checked by its own table
  (:mod:`guichet.domain.limits`) and refused on its own, with an answer, so that one bad
  command never stops a counter's whole push.
- A request that does not fit is answered 422 ``request_invalid`` naming the field, never
  echoing the input (an echoed lone surrogate made the answer itself fail).
- Any error no one foresaw is logged with its traceback and answered 409
  ``internal_refusal`` (the transaction was rolled back: the counter tries again later).
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Mapping
from typing import Any, ClassVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationInfo, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response

from guichet.domain.catalogue import shown
from guichet.domain.limits import INT_MAX, INT_MIN, unfit
from guichet.server.requestlog import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("guichet.server")

#: How deep a request's free-form JSON (an adopted row's data) may nest.
DEPTH = 32
#: A refusal names at most this many fields.
ERRORS_SHOWN = 10
INTERNAL = 409


def _fit(value: Any, depth: int = DEPTH) -> None:
    if isinstance(value, str):
        if unfit(value):
            raise ValueError("text_invalid")
    elif type(value) is int:
        if not INT_MIN <= value <= INT_MAX:
            raise ValueError("number_out_of_range")
    elif type(value) is float:
        if not math.isfinite(value):
            raise ValueError("number_out_of_range")
    elif isinstance(value, list | tuple | dict):
        if depth <= 0:
            raise ValueError("nested_too_deep")
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            _fit(key, depth - 1)
            _fit(item, depth - 1)


class EdgeModel(BaseModel):
    """A request body: every field's value fits (see the module's docstring), except those
    named in ``unchecked`` (a push's payloads, checked command by command)."""

    unchecked: ClassVar[frozenset[str]] = frozenset()

    @field_validator("*", mode="after")
    @classmethod
    def _fits(cls, value: Any, info: ValidationInfo) -> Any:
        if info.field_name not in cls.unchecked:
            _fit(value)
        return value


def plain(value: Any, depth: int = 8) -> Any:
    """A refusal's parameter as JSON that PostgreSQL and the encoder always take: texts short
    and printable, numbers finite, nothing nested deep."""
    if isinstance(value, str):
        return shown(value, 200)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return value if INT_MIN <= value <= INT_MAX else shown(value, 40)
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if depth > 0 and isinstance(value, list | tuple):
        return [plain(v, depth - 1) for v in value[:50]]
    if depth > 0 and isinstance(value, Mapping):
        return {shown(k, 80): plain(v, depth - 1) for k, v in list(value.items())[:50]}
    return shown(value, 200)


def refusal(status: int, code: str, params: Mapping[str, Any] | None = None) -> Response:
    body = {"detail": {"code": code, "params": plain(dict(params or {}))}}
    return JSONResponse(body, status_code=status)


def _where(loc: tuple[Any, ...] | list[Any]) -> str:
    return ".".join(shown(part, 40) for part in loc)


def _reason(error: Mapping[str, Any]) -> str:
    """Pydantic's error type, or for one of ours (``text_invalid``...) its own word."""
    if error.get("type") == "value_error":
        return shown(error.get("ctx", {}).get("error", "value_error"), 40)
    return shown(error.get("type", ""), 40)


async def _invalid(_request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    errors = [
        {"field": _where(e.get("loc", ())), "reason": _reason(e)}
        for e in error.errors()[:ERRORS_SHOWN]
    ]
    first = errors[0] if errors else {"field": "", "reason": ""}
    return refusal(422, "request_invalid", {**first, "errors": errors})


#: Starlette's own refusals (a path no route has, a body that is not JSON...) as codes.
_HTTP_CODES = {
    400: "request_unreadable",
    401: "token_missing",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "request_too_large",
}


async def _http(_request: Request, error: Exception) -> Response:
    assert isinstance(error, StarletteHTTPException)
    detail = error.detail
    if isinstance(detail, Mapping) and "code" in detail:
        code, params = str(detail["code"]), detail.get("params") or {}
    else:
        code, params = _HTTP_CODES.get(error.status_code, "refused"), {}
    status = error.status_code if error.status_code < 500 else INTERNAL
    response = refusal(status, shown(code, 64), params if isinstance(params, Mapping) else {})
    for name, value in (error.headers or {}).items():
        response.headers[name] = value
    return response


class Shield:
    """Pure ASGI, inside the request log: an exception that escapes a route becomes a coded
    answer (409 ``internal_refusal``) with its traceback in the log, and the connection
    stays open. Once an answer has started nothing else can be said: the error is logged."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def noting(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, noting)
        except Exception:  # noqa: BLE001 - the last resort: logged whole, answered coded
            route = getattr(scope.get("route"), "path", None) or "(unmatched)"
            log.exception("request failed", extra={"path": route})
            if started:
                return
            body = json.dumps({"detail": {"code": "internal_refusal", "params": {}}}).encode()
            await send(
                {
                    "type": "http.response.start",
                    "status": INTERNAL,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})


def install(app: FastAPI) -> None:
    """The coded refusals and the shield; call before adding the request log (which must
    see the shield's answer, not the exception)."""
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_middleware(Shield)


def answers_body(answers: list[dict[str, Any]]) -> bytes:
    """A push's answers as JSON bytes: written directly (validating them again was a few
    percent of a push); a text the edge let through that UTF-8 cannot write becomes U+FFFD
    rather than a failed answer."""
    text = json.dumps({"answers": answers}, ensure_ascii=False)
    return text.encode("utf-8", "replace")
