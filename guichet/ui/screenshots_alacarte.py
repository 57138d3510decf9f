"""Screenshot builders of the alacarte windows (issue 4)."""

from __future__ import annotations
