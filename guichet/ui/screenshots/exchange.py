"""Screenshot builder of the exchange dialog (issue 17, part 6)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from guichet.ui.screenshots.dialogs import _coming, _family_sale, _said
from guichet.ui.screenshots.registry import ScreenshotContext, _busy_evening, _login, screenshot


@screenshot("exchange")
def _exchange_window(ctx: ScreenshotContext) -> QWidget:
    """Sophie (cashier) at 19 h 30: the Tremblay parents would rather come on Tuesday. One
    child's ticket was already moved to Sunday this afternoon (the history says so); the
    parents' and the other child's tickets are ticked, Tuesday 20 h is chosen, the reason
    typed, ready for Entrée. The swim tonight stays as it is."""
    from guichet.ui.exchange import ExchangeDialog

    counter = ctx.counter
    _login(counter)
    counter.open_shift(20000)
    _busy_evening(counter)
    sale = _family_sale(counter)
    tonight, sunday, *_rest, tuesday = _coming(counter, "Le Malade imaginaire", 3)
    options = counter.exchange_options(sale.order_id)
    theatre = [t for t in options.exchangeable if t.occurrence_id == tonight.id]
    child = min(theatre, key=lambda t: t.price)  # a child's (the cheaper tariff)
    counter.exchange_tickets([child.id], sunday.id, reason="Garde partagée")
    dialog = ExchangeDialog(counter, order_id=sale.order_id)
    dialog.set_ticked({t.id for t in theatre if t.id != child.id})
    dialog.choose_date(tuesday.id)
    dialog.reason_edit.setText(_said(ctx, "Préfèrent mardi", "Would rather come Tuesday"))
    return dialog
