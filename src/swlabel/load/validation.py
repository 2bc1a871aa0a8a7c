"""Turning pydantic's validation errors into meldingen a quality officer can act on."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from swlabel.load.sources import SourceFile
from swlabel.problems import Arg, Join, Problem, Text, msg

M = TypeVar("M", bound=BaseModel)

# pydantic error type → catalogue key; the code is SWL103 unless named here.
_MESSAGES = {
    "missing": "schema.missing",
    "extra_forbidden": "SWL106.message",
    "swl_date": "SWL107.message",
    "literal_error": "schema.choice",
    "string_type": "schema.text",
    "string_too_short": "schema.empty",
    "string_pattern_mismatch": "schema.identifier",
    "tuple_type": "schema.list",
    "list_type": "schema.list",
    "dict_type": "schema.mapping",
    "model_type": "schema.mapping",
    "model_attributes_type": "schema.mapping",
    "bool_parsing": "schema.bool",
    "bool_type": "schema.bool",
    "too_short": "schema.too_short",
    "swl_reference_and_inline": "schema.reference_and_inline",
    "swl_item_without_title": "schema.item_without_title",
    "swl_path_xor_url": "schema.path_xor_url",
    "swl_format_version": "schema.format_version",
    "swl_unknown_rule": "schema.unknown_rule",
    "int_parsing": "schema.integer",
    "greater_than_equal": "schema.minimum",
    "less_than_equal": "schema.maximum",
    "float_parsing": "schema.number",
}
_CODES = {"extra_forbidden": "SWL106", "swl_date": "SWL107"}


def field_label(loc: Sequence[str | int]) -> str:
    """``('evidence', 2, 'date')`` → ``evidence[3].date``: items counted from 1, as people do."""
    label = ""
    for part in loc:
        if isinstance(part, int):
            label += f"[{part + 1}]"
        else:
            label += f".{part}" if label else part
    return label


def _allowed_fields(model: type[BaseModel], loc: Sequence[str | int]) -> list[str]:
    """The field names allowed at LOC's parent, for a "did you mean" suggestion."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        info = getattr(current, "model_fields", {}).get(part)
        if info is None:
            return []
        current = _model_in(info.annotation)
    return list(getattr(current, "model_fields", {}))


def _model_in(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in getattr(annotation, "__args__", ()):
        found = _model_in(argument)
        if found is not None:
            return found
    return None


def _message(
    error: ErrorDetails,
    model: type[BaseModel],
    remap: Callable[[LocTuple], LocTuple] | None = None,
) -> tuple[str, Text, Sequence[str | int], bool]:
    kind = error["type"]
    context: dict[str, Any] = dict(error.get("ctx") or {})
    loc: Sequence[str | int] = tuple(context.pop("loc", error["loc"]))
    key_position = False
    if loc and loc[-1] == "[key]":
        # pydantic's place for a key of a mapping that cannot be one: the melding is at the key
        loc, key_position = loc[:-1], True
    if remap is not None:
        # after items were left out, the melding names the item as the file counts it
        loc = remap(tuple(loc))
    label = field_label(loc)
    field: Arg = label or msg("schema.root")
    value = error.get("input")
    code = _CODES.get(kind, "SWL103")
    if kind == "extra_forbidden":
        key_position = True
        name = str(loc[-1]) if loc else ""
        matches = difflib.get_close_matches(name, _allowed_fields(model, loc), n=1, cutoff=0.6)
        hint: Arg = msg("schema.did_you_mean", suggestion=matches[0]) if matches else ""
        return code, msg("SWL106.message", field=field, hint=hint), loc, key_position
    if kind == "swl_normset":
        message_key = f"normset.{context.get('kind')}"
    else:
        message_key = _MESSAGES.get(kind, "")
    if not message_key:
        return code, msg("schema.other", field=field, detail=error["msg"]), loc, key_position
    # Imported here: only a refused value pays for the Dutch readings (#14, check's start-up).
    from swlabel.load import dutch_input

    values: dict[str, Arg] = {
        "field": field,
        "value": str(context.get("value", value if isinstance(value, str) else "")),
        # pydantic joins the choices with an English "or"; in Dutch each has its label
        "expected": Join(
            tuple(map(dutch_input.labelled, str(context.get("expected", "")).split(" or "))),
            msg("schema.or"),
        ),
        "fields": str(context.get("fields", "")),
        "limit": str(context.get("ge", context.get("le", ""))),
    }
    if kind == "missing":
        values["field"] = str(loc[-1]) if loc else field
    if kind == "swl_date":
        # 12-03-2026 or "12 maart 2026": name the date meant
        suggested = dutch_input.date_message(field, str(values["value"]))
        if suggested is not None:
            return code, suggested, loc, key_position
    if kind == "literal_error" and isinstance(value, str):
        # "voldoet", "loopt": name the value meant, with its label
        choices = tuple(re.findall(r"'([^']*)'", str(context.get("expected", ""))))
        meant = dutch_input.choice_hint(value, choices)
        if meant is not None:
            message = msg("schema.choice_suggestion", field=field, value=value, suggestion=meant)
            return code, message, loc, key_position
    return code, msg(message_key, **values), loc, key_position


def validate(model: type[M], data: Any, source: SourceFile) -> tuple[M | None, list[Problem]]:
    """Validate DATA against MODEL; each error becomes a melding at its line."""
    try:
        return model.model_validate({} if data is None else data), []
    except ValidationError as exc:
        problems = []
        for error in exc.errors(include_url=False):
            code, message, loc, key = _message(error, model)
            problems.append(source.problem(code, message, loc, key=key, subject=_subject(loc)))
        return None, problems


def explain(model: type[M], data: Any) -> tuple[M | None, list[Text]]:
    """Validate DATA given on the command line; the messages name the option's field."""
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        return None, [_message(error, model)[1] for error in exc.errors(include_url=False)]


# --- keeping what is valid -------------------------------------------------------------------

LocTuple = tuple[str | int, ...]


class _Dropped:
    """Stands in a list for an item that was left out, so the items after it keep their index
    (the index of the file, by which their lines are found)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<dropped>"


DROPPED = _Dropped()


@dataclass(frozen=True)
class Drop:
    """Leave the value at LOC out (a key of a mapping, or an item of a list)."""

    loc: LocTuple


@dataclass(frozen=True)
class Replace:
    """Put VALUE at LOC instead (a required field that must have something, such as a
    document's title when its own is wrong)."""

    loc: LocTuple
    value: Any


Repair = Drop | Replace
# Given the location of an error (in the file's own numbering) and pydantic's error type, what
# to leave out or put instead; None when nothing of the file can be kept.
Policy = Callable[[LocTuple, str, Any], Repair | None]


def drop_the_value(loc: LocTuple, kind: str, data: Any) -> Repair | None:
    """The default: leave out the one value that is wrong. A required field that is missing
    takes its item with it (a missing field of the file itself, or a wrong file, keeps
    nothing)."""
    if kind == "missing":
        loc = loc[:-1]
    return Drop(loc) if loc else None


@dataclass(frozen=True)
class Kept(Generic[M]):
    """What validating a file kept: the model of everything valid (None when nothing could be
    kept), a melding per wrong value, and the locations left out or replaced (in the file's own
    numbering). SOURCE locates values of the kept model (whose lists may be shorter)."""

    value: M | None
    problems: list[Problem]
    repaired: tuple[LocTuple, ...]
    source: SourceFile

    def was_repaired(self, *loc: str | int) -> bool:
        """Whether the value at LOC, or a value inside it, was left out or replaced."""
        return any(place[: len(loc)] == loc for place in self.repaired)


def validate_keeping(
    model: type[M],
    data: Any,
    source: SourceFile,
    policy: Policy = drop_the_value,
    *,
    rounds: int = 8,
) -> Kept[M]:
    """Validate DATA against MODEL, keeping everything that is valid.

    Each wrong value is one melding at its line, and only that value is left out (or replaced,
    as POLICY says); the rest of the file counts. Leaving a value out can make its parent
    incomplete (a required field): the policy decides again for that, and the consequence is no
    second melding.
    """
    # Almost every file is valid: it is validated as it was read, and only repairs work on a
    # copy (two copies of every file's data cost check 4% of its time on "large").
    work = data
    problems: list[Problem] = []
    repaired: list[LocTuple] = []
    for _ in range(rounds):
        try:
            value = model.model_validate(
                {} if work is None else _compact(work) if repaired else work
            )
        except ValidationError as exc:
            if work is data:
                work = _copy(data)
            repairs = []
            for error in exc.errors(include_url=False):
                remap = _Remap(work) if repaired else None
                code, message, loc, key = _message(error, model, remap)
                loc = tuple(loc)
                if not any(_related(loc, place) for place in repaired):
                    subject = _subject(loc)
                    problems.append(source.problem(code, message, loc, key=key, subject=subject))
                repair = policy(loc, error["type"], work)
                if repair is None:
                    return Kept(None, problems, tuple(repaired), source)
                repairs.append(repair)
            for repair in repairs:
                work = _apply(work, repair)
                repaired.append(repair.loc)
            continue
        if not repaired:
            return Kept(value, problems, (), source)
        remapped = replace(source, remap=_Remap(work))
        return Kept(value, problems, tuple(repaired), remapped)
    return Kept(None, problems, tuple(repaired), source)


def _subject(loc: Sequence[str | int]) -> str:
    """What a melding about the value at LOC is about: the field, as the file names it."""
    return field_label(loc)


def _related(loc: LocTuple, place: LocTuple) -> bool:
    shorter = min(len(loc), len(place))
    return loc[:shorter] == place[:shorter]


def _copy(data: Any) -> Any:
    if isinstance(data, dict):
        return {key: _copy(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_copy(value) for value in data]
    return data


def _compact(data: Any) -> Any:
    if isinstance(data, dict):
        return {key: _compact(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_compact(value) for value in data if value is not DROPPED]
    return data


def _original(work: Any, loc: LocTuple) -> LocTuple:
    """LOC, counted in the compacted data, as it is counted in the file."""
    found: list[str | int] = []
    current = work
    for part in loc:
        if isinstance(part, int) and isinstance(current, list):
            kept = [index for index, item in enumerate(current) if item is not DROPPED]
            index = kept[part] if part < len(kept) else part
            current = current[index] if index < len(current) else None
            found.append(index)
            continue
        current = current.get(part) if isinstance(current, dict) else None
        found.append(part)
    return tuple(found)


def _apply(work: Any, repair: Repair) -> Any:
    if not repair.loc:
        return work
    parent: Any = work
    for part in repair.loc[:-1]:
        try:
            parent = parent[part]
        except (KeyError, IndexError, TypeError):
            return work  # the place is gone already (its parent was left out)
        if parent is DROPPED:
            return work
    last = repair.loc[-1]
    new = repair.value if isinstance(repair, Replace) else DROPPED
    if isinstance(parent, dict):
        if new is DROPPED:
            parent.pop(last, None)
        else:
            parent[last] = new
    elif isinstance(parent, list) and isinstance(last, int) and last < len(parent):
        parent[last] = new
    return work


class _Remap:
    """Turns a location in the kept model (lists without the items left out) into the file's
    own, for :meth:`SourceFile.locate`."""

    __slots__ = ("work",)

    def __init__(self, work: Any) -> None:
        self.work = work

    def __call__(self, loc: Sequence[str | int]) -> LocTuple:
        return _original(self.work, tuple(loc))
