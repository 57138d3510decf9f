"""One JSON log line per request of the server: method, route, status, duration, terminal.

The route is the template (``/tickets/{code}/verdict``), never the path asked: a look-up's
path holds the code scanned. Uvicorn's own access log is off for the same reason (see
``guichet.server.admin.serve``), and no header is ever logged.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping
from contextvars import ContextVar
from typing import Any

log = logging.getLogger("guichet.server.http")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# One dict per request: the handlers run in the thread pool with a copy of the context, and
# the copy holds the same dict, so what they note reaches the line written here.
_fields: ContextVar[dict[str, Any] | None] = ContextVar("guichet_request_fields", default=None)


def note(**fields: Any) -> None:
    """Add fields (``terminal_id``...) to the current request's log line."""
    current = _fields.get()
    if current is not None:
        current.update(fields)


class RequestLog:
    """Pure ASGI (no per-request task or body copy: pushes are the server's hot path)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500
        fields: dict[str, Any] = {}
        token = _fields.set(fields)

        async def send_noting_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_noting_status)
        finally:
            _fields.reset(token)
            route = getattr(scope.get("route"), "path", None) or "(unmatched)"
            duration = round((time.perf_counter() - started) * 1000, 1)
            level = logging.ERROR if status >= 500 else logging.INFO
            log.log(
                level,
                "%s %s %s",
                scope.get("method", ""),
                route,
                status,
                extra={
                    "method": scope.get("method", ""),
                    "path": route,
                    "status": status,
                    "duration_ms": duration,
                    **fields,
                },
            )
