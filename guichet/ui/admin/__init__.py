"""The back office's window (Administration, Ctrl+B): a list of sections on the left, the
section chosen on the right. Each section is a small widget with one job (the organisation,
staff, venues and halls, events, dates, prices, counters, a season's programme, the
history); they all talk to :class:`guichet.services.backoffice.BackOffice` only, which
refuses in words whatever the person's role does not allow.
"""

from guichet.ui.admin.section import Section, action_button, message_label, show_message
from guichet.ui.admin.window import AdminWindow, section_classes

__all__ = [
    "AdminWindow",
    "Section",
    "action_button",
    "message_label",
    "section_classes",
    "show_message",
]
