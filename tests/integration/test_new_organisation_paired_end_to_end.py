"""Issue 14, part 11, with a central server: an organisation made from nothing on a real
``guichet server`` over PostgreSQL is set up at one paired counter's windows and sold at
another's.

The server starts empty but for ``guichet server admin init`` (the organisation, its tax
numbers and its owner). Counter A is paired through the set-up assistant's « Jumeler avec un
serveur central »; its owner does the back-office work of the standalone journey
(tests/ui/test_new_organisation_end_to_end.py) in the Administration window, and the window's
own sync sends it to the server. Counter B, paired the same way in a second data folder,
receives it all; its cashier, created at A, logs in, sells tomorrow's show with the keys and
prints the receipt. Once B has synced, the server's database holds the sale and the back
office's rows with their history.

Both programs run for real (``guichet.cli.cmd_run``), one after the other, with their sync
controllers on; the assistants are given a clock fixed when the test starts, so "today" and
"tomorrow" cannot move under the test (the server keeps its own, real, clock).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, select, text

from guichet.config import Settings
from guichet.i18n.formatting import local
from guichet.models.db import make_engine
from guichet.models.tables import (
    AppliedCommand,
    CatalogueChange,
    Event,
    Hall,
    Occurrence,
    OrderLine,
    PriceList,
    Terminal,
    TicketCategory,
    User,
    Venue,
)
from guichet.sync.keyrings import MemoryKeyring
from guichet.ui.main_window import MainWindow
from guichet.ui.setup_wizard import SetupAssistant
from guichet.ui.sync import PairDialog
from tests.integration.test_sync_server import ServerProcess, guichet
from tests.ui.test_new_organisation_end_to_end import (
    ADULT_PRICE,
    CHILD_PRICE,
    GST_NUMBER,
    QST_NUMBER,
    SHOW,
    activate,
    back_office_work,
    dialog,
    enter,
    focused,
    log_in,
    log_out,
    open_shift,
    press,
    printed_text,
    run_program,
    sell_by_keyboard,
    tab_to,
    the_counter,
    type_text,
)

QUEBEC = ZoneInfo("America/Toronto")
ORGANISATION = "Théâtre du Bic"
POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432"
#: What the owner's back-office work sends, in the standalone journey's order.
BACK_OFFICE_COMMANDS = (
    "user.save",
    "venue.save",
    "hall.save",
    "category.save",
    "category.save",
    "price_list.save",
    "event.save",
    "occurrence.add",
)


@pytest.fixture
def new_server() -> Iterator[ServerProcess]:
    """A real server over a PostgreSQL database created for the test (dropped after) that
    holds an organisation made from nothing: its owner and its tax numbers."""
    name = f"guichet_server_{uuid.uuid4().hex[:10]}"
    admin = create_engine(f"{POSTGRES}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    process = ServerProcess(f"{POSTGRES}/{name}")
    try:
        guichet(
            "server", "--db", process.db_url, "admin", "init",
            "--org", ORGANISATION, "--owner", "Marie Tremblay", "--pin", "4826",
            "--gst-number", GST_NUMBER, "--qst-number", QST_NUMBER,
        )  # fmt: skip
        process.start()
        yield process
    finally:
        process.stop()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The windows' words as the program installs them (tests/ui installs them for its
    whole session; this file lives with the server's fixtures). The French catalogue stays
    (French is the windows' source language); the default locale is given back."""
    from PySide6.QtCore import QLocale

    from guichet.ui.app import install_language

    previous = QLocale()
    install_language(qapp, "fr")
    yield
    QLocale.setDefault(previous)


def pairing_code(server: ServerProcess) -> str:
    return guichet("server", "--db", server.db_url, "admin", "pairing-code").stdout.strip()


def pair(qtbot: QtBot, assistant: SetupAssistant, url: str, code: str, name: str) -> None:
    """« Jumeler avec un serveur central » (Alt+J): the server's address, the one-time
    code, this counter's name, Entrée."""
    press(qtbot, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    pairing = dialog(qtbot, lambda: assistant.pair_dialog)
    assert isinstance(pairing, PairDialog) and focused() is pairing.code_edit
    for _ in range(2):  # up to the address, over « Vérifier le serveur »
        press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is pairing.url_edit
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(url)
    tab_to(qtbot, pairing.code_edit, most=2)
    type_text(code)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is pairing.name_edit
    type_text(name)
    enter(qtbot)  # Jumeler (Entrée): the first sync, then the counter's login screen


def synced(qtbot: QtBot, window: MainWindow) -> None:
    """The window's own sync has sent everything and the server refused nothing."""
    controller = window.sync_controller
    assert controller is not None, "a paired counter syncs"

    def done() -> bool:
        status = controller.status
        return (
            status is not None
            and not controller.running
            and status.waiting == 0
            and status.last_success is not None
        )

    qtbot.waitUntil(done, timeout=20_000)
    status = controller.status
    assert status is not None and status.error == "" and status.rejected == 0, status


def test_a_show_set_up_at_a_paired_counter_is_sold_at_another(
    qtbot: QtBot,
    qapp: QApplication,
    french: None,
    monkeypatch: pytest.MonkeyPatch,
    new_server: ServerProcess,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    now = datetime.now(UTC)
    tomorrow = local(now, "America/Toronto").date() + timedelta(days=1)
    first_show = datetime.combine(tomorrow, time(20), tzinfo=QUEBEC)
    seen: dict[str, object] = {}

    # Counter A: paired, the owner sets the organisation up in the back office.
    code_a = pairing_code(new_server)

    def office_counter(assistant: SetupAssistant) -> None:
        pair(qtbot, assistant, new_server.url, code_a, "Bureau")
        window = the_counter(qtbot)
        log_in(qtbot, window, "Marie Tremblay", "4826")
        back_office_work(qtbot, window, tomorrow, 6)
        synced(qtbot, window)
        log_out(qtbot, window)

    assert (
        run_program(qtbot, qapp, monkeypatch, tmp_path / "bureau", lambda: now, office_counter) == 0
    )

    # Counter B: paired after, its cashier (made at A) sells tomorrow's show.
    code_b = pairing_code(new_server)
    box_office = tmp_path / "caisse"
    Settings(printer=f"file:{tmp_path / 'printer.bin'}").save(box_office)

    def selling_counter(assistant: SetupAssistant) -> None:
        pair(qtbot, assistant, new_server.url, code_b, "Caisse 2")
        window = the_counter(qtbot)
        synced(qtbot, window)  # its first cycle: places leased for the new dates
        seen["people"] = [u.name for u in window.login_page.users]
        log_in(qtbot, window, "Julie Roy", "1357")
        open_shift(qtbot, window)
        page = window.sales_page
        assert page is not None
        # The day list opens on today; the sales page has no key for the next day: ▶.
        qtbot.mouseClick(page.next_day_button, Qt.MouseButton.LeftButton)
        assert page.current_day == tomorrow
        sell_by_keyboard(qtbot, window, first_show)
        synced(qtbot, window)  # the sale, sent at once by the window
        seen["receipts"] = window.counter.receipts()
        activate(qtbot, window)
        press(qtbot, Qt.Key.Key_F11)  # Déconnexion
        assert window.counter.actor is None

    assert run_program(qtbot, qapp, monkeypatch, box_office, lambda: now, selling_counter) == 0

    assert seen["people"] == ["Julie Roy", "Marie Tremblay"]
    total = 7157  # 62,25 $ + TPS 3,11 $ + TVQ 6,21 $ (tests/ui: computed there step by step)
    receipts = seen["receipts"]
    assert isinstance(receipts, list) and [r.total for r in receipts] == [total]
    printed = printed_text((tmp_path / "printer.bin").read_bytes())
    assert f"TPS {GST_NUMBER}\nTVQ {QST_NUMBER}\n" in printed  # the server's numbers
    assert ORGANISATION in printed and SHOW in printed

    on_the_server(new_server, first_show)


def on_the_server(server: ServerProcess, first_show: datetime) -> None:
    """The server's database: what A set up, with its history, and B's sale."""
    engine = make_engine(server.db_url)
    try:
        with engine.connect() as conn:
            event_id = conn.execute(select(Event.id).where(Event.name == SHOW)).scalar_one()
            dates = conn.execute(
                select(Occurrence.id, Occurrence.starts_at, Occurrence.sold, Occurrence.capacity)
                .where(Occurrence.event_id == event_id)
                .order_by(Occurrence.starts_at)
            ).all()
            assert [d.starts_at.astimezone(QUEBEC) for d in dates] == [
                first_show + timedelta(weeks=n) for n in range(6)
            ]
            assert [(d.sold, d.capacity) for d in dates] == [(3, 180)] + [(0, 180)] * 5
            lines = conn.execute(
                select(OrderLine.quantity, OrderLine.unit_price)
                .where(OrderLine.occurrence_id == dates[0].id)
                .order_by(OrderLine.unit_price.desc())
            ).all()
            assert [tuple(line) for line in lines] == [(2, ADULT_PRICE), (1, CHILD_PRICE)]

            rows = {
                "user": conn.execute(
                    select(User.id).where(User.name == "Julie Roy", User.role == "cashier")
                ).scalar_one(),
                "venue": conn.execute(
                    select(Venue.id).where(Venue.name == "Salle communautaire du Bic")
                ).scalar_one(),
                "hall": conn.execute(
                    select(Hall.id).where(Hall.name == "Grande salle", Hall.capacity == 180)
                ).scalar_one(),
                "price_list": conn.execute(
                    select(PriceList.id).where(PriceList.name == "Régulier")
                ).scalar_one(),
                "event": event_id,
            }
            categories = conn.execute(
                select(TicketCategory.id, TicketCategory.code).order_by(TicketCategory.position)
            ).all()
            assert [c.code for c in categories] == ["adulte", "enfant"]
            owner = conn.execute(select(User.id).where(User.name == "Marie Tremblay")).scalar_one()
            history = conn.execute(
                select(CatalogueChange.entity, CatalogueChange.entity_id, CatalogueChange.action,
                       CatalogueChange.user_id)
            ).all()  # fmt: skip
            for entity, entity_id in [*rows.items(), *(("category", c.id) for c in categories)]:
                assert any(
                    (h.entity, h.entity_id, h.action, h.user_id)
                    == (entity, entity_id, "created", owner)
                    for h in history
                ), (entity, history)
            assert any((h.entity_id, h.action) == (event_id, "dates_added") for h in history), (
                history
            )
            # Each command applied once, from the counter where it was typed.
            applied = sorted(
                conn.execute(
                    select(Terminal.name, AppliedCommand.command_type)
                    .join(Terminal, Terminal.id == AppliedCommand.terminal_id)
                    .where(AppliedCommand.status == "accepted")
                ).all()
            )
            assert [tuple(row) for row in applied] == sorted(
                [("Bureau", kind) for kind in BACK_OFFICE_COMMANDS]
                + [("Caisse 2", "shift.open"), ("Caisse 2", "order.sell")]
            )
    finally:
        engine.dispose()
