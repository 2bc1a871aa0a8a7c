"""English documentation of every rule, shown by ``swlabel rules CODE``."""

from __future__ import annotations

DOCS: dict[str, str] = {}
