"""The back office's history: who changed what, when, from which counter."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import literal_column, select

from guichet.models.tables import CatalogueChange, Event, Hall, PriceList, Terminal, User, Venue
from guichet.services.backoffice.desk import Desk
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
            newest = [CatalogueChange.at.desc()]
            if session.get_bind().dialect.name == "sqlite":
                # Changes made within the same clock tick (a whole demo, a test's fixed
                # clock) keep the order they were written in.
                newest.append(literal_column("catalogue_change.rowid").desc())
            query = (
                select(CatalogueChange)
                .where(CatalogueChange.organisation_id == self.office.organisation_id)
                .order_by(*newest)
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

    def names(self) -> dict[str, str]:
        """Names of what history lines refer to by id (a date's price list...)."""
        org = self.office.organisation_id
        with self.session() as session:
            names: dict[str, str] = {}
            for model in (PriceList, Venue, Hall, Event):
                for row_id, name in session.execute(
                    select(model.id, model.name).where(model.organisation_id == org)
                ):
                    names[row_id] = name
            return names
