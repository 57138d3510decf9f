"""``guichet staff ...``: the organisation's people from the command line, acting as its
owner, through the same back office as the Personnel window (the same refusals, the same
history lines, the same outbox rows).

    guichet staff list [--data-dir D]
    guichet staff add --name N --role cashier|supervisor|owner --pin P
                      [--title-form feminine|masculine] [--data-dir D]
    guichet staff title --name N --title-form feminine|masculine [--data-dir D]
    guichet staff pin --name N --pin P [--data-dir D]
    guichet staff deactivate|activate|unlock --name N [--data-dir D]

``--title-form``: how the person's role title reads in French, « caissière » (feminine) or
« caissier » (masculine, also what a person added without it reads); English has one form.

One line on success (exit 0); a refusal in words (exit 1); an unknown name lists the known
ones (exit 1); no usable database: exit 2.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from guichet.clitools import as_owner, words
from guichet.domain.auth import Role
from guichet.i18n.titles import FORMS, role_title, status_word

if TYPE_CHECKING:
    from guichet.services.backoffice import BackOffice
    from guichet.services.backoffice.views import StaffMember

NBSP = "\u00a0"

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "added": f"Personne ajoutée{NBSP}: {{name}} ({{role}}).",
        "title": f"Titre de {{name}}{NBSP}: {{role}}.",
        "pin": "Nouveau NIP enregistré pour {name}.",
        "deactivated": (
            f"{{name}} ne peut plus ouvrir de session{NBSP}; son historique est conservé."
        ),
        "activated": "{name} peut de nouveau ouvrir une session.",
        "unlocked": "{name} peut de nouveau taper son NIP.",
        "unknown": f"Personne inconnue{NBSP}: «{NBSP}{{name}}{NBSP}». Personnes{NBSP}: {{names}}",
        "ambiguous": f"Plusieurs personnes s'appellent «{NBSP}{{name}}{NBSP}».",
        "nobody": "(personne)",
    },
    "en": {
        "added": "Person added: {name} ({role}).",
        "title": "Title of {name}: {role}.",
        "pin": "New PIN saved for {name}.",
        "deactivated": "{name} can no longer log in; their history is kept.",
        "activated": "{name} can log in again.",
        "unlocked": "{name} can type their PIN again.",
        "unknown": "No such person: \u201c{name}\u201d. People: {names}",
        "ambiguous": "Several people are called \u201c{name}\u201d.",
        "nobody": "(nobody)",
    },
}

ACTIONS = ("list", "add", "title", "pin", "deactivate", "activate", "unlock")
TITLE_FORM_HELP = (
    "the role title in French: feminine (caissière, superviseure) or masculine (caissier, "
    "superviseur); English titles have one form"
)


def say(lang: str, key: str, **params: object) -> str:
    return words(WORDS, lang, key, **params)


def add_parser(sub: Any) -> None:
    """Add ``guichet staff ...`` to the ``guichet`` parser."""
    staff = sub.add_parser("staff", help="the organisation's people: add, PIN, deactivate")
    actions = staff.add_subparsers(dest="staff_command", required=True)

    def action(name: str, help_text: str, *, person: bool = True) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = actions.add_parser(name, help=help_text)
        if person:
            parser.add_argument("--name", required=True, help="the person's name")
        parser.add_argument("--data-dir", dest="staff_data_dir")
        return parser

    action("list", "everyone, with role and status", person=False)
    add = action("add", "add a person with a role and a PIN")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--pin", required=True, help="4 to 8 digits")
    add.add_argument("--title-form", dest="title_form", choices=FORMS, default="",
                     help=TITLE_FORM_HELP)
    title = action("title", "the form of a person's role title in French")
    title.add_argument("--title-form", dest="title_form", choices=FORMS, required=True,
                       help=TITLE_FORM_HELP)
    pin = action("pin", "set or reset a person's PIN")
    pin.add_argument("--pin", required=True, help="4 to 8 digits")
    action("deactivate", "the person can no longer log in (nobody is ever deleted)")
    action("activate", "the person can log in again")
    action("unlock", "lift the lock-out after five wrong PINs")


def run(args: argparse.Namespace, lang: str) -> int | None:
    if getattr(args, "command", None) != "staff":
        return None
    return as_owner(
        args.staff_data_dir or args.data_dir, lang, lambda office: _act(args, office, lang)
    )


def _act(args: argparse.Namespace, office: BackOffice, lang: str) -> int:
    staff = office.staff
    command = args.staff_command
    if command == "list":
        _print_list(office, lang)
        return 0
    if command == "add":
        role = Role(args.role)
        staff.add(args.name, role, args.pin, title_form=args.title_form)
        print(
            say(
                lang,
                "added",
                name=" ".join(args.name.split()),
                role=role_title(role.value, lang, args.title_form).lower(),
            )
        )
        return 0
    person = _person(office, args.name, lang, inactive=command == "activate")
    if person is None:
        return 1
    if command == "title":
        staff.save(person.id, person.name, person.role, title_form=args.title_form)
        role = role_title(person.role.value, lang, args.title_form).lower()
        print(say(lang, "title", name=person.name, role=role))
    elif command == "pin":
        staff.set_pin(person.id, args.pin)
        print(say(lang, "pin", name=person.name))
    elif command in ("deactivate", "activate"):
        staff.set_active(person.id, command == "activate")
        print(say(lang, f"{command}d", name=person.name))
    else:
        staff.unlock(person.id)
        print(say(lang, "unlocked", name=person.name))
    return 0


def _person(office: BackOffice, name: str, lang: str, *, inactive: bool) -> StaffMember | None:
    """The person called ``name``; when a name was reused, the active one (the deactivated
    one to reactivate). Says why there is none."""
    found = office.staff.named(name)
    preferred = [p for p in found if p.active != inactive] or found
    if len(preferred) == 1:
        return preferred[0]
    if preferred:
        print(say(lang, "ambiguous", name=name), file=sys.stderr)
        return None
    names = ", ".join(p.name for p in office.staff.people()) or say(lang, "nobody")
    print(say(lang, "unknown", name=name, names=names), file=sys.stderr)
    return None


def _print_list(office: BackOffice, lang: str) -> None:
    from guichet.i18n.formatting import time_of_day

    now = office.clock()
    people = office.staff.people()
    width = max((len(p.name) for p in people), default=0) + 2
    for person in people:
        form = person.title_form  # « caissière, active » / « caissier, actif »
        if not person.active:
            status = status_word("inactive", lang, form)
        elif person.locked(now):
            assert person.locked_until is not None
            until = time_of_day(person.locked_until, office.timezone, lang)
            status = status_word("locked", lang, form).format(time=until)
        else:
            status = status_word("active", lang, form)
        role = role_title(person.role.value, lang, form).lower()
        print(f"{person.name:<{width}}{role:<15}{status}")
