"""Pure box-office rules: no Qt, no SQLAlchemy, no I/O.

Everything here is plain dataclasses and functions so that the counter, the back office and the
central server apply exactly the same rules.
"""
