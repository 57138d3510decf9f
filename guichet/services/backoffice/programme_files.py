"""Reading a season's programme from a spreadsheet file, as people really save them.

CSV from Excel comes in Windows-1252 (French accents, and "œ" in "Belles-sœurs"), in UTF-8
with or without a byte-order mark, or as "Unicode text" (UTF-16, tabs); cells are separated
by ``,`` or, in a French Excel, ``;``; Excel may put a ``sep=;`` line first. XLSX cells hold
numbers as floats (320.0), dates as date-times, and formulas (their value as Excel last
computed it). This module turns any of these into numbered rows of cells and each cell into
the value the import expects; every refusal is a :class:`DomainError` said in words.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from guichet.domain import catalogue as rules
from guichet.domain.errors import DomainError, os_reason

COLUMNS = ("event", "venue", "starts_at", "ends_at", "capacity", "price_list", "tags")
FRENCH_COLUMNS = ("événement", "lieu", "début", "fin", "capacité", "liste_de_prix", "étiquettes")
REQUIRED = ("event", "venue", "starts_at")
#: Headers people type in French, and a few spellings, mapped to the columns (accents, case,
#: spaces, dashes and a note in parentheses do not matter).
ALIASES = {
    "evenement": "event",
    "spectacle": "event",
    "activite": "event",
    "nom": "event",
    "name": "event",
    "lieu": "venue",
    "debut": "starts_at",
    "date": "starts_at",
    "start": "starts_at",
    "starts": "starts_at",
    "start_at": "starts_at",
    "fin": "ends_at",
    "end": "ends_at",
    "ends": "ends_at",
    "end_at": "ends_at",
    "capacite": "capacity",
    "places": "capacity",
    "liste_de_prix": "price_list",
    "liste_prix": "price_list",
    "liste": "price_list",
    "pricelist": "price_list",
    "prices": "price_list",
    "etiquettes": "tags",
    "etiquette": "tags",
    "tag": "tags",
}
MAX_FILE_BYTES = 20 * 1024 * 1024
#: A header may follow a title line or two; it is looked for among the first rows.
HEADER_SEARCH = 10


@dataclass(frozen=True)
class Formula:
    """An XLSX formula cell Excel never computed (a file written by a program): no value."""

    cell: str
    formula: str


# --- files ---------------------------------------------------------------------------------


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with its BOM, else Windows-1252 (what Excel
    saves as "CSV")."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_rows(path: Path) -> list[tuple[int, list[Any]]]:
    """The rows of a CSV or XLSX file, numbered as the spreadsheet numbers them."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".txt"):
        raise DomainError("file_format", name=path.name)
    try:
        if path.is_dir():
            raise DomainError("file_unreadable", path=str(path), detail="EISDIR")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise DomainError("file_too_big", path=path.name, maximum=MAX_FILE_BYTES // 2**20)
        if suffix == ".xlsx":
            return _xlsx_rows(path)
        text = decode(path.read_bytes())
    except FileNotFoundError:
        raise DomainError("file_not_found", path=str(path)) from None
    except PermissionError:
        raise DomainError("file_denied", path=str(path)) from None
    except OSError as error:
        raise DomainError("file_unreadable", path=path.name, detail=os_reason(error)) from None
    return csv_rows(text)


def csv_rows(text: str) -> list[tuple[int, list[Any]]]:
    lines = text.split("\n", 1)
    first = lines[0].strip().strip('"')
    start = 1
    if re.fullmatch(r"sep=.", first, re.IGNORECASE):  # Excel's hint of the separator
        delimiter = first[4]
        text = lines[1] if len(lines) > 1 else ""
        start = 2
    else:
        # The header may follow a title line: count over the first lines.
        head = "\n".join(text.split("\n", HEADER_SEARCH)[:HEADER_SEARCH])
        counts = {d: head.count(d) for d in (",", ";", "\t")}
        delimiter = max(counts, key=lambda d: (counts[d], d == ","))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [(number, row) for number, row in enumerate(reader, start=start)]
    except csv.Error as error:
        raise DomainError("file_unreadable", path="CSV", detail=str(error)[:80]) from None


def _xlsx_rows(path: Path) -> list[tuple[int, list[Any]]]:
    """Values as Excel shows them; a formula's value is the one Excel saved with the file."""
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    def load(values: bool) -> Any:
        try:
            return load_workbook(path, read_only=True, data_only=values)
        except (BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, EOFError):
            raise DomainError("xlsx_damaged", path=path.name) from None

    book = load(values=False)
    formulas: dict[tuple[int, int], str] = {}
    rows: list[tuple[int, list[Any]]] = []
    try:
        if not book.worksheets:
            return []
        for number, cells in enumerate(book.worksheets[0].iter_rows(), 1):
            row: list[Any] = []
            for column, cell in enumerate(cells):
                value = getattr(cell, "value", None)
                if getattr(cell, "data_type", "") == "f":
                    formulas[(number, column)] = str(value)
                row.append(value)
            rows.append((number, row))
    finally:
        book.close()
    if formulas:
        _formula_values(load(values=True), rows, formulas)
    return rows


def _formula_values(
    book: Any, rows: list[tuple[int, list[Any]]], formulas: dict[tuple[int, int], str]
) -> None:
    from openpyxl.utils import get_column_letter

    try:
        computed = {
            number: list(values)
            for number, values in enumerate(book.worksheets[0].iter_rows(values_only=True), 1)
        }
    finally:
        book.close()
    for (number, column), formula in formulas.items():
        values = computed.get(number, [])
        value = values[column] if column < len(values) else None
        rows[number - 1][1][column] = (
            value
            if value is not None
            else Formula(f"{get_column_letter(column + 1)}{number}", formula)
        )


def filled(value: Any) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def columns_of(header: Sequence[Any]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, title in enumerate(header):
        if isinstance(title, str | int | float) and str(title).strip():
            columns.setdefault(column_key(title), index)
    return columns


def find_header(rows: Sequence[tuple[int, Sequence[Any]]]) -> tuple[int, dict[str, int]] | None:
    """The header row (a title line may come first) and where each column is."""
    for line, row in rows[:HEADER_SEARCH]:
        columns = columns_of(row)
        if all(c in columns for c in REQUIRED):
            return line, columns
    return None


# --- cells ---------------------------------------------------------------------------------


def column_key(header: object) -> str:
    """A header as the column it names: "Liste de prix", " Début (heure locale) ",
    "LISTE-DE-PRIX" and "price_list" all name ``price_list``."""
    text = str(header or "").replace("\ufeff", "")
    text = re.sub(r"\(.*?\)", " ", text)
    text = unicodedata.normalize("NFKD", text.strip().casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = "_".join(re.split(r"[\s_\-.]+", text.strip()))
    return ALIASES.get(text, text)


@lru_cache(maxsize=4096)  # a season repeats a few names thousands of times
def match_key(name: str) -> str:
    """How names are matched: no case, no accents, "œ" as "oe", any dash or apostrophe
    alike, spaces collapsed ("Les Belles-soeurs" is "Les Belles-sœurs")."""
    text = unicodedata.normalize("NFKD", " ".join(name.split()).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    for ligature, letters in (("œ", "oe"), ("æ", "ae"), ("ß", "ss")):
        text = text.replace(ligature, letters)
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    return re.sub(r"[\u2018\u2019\u02bc`]", "'", text)


def cell_text(value: Any) -> str:
    """A cell as text: a whole float without its ".0", an export's protective apostrophe
    removed (it goes back to the text the export protected)."""
    if value is None:
        return ""
    if isinstance(value, Formula):
        raise DomainError("cell_formula", cell=value.cell, formula=value.formula[:60])
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    text = str(value).strip()
    if "\ufffd" in text:
        raise DomainError("file_encoding", text=text[:40])
    if text.startswith("'") and text[1:2] in rules.FORMULA_STARTS:
        return text[1:]
    return text


_MOMENT = re.compile(
    r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+|\s*,\s*)"
    r"(\d{1,2})\s*(?:[:hH]\s*(\d{2})?)(?::(\d{2})(?:[.,]\d+)?)?"
    r"\s*(?:([aApP])\.?\s*[mM]\.?)?$"
)


def parse_local(value: Any, zone: ZoneInfo, column: str) -> datetime:
    """``2027-06-01 10:00`` (or ``10h``, ``10 h 30``, ``8:00 PM``, or an Excel date cell) in
    the organisation's time, as a UTC time."""
    if isinstance(value, datetime):
        moment = _to_second(value.replace(tzinfo=None))
    elif isinstance(value, date | time):
        raise DomainError("date_invalid", field=column, text=value.isoformat())
    else:
        text = cell_text(value)
        if not text:  # a short line, or the cell forgotten
            raise DomainError("value_missing", field=column)
        match = _MOMENT.match(text)
        if match is None:
            raise DomainError("date_invalid", field=column, text=text[:40])
        year, month, day, hour, minute, second, half = match.groups()
        hours = int(hour)
        if half is not None:
            if not 1 <= hours <= 12:
                raise DomainError("date_invalid", field=column, text=text[:40])
            hours = hours % 12 + (12 if half in "pP" else 0)
        try:
            moment = datetime(
                int(year), int(month), int(day), hours, int(minute or 0), int(second or 0)
            )
        except ValueError:
            raise DomainError("date_invalid", field=column, text=text[:40]) from None
    local = moment.replace(tzinfo=zone)
    utc = local.astimezone(UTC)
    if utc.astimezone(zone).replace(tzinfo=None) != moment:
        # The hour the clocks skip in spring does not exist: say so rather than guess.
        raise DomainError("time_skipped", field=column, text=moment.strftime("%Y-%m-%d %H:%M"))
    return utc


def _to_second(moment: datetime) -> datetime:
    """Excel keeps times as fractions of a day: 10:00 may come back as 09:59:59.999999."""
    rounded = moment.replace(microsecond=0)
    return rounded + timedelta(seconds=1) if moment.microsecond >= 500_000 else rounded


def parse_capacity(value: Any) -> int | None:
    """A whole number of places ("320", 320.0, "320,0", "1 200"); empty: not given."""
    if isinstance(value, bool):
        raise DomainError("number_invalid", field="capacity", text=str(value))
    if isinstance(value, int):
        return rules.check_count(value, "capacity")
    if isinstance(value, float):
        if not value.is_integer():
            raise DomainError("number_invalid", field="capacity", text=str(value)[:40])
        return rules.check_count(int(value), "capacity")
    text = re.sub(r"[\s\u00a0\u202f]", "", cell_text(value))
    if not text:
        return None
    match = re.fullmatch(r"(-?\d+)(?:[.,]0+)?", text)
    if match is None:
        raise DomainError("number_invalid", field="capacity", text=text[:40])
    return rules.check_count(int(match.group(1)), "capacity")
