"""Where this counter keeps its data and its few settings."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from platformdirs import user_data_dir

DB_NAME = "guichet.sqlite3"
SETTINGS_NAME = "settings.json"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``GUICHET_DATA_DIR``, then the platform's data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("GUICHET_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir("guichet", "Guichet"))


@dataclass
class Settings:
    """Terminal settings (nothing secret: secrets go to the OS keyring)."""

    printer: str = ""  # e.g. "tcp:192.168.1.50:9100", "usb:04b8:0202", "file:/dev/usb/lp0"
    lang: str = "fr"
    paper_width: int = 48  # characters per line: 48 for 80 mm paper, 32 for 58 mm
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, directory: Path) -> Settings:
        path = directory / SETTINGS_NAME
        if not path.exists():
            return cls()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        tmp = directory / (SETTINGS_NAME + ".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False), encoding="utf-8")
        tmp.replace(directory / SETTINGS_NAME)
