"""The schema's revisions read from the migration files themselves, without importing Alembic.

Alembic costs about half a second to import; a counter whose database is already at the
newest revision (every start but the first after an update) has no migration to run and must
not pay it before its login screen. The files are the same ones Alembic reads (the bundle
carries them as source files, packaging/guichet.spec), and tests/integration/test_startup.py
checks that both agree.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_REVISION = re.compile(r"^revision\s*(?::[^=\n]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*(?::[^=\n]*)?=\s*(.+)$", re.MULTILINE)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")


@cache
def revision_graph() -> dict[str, tuple[str, ...]]:
    """Each revision and the revisions it follows (none for the first, two for a merge)."""
    graph: dict[str, tuple[str, ...]] = {}
    for file in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        text = file.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN_REVISION.search(text)
        if revision is not None and down is not None:
            graph[revision.group(1)] = tuple(_QUOTED.findall(down.group(1)))
    return graph


def known_revisions() -> set[str]:
    """Every revision this program can read (a database at another one is newer than it)."""
    return set(revision_graph())


def head_revision() -> str:
    """The revision every database is migrated to: the one no other revision follows."""
    graph = revision_graph()
    followed = {parent for parents in graph.values() for parent in parents}
    heads = sorted(set(graph) - followed)
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads: {heads}")
    return heads[0]
