"""The zoom buttons beside the seat map: "Zoom +", "Zoom −", "Tout voir".

They never take the keyboard focus (the map keeps it: the arrows walk the rows); the keys do
the same (+, −, 0) and the tooltips say so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


class ZoomButtons(QWidget):
    """Three buttons in a line; each says what was asked through its signal."""

    zoomInClicked = Signal()  # noqa: N815 - Qt naming
    zoomOutClicked = Signal()  # noqa: N815
    fitClicked = Signal()  # noqa: N815 - the whole map

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(6)
        self.zoom_in_button = self._button(self.tr("Zoom +"), self.zoomInClicked)
        self.zoom_out_button = self._button(self.tr("Zoom −"), self.zoomOutClicked)
        self.fit_button = self._button(self.tr("Tout voir"), self.fitClicked)
        self.zoom_in_button.setToolTip(self.tr("Agrandir (touche +, ou Ctrl + molette)"))
        self.zoom_out_button.setToolTip(self.tr("Réduire (touche −)"))
        self.fit_button.setToolTip(
            self.tr("Toute la salle (touche 0)\u00a0; touche 1\u00a0: sièges à la taille du doigt")
        )
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            line.addWidget(button)

    def _button(self, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the map keeps the keyboard
        button.clicked.connect(signal)
        return button
