"""Content: what a self-assessment claims, against its evidence, its scope and its date; and
whether each verbeterpunt of a toetsing has a verbeteractie that answers it."""

from __future__ import annotations

import datetime as dt

from swlabel.domain.cycle import answering_actions
from swlabel.load.dossier import Dossier, EvidenceRecord
from swlabel.load.sources import SourceFile
from swlabel.problems import Localised, Problem, msg

_CLAIMS = frozenset({"compliant", "partially_compliant", "non_compliant"})


def check_content(dossier: Dossier, as_of: dt.date) -> list[Problem]:
    problems = check_unanswered_points(dossier)
    with_actions = _norms_with_actions(dossier)
    for record in dossier.evidence.values():
        problems += _assessment(record, as_of)
        problems += _scope(dossier, record)
        problems += _aspects(dossier, record)
        problems += _without_action(record, with_actions)
        problems += _item_dates(record)
    problems += _register_dates(dossier)
    return problems


# A judgement that asks for improvement: "voldoet deels" and "voldoet niet".
_SHORT_OF = frozenset({"partially_compliant", "non_compliant"})


def _norms_with_actions(dossier: Dossier) -> set[str]:
    """The norms a verbeteractie of the plan names (a cancelled one answers nothing)."""
    return {
        norm_id
        for located in dossier.actions.values()
        if located.value.status != "cancelled"
        for norm_id in located.value.norms
    }


def _without_action(record: EvidenceRecord, with_actions: set[str]) -> list[Problem]:
    """SWL310: a norm judged short of the norm with no verbeteractie, neither under its own
    ``actions`` nor in the plan naming it."""
    evidence, norm_id = record.file, record.norm_id
    if evidence.status not in _SHORT_OF or evidence.actions or norm_id in with_actions:
        return []
    message = msg("SWL310.message", id=norm_id, status=msg(f"status.{evidence.status}"))
    return [record.source.problem("SWL310", message, ("status",), subject=norm_id)]


def _dates_problem(
    what: str,
    date: dt.date | None,
    valid_until: dt.date | None,
    source: SourceFile,
    loc: tuple[str | int, ...],
) -> list[Problem]:
    if date is None or valid_until is None or valid_until >= date:
        return []
    message = msg(
        "SWL309.message", what=what, date=date.isoformat(), valid_until=valid_until.isoformat()
    )
    return [source.problem("SWL309", message, (*loc, "valid_until"), subject=what)]


def _item_dates(record: EvidenceRecord) -> list[Problem]:
    """SWL309 for an evidence item described in the file itself."""
    problems = []
    for index, item in enumerate(record.file.evidence):
        what = item.title or item.path or item.url or ""
        loc = ("evidence", index)
        problems += _dates_problem(what, item.date, item.valid_until, record.source, loc)
    return problems


def _register_dates(dossier: Dossier) -> list[Problem]:
    """SWL309 for a document of the register: once, whichever norms use it."""
    problems = []
    for document_id, located in dossier.documents.items():
        document = located.value
        if located.invalid & {"date", "valid_until"}:
            continue  # a wrong date has its melding
        problems += _dates_problem(
            document_id, document.date, document.valid_until, located.source, located.loc
        )
    return problems


def _assessment(record: EvidenceRecord, as_of: dt.date) -> list[Problem]:
    evidence, source, norm_id = record.file, record.source, record.norm_id
    problems = []
    if evidence.status == "compliant" and not evidence.evidence:
        message = msg("SWL301.message", id=norm_id)
        problems.append(source.problem("SWL301", message, ("status",), subject=norm_id))
    if evidence.status == "not_applicable" and not evidence.not_applicable_reason:
        message = msg("SWL302.message", id=norm_id)
        problems.append(source.problem("SWL302", message, ("status",), subject=norm_id))
    if evidence.status in _CLAIMS and not evidence.narrative.strip():
        key = "SWL305.markdown" if record.path.endswith(".md") else "SWL305.yaml"
        message = msg(key, id=norm_id)
        problems.append(source.problem("SWL305", message, ("status",), subject=norm_id))
    if evidence.assessed_on is not None and evidence.assessed_on > as_of:
        message = msg(
            "SWL306.message",
            id=norm_id,
            date=evidence.assessed_on.isoformat(),
            as_of=as_of.isoformat(),
        )
        problems.append(source.problem("SWL306", message, ("assessed_on",), subject=norm_id))
    return problems


def _scope(dossier: Dossier, record: EvidenceRecord) -> list[Problem]:
    norm = dossier.normset.norm(record.norm_id)
    if norm is None or norm.applies_if is None:
        return []
    answer = dossier.config.scope.get(norm.applies_if)
    questions = {question.id: question for question in dossier.normset.scope_questions}
    asked = questions[norm.applies_if].question
    question = Localised(asked.nl, (("en", asked.en),) if asked.en else ())
    status = record.file.status
    key, norm_id = norm.applies_if, norm.id
    if answer is False and status in _CLAIMS:
        message = msg(
            "SWL303.out_of_scope",
            status=msg(f"status.{status}"),
            id=norm_id,
            key=key,
            question=question,
        )
        return [record.source.problem("SWL303", message, ("status",), subject=norm_id)]
    if answer is True and status == "not_applicable":
        message = msg("SWL303.in_scope", id=norm_id, key=key, question=question)
        return [record.source.problem("SWL303", message, ("status",), subject=norm_id)]
    return []


def _aspects(dossier: Dossier, record: EvidenceRecord) -> list[Problem]:
    norm = dossier.normset.norm(record.norm_id)
    evidence = record.file
    if norm is None or evidence.status != "compliant" or not evidence.evidence:
        return []
    covered = {aspect for item in evidence.evidence for aspect in item.aspects}
    problems = []
    for aspect in norm.aspects:
        if aspect.id not in covered:
            message = msg("SWL304.message", id=norm.id, aspect=aspect.id, label=aspect.label)
            loc = ("evidence",)
            problems.append(
                record.source.problem("SWL304", message, loc, key=True, subject=aspect.id)
            )
    return problems


def check_unanswered_points(dossier: Dossier) -> list[Problem]:
    """SWL308 for a verbeterpunt of a toetsing that no verbeteractie of the plan answers."""
    problems = []
    for located in dossier.audits:
        audit, source = located.value, located.source
        for index, point in enumerate(audit.improvement_points):
            if not answering_actions(dossier, point.id):
                message = msg("SWL308.message", id=point.id, date=audit.date.isoformat())
                loc = ("improvement_points", index, "id")
                problems.append(source.problem("SWL308", message, loc, subject=point.id))
    return problems
