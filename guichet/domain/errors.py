"""Domain errors carry a machine-readable code; the UI turns the code into words."""

from __future__ import annotations

import errno
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


def os_reason(error: OSError) -> str:
    """Why a file or folder could not be used, as a code the messages put in words
    (``EISDIR``, ``ENOSPC``...): the system's own text is English whatever the user reads."""
    return errno.errorcode.get(error.errno or 0, "") or (error.strerror or "")
