"""Pair a new counter with the central server and fill its database (the first sync)."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from guichet import __version__
from guichet.changes.entries import DATA_FORMAT
from guichet.changes.snapshot import snapshot_rows
from guichet.domain import versions
from guichet.models.base import utcnow
from guichet.models.db import open_local_database
from guichet.models.tables import OutboxEntry, SyncState
from guichet.sync import tls, updates
from guichet.sync.engine import ServerClient, SyncEngine, store_token
from guichet.sync.people import store_pepper
from guichet.sync.status import SyncError

log = logging.getLogger("guichet.sync")


@dataclass(frozen=True)
class PairedCounter:
    terminal_id: str
    organisation_id: str
    server_url: str
    applied: int  # rows received by the first sync


def pair_counter(
    database: Path,
    server_url: str,
    code: str,
    terminal_name: str,
    progress: Callable[[int, int], None] | None = None,
    *,
    fingerprint: str | None = None,
    insecure: bool = False,
) -> PairedCounter:
    """Exchange ``code`` for a device token (kept in the OS keyring), then pull everything.

    Plain http to another machine needs ``insecure`` (a network the organisation trusts);
    over https the server's certificate must have the ``fingerprint`` the server printed
    (or be vouched for by a public authority), and is pinned (guichet/sync/tls.py)."""
    server_url = server_url.rstrip("/")
    certificate = secure_channel(server_url, fingerprint, insecure)
    engine, factory = open_local_database(database)
    client = ServerClient(server_url, certificate=certificate)
    try:
        # Everything that can fail on this side is checked before the one-time code is spent.
        if _has_data(factory):
            raise SyncError("database_not_empty", str(database))
        _check_keyring()
        check_version(client)
        paired = client.pair(code, terminal_name)
        store_token(server_url, paired["terminal_id"], paired["token"])
        if isinstance(paired.get("pepper"), str):  # PIN hashes come peppered (SECURITY.md)
            store_pepper(server_url, paired["terminal_id"], paired["pepper"])
        client.token = paired["token"]
        # Written first, so a first sync cut off half-way resumes at the next start.
        with factory() as session, session.begin():
            session.add(SyncState(key="server_url", value=server_url))
            session.add(SyncState(key="terminal_id", value=paired["terminal_id"]))
            if certificate is not None:
                session.add(SyncState(key=tls.CERTIFICATE_KEY, value=certificate))
        engine_ = SyncEngine(factory, paired["terminal_id"], client)
        client.lease(str(uuid.uuid4()), [])  # its first allotments, before the first pull
        applied = engine_.pull(progress, alone=True)  # nothing to sell before it ends
        log.info(
            "paired with the server",
            extra={"server": server_url, "terminal_id": paired["terminal_id"], "rows": applied},
        )
        return PairedCounter(paired["terminal_id"], paired["organisation_id"], server_url, applied)
    except SyncError as error:
        log.warning("pairing failed", extra={"server": server_url, "error": error.code})
        raise
    finally:
        client.close()
        engine.dispose()


def secure_channel(server_url: str, fingerprint: str | None, insecure: bool) -> str | None:
    """Before anything is sent: plain http only to this machine or when declared trusted;
    over https, the certificate to pin (PEM). Refusals are SyncErrors with a code."""
    try:
        tls.check_url(server_url, insecure)
        if not server_url.startswith("https:"):
            return None
        return tls.pin(server_url, fingerprint)
    except tls.TlsRefusal as refusal:
        log.warning("pairing refused", extra={"server": server_url, "error": refusal.code})
        raise SyncError(refusal.code, str(refusal.params), refusal.params) from None
    except OSError as error:
        raise SyncError("unreachable", str(error)) from error


def _check_keyring() -> None:
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    if isinstance(keyring.get_keyring(), NoKeyring):
        raise SyncError("keyring_unavailable", "no system keyring to keep the device token")


def check_version(client: ServerClient) -> None:
    """Refuse before the one-time code is spent: a counter older than the server's minimum
    (the server would refuse it too), or one that could not read the server's data."""
    published = client.version()
    if published is None:
        return  # a server from before versions: it refuses nothing
    minimum = published.get("minimum_counter_version")
    if (
        isinstance(minimum, str)
        and versions.is_valid(minimum)
        and versions.older_than(__version__, minimum)
    ):
        raise SyncError(
            updates.TOO_OLD,
            f"this counter is {__version__}, the server requires {minimum}",
            {
                "version": __version__,
                "minimum": minimum,
                "download_url": str(published.get("download_url") or ""),
            },
        )
    data_format = published.get("data_format", DATA_FORMAT)
    if not isinstance(data_format, int) or data_format > DATA_FORMAT:
        raise SyncError(
            updates.FORMAT_NEWER,
            f"server data format {data_format}, this counter reads {DATA_FORMAT}",
            updates.format_newer(published, DATA_FORMAT).to_json(),
        )


def _has_data(factory: sessionmaker[Session]) -> bool:
    from guichet.services.setup import is_empty

    return not is_empty(factory)


def adopt_counter(
    factory: sessionmaker[Session],
    terminal_id: str,
    server_url: str,
    code: str,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """A standalone counter joins an empty server with an adoption code: it sends its whole
    database (organisation, events, sales...), receives a device token, and from then on
    syncs like any paired counter. Its outbox is already in what it sent: marked so."""
    server_url = server_url.rstrip("/")
    _check_keyring()
    client = ServerClient(server_url)
    try:
        check_version(client)
        with factory() as session:
            rows = list(snapshot_rows(session))
            last_sequence = session.scalar(select(func.max(OutboxEntry.sequence))) or 0
        sent = 0
        result: dict[str, object] = {}
        for start in range(0, max(len(rows), 1), 2000):
            page = rows[start : start + 2000]
            last = start + 2000 >= len(rows)
            result = client._call(
                "POST",
                "/adopt",
                json={"code": code, "terminal_id": terminal_id, "rows": page, "last": last},
            )
            sent += len(page)
            if progress:
                progress(sent, len(rows))
        token = str(result["token"])
        store_token(server_url, terminal_id, token)
        with factory() as session, session.begin():
            session.execute(
                update(OutboxEntry)
                .where(OutboxEntry.pushed_at.is_(None), OutboxEntry.sequence <= last_sequence)
                .values(pushed_at=utcnow(), push_status="adopted")
            )
            session.add(SyncState(key="server_url", value=server_url))
            session.add(SyncState(key="terminal_id", value=terminal_id))
            session.add(SyncState(key="cursor", value=int(str(result["cursor"]))))
            from guichet.models.tables import Terminal

            terminal = session.get(Terminal, terminal_id)
            if terminal is not None:  # from now on it sells what it is leased, like the server
                terminal.escrowed = True
        client.token = token
        client.lease(str(uuid.uuid4()), [])
        SyncEngine(factory, terminal_id, client).pull()  # its first allotments
        return sent
    finally:
        client.close()
