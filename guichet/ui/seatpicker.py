"""The seat picker of the sales flow (issue 5, part 5): a reserved-seating show sells seats.

F1…F5 (or a category button) on a seated show opens :class:`SeatPickerDialog` on the show's
seat map. The cashier clicks seats (or ↓ to a row, Entrée: its free seats), then Entrée (or
"Ajouter au panier") puts them in the cart as ONE line of that category. A seat taken by
another counter in between is refused in words, nothing is added, the map is read again (the
seat turns to its new colour) and the dialog stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.cart import Cart, CartLine
from guichet.domain.errors import DomainError
from guichet.domain.seating import SeatMap, seat_label, seat_labels
from guichet.i18n.formatting import event_datetime, money
from guichet.services.counter import Counter
from guichet.ui.messages import message_for
from guichet.ui.seatmap import SeatMapPanel, SeatMapView
from guichet.ui.theme import set_role, sized_font

PICKER_SIZE = (1300, 700)


def seat_words(error: DomainError, seat_map: SeatMap, lang: str) -> str:
    """The refusal in words; a seat named by its id (a race caught by the database) is named
    by its label instead."""
    params = dict(error.params)
    seat_id = params.get("seat_id")
    if seat_id is not None and params.get("seat") == seat_id:
        seat = seat_map.get(str(seat_id))
        if seat is not None:
            params["seat"] = seat_label(seat, lang)
    return message_for(DomainError(error.code, **params), lang)


def short_seats(seat_map: SeatMap, seat_ids: tuple[str, ...] | list[str], lang: str) -> str:
    """``"Parterre F-11, F-12; Balcon A-3"``: the seats of a cart line, grouped by section."""
    groups: dict[str, list[str]] = {}
    for seat_id in seat_ids:
        seat = seat_map.get(seat_id)
        if seat is None:
            groups.setdefault("", []).append(seat_id)
            continue
        groups.setdefault(seat.section, []).append(seat_label(seat, lang, short=True))
    return "; ".join(
        f"{section} {', '.join(labels)}" if section else ", ".join(labels)
        for section, labels in groups.items()
    )


def compact_panel(panel: SeatMapPanel) -> None:
    """In a window that already names the show: the map's name and the keyboard hint (kept as
    the panel's tooltip) leave their room to the legend, so it all fits at 1366x768."""
    for label in panel.findChildren(QLabel):
        if label.text() == panel.seat_map.name:
            label.hide()
        elif label.text().startswith("↑ ↓"):
            label.hide()
            panel.setToolTip(label.text())


class SeatPickerDialog(QDialog):
    """Pick the seats of one category for one seated show; on success ``picked_lines`` are the
    cart lines added, one per section of the hall (the dialog is accepted)."""

    def __init__(
        self,
        counter: Counter,
        occurrence_id: str,
        category_id: str,
        parent: QWidget | None = None,
        *,
        cart: Cart | None = None,
        quantity: int = 0,
    ) -> None:
        super().__init__(parent)
        self.counter = counter
        self.occurrence_id = occurrence_id
        self.category_id = category_id
        if cart is None:
            cart = getattr(parent, "cart", None)
        if not isinstance(cart, Cart):
            raise TypeError("SeatPickerDialog needs the cart")
        self.cart = cart
        self.picked_line: CartLine | None = None  # the first line added
        self.picked_lines: list[CartLine] = []
        self.panel: SeatMapPanel
        self.view: SeatMapView
        seating = counter.seating(occurrence_id)
        if seating is None:
            occ = counter.occurrence(occurrence_id)
            raise DomainError("not_seated", event=occ.event_name)
        self.seating = seating
        self.occurrence = counter.occurrence(occurrence_id)
        categories = counter.categories(occurrence_id, cart=cart)
        self.category = next((c for c in categories if c.category_id == category_id), None)
        if self.category is None:
            raise DomainError("category_not_offered", category=category_id)
        self._build(max(quantity, 0))
        self.resize(*PICKER_SIZE)
        self._on_selection(self.view.selected_ids())

    # --- layout -------------------------------------------------------------------------

    def _build(self, quantity: int) -> None:
        lang, tz = self.counter.lang, self.counter.organisation.timezone
        occ, category = self.occurrence, self.category
        assert category is not None
        when = event_datetime(occ.starts_at, tz, lang)
        price = money(category.price, lang, self.counter.organisation.currency)
        self.setWindowTitle(
            self.tr("Choisir les sièges — {event}, {when} — {category}").format(
                event=occ.event_name, when=when, category=category.name
            )
        )
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 10, 12, 10)
        root.setSpacing(6)

        head = QHBoxLayout()
        head.setSpacing(14)
        self.title_label = QLabel(
            self.tr("{event} — {when}").format(event=occ.event_name, when=when)
        )
        self.title_label.setFont(sized_font(self.font(), 18, bold=True))
        self.title_label.setWordWrap(True)
        head.addWidget(self.title_label, 1)
        self.category_label = QLabel(
            self.tr("{category} · {price} le siège").format(category=category.name, price=price)
        )
        self.category_label.setFont(sized_font(self.font(), 17, bold=True))
        head.addWidget(self.category_label)
        root.addLayout(head)

        wanted = QHBoxLayout()
        wanted.setSpacing(10)
        wanted_label = QLabel(self.tr("Nombre de sièges\u00a0:"))
        wanted_label.setFont(sized_font(self.font(), 15))
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setRange(0, 99)
        self.quantity_spin.setSpecialValueText(self.tr("—"))
        self.quantity_spin.setValue(quantity)
        self.quantity_spin.setFont(sized_font(self.font(), 16, bold=True))
        self.quantity_spin.setMinimumWidth(90)
        self.quantity_spin.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the map has the keyboard
        self.quantity_spin.setAccessibleName(self.tr("Nombre de sièges"))
        self.quantity_spin.valueChanged.connect(
            lambda _v: self._on_selection(self.view.selected_ids())
        )
        wanted_label.setBuddy(self.quantity_spin)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("hint")
        self.hint_label.setFont(sized_font(self.font(), 16, bold=True))
        wanted.addWidget(wanted_label)
        wanted.addWidget(self.quantity_spin)
        wanted.addWidget(self.hint_label, 1)
        root.addLayout(wanted)

        self.panel = SeatMapPanel(
            self.seating.seat_map, self.seating.inventory, self.counter.lang, self
        )
        panel_layout = self.panel.layout()
        if panel_layout is not None:
            panel_layout.setContentsMargins(0, 0, 0, 0)
        compact_panel(self.panel)
        self.view = self.panel.view
        self.view.selectionChanged.connect(self._on_selection)
        self.view.installEventFilter(self)
        root.addWidget(self.panel, 1)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.setFont(sized_font(self.font(), 15, bold=True))
        self.message.setAccessibleName(self.tr("Message"))
        root.addWidget(self.message)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.cancel_button = QPushButton(self.tr("Annuler (Échap)"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.clicked.connect(self.reject)
        self.add_button = QPushButton(self.tr("Ajouter au panier (Entrée)"))
        self.add_button.setProperty("role", "primary")
        self.add_button.setDefault(True)
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.setMinimumHeight(56)
        self.add_button.setFont(sized_font(self.font(), 17, bold=True))
        self.add_button.clicked.connect(self.add_to_cart)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        root.addLayout(buttons)
        self.setFocusProxy(self.view)

    # --- keyboard -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        """Entrée on the map: with seats chosen, into the cart; with none, the map's own
        Entrée (the free seats of the keyboard row)."""
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.view.selected_ids()
        ):
            self.add_to_cart()
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)  # type: ignore[arg-type]
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- state --------------------------------------------------------------------------

    def _on_selection(self, seat_ids: list[str]) -> None:
        chosen, wanted = len(seat_ids), self.quantity_spin.value()
        if wanted and chosen < wanted:
            missing = wanted - chosen
            if chosen == 0:
                text = self.tr("Choisissez {count} sièges").format(count=wanted)
                if wanted == 1:
                    text = self.tr("Choisissez 1 siège")
            elif missing == 1:
                text = self.tr("{chosen} sur {wanted}\u00a0: encore 1 siège").format(
                    chosen=chosen, wanted=wanted
                )
            else:
                text = self.tr("{chosen} sur {wanted}\u00a0: encore {missing} sièges").format(
                    chosen=chosen, wanted=wanted, missing=missing
                )
            set_role(self.hint_label, "warn")
        elif wanted and chosen > wanted:
            text = self.tr("{chosen} sièges choisis (vous en vouliez {wanted})").format(
                chosen=chosen, wanted=wanted
            )
            set_role(self.hint_label, "warn")
        elif chosen:
            text = (
                self.tr("1 siège choisi")
                if chosen == 1
                else self.tr("{count} sièges choisis").format(count=chosen)
            )
            set_role(self.hint_label, "ok")
        else:
            text = self.tr("Cliquez les sièges sur le plan")
            set_role(self.hint_label, "muted")
        self.hint_label.setText(text)
        self.add_button.setEnabled(chosen > 0)
        if chosen:
            self.add_button.setText(
                self.tr("Ajouter {count} au panier (Entrée)").format(count=chosen)
            )
        else:
            self.add_button.setText(self.tr("Ajouter au panier (Entrée)"))
        if self.message.property("role") == "error":
            self.message.clear()

    def show_error(self, text: str) -> None:
        set_role(self.message, "error")
        self.message.setText(text)

    def reload(self) -> None:
        """Read the seats' states again (other counters, supervisors) and repaint."""
        seating = self.counter.seating(self.occurrence_id)
        if seating is None:
            return
        self.seating = seating
        self.panel.inventory = seating.inventory
        self.view.inventory = seating.inventory
        self.view.refresh()

    # --- the cart -----------------------------------------------------------------------

    def add_to_cart(self) -> None:
        """The chosen seats into the cart as one line; refused in words, nothing added."""
        seat_ids = self.view.selected_ids()
        if not seat_ids:
            self.show_error(message_for(DomainError("seat_selection_empty"), self.counter.lang))
            return
        cart = self.cart
        before = len(cart.lines)
        try:
            self.counter.pick_seats(cart, self.occurrence_id, self.category_id, seat_ids)
        except DomainError as error:
            text = seat_words(error, self.seating.seat_map, self.counter.lang)
            self.reload()  # the taken seat shows its colour; it leaves the selection
            self.show_error(text)
            return
        # One new line per section of the hall (a section is a promotion zone).
        added = range(before, len(cart.lines))
        if cart.promo_code is not None:
            # The code must still apply to the bigger cart (per-order maximum, quota...).
            try:
                self.counter.apply_code(cart, cart.promo_code)
            except DomainError as error:
                for index in reversed(added):
                    self.counter.remove_line(cart, index)  # the seats are free again at once
                self.reload()
                self.show_error(message_for(error, self.counter.lang))
                return
        self.picked_lines = [cart.lines[i] for i in added]
        self.picked_line = self.picked_lines[0]
        self.accept()

    def chosen_words(self) -> str:
        """ "Parterre, rangée F, sièges 11, 12" of the lines added."""
        seat_map = self.seating.seat_map
        seats = [seat_map.get(seat_id) for line in self.picked_lines for seat_id in line.seat_ids]
        return seat_labels((s for s in seats if s is not None), self.counter.lang)
