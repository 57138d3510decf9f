"""Cancelling dates: a confirmation whose default answer keeps them, then the orders to
refund. Cancelling never deletes an order: the refunds are made from the sales window's
Remboursement (F8), and the list can be shown again (Ctrl+R on cancelled dates)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.i18n.errors import number
from guichet.i18n.formatting import money
from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.views import DateView, RefundDue
from guichet.ui.admin.date_fields import form_label
from guichet.ui.admin.dates_model import short_when
from guichet.ui.admin.section import show_message
from guichet.ui.admin.widgets import DIALOG_MARGINS, button_row, column_layout, hint_label
from guichet.ui.backoffice import fit_rows, item, make_table
from guichet.ui.limits import limit
from guichet.ui.theme import set_role

#: Dates named one by one in the confirmation; the others are counted.
NAMED = 6


class CancelDatesDialog(QDialog):
    """ "Annuler les 3 dates ?" — Entrée and Échap keep them."""

    done_cancelling = Signal(list, list)  # ids cancelled, RefundDue

    def __init__(
        self, office: BackOffice, views: Sequence[DateView], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.office = office
        self.lang = office.lang
        self.views = list(views)
        lang, tz = self.lang, office.timezone
        count = len(self.views)
        self.setWindowTitle(self.tr("Annuler des dates"))
        orders = office.dates.orders_to_refund([v.id for v in self.views])
        if count == 1:
            question = self.tr(
                "Annuler la date du {when} ({event})\u00a0? Elle ne sera plus vendue."
            ).format(
                when=short_when(self.views[0].starts_at, tz, lang), event=self.views[0].event_name
            )
        else:
            question = self.tr(
                "Annuler ces {count} dates\u00a0? Elles ne seront plus vendues."
            ).format(count=number(count, lang))
        lines = (
            [
                self.tr("• {when} — {event}").format(
                    when=short_when(v.starts_at, tz, lang), event=v.event_name
                )
                for v in self.views[:NAMED]
            ]
            if count > 1
            else []
        )
        if count > NAMED:
            lines.append(self.tr("… et %n autre(s)", "", count - NAMED))
        if not orders:
            consequence = self.tr("Aucun billet n'a été vendu pour ces dates.")
        elif len(orders) == 1:
            consequence = self.tr(
                "1 commande a des billets de ces dates\u00a0: elle ne sera pas supprimée\u00a0; "
                "vous la rembourserez avec Remboursement (F8)."
            )
        else:
            consequence = self.tr(
                "{count} commandes ont des billets de ces dates\u00a0: elles ne seront pas "
                "supprimées\u00a0; vous les rembourserez avec Remboursement (F8)."
            ).format(count=number(len(orders), lang))
        text = QLabel("\n".join([question, *lines]))
        text.setWordWrap(True)
        text.setMinimumWidth(620)
        self.consequence = QLabel(consequence)
        self.consequence.setWordWrap(True)
        set_role(self.consequence, "warn" if orders else "muted")
        self.reason = QLineEdit()
        limit(self.reason, "CancelDates.reason")
        self.reason.setPlaceholderText(self.tr("par exemple\u00a0: bris de la patinoire"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.keep_button = QPushButton(
            self.tr("Garder la date (Échap)") if count == 1 else self.tr("Garder les dates (Échap)")
        )
        self.keep_button.clicked.connect(self.reject)
        self.keep_button.setDefault(True)  # Entrée never cancels anything by mistake
        self.cancel_button = QPushButton(
            self.tr("Annuler la date")
            if count == 1
            else self.tr("Annuler les {count} dates").format(count=number(count, lang))
        )
        self.cancel_button.setProperty("role", "danger")
        # Entrée cancels only once Tab has put the focus on this button.
        self.cancel_button.setAutoDefault(True)
        self.cancel_button.clicked.connect(self.confirm)
        reason = QHBoxLayout()
        reason.addWidget(form_label(self.tr("Motif"), self.reason))
        reason.addWidget(self.reason, 1)
        column_layout(
            self,
            text,
            self.consequence,
            reason,
            self.message,
            button_row(self.keep_button, self.cancel_button, right=True),
            spacing=14,
            margins=DIALOG_MARGINS,
        )
        QWidget.setTabOrder(self.keep_button, self.reason)
        QWidget.setTabOrder(self.reason, self.cancel_button)
        self.keep_button.setFocus()

    def confirm(self) -> None:
        ids = [v.id for v in self.views]
        try:
            refunds = self.office.dates.cancel(ids, self.reason.text())
        except DomainError as error:
            show_message(self.message, error, self.lang)
            return
        self.accept()
        self.done_cancelling.emit(ids, refunds)


class RefundsDialog(QDialog):
    """The orders holding tickets of cancelled dates: to refund, never deleted."""

    def __init__(
        self, office: BackOffice, refunds: Sequence[RefundDue], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        # Oldest first, as sold (orders of the same minute by their receipt's number).
        self.refunds = sorted(refunds, key=lambda r: (r.created_at, r.receipt_number or 0))
        lang, tz = office.lang, office.timezone
        self.setWindowTitle(self.tr("Commandes à rembourser"))
        count = len(self.refunds)
        tickets = sum(r.tickets for r in self.refunds)
        total = sum(r.total for r in self.refunds)
        title = QLabel(
            self.tr("1 commande à rembourser")
            if count == 1
            else self.tr("{count} commandes à rembourser").format(count=number(count, lang))
        )
        title.setProperty("role", "title")
        explain = QLabel(
            self.tr(
                "Ces commandes ont des billets de dates annulées. Aucune n'a été supprimée\u00a0: "
                "remboursez-les depuis la fenêtre Remboursement (F8) de la vente, avec leur "
                "numéro de reçu ou leur code. Cette liste se retrouve en sélectionnant les "
                "dates annulées puis «\u00a0Commandes à rembourser… (Ctrl+R)\u00a0»."
            )
        )
        explain.setWordWrap(True)
        self.table = make_table(
            [
                self.tr("Reçu"),
                self.tr("Commande"),
                self.tr("Achetée le"),
                self.tr("Client"),
                self.tr("Billets"),
                self.tr("Montant"),
            ]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # A customer's long name wraps in its column, its row as tall as it needs.
        self.table.setWordWrap(True)
        header.sectionResized.connect(lambda *_args: fit_rows(self.table))
        self.table.setRowCount(count)
        for row, due in enumerate(self.refunds):
            cells = [
                item(
                    str(due.receipt_number) if due.receipt_number is not None else "—", right=True
                ),
                item(due.order_code),
                item(short_when(due.created_at, tz, lang)),
                item(due.customer or "—"),
                item(number(due.tickets, lang), right=True),
                item(money(due.total, lang), right=True),
            ]
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        fit_rows(self.table)
        totals = hint_label(
            self.tr("En tout\u00a0: %n billet(s), {total} à rembourser.", "", tickets).format(
                total=money(total, lang)
            )
        )
        close = QPushButton(self.tr("Fermer (Échap)"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        column_layout(
            self,
            title,
            explain,
            (self.table, 1),
            totals,
            button_row(close, right=True),
            spacing=12,
            margins=DIALOG_MARGINS,
        )
        self.resize(1160, 600)
        self.table.setFocus()
        if count:
            self.table.selectRow(0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The customers' column has its width only now: fit the rows to the wrapped names.
        QTimer.singleShot(0, self, lambda: fit_rows(self.table))
