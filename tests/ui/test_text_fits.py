"""Issue 16 parts 5 and 6: no text is cut in any window, at 1366×768 and 1920×1080, French and
English, and no French is left in an English window.

Every window of docs/screenshots is built on the demo (as ``make screenshots`` builds it), shown
at each screen size, painted, then walked: a label, button, tab, header, list or table cell whose
text is wider (or, wrapped, taller) than its widget, two texts drawn over one another, a window
larger than the screen, or a text the window shortened with "…" fails the test with a sentence
saying which. The English run is also the check that every screenshot renders in English (the
builders find the demo's shows by their French names) and that it holds no French word, date
or number (tests/ui/test_english_mode.py says what counts as French): one build per window
and language for both checks keeps the suite inside its time.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from guichet.ui import screenshots
from guichet.ui.app import install_language
from guichet.ui.fit import recording_shortened_texts
from guichet.ui.screenshots import built_window, settle, window_names
from tests.ui.test_english_mode import french_left
from tests.ui.test_input_limits import problems_of as input_problems
from tests.ui.text_fit import cut_texts

SCREENS = ((1366, 768), (1920, 1080))


@pytest.fixture
def runtimes(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """The runtimes the builders start (their data tells names from leftovers); French back
    after an English run."""
    started: list[Any] = []
    real_start = screenshots.start

    def start(*args: Any, **kwargs: Any) -> Any:
        runtime = real_start(*args, **kwargs)
        started.append(runtime)
        return runtime

    monkeypatch.setattr(screenshots, "start", start)
    previous_locale = QLocale()
    try:
        yield started
    finally:
        install_language(qapp, "fr")
        QLocale.setDefault(previous_locale)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("window", window_names())
def test_no_text_is_cut(window: str, lang: str, runtimes: list[Any]) -> None:
    problems: list[str] = []
    with built_window(window, lang) as widget:
        if lang == "en":
            problems += [
                f"French left: {text}" for text in french_left(window, widget, runtimes[-1])
            ]
        else:  # issue 21, part 8: every input limited by its column (tests/ui/test_input_limits)
            problems += [f"input: {problem}" for problem in input_problems(widget)]
        for width, height in SCREENS:
            if widget.isWindow() and not widget.inherits("QDialog"):
                widget.resize(width, height)
                settle()
            with recording_shortened_texts() as shortened:
                image = widget.grab()
            assert image.width() >= 200 and image.height() >= 80, (window, image.size())
            found = cut_texts(widget, (width, height))
            found += [f"shortened {whole!r} to {shown!r}" for whole, shown in shortened]
            problems += [f"{width}×{height}: {problem}" for problem in dict.fromkeys(found)]
    assert not problems, f"{window} ({lang}) cuts text or keeps French:\n" + "\n".join(problems)
