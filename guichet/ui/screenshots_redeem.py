"""Screenshot builders of the redeem windows (issue 4)."""

from __future__ import annotations
