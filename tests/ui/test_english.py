"""The English catalogue: complete, faithful to its placeholders, and really shown in the windows.

The windows' source strings are French; ``resources/translations/guichet_en.ts`` holds the
English (compiled to ``guichet_en.qm``). The catalogue tests fail as soon as a developer adds
or changes a French string without translating it (refresh with ``make translations``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from guichet.paths import translations_dir
from guichet.services.counter import Counter
from guichet.ui.app import install_language
from guichet.ui.login import LoginPage
from guichet.ui.messages import message_for_code
from guichet.ui.sales import SalesPage
from tests.conftest import user_id

TS = translations_dir() / "guichet_en.ts"
QM = translations_dir() / "guichet_en.qm"
UI_DIR = Path(__file__).resolve().parents[2] / "guichet" / "ui"

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# French typography puts a (narrow) space before : ; ! ? ; English never does.
FRENCH_SPACING = re.compile(r"[ \u00a0\u202f][:;!?]")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    unfinished: bool
    forms: tuple[str, ...]  # the translation, or one text per plural form

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_catalogue(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{name}: a message without <translation>"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    comment=message.findtext("comment", ""),
                    numerus=numerus,
                    unfinished=translation.get("type") in ("unfinished", "vanished", "obsolete"),
                    forms=forms,
                )
            )
    return messages


@pytest.fixture(scope="module")
def catalogue() -> list[Message]:
    return read_catalogue(TS)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    """English installed for one test; French (the source language) back afterwards."""
    previous_locale = QLocale()
    install_language(qapp, "en")
    try:
        yield qapp
    finally:
        install_language(qapp, "fr")
        QLocale.setDefault(previous_locale)


# --- the catalogue ---------------------------------------------------------------------------


def test_catalogue_is_not_empty(catalogue: list[Message]) -> None:
    assert len(catalogue) > 200
    assert {m.context for m in catalogue} >= {"SalesPage", "LoginPage", "PaymentDialog",
                                              "messages", "roles"}


def test_every_message_is_translated(catalogue: list[Message]) -> None:
    unfinished = [str(m) for m in catalogue if m.unfinished]
    empty = [str(m) for m in catalogue if not m.forms or not all(f.strip() for f in m.forms)]
    assert not unfinished, "unfinished translations:\n" + "\n".join(unfinished)
    assert not empty, "empty translations:\n" + "\n".join(empty)


def test_plural_messages_have_singular_and_plural(catalogue: list[Message]) -> None:
    plurals = [m for m in catalogue if m.numerus]
    assert plurals
    for message in plurals:
        assert len(message.forms) == 2, f"{message}: English needs 2 plural forms"
        for form in message.forms:
            assert "%n" in form, f"{message}: %n missing in {form!r}"


def test_placeholders_are_kept(catalogue: list[Message]) -> None:
    """Every {name} of the source is in the translation, and no other one (``.format`` would
    fail on an unknown name)."""
    wrong = []
    for message in catalogue:
        expected = sorted(PLACEHOLDER.findall(message.source))
        for form in message.forms:
            if sorted(PLACEHOLDER.findall(form)) != expected:
                wrong.append(f"{message} -> {form!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_english_has_no_french_typography(catalogue: list[Message]) -> None:
    wrong = [
        f"{m} -> {form!r}"
        for m in catalogue
        for form in m.forms
        if FRENCH_SPACING.search(form) or re.search(r"\b(Entrée|Échap|Suppr)\b", form)
    ]
    assert not wrong, "\n".join(wrong)


def test_compiled_catalogue_matches_the_ts(catalogue: list[Message]) -> None:
    """guichet_en.qm (what the app loads) was rebuilt after the last change to the .ts."""
    translator = QTranslator()
    assert translator.load(str(QM)), f"cannot load {QM}"
    stale = []
    for message in catalogue:
        comment = message.comment or None
        if message.numerus:
            got = tuple(
                translator.translate(message.context, message.source, comment, n) for n in (1, 2)
            )
        else:
            got = (translator.translate(message.context, message.source, comment),)
        if got != message.forms:
            stale.append(f"{message}: {got!r} != {message.forms!r}")
    assert not stale, "rebuild guichet_en.qm (make translations):\n" + "\n".join(stale)


def _lupdate() -> str | None:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    return str(tool) if tool.exists() else shutil.which("pyside6-lupdate")


def test_catalogue_covers_every_string_of_the_windows(
    catalogue: list[Message], tmp_path: Path
) -> None:
    """A French string added to (or changed in) guichet/ui without its English fails here."""
    copy = tmp_path / "guichet_en.ts"
    shutil.copy2(TS, copy)
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py"))
    tool = _lupdate()
    assert tool is not None, "pyside6-lupdate ships with PySide6-Essentials; reinstall it"
    subprocess.run([tool, *sources, "-ts", str(copy), "-no-obsolete"], check=True,
                   capture_output=True, timeout=120)
    refreshed = read_catalogue(copy)
    missing = [str(m) for m in refreshed if m.unfinished or not all(f.strip() for f in m.forms)]
    assert not missing, (
        "French strings without English (run make translations, then translate):\n"
        + "\n".join(missing)
    )
    assert {(m.context, m.source) for m in refreshed} == {
        (m.context, m.source) for m in catalogue
    }, "guichet_en.ts is out of date: run make translations"


# --- the windows in English ------------------------------------------------------------------


def test_domain_messages_in_english(english: QApplication) -> None:
    assert (
        message_for_code("capacity_exceeded", {"remaining": 1, "requested": 2}, "en")
        == "Not enough places: 1 left, you asked for 2."
    )
    assert message_for_code("code_malformed", {}, "en") == "Invalid code: check the code."
    assert message_for_code("cart_empty", {}, "en") == "The cart is empty."
    assert message_for_code("no_such_code", {}, "en") == "Operation refused (no_such_code)."


def test_french_is_back_after_english(english: QApplication) -> None:
    install_language(english, "fr")
    assert message_for_code("cart_empty", {}, "fr") == "Le panier est vide."


def _texts(widget: LoginPage | SalesPage) -> list[str]:
    labels = [label.text() for label in widget.findChildren(QLabel)]
    buttons = [button.text() for button in widget.findChildren(QPushButton)]
    return labels + buttons


def test_login_page_in_english(
    english: QApplication, qtbot: QtBot, make_counter: Callable[..., Counter]
) -> None:
    counter = make_counter(lang="en")
    page = LoginPage(counter)
    qtbot.addWidget(page)
    texts = _texts(page)
    assert "Log in" in texts
    assert "1. Tap your name" in texts
    assert "2. Enter your PIN" in texts
    assert "No one is selected." in texts
    assert page.pin_edit.placeholderText() == "PIN"
    assert any(text.endswith("\nCashier") for text in texts)
    assert any(text.endswith("\nSupervisor") for text in texts)
    page.select_user(user_id(counter, "Sophie"))
    assert page.chosen_label.text() == "Logging in as Sophie Gagnon"
    page.submit()
    assert page.message.text() == "Enter your PIN."
    page.pin_edit.setText("0000")
    page.submit()
    assert page.message.text().startswith("Wrong PIN.")
    assert not any(word in " ".join(_texts(page)) for word in ("NIP", "Touchez", "Caissier"))


def test_sales_page_in_english(
    english: QApplication, qtbot: QtBot, make_counter: Callable[..., Counter]
) -> None:
    counter = make_counter(lang="en")
    counter.login(user_id(counter, "Sophie"), "1111")
    counter.open_shift(20000)
    page = SalesPage(counter)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)

    assert "Pay" in page.pay_button.text()
    assert page.pay_button.text() == "Pay (F12 / Enter)"
    assert page.remove_button.text() == "Remove line (Del)"
    assert page.clear_button.text() == "Clear cart (Esc)"
    assert page.today_button.text() == "Today"
    assert page.refund_button.text() == "Refund (F8)"
    assert page.receipts_button.text() == "Receipts (F9)"
    assert page.close_shift_button.text() == "Close shift (F10)"
    assert page.logout_button.text() == "Log out (F11)"
    headers = [
        page.cart_table.horizontalHeaderItem(col).text()
        for col in range(page.cart_table.columnCount())
    ]
    assert headers == ["Description", "Qty", "Unit price", "Total"]
    texts = _texts(page)
    assert "Cart" in texts
    assert "Subtotal" in texts
    assert "Quantity: 1" in texts
    assert page.show_places.text().startswith("Places left: ")
    # Ticket categories are data with an English name.
    assert page.category_buttons
    assert "Adult" in page.category_buttons[0].text()

    page.type_digit("9")
    page.type_digit("9")
    page.type_digit("9")
    page.add_category(0)
    assert page.message.text().startswith("Quantity too large (maximum ")

    french = ("Payer", "Panier", "Entrée", "Échap", "Aujourd'hui", "places restantes", "Adulte")
    shown = " ".join(texts + [page.message.text()])
    assert not [word for word in french if word in shown]


def test_french_plural_forms(qapp) -> None:  # type: ignore[no-untyped-def]
    """French is the source, but %n messages need their forms: "1 billet", "2 billets"."""
    from PySide6.QtCore import QCoreApplication

    from guichet.ui.app import install_language

    install_language(qapp, "fr")
    one = QCoreApplication.translate("RefundDialog", "%n billet(s) · {amount}", "", 1)
    two = QCoreApplication.translate("RefundDialog", "%n billet(s) · {amount}", "", 2)
    assert (one, two) == ("1 billet · {amount}", "2 billets · {amount}")
    fr = read_catalogue(TS.with_name("guichet_fr.ts"))
    en_plurals = {(m.context, m.source) for m in read_catalogue(TS) if m.numerus}
    assert {(m.context, m.source) for m in fr} == en_plurals
