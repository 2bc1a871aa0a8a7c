"""Reading one file of the repository: bytes → text → YAML data, every failure a melding.

A :class:`SourceFile` remembers the text it came from and where each of its values starts, so
a melding about any value in it can be placed on the right line later (see
:class:`swlabel.load.yamlio.Places`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from swlabel.doors import paths
from swlabel.load import yamlio
from swlabel.problems import Problem, Text, msg


@dataclass(frozen=True)
class SourceFile:
    """The YAML text of one file: the whole file, or the front matter of a Markdown file."""

    path: str
    yaml_text: str
    line_offset: int = 0
    # When validation left list items out, the kept model counts its items without them; this
    # turns such a location back into the file's own (see validation.validate_keeping).
    remap: Callable[[yamlio.Loc], yamlio.Loc] | None = field(
        default=None, compare=False, repr=False
    )
    # Where each value starts, recorded when the text was parsed; without them (a text not
    # parsed here) the text is composed again to find out.
    places: yamlio.Places | None = field(default=None, compare=False, repr=False)

    def locate(self, loc: yamlio.Loc, *, key: bool = False) -> tuple[int, int]:
        if self.remap is not None:
            loc = self.remap(loc)
        if self.places is not None:
            line, column = self.places.locate(loc, key=key)
        else:
            line, column = yamlio.locate(self.yaml_text, loc, key=key)
        return line + self.line_offset, column

    def problem(
        self,
        code: str,
        message: Text,
        loc: yamlio.Loc = (),
        *,
        key: bool = False,
        subject: str = "",
    ) -> Problem:
        line, column = self.locate(loc, key=key) if loc else (1 + self.line_offset, 1)
        return Problem(self.path, line, column, code, message, subject)


@dataclass(frozen=True)
class ParsedFile:
    source: SourceFile
    data: Any
    body: str = ""
    problems: list[Problem] = field(default_factory=list)
    text: str = ""  # the whole decoded file, for checks that read raw text (privacy)
    # Why the file was not read because it leads out of the repository ("link_outside", or
    # "outside" for a path that leaves it); its melding is SWL206.
    refused: str = ""

    @property
    def failed(self) -> bool:
        """Whether none of the file's values can be used. A control character (SWL111) is shown
        as U+FFFD and the rest of the file still counts; every other melding of reading stops
        the file (a value YAML could not read, or a key written twice, is not known)."""
        return any(problem.code != CONTROL_CODE for problem in self.problems)


def make_problem(
    path: str, line: int, column: int, code: str, message: Text, subject: str = ""
) -> Problem:
    """A melding at PATH:LINE:COLUMN about SUBJECT (the file itself when none is named)."""
    return Problem(path, line, column, code, message, subject or path)


def decode(raw: bytes, path: str) -> tuple[str | None, list[Problem]]:
    """UTF-8 (with or without byte-order mark); anything else is a melding, never a guess."""
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        # Lines broken as YAML breaks them (also a lone CR), columns in characters, as editors
        # count them, not in bytes.
        lines = yamlio.line_break().split(raw[: error.start].decode("utf-8", errors="replace"))
        line, column = len(lines), len(lines[-1]) + 1
        return None, [make_problem(path, line, column, "SWL104", msg("SWL104.message"))]


# Control characters other than tab, LF and CR: C0, DEL and C1 (NEL too, which YAML alone
# counts as a line break and editors show as a character). PyYAML refuses them, so one NUL cost
# the whole file; and a NUL in a Markdown narrative was copied into the report.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
CONTROL_CODE = "SWL111"
# One melding per line that holds control characters, up to this many per file: a file that is
# full of them (UTF-16 saved without its byte-order mark) would otherwise flood the meldingen.
_CONTROL_LINES = 10


def replace_control_characters(text: str, path: str) -> tuple[str, list[Problem]]:
    """TEXT with every control character (but tab, LF and CR) replaced by U+FFFD, which keeps
    every line and column where it was, and a melding (SWL111) per line that held one."""
    if CONTROL_CHARACTERS.search(text) is None:
        return text, []
    cleaned = CONTROL_CHARACTERS.sub("\ufffd", text)
    breaks = yamlio.line_break()
    found: dict[int, tuple[int, str]] = {}
    more = 0
    line, line_start, position = 1, 0, 0
    for match in CONTROL_CHARACTERS.finditer(text):
        for brk in breaks.finditer(cleaned, position, match.start()):
            line, line_start = line + 1, brk.end()
        position = match.end()
        if line in found:
            continue
        if len(found) == _CONTROL_LINES:
            more += 1
            continue
        found[line] = (match.start() - line_start + 1, f"U+{ord(match.group()):04X}")
    problems = [
        make_problem(path, number, column, CONTROL_CODE, msg("SWL111.message", character=code))
        for number, (column, code) in found.items()
    ]
    if more:
        last = problems[-1]
        message = msg("text.then", first=last.message, second=msg("SWL111.more", count=more))
        problems[-1] = make_problem(path, last.line, last.column, CONTROL_CODE, message)
    return cleaned, problems


def parse_text(text: str, path: str, *, front_matter: bool = False) -> ParsedFile:
    """Parse TEXT as YAML (or as Markdown with YAML front matter); None with meldingen.

    Control characters are meldingen and are replaced by U+FFFD before anything reads the
    text, so none reaches an output and the rest of the file still counts."""
    text, problems = replace_control_characters(text, path)
    body = ""
    line_offset = 0
    yaml_text = text
    if front_matter:
        try:
            split = yamlio.split_front_matter(text)
        except yamlio.FrontMatterError as error:
            message = msg(f"SWL102.{error.reason}")
            failed = SourceFile(path, "")
            problem = make_problem(path, error.line, 1, "SWL102", message)
            return ParsedFile(failed, None, "", [*problems, problem], text)
        yaml_text, body, line_offset = split.yaml_text, split.body, split.line_offset
    source = SourceFile(path, yaml_text, line_offset)
    try:
        data, duplicates, places = yamlio.parse_placed(yaml_text)
    except yamlio.RefusedFeature as error:
        message = msg(f"SWL110.{error.feature}", name=error.name)
        problems.append(
            make_problem(
                path, error.line + line_offset, error.column, "SWL110", message, error.name
            )
        )
        return ParsedFile(source, None, body, problems, text)
    except yamlio.YamlSyntaxError as error:
        # PyYAML's own sentence (error.problem) is English and names the parser's state, not
        # the mistake; the message names the mistake and its fix in the reader's language.
        message = msg(f"SWL101.{error.hint}", **dict(error.details))
        problems.append(
            make_problem(path, error.line + line_offset, error.column, "SWL101", message)
        )
        return ParsedFile(source, None, body, problems, text)
    for duplicate in duplicates:
        problems.append(
            make_problem(
                path,
                duplicate.line + line_offset,
                duplicate.column,
                "SWL105",
                msg("SWL105.message", key=duplicate.key),
                duplicate.key,
            )
        )
    source = SourceFile(path, yaml_text, line_offset, places=places)
    return ParsedFile(source, data, body, problems, text)


DEFAULT_MAX_BYTES = 16 * 1024 * 1024


def outside_message(relpath: str, reason: str) -> Text:
    """SWL206's text for a file or folder of the dossier that leads out of the repository."""
    key = "SWL206.symlink" if reason == "link_outside" else "SWL206.message"
    return msg(key, path=relpath)


def _refused(relpath: str, code: str, message: Text, why: str = "") -> ParsedFile:
    problem = make_problem(relpath, 1, 1, code, message)
    return ParsedFile(SourceFile(relpath, ""), None, "", [problem], refused=why)


def read_file(
    root: Path,
    relpath: str,
    *,
    front_matter: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ParsedFile:
    """Read ROOT/RELPATH and parse it; the ParsedFile carries the meldingen it caused.

    A file larger than MAX_BYTES is refused unread: no real evidence file is that large.
    """
    try:
        raw = paths.read_bytes(root, relpath, max_bytes=max_bytes)
    except paths.Refused as refused:
        if refused.reason == "not_a_file":
            # A named pipe or a device would block the read or never end.
            message = msg("SWL104.unreadable", reason=msg("sources.not_a_file"))
            return _refused(relpath, "SWL104", message)
        # A link from the dossier to a file elsewhere is reported, never followed.
        return _refused(relpath, "SWL206", outside_message(relpath, refused.reason), refused.reason)
    except paths.TooLarge as large:
        mib = 1024 * 1024
        limit = f"{max_bytes / mib:g}"
        message = msg("SWL109.message", size=large.size, limit=limit, bytes=max_bytes)
        return _refused(relpath, "SWL109", message)
    except OSError as error:
        reason = error.strerror or str(error)
        return _refused(relpath, "SWL104", msg("SWL104.unreadable", reason=reason))
    text, problems = decode(raw, relpath)
    if text is None:
        return ParsedFile(SourceFile(relpath, ""), None, "", problems)
    return parse_text(text, relpath, front_matter=front_matter)


def read_files(
    root: Path, requests: Sequence[tuple[str, bool]], *, max_bytes: int
) -> list[ParsedFile]:
    """:func:`read_file` for each (relpath, front_matter) in REQUESTS, in that order. (Reading
    in several processes saved under a tenth of check's time on a dossier twenty times the
    real one, so one process reads them all.)"""
    return [
        read_file(root, relpath, front_matter=front_matter, max_bytes=max_bytes)
        for relpath, front_matter in requests
    ]
