"""Issue 14, part 11: a venue that has never seen the demo sets itself up and sells, as its
people would, through the real windows and the keyboard.

The real program runs (``guichet.cli.cmd_run`` on an empty data folder whose settings name a
``file:`` printer); its event loop is driven from a timer, as in test_setup_wizard. The set-up
assistant is given the one thing a test must fix, a clock (Thursday 14 January 2027, 10 h in
Quebec): the counter it starts, the back office and the sales window then all share that
"today". Everything else is the program's own: the organisation made by the assistant, the
owner's back office (Ctrl+B) adding a cashier, a venue and its hall, two ticket categories, a
price list, a show and a weekly series of dates, then the cashier's shift, sale and receipt,
printed by python-escpos into a file whose bytes are read back.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from guichet import cli
from guichet.config import DB_NAME, Settings
from guichet.ui import setup_wizard
from guichet.ui.admin import AdminWindow
from guichet.ui.main_window import MainWindow
from guichet.ui.setup_wizard import (
    OwnerPage,
    ParticularsPage,
    ReceiptPage,
    SetupAssistant,
    TaxesPage,
)

QUEBEC = ZoneInfo("America/Toronto")
#: Thursday 14 January 2027, 10 h in Quebec: the counter's "now" all along.
NOW = datetime(2027, 1, 14, 15, 0, tzinfo=UTC)
TODAY = date(2027, 1, 14)
NBSP = "\u00a0"
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier

GST_NUMBER = "123456789 RT0001"
QST_NUMBER = "1234567890 TQ0001"
SHOW = "Cabaret des Îles"
ADULT_PRICE, CHILD_PRICE = 2450, 1325  # typed "24,50" and "13.25"


# --- the keyboard ---------------------------------------------------------------------------


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    """A key where the keyboard focus is, as a real keyboard sends it; what the key asked
    for later (a focus given "once the section is shown") happens before the next key, as
    it does at a person's pace."""
    qtbot.keyClick(focused(), key, modifier)
    QApplication.processEvents()


def type_text(text: str) -> None:
    """Type where the keyboard focus is, accents included (QTest.keyClicks only knows
    ASCII)."""
    widget = focused()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, NONE, char))


def tab(qtbot: QtBot, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Tab)


def tab_to(qtbot: QtBot, widget: QWidget, most: int) -> None:
    """Tab on until ``widget`` has the keyboard (at most ``most`` times)."""
    for _ in range(most):
        if focused() is widget:
            return
        tab(qtbot)
    assert focused() is widget


def enter(qtbot: QtBot) -> None:
    press(qtbot, Qt.Key.Key_Return)


def activate(qtbot: QtBot, window: QWidget) -> None:
    """The window has the keyboard (offscreen has no window manager to give it back when a
    dialog or another window closes)."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def keyboard_in(qtbot: QtBot, widget: QWidget) -> None:
    """Wait until the keyboard is in ``widget`` (a dialog just opened, a section shown)."""

    def inside() -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and (focus is widget or widget.isAncestorOf(focus))

    qtbot.waitUntil(inside, timeout=3000)


def dialog(qtbot: QtBot, get: Callable[[], QWidget | None]) -> QWidget:
    """The dialog ``get`` returns, once shown with the keyboard in it."""
    qtbot.waitUntil(lambda: get() is not None and get().isVisible(), timeout=3000)  # type: ignore[union-attr]
    shown = get()
    assert shown is not None
    keyboard_in(qtbot, shown)
    return shown


def closed(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: not widget.isVisible(), timeout=5000)


# --- running the program ---------------------------------------------------------------------


def visible(kind: type) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def run_program(
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    clock: Callable[[], datetime],
    journey: Callable[[SetupAssistant], None],
) -> int:
    """``guichet --data-dir DATA`` on an empty folder, its assistant given ``clock``;
    ``journey`` works the windows from the event loop. Its failure is raised here, once the
    program has ended (every window closed)."""

    # SetupAssistant is the class itself (imported before any run patched the module).
    class ClockedAssistant(SetupAssistant):
        def __init__(
            self, directory: Path, lang: str = "fr", parent: QWidget | None = None
        ) -> None:
            super().__init__(directory, lang, clock=clock, parent=parent)

    monkeypatch.setattr(setup_wizard, "SetupAssistant", ClockedAssistant)
    # The session's application, its theme and French words: the program installs the same.
    monkeypatch.setattr("guichet.ui.app.create_application", lambda lang: qapp)
    failures: list[BaseException] = []

    def script() -> None:
        try:
            qtbot.waitUntil(lambda: bool(visible(SetupAssistant)), timeout=10_000)
            (assistant,) = visible(SetupAssistant)
            assert isinstance(assistant, SetupAssistant)
            activate(qtbot, assistant)
            keyboard_in(qtbot, assistant)
            journey(assistant)
        except BaseException as error:  # noqa: BLE001 - raised again after the program ends
            failures.append(error)
        finally:
            for widget in visible(SetupAssistant) + visible(MainWindow):
                if isinstance(widget, SetupAssistant):
                    widget.wait()
                widget.close()
            QTimer.singleShot(0, lambda: qapp.exit(0))

    QTimer.singleShot(0, script)
    code = cli.cmd_run(str(data_dir), False, "fr", False)
    if failures:
        raise failures[0]
    return code


# --- the assistant -----------------------------------------------------------------------------


def create_organisation(qtbot: QtBot, assistant: SetupAssistant) -> None:
    """« Créer mon organisation », five pages by keyboard, « Créer »."""
    assert focused() is assistant.choice_page.buttons["create"]
    enter(qtbot)
    assert isinstance(assistant.page, ParticularsPage)
    type_text("Théâtre du Bic")
    tab(qtbot)
    type_text("50, route du Golf")
    enter(qtbot)  # the address has several lines
    type_text("Le Bic (Québec)")
    tab(qtbot, 2)  # the time zone (America/Toronto) and the language (Français) as proposed
    enter(qtbot)
    assert isinstance(assistant.page, TaxesPage)
    type_text(GST_NUMBER)
    tab(qtbot, 2)  # 5 % as proposed
    type_text(QST_NUMBER)
    tab(qtbot)  # 9,975 % as proposed
    enter(qtbot)
    assert isinstance(assistant.page, ReceiptPage)
    type_text("Billetterie 418 555-0199")
    tab(qtbot)
    type_text("Merci et bon spectacle!")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert isinstance(assistant.page, OwnerPage)
    type_text("Marie Tremblay")
    tab(qtbot)
    type_text("4826")
    tab(qtbot)
    type_text("4826")
    enter(qtbot)
    assert assistant.stack.currentWidget() is assistant.summary_page
    enter(qtbot)  # Créer (Entrée)


def the_counter(qtbot: QtBot) -> MainWindow:
    """The counter's window the assistant ends on, with the keyboard."""
    qtbot.waitUntil(lambda: bool(visible(MainWindow)), timeout=30_000)
    (window,) = visible(MainWindow)
    assert isinstance(window, MainWindow)
    activate(qtbot, window)
    keyboard_in(qtbot, window)
    return window


def log_in(qtbot: QtBot, window: MainWindow, name: str, pin: str) -> None:
    """Choose one's name with ↓ (when there is a choice), type the PIN, Entrée."""
    login = window.login_page
    assert window.stack.currentWidget() is login
    keyboard_in(qtbot, login.pin_edit)
    for _ in range(len(login.users)):
        if login.selected_user is not None and login.selected_user.name == name:
            break
        press(qtbot, Qt.Key.Key_Down)
    assert login.selected_user is not None and login.selected_user.name == name
    type_text(pin)
    enter(qtbot)
    assert window.counter.actor is not None and window.counter.actor.name == name


def log_out(qtbot: QtBot, window: MainWindow) -> None:
    """From the page that offers a shift: it has no key to log out (the sales page has F11),
    so its button, as a person would."""
    assert window.stack.currentWidget() is window.open_shift_page
    qtbot.mouseClick(window.open_shift_page.logout_button, Qt.MouseButton.LeftButton)
    assert window.counter.actor is None and window.stack.currentWidget() is window.login_page


# --- the back office -----------------------------------------------------------------------


def open_back_office(qtbot: QtBot, window: MainWindow) -> AdminWindow:
    press(qtbot, Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: window.admin_window is not None, timeout=3000)
    admin = window.admin_window
    assert isinstance(admin, AdminWindow)
    activate(qtbot, admin)
    return admin


def section(qtbot: QtBot, admin: AdminWindow, number: int, key: str) -> QWidget:
    """Ctrl+number: the section, with the keyboard in it."""
    activate(qtbot, admin)
    press(qtbot, getattr(Qt.Key, f"Key_{number}"), CTRL)
    shown = admin.sections[key]
    assert admin.stack.currentWidget() is shown
    keyboard_in(qtbot, shown)
    return shown


def add_cashier(qtbot: QtBot, admin: AdminWindow) -> None:
    from guichet.ui.admin.staff import StaffSection

    staff = section(qtbot, admin, 5, "staff")
    assert isinstance(staff, StaffSection)
    press(qtbot, Qt.Key.Key_Insert)
    person = dialog(qtbot, lambda: staff.person_dialog)
    type_text("Julie Roy")
    tab(qtbot)  # Caissier, proposed
    tab(qtbot)
    type_text("1357")
    tab(qtbot)
    type_text("1357")
    enter(qtbot)
    closed(qtbot, person)
    assert "Julie Roy" in staff.message.text()


def add_venue_and_hall(qtbot: QtBot, admin: AdminWindow) -> None:
    from guichet.ui.admin.venues import VenuesSection

    venues = section(qtbot, admin, 4, "venues")
    assert isinstance(venues, VenuesSection)
    press(qtbot, Qt.Key.Key_Insert)
    venue = dialog(qtbot, lambda: venues.dialog)
    type_text("Salle communautaire du Bic")
    tab(qtbot)
    type_text("112, rue Sainte-Cécile, Le Bic")
    tab(qtbot)  # off the address, where Entrée starts a line
    enter(qtbot)
    closed(qtbot, venue)
    activate(qtbot, admin)
    venues.dialog = None
    press(qtbot, Qt.Key.Key_Insert, CTRL)  # a hall in the venue just made
    hall = dialog(qtbot, lambda: venues.dialog)
    type_text("Grande salle")
    tab(qtbot, 2)  # past "Admission générale", chosen
    type_text("180")
    enter(qtbot)
    closed(qtbot, hall)
    assert venues.message.text() == (
        f"Salle «{NBSP}Grande salle{NBSP}» enregistrée{NBSP}: 180{NBSP}places."
    )


def add_categories_and_price_list(qtbot: QtBot, admin: AdminWindow) -> None:
    from guichet.ui.admin.price_list_editor import PriceListDialog
    from guichet.ui.admin.prices import PricesSection

    prices = section(qtbot, admin, 3, "prices")
    assert isinstance(prices, PricesSection)
    press(qtbot, Qt.Key.Key_K, CTRL)  # Catégories de billets
    for code, name, english in (("adulte", "Adulte", "Adult"), ("enfant", "Enfant", "Child")):
        activate(qtbot, admin)
        keyboard_in(qtbot, prices.categories.table)
        press(qtbot, Qt.Key.Key_Insert)
        category = dialog(qtbot, lambda: prices.categories.dialog)
        prices.categories.dialog = None
        type_text(code)
        tab(qtbot)
        type_text(name)
        tab(qtbot)
        type_text(english)
        enter(qtbot)
        closed(qtbot, category)
    activate(qtbot, admin)
    press(qtbot, Qt.Key.Key_L, CTRL)  # Listes de prix
    keyboard_in(qtbot, prices.lists.table)
    press(qtbot, Qt.Key.Key_Insert)
    editor = dialog(qtbot, lambda: prices.lists.dialog)
    assert isinstance(editor, PriceListDialog)
    type_text("Régulier")
    adult, child = editor.fields
    # No tags; Tab on to the first price (the list of prices takes a Tab of its own first).
    tab_to(qtbot, adult.edit, most=3)
    type_text("24,50")
    tab(qtbot)
    assert focused() is child.edit
    type_text("13.25")
    assert [adult.key_label.text(), child.key_label.text()] == ["F1", "F2"]
    enter(qtbot)
    closed(qtbot, editor)


def add_show(qtbot: QtBot, admin: AdminWindow) -> None:
    from guichet.ui.admin.events import EventsSection

    events = section(qtbot, admin, 1, "events")
    assert isinstance(events, EventsSection)
    press(qtbot, Qt.Key.Key_Insert)
    assert events.editing and events.form.name_edit.hasFocus()
    type_text(SHOW)
    tab(qtbot)
    type_text("Islands Cabaret")
    # The only venue, its hall and the only price list are proposed: Entrée saves.
    form = events.form
    assert form.venue_combo.currentText() == "Salle communautaire du Bic"
    assert form.hall_combo.currentText() == f"Grande salle (180{NBSP}places)"
    assert form.price_combo.currentText() == "Régulier"
    enter(qtbot)
    assert not events.editing
    assert events.message.text() == (
        f"«{NBSP}{SHOW}{NBSP}» créé{NBSP}: Ctrl+O pour lui ajouter des dates."
    )


def add_weekly_series(qtbot: QtBot, admin: AdminWindow, first: date, weeks: int) -> str:
    """One date a week, on ``first``'s weekday at 20 h, from ``first`` for ``weeks`` weeks;
    returns what the preview said before « Enregistrer »."""
    from guichet.ui.admin.schedule import ScheduleSection
    from guichet.ui.admin.series_dialog import SeriesDialog

    schedule = section(qtbot, admin, 2, "schedule")
    assert isinstance(schedule, ScheduleSection)
    press(qtbot, Qt.Key.Key_Insert)
    series = dialog(qtbot, lambda: schedule.series_dialog)
    assert isinstance(series, SeriesDialog)
    assert focused() is series.event_field and series.event_field.currentText() == SHOW
    tab(qtbot)
    assert focused() is series.first_day
    qtbot.keyClicks(focused(), first.isoformat())
    tab(qtbot)
    assert focused() is series.last_day
    qtbot.keyClicks(focused(), (first + timedelta(weeks=weeks - 1)).isoformat())
    weekday = first.weekday()
    tab(qtbot, 1 + weekday)  # Lun, Mar…
    assert focused() is series.weekdays.boxes[weekday]
    press(qtbot, Qt.Key.Key_Space)
    tab(qtbot, 7 - weekday)
    assert focused() is series.times
    type_text("20 h")
    preview = series.summary.text()
    assert series.save_button.text() == f"Enregistrer les {weeks} dates (Entrée)"
    enter(qtbot)
    closed(qtbot, series)
    assert schedule.message.text() == f"{weeks} dates ajoutées."
    return preview


def back_office_work(qtbot: QtBot, window: MainWindow, first: date, weeks: int) -> str:
    """What the owner sets up in the Administration window (Ctrl+B), closed again (Échap);
    returns the series' preview."""
    admin = open_back_office(qtbot, window)
    add_cashier(qtbot, admin)
    add_venue_and_hall(qtbot, admin)
    add_categories_and_price_list(qtbot, admin)
    add_show(qtbot, admin)
    preview = add_weekly_series(qtbot, admin, first, weeks)
    activate(qtbot, admin)
    press(qtbot, Qt.Key.Key_Escape)  # closes the back office (deleted once closed)
    qtbot.waitUntil(lambda: window.admin_window is None, timeout=5000)
    activate(qtbot, window)
    return preview


# --- the counter ---------------------------------------------------------------------------


def open_shift(qtbot: QtBot, window: MainWindow) -> None:
    keyboard_in(qtbot, window.open_shift_page.amount_edit)
    enter(qtbot)  # the proposed float
    assert window.counter.current_shift() is not None
    assert window.sales_page is not None and window.stack.currentWidget() is window.sales_page


def sell_by_keyboard(qtbot: QtBot, window: MainWindow, starts_at: datetime) -> None:
    """2 × F1 (Adulte) and 1 × F2 (Enfant) for the show chosen in the day's list (the next
    to start), exact cash, « Terminer » once the receipt is printed."""
    page = window.sales_page
    assert page is not None and window.stack.currentWidget() is page
    keyboard_in(qtbot, page)
    show = page.selected_occurrence
    assert show is not None and show.event_name == SHOW
    assert show.starts_at == starts_at
    controller = window.print_controller
    assert controller is not None
    for key in (Qt.Key.Key_2, Qt.Key.Key_F1, Qt.Key.Key_F2):
        press(qtbot, key)
    assert [(line.quantity, line.unit_price) for line in page.cart.lines] == [
        (2, ADULT_PRICE),
        (1, CHILD_PRICE),
    ]
    enter(qtbot)
    qtbot.waitUntil(lambda: type(QApplication.activeModalWidget()).__name__ == "PaymentDialog")
    payment = QApplication.activeModalWidget()
    assert payment is not None
    keyboard_in(qtbot, payment)
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        enter(qtbot)  # exact cash is proposed
        qtbot.waitUntil(lambda: type(QApplication.activeModalWidget()).__name__ == "ReceiptDialog")
    receipt = QApplication.activeModalWidget()
    assert receipt is not None
    keyboard_in(qtbot, receipt)
    enter(qtbot)  # Terminer
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


# --- what was printed and recorded ----------------------------------------------------------

_ESC_POS = re.compile(rb"\x1b[@]|\x1b[tEa!d-].|\x1d[!V].")


def printed_text(data: bytes) -> str:
    """The receipt's text as printed: ESC/POS commands out, CP850 (the printer's code page)
    decoded, no-break spaces as the printer prints them."""
    lines = [_ESC_POS.sub(b"", raw).decode("cp850", errors="replace") for raw in data.split(b"\n")]
    return "\n".join(lines).replace(NBSP, " ")


def cents(value: Decimal) -> int:
    """Half away from zero, as guichet.domain.money rounds (amounts here are positive)."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def money_text(amount: int) -> str:
    """ "71,57 $", "-0,02 $": as a French receipt prints cents (amounts under 1 000 $)."""
    sign = "-" if amount < 0 else ""
    return f"{sign}{abs(amount) // 100},{abs(amount) % 100:02d} $"


def outbox(data_dir: Path) -> list[str]:
    conn = sqlite3.connect(data_dir / DB_NAME)
    try:
        return [row[0] for row in conn.execute("SELECT command_type FROM outbox ORDER BY id")]
    finally:
        conn.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder whose settings name a file printer (real python-escpos bytes)."""
    folder = tmp_path / "donnees"
    Settings(printer=f"file:{tmp_path / 'printer.bin'}").save(folder)
    return folder


def test_a_new_venue_sets_itself_up_and_sells(
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    seen: dict[str, object] = {}

    def journey(assistant: SetupAssistant) -> None:
        create_organisation(qtbot, assistant)
        window = the_counter(qtbot)
        seen["window_title"] = window.windowTitle()
        log_in(qtbot, window, "Marie Tremblay", "4826")
        # No shift is needed for the back office: Ctrl+B from the page that offers one.
        assert window.stack.currentWidget() is window.open_shift_page
        seen["preview"] = back_office_work(qtbot, window, TODAY, 6)
        log_out(qtbot, window)
        log_in(qtbot, window, "Julie Roy", "1357")
        open_shift(qtbot, window)
        sell_by_keyboard(qtbot, window, datetime.combine(TODAY, time(20), tzinfo=QUEBEC))
        seen["receipts"] = window.counter.receipts()

    code = run_program(qtbot, qapp, monkeypatch, data_dir, lambda: NOW, journey)
    assert code == 0

    # The total, computed here: 2 × 24,50 + 13,25 = 62,25; TPS 5 % and TVQ 9,975 % of the
    # subtotal, each rounded to the cent; cash rounds what is due to 5 cents.
    subtotal = 2 * ADULT_PRICE + CHILD_PRICE
    gst = cents(Decimal(subtotal) * Decimal("0.05"))
    qst = cents(Decimal(subtotal) * Decimal("0.09975"))
    total = subtotal + gst + qst
    cash = 5 * cents(Decimal(total) / 5)
    assert (subtotal, gst, qst, total, cash) == (6225, 311, 621, 7157, 7155)
    receipts = seen["receipts"]
    assert isinstance(receipts, list) and [r.total for r in receipts] == [total]

    text = printed_text((tmp_path / "printer.bin").read_bytes())
    assert text.count("REÇU") == 1  # one receipt, printed once
    assert f"TPS {GST_NUMBER}\nTVQ {QST_NUMBER}\n" in text  # under the payments
    assert "Théâtre du Bic" in text
    assert f"{SHOW} - jeudi 14 janvier 2027, 20 h" in text  # under each line
    for label, amount in (
        ("Sous-total", subtotal),
        ("TPS 5 %", gst),
        ("TVQ 9,975 %", qst),
        ("TOTAL", total),
        ("Arrondi (espèces)", cash - total),
        ("Espèces", cash),
    ):
        assert re.search(rf"^ *{re.escape(label)} +{re.escape(money_text(amount))}$", text, re.M), (
            label,
            text,
        )
    assert seen["window_title"] == "Guichet — Théâtre du Bic"
    assert seen["preview"] == "6 dates, du jeudi 14 janvier au jeudi 18 février 2027"

    assert outbox(data_dir) == [
        "organisation.set_up",
        "user.save",
        "venue.save",
        "hall.save",
        "category.save",
        "category.save",
        "price_list.save",
        "event.save",
        "occurrence.add",
        "shift.open",
        "order.sell",
    ]
    recorded(data_dir)


def recorded(data_dir: Path) -> None:
    """The database the program left: the show's six Thursdays, the sale on the first, the
    history of who set it all up, and ``guichet check``'s invariants."""
    from sqlalchemy import select
    from sqlalchemy.orm import sessionmaker

    from guichet.models.db import make_engine, sqlite_url
    from guichet.models.tables import CatalogueChange, Event, Occurrence, User
    from guichet.services.check import run_checks

    engine = make_engine(sqlite_url(data_dir / DB_NAME))
    try:
        with sessionmaker(engine)() as session:
            event = session.scalars(select(Event)).one()
            assert (event.name, event.name_en) == (SHOW, "Islands Cabaret")
            dates = session.scalars(
                select(Occurrence)
                .where(Occurrence.event_id == event.id)
                .order_by(Occurrence.starts_at)
            ).all()
            assert [d.starts_at.astimezone(QUEBEC) for d in dates] == [
                datetime.combine(TODAY + timedelta(weeks=n), time(20), tzinfo=QUEBEC)
                for n in range(6)
            ]
            assert [(d.capacity, d.sold) for d in dates] == [(180, 3)] + [(180, 0)] * 5
            owner = session.scalars(select(User).where(User.name == "Marie Tremblay")).one()
            history = session.execute(
                select(
                    CatalogueChange.entity, CatalogueChange.action, CatalogueChange.user_id
                ).order_by(CatalogueChange.at, CatalogueChange.id)
            ).all()
            assert {(entity, action) for entity, action, _who in history} >= {
                ("organisation", "set_up"),
                ("user", "created"),
                ("venue", "created"),
                ("hall", "created"),
                ("category", "created"),
                ("price_list", "created"),
                ("event", "created"),
                ("event", "dates_added"),
            }
            assert {who for _entity, action, who in history if action != "set_up"} == {owner.id}
            assert run_checks(session) == []
    finally:
        engine.dispose()
