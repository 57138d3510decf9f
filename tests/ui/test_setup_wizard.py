"""The set-up assistant of a first start (issue 14, part 1), driven by the keyboard.

The main paths run the real program (``guichet.cli.cmd_run`` on an empty data folder, its
event loop driven from a timer) so they prove the assistant ends on the login screen of the
organisation without a restart. Refusals are checked page by page: the sentence under the
field, the page kept, and no database file written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from guichet import cli
from guichet.config import DB_NAME, Settings
from guichet.ui.setup_wizard import (
    FormPage,
    OwnerPage,
    ParticularsPage,
    ReceiptPage,
    SetupAssistant,
    TaxesPage,
)

NBSP = "\u00a0"
NOON = datetime(2026, 12, 5, 17, 0, tzinfo=UTC)


def focused(qapp: QApplication) -> QWidget:
    widget = qapp.focusWidget()
    assert widget is not None
    return widget


def type_text(qtbot: QtBot, qapp: QApplication, text: str) -> None:
    qtbot.keyClicks(focused(qapp), text)


NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def press(
    qtbot: QtBot, qapp: QApplication, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER
) -> None:
    qtbot.keyClick(focused(qapp), key, modifier)


def replace_text(qtbot: QtBot, qapp: QApplication, text: str) -> None:
    """Select what the focused field holds and type over it."""
    press(qtbot, qapp, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(qtbot, qapp, text)
    else:
        press(qtbot, qapp, Qt.Key.Key_Delete)


def tab(qtbot: QtBot, qapp: QApplication) -> None:
    press(qtbot, qapp, Qt.Key.Key_Tab)


def enter(qtbot: QtBot, qapp: QApplication) -> None:
    press(qtbot, qapp, Qt.Key.Key_Return)


def fill_particulars(qtbot: QtBot, qapp: QApplication, name: str = "Theatre du Port") -> None:
    type_text(qtbot, qapp, name)
    tab(qtbot, qapp)
    type_text(qtbot, qapp, "12, rue du Port")
    enter(qtbot, qapp)  # a new line: the address has several
    type_text(qtbot, qapp, "Rimouski (Quebec)")
    tab(qtbot, qapp)  # the time zone, America/Toronto already
    tab(qtbot, qapp)  # the language, Français already
    enter(qtbot, qapp)


def fill_taxes(qtbot: QtBot, qapp: QApplication) -> None:
    type_text(qtbot, qapp, "123456789 RT0001")
    tab(qtbot, qapp)  # the GST rate: 5 as proposed
    tab(qtbot, qapp)
    type_text(qtbot, qapp, "1234567890 TQ0001")
    tab(qtbot, qapp)  # the QST rate: 9,975 as proposed
    enter(qtbot, qapp)


def fill_receipt(qtbot: QtBot, qapp: QApplication) -> None:
    type_text(qtbot, qapp, "Billetterie 418 555-0123")
    tab(qtbot, qapp)
    type_text(qtbot, qapp, "Merci et bon spectacle")
    press(qtbot, qapp, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def fill_owner(qtbot: QtBot, qapp: QApplication, pin: str = "4826", again: str = "4826") -> None:
    type_text(qtbot, qapp, "Marie Tremblay")
    tab(qtbot, qapp)
    type_text(qtbot, qapp, pin)
    tab(qtbot, qapp)
    type_text(qtbot, qapp, again)
    enter(qtbot, qapp)


def organisations(data_dir: Path) -> int:
    """How many organisations the data folder holds (none when it has no database)."""
    import sqlite3

    path = data_dir / DB_NAME
    if not path.exists():
        return 0
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM organisation").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "donnees"


@pytest.fixture
def assistant(qtbot: QtBot, qapp: QApplication, data_dir: Path) -> SetupAssistant:
    return shown(qtbot, qapp, SetupAssistant(data_dir, "fr", clock=lambda: NOON))


def shown(qtbot: QtBot, qapp: QApplication, window: SetupAssistant) -> SetupAssistant:
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: qapp.focusWidget() is not None)  # keys go to the focus
    return window


def run_program(
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    drive: Callable[[SetupAssistant], None],
    pin: str = "",
) -> tuple[int, dict[str, object]]:
    """Run ``guichet --data-dir DATA`` as a person would: ``drive`` works the assistant with
    the keyboard; then, once the counter's window is up, its login screen is read and the
    owner logs in with the PIN. Returns the exit code and what was seen."""
    from guichet.ui.main_window import MainWindow

    monkeypatch.setattr("guichet.ui.app.create_application", lambda lang: qapp)  # keep the
    # session's theme and language: the program would install the same ones
    seen: dict[str, object] = {}

    def windows(kind: type) -> list[QWidget]:
        return [w for w in qapp.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]

    def script() -> None:
        try:
            (assistant,) = windows(SetupAssistant)
            seen["assistant"] = assistant
            qtbot.waitUntil(lambda: qapp.focusWidget() is not None)  # shown and active
            drive(assistant)
            if not assistant.isVisible() and assistant.runtime is None:
                return  # left from the first page: the program ends by itself
            qtbot.waitUntil(lambda: bool(windows(MainWindow)), timeout=20_000)
            (window,) = windows(MainWindow)
            assert isinstance(window, MainWindow)
            seen["assistant_visible"] = assistant.isVisible()
            seen["page"] = window.stack.currentWidget()
            seen["login_page"] = window.login_page
            seen["users"] = [u.name for u in window.login_page.users]
            seen["checked"] = window.login_page.selected_user
            login = window.login_page
            qtbot.keyClicks(login.pin_edit, pin)
            qtbot.keyClick(login.pin_edit, Qt.Key.Key_Return)
            seen["actor"] = window.counter.actor
            seen["after_login"] = window.stack.currentWidget()
            seen["window"] = window
            seen["settings_lang"] = Settings.load(data_dir).lang
            window.close()
        finally:
            for widget in windows(SetupAssistant) + windows(MainWindow):
                if isinstance(widget, SetupAssistant):
                    widget.wait()  # a window busy writing would refuse to close
                widget.close()
            QTimer.singleShot(0, lambda: qapp.exit(0))

    QTimer.singleShot(0, script)
    code = cli.cmd_run(str(data_dir), False, "fr", False)
    return code, seen


def test_first_start_creates_the_organisation_and_ends_on_its_login_screen(
    qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    summary: list[str] = []

    def drive(assistant: SetupAssistant) -> None:
        assert focused(qapp) is assistant.choice_page.buttons["create"]  # the default way in
        enter(qtbot, qapp)
        assert isinstance(assistant.page, ParticularsPage)
        assert focused(qapp) is assistant.page.name_edit  # the first field has focus
        fill_particulars(qtbot, qapp)
        assert isinstance(assistant.page, TaxesPage)
        fill_taxes(qtbot, qapp)
        assert isinstance(assistant.page, ReceiptPage)
        fill_receipt(qtbot, qapp)
        assert isinstance(assistant.page, OwnerPage)
        fill_owner(qtbot, qapp)
        assert assistant.page is assistant.summary_page
        summary.append(assistant.summary_page.text())
        assert organisations(data_dir) == 0  # nothing written before « Créer »
        enter(qtbot, qapp)  # Créer (Entrée)

    code, seen = run_program(qtbot, qapp, monkeypatch, data_dir, drive, pin="4826")

    assert code == 0
    text = summary[0]
    assert "Theatre du Port" in text and "12, rue du Port\nRimouski (Quebec)" in text
    assert f"5{NBSP}% — numéro 123456789 RT0001" in text
    assert f"9,975{NBSP}% — numéro 1234567890 TQ0001" in text
    assert "America/Toronto" in text and "Français" in text and "Caisse 1" in text
    assert "4826" not in text  # the PIN is never shown
    # Without a restart: the login screen of the new organisation, the owner in its list.
    assert seen["assistant_visible"] is False
    assert seen["page"] is seen["login_page"]
    assert seen["users"] == ["Marie Tremblay"]
    actor = seen["actor"]
    assert actor is not None and actor.name == "Marie Tremblay"  # type: ignore[attr-defined]
    assert seen["after_login"] is not seen["login_page"]  # on to opening a shift
    assert seen["settings_lang"] == "fr"
    from sqlalchemy import select

    from guichet.models.tables import Organisation, Tax, Terminal

    window = seen["window"]
    with window.counter.session_factory() as session:  # type: ignore[attr-defined]
        org = session.scalars(select(Organisation)).one()
        assert (org.name, org.timezone, org.cash_increment) == (
            "Theatre du Port",
            "America/Toronto",
            5,
        )
        assert org.receipt_footer == "Merci et bon spectacle"
        taxes = {t.code: (t.rate, t.registration) for t in session.scalars(select(Tax))}
        assert str(taxes["GST"][0]) in ("0.05", "0.050000") and taxes["GST"][1] == (
            "123456789 RT0001"
        )
        assert taxes["QST"][1] == "1234567890 TQ0001"
        assert session.scalars(select(Terminal.name)).one() == "Caisse 1"


def test_escape_on_the_first_page_leaves_the_program_and_writes_nothing(
    qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    def drive(assistant: SetupAssistant) -> None:
        press(qtbot, qapp, Qt.Key.Key_Escape)

    code, seen = run_program(qtbot, qapp, monkeypatch, data_dir, drive)
    assert code == 0
    assert not seen["assistant"].isVisible()  # type: ignore[attr-defined]
    assert "window" not in seen
    assert organisations(data_dir) == 0


def test_loading_the_demo_ends_on_the_demo_login_screen(
    qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    def drive(assistant: SetupAssistant) -> None:
        press(qtbot, qapp, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Charger la &démo
        qtbot.waitUntil(lambda: assistant.page is assistant.working_page)

    # Nobody is chosen among the demo's people: the PIN alone logs nobody in.
    code, seen = run_program(qtbot, qapp, monkeypatch, data_dir, drive, pin="9999")
    assert code == 0
    assert seen["page"] is seen["login_page"]
    users = seen["users"]
    assert isinstance(users, list)
    assert {"Sophie Gagnon", "Luc Bouchard", "Marie Tremblay"} <= set(users)
    assert seen["actor"] is None and seen["after_login"] is seen["login_page"]


def test_pairing_opens_the_pair_dialog_and_cancelling_it_comes_back(
    qtbot: QtBot, qapp: QApplication, assistant: SetupAssistant, data_dir: Path
) -> None:
    from guichet.ui.sync import PairDialog

    press(qtbot, qapp, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: assistant.pair_dialog is not None)
    dialog = assistant.pair_dialog
    assert isinstance(dialog, PairDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert assistant.isVisible() and assistant.page is assistant.choice_page
    assert assistant.runtime is None
    assert not (data_dir / DB_NAME).exists()


# --- refusals ----------------------------------------------------------------------------


def refused_on(page: FormPage, assistant: SetupAssistant, sentence: str) -> None:
    assert assistant.page is page, "a refused page is not left"
    assert page.error_text() == sentence


def test_organisation_page_refusals(
    qtbot: QtBot, qapp: QApplication, assistant: SetupAssistant, data_dir: Path
) -> None:
    enter(qtbot, qapp)
    page = assistant.page
    assert isinstance(page, ParticularsPage)
    enter(qtbot, qapp)  # no name
    refused_on(page, assistant, "Le nom de l'organisation est obligatoire.")
    assert focused(qapp) is page.name_edit
    type_text(qtbot, qapp, "Theatre du Port")
    press(qtbot, qapp, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # &Fuseau horaire
    assert focused(qapp) is page.zone_box
    replace_text(qtbot, qapp, "toron")  # the zones that match show in a list...
    popup = page.zone_box.completer().popup()
    assert popup.isVisible()
    press(qtbot, qapp, Qt.Key.Key_Escape)  # ...that Échap closes, the page stays
    assert not popup.isVisible() and assistant.page is page
    replace_text(qtbot, qapp, "Europe/Pariss")  # the list closes by itself at "ss"
    enter(qtbot, qapp)
    refused_on(
        page,
        assistant,
        f"Fuseau horaire inconnu{NBSP}: «{NBSP}Europe/Pariss{NBSP}» (par exemple America/Toronto).",
    )
    # Spelled another way, a real zone is taken as the IANA database spells it.
    page.zone_box.setFocus()
    replace_text(qtbot, qapp, "america/montreal")
    page.name_edit.setFocus()
    enter(qtbot, qapp)
    assert isinstance(assistant.page, TaxesPage)
    assert assistant.draft.timezone == "America/Montreal"
    press(qtbot, qapp, Qt.Key.Key_Escape)  # back, what was typed kept
    assert assistant.page is page and page.name_edit.text() == "Theatre du Port"
    assert page.error_text() == ""
    press(qtbot, qapp, Qt.Key.Key_Escape)
    assert assistant.page is assistant.choice_page and assistant.isVisible()
    assert not (data_dir / DB_NAME).exists()


@pytest.mark.parametrize(
    ("field", "typed", "sentence", "fixed"),
    [
        (
            "qst_rate",
            "9,97555",
            f"Taux «{NBSP}9,97555{NBSP}» invalide{NBSP}: un pourcentage de 0 à 100, "
            "par exemple 9,975.",
            "9,9755",  # four decimals of a percent are what a rate may have
        ),
        (
            "gst_rate",
            "abc",
            f"Taux «{NBSP}abc{NBSP}» invalide{NBSP}: un pourcentage de 0 à 100, par exemple 9,975.",
            "5",
        ),
        (
            "gst_number",
            "12",  # it would print on every receipt
            f"Le numéro de TPS{NBSP}: «{NBSP}12{NBSP}» n'a pas la forme d'un numéro "
            "d'inscription (par exemple 123456789 RT0001).",
            "123 456 789 rt 0001",  # as copied from Revenu Québec's letter
        ),
    ],
)
def test_tax_page_refuses_a_bad_rate_or_number_under_its_field(
    qtbot: QtBot,
    qapp: QApplication,
    assistant: SetupAssistant,
    data_dir: Path,
    field: str,
    typed: str,
    sentence: str,
    fixed: str,
) -> None:
    enter(qtbot, qapp)
    fill_particulars(qtbot, qapp)
    page = assistant.page
    assert isinstance(page, TaxesPage)
    edit = getattr(page, field)
    edit.setFocus()
    replace_text(qtbot, qapp, typed)
    enter(qtbot, qapp)
    refused_on(page, assistant, sentence)
    assert page.errors[field].text() == sentence and page.errors[field].isVisible()
    assert focused(qapp) is edit
    replace_text(qtbot, qapp, fixed)
    enter(qtbot, qapp)
    assert isinstance(assistant.page, ReceiptPage)
    assert not (data_dir / DB_NAME).exists()


def test_owner_page_refuses_pins_that_differ_or_are_too_short(
    qtbot: QtBot, qapp: QApplication, assistant: SetupAssistant, data_dir: Path
) -> None:
    enter(qtbot, qapp)
    fill_particulars(qtbot, qapp)
    fill_taxes(qtbot, qapp)
    fill_receipt(qtbot, qapp)
    page = assistant.page
    assert isinstance(page, OwnerPage)
    fill_owner(qtbot, qapp, "4826", "4827")
    refused_on(page, assistant, "Les deux NIP ne sont pas identiques.")
    assert page.errors["pin_again"].isVisible()
    assert (page.pin_edit.text(), page.again_edit.text()) == ("", "")  # typed again, both
    assert focused(qapp) is page.pin_edit
    type_text(qtbot, qapp, "12")
    tab(qtbot, qapp)
    type_text(qtbot, qapp, "12")
    enter(qtbot, qapp)
    refused_on(page, assistant, "Le NIP compte de 4 à 8 chiffres.")
    assert page.errors["pin"].isVisible()
    type_text(qtbot, qapp, "12ab")  # only digits go in
    assert page.pin_edit.text() == "12"
    # Back to the start and out: nothing was written.
    for _ in range(4):
        press(qtbot, qapp, Qt.Key.Key_Escape)
    assert assistant.page is assistant.choice_page
    press(qtbot, qapp, Qt.Key.Key_Escape)
    assert not assistant.isVisible()
    assert assistant.result() == SetupAssistant.DialogCode.Rejected
    assert not (data_dir / DB_NAME).exists()


def test_refusals_in_english(qtbot: QtBot, qapp: QApplication, data_dir: Path) -> None:
    window = shown(qtbot, qapp, SetupAssistant(data_dir, "en", clock=lambda: NOON))
    enter(qtbot, qapp)
    page = window.page
    assert isinstance(page, ParticularsPage)
    assert page.lang_box.currentData() == "en"  # the counter's language proposed
    fill_particulars(qtbot, qapp)
    taxes = window.page
    assert isinstance(taxes, TaxesPage)
    taxes.qst_rate.setFocus()
    replace_text(qtbot, qapp, "abc")
    enter(qtbot, qapp)
    assert taxes.error_text() == (
        "Rate \u201cabc\u201d is not valid: a percentage from 0 to 100, for example 9.975."
    )
    assert not (data_dir / DB_NAME).exists()


def test_creating_in_a_folder_set_up_meanwhile_is_refused_in_words(
    qtbot: QtBot, qapp: QApplication, assistant: SetupAssistant, data_dir: Path
) -> None:
    """The folder got an organisation meanwhile (``guichet init`` in another window, in
    English): the assistant says so on its summary page and changes nothing."""
    from guichet.services.setup import OrganisationDraft
    from guichet.ui.setup_wizard import create_and_start

    enter(qtbot, qapp)
    fill_particulars(qtbot, qapp)
    fill_taxes(qtbot, qapp)
    fill_receipt(qtbot, qapp)
    fill_owner(qtbot, qapp)
    assert assistant.page is assistant.summary_page
    other = create_and_start(data_dir, OrganisationDraft("Autre", "Luc", "1234", lang="en"))
    other.close()
    assert other.settings.lang == "en" == Settings.load(data_dir).lang  # its counter's language
    enter(qtbot, qapp)
    qtbot.waitUntil(lambda: not assistant.busy, timeout=20_000)
    assert assistant.page is assistant.summary_page
    assert assistant.message.text() == "Cette base de données a déjà une organisation."
    assert assistant.runtime is None and assistant.isVisible()
    assert organisations(data_dir) == 1 and Settings.load(data_dir).lang == "en"
