"""A person's title in the feminine (issue 16, part 6): « Caissière » said where the person is
added (the command line, ``guichet init``), kept in the database and in the command that
travels to the server, and printed on her receipts; English titles have one form."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from guichet.changes.entries import row_to_json
from guichet.domain.cart import Cart
from guichet.domain.commands_backoffice import SaveUser
from guichet.models.tables import OutboxEntry, User
from guichet.services.counter import Counter
from guichet.services.documents import receipt_document
from tests.cli_runner import run_guichet
from tests.conftest import user_id
from tests.integration.test_staff_cli import guichet, person, recorded

NBSP = "\u00a0"


def test_staff_add_with_a_feminine_title_then_list_and_change_it(demo_db_path: Path) -> None:
    data = demo_db_path.parent
    commands, _changes = recorded(demo_db_path)

    added = guichet(
        data, "add", "--name", "Émilie Côté", "--role", "supervisor", "--pin", "4321",
        "--title-form", "feminine", process=True,
    )  # fmt: skip
    assert (added.returncode, added.stderr) == (0, "")
    assert added.stdout == f"Personne ajoutée{NBSP}: Émilie Côté (superviseure).\n"
    assert person(demo_db_path, "Émilie Côté").title_form == "feminine"

    english = guichet(data, "list", lang="en")
    french = guichet(data, "list")
    assert ["Émilie", "Côté", "supervisor", "active"] in [
        line.split() for line in english.stdout.splitlines()
    ]
    assert ["Émilie", "Côté", "superviseure", "active"] in [
        line.split() for line in french.stdout.splitlines()
    ]
    # Sophie was added before the choice existed: the masculine, as before.
    assert ["Sophie", "Gagnon", "caissier", "actif"] in [
        line.split() for line in french.stdout.splitlines()
    ]

    changed = guichet(data, "title", "--name", "Sophie Gagnon", "--title-form", "feminine")
    assert changed.returncode == 0, changed.stderr
    assert changed.stdout == f"Titre de Sophie Gagnon{NBSP}: caissière.\n"
    assert person(demo_db_path, "Sophie Gagnon").title_form == "feminine"
    gone = guichet(data, "deactivate", "--name", "Sophie Gagnon")
    assert gone.returncode == 0, gone.stderr
    listed = [line.split() for line in guichet(data, "list").stdout.splitlines()]
    assert ["Sophie", "Gagnon", "caissière", "désactivée"] in listed

    # What travels to the server says it too (its handler writes the same column there).
    after, _ = recorded(demo_db_path)
    assert after[len(commands):] == ["user.save", "user.save", "user.set_active"]
    engine = __import__("sqlalchemy").create_engine(f"sqlite:///{demo_db_path}")
    try:
        with Session(engine) as session:
            payloads = [
                entry.payload
                for entry in session.scalars(
                    select(OutboxEntry).where(OutboxEntry.command_type == "user.save")
                )
            ]
            assert payloads[-2]["title_form"] == "feminine"
            assert payloads[-1]["title_form"] == "feminine"
            # And the row the server sends the other counters carries the column.
            emilie = session.scalars(select(User).where(User.name == "Émilie Côté")).one()
            assert row_to_json(emilie)["title_form"] == "feminine"
    finally:
        engine.dispose()


def test_an_unknown_title_form_is_refused(demo_db_path: Path) -> None:
    refused = guichet(
        demo_db_path.parent, "add", "--name", "X Y", "--role", "cashier", "--pin", "4321",
        "--title-form", "féminin",
    )  # fmt: skip
    assert refused.returncode == 2  # argparse: not one of the choices


def test_the_handler_refuses_a_form_it_does_not_know(counter: Counter) -> None:
    import pytest

    from guichet.domain.errors import DomainError

    counter.login(user_id(counter, "Marie"), "9999")
    office = counter.back_office()
    sophie = user_id(counter, "Sophie")
    with pytest.raises(DomainError) as refused:
        office.dispatch(SaveUser(sophie, "Sophie Gagnon", "cashier", title_form="elle"))
    assert refused.value.code == "title_form_unknown"


def test_init_says_the_owners_title_form(tmp_path: Path) -> None:
    done = run_guichet(
        [
            "init", "--organisation", "Théâtre du Port", "--owner", "Marie Tremblay",
            "--owner-pin", "4826", "--owner-title-form", "feminine",
            "--data-dir", str(tmp_path),
        ]
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    owner = person(next(tmp_path.glob("*.sqlite3")), "Marie Tremblay")
    assert (owner.role, owner.title_form) == ("owner", "feminine")


def _sell(counter: Counter) -> str:
    occ = counter.next_occurrence(counter.occurrences(counter.today()))
    assert occ is not None
    cart = Cart()
    counter.add_to_cart(cart, occ.id, counter.categories(occ.id)[0].category_id, 1)
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    return counter.sell(cart, payment).receipt_id


def test_her_receipts_say_caissiere(
    counter: Counter, demo_factory: sessionmaker[Session]
) -> None:
    with demo_factory() as session, session.begin():
        sophie = session.scalars(select(User).where(User.name == "Sophie Gagnon")).one()
        sophie.title_form = "feminine"
    counter.login(user_id(counter, "Sophie"), "1111")
    assert counter.actor is not None and counter.actor.title_form == "feminine"
    counter.open_shift(20000)
    receipt_id = _sell(counter)
    with demo_factory() as session:
        french = {row.label: row.value for row in receipt_document(session, receipt_id).meta_rows}
        english = {
            row.label: row.value
            for row in receipt_document(session, receipt_id, "en").meta_rows
        }
    assert french["Caissière"] == "Sophie Gagnon" and "Caissier" not in french
    assert english["Cashier"] == "Sophie Gagnon"


def test_his_receipts_still_say_caissier(counter: Counter, demo_factory: sessionmaker[Session]
                                         ) -> None:
    counter.login(user_id(counter, "Luc"), "2222")
    counter.open_shift(20000)
    receipt_id = _sell(counter)
    with demo_factory() as session:
        rows = {row.label: row.value for row in receipt_document(session, receipt_id).meta_rows}
    assert rows["Caissier"] == "Luc Bouchard"
