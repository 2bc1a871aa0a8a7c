"""The rules behind the meldingen: stable codes, grouped by family, each with a default level.

========  ==========================================================================
SWL1xx    syntax and schema of one file
SWL2xx    references between files, to the norm set and to files in the repository
SWL3xx    the content of a self-assessment
SWL4xx    freshness on the reference date (and on the date of the next toetsing)
SWL5xx    privacy
========  ==========================================================================

A code never changes meaning once released. Everything about a rule lives in its own folder
here, ``<CODE>-<name>/`` (see README.md beside this file): ``rule.yaml`` with its code, name,
family, default level, the function that finds it (``found_by``), its Dutch and English title,
documentation and message templates, and the failing and the passing example as real files
under ``failing/`` and ``passing/`` (read by :mod:`swlabel.rules.examples`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Final

from swlabel.problems import Level

PACKAGE: Final = "swlabel.rules"
RULE_FILE: Final = "rule.yaml"
# The plain ``key: value`` lines that open every rule.yaml, in this order.
HEAD: Final = ("code", "name", "family", "level", "found_by")


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    level: Level
    family: str
    # The dotted name of the function that raises it (a test holds it true).
    found_by: str = ""
    # Its folder in this package, ``SWL204-unknown-document``.
    folder: str = ""


def read_head(text: str) -> dict[str, str]:
    """The opening ``key: value`` lines of a rule.yaml, read without a YAML parser.

    Every command needs the catalogue (check, for each melding's level); importing PyYAML for it
    would cost each ``--help`` about 12 ms, and 44 full parses a few more. A test holds these
    lines equal to what YAML reads from them.
    """
    head: dict[str, str] = {}
    # The head is the first lines (after a comment or two): split no further than them.
    for line in text.split("\n", len(HEAD) + 4):
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition(":")
        if key not in HEAD:
            break
        head[key] = value.strip()
    return head


def package_file(relpath: str) -> bytes:
    """A file of this package by its relative path (``/`` between parts, as Traversable takes)."""
    return resources.files(PACKAGE).joinpath(relpath).read_bytes()


def _rule_text(folder: str) -> str:
    return package_file(f"{folder}/{RULE_FILE}").decode("utf-8")


class Catalogue(Mapping[str, Rule]):
    """Every rule by its code, in the order of the codes. The codes are the folders' names
    (``SWL204-unknown-document``: a test holds each folder to its rule's code and name); a
    rule's head is read from its rule.yaml when the rule is first asked for. A check reads the
    heads of the rules it reports only: reading all 44 cost every start-up about 1 ms (#14)."""

    def __init__(self) -> None:
        # One look-up of the package for all folders: resources.files() costs a start-up about
        # 4 ms more when asked once per rule.
        self._root = resources.files(PACKAGE)
        entries = resources.files(PACKAGE).iterdir()
        names = sorted(entry.name for entry in entries if entry.name.startswith("SWL"))
        self._folders = {name.partition("-")[0]: name for name in names}
        self._rules: dict[str, Rule] = {}

    def __getitem__(self, code: str) -> Rule:
        rule = self._rules.get(code)
        if rule is None:
            folder = self._folders[code]
            head = read_head(
                self._root.joinpath(folder).joinpath(RULE_FILE).read_bytes().decode("utf-8")
            )
            rule = self._rules[code] = Rule(
                code=head["code"],
                name=head["name"],
                level=Level(head["level"]),
                family=head["family"],
                found_by=head["found_by"],
                folder=folder,
            )
        return rule

    def __contains__(self, code: object) -> bool:
        return code in self._folders

    def __iter__(self) -> Iterator[str]:
        return iter(self._folders)

    def __len__(self) -> int:
        return len(self._folders)


RULES: Final = Catalogue()


def matches(code: str, selectors: tuple[str, ...]) -> bool:
    """Whether CODE is named by one of SELECTORS: a full code or a prefix (``SWL4``, ``SWL40``)."""
    return any(code.startswith(selector.upper()) for selector in selectors)


@cache
def rule_data(code: str) -> dict[str, Any]:
    """The whole rule.yaml of CODE, parsed (only when its texts or examples are needed)."""
    import yaml  # the catalogue itself is read without it (see read_head)

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data: dict[str, Any] = yaml.load(_rule_text(RULES[code].folder), Loader=loader)  # noqa: S506 (a safe loader)
    return data


@cache
def texts(code: str, language: str) -> Mapping[str, str]:
    """The catalogue entries of CODE in LANGUAGE: ``<CODE>.title``, ``<CODE>.doc`` and one
    ``<CODE>.<name>`` per message template (``SWL204.message``, ``SWL110.anchor``)."""
    data = rule_data(code)
    found = {f"{code}.title": data["title"][language], f"{code}.doc": data["doc"][language]}
    for name, text in (data.get("messages") or {}).items():
        found[f"{code}.{name}"] = text[language]
    return found
