"""The Horaire (dates) section of the back office: a season's dates in one table, filtered by
event and period; add one date or a series (previewed before it is saved), edit one date or a
selection in bulk, cancel dates and see the orders to refund.

Every action has its key, written on its button: Inser (a series), Ctrl+Inser (one date),
Entrée (edit), Ctrl+E (edit the selection), Ctrl+Maj+S (select by weekdays and times), Suppr
(cancel), Ctrl+R (orders to refund). Ctrl+A, Maj+flèches and Ctrl+clic select several dates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, Qt, QTimer, Slot
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.errors import DomainError
from guichet.i18n.errors import number
from guichet.i18n.formatting import local
from guichet.services.backoffice import BackOffice
from guichet.services.backoffice.views import DateView, EventView, PriceListView, RefundDue
from guichet.ui.admin.add_dates import AddedDates, OneDateDialog
from guichet.ui.admin.date_cancel import CancelDatesDialog, RefundsDialog
from guichet.ui.admin.date_dialogs import BulkEditDialog, EditDateDialog, SelectDatesDialog
from guichet.ui.admin.date_fields import tab_chain
from guichet.ui.admin.date_filters import DateFilters
from guichet.ui.admin.dates_model import (
    COL_ALACARTE,
    COL_EVENT,
    COL_LIST,
    COL_REMAINING,
    COL_SOLD,
    COL_TAGS,
    COL_WHEN,
    DatesModel,
    EventDelegate,
    TagsDelegate,
    short_when,
)
from guichet.ui.admin.section import Section, action_button, message_label
from guichet.ui.admin.series_dialog import SeriesDialog
from guichet.ui.admin.widgets import button_row, column_layout, heading_row, panel_keys
from guichet.ui.theme import set_role

D = TypeVar("D", bound=QDialog)

#: The table's text size: smaller than the counter's, so a date's facts fit on one line.
TABLE_POINT_SIZE = 13
#: How wide the narrow columns are: what they usually show (longer texts end in "…" and show
#: whole in their tooltip; the event's name takes what is left).
SAMPLES = {
    COL_SOLD: "320 / 320",
    COL_TAGS: "hiver, promomm",
    COL_LIST: "Loisirs — régulier",
    COL_ALACARTE: "10 / 20",
}


class ScheduleSection(Section):
    key = "schedule"

    def __init__(self, office: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self.events: list[EventView] = []
        # Open dialogs, kept so they live while shown (and tests can reach them).
        self.series_dialog: SeriesDialog | None = None
        self.date_dialog: OneDateDialog | None = None
        self.edit_dialog: EditDateDialog | None = None
        self.bulk_dialog: BulkEditDialog | None = None
        self.select_dialog: SelectDatesDialog | None = None
        self.cancel_dialog: CancelDatesDialog | None = None
        self.refunds_dialog: RefundsDialog | None = None

        self.count_label = QLabel()
        set_role(self.count_label, "muted")
        self.filters = DateFilters(self.lang, self._today)
        # The filters' fields, as the keyboard and the tests reach them.
        self.event_filter = self.filters.events
        self.period_filter = self.filters.periods
        self.first_day = self.filters.first_day
        self.last_day = self.filters.last_day
        self.hide_cancelled = self.filters.hide_cancelled
        heading = heading_row(self.title(), self.count_label, self.hide_cancelled)

        self.model = DatesModel(self.lang, office.timezone)
        self.table = self._make_table()

        self.message = message_label()
        self.add_series_button = action_button(
            self.tr("Ajouter une série (Inser)"), self.add_series, "primary"
        )
        self.add_one_button = action_button(self.tr("Ajouter une date (Ctrl+Inser)"), self.add_one)
        self.edit_button = action_button(self.tr("Modifier (Entrée)"), self.edit_selected)
        self.select_button = action_button(
            self.tr("Sélectionner… (Ctrl+Maj+S)"), self.select_helper
        )
        self.bulk_button = action_button(self.tr("Modifier la sélection (Ctrl+E)"), self.bulk_edit)
        self.cancel_button = action_button(
            self.tr("Annuler des dates (Suppr)"), self.cancel_selected
        )
        self.refunds_button = action_button(
            self.tr("Commandes à rembourser… (Ctrl+R)"), self.show_refunds
        )
        # Three rows: adding and editing one date; working on a selection; cancelling.
        button_rows = QVBoxLayout()
        button_rows.setSpacing(8)
        for buttons in (
            (self.add_series_button, self.add_one_button, self.edit_button),
            (self.select_button, self.bulk_button),
            (self.cancel_button, self.refunds_button),
        ):
            button_rows.addLayout(button_row(*buttons, spacing=8))

        column_layout(
            self, heading, self.filters, (self.table, 1), self.message, button_rows, spacing=8
        )

        tab_chain(
            self.event_filter,
            self.period_filter,
            self.first_day,
            self.last_day,
            self.hide_cancelled,
            self.table,
            self.add_series_button,
            self.add_one_button,
            self.edit_button,
            self.select_button,
            self.bulk_button,
            self.cancel_button,
            self.refunds_button,
        )
        # Keys that work while the section is on screen (a hidden section's keys sleep).
        panel_keys(
            self,
            {
                Qt.Key.Key_Insert: self.add_series,
                "Ctrl+Ins": self.add_one,
                "Ctrl+E": self.bulk_edit,
                "Ctrl+Shift+S": self.select_helper,
                "Ctrl+R": self.show_refunds,
            },
            Qt.ShortcutContext.WindowShortcut,
        )
        # Entrée and Suppr belong to the table: in the filters they keep their usual sense.
        panel_keys(
            self.table,
            {
                Qt.Key.Key_Return: self.edit_selected,
                Qt.Key.Key_Enter: self.edit_selected,
                Qt.Key.Key_Delete: self.cancel_selected,
            },
            Qt.ShortcutContext.WidgetShortcut,
        )

        self.filters.changed.connect(lambda: self.reload())
        self._update_actions()

    def title(self) -> str:
        return self.tr("Horaire (dates)")

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(44)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        font = QFont(table.font())
        font.setPointSize(TABLE_POINT_SIZE)
        table.setFont(font)
        header.setFont(font)
        self.model.font = QFont(font)
        metrics = QFontMetrics(font)
        bold = QFont(font)
        bold.setBold(True)
        heads = QFontMetrics(bold)
        table.setStyleSheet(f"QHeaderView::section {{ font-size: {TABLE_POINT_SIZE}pt; }}")
        noon = datetime(2027, 12, 29, 17, 0, tzinfo=UTC)  # a long day's name, in words
        samples = {
            COL_WHEN: short_when(noon, self.office.timezone, self.lang),
            COL_REMAINING: QCoreApplication.translate("", "annulée"),  # as the table says it
            **SAMPLES,
        }
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(heads.horizontalAdvance(line) for line in title.split("\n"))
            header.resizeSection(column, max(metrics.horizontalAdvance(sample), widest) + 14)
        table.setItemDelegateForColumn(COL_EVENT, EventDelegate(table))
        table.setItemDelegateForColumn(COL_TAGS, TagsDelegate(table))
        table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        return table

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._focus_table)

    def _focus_table(self) -> None:
        # The section list keeps the keyboard while one walks through it.
        focus = self.window().focusWidget()
        if focus is None or not focus.isVisible() or self.isAncestorOf(focus):
            self.table.setFocus()

    # --- what is shown ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the events and the dates again (keeping the filters and the selection)."""
        self._load_events()
        self.reload()

    def _load_events(self) -> None:
        try:
            self.events = self.office.events.all()
        except DomainError as error:
            self.events = []
            self.say(self.message, error)
        self.model.event_names = {e.id: e.display_name(self.lang) for e in self.events}
        self.filters.set_events(self.events)

    def reload(self, select: Iterable[str] | None = None) -> None:
        """Read the dates the filters ask for, keeping the selected ones selected."""
        keep = list(select) if select is not None else self.selected_ids()
        wanted = self.filters.current()
        try:
            views = self.office.dates.list(wanted)
        except DomainError as error:
            views = []
            self.say(self.message, error)
        self.model.set_views(views, self.office.timezone)
        self._fit_event_column(views)
        self.select_ids(keep)
        if len(views) >= wanted.limit:
            self.say(
                self.message,
                self.tr(
                    "Seules les {count} premières dates sont affichées\u00a0: choisissez une "
                    "période plus courte ou un événement."
                ).format(count=number(len(views), self.lang)),
                "warn",
            )
        self._selection_changed()

    def _fit_event_column(self, views: Sequence[DateView]) -> None:
        """The event column as wide as its longest name or venue (read once per event and
        venue, not per date): a venue shortened to "Centre récréatif Saint…" said nothing.
        The table scrolls sideways when the columns need more than the screen."""
        font = QFont(self.table.font())
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.85)
        names = {self.model.event_names.get(v.event_id, v.event_name) for v in views}
        venues = {v.venue_name for v in views}
        widest = max(
            [QFontMetrics(font).horizontalAdvance(n) for n in names]
            + [QFontMetrics(small).horizontalAdvance(v) for v in venues]
            + [self.table.horizontalHeader().sectionSizeFromContents(COL_EVENT).width()],
        )
        self.table.horizontalHeader().resizeSection(COL_EVENT, widest + 16)

    def _today(self) -> date:
        return local(self.office.clock(), self.office.timezone).date()

    def show_event(self, event_id: str) -> None:
        """Show one event's dates (asked by the Events section), the next one in view."""
        if not self.filters.knows(event_id):
            self._load_events()
        self.filters.choose_event(event_id)
        self.filters.set_period_days("all")
        self.reload(select=[])
        today = self._today()
        tz = self.office.timezone
        upcoming = next(
            (
                row
                for row, view in enumerate(self.model.views)
                if local(view.starts_at, tz).date() >= today
            ),
            max(len(self.model.views) - 1, 0),
        )
        if self.model.views:
            index = self.model.index(upcoming, 0)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
            self.table.setCurrentIndex(index)
        self.table.setFocus()

    # --- selection -------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        # Read from the selection's ranges: asking each of 10,000 rows takes seconds.
        rows: set[int] = set()
        selection = self.table.selectionModel().selection()
        for number_ in range(selection.count()):
            part = selection.at(number_)
            rows.update(range(part.top(), part.bottom() + 1))
        return sorted(rows)

    def selected_views(self) -> list[DateView]:
        return [self.model.view(row) for row in self.selected_rows()]

    def selected_ids(self) -> list[str]:
        return [view.id for view in self.selected_views()]

    def select_ids(self, ids: Iterable[str]) -> None:
        """Select these dates (those shown), in one go even for thousands."""
        rows = sorted({r for r in (self.model.row_of(i) for i in ids) if r >= 0})
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        start = previous = -2
        for row in rows + [-2]:
            if row != previous + 1:
                if start >= 0:
                    selection.select(self.model.index(start, 0), self.model.index(previous, last))
                start = row
            previous = row
        model = self.table.selectionModel()
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if rows:
            first = self.model.index(rows[0], 0)
            model.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(first)

    def _selection_changed(self) -> None:
        self._update_actions()
        shown = len(self.model.views)
        chosen = len(self.selected_rows())
        if shown == 0:
            text = self.tr("Aucune date pour ces filtres")
        elif chosen == 0:
            text = self.tr("{count} dates").format(count=number(shown, self.lang))
            if shown == 1:
                text = self.tr("1 date")
        elif chosen == 1:
            text = self.tr("{count} dates · 1 sélectionnée").format(count=number(shown, self.lang))
        else:
            text = self.tr("{count} dates · {chosen} sélectionnées").format(
                count=number(shown, self.lang), chosen=number(chosen, self.lang)
            )
        self.count_label.setText(text)

    def _update_actions(self) -> None:
        views = self.selected_views() if self.model.views else []
        self.edit_button.setEnabled(bool(views))
        self.bulk_button.setEnabled(bool(views))
        self.cancel_button.setEnabled(any(not v.cancelled for v in views))
        self.refunds_button.setEnabled(any(v.cancelled for v in views))
        self.select_button.setEnabled(bool(self.model.views))

    # --- adding ----------------------------------------------------------------------------

    def _default_event(self) -> str | None:
        return self.filters.event_id()

    def _open(self, dialog: D) -> D:
        """Show ``dialog``; the keyboard comes back to the table when it closes."""
        dialog.finished.connect(lambda _r: self.table.setFocus())
        dialog.open()
        return dialog

    def _counted(self, count: int, one: str, many: str) -> str:
        """``one`` for a single date, else ``many`` with its {count}."""
        return one if count == 1 else many.format(count=number(count, self.lang))

    @Slot()
    def add_series(self) -> None:
        dialog = SeriesDialog(self.office, self.events, self._default_event(), self)
        dialog.saved.connect(self._added)
        self.series_dialog = self._open(dialog)

    @Slot()
    def add_one(self) -> None:
        dialog = OneDateDialog(self.office, self.events, self._default_event(), self)
        dialog.saved.connect(self._added)
        self.date_dialog = self._open(dialog)

    def _added(self, added: AddedDates) -> None:
        """Show what was just added: its event, from its first day, selected."""
        self.filters.choose_event(added.event_id)
        if not self.filters.covers(added.first_day, added.last_day):
            self.filters.set_period_days("all" if added.first_day < self._today() else "upcoming")
        self.reload(select=added.ids)
        text = self._counted(
            len(added.ids), self.tr("1 date ajoutée."), self.tr("{count} dates ajoutées.")
        )
        self.say(self.message, text, "ok")
        self.changed.emit()

    # --- editing ---------------------------------------------------------------------------

    @Slot()
    def edit_selected(self) -> None:
        views = self.selected_views()
        if not views:
            return
        if len(views) > 1:
            self.bulk_edit()
            return
        if views[0].cancelled:
            self.say(self.message, DomainError("occurrence_cancelled", occurrence=views[0].id))
            return
        lists = self._price_lists()
        if lists is None:
            return
        dialog = EditDateDialog(self.office, views[0], lists, self)
        dialog.saved.connect(lambda: self._edited([views[0].id], 1))
        self.edit_dialog = self._open(dialog)

    @Slot()
    def bulk_edit(self) -> None:
        views = self.selected_views()
        if not views:
            self.say(self.message, DomainError("selection_empty"))
            return
        lists = self._price_lists()
        if lists is None:
            return
        dialog = BulkEditDialog(self.office, views, lists, self)
        ids = [v.id for v in views]
        dialog.saved.connect(lambda count: self._edited(ids, count))
        self.bulk_dialog = self._open(dialog)

    def _price_lists(self) -> list[PriceListView] | None:
        """The price lists a date may sell at (None, said under the table, when refused)."""
        try:
            return self.office.prices.price_lists()
        except DomainError as error:
            self.say(self.message, error)
            return None

    def _edited(self, ids: list[str], count: int) -> None:
        self.reload(select=ids)
        text = self._counted(
            count, self.tr("1 date modifiée."), self.tr("{count} dates modifiées.")
        )
        self.say(self.message, text, "ok")
        self.changed.emit()

    @Slot()
    def select_helper(self) -> None:
        if not self.model.views:
            return
        dialog = SelectDatesDialog(self.office, self.model.views, self)
        dialog.chosen.connect(self.select_found)
        self.select_dialog = self._open(dialog)

    def select_found(self, ids: list[str]) -> None:
        """Select what the selection helper found, and say how many."""
        self.select_ids(ids)
        self.table.setFocus()
        count = len(ids)
        if count == 0:
            text = self.tr("Aucune date ne correspond parmi celles affichées.")
            self.say(self.message, text, "warn")
            return
        text = self._counted(
            count, self.tr("1 date sélectionnée."), self.tr("{count} dates sélectionnées.")
        )
        self.say(self.message, text, "ok")

    # --- cancelling ------------------------------------------------------------------------

    @Slot()
    def cancel_selected(self) -> None:
        live = [v for v in self.selected_views() if not v.cancelled]
        if not live:
            if self.selected_rows():
                self.say(self.message, self.tr("Ces dates sont déjà annulées."), "warn")
            return
        try:
            dialog = CancelDatesDialog(self.office, live, self)
        except DomainError as error:
            self.say(self.message, error)
            return
        dialog.done_cancelling.connect(self._cancelled)
        self.cancel_dialog = self._open(dialog)

    def _cancelled(self, ids: list[str], refunds: list[RefundDue]) -> None:
        self.reload(select=ids)
        text = self._counted(
            len(ids), self.tr("1 date annulée."), self.tr("{count} dates annulées.")
        )
        self.say(self.message, text, "ok")
        self.changed.emit()
        if refunds:
            self._open_refunds(refunds)

    @Slot()
    def show_refunds(self) -> None:
        ids = [v.id for v in self.selected_views() if v.cancelled]
        if not ids:
            self.say(
                self.message,
                self.tr("Sélectionnez des dates annulées pour voir leurs commandes à rembourser."),
                "warn",
            )
            return
        try:
            refunds = self.office.dates.orders_to_refund(ids)
        except DomainError as error:
            self.say(self.message, error)
            return
        if not refunds:
            self.say(self.message, self.tr("Aucune commande à rembourser pour ces dates."), "ok")
            return
        self._open_refunds(refunds)

    def _open_refunds(self, refunds: list[RefundDue]) -> None:
        self.refunds_dialog = self._open(RefundsDialog(self.office, refunds, self))
