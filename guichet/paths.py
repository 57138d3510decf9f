"""Where the shipped resources (translations, logo) live.

In a checkout or an editable install they are the repository's ``resources/``; a packaged
bundle sets ``GUICHET_RESOURCES`` (see packaging/).
"""

from __future__ import annotations

import os
from pathlib import Path


def resources_dir() -> Path:
    env = os.environ.get("GUICHET_RESOURCES")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"
