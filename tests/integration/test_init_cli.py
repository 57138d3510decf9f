"""``guichet init`` run as a real program (issue 14, part 8), and the receipt of an
organisation made from nothing carrying its GST and QST numbers (part 1)."""

from __future__ import annotations

import hashlib
import json
import subprocess
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from guichet.config import DB_NAME
from guichet.domain.cart import Cart
from guichet.domain.errors import DomainError
from guichet.models.db import make_engine, sqlite_url
from guichet.models.tables import Organisation, Tax, Terminal, User
from guichet.services.counter import Counter
from guichet.services.setup import OrganisationDraft, create_organisation
from tests.cli_runner import run_guichet  # noqa: E402
from tests.conftest import Clock

NBSP = "\u00a0"
GST_NUMBER = "123456789 RT0001"
QST_NUMBER = "1234567890 TQ0001"


def guichet(
    *args: str, stdin: str | None = None, process: bool = False
) -> subprocess.CompletedProcess[str]:
    return run_guichet(args, stdin=stdin, process=process)


def init(
    data_dir: Path, *extra: str, pin: str = "4826", process: bool = False
) -> subprocess.CompletedProcess[str]:
    """``--data-dir`` after the sub-command, as a script would write it."""
    return guichet(
        "init",
        "--data-dir",
        str(data_dir),
        "--organisation",
        "Théâtre du Port",
        "--owner",
        "Marie Tremblay",
        "--owner-pin",
        pin,
        *extra,
        process=process,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_init_creates_the_organisation_its_taxes_and_its_owner(tmp_path: Path) -> None:
    data = tmp_path / "donnees"
    done = init(
        data,
        "--address",
        "12, rue du Port\\nRimouski (Québec)",
        "--timezone",
        "America/Halifax",
        "--gst-number",
        GST_NUMBER,
        "--qst-number",
        QST_NUMBER,
        "--qst-rate",
        "9,975 %",
        "--cash-rounding",
        "10",
        "--receipt-header",
        "Billetterie : 418 555-0123",
        "--receipt-footer",
        "Merci !\\nAucun remboursement après le spectacle.",
        "--terminal-name",
        "Guichet du hall",
        process=True,  # once as a real process: its exit code, its output
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        f"Organisation créée{NBSP}: Théâtre du Port (propriétaire{NBSP}: Marie Tremblay)\n"
    )
    checked = guichet("check", "--data-dir", str(data))
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip() == "0 violations"
    assert json.loads((data / "settings.json").read_text(encoding="utf-8"))["lang"] == "fr"

    engine = make_engine(sqlite_url(data / DB_NAME))
    factory = sessionmaker(engine, expire_on_commit=False)
    try:
        with factory() as session:
            org = session.scalars(select(Organisation)).one()
            assert (org.name, org.timezone, org.cash_increment, org.locale) == (
                "Théâtre du Port",
                "America/Halifax",
                10,
                "fr_CA",
            )
            assert org.address == "12, rue du Port\nRimouski (Québec)"
            assert org.receipt_footer == "Merci !\nAucun remboursement après le spectacle."
            taxes = {
                t.code: (Decimal(t.rate), t.registration) for t in session.scalars(select(Tax))
            }
            assert taxes == {
                "GST": (Decimal("0.05"), GST_NUMBER),
                "QST": (Decimal("0.09975"), QST_NUMBER),
            }
            assert session.scalars(select(Terminal.name)).one() == "Guichet du hall"
            (owner,) = session.scalars(select(User)).all()
            assert (owner.name, owner.role) == ("Marie Tremblay", "owner")
            terminal_id = session.scalars(select(Terminal.id)).one()
        counter = Counter(factory, terminal_id)
        try:
            counter.login(owner.id, "0000")
        except DomainError as error:
            assert error.code == "wrong_pin"
        else:
            raise AssertionError("a wrong PIN logged in")
        actor = counter.login(owner.id, "4826")
        assert actor.name == "Marie Tremblay" and actor.role.value == "owner"
    finally:
        engine.dispose()

    # A second init is refused in words; the database is left as it was.
    before = digest(data / DB_NAME)
    again = init(data, "--organisation", "Autre")
    assert again.returncode == 1
    assert again.stderr.strip() == "Cette base de données a déjà une organisation."
    assert again.stdout == ""
    assert digest(data / DB_NAME) == before


def test_a_bad_field_is_refused_in_words_and_nothing_is_written(tmp_path: Path) -> None:
    data = tmp_path / "donnees"
    bad_rate = init(data, "--qst-rate", "9,97555")
    assert bad_rate.returncode == 1
    assert bad_rate.stderr.strip() == (
        f"Taux «{NBSP}9,97555{NBSP}» invalide{NBSP}: un pourcentage de 0 à 100, par exemple 9,975."
    )
    assert not (data / DB_NAME).exists()  # refused before the database is even created
    english = init(data, "--lang", "en", pin="12")
    assert english.returncode == 1
    assert english.stderr.strip() == "A PIN has 4 to 8 digits."
    zone = guichet(
        "--lang", "en", "init", "--organisation", "X", "--owner", "Y", "--owner-pin", "1234",
        "--timezone", "Mars/Olympus", "--data-dir", str(data),
    )  # fmt: skip
    assert zone.returncode == 1
    assert zone.stderr.strip() == (
        "Unknown time zone: \u201cMars/Olympus\u201d (for example America/Toronto)."
    )
    assert not (data / DB_NAME).exists()


def test_the_pin_may_come_from_standard_input(tmp_path: Path) -> None:
    """``--owner-pin -``: the PIN stays out of the shell's history and the process list."""
    data = tmp_path / "donnees"
    done = guichet(
        "--lang", "en", "init", "--data-dir", str(data), "--organisation", "Aréna de Rimouski",
        "--owner", "Luc Bouchard", "--owner-pin", "-",
        stdin="73915\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Organisation created: Aréna de Rimouski (owner: Luc Bouchard)\n"
    assert json.loads((data / "settings.json").read_text(encoding="utf-8"))["lang"] == "en"
    engine = make_engine(sqlite_url(data / DB_NAME))
    try:
        factory = sessionmaker(engine, expire_on_commit=False)
        with factory() as session:
            owner = session.scalars(select(User)).one()
            terminal_id = session.scalars(select(Terminal.id)).one()
            assert session.scalars(select(Organisation.locale)).one() == "en_CA"
        assert Counter(factory, terminal_id).login(owner.id, "73915").name == "Luc Bouchard"
    finally:
        engine.dispose()


def test_a_damaged_database_exits_2_and_stays_as_it_was(tmp_path: Path) -> None:
    data = tmp_path / "donnees"
    data.mkdir()
    (data / DB_NAME).write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    before = digest(data / DB_NAME)
    done = init(data)
    assert done.returncode == 2
    assert "endommagée" in done.stderr or "n'est pas une base" in done.stderr
    assert digest(data / DB_NAME) == before


def test_a_receipt_of_the_new_organisation_carries_its_tax_numbers(
    session_factory: sessionmaker[Session], clock: Clock
) -> None:
    """An organisation made by the set-up assistant's function, its first show built through
    the back office, one sale: the receipt prints "TPS 123456789 RT0001" and the TVQ's."""
    from guichet.services.backoffice.views import EventDraft

    setup = create_organisation(
        session_factory,
        OrganisationDraft(
            name="Théâtre du Port",
            owner_name="Marie Tremblay",
            owner_pin="4826",
            owner_pin_again="4826",
            gst_number=GST_NUMBER,
            qst_number=QST_NUMBER,
            receipt_footer="Merci et bon spectacle !",
        ),
        clock=clock,
    )
    counter = Counter(session_factory, setup.terminal_id, clock=clock)
    (owner,) = counter.users()
    counter.login(owner.id, "4826")
    office = counter.back_office()
    venue_id = office.venues.save("Salle du Port", "12, rue du Port")
    hall_id = office.venues.save_hall(venue_id, "Grande salle", 300)
    adult = office.prices.save_category("ADU", "Adulte", "Adult")
    list_id = office.prices.save_price_list("Régulier", {adult: 2500})
    event_id = office.events.save(
        EventDraft(
            kind="show",
            name="Le Malade imaginaire",
            venue_id=venue_id,
            price_list_id=list_id,
            hall_id=hall_id,
        )
    )
    evening = clock() + timedelta(hours=8)  # 20 h in Quebec, the same day
    occurrence_id = office.dates.add_one(event_id, evening)

    counter.open_shift(10000)
    cart = Cart()
    counter.add_to_cart(cart, occurrence_id, adult, 2)
    payment = counter.payment_session(cart)
    payment.add_cash(payment.cash_due)
    sale = counter.sell(cart, payment)
    assert sale.total == 5749  # 50,00 $ + TPS 2,50 $ + TVQ 4,99 $

    receipt = counter.receipt_document(sale.receipt_id)
    assert receipt.organisation == "Théâtre du Port"
    assert receipt.footer_lines[:2] == (f"TPS {GST_NUMBER}", f"TVQ {QST_NUMBER}")
    assert "Merci et bon spectacle !" in receipt.footer_lines
    english = Counter(session_factory, setup.terminal_id, lang="en", clock=clock)
    assert english.receipt_document(sale.receipt_id).footer_lines[:2] == (
        f"GST {GST_NUMBER}",
        f"QST {QST_NUMBER}",
    )
