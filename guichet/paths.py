"""Where the shipped resources (translations, images) live, however Guichet was installed.

- an installed wheel: ``guichet/resources/`` inside the package (setup.py copies the
  checkout's ``resources/`` there when it builds the wheel);
- the PyInstaller bundle: the spec puts them at the same place, ``guichet/resources/`` under
  ``sys._MEIPASS`` (``_internal/`` beside the program), and a ``resources/`` folder next to the
  program is accepted too, for a hand-made layout;
- a checkout or an editable install: the repository's ``resources/``.

No environment variable is needed; ``GUICHET_RESOURCES`` still wins when set (a venue trying
a fixed translation without reinstalling).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    # The package's own copy first: a wheel installed in site-packages must never pick up a
    # stray top-level ``resources/`` folder some other distribution left beside it.
    found = [_PACKAGE / "resources"]
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle:
            found.append(Path(bundle) / "guichet" / "resources")
            found.append(Path(bundle) / "resources")
        found.append(Path(sys.executable).resolve().parent / "resources")
    found.append(_PACKAGE.parent / "resources")
    return found


def resources_dir() -> Path:
    env = os.environ.get("GUICHET_RESOURCES")
    if env:
        return Path(env)
    candidates = _candidates()
    for candidate in candidates:
        if (candidate / "translations").is_dir():
            return candidate
    return candidates[-1]  # the checkout's, named in any error about a missing file


def translations_dir() -> Path:
    return resources_dir() / "translations"
