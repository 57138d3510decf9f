"""The running counter's backups as the program wires them: the shift-close hook and the
hourly timer asking whether the night's backup is due."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from guichet.domain.backups import NIGHTLY, SHIFT
from guichet.services.backups import list_backups
from guichet.startup import start
from guichet.ui.backups import HOUR_MS, start_backups
from tests.conftest import NOON_LOCAL, Clock, user_id


def test_the_program_backs_up_at_each_close_and_once_a_night(
    qapp: QApplication, demo_db_path: Path
) -> None:
    data = demo_db_path.parent
    clock = Clock(NOON_LOCAL)
    runtime = start(data, clock=clock)
    try:
        scheduler = start_backups(runtime)
        assert scheduler.timer.isActive() and scheduler.timer.interval() == HOUR_MS
        scheduler.check()  # the first question: none was ever taken
        scheduler.check()  # asked again while it runs, or once it is there: not twice
        scheduler.service.wait()
        counter = runtime.counter
        counter.login(user_id(counter, "Sophie"), "1111")
        counter.open_shift(20000)
        closed = counter.close_shift({10000: 2})
        scheduler.service.wait()
        kinds = [(b.kind, b.shift_number) for b in list_backups(data)]
        assert kinds == [(NIGHTLY, None), (SHIFT, closed.z_number)]
    finally:
        runtime.close()
