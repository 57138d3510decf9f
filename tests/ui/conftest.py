"""The windows are tested as the application runs them: French catalogue installed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture(scope="session", autouse=True)
def french_ui(qapp: QApplication) -> None:
    from guichet.ui.app import install_language

    install_language(qapp, "fr")
