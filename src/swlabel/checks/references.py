"""References: from evidence to norms, register documents, actions, aspects and files."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import PurePosixPath

from swlabel.doors.paths import PathResolver
from swlabel.load.dossier import (
    AUDIT_DIR,
    EVIDENCE_DIR,
    REGISTER_DIR,
    Dossier,
    did_you_mean,
    document_users,
)
from swlabel.load.sources import SourceFile, make_problem, outside_message
from swlabel.problems import Arg, Problem, msg


def check_references(dossier: Dossier, as_of: dt.date) -> list[Problem]:
    resolver = PathResolver(dossier.root)
    return [
        *check_evidence_files(dossier),
        *check_duplicate_ids(dossier),
        *check_refused(dossier),
        *check_missing_evidence(dossier),
        *check_evidence_references(dossier, resolver),
        *check_register_paths(dossier, resolver),
        *check_plan_references(dossier),
        *check_audit_references(dossier),
        *check_improvement_points(dossier),
        *check_unused_documents(dossier, as_of),
        *check_urls(dossier),
        *check_duplicate_evidence(dossier),
    ]


def check_evidence_files(dossier: Dossier) -> list[Problem]:
    """SWL201 for an evidence file whose name is no norm of the set, SWL202 for a second file
    of one norm: the loader left both out."""
    problems = []
    norm_ids = list(dossier.normset.norms_by_id)
    for path, norm_id in dossier.foreign_files.items():
        hint = did_you_mean(norm_id, norm_ids)
        message = msg("SWL201.file", id=norm_id, normset=dossier.normset.id, hint=hint)
        problems.append(make_problem(path, 1, 1, "SWL201", message, norm_id))
    for duplicate in dossier.duplicate_files:
        message = msg("SWL202.message", id=duplicate.norm_id, other=duplicate.first)
        problems.append(make_problem(duplicate.path, 1, 1, "SWL202", message, duplicate.norm_id))
    return problems


def check_duplicate_ids(dossier: Dossier) -> list[Problem]:
    """SWL209 for a register document, verbeteractie or verbeterpunt whose id was taken; the
    loader kept the first and left it out."""
    problems = []
    for duplicate in dossier.duplicate_ids:
        first, entry = duplicate.first, duplicate.entry
        line, _ = first.source.locate((*first.loc, "id"))
        message = msg("SWL209.message", id=duplicate.id, other=f"{first.source.path}:{line}")
        loc = (*entry.loc, "id")
        problems.append(entry.source.problem("SWL209", message, loc, subject=duplicate.id))
    return problems


def check_refused(dossier: Dossier) -> list[Problem]:
    """SWL206 for a file or folder of the dossier that leads out of the repository: the loader
    did not read it."""
    return [
        make_problem(path, 1, 1, "SWL206", outside_message(path, reason))
        for path, reason in dossier.refused.items()
    ]


def check_missing_evidence(dossier: Dossier) -> list[Problem]:
    problems: list[Problem] = []
    if EVIDENCE_DIR in dossier.unreadable_folders:
        return problems
    for norm in dossier.normset.norms:
        if norm.id in dossier.evidence_files or not dossier.norm_applies(norm.id):
            continue
        path = f"{EVIDENCE_DIR}/{norm.id}.md"
        message = msg("SWL203.message", id=norm.id)
        problems.append(make_problem(path, 1, 1, "SWL203", message, norm.id))
    return problems


def path_problem(
    resolver: PathResolver,
    value: str,
    source: SourceFile,
    loc: tuple[str | int, ...],
) -> Problem | None:
    """SWL206 for a path that is absolute or leaves the repository, SWL205 when it is missing
    (or exists only with other capitals). A path outside the repository is never opened."""
    found = resolver.check(value)
    if found.verdict == "case":
        message = msg("SWL205.case", path=value, actual=found.suggestion)
        return source.problem("SWL205", message, loc, subject=value)
    key = _PATH_MELDINGEN.get(found.verdict)
    if key is None:
        return None
    return source.problem(key[:6], msg(key, path=value), loc, subject=value)


_PATH_MELDINGEN = {
    "outside": "SWL206.message",
    "link_outside": "SWL206.symlink",
    "missing": "SWL205.message",
    "folder": "SWL205.folder",
}


def check_evidence_references(dossier: Dossier, resolver: PathResolver) -> list[Problem]:
    problems: list[Problem] = []
    documents = dossier.documents
    document_ids = list(documents)
    action_ids = list(dossier.actions)
    register_read = REGISTER_DIR not in dossier.unreadable_folders
    for record in dossier.evidence.values():
        norm = dossier.normset.norm(record.norm_id)
        aspect_ids = [aspect.id for aspect in norm.aspects] if norm else []
        source = record.source
        # once per item of 20,000 on "large": the item's fields are read once each, and a
        # melding's place is put together only when there is one
        for index, item in enumerate(record.file.evidence):
            document, path = item.document, item.path
            if document is not None and document not in documents and register_read:
                hint = did_you_mean(document, document_ids)
                message = msg("SWL204.message", id=document, hint=hint)
                where: tuple[str | int, ...] = ("evidence", index, "document")
                problems.append(source.problem("SWL204", message, where, subject=document))
            if path is not None:
                found = path_problem(resolver, path, source, ("evidence", index, "path"))
                if found:
                    problems.append(found)
            for position, aspect in enumerate(item.aspects):
                if aspect not in aspect_ids:
                    choices: Arg = ", ".join(aspect_ids) if aspect_ids else msg("SWL208.none")
                    message = msg(
                        "SWL208.message", aspect=aspect, norm=record.norm_id, choices=choices
                    )
                    where = ("evidence", index, "aspects", position)
                    problems.append(source.problem("SWL208", message, where, subject=aspect))
        for position, action_id in enumerate(record.file.actions):
            if action_id not in dossier.actions:
                hint = did_you_mean(action_id, action_ids)
                message = msg("SWL207.message", id=action_id, hint=hint)
                where = ("actions", position)
                problems.append(source.problem("SWL207", message, where, subject=action_id))
    return problems


def check_register_paths(dossier: Dossier, resolver: PathResolver) -> list[Problem]:
    problems = []
    for located in dossier.documents.values():
        if located.value.path is None:
            continue
        loc = (*located.loc, "path")
        found = path_problem(resolver, located.value.path, located.source, loc)
        if found:
            problems.append(found)
    return problems


def unknown_norm(
    dossier: Dossier,
    norm_id: str,
    source: SourceFile,
    loc: tuple[str | int, ...],
    *,
    key: bool = False,
) -> Problem | None:
    """SWL201 at LOC when NORM_ID is not in the norm set, with the nearest ids as a hint."""
    if dossier.normset.norm(norm_id) is not None:
        return None
    hint = did_you_mean(norm_id, list(dossier.normset.norms_by_id))
    message = msg("SWL201.message", id=norm_id, normset=dossier.normset.id, hint=hint)
    return source.problem("SWL201", message, loc, key=key, subject=norm_id)


def check_plan_references(dossier: Dossier) -> list[Problem]:
    problems = []
    for located in dossier.actions.values():
        for position, norm_id in enumerate(located.value.norms):
            loc = (*located.loc, "norms", position)
            found = unknown_norm(dossier, norm_id, located.source, loc)
            if found:
                problems.append(found)
    return problems


def check_audit_references(dossier: Dossier) -> list[Problem]:
    """SWL201 for a norm a toetsing judges, or a verbeterpunt names, that the set lacks."""
    problems = []
    for located in dossier.audits:
        audit, source = located.value, located.source
        found = [
            unknown_norm(dossier, norm_id, source, ("judgements", norm_id), key=True)
            for norm_id in audit.judgements
        ]
        for index, point in enumerate(audit.improvement_points):
            found += [
                unknown_norm(dossier, norm_id, source, ("improvement_points", index, "norms", at))
                for at, norm_id in enumerate(point.norms)
            ]
        problems += [problem for problem in found if problem]
    return problems


def check_improvement_points(dossier: Dossier) -> list[Problem]:
    """SWL211 for a verbeteractie that answers a verbeterpunt no toetsing has."""
    if AUDIT_DIR in dossier.unreadable_folders:
        return []  # the verbeterpunten are unknown
    problems = []
    point_ids = list(dossier.improvement_points)
    for located in dossier.actions.values():
        point_id = located.value.improvement_point
        if point_id is None or point_id in dossier.improvement_points:
            continue
        hint = did_you_mean(point_id, point_ids)
        message = msg("SWL211.message", id=point_id, hint=hint)
        loc = (*located.loc, "improvement_point")
        problems.append(located.source.problem("SWL211", message, loc, subject=point_id))
    return problems


def check_unused_documents(dossier: Dossier, as_of: dt.date) -> list[Problem]:
    """SWL210 for a valid register document no norm uses; an expired one is kept for the
    record and says nothing."""
    if EVIDENCE_DIR in dossier.unreadable_folders:
        return []  # which documents the evidence uses is unknown
    used = set(document_users(dossier))
    problems = []
    for document_id, located in dossier.documents.items():
        expired = located.value.valid_until is not None and located.value.valid_until < as_of
        if document_id not in used and not expired:
            message = msg("SWL210.message", id=document_id)
            where = (*located.loc, "id")
            problems.append(located.source.problem("SWL210", message, where, subject=document_id))
    return problems


# A web address starts with its scheme (https:, http:, mailto: …); without one a browser reads
# "www.gemeente.nl/beleid" as a file beside the dossier, and the link does not open.
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def _url_problem(url: str, source: SourceFile, loc: tuple[str | int, ...]) -> Problem | None:
    if _SCHEME.match(url):
        return None
    message = msg("SWL212.message", url=url, suggestion=f"https://{url.lstrip('/')}")
    return source.problem("SWL212", message, loc, subject=url)


def check_urls(dossier: Dossier) -> list[Problem]:
    """SWL212 for a url without its scheme (www.example.nl), in the register and in evidence."""
    found: list[Problem | None] = []
    for located in dossier.documents.values():
        # a url or path that was wrong has its melding, and what stands for it is no address
        if located.value.url is not None and not located.invalid & {"url", "path"}:
            found.append(_url_problem(located.value.url, located.source, (*located.loc, "url")))
    for record in dossier.evidence.values():
        for index, item in enumerate(record.file.evidence):
            if item.url is not None:
                found.append(_url_problem(item.url, record.source, ("evidence", index, "url")))
    return [problem for problem in found if problem is not None]


def check_duplicate_evidence(dossier: Dossier) -> list[Problem]:
    """SWL213 for an evidence item that names the same document as an item above it in the same
    norm: by its register id, or by the path or url it (or its register document) has."""
    problems = []
    documents = dossier.documents
    # The same few hundred paths stand in thousands of items: each is spelled out once.
    spelled: dict[str, str] = {}
    for record in dossier.evidence.values():
        seen: dict[str, int] = {}
        for index, item in enumerate(record.file.evidence):
            document = item.document
            located = documents.get(document) if document else None
            target = located.value if located is not None else item
            path, url = target.path, target.url
            names = [f"document:{document}"] if document is not None else []
            if path is not None:
                name = spelled.get(path)
                if name is None:
                    name = spelled[path] = f"path:{PurePosixPath(path.replace(chr(92), '/'))}"
                names.append(name)
            if url is not None:
                names.append(f"url:{url.rstrip('/')}")
            first = None
            for name in names:
                if name in seen:
                    first = seen[name]
                    break
            if first is not None:
                shown = document or path or url or ""
                message = msg(
                    "SWL213.message",
                    norm=record.norm_id,
                    what=shown,
                    position=index + 1,
                    first=first + 1,
                )
                where = ("evidence", index)
                problems.append(record.source.problem("SWL213", message, where, subject=shown))
                continue
            for name in names:
                seen[name] = index
    return problems
