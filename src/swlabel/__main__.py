from __future__ import annotations

from swlabel.cli import main

raise SystemExit(main())
