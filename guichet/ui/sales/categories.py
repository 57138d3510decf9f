"""The category keys: F1… add tickets of the selected show, « À la carte » adds its places."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from guichet.domain.cards import check_registration
from guichet.domain.cart import Cart
from guichet.domain.errors import DomainError
from guichet.i18n.formatting import money
from guichet.services.cards import AlacarteView
from guichet.services.counter import Counter
from guichet.services.views import CategoryPrice, OccurrenceView
from guichet.ui.messages import message_for
from guichet.ui.sales.common import (
    ALACARTE_KEY,
    CATEGORY_KEYS,
    alacarte_left,
    key_text,
    page_button,
    struck_price_html,
)
from guichet.ui.theme import sized_font as _font


class CategoryKeys(QWidget):
    """One key per ticket category of the selected show (F1 to F5 for the first five), the
    price struck through when a price list changed it, and the « À la carte » key when the
    show offers places à la carte (disabled, with a hint, when it may not be sold here)."""

    categoryChosen = Signal(int)  # the index of the category
    alacarteChosen = Signal()

    def __init__(self, counter: Counter, cart: Cart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.cart = cart
        self.occurrence: OccurrenceView | None = None
        self.categories: list[CategoryPrice] = []
        self.buttons: list[QPushButton] = []
        self.alacarte: AlacarteView | None = None  # the selected show's offer, if any
        self.alacarte_refusal: str | None = None  # why it cannot be sold now (words)
        self.alacarte_button: QPushButton | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.category_box = QVBoxLayout()
        self.category_box.setSpacing(6)
        column.addLayout(self.category_box)
        self.alacarte_box = QVBoxLayout()
        self.alacarte_box.setSpacing(2)
        column.addLayout(self.alacarte_box)
        self.alacarte_hint = QLabel()
        self.alacarte_hint.setObjectName("alacarteHint")
        self.alacarte_hint.setWordWrap(True)
        self.alacarte_hint.setProperty("role", "muted")
        self.alacarte_hint.setFont(_font(self.font(), 13))
        self.alacarte_hint.hide()
        column.addWidget(self.alacarte_hint)

    def set_occurrence(self, occ: OccurrenceView | None) -> None:
        """The keys of ``occ`` (its categories priced for the cart, its à-la-carte offer)."""
        self.occurrence = occ
        self.categories = self.counter.categories(occ.id, cart=self.cart) if occ else []
        self._load_alacarte(occ)
        self._rebuild()

    def refresh_categories(self) -> None:
        """Categories and prices again: a price list switch changes them."""
        occ = self.occurrence
        self.categories = self.counter.categories(occ.id, cart=self.cart) if occ else []
        self._rebuild()

    def _key_style(self) -> str:
        """The category keys' style: lower keys when five or more share the column (with the
        « À la carte » key), so that everything fits 1366x768 with the code field shown."""
        keys = len(self.categories) + (1 if self.alacarte is not None else 0)
        height, padding = (34, 2) if keys > len(CATEGORY_KEYS) - 1 else (48, 4)
        return f"text-align: left; padding: {padding}px 18px; min-height: {height}px;"

    def _rebuild(self) -> None:
        for button in self.buttons:
            self.category_box.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = []
        lang, currency = self.counter.lang, self.counter.organisation.currency
        for i, category in enumerate(self.categories):
            price = money(category.price, lang, currency)
            words = [category.name, price]
            if i < len(CATEGORY_KEYS):
                key = key_text(CATEGORY_KEYS[i])
                words.insert(0, key)
                text = self.tr("{key}  {name}  {price}").format(
                    key=key, name=category.name, price=price
                )
            else:
                text = self.tr("{name}  {price}").format(name=category.name, price=price)
            html = ""  # a price list switch: the regular price struck through, in a label
            regular = category.regular_price
            if regular is not None and regular != category.price:
                struck = struck_price_html(
                    money(regular, lang, currency), price, "; font-weight:normal; font-size:15pt"
                )
                html = "&nbsp;&nbsp;".join([escape(w) for w in words[:-1]] + [struck])
            button = page_button(text, lambda _=False, i=i: self.categoryChosen.emit(i))
            button.setFont(_font(self.font(), 19, True))
            button.setStyleSheet(self._key_style())
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
            button.setMaximumHeight(84)
            button.setAccessibleName(self.tr("Ajouter {name}").format(name=category.name))
            if html:
                # A push button has no rich text: a label inside it draws the struck price.
                button.setText("")
                button.setToolTip(text)
                label = QLabel(html, button)
                label.setObjectName("categoryPrice")
                label.setTextFormat(Qt.TextFormat.RichText)
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                label.setFont(button.font())
                label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
                label.setStyleSheet("background: transparent; border: none;")
                inner = QHBoxLayout(button)
                inner.setContentsMargins(0, 0, 0, 0)
                inner.addWidget(label)
            self.category_box.addWidget(button)
            self.buttons.append(button)
        self.update_alacarte()

    # --- places à la carte --------------------------------------------------------------

    def _load_alacarte(self, occ: OccurrenceView | None) -> None:
        """The show's à-la-carte offer (read only for shows that have places à la carte)."""
        self.alacarte = None
        self.alacarte_refusal = None
        if occ is None or occ.alacarte_places <= 0:
            return
        try:
            offer = self.counter.cards.alacarte(occ.id)
        except DomainError:
            return
        self.alacarte = offer
        if offer.settings.pass_only or offer.settings.price is None:
            return
        try:
            check_registration(offer.settings, offer.starts_at, offer.ends_at, self.counter.clock())
        except DomainError as error:
            self.alacarte_refusal = message_for(error, self.counter.lang)

    def update_alacarte(self) -> None:
        """The « À la carte » button: with the price (Ctrl+A) when it may be sold here,
        disabled with a hint when only pass holders may book or registration is closed."""
        offer, occ = self.alacarte, self.occurrence
        if offer is None or occ is None:
            if self.alacarte_button is not None:
                self.alacarte_box.removeWidget(self.alacarte_button)
                self.alacarte_button.hide()
                self.alacarte_button.deleteLater()
                self.alacarte_button = None
            self.alacarte_hint.hide()
            return
        if self.alacarte_button is None:
            button = page_button("", self.alacarteChosen.emit)
            button.setObjectName("alacarteButton")
            button.setFont(_font(self.font(), 19, True))
            # Never wider than the category keys: the column keeps its share of the page.
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
            button.setMaximumHeight(84)
            self.alacarte_box.addWidget(button)
            self.alacarte_button = button
        button = self.alacarte_button
        button.setStyleSheet(self._key_style())
        hint = ""  # said under the button: why it cannot be used now
        tip = ""
        if offer.settings.pass_only or offer.settings.price is None:
            # Two lines in the key itself (no room for a hint below it at 1366x768).
            button.setText(
                self.tr("À la carte\u00a0: détenteurs de laissez-passer\n{hint}").format(
                    hint=self.tr("Scannez leur carte\u00a0: Laissez-passer (Ctrl+L)")
                )
            )
            button.setFont(_font(self.font(), 13))
            button.setMinimumHeight(2 * QFontMetrics(button.font()).height() + 8)
            button.setEnabled(False)
            tip = self.tr(
                "Seuls les détenteurs d'un laissez-passer réservent cette séance\u00a0: "
                "scannez leur carte dans la fenêtre Laissez-passer (Ctrl+L)."
            )
        else:
            lang, currency = self.counter.lang, self.counter.organisation.currency
            price = money(offer.settings.price, lang, currency)
            left = alacarte_left(occ, self.cart)
            button.setFont(_font(self.font(), 19, True))
            button.setMinimumHeight(0)
            button.setText(
                self.tr("{key}  À la carte — {price}").format(
                    key=key_text(ALACARTE_KEY), price=price
                )
            )
            if self.alacarte_refusal is not None:
                hint = self.alacarte_refusal
            elif left == 0:
                hint = self.tr("Plus de places à la carte pour cette séance.")
            else:  # the list of shows says it too ("57 places · 18 à la carte")
                tip = self.tr("Places à la carte restantes\u00a0: {count}").format(count=left)
            button.setEnabled(self.alacarte_refusal is None and left > 0)
        button.setAccessibleName(button.text().replace("\n", " "))
        button.setToolTip(hint or tip)
        self.alacarte_hint.setText(hint)
        self.alacarte_hint.setVisible(bool(hint))
