"""Coverage of the dossier at every revision in git that touched it, oldest first.

Each revision is read from git's object store like in ``swlabel diff`` (see
:mod:`swlabel.domain.revisions`), but all revisions share ONE long-lived ``git cat-file --batch``
process; per revision only a ``git ls-tree`` lists what to read. The working tree, the index
and HEAD are never touched. Each revision is judged on its own commit date, so evidence counts
as valid when it was valid then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from swlabel.domain.coverage import compute_coverage
from swlabel.domain.revisions import CatFile, Revision, WorkTree, load_from, locate, revision_files
from swlabel.doors.gitrun import run_git
from swlabel.errors import ConfigError, UsageError
from swlabel.load.dossier import Dossier
from swlabel.load.placeholders import PLAIN, Placeholders
from swlabel.problems import Text, msg

RubriekPercentage = tuple[str, str, float | None]  # rubriek id, title, percentage


@dataclass(frozen=True)
class Commit:
    """A revision to look at: from ``git log``, with the tags that point at it."""

    commit: str
    short: str
    date: dt.date  # the commit date
    subject: str
    tags: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return ", ".join(self.tags) if self.tags else self.short


@dataclass(frozen=True)
class Point:
    """Coverage of the dossier at one revision, on that revision's commit date."""

    commit: str
    date: dt.date
    label: str  # the tag names, or the short hash
    subject: str
    total: float | None  # percentage of applicable norms onderbouwd; None: no applicable norms
    rubrieken: tuple[RubriekPercentage, ...]


@dataclass(frozen=True)
class Skipped:
    """A revision whose dossier could not be loaded, and why."""

    commit: Commit
    reason: str | Text  # made a sentence where it is shown (swlabel.i18n.render)


def list_commits(work: WorkTree, *, tags_only: bool, until: dt.date | None = None) -> list[Commit]:
    """The commits that touched the dossier's folder (or only the tagged ones), oldest first.

    UsageError when there are none.
    """
    tags = _tags(work)
    if tags_only:
        # A tag on a commit that did not touch the folder still names a state of the dossier.
        listed = run_git(work.top, "log", "--no-walk", "--tags", "--format=%H%x09%h%x09%cs%x09%s")
    else:
        pathspec = (work.prefix,) if work.prefix else ()
        listed = run_git(work.top, "log", "--format=%H%x09%h%x09%cs%x09%s", "--", *pathspec)
    commits = []
    for line in reversed((listed or "").splitlines()):
        fields = line.split("\t", 3)
        if len(fields) != 4:
            continue
        commit, short, date, subject = fields
        try:
            day = dt.date.fromisoformat(date)
        except ValueError:
            continue
        if until is not None and day > until:
            continue
        if tags_only and commit not in tags:
            continue
        commits.append(Commit(commit, short, day, subject, tuple(tags.get(commit, ()))))
    if not commits:
        raise UsageError(msg("history.no_commits", path=work.prefix or "."))
    return commits


def _tags(work: WorkTree) -> dict[str, list[str]]:
    # %(*objectname) is the commit an annotated tag points at; empty for a lightweight tag.
    listed = run_git(
        work.top,
        "for-each-ref",
        "--format=%(objectname)%09%(*objectname)%09%(refname:short)",
        "refs/tags",
    )
    tags: dict[str, list[str]] = {}
    for line in (listed or "").splitlines():
        fields = line.split("\t", 2)
        if len(fields) == 3:
            tags.setdefault(fields[1] or fields[0], []).append(fields[2])
    return tags


class _NoDossier(Exception):
    pass


def coverage_history(
    root: Path,
    placeholders: Placeholders = PLAIN,
    *,
    tags_only: bool,
    until: dt.date | None = None,
    skipped: list[Skipped] | None = None,
) -> list[Point]:
    """Coverage at each revision that touched ROOT's folder (or each tagged one), oldest first.

    Revisions whose dossier cannot be loaded are left out and, when SKIPPED is given, added
    to it. UsageError outside git or when there are no commits.
    """
    work = locate(root, not_git="history.not_git")
    commits = list_commits(work, tags_only=tags_only, until=until)
    return points(work, commits, placeholders, skipped)


def points(
    work: WorkTree,
    commits: Sequence[Commit],
    placeholders: Placeholders = PLAIN,
    skipped: list[Skipped] | None = None,
    advance: Callable[[], None] | None = None,
) -> list[Point]:
    """Coverage at each of COMMITS, read through one cat-file process; ADVANCE after each."""
    found: list[Point] = []
    if not commits:
        return found
    with CatFile(work.top, ref=commits[0].label) as blobs:
        for commit in commits:
            revision = Revision(commit.label, commit.commit, commit.date)
            try:
                dossier = _load(work, blobs, revision, placeholders)
            except _NoDossier:
                reason = msg("history.no_dossier", path=work.prefix or ".")
                if skipped is not None:
                    skipped.append(Skipped(commit, reason))
            except ConfigError as error:
                if skipped is not None:
                    skipped.append(Skipped(commit, error.message))
            else:
                found.append(_point(commit, dossier))
            if advance is not None:
                advance()
    return found


def _load(
    work: WorkTree, blobs: CatFile, revision: Revision, placeholders: Placeholders
) -> Dossier:
    # Like history.load_revision, but with the shared cat-file process. Git failing is a
    # UsageError and ends the run; a dossier that cannot be loaded only skips this revision.
    wanted = revision_files(work, revision)
    if wanted is None:
        raise _NoDossier
    return load_from(blobs, work, revision, wanted, placeholders)


def _point(commit: Commit, dossier: Dossier) -> Point:
    coverage = compute_coverage(dossier, commit.date)
    return Point(
        commit=commit.commit,
        date=commit.date,
        label=commit.label,
        subject=commit.subject,
        total=coverage.total.percentage,
        rubrieken=tuple(
            (rubriek.rubriek.id, rubriek.rubriek.title, rubriek.tally.percentage)
            for rubriek in coverage.rubrieken
        ),
    )


def rubrieken(points: Sequence[Point]) -> list[tuple[str, str]]:
    """Every rubriek (id, title) in POINTS: the newest revision's order, then older ones."""
    seen: dict[str, str] = {}
    for point in reversed(points):
        for rubriek_id, title, _ in point.rubrieken:
            seen.setdefault(rubriek_id, title)
    return list(seen.items())


# --- a chart a report template can draw ----------------------------------------------------

CHART_WIDTH = 600
CHART_HEIGHT = 200


@dataclass(frozen=True)
class ChartLine:
    """One polyline: coverage of a rubriek (or overall, id "") over the revisions."""

    rubriek_id: str
    title: str
    # (x, y) in the chart's box, y downwards as in SVG; revisions without a value are left out.
    points: tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class HistoryChart:
    """Coverage over time in a WIDTH×HEIGHT box: x by commit date, y from 100% (top) to 0%."""

    width: int
    height: int
    dates: tuple[tuple[float, dt.date], ...]  # x of each revision and its date, for ticks
    overall: ChartLine
    rubrieken: tuple[ChartLine, ...]


def history_chart(
    points: Sequence[Point], width: int = CHART_WIDTH, height: int = CHART_HEIGHT
) -> HistoryChart:
    """The coordinates to draw POINTS as one polyline overall and one per rubriek."""
    xs = _xs(points, width)

    def y(value: float) -> float:
        return height * (1 - min(max(value, 0.0), 100.0) / 100)

    def line(rubriek_id: str, title: str, values: Sequence[float | None]) -> ChartLine:
        coordinates = tuple((x, y(v)) for x, v in zip(xs, values, strict=True) if v is not None)
        return ChartLine(rubriek_id, title, coordinates)

    lines = []
    for rubriek_id, title in rubrieken(points):
        values = [
            next((value for key, _, value in point.rubrieken if key == rubriek_id), None)
            for point in points
        ]
        lines.append(line(rubriek_id, title, values))
    return HistoryChart(
        width=width,
        height=height,
        dates=tuple(zip(xs, (point.date for point in points), strict=True)),
        overall=line("", "", [point.total for point in points]),
        rubrieken=tuple(lines),
    )


def _xs(points: Sequence[Point], width: int) -> list[float]:
    if not points:
        return []
    # Commits are in history order; a rebased or back-dated one may carry an earlier date.
    first = min(point.date for point in points)
    span = (max(point.date for point in points) - first).days
    if span <= 0:
        # All on one day: spread evenly, so the revisions stay apart.
        if len(points) == 1:
            return [width / 2]
        return [width * index / (len(points) - 1) for index in range(len(points))]
    return [width * (point.date - first).days / span for point in points]
