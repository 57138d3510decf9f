"""Spreadsheet exports (CSV and XLSX) written row by row, with a progress callback.

XLSX goes through openpyxl's write-only mode: rows stream to the file, so 100,000 cards take
constant memory. CSV is UTF-8 with a BOM so that Excel opens accents correctly.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from guichet.domain.errors import DomainError, os_reason

Progress = Callable[[int, int], None]  # (rows written, rows in all)


#: A spreadsheet runs a cell starting with one of these as a formula (CSV injection, OWASP).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """In a CSV, a text cell that would start a formula gets a leading apostrophe (OWASP's
    advice): Excel and LibreOffice then show it as text. Numbers stay numbers (a refund's
    -12,50 is an amount, not a formula). Every CSV Guichet writes goes through this."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(row: Iterable[Any]) -> list[Any]:
    """A CSV row with every cell passed through :func:`spreadsheet_safe`."""
    return [spreadsheet_safe(value) for value in row]


def xlsx_value(sheet: Any, value: Any) -> Any:
    """An XLSX cell for ``value``: text that would start a formula is a typed text cell
    (``data_type`` "s"), shown as written and never run, with no apostrophe to see or to strip
    when the file is imported again; anything else as it is (numbers stay numbers)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


def export_rows(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    total: int,
    *,
    sheet_title: str = "Export",
    progress: Progress | None = None,
    every: int = 2000,
) -> int:
    """Write ``rows`` to ``path`` (.csv or .xlsx by its suffix); returns the rows written."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise DomainError("export_format", suffix=suffix or path.name)
    written = 0
    try:
        if suffix == ".csv":
            with path.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(safe_row(header))
                for row in rows:
                    writer.writerow(safe_row(row))
                    written += 1
                    if progress and written % every == 0:
                        progress(written, total)
        else:
            from openpyxl import Workbook

            book = Workbook(write_only=True)
            sheet = book.create_sheet(sheet_title[:31])
            sheet.append([xlsx_value(sheet, v) for v in header])
            for row in rows:
                sheet.append([xlsx_value(sheet, v) for v in row])
                written += 1
                if progress and written % every == 0:
                    progress(written, total)
            book.save(path)
    except OSError as error:
        raise DomainError("export_failed", path=str(path), detail=os_reason(error)) from error
    if progress:
        progress(written, total)
    return written
