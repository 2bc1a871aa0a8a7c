from __future__ import annotations

from swlabel.cli.entry import run

raise SystemExit(run())
