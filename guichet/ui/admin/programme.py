"""PLACEHOLDER: the Import et export section of the back office (being written)."""

from __future__ import annotations

from guichet.ui.admin import Section


class ProgrammeSection(Section):
    key = "programme"

    def title(self) -> str:
        return self.tr("Import et export")
