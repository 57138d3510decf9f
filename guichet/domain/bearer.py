"""Bearer codes: whoever holds one uses what it opens (a card's uses, a ticket's admission, an
order's refund and the ticket codes derived from it).

The server never sends one to a counter: a pulled row carries a *digest* of its code in the
code column instead (:func:`digest`, one-way, 120 bits of BLAKE2b over the organisation and
the code). A counter looks a scanned code up under both forms (:func:`forms`): its own rows
keep the code it gave or was shown, the rows it pulled answer to the digest. A stolen counter's
database therefore holds only the codes of what that counter sold or scanned itself, and a
code of 69 random bits cannot be found back from its digest (docs/SECURITY.md).
"""

from __future__ import annotations

import base64
import hashlib

#: Columns that hold a bearer code, per replicated table.
BEARER_COLUMNS: dict[str, str] = {
    "card": "code",
    "sale_order": "code",
    "ticket": "code",
    "check_in": "code",  # a scan as read: a ticket's or a card's code
}
#: A digest starts with this mark, never found in a code (letters and digits only).
MARK = "~"


def digest(organisation_id: str, code: str) -> str:
    """The form of ``code`` (normalised) that counters receive: 25 characters."""
    raw = hashlib.blake2b(
        f"guichet-bearer:{organisation_id}:{code}".encode(), digest_size=15
    ).digest()
    return MARK + base64.b32encode(raw).decode().lower()


def is_digest(stored: str | None) -> bool:
    return bool(stored) and str(stored).startswith(MARK)


def forms(organisation_id: str, code: str) -> tuple[str, str]:
    """The two values a row holding ``code`` may have: the code itself or its digest."""
    return code, digest(organisation_id, code)


def visible(stored: str | None) -> str:
    """What a window or a paper may show of a stored code: nothing for a digest."""
    return "" if stored is None or is_digest(stored) else stored
