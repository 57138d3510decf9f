"""What the server says of versions (issue 19, part 8; docs/UPDATES.md).

The organisation sets, with ``guichet server admin updates``, the oldest counter version it
still accepts and where its counters download a newer one. Both live in the server's
``sync_state`` (a key-value table that is never replicated), under ``updates``: no schema
change, and every server process reads the same value, so a change applies at the next
request of every counter. ``GET /version``, the pairing answer and every pull publish them
with this server's own version and the change log's data format.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from guichet import __version__
from guichet.changes.entries import DATA_FORMAT
from guichet.domain import versions
from guichet.domain.errors import DomainError
from guichet.models.tables import SyncState

KEY = "updates"
#: The header every counter request carries (its own version).
HEADER = "Guichet-Version"
URL_MAX = 300
NBSP = "\u00a0"
_URL = re.compile(r"^(https?|file|smb)://\S+$|^\\\\[^\\\s]+\\.+$", re.IGNORECASE)


@dataclass(frozen=True)
class UpdatePolicy:
    minimum_counter_version: str | None = None
    download_url: str = ""

    def published(self) -> dict[str, Any]:
        """The body of ``GET /version`` (and the ``server`` part of pairing and pulls)."""
        return {
            "server_version": __version__,
            "minimum_counter_version": self.minimum_counter_version,
            "download_url": self.download_url,
            "data_format": DATA_FORMAT,
        }


def _policy(value: Any) -> UpdatePolicy:
    if not isinstance(value, dict):
        return UpdatePolicy()
    minimum = value.get("minimum_counter_version")
    url = value.get("download_url")
    return UpdatePolicy(
        minimum if isinstance(minimum, str) and versions.is_valid(minimum) else None,
        url if isinstance(url, str) else "",
    )


def load(engine: Engine) -> UpdatePolicy:
    """The organisation's policy, read on a connection of its own (one primary-key read)."""
    with engine.connect() as connection:
        value = connection.execute(select(SyncState.value).where(SyncState.key == KEY)).scalar()
    return _policy(value)


def current(factory: sessionmaker[Session]) -> UpdatePolicy:
    with factory() as session:
        row = session.get(SyncState, KEY)
        return _policy(row.value if row is not None else None)


def save(factory: sessionmaker[Session], policy: UpdatePolicy) -> None:
    value = {
        "minimum_counter_version": policy.minimum_counter_version,
        "download_url": policy.download_url,
    }
    with factory() as session, session.begin():
        row = session.get(SyncState, KEY)
        if row is None:
            session.add(SyncState(key=KEY, value=value))
        else:
            row.value = value


def check_counter(policy: UpdatePolicy, header: str | None) -> None:
    """Refuse a counter older than the minimum (``counter_too_old``, with what it needs to
    say so) or one whose version header is not a version. No header: a counter from before
    versions were sent, as old as can be."""
    if header is not None and not versions.is_valid(header):
        raise DomainError("counter_version_malformed", version=header[: versions.MAX_LENGTH])
    minimum = policy.minimum_counter_version
    if minimum is None:
        return
    if header is None or versions.older_than(header, minimum):
        raise DomainError(
            "counter_too_old",
            version=header or "",
            minimum=minimum,
            download_url=policy.download_url,
        )


# --- ``guichet server admin updates`` ------------------------------------------------------

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "server": f"Version du serveur{NBSP}: {{version}}",
        "format": f"Format des données{NBSP}: {{format}}",
        "minimum": f"Version minimale des guichets{NBSP}: {{minimum}}",
        "no_minimum": "aucune (tous les guichets sont acceptés)",
        "url": f"Téléchargement{NBSP}: {{url}}",
        "no_url": "non configuré",
        "bad_version": f"Numéro de version invalide{NBSP}: «{NBSP}{{text}}{NBSP}» (par exemple "
        "0.2.0 ou 1.4.0rc1).",
        "bad_url": f"Adresse de téléchargement invalide{NBSP}: «{NBSP}{{text}}{NBSP}» (une "
        "adresse https://… ou un dossier partagé \\\\serveur\\dossier, 300 caractères au plus).",
        "above_server": f"Attention{NBSP}: la version minimale ({{minimum}}) dépasse celle de ce "
        "serveur ({version})\u00a0; mettez le serveur à jour avant les guichets.",
    },
    "en": {
        "server": "Server version: {version}",
        "format": "Data format: {format}",
        "minimum": "Minimum counter version: {minimum}",
        "no_minimum": "none (every counter is accepted)",
        "url": "Download: {url}",
        "no_url": "not configured",
        "bad_version": "Not a version number: \u201c{text}\u201d (for example 0.2.0 or 1.4.0rc1).",
        "bad_url": "Not a download address: \u201c{text}\u201d (an https://… address or a shared "
        "folder \\\\server\\folder, 300 characters at most).",
        "above_server": "Warning: the minimum version ({minimum}) is above this server's "
        "({version}); upgrade the server before the counters.",
    },
}


def say(lang: str, key: str, **params: object) -> str:
    return WORDS.get(lang, WORDS["fr"])[key].format(**params)


def run(factory: sessionmaker[Session], args: argparse.Namespace, lang: str) -> int:
    """Show the settings, after changing those given."""
    policy = current(factory)
    minimum, url = policy.minimum_counter_version, policy.download_url
    if args.minimum_counter_version is not None:
        text = args.minimum_counter_version.strip()
        if text and not versions.is_valid(text):
            print(say(lang, "bad_version", text=text[:80]), file=sys.stderr)
            return 2
        minimum = str(versions.parse(text)) if text else None
    if args.download_url is not None:
        text = args.download_url.strip()
        if text and (len(text) > URL_MAX or not _URL.match(text) or not text.isprintable()):
            print(say(lang, "bad_url", text=text[:80]), file=sys.stderr)
            return 2
        url = text
    if (minimum, url) != (policy.minimum_counter_version, policy.download_url):
        policy = UpdatePolicy(minimum, url)
        save(factory, policy)
    print(say(lang, "server", version=__version__))
    print(say(lang, "format", format=DATA_FORMAT))
    print(say(lang, "minimum", minimum=policy.minimum_counter_version or say(lang, "no_minimum")))
    print(say(lang, "url", url=policy.download_url or say(lang, "no_url")))
    above = policy.minimum_counter_version
    if above is not None and versions.older_than(__version__, above):
        print(say(lang, "above_server", minimum=above, version=__version__), file=sys.stderr)
    return 0
