"""The counter's side of updates (issue 19, part 8; docs/UPDATES.md).

When the server refuses this counter as too old, or sends data in a format it cannot read,
sync stops and an :class:`UpdateNotice` says why, with the download place the organisation
configured. The notice is kept in a small file beside the database (``update-required.json``),
never in the database: the login screen shows it right after a start, before the next sync
round, and the database of a counter that must not read the server's data is not written
even for that. A sync the server accepts again removes the file.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from guichet import __version__
from guichet.domain import versions

NOTICE_FILE = "update-required.json"
#: The refusals that mean "this counter must be updated".
TOO_OLD = "counter_too_old"
FORMAT_NEWER = "data_format_newer"
CODES = (TOO_OLD, FORMAT_NEWER)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UpdateNotice:
    """Why this counter must be updated: ``code`` is ``counter_too_old`` (the server's
    minimum is above ``version``) or ``data_format_newer`` (the server's data format is
    above the one this counter reads)."""

    code: str
    version: str  # this counter's
    minimum: str = ""  # the server's minimum counter version ("" when not said)
    download_url: str = ""
    data_format: int = 0  # the server's (data_format_newer)
    known_format: int = 0  # this counter's (data_format_newer)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, value: Any) -> UpdateNotice | None:
        if not isinstance(value, dict) or value.get("code") not in CODES:
            return None

        def text(key: str) -> str:
            item = value.get(key, "")
            return item[:300] if isinstance(item, str) else ""

        def number(key: str) -> int:
            item = value.get(key, 0)
            return item if isinstance(item, int) and not isinstance(item, bool) else 0

        return cls(
            code=str(value["code"]),
            version=text("version") or __version__,
            minimum=text("minimum"),
            download_url=text("download_url"),
            data_format=number("data_format"),
            known_format=number("known_format"),
        )


def too_old(params: dict[str, Any]) -> UpdateNotice:
    """The server's ``counter_too_old`` refusal as a notice (this counter's version is its
    own, whatever the server echoed)."""
    minimum = str(params.get("minimum", ""))
    return UpdateNotice(
        TOO_OLD,
        __version__,
        minimum=minimum if versions.is_valid(minimum) else "",
        download_url=str(params.get("download_url", ""))[:300],
    )


def format_newer(server: dict[str, Any], known: int) -> UpdateNotice:
    minimum = server.get("minimum_counter_version")
    url = server.get("download_url")
    data_format = server.get("data_format")
    return UpdateNotice(
        FORMAT_NEWER,
        __version__,
        minimum=minimum if isinstance(minimum, str) and versions.is_valid(minimum) else "",
        download_url=url[:300] if isinstance(url, str) else "",
        data_format=data_format if isinstance(data_format, int) else 0,
        known_format=known,
    )


def newer_available(server: dict[str, Any]) -> str:
    """The server's version when it is newer than this counter's (an update exists but is
    not required yet); "" otherwise."""
    offered = server.get("server_version")
    if not isinstance(offered, str) or not versions.is_valid(offered):
        return ""
    return offered if versions.older_than(__version__, offered) else ""


def notice_path(factory: sessionmaker[Session]) -> Path | None:
    """``update-required.json`` beside the counter's database (None in memory)."""
    bind = factory.kw.get("bind")
    database = getattr(getattr(bind, "url", None), "database", None)
    if not database or database == ":memory:":
        return None
    return Path(database).parent / NOTICE_FILE


def load_notice(path: Path | None) -> UpdateNotice | None:
    if path is None:
        return None
    try:
        return UpdateNotice.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None  # none yet, or damaged: the next sync round says it again


def save_notice(path: Path | None, notice: UpdateNotice | None) -> None:
    """Keep ``notice`` (None: remove it). Written aside, then renamed over: a start never
    reads half a file."""
    if path is None:
        return
    try:
        if notice is None:
            path.unlink(missing_ok=True)
            return
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(notice.to_json(), ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)
    except OSError as error:  # a read-only folder: the status still says it this session
        log.warning("cannot keep the update notice in %s: %s", path, error)
