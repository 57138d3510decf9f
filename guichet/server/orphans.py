"""A worker of ``guichet server --workers N`` stops when the process that started it is gone.

The parent stops its workers when it is asked to (SIGTERM, Ctrl+C), but a parent killed
outright (SIGKILL, the OOM killer, a crash) runs no code: ``daemon=True`` only acts on a
normal exit. Workers would then keep serving on the port, outside any supervision, and a new
``guichet server`` would share the port with them (SO_REUSEPORT). Two guards, either enough:

- Linux: ``prctl(PR_SET_PDEATHSIG, SIGTERM)``: the kernel sends SIGTERM when the parent dies,
  and uvicorn stops gracefully on it.
- Everywhere: multiprocessing gives a spawned child the read end of a pipe whose write end
  only the parent holds (``parent_process().sentinel``); it becomes readable when the parent
  exits however it exits. A thread waits on it, asks the server to stop, and ends the process
  outright if a request keeps it from stopping within ``grace`` seconds.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable

PR_SET_PDEATHSIG = 1  # linux/prctl.h

log = logging.getLogger("guichet.server")


def die_with_parent() -> bool:
    """Ask Linux to send SIGTERM to this process when its parent dies; False elsewhere or
    when the call is refused (the pipe watch still holds)."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def watch_parent(stop: Callable[[], None], grace: float = 10.0) -> threading.Thread | None:
    """Call ``stop`` when the parent process is gone, then end this process if it is still
    running ``grace`` seconds later. None when this process was not started by
    multiprocessing (nothing to watch)."""
    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return None
    sentinel = parent.sentinel

    def wait() -> None:
        from multiprocessing.connection import wait as wait_ready

        wait_ready([sentinel])
        log.warning("parent process gone: this worker stops", extra={"pid": os.getpid()})
        stop()
        # A request that never ends must not keep an orphan serving.
        threading.Event().wait(grace)
        os._exit(1)

    thread = threading.Thread(target=wait, name="parent-watch", daemon=True)
    thread.start()
    return thread
