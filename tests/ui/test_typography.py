"""French typography in every French sentence the windows and documents show (issue 16).

French puts a no-break space before « : » (U+00A0) and before « ; ! ? » (U+00A0 or the narrow
U+202F), and inside guillemets: «\u00a0ainsi\u00a0». A plain space lets the line break before the
colon; no space at all is English typography. English, the other way round, never has a space
before « : ; ! ? ».

Scanned: the <source> texts of the windows (guichet_en.ts refreshed from guichet/ui by lupdate)
and the French templates of the Qt-free words (guichet/i18n/*.py); the English translations of
the catalogue and the English templates of guichet/i18n for the English rule. What is not
French prose is ignored: URLs (http://), times (20:00), formats (h:mm), keyboard shortcuts
(Ctrl+…), placeholders ({x}, {x:02d}), Qt file filters (;;) and `code samples`.

A negative amount takes a true minus sign (U+2212), in the windows as on paper.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess

import pytest

from guichet.i18n.formatting import money
from guichet.services.documents import signed_money
from tests.ui.test_english import TS, UI_DIR, Message, _lupdate, read_catalogue

I18N_DIR = UI_DIR.parent / "i18n"

NBSP = "\u00a0"
NNBSP = "\u202f"

# --- what is not prose ---------------------------------------------------------------------

_NOT_PROSE = re.compile(
    r"`[^`]*`"  # code samples
    r"|\b[a-z][a-z0-9+.-]*://\S*"  # URLs
    r"|\b(?:Ctrl|Alt|Shift|Maj|Cmd|Meta)\+\S+"  # keyboard shortcuts
    r"|;;"  # Qt file-dialog filters: "CSV (*.csv);;Tous (*)"
)
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# Prose punctuation: not glued to what follows (20:00, h:mm, a:b are not prose).
_PUNCTUATION = re.compile(r"[:;!?](?![\w/])")


def _prose(text: str) -> str:
    text = _PLACEHOLDER.sub("X", text)  # "{field} : {value}" is still prose around the names
    return _NOT_PROSE.sub(" ", text)


def french_faults(text: str) -> list[str]:
    """What is wrong with one French text: ``[]`` when its typography is right."""
    faults = []
    prose = _prose(text)
    for match in _PUNCTUATION.finditer(prose):
        start = match.start()
        if start == 0:
            continue  # nothing before it in this string
        before = prose[start - 1]
        allowed = (NBSP,) if match.group() == ":" else (NBSP, NNBSP)
        if before in allowed or before in ":;!?…":  # "?!" and "…?" are fine
            continue
        what = "a plain space" if before == " " else "no space"
        faults.append(f"{what} before {match.group()!r} in …{prose[max(0, start - 15):start + 1]}")
    for match in re.finditer("«", prose):
        if prose[match.end():match.end() + 1] not in (NBSP, NNBSP):
            faults.append("no no-break space after «")
    for match in re.finditer("»", prose):
        if match.start() == 0 or prose[match.start() - 1] not in (NBSP, NNBSP):
            faults.append("no no-break space before »")
    return faults


_ENGLISH_FAULT = re.compile(r"[ \u00a0\u202f][:;!?](?![\w/])")


def english_faults(text: str) -> list[str]:
    prose = _prose(text)
    return [f"a space before {m.group()[-1]!r}" for m in _ENGLISH_FAULT.finditer(prose)]


# --- the texts -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """The catalogue as lupdate sees guichet/ui now (not only as it was last refreshed)."""
    copy = tmp_path_factory.mktemp("typography") / "guichet_en.ts"
    shutil.copy2(TS, copy)
    tool = _lupdate()
    assert tool is not None, "pyside6-lupdate ships with PySide6-Essentials; reinstall it"
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py"))
    subprocess.run([tool, *sources, "-ts", str(copy), "-no-obsolete"], check=True,
                   capture_output=True, timeout=120)
    return read_catalogue(copy)


def _is_lang_test(node: ast.expr) -> str | None:
    """``lang == "fr"`` -> "fr"; ``lang != "fr"`` -> "en"; anything else -> None."""
    if not (isinstance(node, ast.Compare) and len(node.ops) == 1):
        return None
    left, right = node.left, node.comparators[0]
    if not (isinstance(left, ast.Name) and left.id == "lang" and isinstance(right, ast.Constant)):
        return None
    if right.value not in ("fr", "en"):
        return None
    other = "en" if right.value == "fr" else "fr"
    if isinstance(node.ops[0], ast.Eq):
        return str(right.value)
    return other if isinstance(node.ops[0], ast.NotEq) else None


def _render(node: ast.expr) -> str | None:
    """A string literal as shown: ``f"Fin{NBSP}: {when}"`` -> ``"Fin\u00a0: {x}"``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            elif isinstance(value, ast.FormattedValue) and isinstance(value.value, ast.Name) and (
                value.value.id in ("NBSP", "NNBSP")
            ):
                parts.append(NBSP if value.value.id == "NBSP" else NNBSP)
            else:
                parts.append("{x}")
        return "".join(parts)
    return None


class _Templates(ast.NodeVisitor):
    """The strings of a guichet/i18n module with their language, found by where they stand:
    a ``(French, English)`` pair, the branches of ``if lang == "fr"``, a ``{"fr": …}`` table."""

    def __init__(self) -> None:
        self.lang: str | None = None
        self.found: list[tuple[str, int, str]] = []  # (lang, line, text)

    def _in(self, lang: str | None, node: ast.AST) -> None:
        saved, self.lang = self.lang, lang or self.lang
        self.visit(node)
        self.lang = saved

    def _pair(self, items: list[ast.expr]) -> bool:
        strings = [_render(item) for item in items]
        if len(items) == 2 and all(s is not None for s in strings) and self.lang is None:
            self._in("fr", items[0])
            self._in("en", items[1])
            return True
        return False

    def visit_If(self, node: ast.If) -> None:
        lang = _is_lang_test(node.test)
        if lang is None:
            self.generic_visit(node)
            return
        for statement in node.body:
            self._in(lang, statement)
        for statement in node.orelse:
            self._in("en" if lang == "fr" else "fr", statement)

    def visit_IfExp(self, node: ast.IfExp) -> None:
        lang = _is_lang_test(node.test)
        if lang is None:
            self.generic_visit(node)
            return
        self._in(lang, node.body)
        self._in("en" if lang == "fr" else "fr", node.orelse)

    def visit_Tuple(self, node: ast.Tuple) -> None:
        if not self._pair(node.elts):
            self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        self.visit(node.func)
        if not self._pair(node.args):
            for arg in node.args:
                self.visit(arg)
        for keyword in node.keywords:
            self._in(keyword.arg if keyword.arg in ("fr", "en") else None, keyword.value)

    def visit_Dict(self, node: ast.Dict) -> None:
        for key, value in zip(node.keys, node.values, strict=True):
            is_lang = isinstance(key, ast.Constant) and key.value in ("fr", "en")
            lang = str(key.value) if is_lang and key is not None else None
            if key is not None:
                self.visit(key)
            self._in(lang, value)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self._record(node)
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                self.visit(value.value)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str):
            self._record(node)

    def _record(self, node: ast.expr) -> None:
        text = _render(node)
        if self.lang is not None and text is not None:
            self.found.append((self.lang, node.lineno, text))


# The printer test prints a French sample in every language (documents.py "accents_test").
FRENCH_IN_ENGLISH = ("Àâäçéèêëîïôöùûüÿ",)


def i18n_templates() -> list[tuple[str, str, str]]:
    """(language, "file:line", text) for every French or English string of guichet/i18n."""
    templates = []
    for path in sorted(I18N_DIR.glob("*.py")):
        visitor = _Templates()
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
        templates += [
            ("fr" if text.startswith(FRENCH_IN_ENGLISH) else lang, f"{path.name}:{line}", text)
            for lang, line, text in visitor.found
        ]
    return templates


# --- the tests -----------------------------------------------------------------------------


def test_the_checks_themselves() -> None:
    assert french_faults("Total : {amount}") == [
        "a plain space before ':' in …Total :"
    ]
    assert french_faults("Total: 3")
    assert french_faults("Annuler ?") and french_faults("« {name} »")
    assert not french_faults(f"Total{NBSP}: {{amount}}{NBSP}; fini{NNBSP}! «{NBSP}{{name}}{NBSP}»")
    assert not french_faults("Heures locales comme 2027-06-01 20:00, h:mm, http://x/y")
    assert not french_faults("Ouvrir (Ctrl+O) {value:02d} fois, CSV (*.csv);;Tous (*)")
    assert not french_faults(f"Pardon{NNBSP}?!")
    assert french_faults(f"Total{NNBSP}: 3"), "a colon takes the full no-break space"
    assert english_faults("Total : 3") and not english_faults("Total: 3, at 20:00 (Ctrl+;)")


def test_french_sources_of_the_windows(refreshed: list[Message]) -> None:
    faults = {(m.context, m.source): french_faults(m.source) for m in refreshed}
    wrong = [
        f"{context}: {source!r}: {'; '.join(problems)}"
        for (context, source), problems in sorted(faults.items())
        if problems
    ]
    assert not wrong, "French typography (a no-break space, \\u00a0):\n" + "\n".join(wrong)


def test_english_translations_of_the_windows(refreshed: list[Message]) -> None:
    wrong = [
        f"{m} -> {form!r}" for m in refreshed for form in m.forms if english_faults(form)
    ]
    assert not wrong, "English has no space before : ; ! ?:\n" + "\n".join(wrong)


def test_templates_of_the_documents_and_errors() -> None:
    templates = i18n_templates()
    assert sum(lang == "fr" for lang, _, _ in templates) > 100  # the scan finds them
    assert sum(lang == "en" for lang, _, _ in templates) > 100
    wrong = [
        f"{where} ({lang}): {text!r}: {'; '.join(problems)}"
        for lang, where, text in templates
        if (problems := (french_faults(text) if lang == "fr" else english_faults(text)))
    ]
    assert not wrong, "\n".join(wrong)


def test_negative_amounts_take_a_true_minus_sign() -> None:
    """money() is what every window shows amounts with: "−10,50 $", never "-10,50 $"."""
    assert money(-1050, "fr") == "\u221210,50\u00a0$"
    assert money(-123450, "fr") == "\u22121\u00a0234,50\u00a0$"
    assert money(-1050, "en") == "\u2212$10.50"
    assert money(-1, "fr") == "\u22120,01\u00a0$"
    assert money(1050, "fr") == "10,50\u00a0$" and money(0, "en") == "$0.00"
    shown = [money(cents, lang) for cents in (-1, -99, -123456) for lang in ("fr", "en")]
    assert not [text for text in shown if "-" in text]
    assert signed_money(-1050, "en") == money(-1050, "en")  # paper and windows agree
