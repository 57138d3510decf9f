"""Ticket categories (the counter's F1–F5 keys) and price lists (a price per category)."""

from __future__ import annotations

import uuid
from collections import defaultdict

from sqlalchemy import func, select

from guichet.domain import catalogue as rules
from guichet.domain.commands_backoffice import (
    DeletePriceList,
    OrderCategories,
    SaveCategory,
    SavePriceList,
)
from guichet.domain.errors import DomainError
from guichet.models.tables import Event, Occurrence, Price, PriceList, TicketCategory
from guichet.services.backoffice.desk import Desk
from guichet.services.backoffice.views import CategoryView, PriceListView


def _new_id() -> str:
    return str(uuid.uuid4())


class PricesDesk(Desk):
    def categories(self, *, include_withdrawn: bool = True) -> list[CategoryView]:
        with self.session() as session:
            query = (
                select(TicketCategory)
                .where(TicketCategory.organisation_id == self.office.organisation_id)
                .order_by(TicketCategory.position, TicketCategory.code)
            )
            if not include_withdrawn:
                query = query.where(TicketCategory.active.is_(True))
            return [
                CategoryView(
                    c.id,
                    c.code,
                    c.name_fr,
                    c.name_en,
                    c.position,
                    tuple(c.tags or ()),
                    c.accounting_account,
                    c.active,
                )
                for c in session.scalars(query)
            ]

    def save_category(
        self,
        code: str,
        name_fr: str,
        name_en: str = "",
        *,
        tags: tuple[str, ...] = (),
        accounting_account: str = "",
        active: bool = True,
        category_id: str | None = None,
    ) -> str:
        return str(
            self.dispatch(
                SaveCategory(
                    category_id or _new_id(),
                    code,
                    name_fr,
                    name_en,
                    tuple(tags),
                    accounting_account,
                    active,
                    created=category_id is None,
                )
            )
        )

    def order_categories(self, category_ids: list[str]) -> None:
        self.dispatch(OrderCategories(tuple(category_ids)))

    def move_category(self, category_id: str, steps: int) -> list[str]:
        """Move a category up (negative) or down the counter's keys; returns the new order
        (unchanged at either end)."""
        order = [c.id for c in self.categories()]
        if category_id not in order:
            raise DomainError("unknown_category", id=category_id)
        index = order.index(category_id)
        target = max(0, min(len(order) - 1, index + steps))
        if target != index:
            order.insert(target, order.pop(index))
            self.order_categories(order)
        return order

    def price_lists(self, *, include_withdrawn: bool = True) -> list[PriceListView]:
        with self.session() as session:
            org = self.office.organisation_id
            prices: dict[str, dict[str, int]] = defaultdict(dict)
            for p in session.scalars(
                select(Price).join(PriceList).where(PriceList.organisation_id == org)
            ):
                prices[p.price_list_id][p.category_id] = p.amount
            events = dict(
                session.execute(
                    select(Event.price_list_id, func.count(Event.id)).group_by(Event.price_list_id)
                ).all()
            )
            dates = dict(
                session.execute(
                    select(Occurrence.price_list_id, func.count(Occurrence.id))
                    .where(Occurrence.price_list_id.is_not(None))
                    .group_by(Occurrence.price_list_id)
                ).all()
            )
            query = (
                select(PriceList)
                .where(PriceList.organisation_id == org)
                .order_by(PriceList.active.desc(), PriceList.name)
            )
            if not include_withdrawn:
                query = query.where(PriceList.active.is_(True))
            return [
                PriceListView(
                    pl.id,
                    pl.name,
                    tuple(pl.tags or ()),
                    pl.active,
                    dict(prices[pl.id]),
                    int(events.get(pl.id, 0)),
                    int(dates.get(pl.id, 0)),
                )
                for pl in session.scalars(query)
            ]

    def price_list(self, price_list_id: str) -> PriceListView:
        for price_list in self.price_lists():
            if price_list.id == price_list_id:
                return price_list
        raise DomainError("unknown_price_list", id=price_list_id)

    def find_list(self, name: str) -> PriceListView | None:
        from guichet.models.db import fold

        return next((p for p in self.price_lists() if fold(p.name) == fold(name.strip())), None)

    @staticmethod
    def parse_prices(texts: dict[str, str]) -> dict[str, int]:
        """Prices as typed per category ("12,50"; an empty field: not offered) in cents.
        A refusal names its category (``category``) so the window can point at the field."""
        prices: dict[str, int] = {}
        for category_id, text in texts.items():
            if not text.strip():
                continue
            try:
                prices[category_id] = rules.parse_price(text)
            except DomainError as error:
                raise DomainError(error.code, **error.params, category=category_id) from None
        return prices

    def save_price_list(
        self,
        name: str,
        prices: dict[str, int],
        *,
        tags: tuple[str, ...] = (),
        active: bool = True,
        price_list_id: str | None = None,
    ) -> str:
        return str(
            self.dispatch(
                SavePriceList(
                    price_list_id or _new_id(),
                    name,
                    dict(prices),
                    tuple(tags),
                    active,
                    created=price_list_id is None,
                )
            )
        )

    def copy_price_list(self, price_list_id: str, name: str) -> str:
        source = self.price_list(price_list_id)
        return str(
            self.dispatch(
                SavePriceList(
                    _new_id(),
                    name,
                    dict(source.prices),
                    source.tags,
                    True,
                    created=True,
                    copied_from=source.id,
                )
            )
        )

    def set_list_active(self, price_list_id: str, active: bool) -> None:
        source = self.price_list(price_list_id)
        self.save_price_list(
            source.name, source.prices, tags=source.tags, active=active, price_list_id=source.id
        )

    def delete_price_list(self, price_list_id: str) -> None:
        self.dispatch(DeletePriceList(price_list_id))
