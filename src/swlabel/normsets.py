"""Finding and loading norm sets: the bundled ones (``swlabel.norms``) or an organisation's own."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from swlabel.errors import ConfigError
from swlabel.i18n import Translator
from swlabel.models import NormSet
from swlabel.problems import natural_key
from swlabel.sources import decode, parse_text
from swlabel.validation import validate

DEFAULT_NORMSET = "kwaliteitslabel-sociaal-werk-2019"
_SUFFIXES = (".yaml", ".yml")


def bundled_normsets() -> list[str]:
    """The ids of the norm sets that ship with swlabel."""
    folder = resources.files("swlabel.norms")
    names = [
        entry.name.rsplit(".", 1)[0]
        for entry in folder.iterdir()
        if entry.name.endswith(_SUFFIXES) and not entry.name.startswith(".")
    ]
    return sorted(names, key=natural_key)


def is_path_reference(reference: str) -> bool:
    return reference.endswith(_SUFFIXES) or "/" in reference or "\\" in reference


def load_normset(reference: str, base: Path, t: Translator) -> NormSet:
    """Load the bundled norm set REFERENCE, or the file it names relative to BASE."""
    if is_path_reference(reference):
        path = base / reference
        shown = reference.replace("\\", "/")
        if not path.is_file():
            raise ConfigError(t("normset.file_missing", path=shown))
        raw = path.read_bytes()
    else:
        if reference not in bundled_normsets():
            choices = ", ".join(bundled_normsets())
            raise ConfigError(t("normset.unknown", id=reference, choices=choices))
        shown = f"swlabel:norms/{reference}.yaml"
        raw = resources.files("swlabel.norms").joinpath(f"{reference}.yaml").read_bytes()
    return _parse_normset(raw, shown, t)


def _parse_normset(raw: bytes, shown: str, t: Translator) -> NormSet:
    text, problems = decode(raw, shown, t)
    if text is not None:
        parsed = parse_text(text, shown, t)
        problems = parsed.problems
        if not problems:
            normset, problems = validate(NormSet, parsed.data, parsed.source, t)
            if normset is not None:
                return normset
    raise ConfigError(t("normset.invalid", path=shown), problems)
