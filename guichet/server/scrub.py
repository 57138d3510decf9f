"""What a pull may carry: the change log's rows with every bearer code replaced by its digest
(:mod:`guichet.domain.bearer`).

Done as the log is read, not as it is written: a server upgraded from a version that logged
codes sends none either, and the log keeps whatever the server's own back office needs.
The rows are the log's own JSON texts (a first sync reads a million cards): the code is
replaced in the text, without decoding the row. Only a key written at the top level of the
row can match — inside a JSON string every quote is escaped, so a name typed as
``", "code": "X`` is never taken for the column.
"""

from __future__ import annotations

import re
from typing import Any

from guichet.domain.bearer import BEARER_COLUMNS, digest, is_digest

_PATTERNS = {
    table: re.compile(r'([{,]\s*"' + column + r'":\s*)"((?:[^"\\]|\\.)*)"')
    for table, column in BEARER_COLUMNS.items()
}
_ORGANISATION = re.compile(r'[{,]\s*"organisation_id":\s*"([^"\\]*)"')


def scrub_text(entity: str, organisation_id: str, data: str | None) -> str | None:
    """``data`` (a row as JSON text) with its bearer code as a digest."""
    # A conflict's details keep the code they name (the card to block, the ticket admitted
    # twice, the promo code used up): a supervisor resolves it from them (docs/SECURITY.md).
    pattern = _PATTERNS.get(entity)
    if pattern is None or data is None:
        return data
    if not organisation_id:
        found = _ORGANISATION.search(data)
        organisation_id = found.group(1) if found else ""

    def replace(match: re.Match[str]) -> str:
        value = match.group(2)
        if not value or is_digest(value):
            return match.group(0)
        return f'{match.group(1)}"{digest(organisation_id, _unescape(value))}"'

    return pattern.sub(replace, data, count=1)


def scrub_row(entity: str, organisation_id: str, data: dict[str, Any] | None) -> None:
    """The same on a decoded row, in place."""
    column = BEARER_COLUMNS.get(entity)
    if column is None or not data:
        return
    value = data.get(column)
    if isinstance(value, str) and value and not is_digest(value):
        org = organisation_id or str(data.get("organisation_id") or "")
        data[column] = digest(org, value)


def _unescape(value: str) -> str:
    if "\\" not in value:
        return value
    import json

    decoded = json.loads(f'"{value}"')
    return decoded if isinstance(decoded, str) else value
