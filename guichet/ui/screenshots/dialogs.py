"""Screenshots of dialogs (issue 16 part 5: every window is walked for cut text).

Each dialog is built on the demo as a cashier or a supervisor would meet it in the evening of
the pictures: a sale of several lines to refund, a search that finds several customers, the
approval of a sale on a date that has ended, the drawer counted at the end of the shift, the
receipts and the printer's waiting line, a promotion's codes, history and tags, and the
questions asked before something is lost (the till closed, dates cancelled).
Dialogs are returned as they open, at their own size.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QWidget

from guichet.domain.cart import Cart
from guichet.domain.errors import DomainError
from guichet.services.counter import Counter
from guichet.ui.screenshots.counter import _demo_promotions
from guichet.ui.screenshots.registry import (
    SIZE,
    ScreenshotContext,
    _busy_evening,
    _login,
    _user,
    demo_dates,
    screenshot,
)

if TYPE_CHECKING:
    from guichet.services.handlers import SaleRecorded
    from guichet.services.views import OccurrenceView
    from guichet.ui.main_window import MainWindow


#: The windows a dialog was opened from, kept until the dialog is closed (a window without
#: a parent is deleted with its Python object, and its dialogs with it).
_OWNERS: dict[int, QWidget] = {}


def _opened_from(dialog: QDialog, owner: QWidget) -> QDialog:
    """``dialog``, its ``owner`` kept alive until it closes, then let go once the closing is
    over (never from inside the dialog's own deletion, which the owner would repeat)."""
    key = id(dialog)
    _OWNERS[key] = owner
    dialog.finished.connect(lambda _result: QTimer.singleShot(0, lambda: _OWNERS.pop(key, None)))
    return dialog


def _said(ctx: ScreenshotContext, french: str, english: str) -> str:
    """What the person typed, in the language of the picture."""
    return english if ctx.lang == "en" else french


def _tonight(counter: Counter, name: str) -> OccurrenceView:
    """Tonight's date of the demo's event *name* (in French) that still sells at 19 h 30."""
    now = counter.clock()
    return next(o for o in demo_dates(counter, counter.today(), name) if o.ends_at > now)


def _coming(counter: Counter, name: str, days: int) -> list[OccurrenceView]:
    """The dates of *name* (in French) still to come, today and the *days* after."""
    now = counter.clock()
    found: list[OccurrenceView] = []
    for day in range(days + 1):
        found += demo_dates(counter, counter.today() + timedelta(days=day), name)
    return [o for o in found if o.ends_at > now]


def _sell(counter: Counter, cart: Cart, card: bool = False) -> SaleRecorded:
    payment = counter.payment_session(cart)
    if card:
        payment.add_card(payment.balance, "APPROB 381204")
    else:
        payment.add_cash(payment.cash_due)
    return counter.sell(cart, payment)


def _family_sale(counter: Counter) -> SaleRecorded:
    """The Tremblay family's evening, paid by card: tonight's theatre for the parents and the
    children, and the 18 h public swim before it."""
    theatre = _tonight(counter, "Le Malade imaginaire")
    adult, child = counter.categories(theatre.id)[:2]
    cart = Cart()
    counter.add_to_cart(cart, theatre.id, adult.category_id, 2)
    counter.add_to_cart(cart, theatre.id, child.category_id, 2)
    swim = _tonight(counter, "Bain libre")
    counter.add_to_cart(cart, swim.id, counter.categories(swim.id)[1].category_id, 3)
    counter.add_to_cart(cart, swim.id, counter.categories(swim.id)[0].category_id, 1)
    family = counter.find_customers("Famille Tremblay")[0]
    counter.set_customer(cart, family.id)
    return _sell(counter, cart, card=True)


# --- the counter ----------------------------------------------------------------------------


@screenshot("refund")
def _refund_window(ctx: ScreenshotContext) -> QWidget:
    """Sophie (cashier) refunds the Tremblay family: one child's theatre ticket was already
    refunded earlier; the other child and the swim are chosen now, to go back on the card."""
    from guichet.ui.refund import RefundDialog

    counter = ctx.counter
    _login(counter)
    counter.open_shift(20000)
    _busy_evening(counter)
    sale = _family_sale(counter)
    order = counter.order(sale.order_id)
    child = next(line for line in order.lines if line.quantity == 2 and line.unit_price < 3000)
    supervisor = counter.authorize_supervisor(_user(counter, "supervisor"), "2222")
    counter.refund(order.id, {child.id: 1}, supervisor, method="card", reason="Enfant malade")
    dialog = RefundDialog(counter, order_code=sale.order_code)
    _adult, theatre_child, *swim = counter.order(sale.order_id).lines  # as sold
    for line in (theatre_child, *swim):
        dialog.set_quantity(line.id, line.refundable)
    dialog.set_method("card")
    dialog.reason_edit.setText(_said(ctx, "Enfants malades, billet du médecin", "Sick children"))
    return dialog


@screenshot("customer")
def _customer_window(ctx: ScreenshotContext) -> QWidget:
    """Sophie (cashier) looks up « tremblay » (F7): the family's account and its members, and
    other customers of that name, one with a long name."""
    from guichet.ui.customer import CustomerDialog

    counter = ctx.counter
    _login(counter)
    counter.open_shift(20000)
    for name, email, phone, newsletter in (
        ("Marie-Ève Tremblay-Desrosiers", "marie-eve.tremblay-desrosiers@videotron.ca",
         "418 555-0198", True),
        ("Jean-François Tremblay", "", "581 555-0111", False),
        ("École primaire Tremblay-Saint-Laurent (groupes scolaires du 2e cycle)",
         "secretariat.tremblay-saint-laurent@csdeschenes.qc.ca", "418 555-0100", False),
    ):  # fmt: skip
        counter.create_customer(name, email=email, phone=phone, newsletter=newsletter)
    dialog = CustomerDialog(counter)
    dialog.search_edit.setText("tremblay")
    family = next(
        (row for row in range(dialog.results.count())
         if dialog.results.item(row).text().startswith("Famille Tremblay")),
        0,
    )  # fmt: skip
    dialog.results.setCurrentRow(family)
    return dialog


@screenshot("override")
def _override_window(ctx: ScreenshotContext) -> QWidget:
    """Sophie (cashier) sells the 10 h climbing initiation at 19 h 30: the date has ended, a
    supervisor approves it with a reason (« Autorisation d'un superviseur »)."""
    from guichet.ui.approval import OverrideDialog

    counter = ctx.counter
    _login(counter)
    counter.open_shift(20000)
    ended = demo_dates(counter, counter.today(), "Escalade — initiation")[0]
    cart = Cart()
    refusal: DomainError | None = None
    try:
        counter.add_to_cart(cart, ended.id, counter.categories(ended.id)[0].category_id, 2)
        _sell(counter, cart)
    except DomainError as error:
        refusal = error
    assert refusal is not None, "a date that has ended sells only with an override"
    dialog = OverrideDialog(counter, refusal)
    dialog.reason_edit.setText(
        _said(ctx, "Groupe scolaire arrivé en retard", "School group arrived late")
    )
    dialog.reason_edit.deselect()
    return dialog


@screenshot("close-shift")
def _close_shift_window(ctx: ScreenshotContext) -> QWidget:
    """Sophie (cashier) counts her drawer at the end of a busy evening: 45 cents short."""
    from guichet.ui.shift import CloseShiftDialog

    counter = ctx.counter
    _login(counter)
    counter.open_shift(20000)
    _busy_evening(counter)
    dialog = CloseShiftDialog(counter)
    rest = dialog.expected - 45
    counts: dict[int, int] = {}
    for denomination in (5000, 2000, 1000, 500, 200, 100, 25, 10, 5):
        counts[denomination], rest = divmod(rest, denomination)
    dialog.set_counts(counts)
    dialog.note_edit.setText(
        _said(ctx, "Pièces de 10\u00a0¢ tombées sous le comptoir", "Dimes dropped under the desk")
    )
    return dialog


def _evening_with_a_refund(counter: Counter) -> SaleRecorded:
    _login(counter)
    counter.open_shift(20000)
    _busy_evening(counter)
    sale = _family_sale(counter)
    order = counter.order(sale.order_id)
    supervisor = counter.authorize_supervisor(_user(counter, "supervisor"), "2222")
    counter.refund(order.id, {order.lines[0].id: 1}, supervisor, method="card")
    return sale


@screenshot("receipts")
def _receipts_window(ctx: ScreenshotContext) -> QWidget:
    """Sophie (cashier) opens the shift's receipts (F9): the evening's sales and a refund,
    the family's sale shown beside the list."""
    from guichet.ui.receipts import ReceiptsDialog

    counter = ctx.counter
    sale = _evening_with_a_refund(counter)
    dialog = ReceiptsDialog(counter)
    dialog.select_receipt(sale.receipt_id)
    return dialog


@screenshot("print-queue")
def _print_queue_window(ctx: ScreenshotContext) -> QWidget:
    """The receipt printer is out of paper: the evening's receipts and a copy wait for it."""
    from guichet.printing.printers import PrinterError
    from guichet.services.printqueue import PrintQueue
    from guichet.ui.printing import PrintController
    from guichet.ui.receipts import PrintQueueDialog

    counter = ctx.counter
    counter.printing_enabled = True  # a receipt printer is set up: each sale queues its receipt
    sale = _evening_with_a_refund(counter)
    counter.reprint(sale.receipt_id)

    def out_of_paper(_document: object, _uri: str) -> None:
        raise PrinterError("paper_out", "le capteur de papier signale un rouleau vide")

    runtime = ctx.runtime
    queue = PrintQueue(
        runtime.session_factory,
        counter.terminal_id,
        "tcp:192.168.1.50:9100",
        lang=ctx.lang,
        print_fn=out_of_paper,
    )
    queue.process()
    controller = PrintController(queue)
    controller.refresh_status()
    dialog = PrintQueueDialog(counter, controller)
    controller.setParent(dialog)
    dialog.table.selectRow(0)
    return dialog


@screenshot("confirm-quit")
def _confirm_quit_window(ctx: ScreenshotContext) -> QWidget:
    """Alt+F4 with a sale in progress and Sophie's shift still open: « Fermer Guichet ? »"""
    from guichet.ui.main_window import MainWindow

    counter = ctx.counter
    _login(counter)
    counter.open_shift(20000)
    window = MainWindow(counter)
    window.resize(*SIZE)
    page = window.sales_page
    assert page is not None
    show = _tonight(counter, "Le Malade imaginaire")
    counter.add_to_cart(page.cart, show.id, counter.categories(show.id)[0].category_id, 2)
    window.request_close()
    box = window.close_question
    assert box is not None
    return _opened_from(box, window)


# --- the back office ------------------------------------------------------------------------


@screenshot("codes")
def _codes_window(ctx: ScreenshotContext) -> QWidget:
    """Luc (supervisor) on the codes of « Carnaval — partenaires »: 500 random codes, a
    partner's custom code, one code disabled."""
    from guichet.ui.backoffice.codes import CodesDialog

    admin, ids = _demo_promotions(ctx.counter)
    carnaval = ids["carnaval"]
    admin.add_custom_code(carnaval, "CARNAVAL27", 1500)
    first = admin.codes(carnaval, limit=2)
    admin.set_code_enabled(first[-1].id, False)
    dialog = CodesDialog(admin, ctx.lang, carnaval)
    dialog.select_code("CARNAVAL27")
    return dialog


@screenshot("max-uses")
def _max_uses_window(ctx: ScreenshotContext) -> QWidget:
    """Luc (supervisor) changes how many orders may use DECOUVERTE (F2 in its codes)."""
    from guichet.ui.backoffice.codes import MaxUsesDialog

    admin, ids = _demo_promotions(ctx.counter)
    code = next(c for c in admin.codes(ids["decouverte"]) if c.text == "DECOUVERTE")
    return MaxUsesDialog(code)


@screenshot("code-history")
def _code_history_window(ctx: ScreenshotContext) -> QWidget:
    """The history of « Mardis découverte »: made, changed (dates, discount, description),
    its code added, limited and disabled for an evening."""
    from dataclasses import replace
    from datetime import date

    from guichet.domain.promotions import percent_off
    from guichet.ui.backoffice.codes import HistoryDialog

    admin, ids = _demo_promotions(ctx.counter)
    offer = ids["decouverte"]
    promotion = admin.get(offer)
    admin.save(
        replace(
            promotion,
            effect=percent_off(25),
            expires=date(2027, 4, 30),
            description_fr="25 % sur le théâtre avec le code DECOUVERTE, jusqu'à la fin avril.",
        )
    )
    code = next(c for c in admin.codes(offer) if c.text == "DECOUVERTE")
    admin.update_code(code.id, 350)
    admin.set_code_enabled(code.id, False)
    admin.set_code_enabled(code.id, True)
    return HistoryDialog(admin, ctx.lang, offer)


@screenshot("code-tags")
def _code_tags_window(ctx: ScreenshotContext) -> QWidget:
    """Luc (supervisor) adds « famille » and « jeunesse » to the two theatre shows (checked
    among the events) and takes « promo-été » off them."""
    from guichet.ui.backoffice.codes import TagsDialog

    admin, _ids = _demo_promotions(ctx.counter)
    dialog = TagsDialog(admin, ctx.lang)
    events = {c.name: c.id for c in admin.choices().events}
    theatre = [i for name, i in events.items() if "Malade" in name or "Belles" in name]
    dialog.select(theatre)
    dialog.add_edit.setText("famille, jeunesse")
    dialog.remove_edit.setText("promo-été")
    return dialog


@screenshot("promotion-confirm")
def _promotion_confirm_window(ctx: ScreenshotContext) -> QWidget:
    """Suppr on « Mardis découverte », already used in sales: offered to disable it instead."""
    from guichet.ui.backoffice.promotions import PromotionsWindow

    admin, ids = _demo_promotions(ctx.counter)
    window = PromotionsWindow(admin, ctx.lang)
    window.resize(*SIZE)
    window.select_promotion(ids["decouverte"])
    window.delete_selected()
    dialog = window.confirm_dialog
    assert dialog is not None
    return _opened_from(dialog, window)


def _theatre_sold(counter: Counter) -> list[str]:
    """The theatre's coming week sold (tonight's show to a few customers): the dates the
    owner cancels when the hall's heating fails. Returns their ids, tonight's first."""
    from guichet.domain.payments import PaymentSession

    _login(counter)
    counter.open_shift(20000)
    family = counter.find_customers("Famille Tremblay")[0].id
    ginette = counter.create_customer("Ginette Roy", phone="418 555-0123").id
    long_name = counter.create_customer(
        "Marie-Ève Tremblay-Desrosiers", email="marie-eve.tremblay-desrosiers@videotron.ca"
    ).id
    dates = _coming(counter, "Le Malade imaginaire", 6) + _coming(counter, "Les Belles-sœurs", 1)
    for index, (show, customer) in enumerate(
        zip(dates, (family, ginette, None, long_name, None, ginette, None), strict=False)
    ):
        categories = counter.categories(show.id)
        cart = Cart()
        counter.add_to_cart(cart, show.id, categories[0].category_id, 2 + index % 3)
        counter.add_to_cart(cart, show.id, categories[1].category_id, 1)
        if customer:
            counter.set_customer(cart, customer)
        payment: PaymentSession = counter.payment_session(cart)
        payment.add_cash(payment.cash_due)
        counter.sell(cart, payment)
    counter.logout()
    _login(counter, "owner")
    return [o.id for o in dates]


@screenshot("cancel-dates")
def _cancel_dates_window(ctx: ScreenshotContext) -> QWidget:
    """The owner cancels the theatre's coming week, seven dates (Suppr in the schedule): the
    question, the orders that will need a refund, the reason."""
    from guichet.services.backoffice.schedule import DateFilter
    from guichet.ui.admin.date_cancel import CancelDatesDialog

    counter = ctx.counter
    sold = _theatre_sold(counter)
    office = counter.back_office()
    views = office.dates.list(DateFilter(ids=tuple(sold)))
    dialog = CancelDatesDialog(office, views)
    dialog.reason.setText(_said(ctx, "Panne de chauffage dans la salle", "Heating failure"))
    return dialog


@screenshot("cancel-refunds")
def _cancel_refunds_window(ctx: ScreenshotContext) -> QWidget:
    """Once the seven dates are cancelled: the orders to refund from the sales window."""
    from guichet.ui.admin.date_cancel import RefundsDialog

    counter = ctx.counter
    sold = _theatre_sold(counter)
    office = counter.back_office()
    refunds = office.dates.cancel(sold, _said(ctx, "Panne de chauffage", "Heating failure"))
    return RefundsDialog(office, refunds)


def _window_with_a_cart(ctx: ScreenshotContext) -> MainWindow:
    from guichet.ui.main_window import MainWindow

    counter = ctx.counter
    _login(counter)
    counter.open_shift(20000)
    window = MainWindow(counter)
    window.resize(*SIZE)
    page = window.sales_page
    assert page is not None
    show = _tonight(counter, "Le Malade imaginaire")
    counter.add_to_cart(page.cart, show.id, counter.categories(show.id)[0].category_id, 3)
    return window


@screenshot("confirm-clear-cart")
def _confirm_clear_cart_window(ctx: ScreenshotContext) -> QWidget:
    """Échap with a cart: « Retirer tous les billets du panier ? » (Entrée keeps it)."""
    window = _window_with_a_cart(ctx)
    page = window.sales_page
    assert page is not None
    page.clear_cart()
    box = page.clear_question
    assert box is not None
    return _opened_from(box, window)


@screenshot("confirm-logout")
def _confirm_logout_window(ctx: ScreenshotContext) -> QWidget:
    """F11 with a cart: keep it for the next person (Entrée), empty it (V) or stay."""
    window = _window_with_a_cart(ctx)
    window.request_logout()
    box = window.logout_question
    assert box is not None
    return _opened_from(box, window)
