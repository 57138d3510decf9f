"""PySide6 windows. They talk to :class:`guichet.services.counter.Counter` only.

Visible strings are written in French (our users' language, and what shows if no translation
loads) and translated to English by resources/translations/guichet_en.ts.
"""
