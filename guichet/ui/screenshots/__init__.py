"""``guichet --screenshot FILE --window NAME``: render a window offscreen with demo data.

Each module of this package registers its windows' builders with
:func:`~guichet.ui.screenshots.registry.screenshot`; they are listed once, here, in
``BUILDER_MODULES``. The demo runs in a throw-away data folder on Saturday 5 December 2026 at
19 h 30, so pictures are repeatable. The folder is opened by :func:`guichet.startup.start`
(the application's own start-up), never by a window.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from guichet.startup import start
from guichet.ui.screenshots import (
    admin,
    alacarte,
    cards,
    conflicts,
    counter,
    dialogs,
    door,
    exchange,
    journal,
    more_dialogs,
    redeem,
    setup,
    sync,
    tickets,
    updates,
)
from guichet.ui.screenshots.registry import (
    SCREENSHOT_DAY,
    SCREENSHOT_NOW,
    SCREENSHOTS,
    SEATED_SCREENSHOTS,
    SIZE,
    ScreenshotContext,
    settle,
    window_names,
)

#: The modules whose builders make the pictures (importing them registers their windows).
BUILDER_MODULES = (
    counter,
    admin,
    alacarte,
    cards,
    conflicts,
    dialogs,
    door,
    exchange,
    journal,
    more_dialogs,
    redeem,
    setup,
    sync,
    tickets,
    updates,
)

__all__ = [
    "BUILDER_MODULES",
    "built_window",
    "render_screenshot",
    "settle",
    "start",
    "window_names",
]


_DEMO_FOLDERS: dict[bool, Path] = {}


def _demo_folder(seating: bool) -> Path:
    """A data folder holding the screenshots' demo, made once per process and copied for each
    window (loading the demo is most of a window's build time; every window needs it fresh)."""
    if seating not in _DEMO_FOLDERS:
        folder = Path(tempfile.mkdtemp(prefix="guichet-demo-"))
        atexit.register(shutil.rmtree, folder, True)
        # The builders make the promotions they show (the demo's own would clash).
        start(
            folder,
            demo=True,
            clock=lambda: SCREENSHOT_NOW,
            demo_day=SCREENSHOT_DAY,
            demo_promotions=False,
            demo_seating=seating,
        ).close()
        _DEMO_FOLDERS[seating] = folder
    return _DEMO_FOLDERS[seating]


@contextmanager
def built_window(name: str, lang: str = "fr") -> Iterator[QWidget]:
    """The window ``name`` built on a throw-away demo, shown at the screenshots' size."""
    from guichet.ui.app import create_application

    create_application(lang)
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(_demo_folder(name in SEATED_SCREENSHOTS), tmp, dirs_exist_ok=True)
        runtime = start(Path(tmp), lang=lang, clock=lambda: SCREENSHOT_NOW)
        try:
            widget = SCREENSHOTS[name](ScreenshotContext(runtime, lang))
            if widget.isWindow() and not widget.inherits("QDialog"):
                widget.resize(*SIZE)
            widget.show()
            settle()
            try:
                yield widget
            finally:
                widget.close()
                widget.deleteLater()
                # Deleted now, not at some later turn of the loop: a closed window's timers
                # would otherwise fire on the next window's (already removed) data folder.
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                settle()
        finally:
            runtime.close()


def render_screenshot(name: str, path: Path, lang: str = "fr") -> None:
    with built_window(name, lang) as widget:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not widget.grab().save(str(path)):
            raise OSError(f"cannot write {path}")
