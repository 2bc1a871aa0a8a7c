"""The rules behind the meldingen: stable codes, grouped by family, each with a default level.

========  ==========================================================================
SWL1xx    syntax and schema of one file
SWL2xx    references between files, to the norm set and to files in the repository
SWL3xx    the content of a self-assessment
SWL4xx    freshness on the reference date (and on the date of the next toetsing)
SWL5xx    privacy
========  ==========================================================================

A code never changes meaning once released. The title, the message and the documentation of
each rule (with a passing and a failing example) live in the catalogues under ``<CODE>.title``,
``<CODE>.message`` and ``<CODE>.doc``; the examples themselves are in :mod:`swlabel.rule_examples`.
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
    family: str


_E, _W = Level.ERROR, Level.WARNING

_RULES: Final = (
    Rule("SWL101", "yaml-syntax", _E, "syntax"),
    Rule("SWL102", "front-matter", _E, "syntax"),
    Rule("SWL103", "schema", _E, "syntax"),
    Rule("SWL104", "encoding", _E, "syntax"),
    Rule("SWL105", "duplicate-key", _E, "syntax"),
    Rule("SWL106", "unknown-field", _E, "syntax"),
    Rule("SWL107", "invalid-date", _E, "syntax"),
    Rule("SWL108", "norm-id-mismatch", _E, "syntax"),
    Rule("SWL109", "file-too-large", _E, "syntax"),
    Rule("SWL110", "yaml-feature", _E, "syntax"),
    Rule("SWL111", "control-character", _E, "syntax"),
    Rule("SWL201", "unknown-norm", _E, "references"),
    Rule("SWL202", "duplicate-norm-file", _E, "references"),
    Rule("SWL203", "missing-evidence-file", _E, "references"),
    Rule("SWL204", "unknown-document", _E, "references"),
    Rule("SWL205", "missing-path", _E, "references"),
    Rule("SWL206", "path-outside-repository", _E, "references"),
    Rule("SWL207", "unknown-action", _E, "references"),
    Rule("SWL208", "unknown-aspect", _E, "references"),
    Rule("SWL209", "duplicate-id", _E, "references"),
    Rule("SWL210", "unused-document", _W, "references"),
    Rule("SWL211", "unknown-improvement-point", _E, "references"),
    Rule("SWL301", "compliant-without-evidence", _E, "content"),
    Rule("SWL302", "not-applicable-without-reason", _E, "content"),
    Rule("SWL303", "status-contradicts-scope", _W, "content"),
    Rule("SWL304", "aspect-without-evidence", _W, "content"),
    Rule("SWL305", "empty-narrative", _W, "content"),
    Rule("SWL306", "assessed-after-reference-date", _E, "content"),
    Rule("SWL307", "unused-waiver", _W, "content"),
    Rule("SWL308", "improvement-point-without-action", _W, "content"),
    Rule("SWL401", "expired", _E, "freshness"),
    Rule("SWL402", "review-overdue", _W, "freshness"),
    Rule("SWL403", "action-overdue", _W, "freshness"),
    Rule("SWL404", "assessment-stale", _W, "freshness"),
    Rule("SWL405", "expires-before-audit", _W, "freshness"),
    Rule("SWL406", "due-before-audit", _W, "freshness"),
    Rule("SWL407", "certificate-ending", _W, "freshness"),
    Rule("SWL408", "follow-up-overdue", _E, "freshness"),
    Rule("SWL501", "bsn", _E, "privacy"),
)

RULES: Final[dict[str, Rule]] = {rule.code: rule for rule in _RULES}


def matches(code: str, selectors: tuple[str, ...]) -> bool:
    """Whether CODE is named by one of SELECTORS: a full code or a prefix (``SWL4``, ``SWL40``)."""
    return any(code.startswith(selector.upper()) for selector in selectors)
