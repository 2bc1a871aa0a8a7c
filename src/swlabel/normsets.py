"""Finding and loading norm sets: the bundled ones (``swlabel.norms``) or an organisation's own."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from swlabel import paths
from swlabel.errors import ConfigError
from swlabel.i18n import Translator
from swlabel.models import NormSet
from swlabel.paths import PathResolver
from swlabel.problems import natural_key
from swlabel.sources import DEFAULT_MAX_BYTES, decode, parse_text
from swlabel.validation import validate

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


def load_normset(reference: str, base: Path, t: Translator) -> NormSet:
    """Load the bundled norm set REFERENCE, or the file it names inside the repository BASE."""
    if is_path_reference(reference):
        shown = reference.replace("\\", "/")
        return _parse_normset(_read_own(reference, base, t), shown, t)
    if reference not in bundled_normsets():
        choices = ", ".join(bundled_normsets())
        raise ConfigError(t("normset.unknown", id=reference, choices=choices))
    shown = f"swlabel:norms/{reference}.yaml"
    raw = resources.files("swlabel.norms").joinpath(f"{reference}.yaml").read_bytes()
    return _parse_normset(raw, shown, t)


def _read_own(reference: str, root: Path, t: Translator) -> bytes:
    """An own norm set is a file of the repository, read as every other one: through the path
    resolver, never outside the repository (also not through a link) and never a pipe."""
    shown = reference.replace("\\", "/")
    found = PathResolver(root).check(reference)
    if found.verdict in ("outside", "link_outside"):
        raise ConfigError(t(f"normset.{found.verdict}", path=shown))
    if found.verdict == "missing":
        raise ConfigError(t("normset.file_missing", path=shown))
    if found.verdict == "case":
        raise ConfigError(t("normset.case", path=shown, actual=found.suggestion))
    if found.verdict == "folder":
        raise ConfigError(t("normset.not_a_file", path=shown))
    try:
        return paths.read_bytes(root, found.found, max_bytes=DEFAULT_MAX_BYTES)
    except paths.Refused as refused:
        key = "normset.not_a_file" if refused.reason == "not_a_file" else "normset.outside"
        raise ConfigError(t(key, path=shown)) from None
    except paths.TooLarge:
        raise ConfigError(t("normset.too_large", path=shown)) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise ConfigError(t("normset.unreadable", path=shown, reason=reason)) from None


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
