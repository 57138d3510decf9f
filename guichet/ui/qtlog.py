"""Qt's own warnings and errors in the counter's log (guichet.logs), installed at start.

Its own small module: the start of the program imports nothing of the windows for it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

_QT_LEVELS = {
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def log_qt_messages() -> object:
    """Qt's warnings and errors go to the log (its debug and information lines do not)."""
    qt_log = logging.getLogger("guichet.qt")

    def handler(kind: QtMsgType, context: object, text: str) -> None:
        level = _QT_LEVELS.get(kind)
        if level is not None:
            where = getattr(context, "category", "") or "qt"
            qt_log.log(level, "%s", text, extra={"category": where})

    return qInstallMessageHandler(handler)  # the one before, to put back
