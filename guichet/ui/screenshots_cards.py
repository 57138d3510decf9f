"""Screenshot builders of the cards windows (issue 4)."""

from __future__ import annotations
