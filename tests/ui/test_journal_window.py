"""The Journal (issue 19, part 6): the owner logs in on the counter's window, opens the
Administration (Ctrl+B) and its Journal section, reads the counter's last log lines, filters
them and copies them for support; a supervisor is refused in words, a cashier never gets
there."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from guichet import __version__, logs
from guichet.services.counter import Counter
from guichet.ui.admin import AdminWindow
from guichet.ui.journal import JournalSection
from guichet.ui.main_window import MainWindow
from tests import logcheck

#: Users by name on the login page: Luc, Marie, Sophie.
ROW = {"Luc": 1, "Marie": 2, "Sophie": 3}
PINS = {"Luc": "2222", "Marie": "9999", "Sophie": "1111"}


@pytest.fixture
def counter_log(tmp_path: Path) -> Iterator[Path]:
    """The counter logs to its own file for the test (as ``guichet`` does on start)."""
    path = logs.setup_counter(tmp_path, log_dir=tmp_path / "logs", hooks=False)
    yield path
    logcheck.restore()


def press(qtbot: QtBot, *keys: Qt.Key | str) -> None:
    for key in keys:
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        if isinstance(key, str):
            qtbot.keyClicks(target, key)
        else:
            qtbot.keyClick(target, key)


def logged_in(qtbot: QtBot, counter: Counter, name: str) -> MainWindow:
    """The counter's window, ``name`` logged in with the keyboard."""
    window = MainWindow(counter)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, *[Qt.Key.Key_Down] * ROW[name], PINS[name], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.actor is not None and name in counter.actor.name)
    return window


def journal_of(qtbot: QtBot, window: MainWindow) -> tuple[AdminWindow, JournalSection]:
    """Ctrl+B, then the Journal in the list of sections (a click, as the owner does)."""
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.admin_window is not None, timeout=3000)
    admin = window.admin_window
    assert isinstance(admin, AdminWindow)
    row = list(admin.sections).index("journal")
    item = admin.nav.item(row)
    assert item.text() == "Journal"
    admin.nav.scrollToItem(item)
    center: QPoint = admin.nav.visualItemRect(item).center()
    qtbot.mouseClick(admin.nav.viewport(), Qt.MouseButton.LeftButton, pos=center)
    section = admin.sections["journal"]
    assert isinstance(section, JournalSection)
    qtbot.waitUntil(lambda: admin.stack.currentWidget() is section, timeout=3000)
    return admin, section


def test_the_owner_reads_filters_copies_and_saves_the_journal(
    qtbot: QtBot, counter: Counter, counter_log: Path, tmp_path: Path
) -> None:
    window = logged_in(qtbot, counter, "Marie")
    logging.getLogger("guichet.printing").warning("print job failed", extra={"error": "offline"})
    _admin, section = journal_of(qtbot, window)

    shown = section.text.toPlainText()
    assert section.log_file == counter_log
    assert "INFO guichet.login: login user=Marie Tremblay role=owner" in shown
    assert shown.splitlines()[-1].endswith("print job failed error=offline")  # newest last
    assert section.copy_button.isEnabled()

    section.level_combo.setCurrentIndex(section.level_combo.findData("serious"))
    assert section.text.toPlainText().splitlines() == [
        line for line in shown.splitlines() if " WARNING " in line
    ]

    QApplication.clipboard().clear()
    qtbot.mouseClick(section.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert copied.startswith(f"Guichet {__version__}\n")
    assert "Python 3.11" in copied and "Qt 6" in copied and "PySide6" in copied
    assert counter.terminal_name and f"Guichet\u00a0: {counter.terminal_name}" in copied
    assert "print job failed error=offline" in copied
    assert "login user=Marie" not in copied  # what is shown is what is copied
    assert "1 ligne copiée" in section.message.text()

    section.level_combo.setCurrentIndex(section.level_combo.findData("all"))
    saved = tmp_path / "pour-le-soutien.txt"
    section.save_to(saved)
    assert "login user=Marie Tremblay" in saved.read_text(encoding="utf-8")
    assert str(saved) in section.message.text()

    # Rafraîchir: the lines written since are there.
    logging.getLogger("guichet.sync").info("sync round", extra={"pushed": 3, "pulled": 0})
    qtbot.mouseClick(section.refresh_button, Qt.MouseButton.LeftButton)
    assert section.text.toPlainText().splitlines()[-1].endswith("sync round pushed=3 pulled=0")


def test_a_supervisor_is_refused_and_a_cashier_never_gets_there(
    qtbot: QtBot, counter: Counter, counter_log: Path
) -> None:
    window = logged_in(qtbot, counter, "Luc")
    admin, section = journal_of(qtbot, window)
    assert section.text.toPlainText() == ""
    assert section.message.text() == "Votre rôle ne permet pas cette opération."
    assert not section.copy_button.isEnabled() and not section.save_button.isEnabled()
    QApplication.clipboard().setText("avant")
    section.copy_for_support()
    assert QApplication.clipboard().text() == "avant"
    admin.close()
    counter.logout()
    window.close()

    cashier = logged_in(qtbot, counter, "Sophie")
    qtbot.keyClick(cashier, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    assert cashier.admin_window is None


def test_qt_warnings_reach_the_log(counter_log: Path) -> None:
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from guichet.ui.qtlog import log_qt_messages

    previous = log_qt_messages()
    try:
        qWarning("a widget without a parent")
    finally:
        qInstallMessageHandler(previous)  # type: ignore[arg-type]
    assert "WARNING guichet.qt: a widget without a parent" in counter_log.read_text("utf-8")
