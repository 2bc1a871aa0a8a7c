"""Turning pydantic's validation errors into meldingen a quality officer can act on."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from swlabel.i18n import Translator
from swlabel.problems import Problem
from swlabel.sources import SourceFile

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
    error: ErrorDetails, model: type[BaseModel], t: Translator
) -> tuple[str, str, Sequence[str | int], bool]:
    kind = error["type"]
    context: dict[str, Any] = dict(error.get("ctx") or {})
    loc: Sequence[str | int] = tuple(context.pop("loc", error["loc"]))
    field = field_label(loc) or t("schema.root")
    value = error.get("input")
    code = _CODES.get(kind, "SWL103")
    key_position = False
    if kind == "extra_forbidden":
        key_position = True
        name = str(loc[-1]) if loc else ""
        matches = difflib.get_close_matches(name, _allowed_fields(model, loc), n=1, cutoff=0.6)
        hint = t("schema.did_you_mean", suggestion=matches[0]) if matches else ""
        return code, t("SWL106.message", field=field, hint=hint), loc, key_position
    if kind == "swl_normset":
        message_key = f"normset.{context.get('kind')}"
    else:
        message_key = _MESSAGES.get(kind, "")
    if not message_key:
        return code, t("schema.other", field=field, detail=error["msg"]), loc, key_position
    values = {
        "field": field,
        "value": str(context.get("value", value if isinstance(value, str) else "")),
        # pydantic joins the choices with an English "or"
        "expected": str(context.get("expected", "")).replace(" or ", t("schema.or")),
        "fields": context.get("fields", ""),
        "limit": str(context.get("ge", context.get("le", ""))),
    }
    if kind == "missing":
        values["field"] = str(loc[-1]) if loc else field
    return code, t(message_key, **values), loc, key_position


def validate(
    model: type[M], data: Any, source: SourceFile, t: Translator
) -> tuple[M | None, list[Problem]]:
    """Validate DATA against MODEL; each error becomes a melding at its line."""
    try:
        return model.model_validate({} if data is None else data), []
    except ValidationError as exc:
        problems = []
        for error in exc.errors(include_url=False):
            code, message, loc, key = _message(error, model, t)
            problems.append(source.problem(code, message, loc, key=key))
        return None, problems


def explain(model: type[M], data: Any, t: Translator) -> tuple[M | None, list[str]]:
    """Validate DATA given on the command line; the messages name the option's field."""
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        return None, [_message(error, model, t)[1] for error in exc.errors(include_url=False)]
