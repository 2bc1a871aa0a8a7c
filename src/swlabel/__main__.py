from __future__ import annotations

from swlabel.entry import run

raise SystemExit(run())
