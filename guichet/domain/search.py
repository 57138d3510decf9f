"""What a person types into a search field, made safe for SQL's LIKE.

A search is compared with columns of at most 200 characters: a longer one cannot match and,
past SQLite's 50,000-character pattern limit, would fail as "LIKE or GLOB pattern too
complex". It is refused in words instead. ``%`` and ``_`` are letters people type (« 100 % »,
an e-mail's « jean_roy »): they are searched as such, never as wildcards.
"""

from __future__ import annotations

from guichet.domain.errors import DomainError

#: The longest text a search compares with (customer.name, customer.email, card.holder_name).
SEARCH_MAX = 200
#: The escape character of :func:`like_contains` patterns (``LIKE ... ESCAPE '\\'``).
LIKE_ESCAPE = "\\"


def search_text(text: str) -> str:
    """``text`` without its surrounding spaces; ``search_too_long`` beyond :data:`SEARCH_MAX`."""
    stripped = text.strip()
    if len(stripped) > SEARCH_MAX:
        raise DomainError("search_too_long", length=len(stripped), maximum=SEARCH_MAX)
    return stripped


def like_contains(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, its ``%``, ``_`` and ``\\`` taken literally
    (use with ``escape=LIKE_ESCAPE``)."""
    escaped = (
        text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
        .replace("%", LIKE_ESCAPE + "%")
        .replace("_", LIKE_ESCAPE + "_")
    )
    return f"%{escaped}%"
