"""The rules behind the meldingen: stable codes, grouped by family, each with a default level.

SWL1xx: syntax and schema of one file. SWL2xx: references between files and to the norm set.
SWL3xx: content of an assessment. A code never changes meaning once released; the title and
message of each rule live in the catalogues under ``<CODE>.title`` and ``<CODE>.message``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from swlabel.problems import Level


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    level: Level


_RULES: Final = (
    Rule("SWL101", "yaml-syntax", Level.ERROR),
    Rule("SWL102", "front-matter", Level.ERROR),
    Rule("SWL103", "schema", Level.ERROR),
    Rule("SWL104", "encoding", Level.ERROR),
    Rule("SWL105", "duplicate-key", Level.ERROR),
    Rule("SWL106", "unknown-field", Level.ERROR),
    Rule("SWL107", "invalid-date", Level.ERROR),
    Rule("SWL108", "norm-id-mismatch", Level.ERROR),
    Rule("SWL201", "unknown-norm", Level.ERROR),
    Rule("SWL202", "duplicate-norm-file", Level.ERROR),
    Rule("SWL203", "missing-evidence-file", Level.ERROR),
    Rule("SWL204", "unknown-document", Level.ERROR),
    Rule("SWL205", "missing-path", Level.ERROR),
    Rule("SWL206", "path-outside-repository", Level.ERROR),
    Rule("SWL207", "unknown-action", Level.ERROR),
    Rule("SWL208", "unknown-aspect", Level.ERROR),
    Rule("SWL209", "duplicate-id", Level.ERROR),
    Rule("SWL301", "compliant-without-evidence", Level.ERROR),
    Rule("SWL302", "not-applicable-without-reason", Level.ERROR),
)

RULES: Final[dict[str, Rule]] = {rule.code: rule for rule in _RULES}
