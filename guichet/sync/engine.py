"""The counter's side of sync, in plain Python (a QThread wrapper drives it in the UI).

Push: the outbox goes to the server in sequence order; the server answers each command
(accepted, rejected, conflict) and the answer is written on the outbox row, so nothing is
ever sent twice once answered, and a command whose answer was lost (connection dropped
after the server committed) is simply sent again: the server returns its first answer.

Pull: pages of the server's change log since this counter's cursor overwrite the local
cache. A pull is applied only when every local command has been answered, inside a write
transaction, so a sale made meanwhile can never be overwritten by an older server count.
"""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from guichet import __version__
from guichet.changes.apply import apply_entries
from guichet.changes.entries import DATA_FORMAT, TERMINAL_COUNTERS
from guichet.models.base import utcnow
from guichet.models.tables import OutboxEntry, SyncState, Terminal
from guichet.sync import clock as clocks
from guichet.sync import tls, updates
from guichet.sync.recovery import last_recovery, recover
from guichet.sync.status import SyncError as SyncError
from guichet.sync.status import SyncStatus as SyncStatus  # re-exported, as before
from guichet.sync.synclog import RoundLog
from guichet.sync.updates import UpdateNotice

PUSH_BATCH = 200
LEASE_EVERY = timedelta(seconds=30)
PULL_PAGE = 5000
KEYRING_SERVICE = "guichet"


PUSH_SECONDS_PER_COMMAND = 0.05
#: Times a push gets back in step with the server before it gives up until the next cycle.
MAX_RECOVERIES = 3


def certificate_changed(url: str, certificate_pem: str) -> SyncError:
    """The SyncError for a server whose certificate is not the pinned one (the one it shows
    now is read, nothing is sent to it)."""
    try:
        presented = tls.fingerprint(tls.presented_certificate(url, timeout=3.0))
    except (OSError, tls.TlsRefusal):
        presented = ""
    pinned = tls.fingerprint_of_pem(certificate_pem)
    return SyncError(
        "server_certificate_changed",
        f"pinned {pinned}, presented {presented or '?'}",
        {"expected": pinned, "presented": presented},
    )


class ServerClient:
    """HTTP to the central server; every failure becomes a :class:`SyncError`."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        timeout: float = 5.0,
        certificate: str | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        # A paired counter trusts the certificate it pinned at pairing, nothing else.
        self.certificate = certificate
        verify: Any = True
        if certificate and self.base_url.startswith("https:"):
            verify = tls.pinned_context(certificate)
        self.http = httpx.Client(base_url=self.base_url, timeout=timeout, verify=verify)
        #: The server's time at its last answer (guichet/sync/clock.py).
        self.server_date: clocks.ServerDate | None = None

    def close(self) -> None:
        self.http.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        # Every request says which version asks: the server refuses one older than the
        # organisation's minimum (docs/UPDATES.md).
        headers = {"Guichet-Version": __version__}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            with self.http.stream(method, path, headers=headers, **kwargs) as response:
                # Read into a buffer of our own: a response keeps the body it read, and it
                # sits in reference cycles that only the garbage collector frees (a first
                # sync collects rarely: see _FirstSync), 4 MB a page.
                body = b"".join(response.iter_bytes())
        except httpx.TimeoutException as error:
            raise SyncError("timeout", str(error)) from error
        except httpx.HTTPError as error:
            if self.certificate and "CERTIFICATE_VERIFY_FAILED" in str(error):
                raise certificate_changed(self.base_url, self.certificate) from error
            raise SyncError("unreachable", str(error)) from error
        self.server_date = clocks.server_date(response.headers.get("date")) or self.server_date
        if response.status_code in (400, 401, 403, 426, 429):
            try:
                detail = json.loads(body).get("detail", {})
            except (ValueError, AttributeError):  # not our server's JSON (a proxy's page)
                raise SyncError("refused", f"HTTP {response.status_code}") from None
            code = detail.get("code", "refused") if isinstance(detail, dict) else "refused"
            params = detail.get("params") if isinstance(detail, dict) else None
            raise SyncError(str(code), str(detail), params if isinstance(params, dict) else None)
        if response.status_code >= 400:
            raise SyncError("server_error", f"HTTP {response.status_code}")
        try:
            return json.loads(body)
        except ValueError:
            raise SyncError("server_error", "not JSON") from None

    def health(self) -> dict[str, Any]:
        result: dict[str, Any] = self._call("GET", "/health")
        return result

    def version(self) -> dict[str, Any] | None:
        """The server's ``/version`` (what it expects of counters); None from a server that
        publishes none (older than versions)."""
        try:
            result = self._call("GET", "/version")
        except SyncError as error:
            if error.code == "server_error" and error.detail == "HTTP 404":
                return None
            raise
        return result if isinstance(result, dict) else None

    def pair(self, code: str, terminal_name: str) -> dict[str, Any]:
        result: dict[str, Any] = self._call(
            "POST", "/pair", json={"code": code, "terminal_name": terminal_name}
        )
        return result

    def push(self, envelopes: list[dict[str, Any]]) -> list[dict[str, Any]]:
        # The server applies a batch in one transaction: give it time in proportion (a
        # batch cut short by the timeout is still applied, and its repeat answered at once).
        answers: list[dict[str, Any]] = self._call(
            "POST",
            "/push",
            json={"envelopes": envelopes},
            timeout=self.timeout + PUSH_SECONDS_PER_COMMAND * len(envelopes),
        )["answers"]
        return answers

    def card_verdict(self, code: str, activity_id: str | None) -> dict[str, Any]:
        params = {"activity_id": activity_id} if activity_id else {}
        from urllib.parse import quote

        result: dict[str, Any] = self._call(
            "GET", f"/cards/{quote(code, safe='')}/verdict", params=params
        )
        return result

    def ticket_verdict(self, code: str, list_id: str | None) -> dict[str, Any]:
        """What the server knows of a code a door scanned: the ticket as every counter has
        pushed it, its first entry at any door, or what else the code is (docs/TICKETS.md)."""
        from urllib.parse import quote

        params = {"list_id": list_id} if list_id else {}
        result: dict[str, Any] = self._call(
            "GET", f"/tickets/{quote(code, safe='')}/verdict", params=params
        )
        return result

    def pairing_code(self, user_id: str) -> str:
        """A one-time code for the next counter, asked by a supervisor (back office)."""
        result: dict[str, Any] = self._call("POST", "/pairing-codes", json={"user_id": user_id})
        return str(result["code"])

    def lease(self, request_id: str, releases: list[dict[str, Any]]) -> int:
        result: dict[str, Any] = self._call(
            "POST", "/lease", json={"request_id": request_id, "releases": releases}
        )
        return int(result["granted"])

    def changes(self, since: int, limit: int = PULL_PAGE) -> dict[str, Any]:
        result: dict[str, Any] = self._call(
            "GET", "/changes", params={"since": since, "limit": limit}
        )
        return result


def _get(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(SyncState, key)
    return default if row is None else row.value


def _set(session: Session, key: str, value: Any) -> None:
    row = session.get(SyncState, key)
    if row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value


class SyncEngine:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        terminal_id: str,
        client: ServerClient,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.session_factory = session_factory
        self.terminal_id = terminal_id
        self.client = client
        self.clock = clock
        self.online = False
        self.error = ""
        self.round_log = RoundLog()
        self._last_lease: datetime | None = None
        # The last refusal, kept beside the database: known before the first round.
        self.notice_file = updates.notice_path(session_factory)
        self.update: UpdateNotice | None = updates.load_notice(self.notice_file)
        self.newer_version = self.download_url = ""
        self.clock_skew: timedelta | None = None  # this counter's clock minus the server's

    # --- push -------------------------------------------------------------------------

    def waiting(self) -> int:
        with self.session_factory() as session:
            return int(
                session.scalar(
                    select(func.count())
                    .select_from(OutboxEntry)
                    .where(OutboxEntry.pushed_at.is_(None))
                )
                or 0
            )

    def push(self) -> int:
        """Send every unanswered command, in order; returns how many were answered. Out of
        step with the server, this counter gets back in step from what the server says
        (:mod:`guichet.sync.recovery`) and sends again, a few times at most per push."""
        answered = recoveries = 0
        while True:
            with self.session_factory() as session:
                batch = session.scalars(
                    select(OutboxEntry)
                    .where(OutboxEntry.pushed_at.is_(None))
                    .order_by(OutboxEntry.sequence)
                    .limit(PUSH_BATCH)
                ).all()
                envelopes = [
                    {
                        "command_id": e.command_id,
                        "command_type": e.command_type,
                        "terminal_id": e.terminal_id,
                        "sequence": e.sequence,
                        "occurred_at": e.occurred_at.isoformat(),
                        "user_id": e.user_id,
                        "payload": e.payload,
                        "numbers": e.numbers,
                    }
                    for e in batch
                ]
            if not envelopes:
                return answered
            answers = self.client.push(envelopes)
            progressed = 0
            with self.session_factory() as session, session.begin():
                for answer in answers:
                    if answer["status"] == "out_of_sequence":
                        continue
                    entry = session.scalars(
                        select(OutboxEntry).where(OutboxEntry.command_id == answer["command_id"])
                    ).one()
                    entry.pushed_at = self.clock()
                    entry.push_status = answer["status"]
                    entry.push_reason = answer.get("reason", "")[:64]
                    progressed += 1
            answered += progressed
            behind = next((a for a in answers if a["status"] == "out_of_sequence"), None)
            if behind is not None and recoveries < MAX_RECOVERIES:
                recoveries += 1
                if recover(self.session_factory, self.terminal_id, behind.get("details"),
                           self.clock()) is not None:  # fmt: skip
                    continue
            if progressed == 0:
                expected = next((a.get("details", {}).get("expected") for a in answers), None)
                raise SyncError("out_of_sequence", f"server expects sequence {expected}")

    # --- pull -------------------------------------------------------------------------

    def pull(
        self, progress: Callable[[int, int], None] | None = None, *, alone: bool = False
    ) -> int:
        """Apply the server's changes since the cursor; returns how many were applied.

        The next page is fetched while this one is written (one page ahead, never more), so
        a first sync costs about the larger of the network and the disk, not their sum.

        A first sync (from cursor 0, or resuming one that was cut off) is written in bulk:
        see :class:`_FirstSync`. Every transaction still checks that no command waits to be
        pushed and writes the cursor of its last page, so a cut-off sync resumes there.
        ``alone``: nothing else writes to the database meanwhile (the pairing dialog), so
        its transactions need not be kept short for a sale that would wait."""
        from concurrent.futures import Future, ThreadPoolExecutor

        applied = 0
        with self.session_factory() as reading:
            cursor = int(_get(reading, "cursor", 0))
            first = cursor == 0 or _get(reading, FIRST_SYNC) is not None
        bulk = _FirstSync(self.session_factory, alone) if first else None
        session: Session | None = None
        try:
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull") as fetcher:
                ahead: Future[dict[str, Any]] = fetcher.submit(self.client.changes, cursor)
                while True:
                    try:
                        page = ahead.result()
                        self._readable(page)
                    except BaseException:
                        if session is not None:  # keep the pages already written
                            _commit_whole(session)
                        raise
                    if page.get("snapshot_required"):
                        cursor = 0  # too old: replay the whole log from the start
                        ahead = fetcher.submit(self.client.changes, cursor)
                        continue
                    if page["more"]:
                        ahead = fetcher.submit(self.client.changes, int(page["cursor"]))
                    if session is None:
                        session = bulk.begin() if bulk else self.session_factory()
                        session.begin()
                        # Foreign keys are checked when the pages commit, not row by row:
                        # what a transaction on the server wrote is whole here too, in
                        # whatever order its rows come within the pages applied together.
                        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
                        # The write transaction holds the database: no sale can slip in
                        # between the check and the overwrite.
                        pending = session.scalar(
                            select(func.count())
                            .select_from(OutboxEntry)
                            .where(OutboxEntry.pushed_at.is_(None))
                        )
                        if pending:
                            return applied  # push first; the next cycle pulls
                        if bulk is not None:
                            bulk.start(session)
                    changes = page["changes"]
                    known_here = session.get(Terminal, self.terminal_id) is not None
                    for change in changes:
                        if change["entity"] == "terminal" and change["data"]:
                            own = change["entity_id"] == self.terminal_id
                            change["data"]["is_local"] = own
                            if own and known_here:
                                # Its name, profile and venue are what the server says (an
                                # `admin terminal` change reaches it); its numbering stays
                                # its own: only this counter advances it.
                                change["data"] = {
                                    k: v
                                    for k, v in change["data"].items()
                                    if k not in TERMINAL_COUNTERS
                                }
                    applied += apply_entries(session, changes, keep=set(), fresh=bulk is not None)
                    cursor = int(page["cursor"])
                    _set(session, "cursor", cursor)
                    if bulk is not None and not page["more"]:
                        bulk.finish(session)
                    if bulk is None or not page["more"] or bulk.due(len(changes)):
                        _commit_whole(session)
                        session.close()
                        session = None
                    if progress:
                        progress(applied, applied + (PULL_PAGE if page["more"] else 0))
                    if not page["more"]:
                        return applied
        finally:
            if session is not None:
                session.close()  # rolls back what was not committed
            if bulk is not None:
                bulk.close()

    def _readable(self, page: dict[str, Any]) -> None:
        """Refuse a page in a data format newer than this counter reads, before any of it
        is written (a server from before formats were published sends the first one)."""
        server = page.get("server")
        if not isinstance(server, dict):
            return
        self.newer_version = updates.newer_available(server)
        url = server.get("download_url")
        self.download_url = url[:300] if isinstance(url, str) else ""
        data_format = server.get("data_format", DATA_FORMAT)
        if not isinstance(data_format, int) or data_format > DATA_FORMAT:
            notice = updates.format_newer(server, DATA_FORMAT)
            raise SyncError(
                updates.FORMAT_NEWER,
                f"server data format {data_format}, this counter reads {DATA_FORMAT}",
                notice.to_json(),
            )

    # --- escrow -------------------------------------------------------------------------

    def _low(self) -> bool:
        """An allotment of places of a coming occurrence is down to its last place (reserve
        and promotion allotments wait for the half-minute lease: they are used rarely, and
        a reserve held whole by the counters would ask at every cycle)."""
        from guichet.models.tables import Allotment, Occurrence

        with self.session_factory() as session:
            return (
                session.scalar(
                    select(func.count())
                    .select_from(Allotment)
                    .join(Occurrence, Occurrence.id == Allotment.occurrence_id)
                    .where(
                        Allotment.terminal_id == self.terminal_id,
                        Allotment.kind.in_(("places", "alacarte")),
                        Allotment.granted - Allotment.used <= 1,
                        Occurrence.ends_at > self.clock(),
                    )
                )
                or 0
            ) > 0

    def _releases(self, session: Session, now: datetime) -> list[dict[str, Any]]:
        """Give up, in this local transaction, what this counter can no longer use: places
        and reserve quantities of occurrences that are over, reserves no longer drawn from
        at counters, quotas of promotions no longer in force or no longer limited."""
        from zoneinfo import ZoneInfo

        from guichet.domain import escrow
        from guichet.models.tables import Allotment, Occurrence, Organisation, Promotion, Reserve
        from guichet.services.pricing import promotion_from_row

        terminal = session.get(Terminal, self.terminal_id)
        org = session.get(Organisation, terminal.organisation_id) if terminal else None
        today = now.astimezone(ZoneInfo(org.timezone if org else "UTC")).date()
        releases = []
        for row, ends_at in session.execute(
            select(Allotment, Occurrence.ends_at)
            .outerjoin(Occurrence, Occurrence.id == Allotment.occurrence_id)
            .where(
                Allotment.terminal_id == self.terminal_id,
                Allotment.granted > Allotment.used,
            )
            .order_by(Allotment.id)
        ).all():
            over = ends_at is not None and ends_at <= now
            if row.kind == escrow.RESERVE:
                reserve = session.get(Reserve, row.subject_id) if row.subject_id else None
                keep = reserve is not None and escrow.reserve_leasable(
                    active=reserve.active,
                    with_access=reserve.kind == "with_access",
                    occurrence_over=over,
                )
            elif row.kind == escrow.PROMOTION:
                promotion = session.get(Promotion, row.subject_id) if row.subject_id else None
                rule = promotion_from_row(promotion) if promotion is not None else None
                keep = (
                    promotion is not None
                    and rule is not None
                    and escrow.promotion_leasable(
                        enabled=promotion.enabled,
                        max_tickets=promotion.max_tickets,
                        starts=None,  # one that starts later is kept for then
                        expires=rule.expires,
                        today=today,
                        horizon_end=today,
                        profiles=rule.targeting.terminal_profiles,
                        profile=terminal.profile if terminal else None,
                    )
                )
            else:
                keep = not over
            if keep:
                continue
            releases.append(
                {
                    "kind": row.kind,
                    "occurrence_id": row.occurrence_id,
                    "subject_id": row.subject_id,
                    "count": row.granted - row.used,
                }
            )
            row.granted = row.used
        return releases

    def lease(self) -> int:
        """Give back what this counter can no longer use (see :meth:`_releases`), then ask
        for top-ups.

        The counter first removes what it gives back from its own allotments, in one local
        transaction, and keeps the request (with its id) until the server has it: a release
        is never used twice and never lost."""
        import uuid

        now = self.clock()
        with self.session_factory() as session, session.begin():
            pending = _get(session, "lease_pending")
            if pending is None:
                releases = self._releases(session, now)
                pending = {"request_id": str(uuid.uuid4()), "releases": releases}
                _set(session, "lease_pending", pending)
        granted = self.client.lease(pending["request_id"], pending["releases"])
        with self.session_factory() as session, session.begin():
            state = session.get(SyncState, "lease_pending")
            if state is not None:
                session.delete(state)
        return granted

    # --- a whole cycle ----------------------------------------------------------------

    def sync(self) -> SyncStatus:
        try:
            pushed = self.push()
            # Leases are asked every half-minute (or when this counter runs low), not every
            # cycle: cycles come every second or so to show other counters' sales quickly.
            # None while an update is required: what is leased would arrive by a pull.
            now = self.clock()
            due = self._last_lease is None or now - self._last_lease > LEASE_EVERY
            if self.update is None and (due or self._low()):
                self.lease()
                self._last_lease = now
            pulled = self.pull()
            self.online, self.error = True, ""
            self.round_log.success(pushed, pulled)
            with self.session_factory() as session, session.begin():
                _set(session, "last_success", self.clock().isoformat())
            self._set_update(None)
        except SyncError as error:
            self.online = error.code not in ("unreachable", "timeout")
            self.error = error.code
            self.round_log.failure(error.code)
            if error.code == updates.TOO_OLD:
                self._set_update(updates.too_old(error.params))
            elif error.code == updates.FORMAT_NEWER:
                self._set_update(UpdateNotice.from_json(error.params))
        # Measured at every cycle, from the last answer the server gave (even a refusal).
        self.clock_skew = clocks.skew(getattr(self.client, "server_date", None), self.clock())
        return self.status()

    def _set_update(self, notice: UpdateNotice | None) -> None:
        """Remember (or forget) that this counter must be updated, beside the database."""
        if notice != self.update:
            updates.save_notice(self.notice_file, notice)
        self.update = notice

    def status(self) -> SyncStatus:
        with self.session_factory() as session:
            last = _get(session, "last_success")
            rejected = int(
                session.scalar(
                    select(func.count())
                    .select_from(OutboxEntry)
                    .where(OutboxEntry.push_status == "rejected")
                )
                or 0
            )
            recovered = last_recovery(session) or {}
        from guichet.models.tables import Conflict

        with self.session_factory() as session:
            conflicts = int(
                session.scalar(
                    select(func.count()).select_from(Conflict).where(Conflict.status == "open")
                )
                or 0
            )
        return SyncStatus(
            conflicts=conflicts,
            online=self.online,
            waiting=self.waiting(),
            last_success=datetime.fromisoformat(last) if last else None,
            error=self.error,
            rejected=rejected,
            update=self.update,
            newer_version=self.newer_version,
            download_url=self.download_url,
            clock_skew_minutes=clocks.told_minutes(self.clock_skew),
            recovered_at=_moment(recovered.get("at")),
            renumbered=int(recovered.get("renumbered") or 0),
        )


def _moment(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


#: Kept in sync_state while a first sync runs: one cut off resumes in bulk too (see
#: _FirstSync.start).
FIRST_SYNC = "first_sync"


def _commit_whole(session: Session) -> None:
    """Commit pulled pages; if a row still points at one the log never sent, say which
    (table, row and the table it needs) instead of SQLite's bare "FOREIGN KEY constraint
    failed", and write nothing of those pages: the next round pulls them again."""
    raw = session.connection().connection.dbapi_connection
    try:
        session.commit()
    except IntegrityError as error:
        missing: list[Any] = []
        if raw is not None and raw.in_transaction:  # a refused COMMIT leaves it open
            missing = raw.execute("PRAGMA foreign_key_check").fetchmany(5)
        session.rollback()
        if missing:
            error.add_note(
                "rows pulled without the row they refer to: "
                + "; ".join(
                    f"{table} row {rowid} needs {parent}" for table, rowid, parent, _ in missing
                )
            )
        raise


class _FirstSync:
    """How a first sync writes a million rows quickly, on one connection held throughout.

    - Transactions of many pages: random ids and codes put each page's rows all over the
      two unique indexes of the cards, and every commit writes again each index page its
      rows touched; a commit per 5,000 rows wrote the whole index two hundred times.
    - A bigger page cache for the duration (``CACHE_KB``), restored after: the indexes
      stay in memory.
    - Rows go in with a plain INSERT, the upsert only for a run where some row is already
      there (:func:`~guichet.changes.apply.apply_entries`, ``fresh``).

    Durability is unchanged (same journal, same synchronous setting): a crash loses the
    transaction in progress only, and the cursor written with it says where to resume."""

    ROWS = 200_000
    #: With other windows open (a cut-off first sync resumed in the background), a sale
    #: waits for the transaction in progress: it is kept under SQLite's busy timeout.
    SECONDS = 2.5
    CACHE_KB = 96_000

    def __init__(self, session_factory: sessionmaker[Session], alone: bool) -> None:
        self.session_factory = session_factory
        self.seconds = None if alone else self.SECONDS
        self.connection = session_factory.kw["bind"].connect()
        raw = self.connection.connection.dbapi_connection
        assert raw is not None
        self.raw = raw
        self.cache_size = int(raw.execute("PRAGMA cache_size").fetchone()[0])
        raw.execute(f"PRAGMA cache_size=-{self.CACHE_KB}")
        self.rows, self.began = 0, time.monotonic()
        # Pages decode into millions of short-lived dicts (freed by their reference counts,
        # no cycles): the collector's passes over them cost a tenth of the decoding. Fewer
        # passes for the duration (the threshold is the process's: given back at the end).
        self.gc_threshold = gc.get_threshold()
        gc.set_threshold(max(self.gc_threshold[0], 100_000), *self.gc_threshold[1:])

    def begin(self) -> Session:
        self.rows, self.began = 0, time.monotonic()
        return self.session_factory(bind=self.connection)

    def start(self, session: Session) -> None:
        """Marks the first sync as under way: one cut off resumes in bulk too."""
        if session.get(SyncState, FIRST_SYNC) is None:
            session.add(SyncState(key=FIRST_SYNC, value={}))

    def due(self, rows: int) -> bool:
        """Commit now?"""
        self.rows += rows
        return self.rows >= self.ROWS or (
            self.seconds is not None and time.monotonic() - self.began >= self.seconds
        )

    def finish(self, session: Session) -> None:
        """The last page is in: the first sync is over."""
        state = session.get(SyncState, FIRST_SYNC)
        if state is not None:
            session.delete(state)

    def close(self) -> None:
        gc.set_threshold(*self.gc_threshold)
        try:
            self.raw.execute(f"PRAGMA cache_size={self.cache_size}")
        finally:
            self.connection.close()


def store_token(server_url: str, terminal_id: str, token: str) -> None:
    """The device token lives in the OS keyring, never in a plain file."""
    import keyring

    keyring.set_password(KEYRING_SERVICE, f"{server_url.rstrip('/')}|{terminal_id}", token)


def load_token(server_url: str, terminal_id: str) -> str | None:
    import keyring

    return keyring.get_password(KEYRING_SERVICE, f"{server_url.rstrip('/')}|{terminal_id}")
