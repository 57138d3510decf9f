"""No French left in English mode (issue 16, part 6): every window of the screenshots, built
in English on the demo, shows English words, English dates and English numbers.

Each window is walked whole: its title, labels, buttons, group boxes, tabs, fields and their
placeholders, combo boxes, tooltips, and every table's headers and cells (and their
tooltips). What the organisation typed is its data and stays as typed (« Théâtre du Quai »,
« Les Belles-sœurs », « Sophie Gagnon »): the data strings are read from the window's own
database, all of them, except a French name that has an English one (an event, a ticket
category, a promotion...): "Bain libre" in an English window is a leftover, "Public swim" is
what it should say. What remains must have no French word, accent, hour and minutes
(« 20 h 30 », « 1 h 30 »), 24-hour clock or day-before-month date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from sqlalchemy import JSON, String, Text, select

from guichet.models.base import Base
from guichet.ui.setup_wizard.pages import LANGUAGES

# --- what the windows show -------------------------------------------------------------------


def _model_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model hides columnCount
            return 1

    root = QModelIndex()
    headers = {}
    for column in range(columns(root)):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if header:
            yield "header", str(header)
            headers[column] = str(header)
    # What the organisation typed in French, beside its English: "Name (French)", or "Name"
    # next to "English name".
    english = {
        h.replace("English", "").strip(" ()").lower() for h in headers.values() if "English" in h
    }
    french_columns = {
        c for c, h in headers.items() if "French" in h or h.strip().lower() in english
    }

    def walk(parent: QModelIndex, depth: int) -> Iterator[tuple[str, str]]:
        for row in range(model.rowCount(parent)):
            for column in range(columns(parent)):
                if column in french_columns:
                    continue
                index = model.index(row, column, parent)
                for kind, role in (
                    ("cell", Qt.ItemDataRole.DisplayRole),
                    ("cell tooltip", Qt.ItemDataRole.ToolTipRole),
                ):
                    value = model.data(index, role)
                    if isinstance(value, str) and value:
                        yield kind, value
            if depth < 3:
                yield from walk(model.index(row, 0, parent), depth + 1)

    yield from walk(root, 0)


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for every text of ``root`` and its children."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isWindow() and widget.windowTitle():
            yield "window title", widget.windowTitle()
        if widget.toolTip():
            yield "tooltip", widget.toolTip()
        if widget.accessibleName():
            yield "accessible name", widget.accessibleName()
        if isinstance(widget, QLabel):
            yield "label", widget.text()
        elif isinstance(widget, QAbstractButton):
            yield "button", widget.text()
        elif isinstance(widget, QGroupBox):
            yield "group box", widget.title()
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                yield "tab", widget.tabText(tab)
                yield "tab tooltip", widget.tabToolTip(tab)
        elif isinstance(widget, QLineEdit):
            # What someone typed is theirs; a field the window fills and nobody edits is not.
            yield ("typed" if not widget.isReadOnly() else "field"), widget.text()
            yield "placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for entry in range(widget.count()):
                yield "combo entry", widget.itemText(entry)
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            yield ("typed" if not widget.isReadOnly() else "text"), widget.toPlainText()
            yield "placeholder", widget.placeholderText()
        if isinstance(widget, QAbstractItemView):
            yield from _model_texts(widget)


# --- the organisation's data -----------------------------------------------------------------


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


#: Names that keep their French spelling in English and are stored nowhere: the languages as
#: each calls itself (the language choices), the set-up assistant's examples (a city, an
#: organisation), and a name the seat desk's picture types in its message.
NAMES = {name for _code, name in LANGUAGES} | {
    "Montréal",
    "Québec",
    "Théâtre du Vieux-Port",
    "Édith Butler",
    "Mardis découverte",  # the example of a promotion's French name, by its French field
}


def file_strings(folder: Path) -> set[str]:
    """The cells of the files a window reads (a programme to import): data as well."""
    found: set[str] = set()
    for path in folder.glob("*.csv"):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
        for line in text.splitlines():
            for cell in re.split(r"[;\t]", line):
                found.add(cell.strip())
                found.update(part.strip() for part in cell.split(","))
    # The counter's log (the Journal shows its lines as written, for support: not translated).
    for path in folder.glob("logs/*.log"):
        found.update(line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {value for value in found if len(value) > 1}


def demo_strings() -> set[str]:
    """The demo's seat map (drawn in memory by the seat-map picture): its name, sections."""
    from guichet.domain.seating import demo_theatre_map

    seat_map = demo_theatre_map("venue")
    return {seat_map.name} | {seat.section for seat in seat_map.seats}


def data_strings(session_factory: Any, *, journals: bool = False) -> set[str]:
    """Every text the organisation typed (names, addresses, tags, notes...), except the
    French name of what has an English one (an event, a category, a promotion): that one
    must not show in English. A name kept in one language only (an activity's) is data
    whatever it reads. The journals (the history of changes) say what was typed then, names
    as they were: data in a history window (``journals``), not elsewhere."""
    found: set[str] = set()
    french: set[str] = set()
    one_language: set[str] = set()
    with session_factory() as session:
        for table in Base.metadata.sorted_tables:
            columns = [
                c for c in table.columns if isinstance(c.type, String | Text | JSON)
            ]
            if not columns:
                continue
            if table.name.endswith("_change") and not journals:
                continue
            names = {c.name for c in columns}
            bilingual = any(name.endswith("_en") for name in names)
            for row in session.execute(select(*columns)).mappings():
                for column in columns:
                    english = column.name.removesuffix("_fr") + "_en"  # name -> name_en too
                    if english != column.name and english in names and row[english]:
                        french.add(row[column.name])  # its English name shows in English
                        continue
                    for text in _strings(row[column.name]):
                        # A line of an address or a receipt text is data on its own too.
                        lines = {part for part in text.splitlines() if len(part) > 1}
                        found |= lines
                        if column.name == "name" and not bilingual:
                            one_language |= lines
    kept = found if journals else found - french
    return kept | one_language


# --- French left over --------------------------------------------------------------------------

FRENCH_WORDS = re.compile(
    r"\b(?:le|la|les|du|des|de|au|aux|et|est|un|une|pour|avec|sans|sur|dans|par|ou|pas|"
    r"vous|votre|nous|aucun|aucune|billets?|places? restantes?|rangée|sièges?|caisse|quart|"
    r"séances?|heures?|demain|hier|aujourd'hui|depuis|commencé|terminé|annuler|fermer|"
    r"oui|non|janv|févr|avr|juil|déc|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b",
    re.IGNORECASE,
)
ACCENTS = re.compile(r"[àâçéèêëîïôœùûüÿÀÂÇÉÈÊËÎÏÔŒÙÛÜ]")
# « 20 h 30 », « 1 h 30 » (a plain "2 h" is an English duration too).
FRENCH_DURATION = re.compile(r"\b\d+[\s\u00a0]h[\s\u00a0]\d\d\b(?![\s\u00a0]min)")
CLOCK_24 = re.compile(r"\b(?:1[3-9]|2[0-3]):[0-5]\d\b")
ISO_MOMENT = re.compile(r"\b\d{4}-\d\d-\d\d[ T]\d\d:\d\d")
MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
DAY_BEFORE_MONTH = re.compile(rf"\b\d{{1,2}}(?:er)?[\s\u00a0](?:{MONTHS})[a-z]*\b")
#: Texts that describe a file's format: its columns and examples are written as the file is
#: (« (or in French: événement, lieu, début…) »).
FILE_FORMATS = re.compile(r"(?:columns|Example)\b.*\d{4}-\d\d-\d\d \d\d:\d\d", re.S)
# English's one style writes the minutes: "8:00 p.m.", never "8 p.m." beside "8:30 p.m.".
HOUR_WITHOUT_MINUTES = re.compile(r"(?<![\d:])\d{1,2}[\s\u00a0\u202f][ap]\.m\.")
IN_FRENCH = re.compile(r"\bin French: [^)]*\)")
TIME_ZONE = re.compile(r"\b[A-Z][A-Za-z]+/[A-Za-z_/-]+")
FRENCH_DECIMAL = re.compile(r"^\$?\d+,\d\d?$")


def leftovers(text: str, data: set[str]) -> list[str]:
    """What is French (or not the English style) in ``text`` once the data is taken out."""
    rest = text
    for value in sorted((d for d in data if d in text), key=len, reverse=True):
        rest = rest.replace(value, " ◊ ")
    rest = re.sub(r"<[^>]+>", " ", rest)  # rich text's tags
    rest = TIME_ZONE.sub(" ", IN_FRENCH.sub(" ", rest))
    faults = [f"French word {m.group()!r}" for m in FRENCH_WORDS.finditer(rest)]
    faults += [f"accent in {m.group()!r}" for m in re.finditer(rf"\S*{ACCENTS.pattern}\S*", rest)]
    if not FILE_FORMATS.search(text):
        faults += [f"24-hour clock {m.group()!r}" for m in CLOCK_24.finditer(rest)]
        faults += [f"ISO date and time {m.group()!r}" for m in ISO_MOMENT.finditer(rest)]
    faults += [f"French duration {m.group()!r}" for m in FRENCH_DURATION.finditer(rest)]
    faults += [f"day before month {m.group()!r}" for m in DAY_BEFORE_MONTH.finditer(rest)]
    faults += [f"hour without minutes {m.group()!r}" for m in HOUR_WITHOUT_MINUTES.finditer(rest)]
    return faults


def typed_leftovers(text: str) -> list[str]:
    """In a field someone edits, only what the window put there: its amount, its date."""
    faults = [f"French decimal comma {text!r}" for _ in FRENCH_DECIMAL.finditer(text.strip())]
    faults += [f"day before month {m.group()!r}" for m in DAY_BEFORE_MONTH.finditer(text)]
    return faults


def test_the_checker_finds_french_and_lets_data_be() -> None:
    data = {"Théâtre du Quai", "Les Belles-sœurs", "Sophie Gagnon"}
    assert leftovers("8:00 p.m. — Les Belles-sœurs — Théâtre du Quai", data) == []
    assert leftovers("Cashier: Sophie Gagnon", data) == []
    assert leftovers("Public swim, tomorrow, 1:00 p.m.", data) == []
    assert leftovers("started 1 h 30 min ago", data) == []
    assert leftovers("Bain libre, demain, 13 h", data) != []
    assert leftovers("started 1 h 30 ago", data) == ["French duration '1 h 30'"]
    assert leftovers("Saturday 5 December 2026", data) == ["day before month '5 December'"]
    assert leftovers("Opened 2026-12-05 19:30", data) != []
    assert leftovers("Parterre, rangée B, sièges 9, 11", data) != []
    assert leftovers("Fermer (Échap)", data) != []
    assert leftovers("America/Port-au-Prince", data) == []
    assert leftovers("Tue, Mar 9, 2027, 10:00 a.m.", data) == []
    assert leftovers("Tue, Mar 9, 2027, 10 a.m.", data) == ["hour without minutes '10 a.m.'"]
    assert typed_leftovers("200,00") == ["French decimal comma '200,00'"]
    assert typed_leftovers("200.00") == []


# --- the windows ------------------------------------------------------------------------------


def french_left(name: str, window: QWidget, runtime: Any) -> list[str]:
    """What the English window ``name`` (built on ``runtime``'s data) still says in French.

    Walked by tests/ui/test_text_fits.py with the same English build it checks for cut text
    (one build per window and language keeps the suite inside its time)."""
    data = (
        data_strings(runtime.session_factory, journals="history" in name)
        | file_strings(Path(runtime.data_dir))
        | demo_strings()
        | NAMES
    )
    found = []
    for what, text in shown_texts(window):
        if what == "button" and text.strip() == ",":
            found.append("button ',': a French decimal key")
        faults = typed_leftovers(text) if what == "typed" else leftovers(text, data)
        found += [f"{what} {text[:160]!r}: {fault}" for fault in faults]
    return sorted(set(found))
