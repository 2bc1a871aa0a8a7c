"""Content: what a self-assessment claims, against its evidence, its scope and its date."""

from __future__ import annotations

import datetime as dt

from swlabel.i18n import Translator
from swlabel.load.dossier import Dossier, EvidenceRecord
from swlabel.problems import Problem

_CLAIMS = frozenset({"compliant", "partially_compliant", "non_compliant"})


def check_content(dossier: Dossier, t: Translator, as_of: dt.date) -> list[Problem]:
    problems: list[Problem] = []
    for record in dossier.evidence.values():
        problems += _assessment(record, t, as_of)
        problems += _scope(dossier, record, t)
        problems += _aspects(dossier, record, t)
    return problems


def _assessment(record: EvidenceRecord, t: Translator, as_of: dt.date) -> list[Problem]:
    evidence, source, norm_id = record.file, record.source, record.norm_id
    problems = []
    if evidence.status == "compliant" and not evidence.evidence:
        problems.append(source.problem("SWL301", t("SWL301.message", id=norm_id), ("status",)))
    if evidence.status == "not_applicable" and not evidence.not_applicable_reason:
        problems.append(source.problem("SWL302", t("SWL302.message", id=norm_id), ("status",)))
    if evidence.status in _CLAIMS and not evidence.narrative.strip():
        key = "SWL305.markdown" if record.path.endswith(".md") else "SWL305.yaml"
        problems.append(source.problem("SWL305", t(key, id=norm_id), ("status",)))
    if evidence.assessed_on is not None and evidence.assessed_on > as_of:
        message = t(
            "SWL306.message",
            id=norm_id,
            date=evidence.assessed_on.isoformat(),
            as_of=as_of.isoformat(),
        )
        problems.append(source.problem("SWL306", message, ("assessed_on",)))
    return problems


def _scope(dossier: Dossier, record: EvidenceRecord, t: Translator) -> list[Problem]:
    norm = dossier.normset.norm(record.norm_id)
    if norm is None or norm.applies_if is None:
        return []
    answer = dossier.config.scope.get(norm.applies_if)
    questions = {question.id: question for question in dossier.normset.scope_questions}
    question = questions[norm.applies_if].question.get(t.language)
    status = record.file.status
    values = {"id": norm.id, "key": norm.applies_if, "question": question}
    if answer is False and status in _CLAIMS:
        message = t("SWL303.out_of_scope", status=t(f"status.{status}"), **values)
        return [record.source.problem("SWL303", message, ("status",))]
    if answer is True and status == "not_applicable":
        message = t("SWL303.in_scope", **values)
        return [record.source.problem("SWL303", message, ("status",))]
    return []


def _aspects(dossier: Dossier, record: EvidenceRecord, t: Translator) -> list[Problem]:
    norm = dossier.normset.norm(record.norm_id)
    evidence = record.file
    if norm is None or evidence.status != "compliant" or not evidence.evidence:
        return []
    covered = {aspect for item in evidence.evidence for aspect in item.aspects}
    problems = []
    for aspect in norm.aspects:
        if aspect.id not in covered:
            message = t("SWL304.message", id=norm.id, aspect=aspect.id, label=aspect.label)
            problems.append(record.source.problem("SWL304", message, ("evidence",), key=True))
    return problems
