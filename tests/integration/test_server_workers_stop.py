"""Issue 21, part 9: killing the parent of ``guichet server --workers N`` (SIGKILL included)
leaves no worker serving on the port."""

from __future__ import annotations

import os
import signal
import socket
import time
from pathlib import Path

from tests.integration.test_sync_server import ServerProcess


def _children(pid: int) -> set[int]:
    """Every process whose parent is ``pid`` (read from /proc: psutil is not a dependency)."""
    found: set[int] = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # it exited while we looked
            continue
        # "pid (comm) state ppid ...": comm may hold spaces and parentheses.
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid:
            found.add(int(entry.name))
    return found


def _running(pid: int) -> bool:
    """Alive and not a zombie (an orphan's zombie waits for whoever adopts it to reap it)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def _poll(condition: object, seconds: float) -> bool:
    assert callable(condition)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return bool(condition())


def test_workers_exit_when_their_parent_is_killed(tmp_path: Path) -> None:
    server = ServerProcess(f"sqlite:///{tmp_path / 'server.sqlite3'}", workers=2)
    server.start()
    process = server.process
    assert process is not None
    workers: set[int] = set()
    try:
        # The workers (and multiprocessing's resource tracker) are the parent's children;
        # each worker has its own socket on the port, so wait until both are up.
        assert _poll(lambda: len(_children(process.pid)) >= 2, 30)
        workers |= _children(process.pid)
        assert workers and all(_running(pid) for pid in workers)
        assert _answers(server.port)

        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)

        # Polled, generously: what is asserted is that they go, not how fast.
        assert _poll(lambda: not any(_running(pid) for pid in workers), 30), [
            pid for pid in workers if _running(pid)
        ]
        assert _poll(lambda: not _answers(server.port), 10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
        for pid in workers:  # never leave a worker behind a failed test
            if not _running(pid):
                continue
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        server.process = None
