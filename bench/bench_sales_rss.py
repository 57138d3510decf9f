"""sales_window_rss_mb: resident memory of the counter idling on the sales window.

Runs in its own process (python bench/bench_sales_rss.py) so nothing else is counted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from bench.common import NOON, rss_mb
from guichet.startup import start
from guichet.ui.app import create_application
from guichet.ui.main_window import MainWindow
from guichet.ui.printing import PrintController
app = create_application("fr")
runtime = start(Path(sys.argv[1]), clock=lambda: NOON)
counter = runtime.counter
cashier = next(u for u in counter.users() if u.role == "cashier")
counter.login(cashier.id, "1111")
counter.open_shift(20000)
window = MainWindow(counter, PrintController(runtime.print_queue))
window.resize(1366, 768)
window.show()
assert window.stack.currentWidget() is window.sales_page  # logged in, shift open
end = time.perf_counter() + 3
while time.perf_counter() < end:
    app.processEvents()
    time.sleep(0.01)
print(json.dumps({"rss": rss_mb()}))
"""


def run(repeats: int = 3) -> dict[str, object]:
    from bench.common import demo_database, median

    root = Path(__file__).resolve().parent.parent
    values = []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as tmp:
            demo_database(Path(tmp))
            out = subprocess.run(
                [sys.executable, "-c", CHILD, tmp],
                capture_output=True,
                text=True,
                timeout=120,
                env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root)),
                check=True,
            )
        values.append(json.loads(out.stdout.strip().splitlines()[-1])["rss"])
    return {
        "sales_window_rss_mb": round(median(values), 1),
        "runs": [round(v, 1) for v in values],
    }


if __name__ == "__main__":
    print(run())
