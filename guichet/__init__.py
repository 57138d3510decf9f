"""Guichet: an offline-first point of sale for event and activity ticketing."""

__version__ = "0.1.0"
