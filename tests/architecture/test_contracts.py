"""The house's rules hold (.importlinter, run by `make lint` and CI), and the home-made
contract type that forbids import circles finds one when there is one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp

from tests.architecture.no_cycles import circles

ROOT = Path(__file__).resolve().parents[2]


def _graph(imports: list[tuple[str, str]]) -> grimp.ImportGraph:
    graph = grimp.ImportGraph()
    for importer, imported in imports:
        graph.add_import(importer=importer, imported=imported, line_number=1, line_contents="")
    return graph


def test_a_circle_through_three_modules_is_found_and_a_chain_is_not() -> None:
    chain = _graph([("p.a", "p.b"), ("p.b", "p.c")])
    assert circles(chain, set(chain.modules)) == []
    looped = _graph([("p.a", "p.b"), ("p.b", "p.c"), ("p.c", "p.a"), ("p.c", "p.d")])
    assert circles(looped, set(looped.modules)) == [["p.a", "p.b", "p.c"]]


def test_the_product_keeps_the_house_rules() -> None:
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
