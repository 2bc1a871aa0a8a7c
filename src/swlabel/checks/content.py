"""Content: what a self-assessment claims, against its evidence, its scope and its date."""

from __future__ import annotations

import datetime as dt

from swlabel.load.dossier import Dossier, EvidenceRecord
from swlabel.problems import Localised, Problem, msg

_CLAIMS = frozenset({"compliant", "partially_compliant", "non_compliant"})


def check_content(dossier: Dossier, as_of: dt.date) -> list[Problem]:
    problems: list[Problem] = []
    for record in dossier.evidence.values():
        problems += _assessment(record, as_of)
        problems += _scope(dossier, record)
        problems += _aspects(dossier, record)
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
