"""Locale formatting and the catalogue of words on printed documents (Qt-free)."""
