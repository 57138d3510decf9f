"""``guichet venue list|add`` and ``guichet hall add``: venues and their halls from the command
line, as the back office's Lieux et salles section makes them (same desk, same refusals).

    guichet venue list [--data-dir D]
    guichet venue add --name N [--address A] [--data-dir D]
    guichet hall add --venue V --name N (--capacity C | --seat-map FILE.csv) [--data-dir D]

A seat map is the CSV of docs/SEATING.md (``section,row,number,x,y,accessible``); the older
``guichet seatmap import`` (a map for an event) stays as it was.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from guichet.clitools import as_owner, words
from guichet.domain.errors import DomainError

if TYPE_CHECKING:
    from guichet.services.backoffice import BackOffice
    from guichet.services.backoffice.views import HallView, VenueView

NBSP = "\u00a0"

WORDS = {
    "fr": {
        "venue_added": f"Lieu «{NBSP}{{name}}{NBSP}» ajouté.",
        "hall_added": f"Salle «{NBSP}{{name}}{NBSP}» ajoutée à «{NBSP}{{venue}}{NBSP}»{NBSP}: "
        "{capacity}.",
        "no_venue": "Aucun lieu pour l'instant (guichet venue add --name NOM).",
        "withdrawn": "retiré",
        "hall_withdrawn": "retirée",
        "places": "{n}" + NBSP + "places",
        "place": "{n}" + NBSP + "place",
        "seats": "{n}" + NBSP + "sièges, plan {map}",
        "seat": "{n}" + NBSP + "siège, plan {map}",
        "no_hall": "aucune salle",
        "none": "aucun",
    },
    "en": {
        "venue_added": "Venue \u201c{name}\u201d added.",
        "hall_added": "Hall \u201c{name}\u201d added to \u201c{venue}\u201d: {capacity}.",
        "no_venue": "No venue yet (guichet venue add --name NAME).",
        "withdrawn": "withdrawn",
        "hall_withdrawn": "withdrawn",
        "places": "{n} places",
        "place": "{n} place",
        "seats": "{n} seats, map {map}",
        "seat": "{n} seat, map {map}",
        "no_hall": "no hall",
        "none": "none",
    },
}


def _say(lang: str, key: str, **params: object) -> str:
    return words(WORDS, lang, key, **params)


def _one(count: int, lang: str) -> bool:
    """French says "0 place, 1 place, 2 places"; English "0 places, 1 place"."""
    return count < 2 if lang == "fr" else count == 1


def hall_capacity(hall: HallView, lang: str) -> str:
    """A hall's size in words: "320 places", "800 sièges, plan Théâtre du Quai — grande
    salle"."""
    from guichet.i18n.errors import number

    n = number(hall.capacity, lang)
    if hall.seated:
        key = "seat" if _one(hall.capacity, lang) else "seats"
        return _say(lang, key, n=n, map=hall.seat_map_name)
    return _say(lang, "place" if _one(hall.capacity, lang) else "places", n=n)


def add_parser(sub: Any) -> None:
    """Add this module's sub-commands to the ``guichet`` parser."""
    venue = sub.add_parser("venue", help="venues (lieux) of the organisation")
    venue_sub = venue.add_subparsers(dest="venue_command", required=True)
    listing = venue_sub.add_parser("list", help="the venues and their halls")
    listing.add_argument("--data-dir", dest="venue_data_dir")
    add = venue_sub.add_parser("add", help="a new venue")
    add.add_argument("--name", required=True, help="the venue's name")
    add.add_argument("--address", default="", help="its address")
    add.add_argument("--data-dir", dest="venue_data_dir")

    hall = sub.add_parser("hall", help="halls (salles) of a venue")
    hall_sub = hall.add_subparsers(dest="hall_command", required=True)
    hall_add = hall_sub.add_parser("add", help="a general-admission or a seated hall")
    hall_add.add_argument("--venue", required=True, help="the venue's name")
    hall_add.add_argument("--name", required=True, help="the hall's name")
    kind = hall_add.add_mutually_exclusive_group(required=True)
    kind.add_argument("--capacity", help="places of a general-admission hall")
    kind.add_argument(
        "--seat-map",
        dest="seat_map",
        help="CSV of a seated hall: section,row,number,x,y,accessible",
    )
    hall_add.add_argument("--data-dir", dest="hall_data_dir")


def run(args: argparse.Namespace, lang: str) -> int | None:
    if args.command == "venue":
        data_dir = getattr(args, "venue_data_dir", None) or args.data_dir
        if args.venue_command == "list":
            return as_owner(data_dir, lang, lambda office: _list(office, lang))
        if args.venue_command == "add":
            return as_owner(
                data_dir, lang, lambda office: _add_venue(office, args.name, args.address, lang)
            )
    if args.command == "hall" and args.hall_command == "add":
        data_dir = getattr(args, "hall_data_dir", None) or args.data_dir
        return as_owner(data_dir, lang, lambda office: _add_hall(office, args, lang))
    return None


def _list(office: BackOffice, lang: str) -> int:
    venues = office.venues.all()
    if not venues:
        print(_say(lang, "no_venue"))
        return 0
    for venue in venues:
        head = venue.name
        if venue.address:
            head += " — " + ", ".join(venue.address.splitlines())
        if not venue.active:
            head += f" ({_say(lang, 'withdrawn')})"
        print(head)
        if not venue.halls:
            print(f"  ({_say(lang, 'no_hall')})")
        for hall in venue.halls:
            state = "" if hall.active else f" ({_say(lang, 'hall_withdrawn')})"
            colon = f"{NBSP}:" if lang == "fr" else ":"
            print(f"  {hall.name}{colon} {hall_capacity(hall, lang)}{state}")
    return 0


def _add_venue(office: BackOffice, name: str, address: str, lang: str) -> int:
    venue_id = office.venues.save(name, address)
    print(_say(lang, "venue_added", name=office.venues.get(venue_id).name))
    return 0


def _venue_named(office: BackOffice, name: str, lang: str) -> VenueView:
    venue = office.venues.find(name)
    if venue is None:
        known = ", ".join(v.name for v in office.venues.all()) or _say(lang, "none")
        raise DomainError("unknown_venue_named", name=name.strip(), known=known)
    return venue


def _add_hall(office: BackOffice, args: argparse.Namespace, lang: str) -> int:
    from guichet.services.backoffice.catalogue import parse_count

    venue = _venue_named(office, args.venue, lang)
    if args.seat_map:
        hall_id = office.venues.import_seated_hall_file(venue.id, args.name, Path(args.seat_map))
    else:
        capacity = parse_count(args.capacity)
        if capacity is None:
            raise DomainError("number_invalid", field="capacity", text="")
        hall_id = office.venues.save_hall(venue.id, args.name, capacity)
    hall = office.venues.hall(hall_id)
    print(
        _say(
            lang,
            "hall_added",
            name=hall.name,
            venue=venue.name,
            capacity=hall_capacity(hall, lang),
        )
    )
    return 0
