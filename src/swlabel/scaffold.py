"""The files ``swlabel init`` creates: config, one evidence stub per norm, register, plan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from swlabel.i18n import Translator
from swlabel.models import Config, NormSet
from swlabel.repository import CONFIG_FILE, EVIDENCE_DIR, PLAN_FILE, REGISTER_FILE
from swlabel.templating import environment

README_FILE = "README.md"


@dataclass(frozen=True)
class ScaffoldFile:
    path: str
    content: str


def _scope_questions(normset: NormSet, config: Config, t: Translator) -> list[dict[str, object]]:
    return [
        {
            "id": question.id,
            "text": question.question.get(t.language),
            "answer": config.scope.get(question.id, True),
        }
        for question in normset.scope_questions
    ]


def render_config(
    organisation: str, norms: str, normset: NormSet, next_audit: dt.date | None, t: Translator
) -> str:
    config = Config(format_version=1, organisation=organisation, norms=norms)
    template = environment(t).get_template(f"scaffold/{t.language}/swlabel.yaml.j2")
    return template.render(
        organisation=organisation,
        norms=norms,
        language=t.language,
        next_audit=next_audit.isoformat() if next_audit else "",
        scope_questions=_scope_questions(normset, config, t),
    )


def evidence_stubs(normset: NormSet, config: Config, t: Translator) -> list[ScaffoldFile]:
    """One stub per norm: not_assessed, or not_applicable when the scope excludes the norm."""
    env = environment(t)
    template = env.get_template(f"scaffold/{t.language}/evidence.md.j2")
    rubrieken = {rubriek.id: rubriek for rubriek in normset.rubrieken}
    questions = {question.id: question for question in normset.scope_questions}
    stubs = []
    for norm in normset.norms:
        status, reason = "not_assessed", ""
        if norm.applies_if is not None and not config.scope.get(norm.applies_if, True):
            status = "not_applicable"
            question = questions[norm.applies_if].question.get(t.language)
            reason = t("init.out_of_scope", question=question, key=norm.applies_if)
        content = template.render(
            norm=norm,
            rubriek=rubrieken[norm.rubriek],
            normset=normset,
            status=status,
            reason=reason,
        )
        stubs.append(ScaffoldFile(f"{EVIDENCE_DIR}/{norm.id}.md", content))
    return stubs


def repository_files(normset: NormSet, config: Config, t: Translator) -> list[ScaffoldFile]:
    """Everything but the config: evidence stubs, register, plan and the README."""
    env = environment(t)
    context = {"organisation": config.organisation, "normset": normset}
    singles = [
        ScaffoldFile(
            REGISTER_FILE, env.get_template(f"scaffold/{t.language}/register.yaml.j2").render()
        ),
        ScaffoldFile(
            PLAN_FILE, env.get_template(f"scaffold/{t.language}/improvement-plan.yaml.j2").render()
        ),
        ScaffoldFile(
            README_FILE, env.get_template(f"scaffold/{t.language}/README.md.j2").render(**context)
        ),
    ]
    return [*evidence_stubs(normset, config, t), *singles]


__all__ = ["CONFIG_FILE", "ScaffoldFile", "evidence_stubs", "render_config", "repository_files"]
