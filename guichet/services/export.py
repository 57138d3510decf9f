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


#: A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """In a CSV, a text cell that would start a formula gets a leading apostrophe (OWASP's
    advice): Excel and LibreOffice then show it as text. Numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
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
                writer.writerow(header)
                for row in rows:
                    writer.writerow([spreadsheet_safe(v) for v in row])
                    written += 1
                    if progress and written % every == 0:
                        progress(written, total)
        else:
            from openpyxl import Workbook
            from openpyxl.cell import WriteOnlyCell

            book = Workbook(write_only=True)
            sheet = book.create_sheet(sheet_title[:31])
            sheet.append(list(header))

            def typed(value: Any) -> Any:
                # An XLSX cell has a type: a text cell is shown as written and never run,
                # with no apostrophe to see or to strip when the file is imported again.
                if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.data_type = "s"
                    return cell
                return value

            for row in rows:
                sheet.append([typed(v) for v in row])
                written += 1
                if progress and written % every == 0:
                    progress(written, total)
            book.save(path)
    except OSError as error:
        raise DomainError("export_failed", path=str(path), detail=os_reason(error)) from error
    if progress:
        progress(written, total)
    return written
