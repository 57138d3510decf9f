"""A command from its payload, by its type name: every command a counter or the server may
receive, the counter's (:mod:`guichet.domain.commands`) and the back office's
(:mod:`guichet.domain.commands_backoffice`)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from guichet.domain import commands, commands_backoffice
from guichet.domain.commands import Command
from guichet.domain.errors import DomainError


def _command_types(*modules: ModuleType) -> dict[str, type[Command]]:
    found: dict[str, type[Command]] = {}
    for module in modules:
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, Command)
                and value.__module__ == module.__name__
                and value.type_name
            ):
                found[value.type_name] = value
    return found


#: Every command by its type name ("order.sell"...).
COMMAND_TYPES: dict[str, type[Command]] = _command_types(commands, commands_backoffice)


def command_from_payload(type_name: str, payload: dict[str, Any]) -> Command:
    try:
        cls = COMMAND_TYPES[type_name]
    except KeyError:
        raise DomainError("unknown_command", type=type_name) from None
    return cls.from_payload(payload)
