"""How much a window lets a person type in each text input: no more than the column the text
goes to (issue 21, part 8). A pasted novel stops at the field's end instead of reaching the
service, the server or a LIKE.

The limits come from one place: a command's field (``"SaveCustomer.name"``: the table of
:mod:`guichet.domain.limits`, the server's and the counter's validation), a column of the models
(``"promotion.name_fr"``: its ``String`` length), or, for text stored nowhere as typed (an
amount, a PIN, a search, a code looked up), a rule of :data:`RULES` with its reason.
``tests/ui/test_input_limits.py`` walks every window of the screenshots and checks each input.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from guichet.domain import limits as command_limits
from guichet.domain.auth import PIN_MAX_LENGTH
from guichet.domain.search import SEARCH_MAX
from guichet.services.field_lengths import column_length

#: Inputs whose text is not stored as typed: the longest sensible text, and why.
RULES: dict[str, tuple[int, str]] = {
    "amount": (14, "an amount typed as « 1 000 000,00 »: parsed to cents, never stored as text"),
    "number": (12, "a count or a number of minutes: parsed, never stored as text"),
    "duration": (32, "a duration typed as « 1 j 2 h 30 »: parsed to minutes"),
    "pin": (PIN_MAX_LENGTH, "a PIN: checked against its hash, never stored"),
    "search": (SEARCH_MAX, "a search: the service refuses a longer one in words"),
    "lookup_code": (64, "a code typed or scanned with its dashes, looked up, never stored"),
    "scan": (1000, "a scanner's line (prefixes, suffixes): looked up, never stored"),
    "pairing_code": (40, "a pairing code: sent once to the server, never stored"),
    "url": (500, "the server's address: kept in the settings file, not the database"),
    "fingerprint": (128, "a certificate's SHA-256 fingerprint, pinned in the settings file"),
    "tag_list": (
        command_limits.TEXTS["SaveEvent.tags"].length * 30,
        "tags separated by commas, each refused beyond 40 characters by the rules",
    ),
}

#: The property on an input naming its limit, read by the tests.
PROPERTY = "guichet_limit"


def limit_of(key: str) -> tuple[int, str | None]:
    """(length, column) of ``key``: a command's field, a rule, or a column of the models."""
    if key in command_limits.TEXTS:
        text = command_limits.TEXTS[key]
        return text.length, text.column
    if key in RULES:
        return RULES[key][0], None
    length = column_length(key)
    if length is None:
        raise KeyError(key)
    return length, key


def limit(edit: QWidget, key: str, maximum: int | None = None) -> None:
    """Let ``edit`` hold no more than ``key`` allows (or ``maximum``, when smaller)."""
    length, _column = limit_of(key)
    if maximum is not None:
        length = min(length, maximum)
    edit.setProperty(PROPERTY, key)
    if isinstance(edit, QLineEdit):
        edit.setMaxLength(length)
        return
    if isinstance(edit, QTextEdit | QPlainTextEdit):
        edit.setProperty("maxLength", length)
        edit.textChanged.connect(lambda: _cut(edit, length))
        return
    raise TypeError(type(edit).__name__)


def _cut(edit: QTextEdit | QPlainTextEdit, length: int) -> None:
    """A text box has no maximum of its own: what goes past ``length`` (typed or pasted) is
    taken off, the cursor left at the end."""
    text = edit.toPlainText()
    if len(text) <= length:
        return
    edit.setPlainText(text[:length])
    cursor = edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    edit.setTextCursor(cursor)


def max_length(edit: QWidget) -> int:
    """What ``edit`` lets a person type (QLineEdit's 32767 when nothing was set)."""
    if isinstance(edit, QLineEdit):
        return edit.maxLength()
    value = edit.property("maxLength")
    return int(value) if value is not None else 32767
