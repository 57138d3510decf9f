"""The back office's history: who changed what, when, from which counter."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select

from guichet.models.tables import CatalogueChange, Terminal, User
from guichet.services.backoffice import Desk
from guichet.services.backoffice.views import HistoryLine


class HistoryDesk(Desk):
    def lines(
        self,
        entity: str | None = None,
        entity_id: str | None = None,
        limit: int = 500,
        *,
        entities: Collection[str] | None = None,
    ) -> list[HistoryLine]:
        """Newest first; of one kind of thing (``entity``: venue, hall, event, occurrence,
        category, price_list, user, terminal, organisation, programme), of several kinds
        (``entities``: a filter of the history's window) or of one of them."""
        with self.session() as session:
            query = (
                select(CatalogueChange)
                .where(CatalogueChange.organisation_id == self.office.organisation_id)
                .order_by(CatalogueChange.at.desc())
                .limit(limit)
            )
            if entity is not None:
                query = query.where(CatalogueChange.entity == entity)
            if entities is not None:
                query = query.where(CatalogueChange.entity.in_(list(entities)))
            if entity_id is not None:
                query = query.where(CatalogueChange.entity_id == entity_id)
            people = {u.id: u.name for u in session.scalars(select(User))}
            counters = {t.id: t.name for t in session.scalars(select(Terminal))}
            return [
                HistoryLine(
                    at=row.at,
                    person=people.get(row.user_id or "", ""),
                    terminal=counters.get(row.terminal_id or "", ""),
                    entity=row.entity,
                    entity_id=row.entity_id,
                    action=row.action,
                    details=dict(row.details or {}),
                )
                for row in session.scalars(query)
            ]
