"""A counter the server refuses as too old says so on the login screen and in the sync status,
with the download place the organisation configured (issue 19, part 8).

Real widgets offscreen; the end-to-end test runs a real ``guichet server`` process (the
fixtures of tests/integration/test_sync_server.py) and the counter's real background sync.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from guichet import __version__
from guichet.services.counter import Counter
from guichet.sync.engine import SyncError, SyncStatus
from guichet.sync.updates import (
    FORMAT_NEWER,
    TOO_OLD,
    UpdateNotice,
    load_notice,
    notice_path,
    save_notice,
)
from guichet.ui.main_window import MainWindow
from guichet.ui.sync import PairDialog, SyncController, SyncStatusButton
from tests.integration.test_sync_server import (  # noqa: F401 - fixtures used by name
    MemoryKeyring,
    ServerProcess,
    guichet,
    memory_keyring,
    paired_counter,
    server,
    server_demo_file,
)
from tests.integration.test_updates_sync import URL, next_minor

NBSP = "\u00a0"


def notice(minimum: str = "0.2.0", url: str = URL) -> UpdateNotice:
    return UpdateNotice(TOO_OLD, __version__, minimum=minimum, download_url=url)


def status_with(update: UpdateNotice | None, **fields: object) -> SyncStatus:
    values: dict[str, object] = {
        "online": True,
        "waiting": 3,
        "last_success": None,
        "error": update.code if update else "",
        "rejected": 0,
        "update": update,
    }
    values.update(fields)
    return SyncStatus(**values)  # type: ignore[arg-type]


def test_the_login_screen_shows_the_kept_refusal_before_any_sync(
    qtbot: QtBot, counter: Counter
) -> None:
    """Written by the last sync round beside the database, read by the login screen at start
    (the counter is not even paired here: nothing asks the server)."""
    save_notice(notice_path(counter.session_factory), notice())
    window = MainWindow(counter)
    qtbot.addWidget(window)
    window.show()
    banner = window.login_page.update_banner
    assert banner.isVisible()
    assert banner.text() == (
        f"Une mise à jour de Guichet est nécessaire{NBSP}: ce guichet a la version "
        f"{__version__}, le serveur demande la version 0.2.0 au minimum. Les ventes continuent "
        "sur ce guichet et seront envoyées après la mise à jour. "
        f"Téléchargez-la{NBSP}: {URL}"
    )
    # The server accepts it again (upgraded, or the minimum lowered): the banner goes away.
    window.login_page.on_sync_status(status_with(None))
    assert not banner.isVisible()
    window.login_page.on_sync_status(status_with(notice(url="")))
    assert banner.isVisible() and banner.text().endswith("Demandez-la à votre responsable.")


def test_the_banner_in_english(qtbot: QtBot, make_counter: object, tmp_path: Path) -> None:
    counter = make_counter(lang="en")  # type: ignore[operator]
    save_notice(notice_path(counter.session_factory), notice())
    window = MainWindow(counter)
    qtbot.addWidget(window)
    window.show()
    assert window.login_page.update_banner.text() == (
        f"A Guichet update is required: this counter has version {__version__}, the server "
        "requires version 0.2.0 or later. Sales continue on this counter and will be sent "
        f"after the update. Download it: {URL}"
    )


def test_the_sync_status_says_it_and_opens_the_whole_sentence(qtbot: QtBot) -> None:
    button = SyncStatusButton("fr", "America/Toronto", clock=lambda: datetime.now(UTC))
    qtbot.addWidget(button)
    button.show_status(status_with(notice()))
    assert button.level == "error"
    assert button.full_text == f"Mise à jour requise{NBSP}: version 0.2.0 au minimum · 3 en attente"
    assert URL in button.toolTip() and "0.2.0 au minimum" in button.toolTip()
    box = button.explain_update()
    assert isinstance(box, QMessageBox) and URL in box.text()
    box.close()

    unreadable = UpdateNotice(FORMAT_NEWER, __version__, data_format=3, known_format=2)
    button.show_status(status_with(unreadable))
    assert button.full_text.startswith(f"Mise à jour requise{NBSP}: données du serveur illisibles")
    assert "(format 3)" in button.toolTip() and "(format 2)" in button.toolTip()

    # A newer version that is not required yet: a discreet word, the level stays "ok".
    button.show_status(status_with(None, newer_version="9.0.0", download_url=URL))
    assert button.level == "ok" and button.full_text.endswith("Version 9.0.0 disponible")
    assert "pas encore exigée" in button.toolTip() and URL in button.toolTip()
    assert button.explain_update() is None  # nothing required: the click only syncs


def test_the_pairing_dialog_says_the_same_sentence(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PairDialog(tmp_path / "guichet.sqlite3")
    qtbot.addWidget(dialog)
    refusal = SyncError(TOO_OLD, "", {"version": __version__, "minimum": "0.2.0",
                                      "download_url": URL})  # fmt: skip
    text = dialog.error_text(refusal)
    assert text.startswith(f"Une mise à jour de Guichet est nécessaire{NBSP}: ce guichet a")
    assert text.endswith(f"Téléchargez-la{NBSP}: {URL}")


def test_a_refused_counter_shows_the_banner_until_the_server_accepts_it(
    qtbot: QtBot,
    server: ServerProcess,  # noqa: F811 - the fixture
    tmp_path: Path,
    memory_keyring: MemoryKeyring,  # noqa: F811 - the fixture
) -> None:
    counter, engine = paired_counter(server, tmp_path, "Caisse A")
    counter.logout()
    guichet("server", "--db", server.db_url, "admin", "updates",
            "--minimum-counter-version", next_minor(), "--download-url", URL)  # fmt: skip
    controller = SyncController(engine, interval_ms=60_000)
    with qtbot.waitSignal(
        controller.statusChanged, timeout=15_000, check_params_cb=lambda s: s.update is not None
    ):
        window = MainWindow(counter, None, controller)  # starts the background sync
        qtbot.addWidget(window)
        window.show()
    banner = window.login_page.update_banner
    assert banner.isVisible() and URL in banner.text() and next_minor() in banner.text()
    assert window.sync_button.full_text.startswith(f"Mise à jour requise{NBSP}: version")
    assert load_notice(notice_path(counter.session_factory)) is not None

    # A restart before the next round: the login screen says it at once.
    again = MainWindow(counter)
    qtbot.addWidget(again)
    again.show()
    assert again.login_page.update_banner.isVisible()
    again.close()

    guichet("server", "--db", server.db_url, "admin", "updates", "--minimum-counter-version", "")
    with qtbot.waitSignal(
        controller.statusChanged, timeout=15_000, check_params_cb=lambda s: s.update is None
    ):
        controller.sync_now()
    assert not banner.isVisible()
    assert not window.sync_button.full_text.startswith("Mise à jour")
    controller.stop()
    assert controller.wait()
    window.close()
