"""Text shortened to fit: the one place where a window may cut a text with "…".

Issue 16 part 5 asks that no text be cut at 1366×768 or 1920×1080. Windows wrap rather than
elide; where a text truly has no room left (a 200-character event name in a day list), it is
shortened here, the whole text staying in the tooltip. Going through one function lets the
layout test see every shortening that happened while it walked the windows.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QFontMetricsF

_shortened: list[tuple[str, str]] | None = None


def elide(
    metrics: QFontMetrics | QFontMetricsF,
    text: str,
    width: int,
    mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
) -> str:
    """``text`` as it fits in ``width`` pixels, ending in "…" when it does not."""
    shown = metrics.elidedText(text, mode, max(width, 0))
    if shown != text and _shortened is not None:
        _shortened.append((text, shown))
    return str(shown)


@contextmanager
def recording_shortened_texts() -> Iterator[list[tuple[str, str]]]:
    """Collect ``(whole text, shown text)`` for every text shortened inside the block."""
    global _shortened
    previous = _shortened
    _shortened = []
    try:
        yield _shortened
    finally:
        _shortened = previous
