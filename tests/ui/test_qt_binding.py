"""The Qt binding itself must survive a counter's day.

PySide6-Essentials 6.12.0 under Python 3.11 took one reference from None on every Qt call
returning nothing (and from True on every signal emit) and aborted the interpreter after a few
thousand calls ("none_dealloc"). pyproject pins a sound version; this test fails on a binding
that leaks again. It runs in a child process: the failure mode is an abort."""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Emitter(QObject):
    fired = Signal(bool)

app = QApplication([])
label = QLabel()
emitter = Emitter()
emitter.fired.connect(lambda value: None)
none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(30_000):
    label.setText("1 234,50 $")
    label.update()
    emitter.fired.emit(True)
print(sys.getrefcount(None) - none_before, sys.getrefcount(True) - true_before)
"""


def test_void_calls_and_signals_do_not_leak_references() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    none_drift, true_drift = (int(v) for v in result.stdout.split())
    assert abs(none_drift) < 100 and abs(true_drift) < 100, result.stdout
