"""Every window of docs/screenshots renders in English too (``make screenshots`` makes both).

The builders find the demo's shows by their French names; an English screenshot shows
"Public swim" where the demo wrote "Bain libre" and must still find the same date.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from guichet.ui.app import install_language
from guichet.ui.screenshots import render_screenshot, window_names


@pytest.fixture
def english_then_french(qapp: QApplication) -> Iterator[None]:
    previous_locale = QLocale()
    try:
        yield
    finally:
        install_language(qapp, "fr")
        QLocale.setDefault(previous_locale)


@pytest.mark.parametrize("window", window_names())
def test_the_window_renders_in_english(
    window: str, tmp_path: Path, english_then_french: None
) -> None:
    path = tmp_path / f"{window}.png"
    render_screenshot(window, path, "en")
    image = QImage(str(path))
    assert image.width() >= 300 and image.height() >= 150, (window, image.size())
