"""An import-linter contract type: no import circle among the modules of a package.

import-linter's own ``acyclic_siblings`` compares packages as wholes (a window module and the
back-office package it opens would count as a circle); Guichet's rule is about modules: no
module may, through its imports, end up importing itself — at the top of a file or inside a
function. Reported as each circle's modules, with one import that closes it.
"""

from __future__ import annotations

import sys

import grimp
from importlinter import Contract, ContractCheck, fields, output


def circles(graph: grimp.ImportGraph, modules: set[str]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(modules):
        if root in index:
            continue
        work: list[tuple[str, list[str]]] = []
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        work.append((root, sorted(graph.find_modules_directly_imported_by(root) & modules)))
        while work:
            node, targets = work[-1]
            if targets:
                target = targets.pop()
                if target not in index:
                    index[target] = low[target] = counter
                    counter += 1
                    stack.append(target)
                    on_stack.add(target)
                    imported = graph.find_modules_directly_imported_by(target) & modules
                    work.append((target, sorted(imported)))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


class NoCyclesContract(Contract):
    """``type = no_cycles``; ``containers``: the packages whose modules must not form circles."""

    type_name = "no_cycles"

    containers = fields.ListField(subfield=fields.StringField())

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        modules: set[str] = set()
        for container in self.containers:  # type: ignore[attr-defined]
            modules |= {container} | graph.find_descendants(container)
        found = []
        for circle in circles(graph, modules):
            members = set(circle)
            importer = circle[0]
            imported = sorted(graph.find_modules_directly_imported_by(importer) & members)[0]
            found.append((circle, importer, imported))
        return ContractCheck(kept=not found, warnings=[], metadata={"circles": found})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for circle, importer, imported in check.metadata["circles"]:
            output.print_error(
                f"{len(circle)} modules import each other: {', '.join(circle)}"
                f" (one of the imports: {importer} -> {imported})",
                bold=False,
            )
            output.new_line()


if __name__ == "__main__":  # a quick look: python -m tests.architecture.no_cycles
    whole = grimp.build_graph("guichet", cache_dir=None)
    for circle in circles(whole, set(whole.modules)):
        print(len(circle), circle)
    sys.exit(0)
