"""The failing and the passing example of each rule, from its folder (``failing/``, ``passing/``).

Only ``swlabel rules CODE`` and the tests need them, so they are kept out of the catalogue that
every command imports.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from swlabel.rules import RULES, package_file, rule_data


@dataclass(frozen=True)
class Example:
    """A set of files laid over the bundled example organisation; None is a file left out."""

    files: Mapping[str, str | None]
    encoding: str = "utf-8"
    # Files padded with comment lines to this many bytes (shown, not printed in full).
    padded: Mapping[str, int] = field(default_factory=dict)

    def content(self, path: str) -> str | None:
        """The file as written in the example, padding included."""
        text = self.files[path]
        size = self.padded.get(path)
        if text is None or size is None:
            return text
        line = "# " + "x" * 98 + "\n"
        return text + line * (size // len(line) + 1)


@dataclass(frozen=True)
class RuleExamples:
    failing: Example
    passing: Example


def _example(folder: str, side: str, spec: Mapping[str, Any]) -> Example:
    encoding: str = spec.get("encoding", "utf-8")
    files: dict[str, str | None] = {}
    for path in spec.get("files", ()):
        files[path] = package_file(f"{folder}/{side}/{path}").decode(encoding)
    files.update(dict.fromkeys(spec.get("absent", ())))
    return Example(files, encoding, dict(spec.get("padded", {})))


def examples(code: str) -> RuleExamples:
    """The failing and the passing example of CODE, from its folder."""
    data = rule_data(code)
    folder = RULES[code].folder
    return RuleExamples(
        failing=_example(folder, "failing", data.get("failing") or {}),
        passing=_example(folder, "passing", data.get("passing") or {}),
    )
