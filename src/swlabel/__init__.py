"""swlabel: keep the Kwaliteitslabel Sociaal Werk audit dossier as plain files in git."""

from __future__ import annotations

__version__ = "0.1.0"
