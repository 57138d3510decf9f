"""The door window (issue 17, part 3), driven like door staff with a keyboard-wedge scanner:
the code typed into the field, then Entrée, on the real demo database and the real door desk.

Demo day: Saturday 2026-12-05, noon. « Le Malade imaginaire » plays tonight at 20 h (and at
14 h). With no check-in list, a door admits a date's tickets from the start of its day.
"""

from __future__ import annotations

import wave
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from guichet import config
from guichet.domain import codes
from guichet.domain.tickets import Verdict
from guichet.models.tables import CheckIn, Ticket
from guichet.services.counter import Counter
from guichet.ui.door import VERDICT_SOUNDS, DoorSounds, DoorWindow, counter_folder
from tests.conftest import Clock, user_id
from tests.integration.helpers import category, occurrence_named, sell_cash
from tests.typos import neighbours_swapped

NBSP = "\u00a0"


def tickets_of(counter: Counter, order_id: str) -> list[Ticket]:
    with counter.session_factory() as session:
        return list(
            session.scalars(
                select(Ticket).where(Ticket.order_id == order_id).order_by(Ticket.rank)
            )
        )


def tonight(counter: Counter, **quantities: int) -> list[Ticket]:
    """Tickets sold now for tonight's « Le Malade imaginaire » (20 h)."""
    show = occurrence_named(counter, "Le Malade imaginaire", 20)
    return tickets_of(counter, sell_cash(counter, show.id, **quantities).order_id)


def scanner_text(code: str) -> str:
    """What a scanner (or a person) types: lower case, in groups with dashes."""
    return codes.display(code).lower()


def make_window(qtbot: QtBot, counter: Counter, sounds_dir: Path) -> DoorWindow:
    widget = DoorWindow(counter, sounds=DoorSounds(sounds_dir))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.scan_field.hasFocus())
    return widget


@pytest.fixture
def window(qtbot: QtBot, cashier_counter: Counter, tmp_path: Path) -> Iterator[DoorWindow]:
    yield make_window(qtbot, cashier_counter, tmp_path / "sounds")


def type_and_enter(qtbot: QtBot, window: DoorWindow, text: str) -> None:
    """A keyboard-wedge scanner: keystrokes where the keyboard is, then Enter."""
    focused = QApplication.focusWidget()
    assert focused is window.scan_field, "the scan field must have the keyboard"
    qtbot.keyClicks(focused, text)
    qtbot.keyClick(focused, Qt.Key.Key_Return)


def focus_is_on_scan_field(qtbot: QtBot, window: DoorWindow) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.scan_field, timeout=2000)


def recent_row(window: DoorWindow, row: int) -> list[str]:
    table = window.recent_table
    return [table.item(row, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]


def count_text(counter: Counter, checked_in: int, list_id: str | None = None) -> str:
    return f"{checked_in} / {counter.door.count(list_id).sold} entrés"


# --- verdicts -----------------------------------------------------------------------------


def test_a_sold_ticket_is_valid_and_the_count_moves(
    qtbot: QtBot, window: DoorWindow, cashier_counter: Counter
) -> None:
    assert window.verdict_label.text() == "Scannez un billet"
    first, _second = tonight(cashier_counter, adult=2)
    window.refresh_count()  # (the timer reads it every 30 s; the sale was made elsewhere)
    assert window.count_label.text() == count_text(cashier_counter, 0)
    assert "2 / " not in window.count_label.text()

    type_and_enter(qtbot, window, scanner_text(first.code))

    assert window.verdict is not None and window.verdict.verdict is Verdict.VALID
    assert window.verdict_label.text() == "VALIDE"
    assert window.verdict_label.font().pointSize() >= 48  # read from two metres
    assert window.verdict_panel.property("tone") == "ok"
    assert window.what_label.text() == "Adulte"
    assert window.event_label.text() == f"Le Malade imaginaire — aujourd'hui, 20{NBSP}h"
    assert window.code_label.text() == codes.display(first.code)
    assert window.count_label.text() == count_text(cashier_counter, 1)
    assert window.sounds.requested == ["valid"]
    assert recent_row(window, 0)[1:] == ["VALIDE", "Adulte — Le Malade imaginaire"]
    assert recent_row(window, 0)[0] == f"12{NBSP}h{NBSP}00"
    focus_is_on_scan_field(qtbot, window)
    with cashier_counter.session_factory() as session:
        entry = session.scalars(select(CheckIn)).one()
    assert entry.admitted and entry.ticket_id == first.id


def test_the_same_ticket_again_says_when_and_at_which_door(
    qtbot: QtBot, window: DoorWindow, cashier_counter: Counter, clock: Clock
) -> None:
    (ticket,) = tonight(cashier_counter, adult=1)
    clock.advance(hours=7, minutes=42)  # 19 h 42
    type_and_enter(qtbot, window, scanner_text(ticket.code))
    assert window.verdict_label.text() == "VALIDE"

    # The scanner sends the same code again at once: one entry, one sound, said so.
    type_and_enter(qtbot, window, ticket.code)
    assert window.verdict_label.text() == "VALIDE"
    assert window.note_label.text() == f"Même code scanné à l'instant{NBSP}: compté une seule fois."
    assert window.sounds.requested == ["valid"]
    assert window.count_label.text() == count_text(cashier_counter, 1)

    clock.advance(minutes=11)  # the ticket comes back at 19 h 53 (a friend's, passed back)
    type_and_enter(qtbot, window, scanner_text(ticket.code))
    assert window.verdict is not None and window.verdict.verdict is Verdict.ALREADY_USED
    assert window.verdict_label.text() == "DÉJÀ UTILISÉ"
    assert window.verdict_panel.property("tone") == "danger"
    assert window.explanation_label.text() == f"Entré à 19{NBSP}h{NBSP}42 — Caisse 1"
    assert not window.note_label.isVisible()
    assert window.sounds.requested == ["valid", "refused"]
    assert window.count_label.text() == count_text(cashier_counter, 1)  # still one inside
    assert [recent_row(window, r)[:2] for r in range(2)] == [
        [f"19{NBSP}h{NBSP}53", "DÉJÀ UTILISÉ"],
        [f"19{NBSP}h{NBSP}42", "VALIDE"],
    ]
    focus_is_on_scan_field(qtbot, window)


def test_a_refunded_ticket_says_refunded(
    qtbot: QtBot, window: DoorWindow, cashier_counter: Counter, supervisor  # type: ignore[no-untyped-def]
) -> None:
    tickets = tonight(cashier_counter, adult=3)
    line_id = tickets[0].order_line_id
    assert tickets[0].order_id is not None and line_id is not None
    cashier_counter.refund(tickets[0].order_id, {line_id: 1}, supervisor)
    type_and_enter(qtbot, window, scanner_text(tickets[2].code))  # the line's last unit
    assert window.verdict_label.text() == "REMBOURSÉ"
    assert window.verdict_panel.property("tone") == "danger"
    assert window.explanation_label.text() == (
        f"Ce billet a été remboursé{NBSP}: il ne donne plus accès."
    )
    assert window.sounds.requested == ["refused"]
    assert window.count_label.text() == count_text(cashier_counter, 0)
    focus_is_on_scan_field(qtbot, window)


def test_a_typo_a_receipt_and_an_unknown_code_are_said_in_words(
    qtbot: QtBot, window: DoorWindow, cashier_counter: Counter
) -> None:
    show = occurrence_named(cashier_counter, "Le Malade imaginaire", 20)
    sale = sell_cash(cashier_counter, show.id, adult=1)
    (ticket,) = tickets_of(cashier_counter, sale.order_id)
    typo = neighbours_swapped(ticket.code)
    assert typo != ticket.code

    type_and_enter(qtbot, window, scanner_text(typo))
    assert window.verdict_label.text() == "Vérifiez le code"
    assert window.verdict_panel.property("tone") == "warn"
    assert window.explanation_label.text().startswith("Code mal lu ou mal tapé")
    assert not window.what_label.isVisible()
    focus_is_on_scan_field(qtbot, window)

    type_and_enter(qtbot, window, "x" * 80)  # an overlong scan: the field does not cut it
    assert window.verdict is not None and window.verdict.verdict is Verdict.CHECK_CODE
    assert not window.code_label.isVisible()

    type_and_enter(qtbot, window, scanner_text(sale.order_code))
    assert window.verdict_label.text() == "C'est un reçu"
    assert window.verdict_panel.property("tone") == "warn"
    assert window.explanation_label.text().startswith(
        f"Commande {codes.display(sale.order_code)}{NBSP}: ce code est celui du reçu"
    )

    type_and_enter(qtbot, window, scanner_text(codes.new_code()))
    assert window.verdict_label.text() == "INCONNU"
    assert window.verdict_panel.property("tone") == "unknown"
    assert window.explanation_label.text() == "Aucun billet connu ne porte ce code."

    assert window.sounds.requested == ["check", "check", "check", "unknown"]
    with cashier_counter.session_factory() as session:
        scans = list(session.scalars(select(CheckIn)))
    assert len(scans) == 4 and not any(s.admitted for s in scans)  # only the attempts
    type_and_enter(qtbot, window, scanner_text(ticket.code))  # the real one still enters
    assert window.verdict_label.text() == "VALIDE"
    focus_is_on_scan_field(qtbot, window)


def test_a_door_list_that_does_not_admit_the_ticket_says_not_at_this_door(
    qtbot: QtBot,
    cashier_counter: Counter,
    make_counter: Callable[..., Counter],
    tmp_path: Path,
) -> None:
    show = occurrence_named(cashier_counter, "Le Malade imaginaire", 20)
    boss = make_counter()
    boss.login(user_id(boss, "Luc"), "2222")
    parterre = boss.door.save_list(
        "Parterre",
        event_ids=(show.event_id,),
        category_ids=(category(cashier_counter, show.id, "adult"),),
    )
    adult, child = tonight(cashier_counter, adult=1, child=1)
    window = make_window(qtbot, cashier_counter, tmp_path / "sounds")
    combo = window.list_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Toutes les entrées", "Parterre"]
    assert window.list_id() is None

    # F4 opens the chooser; ↓ and Entrée pick « Parterre »; the keyboard goes back to scanning.
    qtbot.keyClick(window.scan_field, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: combo.view().isVisible(), timeout=2000)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.list_id() == parterre, timeout=2000)
    focus_is_on_scan_field(qtbot, window)
    assert window.count_label.text() == count_text(cashier_counter, 0, parterre)
    assert window.count_label.text() == "0 / 1 entrés"  # the adult only: the child is upstairs
    assert window.dates_label.text() == f"Le Malade imaginaire, 20{NBSP}h"

    type_and_enter(qtbot, window, scanner_text(child.code))
    assert window.verdict is not None and window.verdict.verdict is Verdict.NOT_HERE
    assert window.verdict_label.text() == "PAS À CETTE PORTE"
    assert window.verdict_panel.property("tone") == "warn"
    assert window.explanation_label.text() == (
        f"La porte «{NBSP}Parterre{NBSP}» n'admet pas ce billet{NBSP}: "
        "dirigez la personne vers la bonne porte."
    )
    assert window.what_label.text() == "Enfant"
    assert window.sounds.requested == ["check"]
    type_and_enter(qtbot, window, scanner_text(adult.code))
    assert window.verdict_label.text() == "VALIDE"
    assert window.count_label.text() == "1 / 1 entrés"
    with cashier_counter.session_factory() as session:
        lists = [s.list_id for s in session.scalars(select(CheckIn).order_by(CheckIn.verdict))]
    assert lists == [parterre, parterre]

    # The counter remembers its door's list: in its settings, and the next window takes it.
    folder = counter_folder(cashier_counter)
    assert folder == tmp_path
    assert config.Settings.load(folder).extra[config.DOOR_LIST] == parterre
    window.close()
    again = make_window(qtbot, cashier_counter, tmp_path / "sounds")
    assert again.list_id() == parterre and again.list_combo.currentText() == "Parterre"
    # ...and lists this counter's last scans, newest first (both made at noon sharp).
    assert [recent_row(again, r)[1:] for r in range(again.recent_table.rowCount())] == [
        ["VALIDE", "Adulte — Le Malade imaginaire"],
        ["PAS À CETTE PORTE", "Enfant — Le Malade imaginaire"],
    ]

    # Back to « Toutes les entrées »: forgotten, and a deactivated list is never kept silently.
    again.choose_list(None)
    assert config.DOOR_LIST not in config.Settings.load(folder).extra
    again.choose_list(parterre)
    boss.door.save_list(
        "Parterre",
        list_id=parterre,
        event_ids=(show.event_id,),
        category_ids=(category(cashier_counter, show.id, "adult"),),
        active=False,
    )
    again.refresh()
    assert again.list_id() is None
    assert again.message.text().startswith("La liste d'entrée choisie pour cette porte n'est plus")


def test_the_focus_stays_in_the_scan_field(
    qtbot: QtBot, window: DoorWindow, cashier_counter: Counter
) -> None:
    (ticket,) = tonight(cashier_counter, adult=1)
    qtbot.keyClicks(window.scan_field, scanner_text(ticket.code))
    qtbot.mouseClick(window.scan_button, Qt.MouseButton.LeftButton)  # Vérifier, with the mouse
    assert window.verdict_label.text() == "VALIDE"
    assert window.scan_field.text() == ""
    focus_is_on_scan_field(qtbot, window)
    for widget in (window.list_combo, window.recent_table, window.scan_button):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        if window.list_combo.view().isVisible():
            window.list_combo.hidePopup()
        focus_is_on_scan_field(qtbot, window)
    qtbot.keyClick(window.scan_field, Qt.Key.Key_Escape)  # Échap: back to waiting
    assert window.verdict_label.text() == "Scannez un billet"
    assert window.verdict_panel.property("tone") == "idle"
    focus_is_on_scan_field(qtbot, window)
    # The verdict does not stay up forever: a stale green must not greet the next person.
    type_and_enter(qtbot, window, scanner_text(ticket.code))
    assert window.idle_timer.isActive()
    window.idle_timer.timeout.emit()
    assert window.verdict_label.text() == "Scannez un billet"


# --- sounds -------------------------------------------------------------------------------


def test_each_verdict_asks_for_its_tone_and_the_tones_are_real_distinct_wav_files(
    tmp_path: Path,
) -> None:
    assert set(VERDICT_SOUNDS) == set(Verdict)  # every verdict has a sound
    assert VERDICT_SOUNDS[Verdict.VALID] == "valid"
    assert {VERDICT_SOUNDS[v] for v in (Verdict.ALREADY_USED, Verdict.REFUNDED,
                                        Verdict.CANCELLED)} == {"refused"}  # fmt: skip
    assert VERDICT_SOUNDS[Verdict.WRONG_DATE] == VERDICT_SOUNDS[Verdict.CHECK_CODE] == "check"
    assert VERDICT_SOUNDS[Verdict.UNKNOWN] == "unknown"
    sounds = DoorSounds(tmp_path / "cache")
    contents = {}
    for name in sorted(set(VERDICT_SOUNDS.values())):
        path = sounds.file(name)
        with wave.open(str(path), "rb") as tone:
            assert (tone.getnchannels(), tone.getsampwidth(), tone.getframerate()) == (1, 2, 22050)
            seconds = tone.getnframes() / tone.getframerate()
            assert 0.15 <= seconds <= 1.0, (name, seconds)  # short
            contents[name] = tone.readframes(tone.getnframes())
        assert max(abs(int.from_bytes(contents[name][i:i + 2], "little", signed=True))
                   for i in range(0, len(contents[name]), 2)) > 10_000  # fmt: skip
    assert len(set(contents.values())) == 4  # four tones, not one beep
    mtime = sounds.file("valid").stat().st_mtime_ns
    assert sounds.file("valid").stat().st_mtime_ns == mtime  # written once, then reused


# --- English ------------------------------------------------------------------------------


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    from PySide6.QtCore import QLocale

    from guichet.ui.app import install_language

    previous = QLocale()
    install_language(qapp, "en")
    try:
        yield qapp
    finally:
        install_language(qapp, "fr")
        QLocale.setDefault(previous)


def test_english_mode_shows_english_verdicts(
    qtbot: QtBot,
    english: QApplication,
    cashier_counter: Counter,
    make_counter: Callable[..., Counter],
    tmp_path: Path,
) -> None:
    (ticket,) = tonight(cashier_counter, adult=1)  # sold at the French till
    counter = make_counter(lang="en")  # the door runs in English
    counter.login(user_id(counter, "Luc"), "2222")
    window = make_window(qtbot, counter, tmp_path / "sounds")
    assert window.verdict_label.text() == "Scan a ticket"
    assert window.list_combo.itemText(0) == "All entries"
    type_and_enter(qtbot, window, scanner_text(ticket.code))
    assert window.verdict_label.text() == "VALID"
    assert window.what_label.text() == "Adult"
    assert window.event_label.text() == "The Imaginary Invalid — today, 8:00 p.m."
    assert window.count_label.text() == f"1 / {counter.door.count().sold} checked in"
    type_and_enter(qtbot, window, scanner_text(ticket.code[:-1] + "?"))
    assert window.verdict_label.text() == "Check the code"
    type_and_enter(qtbot, window, scanner_text(codes.new_code()))
    assert window.verdict_label.text() == "UNKNOWN"
    assert window.explanation_label.text() == "No known ticket has this code."


# --- the main window ----------------------------------------------------------------------


def test_ctrl_e_opens_the_door_for_any_logged_in_person_and_logout_closes_it(
    qtbot: QtBot, cashier_counter: Counter
) -> None:
    from PySide6.QtGui import QKeySequence

    from guichet.ui.main_window import MainWindow

    main = MainWindow(cashier_counter)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.show_sales()
    main.update_status()
    assert main.door_button.isVisible()  # Sophie is a cashier
    assert main.door_button.text() == "Entrées (Ctrl+E)"
    assert main.door_shortcut.key() == QKeySequence("Ctrl+E")
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    qtbot.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main.door_window is not None and main.door_window.isVisible())
    door = main.door_window
    assert isinstance(door, DoorWindow)
    focus_is_on_scan_field(qtbot, door)
    main.logout()  # the door belongs to the person logged in
    qtbot.waitUntil(lambda: main.door_window is None)


def test_the_door_list_is_remembered_without_touching_the_rest_of_the_settings(
    tmp_path: Path,
) -> None:
    import json

    settings = tmp_path / config.SETTINGS_NAME
    settings.write_text(
        json.dumps({"printer": "tcp:10.0.0.9:9100", "lang": "fr", "future_key": 3}),
        encoding="utf-8",
    )
    assert config.remember(tmp_path, config.DOOR_LIST, "list-1")
    saved = json.loads(settings.read_text(encoding="utf-8"))
    assert saved == {
        "printer": "tcp:10.0.0.9:9100",
        "lang": "fr",
        "future_key": 3,  # a key of a later version is kept
        "extra": {config.DOOR_LIST: "list-1"},
    }
    assert config.Settings.load(tmp_path).printer == "tcp:10.0.0.9:9100"
    assert config.remember(tmp_path, config.DOOR_LIST, "")
    assert json.loads(settings.read_text(encoding="utf-8"))["extra"] == {}
    settings.write_text("{ not json", encoding="utf-8")  # damaged: left for a person to see
    assert not config.remember(tmp_path, config.DOOR_LIST, "list-1")
    assert settings.read_text(encoding="utf-8") == "{ not json"
