"""Domain errors carry a machine-readable code; the UI turns the code into words."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A rule refused an operation. ``code`` is stable; ``params`` fill the user message."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params: dict[str, Any] = params

    def __str__(self) -> str:
        if not self.params:
            return self.code
        details = ", ".join(f"{k}={v}" for k, v in sorted(self.params.items()))
        return f"{self.code} ({details})"
