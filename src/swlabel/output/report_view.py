"""The dossier as a view model: plain data, prepared for the report templates.

Templates receive a :class:`ReportView` and hold no logic beyond loops and conditionals, so
every decision (what is valid, what a link points to, how a date is shown, what the verdict
per rubriek says) is made here.

The view is data and does not know its output format: a narrative is its Markdown source
(:class:`MarkdownText`), which the HTML template renders with the ``markdown`` filter, the
Markdown template shows as it is (made safe by the templates' ``finalize``), and the Word
dossier and the JSON read as Markdown.

Texts in the view are as the organisation wrote them. They are masked (BSNs, control
characters) where they leave for a reader, in one place per output, so that no field can be
forgotten: the templates' ``finalize`` (:mod:`swlabel.output.templating`), ``mask.dumps_json`` for
JSON and the CSV report's cell function. Two things are decided here because they cannot
wait: a narrative is masked before any renderer sees it, and a link whose target holds a BSN
is not made at all (:func:`swlabel.output.links.link_for`).

The appendices are built in :mod:`swlabel.output.appendices`, the picture in
:mod:`swlabel.output.chart`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from swlabel import __version__
from swlabel.domain.coverage import Coverage, ItemValidity, NormCoverage, Tally
from swlabel.domain.cycle import action_is_late
from swlabel.domain.interviews import InterviewPlan, build_plan, group_name, group_names
from swlabel.i18n import Translator
from swlabel.i18n import render as render_text
from swlabel.load.dossier import Dossier, EvidenceRecord, document_users
from swlabel.load.gitinfo import GitState
from swlabel.models import OPEN_ACTIONS, EvidenceItem
from swlabel.output.appendices import (
    DocumentRow,
    ExpiryRow,
    FollowUpRow,
    PlanRow,
    actions_by_norm,
    document_rows,
    expiry_rows,
    follow_up_rows,
    iso_date,
    last_judgements,
    plan_rows,
)
from swlabel.output.chart import Chart, build_chart
from swlabel.output.check_formats import format_percentage
from swlabel.output.links import link_for, norm_anchor, rubriek_anchor
from swlabel.output.narrative import MarkdownText
from swlabel.output.norm_problems import problems_by_norm
from swlabel.problems import Level, Problem

if TYPE_CHECKING:  # only for --history, which imports them itself
    from swlabel.domain.history import HistoryChart, Point


@dataclass(frozen=True)
class EvidenceRow:
    title: str
    kind: str
    date: str
    valid_until: str
    href: str | None
    location: str
    valid: bool
    expired: bool
    validity: str
    aspects: tuple[str, ...]


@dataclass(frozen=True)
class AspectRow:
    id: str
    label: str
    covered: bool
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class ActionRow:
    id: str
    title: str
    status: str
    due: str
    owner: str
    known: bool
    late: bool
    open: bool


@dataclass(frozen=True)
class ProblemRow:
    location: str
    code: str
    level: str
    message: str


@dataclass(frozen=True)
class NormView:
    id: str
    anchor: str
    text: str
    status: str
    status_label: str
    in_scope: bool
    applicable: bool
    supported: bool
    assessed_by: str
    assessed_on: str
    not_applicable_reason: str
    narrative: MarkdownText
    # Why the norm's fields do not count, when they cannot be read ("" otherwise).
    notice: str
    evidence: tuple[EvidenceRow, ...]
    aspects: tuple[AspectRow, ...]
    interviewees: tuple[str, ...]
    actions: tuple[ActionRow, ...]
    problems: tuple[ProblemRow, ...]
    source_path: str
    last_audit: str  # the judgement of the last toetsing, "2025-03-12: voldoet deels"
    last_changed: str  # the date of the last commit that changed the evidence file


@dataclass(frozen=True)
class TallyView:
    label: str
    anchor: str
    applicable: int
    supported: int
    percentage: str
    aspects: str
    aspect_percentage: str


@dataclass(frozen=True)
class StatusRow:
    status: str
    label: str
    counts: tuple[int, ...]  # per rubriek, in order
    total: int


@dataclass(frozen=True)
class RubriekView:
    id: str
    title: str
    anchor: str
    tally: TallyView
    verdict: str
    norms: tuple[NormView, ...]  # after --only-gaps; may be empty


@dataclass(frozen=True)
class ScopeRow:
    question: str
    answer: str


@dataclass(frozen=True)
class ReportView:
    language: str
    organisation: str
    normset_id: str
    normset_title: str
    normset_version: str
    publisher: str
    copyright: str
    aspects_note: str
    as_of: str
    next_audit: str
    generator: str
    commit: str
    working_tree: str
    scope: tuple[ScopeRow, ...]
    selection: str  # what --only-gaps / --rubriek left out, in words; empty for everything
    shown: int  # how many norms the selection shows
    rubrieken: tuple[RubriekView, ...]
    total: TallyView
    status_rows: tuple[StatusRow, ...]
    chart: Chart
    problems: tuple[ProblemRow, ...]
    errors: int
    warnings: int
    documents: tuple[DocumentRow, ...]
    plan: tuple[PlanRow, ...]
    expiring: tuple[ExpiryRow, ...]
    follow_up: tuple[FollowUpRow, ...]
    interviews: InterviewPlan | None = None
    # Coverage over time, only with `report --history` (reading every revision costs time).
    history: HistoryChart | None = None
    history_points: tuple[Point, ...] = ()
    # `report --for toetser`: no file paths, rule codes or technical meldingen (output/toetser.py).
    for_toetser: bool = False


def _problem_row(problem: Problem, t: Translator) -> ProblemRow:
    return ProblemRow(
        location=f"{problem.path}:{problem.line}:{problem.column}",
        code=problem.code,
        level=problem.level.value,
        message=render_text(problem.message, t),
    )


@dataclass(frozen=True)
class _Context:
    """What every part of the view needs, passed around as one."""

    dossier: Dossier
    as_of: dt.date
    base: Path
    t: Translator
    judgements: dict[str, str]
    changed: dict[str, str]
    # Every evidence row says one of four things about its validity, looked up once per run.
    validity_labels: dict[str, str] = field(default_factory=dict)
    # The name to show of each interview group (swlabel.domain.interviews.group_names).
    groups: dict[str, str] = field(default_factory=dict)
    # The link of each (path, url) an evidence row shows: a document is cited by many items.
    links: dict[tuple[str | None, str | None], str | None] = field(default_factory=dict)
    # The row of each melding (by its identity), shown under its norm and in the list of all.
    problem_rows: dict[int, ProblemRow] = field(default_factory=dict)

    def problem_row(self, problem: Problem) -> ProblemRow:
        """The row of PROBLEM, its sentence made once however often it is shown."""
        row = self.problem_rows.get(id(problem))
        if row is None:
            row = self.problem_rows[id(problem)] = _problem_row(problem, self.t)
        return row

    def link(self, path: str | None, url: str | None) -> str | None:
        """The link of a document at PATH or URL, from the report's folder (links.link_for)."""
        key = (path, url)
        if key in self.links:
            return self.links[key]
        found = self.links[key] = link_for(self.dossier.root, path, url, self.base)
        return found

    def validity_label(self, reason: str) -> str:
        """What the report says of an item's validity ("" for valid)."""
        label = self.validity_labels.get(reason)
        if label is None:
            label = self.validity_labels[reason] = self.t(f"report.validity.{reason or 'valid'}")
        return label


# Not among the links looked up yet (link_for gives None, "./…", "../…" or a web address).
_NO_LINK_YET = ""


def _evidence_row(
    ctx: _Context, item: EvidenceItem, validity: ItemValidity, labels: dict[str, str]
) -> EvidenceRow:
    # 20,000 rows on "large": the link and the label are looked up here, not by a call each.
    title, kind, path, url = item.title, item.kind, item.path, item.url
    date = item.date
    if item.document is not None:
        located = ctx.dossier.documents.get(item.document)
        if located is not None:
            document = located.value
            title, kind, path, url = document.title, document.kind, document.path, document.url
            date = document.date
        else:
            title = item.document
    href = ctx.links.get((path, url), _NO_LINK_YET)
    if href == _NO_LINK_YET:
        href = ctx.link(path, url)
    reason = validity.reason
    label = ctx.validity_labels.get(reason)
    if label is None:
        label = ctx.validity_label(reason)
    valid_until = validity.valid_until
    return EvidenceRow(
        title or "",
        kind or "",
        date.isoformat() if date else "",  # iso_date
        valid_until.isoformat() if valid_until else "",
        href,
        (path or url or "").replace("\\", "/"),
        validity.valid,
        reason == "expired",
        label,
        tuple([labels.get(aspect, aspect) for aspect in item.aspects]),
    )


def _invalid_rows(ctx: _Context, record: EvidenceRecord | None) -> dict[int, EvidenceRow]:
    """A row per invalid evidence item, by its index in the file: left out of coverage, shown
    with what it is called (its melding is in the norm's meldingen)."""
    rows: dict[int, EvidenceRow] = {}
    for item in record.invalid_items if record else ():
        rows[item.index] = EvidenceRow(
            title=item.label or ctx.t("report.item_n", number=item.index + 1),
            kind="",
            date="",
            valid_until="",
            href=None,
            location="",
            valid=False,
            expired=False,
            validity=ctx.validity_label("invalid_item"),
            aspects=(),
        )
    return rows


def _action_rows(ctx: _Context, action_ids: list[str]) -> tuple[ActionRow, ...]:
    rows = []
    for action_id in action_ids:
        located = ctx.dossier.actions.get(action_id)
        if located is None:
            rows.append(ActionRow(action_id, "", "", "", "", known=False, late=False, open=False))
            continue
        action = located.value
        rows.append(
            ActionRow(
                id=action.id,
                title=action.title,
                status=ctx.t(f"action.{action.status}"),
                due=iso_date(action.due),
                owner=action.owner or "",
                known=True,
                late=action_is_late(action, ctx.as_of),
                open=action.status in OPEN_ACTIONS,
            )
        )
    return tuple(rows)


def _norm_view(
    ctx: _Context, coverage: NormCoverage, problems: dict[str, list[Problem]], actions: list[str]
) -> NormView:
    norm = coverage.norm
    record = ctx.dossier.evidence.get(norm.id)
    labels = {aspect.id: aspect.label for aspect in norm.aspects}
    items = record.file.evidence if record else ()
    rows = tuple(
        [
            _evidence_row(ctx, item, validity, labels)
            for item, validity in zip(items, coverage.validities, strict=True)
        ]
    )
    # In the file's order, the invalid items among the valid ones.
    invalid = _invalid_rows(ctx, record)
    if invalid and record is not None:
        placed = dict(zip(record.item_indices, rows, strict=True)) | invalid
        shown = tuple(placed[index] for index in sorted(placed))
    else:
        shown = rows
    # The titles of the valid items that show each aspect, in the file's order, in one pass.
    showing: dict[str, list[str]] = {aspect.id: [] for aspect in norm.aspects}
    for row, item in zip(rows, items, strict=True):
        if row.valid:
            for aspect_id in dict.fromkeys(item.aspects):
                titles = showing.get(aspect_id)
                if titles is not None:
                    titles.append(row.title)
    aspects = tuple(
        AspectRow(
            id=aspect.id,
            label=aspect.label,
            covered=aspect.id not in coverage.uncovered_aspects,
            evidence=tuple(showing[aspect.id]),
        )
        for aspect in norm.aspects
    )
    path = record.path if record else ""
    file = record.file if record else None
    # Masked before it is rendered: the mask of the templates sees only the rendered result.
    # MarkdownText.masked also keeps where the mask put its stars, so that no renderer reads
    # them as Markdown (#12).
    narrative = (
        MarkdownText.masked(file.narrative) if file and file.narrative.strip() else MarkdownText()
    )
    return NormView(
        id=norm.id,
        anchor=norm_anchor(norm.id),
        text=norm.text,
        status=coverage.status,
        status_label=ctx.t(coverage.status_key),
        in_scope=coverage.in_scope,
        applicable=coverage.applicable,
        supported=coverage.supported,
        assessed_by=(file.assessed_by or "") if file else "",
        assessed_on=iso_date(file.assessed_on) if file else "",
        not_applicable_reason=(file.not_applicable_reason or "") if file else "",
        narrative=narrative,
        notice=ctx.t("report.unreadable_fields") if coverage.unreadable else "",
        evidence=shown,
        aspects=aspects,
        interviewees=tuple(
            dict.fromkeys(group_name(entry, ctx.groups) for entry in file.interviewees)
        )
        if file
        else (),
        actions=_action_rows(ctx, actions),
        problems=tuple(ctx.problem_row(p) for p in problems.get(norm.id, ())),
        source_path=path,
        last_audit=ctx.judgements.get(norm.id, ""),
        last_changed=ctx.changed.get(path, "") if path else "",
    )


def _tally_view(label: str, anchor_id: str, tally: Tally) -> TallyView:
    return TallyView(
        label=label,
        anchor=anchor_id,
        applicable=tally.applicable,
        supported=tally.supported,
        percentage=format_percentage(tally.percentage),
        aspects=f"{tally.covered_units}/{tally.units}",
        aspect_percentage=format_percentage(tally.aspect_percentage),
    )


def _verdict(ctx: _Context, norms: tuple[NormView, ...]) -> str:
    """One plain line per rubriek: what still needs attention, most urgent first."""
    t = ctx.t
    counts = {
        "errors": sum(1 for n in norms for p in n.problems if p.level == Level.ERROR.value),
        "non_compliant": sum(1 for n in norms if n.status == "non_compliant"),
        "not_assessed": sum(1 for n in norms if n.status == "not_assessed" and n.in_scope),
        "gaps": sum(
            1
            for n in norms
            if n.applicable
            and not n.supported
            and n.status not in ("not_assessed", "non_compliant")
        ),
        "late_actions": len({a.id for n in norms for a in n.actions if a.late}),
        "expired": sum(1 for n in norms for row in n.evidence if row.expired),
    }
    parts = [
        t(f"verdict.{key}.{'one' if count == 1 else 'many'}", count=count)
        for key, count in counts.items()
        if count
    ]
    return ", ".join(parts) if parts else t("verdict.clean")


def _scope_rows(dossier: Dossier, t: Translator) -> tuple[ScopeRow, ...]:
    rows = []
    for question in dossier.normset.scope_questions:
        answer = dossier.config.scope.get(question.id)
        shown = (
            t("report.unanswered") if answer is None else t(f"report.{'yes' if answer else 'no'}")
        )
        rows.append(ScopeRow(question.question.get(t.language), shown))
    return tuple(rows)


def _git_lines(state: GitState, t: Translator) -> tuple[str, str]:
    if state.commit is None:
        return t("report.no_git"), ""
    if state.dirty is None:
        tree = t("report.tree_unknown")
    else:
        tree = t("report.tree_dirty") if state.dirty else t("report.tree_clean")
    return state.commit[:12], tree


@dataclass(frozen=True)
class Selection:
    """What the report shows: every norm, or only gaps, or one rubriek."""

    only_gaps: bool = False
    rubriek: str | None = None

    def describe(self, t: Translator) -> str:
        parts = []
        if self.rubriek is not None:
            parts.append(t("report.selection.rubriek", rubriek=self.rubriek))
        if self.only_gaps:
            parts.append(t("report.selection.gaps"))
        return "; ".join(parts)


def build_report(
    dossier: Dossier,
    coverage: Coverage,
    problems: list[Problem],
    base: Path,
    t: Translator,
    *,
    git: GitState | None = None,
    selection: Selection | None = None,
    progress: Callable[[], None] | None = None,
    changed: dict[str, str] | None = None,
) -> ReportView:
    """The report's view model, for every format alike. BASE is the folder the report is
    written to (for links); PROGRESS, when given, is called once per norm; CHANGED maps a file
    to the date of its last commit."""
    selection = selection or Selection()
    ctx = _Context(
        dossier,
        coverage.as_of,
        base,
        t,
        last_judgements(dossier, t),
        changed or {},
        groups=group_names(dossier.config),
    )
    normset = dossier.normset
    by_norm = actions_by_norm(dossier)
    by_norm_problems = problems_by_norm(dossier, problems)
    rubrieken = []
    for rubriek in coverage.rubrieken:
        anchor_id = rubriek_anchor(rubriek.rubriek.id)
        views = []
        for norm in rubriek.norms:
            views.append(_norm_view(ctx, norm, by_norm_problems, by_norm.get(norm.norm.id, [])))
            if progress is not None:
                progress()
        shown = tuple(
            view
            for view in views
            if not selection.only_gaps or (view.applicable and not view.supported)
        )
        if selection.rubriek is not None and rubriek.rubriek.id != selection.rubriek:
            shown = ()
        title = f"{rubriek.rubriek.id} {rubriek.rubriek.title}"
        rubrieken.append(
            RubriekView(
                id=rubriek.rubriek.id,
                title=rubriek.rubriek.title,
                anchor=anchor_id,
                tally=_tally_view(title, anchor_id, rubriek.tally),
                verdict=_verdict(ctx, tuple(views)),
                norms=shown,
            )
        )
    errors = sum(problem.level is Level.ERROR for problem in problems)
    commit, working_tree = _git_lines(git or GitState(None, None), t)
    anchors = {norm.id: norm_anchor(norm.id) for norm in normset.norms}
    users = document_users(dossier)  # for the register and what expires: asked once
    audit = dossier.config.next_audit
    return ReportView(
        language=t.language,
        organisation=dossier.config.organisation,
        normset_id=normset.id,
        normset_title=normset.title,
        normset_version=normset.version,
        publisher=normset.publisher,
        copyright=normset.copyright,
        aspects_note=normset.aspects_note.get(t.language) if normset.aspects_note else "",
        as_of=coverage.as_of.isoformat(),
        next_audit=iso_date(audit),
        generator=f"swlabel {__version__}",
        commit=commit,
        working_tree=working_tree,
        scope=_scope_rows(dossier, t),
        selection=selection.describe(t),
        shown=sum(len(rubriek.norms) for rubriek in rubrieken),
        rubrieken=tuple(rubrieken),
        total=_tally_view(t("coverage.total"), "samenvatting", coverage.total),
        status_rows=tuple(
            StatusRow(
                status=status,
                label=t(f"status.{status}"),
                counts=tuple(rubriek.tally.statuses[status] for rubriek in coverage.rubrieken),
                total=count,
            )
            for status, count in coverage.total.statuses.items()
        ),
        chart=build_chart(coverage, anchors, t),
        problems=tuple(ctx.problem_row(problem) for problem in problems),
        errors=errors,
        warnings=len(problems) - errors,
        documents=document_rows(dossier, coverage.as_of, base, t, ctx.link, users),
        plan=plan_rows(dossier, coverage.as_of, t),
        expiring=expiry_rows(dossier, coverage.as_of, t, users),
        follow_up=follow_up_rows(dossier, coverage.as_of, t),
        interviews=build_plan(dossier, coverage.as_of, coverage),
    )
