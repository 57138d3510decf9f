"""The counter's single window: login -> open shift -> sales, with a status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.i18n.formatting import local, long_date, time_of_day
from guichet.services.counter import Counter
from guichet.services.views import ShiftView
from guichet.ui.fit import elide
from guichet.ui.login import LoginPage, role_name
from guichet.ui.printing import PrintController
from guichet.ui.shift import CloseShiftDialog, OpenShiftPage

if TYPE_CHECKING:
    from guichet.ui.admin import AdminWindow
    from guichet.ui.backoffice.promotions import PromotionsWindow
    from guichet.ui.cards import CardsWindow
    from guichet.ui.conflicts import ConflictsWindow
    from guichet.ui.receipts import PrintQueueDialog, ReceiptsDialog
    from guichet.ui.redeem import RedeemWindow
    from guichet.ui.refund import RefundDialog
    from guichet.ui.reserves import ReservesWindow
    from guichet.ui.sales import SalesPage
    from guichet.ui.seatdesk import SeatDeskWindow
    from guichet.ui.sync import SyncController
    from guichet.ui.zreport import ZReportDialog


class StatusButton(QPushButton):
    """A flat status-bar button whose sentence is shortened with "…" when space runs out
    (the whole sentence stays in the tooltip and the accessible name)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(160)
        # The status bar's height even before the first status arrives (hidden, a button
        # keeps the theme's touch height and makes the bar 75 px high at 1366x768).
        self.setStyleSheet(STATUS_BUTTON_STYLE.format(level=""))

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def _elide(self) -> None:
        room = max(self.width() - 32, 40)
        self.setText(elide(self.fontMetrics(), self.full_text, room))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.full_text) + 40, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()


STATUS_BUTTON_STYLE = (
    "QPushButton {{ min-height: 40px; padding: 2px 8px; font-size: 13pt; {level} }}"
)
_LEVEL_STYLE = {
    "ok": "color: #1a7f37;",
    "warn": "color: #9a6700;",
    "error": "color: white; background: #cf222e; border: none;",
}


class MainWindow(QMainWindow):
    def __init__(
        self,
        counter: Counter,
        print_controller: PrintController | None = None,
        sync_controller: SyncController | None = None,
    ) -> None:
        super().__init__()
        self.counter = counter
        self.print_controller = print_controller
        self.sync_controller = sync_controller
        self.setWindowTitle(
            self.tr("Guichet — {organisation}").format(organisation=counter.organisation.name)
        )
        self.setMinimumSize(1024, 700)
        self.resize(1366, 768)

        self.stack = QStackedWidget()
        self.login_page = LoginPage(counter)
        self.open_shift_page = OpenShiftPage(counter)
        self.sales_page: SalesPage | None = None
        self.stack.addWidget(self.login_page)
        self.stack.addWidget(self.open_shift_page)
        self.setCentralWidget(self.stack)
        self.login_page.loggedIn.connect(self._logged_in)
        self.open_shift_page.shiftOpened.connect(self._shift_opened)
        self.open_shift_page.logoutRequested.connect(self.logout)

        # Open dialogs, kept so they live while shown (and tests can reach them).
        self.refund_dialog: RefundDialog | None = None
        self.receipts_dialog: ReceiptsDialog | None = None
        self.close_shift_dialog: CloseShiftDialog | None = None
        self.zreport_dialog: ZReportDialog | None = None
        self.print_queue_dialog: PrintQueueDialog | None = None
        self.promotions_window: PromotionsWindow | None = None
        self.reserves_window: ReservesWindow | None = None
        self.seat_desk_window: SeatDeskWindow | None = None
        self.redeem_window: RedeemWindow | None = None
        self.cards_window: CardsWindow | None = None
        self.conflicts_window: ConflictsWindow | None = None
        self.admin_window: AdminWindow | None = None
        # Leaving with something to lose asks first (issue 16, part 1): the question's
        # default (Entrée) and Échap keep what is there.
        self.close_question: QMessageBox | None = None
        self.logout_question: QMessageBox | None = None
        self._close_confirmed = False
        # Alt+F4 where the system leaves it to the window; elsewhere the system's own close
        # arrives as a spontaneous close event: both ask the same question.
        close_shortcut = QShortcut(QKeySequence("Alt+F4"), self)
        close_shortcut.setAutoRepeat(False)
        close_shortcut.activated.connect(self.request_close)
        from guichet.ui import messages

        messages.DISPLAY_TIMEZONE = counter.organisation.timezone  # times in refusals

        self._build_status_bar()
        if print_controller is not None:
            print_controller.statusChanged.connect(self._printer_status)
            try:
                print_controller.refresh_status()
            except Exception:  # noqa: BLE001 - a status query must not stop the counter
                self._printer_status(*print_controller.status)
        if counter.actor is not None:
            self._logged_in(counter.actor)
        else:
            self.show_login()

    # --- status bar -------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.place_label = QLabel()
        self.user_label = QLabel()
        self.shift_label = QLabel()
        self.printer_button = StatusButton()
        self.printer_button.setAutoDefault(False)
        self.printer_button.clicked.connect(self.show_print_queue)
        self.printer_button.setVisible(self.print_controller is not None)
        self.clock_label = QLabel()
        # Back office (supervisors and owners only; the service refuses anyone else anyway).
        self.promotions_button, self.promotions_shortcut = self._bar_button(
            self.tr("Promotions (Ctrl+P)"), "Ctrl+P", self.show_promotions
        )
        # Capacity reserves: every logged-in user (cashiers with access draw; supervisors and
        # the owner also manage). The service enforces who may do what.
        self.reserves_button, self.reserves_shortcut = self._bar_button(
            self.tr("Réserves (Ctrl+R)"), "Ctrl+R", self.show_reserves
        )
        # Reserved seating: hold, block, release and assign seats (supervisors and owners; the
        # service refuses a cashier in words).
        self.seat_desk_button, self.seat_desk_shortcut = self._bar_button(
            self.tr("Plan de salle (Ctrl+M)"), "Ctrl+M", self.show_seat_desk
        )
        # Gift packages and passes: scanning and booking (everyone), the cards list (everyone
        # reads; generating, blocking and editing types are for supervisors and owners).
        self.redeem_button, self.redeem_shortcut = self._bar_button(
            self.tr("Laissez-passer (Ctrl+L)"), "Ctrl+L", self.show_redeem
        )
        # The door: tickets scanned at the entrance (every logged-in user).
        self.door_window: QWidget | None = None
        self.door_button, self.door_shortcut = self._bar_button(
            self.tr("Entrées (Ctrl+E)"), "Ctrl+E", self.show_door
        )
        # Conflicts found at sync and pairing codes for new counters (supervisors and owners).
        self.conflicts_button, self.conflicts_shortcut = self._bar_button(
            self.tr("Conflits (Ctrl+J)"), "Ctrl+J", self.show_conflicts
        )
        self.cards_button, self.cards_shortcut = self._bar_button(
            self.tr("Cartes (Ctrl+K)"), "Ctrl+K", self.show_cards
        )
        # The back office: events, dates, prices, venues, staff, counters (supervisors and
        # owners; the service refuses anyone else in words).
        self.admin_button, self.admin_shortcut = self._bar_button(
            self.tr("Administration (Ctrl+B)"), "Ctrl+B", self.show_admin
        )
        for widget in (self.place_label, self.user_label, self.shift_label):
            widget.setContentsMargins(8, 0, 8, 0)
            bar.addWidget(widget)
        # The windows of the counter sit in a bar of their own at the top: the status bar
        # keeps what must always be readable (who, shift, printer, server, time).
        from PySide6.QtWidgets import QToolBar

        self.windows_bar = QToolBar(self.tr("Fenêtres"))
        self._bar_actions: dict[QPushButton, QAction] = {}
        self.windows_bar.setMovable(False)
        self.windows_bar.setFloatable(False)
        for button in (
            self.redeem_button,
            self.door_button,
            self.cards_button,
            self.reserves_button,
            self.promotions_button,
            self.seat_desk_button,
            self.conflicts_button,
            self.admin_button,
        ):
            # In a tool bar a widget is shown and hidden through its action.
            self._bar_actions[button] = self.windows_bar.addWidget(button)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.windows_bar)
        self.windows_bar.setVisible(False)
        from guichet.ui.sync import SyncStatusButton

        self.sync_button = SyncStatusButton(
            self.counter.lang, self.counter.organisation.timezone, clock=self.counter.clock
        )
        bar.addPermanentWidget(self.printer_button, 1)
        bar.addPermanentWidget(self.sync_button, 1)
        if self.sync_controller is not None:
            self.sync_controller.statusChanged.connect(self.sync_button.on_status)
            self.sync_controller.statusChanged.connect(self.login_page.on_sync_status)
            self.sync_button.clicked.connect(self.sync_controller.sync_now)
            self.sync_controller.refresh_status()
            self.sync_controller.start()
        else:
            self.sync_button.show_standalone()
        bar.addPermanentWidget(self.clock_label)
        self.clock_label.setContentsMargins(8, 0, 8, 0)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(1000)
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start()
        self._tick()

    def _bar_button(
        self, text: str, keys: str, slot: Callable[[], None]
    ) -> tuple[QPushButton, QShortcut]:
        """A status-bar button and its keyboard shortcut (hidden until someone logs in)."""
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # 12 pt and little padding: a supervisor's eight windows fit 1366 px in French.
        button.setStyleSheet("QPushButton { min-height: 40px; padding: 2px 6px; font-size: 12pt; }")
        button.clicked.connect(slot)
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.activated.connect(slot)
        return button, shortcut

    @Slot()
    def _tick(self) -> None:
        tz, lang = self.counter.organisation.timezone, self.counter.lang
        now = local(self.counter.clock(), tz)
        # A clock always shows the minutes ("12 h 00", "12:00 p.m."), unlike show times.
        hour = (
            f"{now.hour}\u00a0h\u00a0{now.minute:02d}"
            if lang == "fr"
            else now.strftime("%I:%M %p").lstrip("0").replace("AM", "a.m.").replace("PM", "p.m.")
        )
        self.clock_label.setText(hour)
        self.clock_label.setToolTip(long_date(now.date(), lang))

    def update_status(self) -> None:
        counter = self.counter
        shift = counter.current_shift()
        terminal = ""
        if shift is not None:
            try:
                terminal = counter.shift_summary(shift.id).terminal_name
            except (DomainError, LookupError):
                terminal = ""
        if terminal:
            self.place_label.setText(
                self.tr("{organisation} · {terminal}").format(
                    organisation=counter.organisation.name, terminal=terminal
                )
            )
        else:
            self.place_label.setText(counter.organisation.name)
        actor = counter.actor
        for button, shown in (
            (self.promotions_button, self.can_open_back_office),
            (self.reserves_button, actor is not None),
            (self.seat_desk_button, self.can_open_back_office),
            (self.redeem_button, actor is not None),
            (self.cards_button, actor is not None),
            (self.conflicts_button, self.can_open_back_office),
            (self.admin_button, self.can_open_back_office),
        ):
            self._bar_actions[button].setVisible(shown)
        self.windows_bar.setVisible(actor is not None)
        if actor is None:
            self.user_label.setText(self.tr("Aucune session"))
        else:
            self.user_label.setText(actor.name)
            self.user_label.setToolTip(role_name(actor.role, actor.title_form))
        if shift is None:
            self.shift_label.setText(self.tr("Aucun quart ouvert"))
        else:
            opened = time_of_day(shift.opened_at, counter.organisation.timezone, counter.lang)
            if actor is not None and actor.user_id == shift.user_id:
                text = self.tr("Quart ouvert à {time}").format(time=opened)
            else:
                text = self.tr("Quart de {name}, ouvert à {time}").format(
                    name=shift.user_name, time=opened
                )
            self.shift_label.setText(text)

    @Slot(str, str)
    def _printer_status(self, level: str, text: str) -> None:
        self.printer_button.set_full_text(text)
        self.printer_button.setProperty("level", level)
        self.printer_button.setStyleSheet(
            STATUS_BUTTON_STYLE.format(level=_LEVEL_STYLE.get(level, ""))
        )

    # --- pages -------------------------------------------------------------------------

    def _ensure_sales_page(self) -> SalesPage:
        if self.sales_page is None:
            from guichet.ui.sales import SalesPage

            page = SalesPage(self.counter)
            page.print_controller = self.print_controller  # what the receipt says of printing
            page.saleCompleted.connect(self._sale_completed)
            page.refundRequested.connect(self.show_refund)
            page.receiptsRequested.connect(self.show_receipts)
            page.closeShiftRequested.connect(self.show_close_shift)
            page.logoutRequested.connect(self.request_logout)
            self.stack.addWidget(page)
            self.sales_page = page
        return self.sales_page

    def _focus_current_page(self) -> None:
        """Give the keyboard to the page on screen: a cashier types before touching anything."""
        page = self.stack.currentWidget()
        if page is self.login_page:
            self.login_page.pin_edit.setFocus()
        elif page is self.open_shift_page:
            self.open_shift_page.amount_edit.setFocus()
        elif page is not None:
            page.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Focus set while the window was still hidden is lost when it first appears.
        QTimer.singleShot(0, self._focus_current_page)

    def show_login(self) -> None:
        self.login_page.refresh()
        self.stack.setCurrentWidget(self.login_page)
        self.login_page.pin_edit.setFocus()
        self.update_status()

    def show_open_shift(self) -> None:
        self.open_shift_page.refresh()
        self.stack.setCurrentWidget(self.open_shift_page)
        self.open_shift_page.amount_edit.setFocus()
        self.update_status()

    def show_sales(self) -> None:
        page = self._ensure_sales_page()
        if page.isVisible() or not self.isVisible():
            page.refresh()
        # else: the page is about to appear, and its showEvent loads the day (once).
        self.stack.setCurrentWidget(page)
        self.update_status()

    @Slot(object)
    def _logged_in(self, _actor: object) -> None:
        if self.counter.current_shift() is None:
            self.show_open_shift()
        else:
            self.show_sales()

    @Slot(object)
    def _shift_opened(self, _shift: ShiftView) -> None:
        self.show_sales()

    def _cart_count(self) -> int:
        """Tickets (and cards) in the sales page's cart, not yet paid."""
        page = self.sales_page
        if page is None or page.cart.is_empty():
            return 0
        return sum(line.quantity for line in page.cart.lines)

    @Slot()
    def request_logout(self) -> None:
        """F11: log out; with a cart in progress, ask first whether to keep it for the next
        person (the default, Entrée) or empty it (V); Échap stays logged in."""
        count = self._cart_count()
        if count == 0:
            self.logout()
            return
        if self.logout_question is not None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Se déconnecter"))
        box.setText(
            self.tr(
                "Un panier est en cours (%n article(s) non payé(s)). Se déconnecter en le "
                "gardant pour la personne qui se connectera ensuite, ou en le vidant\u00a0?",
                "",
                count,
            )
        )
        # Short labels: three long ones were wider than a message box may be (cut at 1366).
        role = QMessageBox.ButtonRole
        keep = box.addButton(self.tr("Garder (Entrée)"), role.AcceptRole)
        empty = box.addButton(self.tr("&Vider (V)"), role.DestructiveRole)
        stay = box.addButton(self.tr("Rester connecté (Échap)"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(stay)
        self.logout_question = box

        def done(_result: int) -> None:
            self.logout_question = None
            clicked = box.clickedButton()
            box.deleteLater()
            if clicked is empty and self.sales_page is not None:
                self.sales_page._reset_cart()
                self.sales_page.clear_pending_quantity()
            if clicked in (keep, empty):
                self.logout()
            else:
                self.activateWindow()
                self._focus_current_page()

        box.finished.connect(done)
        box.open()

    @Slot()
    def logout(self) -> None:
        if self.promotions_window is not None:  # the back office is the logged-in person's
            self.promotions_window.close()
        if self.reserves_window is not None:  # so is the reserves window
            self.reserves_window.close()
        if self.seat_desk_window is not None:  # and the seat desk
            self.seat_desk_window.close()
        for window in (
            self.redeem_window,
            self.cards_window,
            self.conflicts_window,
            self.admin_window,
            self.door_window,
        ):
            if window is not None:
                window.close()
        if self.sales_page is not None:
            # "Vente n° … enregistrée" (or a refusal) belongs to who leaves, not who logs in.
            self.sales_page.clear_message()
        self.counter.logout()
        self.show_login()

    # --- printing ----------------------------------------------------------------------

    @Slot()
    def kick_printer(self) -> None:
        if self.print_controller is not None:
            self.print_controller.kick()

    @Slot(object)
    def _sale_completed(self, _sale: object) -> None:
        self.kick_printer()
        self.update_status()
        self.sync_now()

    @Slot()
    def sync_now(self) -> None:
        """Push what was just recorded (the background cycle would, a few seconds later)."""
        if self.sync_controller is not None:
            self.sync_controller.sync_now()

    @Slot()
    def show_print_queue(self) -> None:
        if self.print_controller is None:
            return
        # The dialogs a cashier opens later: imported then, not before the login screen.
        from guichet.ui.receipts import PrintQueueDialog

        dialog = PrintQueueDialog(self.counter, self.print_controller, self)
        self.print_queue_dialog = dialog
        dialog.open()

    # --- dialogs -----------------------------------------------------------------------

    @Slot()
    def show_refund(self) -> None:
        # The dialogs a cashier opens later: imported then, not before the login screen.
        from guichet.ui.refund import RefundDialog

        dialog = RefundDialog(self.counter, self)
        dialog.refunded.connect(self._refunded)
        dialog.finished.connect(self._back_to_sales)
        self.refund_dialog = dialog
        dialog.open()

    @Slot()
    def show_receipts(self) -> None:
        # The dialogs a cashier opens later: imported then, not before the login screen.
        from guichet.ui.receipts import ReceiptsDialog

        dialog = ReceiptsDialog(self.counter, self, printer=self.print_controller)
        dialog.reprintQueued.connect(self.kick_printer)
        dialog.refunded.connect(self._refunded)
        dialog.finished.connect(self._back_to_sales)
        self.receipts_dialog = dialog
        dialog.open()

    @Slot(object)
    def _refunded(self, _result: object) -> None:
        self.kick_printer()

    @Slot(int)
    def _back_to_sales(self, _result: int) -> None:
        if self.sales_page is not None and self.stack.currentWidget() is self.sales_page:
            self.sales_page.refresh()
        self.update_status()

    @Slot()
    def show_close_shift(self) -> None:
        try:
            dialog = CloseShiftDialog(self.counter, self)
        except DomainError:  # the shift was closed elsewhere
            self.logout()
            return
        dialog.finished.connect(self._close_shift_finished)
        self.close_shift_dialog = dialog
        dialog.open()

    @Slot(int)
    def _close_shift_finished(self, result: int) -> None:
        dialog = self.close_shift_dialog
        if result != QDialog.DialogCode.Accepted or dialog is None:
            return
        self.zreport_dialog = dialog.zreport_dialog
        self.kick_printer()  # the Z report was queued with the closing
        self.logout()

    # --- back office -------------------------------------------------------------------

    @property
    def can_open_back_office(self) -> bool:
        actor = self.counter.actor
        return actor is not None and actor.role.can_supervise

    @Slot()
    def show_promotions(self) -> None:
        """The promotions back office, in its own window (supervisors and owners)."""
        if not self.can_open_back_office:
            return
        from guichet.services.promotions import PromotionAdmin
        from guichet.ui.backoffice.promotions import PromotionsWindow

        window = self.promotions_window
        if window is None or not window.isVisible():
            counter = self.counter
            admin = PromotionAdmin(
                counter.session_factory,
                counter.terminal_id,
                lambda: counter.actor,
                lang=counter.lang,
                clock=counter.clock,
                bus=counter.bus,  # the supervisor's proof for the server (SECURITY.md)
            )
            window = PromotionsWindow(admin, counter.lang, self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(self._promotions_closed)
            window.resize(min(self.width(), 1366), min(self.height(), 768))
            self.promotions_window = window
        window.show()
        window.raise_()
        window.activateWindow()

    @Slot()
    def _promotions_closed(self) -> None:
        self.promotions_window = None

    @Slot()
    def show_reserves(self) -> None:
        """The capacity reserves window (every logged-in user; the service checks access)."""
        if self.counter.actor is None:
            return
        from guichet.ui.reserves import ReservesWindow

        window = self.reserves_window
        if window is None or not window.isVisible():
            window = ReservesWindow(self.counter, self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(self._reserves_closed)
            window.ticketsDrawn.connect(self._tickets_drawn)
            window.changed.connect(self._reserves_changed)
            window.resize(min(self.width(), 1366), min(self.height(), 768))
            self.reserves_window = window
        else:
            window.refresh()
        window.show()
        window.raise_()
        window.activateWindow()

    @Slot(object)
    def _tickets_drawn(self, _result: object) -> None:
        self.kick_printer()

    @Slot()
    def _reserves_changed(self) -> None:
        # General availability moved: the sales page shows it again.
        if self.sales_page is not None and self.stack.currentWidget() is self.sales_page:
            self.sales_page.refresh()

    @Slot()
    def _reserves_closed(self) -> None:
        self.reserves_window = None

    @Slot()
    def show_seat_desk(self) -> None:
        """Hold, block, release and assign seats of reserved-seating shows (supervisors and
        owners); a cashier is told in words, on the sales page."""
        if self.counter.actor is None:
            return
        if not self.can_open_back_office:
            from guichet.domain.errors import DomainError
            from guichet.ui.messages import message_for

            if self.sales_page is not None:
                self.sales_page.show_error(
                    message_for(DomainError("supervisor_required"), self.counter.lang)
                )
            return
        from guichet.ui.seatdesk import SeatDeskWindow

        window = self.seat_desk_window
        if window is None or not window.isVisible():
            window = SeatDeskWindow(self.counter, self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(self._seat_desk_closed)
            window.changed.connect(self._seats_changed)
            window.resize(min(self.width(), 1366), min(self.height(), 768))
            self.seat_desk_window = window
        else:
            window.refresh()
        window.show()
        window.raise_()
        window.activateWindow()

    @Slot()
    def _seats_changed(self) -> None:
        self.kick_printer()  # an assignment prints its complimentary tickets
        if self.sales_page is not None and self.stack.currentWidget() is self.sales_page:
            self.sales_page.refresh()

    @Slot()
    def _seat_desk_closed(self) -> None:
        self.seat_desk_window = None

    def _open_window(
        self, attribute: str, make: Callable[[], QWidget], refresh: bool = True
    ) -> QWidget:
        """Show the window kept in ``attribute`` (made by ``make`` the first time, or after it
        was closed): its own top-level window, deleted on close, forgotten when deleted."""
        window: QWidget | None = getattr(self, attribute)
        if window is None or not window.isVisible():
            window = make()
            window.setWindowFlag(Qt.WindowType.Window)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda *_: setattr(self, attribute, None))
            window.resize(min(self.width(), 1366), min(self.height(), 768))
            setattr(self, attribute, window)
        elif refresh:
            window.refresh()  # type: ignore[attr-defined]
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    @Slot()
    def show_redeem(self) -> None:
        """The scanning window: verdicts, bookings with a card or pass (every user)."""
        if self.counter.actor is None:
            return
        from guichet.ui.redeem import RedeemWindow

        def make() -> QWidget:
            window = RedeemWindow(self.counter, self)
            window.booked.connect(self._booked)
            window.changed.connect(self._reserves_changed)
            return window

        self._open_window("redeem_window", make)

    @Slot()
    def show_door(self) -> None:
        """The door window: tickets scanned and checked in (every logged-in user)."""
        if self.counter.actor is None:
            return
        from guichet.ui.door import DoorWindow

        self._open_window("door_window", lambda: DoorWindow(self.counter, self))

    @Slot(object)
    def _booked(self, _result: object) -> None:
        self.kick_printer()  # the booking tickets
        self._reserves_changed()  # places moved

    @Slot()
    def show_cards(self) -> None:
        """The cards list: filters, export, lots of shop cards, card types."""
        if self.counter.actor is None:
            return
        from guichet.ui.cards import CardsWindow

        self._open_window("cards_window", lambda: CardsWindow(self.counter, self), refresh=False)

    @Slot()
    def show_conflicts(self) -> None:
        """The conflicts console (supervisors and owners; the service refuses anyone else)."""
        if self.counter.actor is None or not self.can_open_back_office:
            return
        from guichet.ui.conflicts import ConflictsWindow

        def make() -> QWidget:
            window = ConflictsWindow(self.counter, self)
            window.resolved.connect(self.sync_now)
            return window

        self._open_window("conflicts_window", make)

    @Slot()
    def show_admin(self) -> None:
        """The back office (supervisors and owners; the service refuses anyone else)."""
        if self.counter.actor is None or not self.can_open_back_office:
            return
        from guichet.ui.admin import AdminWindow

        def make() -> QWidget:
            window = AdminWindow(self.counter.back_office(), self)
            window.changed.connect(self._catalogue_changed)
            return window

        self._open_window("admin_window", make)

    @Slot()
    def _catalogue_changed(self) -> None:
        """Events, dates, prices or the organisation changed: the counter reads them again,
        and what was just recorded goes to the server."""
        self.counter.reload_settings()
        self.setWindowTitle(
            self.tr("Guichet — {organisation}").format(organisation=self.counter.organisation.name)
        )
        from guichet.ui import messages

        messages.DISPLAY_TIMEZONE = self.counter.organisation.timezone
        self._reserves_changed()
        self.update_status()
        self.sync_now()

    # --- closing -----------------------------------------------------------------------

    def _close_losses(self) -> list[str]:
        """What closing the till would leave behind, in words (nothing: close at once)."""
        losses: list[str] = []
        count = self._cart_count()
        if count:
            losses.append(
                self.tr("Le panier en cours (%n article(s) non payé(s)) sera perdu.", "", count)
            )
        shift = self.counter.current_shift()
        if shift is not None:
            losses.append(
                self.tr(
                    "Le quart de {name} reste ouvert : pour le fermer et imprimer le "
                    "rapport Z, restez et appuyez sur F10."
                ).format(name=shift.user_name)
            )
        return losses

    @Slot()
    def request_close(self) -> None:
        """Alt+F4 or the window's close: with a cart or an open shift, ask first. Entrée and
        Échap keep the window open; closing takes a deliberate Q (or a tap)."""
        if self.close_question is not None:
            return
        losses = self._close_losses()
        if not losses:
            self._close_confirmed = True
            self.close()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Fermer Guichet"))
        box.setText(self.tr("Fermer Guichet ?"))
        box.setInformativeText("\n".join(losses))
        quit_button = box.addButton(
            self.tr("&Quitter Guichet (Q)"), QMessageBox.ButtonRole.DestructiveRole
        )
        stay = box.addButton(self.tr("Rester (Entrée / Échap)"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        self.close_question = box

        def done(_result: int) -> None:
            self.close_question = None
            clicked = box.clickedButton()
            box.deleteLater()
            if clicked is quit_button:
                if self.sales_page is not None and self._cart_count():
                    self.sales_page._reset_cart()  # its promotion hold is released
                self._close_confirmed = True
                self.close()
            else:
                self.activateWindow()
                self._focus_current_page()

        box.finished.connect(done)
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The user's own close (the title bar's button, the system's Alt+F4) asks first when
        # a cart or a shift would be left; a close by the program (tests, the application
        # quitting after the question) does not.
        if event.spontaneous() and not self._close_confirmed and self._close_losses():
            event.ignore()
            self.request_close()
            return
        self.clock_timer.stop()
        if self.promotions_window is not None:
            self.promotions_window.close()
        if self.reserves_window is not None:
            self.reserves_window.close()
        if self.seat_desk_window is not None:
            self.seat_desk_window.close()
        for window in (
            self.redeem_window,
            self.cards_window,
            self.conflicts_window,
            self.admin_window,
            self.door_window,
        ):
            if window is not None:
                window.close()
        if self.print_controller is not None:
            self.print_controller.wait(5000)
        if self.sync_controller is not None:
            self.sync_controller.stop()
            self.sync_controller.wait(10_000)
        super().closeEvent(event)
