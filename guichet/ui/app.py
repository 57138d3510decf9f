"""The QApplication: language, translations and theme."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from guichet.paths import translations_dir
from guichet.ui.theme import apply_theme

_translators: list[QTranslator] = []  # kept alive for the application's lifetime


def install_language(app: QApplication, lang: str) -> None:
    """French is the source language of the windows; English loads guichet_en.qm."""
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    locale = QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English,
                     QLocale.Country.Canada)
    QLocale.setDefault(locale)
    qt_base = QTranslator()
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(locale, "qtbase", "_", qt_path):
        app.installTranslator(qt_base)
        _translators.append(qt_base)
    # guichet_fr.qm only holds French plural forms ("1 billet", "2 billets").
    ours = QTranslator()
    if ours.load(str(translations_dir() / f"guichet_{lang}.qm")):
        app.installTranslator(ours)
        _translators.append(ours)


def create_application(lang: str = "fr", argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or ["guichet"])
    app.setApplicationName("Guichet")
    app.setOrganizationName("Guichet")
    install_language(app, lang)
    apply_theme(app)
    return app
