"""The dossier at an earlier revision, and what changed between two dossiers.

A revision is read from git's object store into a temporary folder and loaded like any other
dossier; the working tree, the index and HEAD are never touched. Only the files the loader
reads are written there, all through one ``git cat-file --batch`` process per revision.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from swlabel.domain.coverage import Coverage, Tally, item_validity
from swlabel.domain.privacy import known_bsns
from swlabel.doors import mask
from swlabel.doors.files import scratch_folder, write_scratch
from swlabel.doors.gitrun import GitBatch, run_git
from swlabel.errors import UsageError
from swlabel.load.dossier import (
    AUDIT_DIR,
    CONFIG_FILE,
    EVIDENCE_DIR,
    PLAN_FILE,
    REGISTER_DIR,
    REGISTER_FILE,
    Dossier,
    load_config,
    load_repository,
)
from swlabel.load.normsets import is_path_reference
from swlabel.load.placeholders import PLAIN, Placeholders
from swlabel.models import CLOSED_ACTIONS, ActionStatus, EvidenceItem, Status
from swlabel.problems import msg, natural_key

_CHUNK = 64 * 1024
# Folders whose direct children the loader reads; it filters them by suffix itself.
_FOLDERS = (EVIDENCE_DIR, REGISTER_DIR, AUDIT_DIR)


@dataclass(frozen=True)
class WorkTree:
    """The git work tree a dossier lives in, and the dossier's folder relative to its top."""

    top: Path
    prefix: str  # "" at the top, else "sub/folder/" as git prints it


@dataclass(frozen=True)
class Revision:
    ref: str  # as the user wrote it
    commit: str
    date: dt.date  # the commit date


def locate(root: Path, *, not_git: str = "diff.not_git") -> WorkTree:
    """The work tree holding ROOT; UsageError (message NOT_GIT) when ROOT is not inside one."""
    # One git process: the top on the first line, the prefix (empty at the top) on the second.
    found = run_git(root, "rev-parse", "--show-toplevel", "--show-prefix")
    lines = found.splitlines() if found is not None else []
    if not lines or not lines[0].strip():
        raise UsageError(msg(not_git, path=root.as_posix()))
    prefix = lines[1].strip() if len(lines) > 1 else ""
    return WorkTree(Path(lines[0].strip()), prefix)


def resolve(work: WorkTree, ref: str) -> Revision:
    """The commit REF names and its date; UsageError naming REF when git cannot resolve it."""
    # A ref starting with '-' would be read as an option by git.
    commit = None if ref.startswith("-") else _commit_of(work, ref)
    if commit is None:
        raise UsageError(msg("diff.unknown_ref", ref=ref))
    date = run_git(work.top, "log", "-1", "--format=%cs", commit)
    try:
        return Revision(ref, commit, dt.date.fromisoformat((date or "").strip()))
    except ValueError:
        raise UsageError(msg("diff.unknown_ref", ref=ref)) from None


def _commit_of(work: WorkTree, ref: str) -> str | None:
    found = run_git(work.top, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    return found.strip() if found and found.strip() else None


def load_revision(
    work: WorkTree, revision: Revision, placeholders: Placeholders = PLAIN
) -> Dossier:
    """Load the dossier as it was at REVISION (its meldingen are collected, not raised)."""
    wanted = revision_files(work, revision)
    if wanted is None:
        raise UsageError(msg("diff.no_dossier", ref=revision.ref, path=work.prefix or "."))
    with CatFile(work.top, ref=revision.ref) as blobs:
        return load_from(blobs, work, revision, wanted, placeholders)


def revision_files(work: WorkTree, revision: Revision) -> list[str] | None:
    """The files of the dossier the loader reads at REVISION; None without a swlabel.yaml."""
    pathspec = (work.prefix,) if work.prefix else ()
    listed = run_git(
        work.top, "ls-tree", "-r", "-z", "--name-only", revision.commit, "--", *pathspec
    )
    if listed is None:
        raise UsageError(msg("diff.git_failed", ref=revision.ref))
    wanted = [path for path in listed.split("\0") if _loader_reads(path, work.prefix)]
    return wanted if work.prefix + CONFIG_FILE in wanted else None


def load_from(
    blobs: CatFile,
    work: WorkTree,
    revision: Revision,
    wanted: list[str],
    placeholders: Placeholders = PLAIN,
) -> Dossier:
    """Write WANTED as at REVISION from BLOBS into a temporary folder and load the dossier
    there; everything is in memory afterwards, so the folder can go."""
    with scratch_folder("swlabel-revision-") as base:
        root = base / work.prefix
        blobs.extract(revision, wanted, base)
        config = load_config(root, placeholders)
        if is_path_reference(config.norms):
            normset = posixpath.normpath(work.prefix + config.norms.replace("\\", "/"))
            # Outside the work tree the loader reports the missing file itself.
            if not normset.startswith(("../", "/")) and normset != "..":
                blobs.extract(revision, [normset], base)
        dossier = load_repository(root, config, placeholders)
        # A title of an earlier revision is shown too: its BSNs are masked like today's.
        mask.learn(known_bsns(dossier))
        return dossier


def _loader_reads(path: str, prefix: str) -> bool:
    if not path.startswith(prefix) or "\n" in path:
        return False
    relative = path[len(prefix) :]
    if relative in (CONFIG_FILE, REGISTER_FILE, PLAN_FILE):
        return True
    folder, _, name = relative.partition("/")
    return folder in _FOLDERS and bool(name) and "/" not in name


class CatFile:
    """One long-lived ``git cat-file --batch`` that writes blobs of any revision to a folder
    (``swlabel history`` reads every revision through one). REF names the revision asked for
    first, in the message when git cannot be started."""

    def __init__(self, top: Path, *, ref: str) -> None:
        self.top = top
        self.ref = ref
        self.batch: GitBatch | None = None

    def __enter__(self) -> CatFile:
        self.batch = GitBatch.start(self.top)
        if self.batch is None:
            raise UsageError(msg("diff.git_failed", ref=self.ref))
        return self

    def __exit__(self, *exc: object) -> None:
        if self.batch is not None:
            self.batch.close()

    def extract(self, revision: Revision, paths: Iterable[str], base: Path) -> None:
        """Write each blob PATH (relative to the work-tree top) as at REVISION below BASE;
        skip the rest."""
        assert self.batch is not None
        for path in paths:
            target = _target(base, path)
            if target is None or target.exists():
                continue
            try:
                # One request at a time: writing all first could fill both pipes and hang.
                header = self.batch.ask(f"{revision.commit}:{path}").split()
            except OSError:
                raise UsageError(msg("diff.git_failed", ref=revision.ref)) from None
            if len(header) != 3:  # "<name> missing" or "ambiguous": no body follows
                continue
            size = int(header[2])
            if header[1] == b"blob":
                write_scratch(target, self._chunks(size, revision))
            else:
                for _ in self._chunks(size, revision):
                    pass
            self.batch.read(1)  # the newline after the body

    def _chunks(self, size: int, revision: Revision) -> Iterator[bytes]:
        # In chunks, so an oversized file (which the loader refuses) never sits in memory.
        assert self.batch is not None
        while size > 0:
            chunk = self.batch.read(min(size, _CHUNK))
            if not chunk:
                raise UsageError(msg("diff.git_failed", ref=revision.ref))
            yield chunk
            size -= len(chunk)


def _target(base: Path, path: str) -> Path | None:
    # Names come from a tree anyone could have crafted: nothing may land outside BASE.
    parts = path.split("/")
    if any(part in ("", ".", "..") or "\\" in part for part in parts):
        return None
    return base.joinpath(*parts)


# --- comparing ----------------------------------------------------------------------------

EvidenceChangeKind = Literal["added", "removed", "expired"]
ActionChangeKind = Literal["opened", "closed", "removed"]


@dataclass(frozen=True)
class StatusChange:
    norm_id: str
    old: Status
    new: Status


@dataclass(frozen=True)
class EvidenceChange:
    norm_id: str
    kind: EvidenceChangeKind
    label: str  # the register id or the inline title
    valid_until: dt.date | None = None


@dataclass(frozen=True)
class ActionChange:
    action_id: str
    kind: ActionChangeKind
    title: str
    status: ActionStatus


@dataclass(frozen=True)
class CoverageChange:
    rubriek_id: str  # "" for the whole norm set
    title: str
    old: float | None  # percentage of applicable norms onderbouwd; None: no such rubriek
    new: float | None


@dataclass(frozen=True)
class DossierDiff:
    """What changed between an older and a newer dossier, each on its own reference date."""

    old_date: dt.date
    new_date: dt.date
    norms_added: tuple[str, ...]
    norms_removed: tuple[str, ...]
    statuses: tuple[StatusChange, ...]
    evidence: tuple[EvidenceChange, ...]
    actions: tuple[ActionChange, ...]
    coverage: CoverageChange
    rubrieken: tuple[CoverageChange, ...]

    @property
    def changed(self) -> bool:
        return bool(
            self.norms_added or self.norms_removed or self.statuses or self.evidence or self.actions
        )


def compare(
    old: Dossier, old_coverage: Coverage, new: Dossier, new_coverage: Coverage
) -> DossierDiff:
    """Compare OLD (with its coverage on its date) with NEW (on its date)."""
    old_ids = [norm.id for norm in old.normset.norms]
    new_ids = [norm.id for norm in new.normset.norms]
    statuses = []
    for norm_id in new_ids:
        before, after = old_coverage.norm(norm_id), new_coverage.norm(norm_id)
        if before is not None and after is not None and before.status != after.status:
            statuses.append(StatusChange(norm_id, before.status, after.status))
    norm_ids = sorted(set(old_ids) | set(new_ids), key=natural_key)
    evidence = [
        change
        for norm_id in norm_ids
        for change in _evidence_changes(norm_id, old, old_coverage.as_of, new, new_coverage.as_of)
    ]
    return DossierDiff(
        old_date=old_coverage.as_of,
        new_date=new_coverage.as_of,
        norms_added=tuple(norm_id for norm_id in new_ids if norm_id not in old_ids),
        norms_removed=tuple(norm_id for norm_id in old_ids if norm_id not in new_ids),
        statuses=tuple(statuses),
        evidence=tuple(evidence),
        actions=tuple(_action_changes(old, new)),
        coverage=CoverageChange(
            "", "", _percentage(old_coverage.total), _percentage(new_coverage.total)
        ),
        rubrieken=tuple(_rubriek_changes(old_coverage, new_coverage)),
    )


def _items(dossier: Dossier, norm_id: str) -> dict[str, EvidenceItem]:
    record = dossier.evidence.get(norm_id)
    items: dict[str, EvidenceItem] = {}
    for item in record.file.evidence if record else ():
        items.setdefault(_label(item), item)
    return items


def _label(item: EvidenceItem) -> str:
    return item.document if item.document is not None else item.title or ""


def _evidence_changes(
    norm_id: str, old: Dossier, old_date: dt.date, new: Dossier, new_date: dt.date
) -> list[EvidenceChange]:
    before, after = _items(old, norm_id), _items(new, norm_id)
    changes = [EvidenceChange(norm_id, "removed", label) for label in before if label not in after]
    changes += [EvidenceChange(norm_id, "added", label) for label in after if label not in before]
    for label, item in after.items():
        if label not in before or not item_validity(old, before[label], old_date).valid:
            continue
        validity = item_validity(new, item, new_date)
        if validity.reason == "expired":
            changes.append(EvidenceChange(norm_id, "expired", label, validity.valid_until))
    return changes


def _action_changes(old: Dossier, new: Dossier) -> list[ActionChange]:
    changes = []
    for action_id, located in new.actions.items():
        action = located.value
        previous = old.actions.get(action_id)
        if previous is None:
            changes.append(ActionChange(action_id, "opened", action.title, action.status))
        elif previous.value.status not in CLOSED_ACTIONS and action.status in CLOSED_ACTIONS:
            changes.append(ActionChange(action_id, "closed", action.title, action.status))
    for action_id, located in old.actions.items():
        if action_id not in new.actions:
            changes.append(
                ActionChange(action_id, "removed", located.value.title, located.value.status)
            )
    order = {"opened": 0, "closed": 1, "removed": 2}
    return sorted(changes, key=lambda change: (order[change.kind], natural_key(change.action_id)))


def _percentage(tally: Tally | None) -> float | None:
    return None if tally is None else tally.percentage


def _rubriek_changes(old: Coverage, new: Coverage) -> list[CoverageChange]:
    before = {rubriek.rubriek.id: rubriek for rubriek in old.rubrieken}
    after = {rubriek.rubriek.id: rubriek for rubriek in new.rubrieken}
    changes = []
    for rubriek_id in [*after, *(key for key in before if key not in after)]:
        shown = after.get(rubriek_id) or before[rubriek_id]
        old_tally = before[rubriek_id].tally if rubriek_id in before else None
        new_tally = after[rubriek_id].tally if rubriek_id in after else None
        changes.append(
            CoverageChange(
                rubriek_id, shown.rubriek.title, _percentage(old_tally), _percentage(new_tally)
            )
        )
    return changes
