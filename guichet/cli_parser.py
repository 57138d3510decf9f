"""The ``guichet`` command's parser, speaking the user's language when the command line is
wrong: argparse writes its refusals in English whatever the user reads, and a venue's IT person
in Quebec reads French (``--lang``, ``GUICHET_LANG``; French by default).

``--lang`` is accepted after any sub-command as well as before it (``guichet staff add ...
--lang en``), since people put options where they think of them.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

NBSP = "\u00a0"

# argparse's sentences (Python 3.11) and their French; the English ones are kept as they are.
_FRENCH = (
    (r"the following arguments are required: (.*)", "ces options sont obligatoires{n}: {0}"),
    (r"one of the arguments (.*) is required", "une de ces options est obligatoire{n}: {0}"),
    (r"unrecognized arguments: (.*)", "options non reconnues{n}: {0}"),
    (r"ambiguous option: (\S*) could match (.*)", "option ambiguë{n}: {0} peut être {1}"),
    (r"argument (\S*): not allowed with argument (.*)", "{0} ne va pas avec {1}"),
    (
        r"argument (\S*): invalid choice: (.*) \(choose from (.*)\)",
        "{0}{n}: choix inconnu {1} (choix{n}: {2})",
    ),
    (r"argument (\S*): expected one argument", "{0}{n}: il manque sa valeur"),
    (r"argument (\S*): expected at least one argument", "{0}{n}: il manque sa valeur"),
    (r"argument (\S*): invalid \S* value: (.*)", "{0}{n}: valeur invalide {1}"),
    (r"argument (\S*): ignored explicit argument (.*)", "{0}{n}: valeur en trop {1}"),
)


def french(message: str) -> str:
    """argparse's refusal in French (or as it is, when it is not one of those we know)."""
    for pattern, words in _FRENCH:
        found = re.fullmatch(pattern, message)
        if found:
            return words.format(*found.groups(), n=NBSP)
    return message


def language_of(argv: Sequence[str]) -> str:
    """The language asked for on the command line (read before parsing it, to say what is
    wrong with it), else GUICHET_LANG, else French."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return "en" if argv[index + 1] == "en" else "fr"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "fr"
    return "en" if os.environ.get("GUICHET_LANG") == "en" else "fr"


class GuichetParser(argparse.ArgumentParser):
    """An ArgumentParser whose refusals are in the user's language (exit 2, as argparse)."""

    lang = "fr"

    def format_usage(self) -> str:
        return self._in_language(super().format_usage())

    def format_help(self) -> str:
        return self._in_language(super().format_help())

    def _in_language(self, text: str) -> str:
        if self.lang != "fr":
            return text
        for english, words in (
            ("usage: ", f"utilisation{NBSP}: "),
            ("\npositional arguments:\n", f"\ncommandes{NBSP}:\n"),
            ("\noptions:\n", f"\noptions{NBSP}:\n"),
        ):
            text = text.replace(english, words, 1)
        return text

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        if self.lang == "fr":
            self.exit(2, f"{self.prog}{NBSP}: erreur{NBSP}: {french(message)}\n")
        self.exit(2, f"{self.prog}: error: {message}\n")


def accept_lang_everywhere(parser: argparse.ArgumentParser) -> None:
    """Give every sub-command that has none a ``--lang`` of its own (dest ``sub_lang``), and
    name what the user types rather than our variables (``DIR``, not ``STAFF_DATA_DIR``; the
    sub-commands' names, not ``staff_command``)."""
    for action in parser._actions:
        if "--data-dir" in action.option_strings and action.metavar is None:
            action.metavar = "DIR"
            action.help = action.help or "data folder"
        if isinstance(action, argparse._SubParsersAction):
            if action.metavar is None:
                action.metavar = "{" + ",".join(action.choices) + "}"
            for child in action.choices.values():
                if "--lang" not in child._option_string_actions:
                    # No default: a deeper sub-command's None would overwrite the --lang typed
                    # at an upper level (`guichet server --lang en admin updates`).
                    child.add_argument(
                        "--lang",
                        dest="sub_lang",
                        choices=["fr", "en"],
                        default=argparse.SUPPRESS,
                        help="fr or en",
                    )
                accept_lang_everywhere(child)
