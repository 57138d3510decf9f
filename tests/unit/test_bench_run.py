"""bench/run.py: a benchmark that raises is recorded as failed and the others keep their figures
(at 23:30 in Toronto one benchmark's StopIteration once cost the whole results.json)."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest

from bench import run as bench_run


def _module(name: str, body: object) -> types.ModuleType:
    module = types.ModuleType(name)
    module.run = body  # type: ignore[attr-defined]
    return module


def _no_show_left() -> dict[str, float]:
    return {"early_ms": next(iter([]))}  # StopIteration, as propagation() raised


@pytest.fixture
def bench_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    results, doc = tmp_path / "results.json", tmp_path / "PERFORMANCE.md"
    doc.write_text(
        "# Performance\n\nbefore\n<!-- bench:begin -->\nold\n<!-- bench:end -->\nafter\n"
    )
    monkeypatch.setattr(bench_run, "RESULTS", results)
    monkeypatch.setattr(bench_run, "PERF_DOC", doc)
    monkeypatch.setitem(sys.modules, "fake_bench_before", _module("fake_bench_before",
                        lambda: {"before_ms": 3.0, "runs": 7}))  # fmt: skip
    monkeypatch.setitem(sys.modules, "fake_bench_broken", _module("fake_bench_broken",
                        _no_show_left))  # fmt: skip
    monkeypatch.setitem(sys.modules, "fake_bench_after", _module("fake_bench_after",
                        lambda keys=frozenset(): {"after_per_s": 50.0}))  # fmt: skip
    monkeypatch.setitem(sys.modules, "fake_bench_partial", _module("fake_bench_partial",
                        lambda: {"partial_a_ms": 1.0}))  # fmt: skip
    monkeypatch.setattr(bench_run, "TARGETS", {
        "before_ms": ("fake_bench_before", 5, "ms", "max", 21),
        "early_ms": ("fake_bench_broken", 5, "ms", "max", 21),
        "after_per_s": ("fake_bench_after", 100, "/s", "min", 21),
        "partial_a_ms": ("fake_bench_partial", 5, "ms", "max", 21),
        "partial_b_ms": ("fake_bench_partial", 5, "ms", "max", 21),
    })  # fmt: skip
    return results, doc


def test_a_failing_benchmark_is_recorded_and_the_others_keep_their_figures(
    bench_files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    results_path, doc_path = bench_files

    assert bench_run.main([]) == 1

    results = json.loads(results_path.read_text())["results"]
    assert results["before_ms"]["value"] == 3.0 and results["before_ms"]["ok"] is True
    assert results["before_ms"]["details"] == {"runs": 7}
    assert results["after_per_s"]["value"] == 50.0 and results["after_per_s"]["ok"] is False
    assert results["early_ms"]["value"] is None and results["early_ms"]["ok"] is False
    assert results["early_ms"]["error"].startswith("StopIteration")
    # A module that returned some of its figures: the missing one fails alone.
    assert results["partial_a_ms"]["value"] == 1.0
    assert results["partial_b_ms"]["value"] is None
    assert results["partial_b_ms"]["error"] == "no figure returned"
    table = doc_path.read_text()
    assert "| `before_ms` | #21 | 3.0 ms | <= 5 ms | ok |" in table
    assert "| `early_ms` | #21 | — | <= 5 ms | **failed**: StopIteration" in table
    assert "| `after_per_s` | #21 | 50.0 /s | >= 100 /s | **missed** |" in table
    assert table.startswith("# Performance\n\nbefore\n") and table.endswith("after\n")
    assert "old" not in table
    assert "early_ms FAILED" in capsys.readouterr().out


def test_a_rerun_of_the_failed_benchmark_alone_replaces_its_failure(
    bench_files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    results_path, _ = bench_files
    bench_run.main([])
    monkeypatch.setitem(sys.modules, "fake_bench_broken", _module("fake_bench_broken",
                        lambda: {"early_ms": 4.0}))  # fmt: skip

    assert bench_run.main(["early_ms"]) == 0

    results = json.loads(results_path.read_text())["results"]
    assert results["early_ms"]["value"] == 4.0 and "error" not in results["early_ms"]
    assert results["before_ms"]["value"] == 3.0  # kept from the first run
