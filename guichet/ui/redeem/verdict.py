"""The verdict band of the scanning window: the card as judged, in colour, at arm's length.

One job: show a ``ScanResult``. Green VALIDE with the holder, the passages left, the last valid
day and the eligible activities; red for a card refused; amber for a typo or a card not valid
yet; grey "Scannez une carte" when nothing is on screen. It only paints: the window says what
to show (``show_result``, ``show_idle``, ``set_note``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from guichet.domain.cards import Verdict
from guichet.services.cards import ScanResult
from guichet.ui.redeem.words import RedeemWords
from guichet.ui.scanning import TONES, paint_band
from guichet.ui.theme import sized_font as _font

VERDICT_TONES = {
    Verdict.VALID: "ok",
    Verdict.CHECK_CODE: "warn",
    Verdict.NOT_YET_VALID: "warn",
}


class VerdictPanel(QFrame):
    """``VerdictPanel(words)`` (object name ``verdictPanel``, its ``tone`` property: idle, ok,
    danger or warn). ``detail_widgets`` are the card's lines, hidden when no card is known."""

    def __init__(self, words: RedeemWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self.setObjectName("verdictPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(6)
        self.verdict_label = self._label("verdictLabel", 44, bold=True)
        self.explanation_label = self._label("explanation", 22, bold=True)
        self.card_label = self._label("cardLabel", 18)
        self.code_label = self._label("codeLabel", 18, wrap=False)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.rule = QFrame()
        self.rule.setFixedHeight(3)
        self.holder_label = self._label("holderLabel", 30, bold=True)
        self.uses_label = self._label("usesLabel", 30, bold=True)
        self.expiry_label = self._label("expiryLabel", 19)
        self.activities_label = self._label("activitiesLabel", 19)
        self.note_label = self._label("noteLabel", 16, bold=True)
        layout.addStretch(1)
        for widget in (
            self.verdict_label,
            self.explanation_label,
            self.card_label,
            self.code_label,
        ):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(self.rule)
        layout.addSpacing(8)
        for widget in (
            self.holder_label,
            self.uses_label,
            self.expiry_label,
            self.activities_label,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.note_label)
        self.detail_widgets: tuple[QWidget, ...] = (
            self.card_label,
            self.code_label,
            self.rule,
            self.holder_label,
            self.uses_label,
            self.expiry_label,
            self.activities_label,
        )

    def _label(self, name: str, size: int, bold: bool = False, wrap: bool = True) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(wrap)
        label.setFont(_font(self.font(), size, bold))
        return label

    def paint(self, tone: str) -> None:
        text = paint_band(self, tone, TONES, 10)
        self.rule.setStyleSheet(f"background: {text}; border: none;")

    def set_note(self, text: str) -> None:
        """The line at the bottom (a repeated scan ignored…)."""
        self.note_label.setText(text)

    def show_idle(self) -> None:
        """Nothing on screen: "Scannez une carte"."""
        self.paint("idle")
        self.verdict_label.setFont(_font(self.font(), 44, True))
        self.verdict_label.setText(self.tr("Scannez une carte"))
        self.explanation_label.setText(
            self.tr(
                "Forfait cadeau ou laissez-passer\u00a0: scannez le code ou tapez-le, puis Entrée."
            )
        )
        self.explanation_label.setFont(_font(self.font(), 20))
        for widget in self.detail_widgets:
            widget.hide()
        self.note_label.clear()

    def show_result(self, result: ScanResult, activity: str) -> None:
        """The verdict on ``result`` (``activity``: the session in progress, by its name)."""
        words = self.words
        self.paint(VERDICT_TONES.get(result.verdict, "danger"))
        verdict = words.verdict(result.verdict)
        self.verdict_label.setFont(_font(self.font(), 64 if len(verdict) <= 14 else 40, True))
        self.verdict_label.setText(verdict)
        explanation = words.explanation(result, activity)
        if result.confirmed is False:
            # Offline (or no answer in time): this counter's own verdict, checked at sync.
            provisional = self.tr("PROVISOIRE — serveur injoignable, vérifié à la synchro")
            explanation = f"{provisional}\n{explanation}" if explanation else provisional
        elif result.confirmed:
            confirmed = self.tr("Confirmé par le serveur")
            explanation = f"{explanation}\n{confirmed}" if explanation else confirmed
        self.explanation_label.setFont(_font(self.font(), 22, True))
        self.explanation_label.setText(explanation)
        self.explanation_label.setVisible(bool(explanation))
        self.note_label.clear()
        self.code_label.setText(result.display_code)
        self.code_label.show()
        if result.card_id is None:
            for widget in self.detail_widgets:
                if widget is not self.code_label:
                    widget.hide()
            return
        self._show_card(result)

    def _show_card(self, result: ScanResult) -> None:
        words = self.words
        kind = words.kind(result)
        name = result.card_type_name
        if kind.casefold().split()[0] not in name.casefold():
            name = self.tr("{kind} · {name}").format(kind=kind, name=name)
        if result.family and result.members:
            name = self.tr("{card} · {count} membres").format(card=name, count=len(result.members))
        self.card_label.setText(name)
        self.holder_label.setText(words.holder(result))
        self.uses_label.setText(words.uses(result))
        if result.expires_on is not None:
            expiry = self.tr("Valide jusqu'au {day}").format(day=words.long_day(result.expires_on))
        else:
            expiry = self.tr("Sans date d'expiration")
        self.expiry_label.setText(expiry)
        if result.all_activities:
            activities = self.tr("Toutes les activités")
        else:
            activities = ", ".join(result.eligible_activities)
        self.activities_label.setText(
            self.tr("Activités\u00a0: {activities}").format(activities=activities)
        )
        for widget in self.detail_widgets:
            widget.show()
        # A shop card not sold yet: its dates start at its sale.
        self.expiry_label.setVisible(result.verdict is not Verdict.INACTIVE)


__all__ = ["VERDICT_TONES", "VerdictPanel"]
