"""Which meldingen concern a norm: those about its evidence file, and those about the register
documents and verbeteracties it uses, so each norm's section shows them where the reader looks
(#13). A melding concerns a document or an action when it stands on that entry's lines: from
where the entry starts to where the next entry of its list starts."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from swlabel.load.dossier import Dossier, Located
from swlabel.output.appendices import actions_by_norm
from swlabel.problems import Problem

# (first line, last line or None for "to the end of the list")
Span = tuple[int, int | None]


def entry_span(located: Located[Any], plains: dict[int, Any] | None = None) -> Span:
    """The lines of the entry LOCATED stands for in its file (the last one may run on).
    PLAINS keeps each file's source without its remap, for the next entry of the same file."""
    source = located.source
    start, _ = source.locate(located.loc)
    # The next entry in the file's own numbering (the kept model may have left entries out,
    # whose meldingen are theirs, not this entry's).
    own = tuple(source.remap(located.loc)) if source.remap is not None else located.loc
    if not own or not isinstance(own[-1], int):
        return start, start
    if plains is None:
        plain = replace(source, remap=None)
    else:
        kept = plains.get(id(source))
        if kept is None or kept[0] is not source:
            kept = plains[id(source)] = (source, replace(source, remap=None))
        plain = kept[1]
    following, _ = plain.locate((*own[:-1], own[-1] + 1))
    if following > start:
        return start, following - 1
    # The last entry of its list: up to where the next top-level field starts, if one does.
    ends = [
        line
        for line, _ in (plain.locate((name,), key=True) for name in ("waivers",))
        if line > start and own[:1] != ("waivers",)
    ]
    return start, min(ends) - 1 if ends else None


def problems_by_norm(dossier: Dossier, problems: Iterable[Problem]) -> dict[str, list[Problem]]:
    """The meldingen of each norm that has any, in the order of PROBLEMS: about its evidence
    file, and about the documents and actions it uses."""
    listed = list(problems)
    by_path: dict[str, list[Problem]] = {}
    # Where each melding stands in PROBLEMS, so a norm's few are put in order without going
    # through all of them for every norm (1,600 meldingen and 1,000 norms on "large").
    places: dict[int, list[int]] = {}
    for place, problem in enumerate(listed):
        by_path.setdefault(problem.path, []).append(problem)
        places.setdefault(id(problem), []).append(place)
    actions = actions_by_norm(dossier)
    # The meldingen on each document's and action's lines, found once per entry: a document is
    # used by many norms, and a register file holds the meldingen of hundreds of entries.
    on_entry: dict[tuple[str, str], tuple[int, ...]] = {}
    lines = _Lines(by_path)
    found: dict[str, list[Problem]] = {}
    for norm in dossier.normset.norms:
        record = dossier.evidence.get(norm.id)
        entries: list[tuple[int, ...]] = []
        documents: list[str | None] = []
        if record is not None:
            documents += [item.document for item in record.file.evidence]
            documents += [item.document for item in record.invalid_items]
        for document_id in dict.fromkeys(d for d in documents if d is not None):
            key = ("document", document_id)
            if key not in on_entry:
                on_entry[key] = lines.on_entry(dossier.documents.get(document_id))
            entries.append(on_entry[key])
        for action_id in actions.get(norm.id, ()):
            key = ("action", action_id)
            if key not in on_entry:
                on_entry[key] = lines.on_entry(dossier.actions.get(action_id))
            entries.append(on_entry[key])
        chosen = {id(problem) for problem in by_path.get(record.path, ())} if record else set()
        for ids in entries:
            chosen.update(ids)
        if chosen:
            found[norm.id] = [listed[place] for place in sorted(_places_of(chosen, places))]
    return found


def _places_of(chosen: set[int], places: dict[int, list[int]]) -> Iterator[int]:
    for key in chosen:
        yield from places[key]


class _Lines:
    """The meldingen of each file by line, to find those on an entry's lines by bisection (a
    register file of hundreds of entries holds the meldingen of all of them)."""

    def __init__(self, by_path: dict[str, list[Problem]]) -> None:
        self.by_path = by_path
        self.sorted: dict[str, tuple[list[int], list[int]]] = {}
        self.plains: dict[int, Any] = {}

    def on_entry(self, located: Located[Any] | None) -> tuple[int, ...]:
        """The meldingen (by identity) on the lines of the entry LOCATED stands for."""
        if located is None:
            return ()
        path = located.source.path
        found = self.sorted.get(path)
        if found is None:
            ordered = sorted(self.by_path.get(path, ()), key=lambda problem: problem.line)
            found = self.sorted[path] = (
                [problem.line for problem in ordered],
                [id(problem) for problem in ordered],
            )
        lines, ids = found
        if not lines:
            return ()
        first, last = entry_span(located, self.plains)
        start = bisect_left(lines, first)
        end = len(lines) if last is None else bisect_right(lines, last, lo=start)
        return tuple(ids[start:end])
