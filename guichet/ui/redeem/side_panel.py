"""The scanning window's right-hand panel: book, read what happened, see what is booked.

One job: lay out, under one white frame, the ``BookingPanel`` (shown for a VALID card), the
message line (what the last booking, cancellation or check-in did, or why it was refused) and
the ``UpcomingBookings``. The window decides when the panel shows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from guichet.ui.redeem.booking_panel import BookingPanel
from guichet.ui.redeem.bookings import UpcomingBookings
from guichet.ui.theme import COLORS
from guichet.ui.theme import set_role as _set_role
from guichet.ui.theme import sized_font as _font


class SidePanel(QFrame):
    """``SidePanel(booking, upcoming)`` (object name ``sidePanel``): ``booking``, ``message``
    and ``upcoming``; ``say(text, role)`` writes the message (role ``ok`` or ``error``)."""

    def __init__(
        self, booking: BookingPanel, upcoming: UpcomingBookings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sidePanel")
        self.setStyleSheet(
            "QFrame#sidePanel { background: white; border: 1px solid "
            f"{COLORS['border']}; border-radius: 8px; }}"
            "QFrame#sidePanel QLabel { background: transparent; }"
            "QScrollArea#participantsScroll, QScrollArea#bookingsScroll,"
            " QWidget#participants, QWidget#bookingsBox { background: white; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        self.booking = booking
        layout.addWidget(self.booking)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.setFont(_font(self.font(), 16, True))
        self.message.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.message)
        self.upcoming = upcoming
        layout.addWidget(self.upcoming, 1)

    def say(self, text: str, role: str) -> None:
        self.message.setText(text)
        _set_role(self.message, role)

    def message_now(self) -> tuple[str, str]:
        """The message on screen and its role (to write it again after a refresh)."""
        return self.message.text(), str(self.message.property("role"))


__all__ = ["SidePanel"]
