"""The windows are tested as the application runs them: French catalogue installed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture(scope="session", autouse=True)
def french_ui(qapp: QApplication) -> None:
    from guichet.ui.app import install_language

    install_language(qapp, "fr")


@pytest.fixture(autouse=True)
def no_window_left_open(qapp: QApplication) -> object:
    """Each test starts with no window of an earlier one still shown: a dialog left open
    (a reserve's, a generation's) stays the active modal window, and the next test's keys
    went to it (the payment dialog never opened)."""
    yield None
    from PySide6.QtCore import QCoreApplication, QEvent

    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
