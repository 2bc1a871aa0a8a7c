"""``swlabel status``: the points that need attention, each problem counted once, most urgent
first.

One problem is one point, wherever it shows: an expired register document is one point
(naming the norms that cite it), not an error under the register plus one under each norm; a
norm whose status or fields cannot be read is the error in its file, not a second point; and
an error's count under its file leaves out the expired evidence counted as its own point.
"""

from __future__ import annotations

from dataclasses import dataclass

from swlabel.checks import CheckResult
from swlabel.domain.cycle import action_is_late
from swlabel.doors.mask import printable
from swlabel.i18n import Translator
from swlabel.load.dossier import Dossier
from swlabel.problems import Level, natural_key

MOST_URGENT = 5
# An expired document or item: its own point (below), so not also an error of its file.
_EXPIRED = "SWL401"


@dataclass(frozen=True)
class Gap:
    rank: int  # lower is more urgent
    key: str
    text: str


def find_gaps(dossier: Dossier, result: CheckResult, t: Translator) -> list[Gap]:
    """Everything that needs attention, each problem once, most urgent first."""
    as_of = result.as_of
    gaps: list[Gap] = []
    errors: dict[str, int] = {}
    for problem in result.problems:
        if problem.level is Level.ERROR and not problem.waiver and problem.code != _EXPIRED:
            errors[problem.path] = errors.get(problem.path, 0) + 1
    # An evidence file whose only error is the one that leaves its norm without a status (or
    # its fields unreadable) is said as that, in the norm's words, instead of "1 fout".
    said_by_norm: dict[str, str] = {}
    for action_id, located in dossier.actions.items():
        action = located.value
        if action_is_late(action, as_of) and action.due is not None:
            due = action.due.isoformat()
            text = t("status.gap.late", id=action_id, title=action.title, due=due)
            gaps.append(Gap(1, action_id, text))
    expired_documents: dict[str, list[str]] = {}
    for rubriek in result.coverage.rubrieken:
        for norm in rubriek.norms:
            if not norm.applicable:
                continue
            record = dossier.evidence.get(norm.norm.id)
            items = record.file.evidence if record is not None else ()
            inline = 0
            expired = False
            for item, validity in zip(items, norm.validities, strict=False):
                if validity.reason != "expired":
                    continue
                expired = True
                if item.document is not None:
                    expired_documents.setdefault(item.document, []).append(norm.norm.id)
                else:
                    inline += 1
            values = {"id": norm.norm.id}
            if inline:
                gaps.append(Gap(2, norm.norm.id, t.plural("status.gap.expired", inline, **values)))
            file_has_errors = record is not None and record.path in errors
            if norm.unreadable or norm.status_invalid:
                key = "unreadable" if norm.unreadable else "status_invalid"
                text = t(f"status.gap.{key}", **values)
                if not file_has_errors:
                    gaps.append(Gap(4, norm.norm.id, text))
                elif record is not None and errors[record.path] == 1:
                    said_by_norm[record.path] = text
            elif norm.status == "non_compliant":
                gaps.append(Gap(3, norm.norm.id, t("status.gap.non_compliant", **values)))
            elif norm.status == "not_assessed":
                gaps.append(Gap(4, norm.norm.id, t("status.gap.not_assessed", **values)))
            elif expired:
                pass  # not supported because its evidence expired: that point says so
            elif not norm.supported and norm.uncovered_aspects:
                missing = ", ".join(norm.uncovered_aspects)
                gaps.append(
                    Gap(5, norm.norm.id, t("status.gap.aspects", aspects=missing, **values))
                )
            elif not norm.supported:
                gaps.append(Gap(5, norm.norm.id, t("status.gap.unsupported", **values)))
    for path, count in errors.items():
        text = said_by_norm.get(path) or t.plural("status.gap.errors", count, path=path)
        gaps.append(Gap(0, path, text))
    for document_id, norms in expired_documents.items():
        registered = dossier.documents.get(document_id)
        if registered is None:
            continue
        document = registered.value
        until = document.valid_until.isoformat() if document.valid_until else ""
        ordered = ", ".join(sorted(dict.fromkeys(norms), key=natural_key))
        text = t.plural(
            "status.gap.expired_document",
            len(set(norms)),
            title=document.title,
            date=until,
            norms=ordered,
        )
        gaps.append(Gap(2, document_id, text))
    return sorted(gaps, key=lambda gap: (gap.rank, natural_key(gap.key)))


def gap_lines(gaps: list[Gap], t: Translator, *, show_all: bool) -> list[str]:
    """The heading that says what is counted ('De 5 meest urgente van 12 punten'), then the
    points, numbered."""
    if not gaps:
        return [t("status.no_gaps")]
    shown = gaps if show_all or len(gaps) <= MOST_URGENT else gaps[:MOST_URGENT]
    if len(shown) == len(gaps):
        heading = t.plural("status.all", len(gaps))
    else:
        heading = t("status.urgent", shown=len(shown), count=len(gaps))
    lines = [heading]
    width = len(str(len(shown)))
    for number, gap in enumerate(shown, start=1):
        lines.append(f"  {number:>{width}}. {printable(gap.text)}")
    return lines
