"""Finding and loading norm sets: the bundled ones (``swlabel.norms``) or an organisation's own."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Any

from swlabel.doors import paths
from swlabel.doors.paths import PathResolver
from swlabel.errors import ConfigError
from swlabel.load.placeholders import PLAIN, Placeholders
from swlabel.load.sources import DEFAULT_MAX_BYTES, decode, parse_text
from swlabel.load.validation import (
    Drop,
    LocTuple,
    Policy,
    Repair,
    Replace,
    drop_the_value,
    validate,
    validate_keeping,
)
from swlabel.models import FORMAT_VERSION, NormSet
from swlabel.problems import Problem, msg, natural_key

DEFAULT_NORMSET = "kwaliteitslabel-sociaal-werk-2019"
_SUFFIXES = (".yaml", ".yml")


def bundled_normsets() -> list[str]:
    """The ids of the norm sets that ship with swlabel."""
    names = [
        entry.name.rsplit(".", 1)[0]
        for entry in resources.files("swlabel.norms").iterdir()
        if entry.name.endswith(_SUFFIXES) and not entry.name.startswith(".")
    ]
    return sorted(names, key=natural_key)


def is_path_reference(reference: str) -> bool:
    return reference.endswith(_SUFFIXES) or "/" in reference or "\\" in reference


def load_normset(reference: str, base: Path, placeholders: Placeholders = PLAIN) -> NormSet:
    """Load the bundled norm set REFERENCE, or the file it names inside the repository BASE.

    Strict: any melding about an own norm set raises ConfigError (for the commands that have no
    dossier to show meldingen in); a dossier uses :func:`load_normset_kept`."""
    normset, problems = load_normset_kept(reference, base, placeholders)
    if problems:
        raise ConfigError(msg("normset.invalid", path=reference.replace("\\", "/")), problems)
    return normset


def load_normset_kept(
    reference: str, base: Path, placeholders: Placeholders = PLAIN
) -> tuple[NormSet, list[Problem]]:
    """Load the norm set REFERENCE keeping every valid entry of an own norm set (#13): a wrong
    field of a norm, rubriek, aspect or term costs that field, or the entry when its id is
    wrong, with a melding at its line; a norm whose rubriek is unknown is left out. Only a norm
    set that cannot be read, or that keeps no rubriek or norm, raises ConfigError."""
    if is_path_reference(reference):
        shown = reference.replace("\\", "/")
        return _parse_kept(_read_own(reference, base), shown, placeholders)
    return _bundled(reference), []


def _bundled(reference: str) -> NormSet:
    if reference not in bundled_normsets():
        choices = ", ".join(bundled_normsets())
        raise ConfigError(msg("normset.unknown", id=reference, choices=choices))
    shown = f"swlabel:norms/{reference}.yaml"
    raw = resources.files("swlabel.norms").joinpath(f"{reference}.yaml").read_bytes()
    return _parse_normset(raw, shown)


def _read_own(reference: str, root: Path) -> bytes:
    """An own norm set is a file of the repository, read as every other one: through the path
    resolver, never outside the repository (also not through a link) and never a pipe."""
    shown = reference.replace("\\", "/")
    found = PathResolver(root).check(reference)
    if found.verdict in ("outside", "link_outside"):
        raise ConfigError(msg(f"normset.{found.verdict}", path=shown))
    if found.verdict == "missing":
        raise ConfigError(msg("normset.file_missing", path=shown))
    if found.verdict == "case":
        raise ConfigError(msg("normset.case", path=shown, actual=found.suggestion))
    if found.verdict == "folder":
        raise ConfigError(msg("normset.not_a_file", path=shown))
    try:
        return paths.read_bytes(root, found.found, max_bytes=DEFAULT_MAX_BYTES)
    except paths.Refused as refused:
        key = "normset.not_a_file" if refused.reason == "not_a_file" else "normset.outside"
        raise ConfigError(msg(key, path=shown)) from None
    except paths.TooLarge:
        raise ConfigError(msg("normset.too_large", path=shown)) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise ConfigError(msg("normset.unreadable", path=shown, reason=reason)) from None


def _parse_kept(
    raw: bytes, shown: str, placeholders: Placeholders
) -> tuple[NormSet, list[Problem]]:
    text, problems = decode(raw, shown)
    if text is None:
        raise ConfigError(msg("normset.invalid", path=shown), problems)
    parsed = parse_text(text, shown)
    problems = list(parsed.problems)
    if parsed.failed or not isinstance(parsed.data, dict):
        if not parsed.failed:
            problems += validate(NormSet, parsed.data, parsed.source)[1]
        raise ConfigError(msg("normset.invalid", path=shown), problems)
    # The checks across entries (a duplicate, an unknown rubriek) come one per round.
    entries = sum(len(value) for value in parsed.data.values() if isinstance(value, list))
    policy = _normset_policy(shown, placeholders.normset_text)
    kept = validate_keeping(NormSet, parsed.data, parsed.source, policy, rounds=8 + 2 * entries)
    problems += kept.problems
    if kept.value is None:
        raise ConfigError(msg("normset.invalid", path=shown), problems)
    return kept.value, problems


_ENTRY_LISTS = ("rubrieken", "norms", "scope_questions", "terms")


def _normset_policy(shown: str, placeholder: str) -> Policy:
    """What a wrong value of an own norm set costs: a norm, rubriek, scope question or term
    whose id (or term) is wrong is left out, and so is a norm whose rubriek is wrong or
    unknown; a wrong title or text gives way to a placeholder; any other wrong field (an
    aspect, applies_if) is left out of its entry. Without rubrieken or norms nothing is kept."""

    def policy(loc: LocTuple, kind: str, data: Any) -> Repair | None:
        if not loc or loc in (("rubrieken",), ("norms",)):
            return None
        head = loc[0]
        if len(loc) == 1 and head in _PLACEHOLDERS:
            return Replace(loc, _PLACEHOLDERS[head](shown))
        if head not in _ENTRY_LISTS or len(loc) < 3 or not isinstance(loc[1], int):
            return drop_the_value(loc, kind, data) if len(loc) > 1 else Drop(loc)
        entry, field = loc[:2], loc[2]
        if field in ("id", "term", "definition", "question") or (
            head == "norms" and field == "rubriek"
        ):
            return Drop(entry)
        if field in ("title", "text") and len(loc) == 3:
            return Replace(loc, placeholder)
        if field == "aspects" and len(loc) >= 4:
            return Drop(loc[:4])  # the one aspect
        return Drop(loc[:3])

    return policy


def _normset_id(shown: str) -> str:
    return "".join(PurePosixPath(shown).stem.split()) or "normenset"


_PLACEHOLDERS: dict[str, Callable[[str], object]] = {
    "format_version": lambda shown: FORMAT_VERSION,
    "id": _normset_id,
    "version": lambda shown: "?",
    "title": lambda shown: shown,
    "publisher": lambda shown: "?",
}


def _parse_normset(raw: bytes, shown: str) -> NormSet:
    text, problems = decode(raw, shown)
    if text is not None:
        parsed = parse_text(text, shown)
        problems = parsed.problems
        if not problems:
            normset, problems = validate(NormSet, parsed.data, parsed.source)
            if normset is not None:
                return normset
    raise ConfigError(msg("normset.invalid", path=shown), problems)
