"""``guichet category ...`` and ``guichet price-list ...``: ticket categories and price lists
from the command line, as the back office's Prix et catégories section makes them (same desk,
same refusals). With ``init``, ``venue``/``hall`` and ``catalogue import``, a scripted install
sets up a whole organisation without opening a window.

    guichet category list [--data-dir D]
    guichet category add --code C --name N [--name-en E] [--tags T] [--account A] [--data-dir D]
    guichet price-list list [--data-dir D]
    guichet price-list add --name N --price CODE=AMOUNT [--price ...] [--tags T] [--data-dir D]
    guichet price-list copy --from NAME --name NEW [--data-dir D]

Amounts are typed as a Quebec user types them (``12,50`` or ``12.50``, dollars), kept in cents;
a category is named by its code (``adulte``, ``enfant``...), accents and case aside.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from guichet.clitools import as_owner, words
from guichet.domain.errors import DomainError

if TYPE_CHECKING:
    from guichet.services.backoffice import BackOffice
    from guichet.services.backoffice.views import CategoryView, PriceListView

NBSP = "\u00a0"

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "category_added": f"Catégorie «{NBSP}{{name}}{NBSP}» ajoutée (code {{code}}).",
        "list_added": f"Liste de prix «{NBSP}{{name}}{NBSP}» ajoutée{NBSP}: {{prices}}.",
        "list_copied": f"Liste de prix «{NBSP}{{name}}{NBSP}» copiée de «{NBSP}{{source}}{NBSP}».",
        "no_category": "Aucune catégorie pour l'instant "
        "(guichet category add --code adulte --name Adulte).",
        "no_list": "Aucune liste de prix pour l'instant "
        "(guichet price-list add --name NOM --price adulte=25,00).",
        "withdrawn": "retirée",
        "no_price": "aucun prix",
        "none": "aucune",
    },
    "en": {
        "category_added": "Category \u201c{name}\u201d added (code {code}).",
        "list_added": "Price list \u201c{name}\u201d added: {prices}.",
        "list_copied": "Price list \u201c{name}\u201d copied from \u201c{source}\u201d.",
        "no_category": "No category yet (guichet category add --code adult --name Adult).",
        "no_list": "No price list yet (guichet price-list add --name NAME --price adult=25.00).",
        "withdrawn": "withdrawn",
        "no_price": "no price",
        "none": "none",
    },
}


def _say(lang: str, key: str, **params: object) -> str:
    return words(WORDS, lang, key, **params)


def add_parser(sub: Any) -> None:
    """Add this module's sub-commands to the ``guichet`` parser."""
    category = sub.add_parser("category", help="ticket categories (catégories de billets)")
    category_sub = category.add_subparsers(dest="category_command", required=True)
    listing = category_sub.add_parser("list", help="the categories, in the order of F1-F5")
    listing.add_argument("--data-dir", dest="prices_data_dir")
    add = category_sub.add_parser("add", help="a new category")
    add.add_argument("--code", required=True, help="short code: adulte, enfant, aine...")
    add.add_argument("--name", required=True, help="its name in French")
    add.add_argument("--name-en", dest="name_en", default="", help="in English (else French)")
    add.add_argument("--tags", default="", help="tags separated by commas")
    add.add_argument("--account", default="", help="accounting account (poste comptable)")
    add.add_argument("--data-dir", dest="prices_data_dir")

    price_list = sub.add_parser("price-list", help="price lists (listes de prix)")
    list_sub = price_list.add_subparsers(dest="price_list_command", required=True)
    listing = list_sub.add_parser("list", help="the price lists and their prices")
    listing.add_argument("--data-dir", dest="prices_data_dir")
    add = list_sub.add_parser("add", help="a new price list")
    add.add_argument("--name", required=True, help="the list's name")
    add.add_argument(
        "--price",
        action="append",
        default=[],
        metavar="CODE=AMOUNT",
        help="a category's price, e.g. adulte=25,00 (repeat for each category)",
    )
    add.add_argument("--tags", default="", help="tags separated by commas")
    add.add_argument("--data-dir", dest="prices_data_dir")
    copy = list_sub.add_parser("copy", help="a new list with another's prices")
    copy.add_argument("--from", dest="source", required=True, help="the list to copy")
    copy.add_argument("--name", required=True, help="the new list's name")
    copy.add_argument("--data-dir", dest="prices_data_dir")


def run(args: argparse.Namespace, lang: str) -> int | None:
    data_dir = getattr(args, "prices_data_dir", None) or args.data_dir
    if args.command == "category":
        if args.category_command == "list":
            return as_owner(data_dir, lang, lambda office: _list_categories(office, lang))
        return as_owner(data_dir, lang, lambda office: _add_category(office, args, lang))
    if args.command == "price-list":
        if args.price_list_command == "list":
            return as_owner(data_dir, lang, lambda office: _list_lists(office, lang))
        if args.price_list_command == "add":
            return as_owner(data_dir, lang, lambda office: _add_list(office, args, lang))
        return as_owner(data_dir, lang, lambda office: _copy_list(office, args, lang))
    return None


def _tags(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.split(",") if t.strip())


def _list_categories(office: BackOffice, lang: str) -> int:
    categories = office.prices.categories()
    if not categories:
        print(_say(lang, "no_category"))
        return 0
    for key, category in enumerate(categories, start=1):
        state = f" ({_say(lang, 'withdrawn')})" if not category.active else ""
        english = (
            f" / {category.name_en}"
            if category.name_en and category.name_en != category.name_fr
            else ""
        )
        print(f"F{key}  {category.code}  {category.name_fr}{english}{state}")
    return 0


def _add_category(office: BackOffice, args: argparse.Namespace, lang: str) -> int:
    category_id = office.prices.save_category(
        args.code,
        args.name,
        args.name_en,
        tags=_tags(args.tags),
        accounting_account=args.account,
    )
    category = next(c for c in office.prices.categories() if c.id == category_id)
    print(_say(lang, "category_added", name=category.name(lang), code=category.code))
    return 0


def _prices_text(
    price_list: PriceListView, categories: list[CategoryView], lang: str
) -> str:
    from guichet.i18n.formatting import money

    shown = [
        f"{c.name(lang)} {money(price_list.prices[c.id], lang)}"
        for c in categories
        if c.id in price_list.prices
    ]
    return ", ".join(shown) or _say(lang, "no_price")


def _list_lists(office: BackOffice, lang: str) -> int:
    lists = office.prices.price_lists()
    if not lists:
        print(_say(lang, "no_list"))
        return 0
    categories = office.prices.categories()
    colon = f"{NBSP}:" if lang == "fr" else ":"
    for price_list in lists:
        state = f" ({_say(lang, 'withdrawn')})" if not price_list.active else ""
        print(f"{price_list.name}{state}{colon} {_prices_text(price_list, categories, lang)}")
    return 0


def _category_by_code(categories: list[CategoryView], code: str, lang: str) -> CategoryView:
    from guichet.models.db import fold

    found = next((c for c in categories if fold(c.code) == fold(code.strip())), None)
    if found is None:
        known = ", ".join(c.code for c in categories) or _say(lang, "none")
        raise DomainError("unknown_category_code", text=code.strip()[:40], known=known)
    return found


def _add_list(office: BackOffice, args: argparse.Namespace, lang: str) -> int:
    categories = office.prices.categories(include_withdrawn=False)
    texts: dict[str, str] = {}
    for given in args.price:
        code, equals, amount = given.partition("=")
        if not equals:
            raise DomainError("price_pair_invalid", text=given[:60])
        category = _category_by_code(categories, code, lang)
        if category.id in texts:
            raise DomainError("price_given_twice", text=category.code)
        texts[category.id] = amount
    price_list_id = office.prices.save_price_list(
        args.name, office.prices.parse_prices(texts), tags=_tags(args.tags)
    )
    price_list = office.prices.price_list(price_list_id)
    print(
        _say(
            lang,
            "list_added",
            name=price_list.name,
            prices=_prices_text(price_list, categories, lang),
        )
    )
    return 0


def _copy_list(office: BackOffice, args: argparse.Namespace, lang: str) -> int:
    source = office.prices.find_list(args.source)
    if source is None:
        known = ", ".join(p.name for p in office.prices.price_lists()) or _say(lang, "none")
        raise DomainError("unknown_price_list_named", name=args.source.strip()[:80], known=known)
    copy_id = office.prices.copy_price_list(source.id, args.name)
    print(
        _say(lang, "list_copied", name=office.prices.price_list(copy_id).name, source=source.name)
    )
    return 0
