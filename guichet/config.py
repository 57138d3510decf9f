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

    # e.g. "tcp:192.168.1.50:9100", "usb:04b8:0202", "file:/dev/usb/lp0", "win:EPSON TM-T20"
    printer: str = ""
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


#: The check-in list this counter's door window scans for ("" or absent: every ticket).
DOOR_LIST = "door_list"


def remember(directory: Path, key: str, value: str) -> bool:
    """Keep ``value`` under ``key`` in the settings' ``extra`` (an empty value forgets it).

    Only that key is written: the rest of the file stays as it was, keys this version does not
    know included. An unreadable file is left alone (False): it holds the printer's address,
    and a window's choice is not worth losing that."""
    path = directory / SETTINGS_NAME
    raw: dict[str, object] = {}
    if path.exists():
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        if not isinstance(loaded, dict):
            return False
        raw = loaded
    extra = raw.get("extra")
    extra = dict(extra) if isinstance(extra, dict) else {}
    if value:
        extra[key] = value
    else:
        extra.pop(key, None)
    raw["extra"] = extra
    try:
        directory.mkdir(parents=True, exist_ok=True)
        tmp = directory / (SETTINGS_NAME + ".tmp")
        tmp.write_text(json.dumps(raw, indent=2, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        return False
    return True
