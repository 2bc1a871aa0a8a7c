"""The one place that reads YAML: safe loading only, scalars kept as text, places kept small.

Every scalar stays the text the user typed (libyaml's composer with PyYAML's BaseLoader
resolver, and plain data built from its node tree here), so ``norm: 1.10`` is "1.10" and
``no`` is "no"; pydantic decides the types. Parsing keeps no node tree, only where each value
and key starts (:class:`Places`, two flat lists), so that a melding anywhere in the file is
placed without composing the file again (see :func:`parse_placed`). PyYAML's C loader is used
whenever libyaml is present.
"""

from __future__ import annotations

import re
import sys
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

try:
    from yaml import CBaseLoader as _BaseLoader

    # libyaml's parser and composer alone: CBaseLoader adds PyYAML's constructor and resolver,
    # set up for every file and never used here (see _Composer).
    from yaml._yaml import CParser as _Parser

    C_LOADER = True
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import BaseLoader as _BaseLoader  # type: ignore[assignment]

    _Parser = _BaseLoader  # type: ignore[misc]
    C_LOADER = False

_SCALAR_TAG = yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG
_SEQUENCE_TAG = yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG
_MAPPING_TAG = yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG

# Where an anchor (&a), alias (*a) or tag (!t) can start: at a token boundary. "RI&E", "**vet**"
# and "Let op!" cannot be one, so most files skip the extra pass over their events. The pattern
# starts with the character itself, so the regex engine skips ahead to the next one of them
# instead of trying every position.
_MAYBE_FEATURE = re.compile(r"[!&*](?<![^\s\[\]{},:-][!&*])(?:(?<=!)|[^\s*&,\[\]{}])")

# Deeper than any real evidence file; deeper nesting is refused before it costs anything.
MAX_DEPTH = 64

# A line that may open MAX_DEPTH levels of block nesting: that much indentation, or a run of
# "- - - …" sequence entries. Shallower files skip the extra pass over their events. The first
# line is matched on its own and the others after their "\n" (what "^" means in MULTILINE):
# a pattern that starts with "^" is tried at every character, one that starts with "\n" jumps
# from line to line (a quarter of the time).
_DEEP_FIRST = re.compile(rf"[ -]{{{MAX_DEPTH}}}")
_DEEP = re.compile(rf"\n[ -]{{{MAX_DEPTH}}}")

# The line breaks PyYAML counts lines by.
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")

# YAML 1.2 core schema nulls; everything else plain stays a string.
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})

Loc = Sequence[str | int]


# Not frozen: Python and tools around it (debuggers, test runners) set attributes such as
# __traceback__ on an exception after it is made.
@dataclass(eq=False)
class YamlSyntaxError(Exception):
    """Invalid YAML at a 1-based line and column: where the mistake most likely is, which may
    be before where the parser gave up (an unclosed quote is marked where it opens).

    ``problem`` is PyYAML's own words (which differ between its C and Python parsers, and are
    English: they never reach a Dutch reader); ``hint`` names the likely mistake, the name of
    an SWL101 message: tab, colon_in_value, missing_colon, dash_space, unclosed_quote,
    text_after_quote, bracket, reserved, indent, anchor or generic; ``details`` fill it in (the
    key, the quote, the character).
    """

    line: int
    column: int
    problem: str
    hint: str = "generic"
    details: tuple[tuple[str, str], ...] = ()


# A list item whose dash has no space after it ("-id: x"): YAML reads "-id" as text.
_DASH_WITHOUT_SPACE = re.compile(r"^([ ]*)-[^\s-]")
# A key and the start of its value on one line: "key: value" or "- key: value".
_KEY = re.compile(r"^[ ]*(?:-[ ]+)*([^\s:#'\"][^:#]*?|'[^']*'|\"[^\"]*\"):(?:[ ]|$)")
# Characters YAML reserves at the start of a plain value.
_RESERVED = frozenset("@`%")


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _previous(lines: list[str], line: int) -> int:
    """The number of the nearest line above LINE that holds something (not only a comment)."""
    number = min(line, len(lines) + 1) - 1
    while number >= 1 and lines[number - 1].strip(" ").startswith("#") | (
        not lines[number - 1].strip()
    ):
        number -= 1
    return number


def _dash_without_space(lines: list[str], numbers: tuple[int, ...]) -> tuple[int, int] | None:
    for number in numbers:
        if 1 <= number <= len(lines):
            match = _DASH_WITHOUT_SPACE.match(lines[number - 1])
            if match:
                return number, len(match.group(1)) + 1
    return None


def _explain(
    error: yaml.MarkedYAMLError, lines: list[str], line: int, column: int
) -> YamlSyntaxError:
    """The likely mistake behind ERROR, at the line and column where it is; LINES are the
    text's lines as YAML counts them, LINE and COLUMN where the parser gave up."""
    problem = error.problem or str(error)
    context = error.context or ""
    mark = error.context_mark
    context_at = (mark.line + 1, mark.column + 1) if mark is not None else (line, column)
    here = lines[line - 1] if 0 < line <= len(lines) else ""

    def found(hint: str, at: tuple[int, int] = (line, column), **details: str) -> YamlSyntaxError:
        return YamlSyntaxError(at[0], at[1], problem, hint, tuple(details.items()))

    leading = here[: len(here) - len(here.lstrip(" \t"))]
    if "\t" in here[: max(column, 1)] or "\t" in leading:
        tab = here.index("\t")
        return found("tab", (line, tab + 1))
    if "quoted scalar" in context:
        quoted = lines[context_at[0] - 1] if context_at[0] <= len(lines) else ""
        quote = quoted[context_at[1] - 1 : context_at[1]] or "'"
        return found("unclosed_quote", context_at, quote=quote)
    if "flow sequence" in context or "flow mapping" in context:
        return found("bracket", context_at, bracket="[" if "sequence" in context else "{")
    if "anchor" in problem or "alias" in problem:
        return found("anchor")
    if "cannot start any token" in problem:
        character = here[column - 1 : column]
        if character in _RESERVED:
            return found("reserved", character=character)
        return found("generic")
    above = _previous(lines, line)
    dash = _dash_without_space(lines, (line, above, context_at[0]))
    if dash is not None:
        return found("dash_space", dash)
    if "could not find expected ':'" in problem:
        # the parser gives up on the line after the one without a colon
        cause = context_at[0] if mark is not None else above
        text = lines[cause - 1] if 1 <= cause <= len(lines) else ""
        return found("missing_colon", (cause, _indent(text) + 1))
    if "mapping values are not allowed" in problem:
        key = _KEY.match(here)
        if key is not None and key.end() < column:
            # "title: Notulen: maart": a second colon after the key's own
            return found("colon_in_value", key=key.group(1).strip("'\""))
        if above >= 1 and ":" not in lines[above - 1].split("#", 1)[0]:
            # "norm 1.1" above "status: compliant": the line above lacks its colon
            return found("missing_colon", (above, _indent(lines[above - 1]) + 1))
        return found("indent")
    if "expected key" in problem or "expected '-'" in problem or "block end" in problem:
        key = _KEY.match(here)
        value = here[key.end() :].lstrip(" ") if key is not None else ""
        if value[:1] in ("'", '"') and key is not None and key.end() < column:
            # "title: 'Auto's van de zaak'": the quote closed before the text ended
            other = "'" if value[0] == '"' else '"'
            return found("text_after_quote", quote=value[0], other=other)
        if value[:1] in ("[", "{") and key is not None and key.end() < column:
            return found("bracket", bracket=value[0])
        return found("indent")
    return found("generic")


@dataclass(frozen=True)
class DuplicateKey:
    key: str
    line: int
    column: int


@dataclass(frozen=True)
class FrontMatter:
    """The YAML between the ``---`` lines of a Markdown file, and the body after it."""

    yaml_text: str
    body: str
    line_offset: int


class FrontMatterError(Exception):
    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


class _Composer(_Parser):
    """The C (or Python) parser and composer, building a node tree with marks and nothing else.

    Plain data is built from the tree by :func:`_build_placed`, not by PyYAML's constructor, whose
    generic machinery (a registry per tag, state for recursive objects) costs more than the
    composing itself and has no use for data that is only strings, lists and dicts.
    """

    def resolve(self, kind: type[Node], value: Any, implicit: Any) -> str:
        """The default tag for KIND. BaseResolver has no implicit resolvers, so this is what
        its resolve() returns too, but it is called for every node (from libyaml's composer)
        and its generic path costs more than the rest of the parse."""
        if kind is ScalarNode:
            return _SCALAR_TAG
        if kind is SequenceNode:
            return _SEQUENCE_TAG
        return _MAPPING_TAG

    # Path resolvers are not used either; these are called twice per node.
    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None


# A start mark packed into one number: the 0-based line above these bits, the column in them.
_COLUMN_BITS = 32
_COLUMN_MASK = (1 << _COLUMN_BITS) - 1


class Places:
    """Where every value and key of one file starts, in the order of the file.

    Two flat lists, one entry per node of the file's tree (a mapping's keys are nodes too):
    ``marks`` holds its packed start mark, ``names`` says what it is: the key's text for a key,
    None for any other scalar, the number of entries its subtree takes (itself included) for a
    mapping, and that number negated for a list. A subtree is the entries right after its own,
    a mapping's as key, value, key, value. This is what :func:`locate` reads in a node tree,
    kept for every file while it is parsed: composing a file a second time to place its
    meldingen cost more than recording (SWL213 alone places a melding in half the evidence
    files of "large"), and a node tree kept per file would hold four objects (the node, its
    attributes, two marks) for each pair of entries here (#14).
    """

    __slots__ = ("_items", "_keys", "marks", "names")

    def __init__(self) -> None:
        self.marks = array("q")
        self.names: list[str | int | None] = []
        # The children of each collection a melding was placed in, found once: a register's
        # list of thousands of documents is walked once, not once for each of its meldingen.
        self._keys: dict[int, dict[str, int]] = {}
        self._items: dict[int, list[int]] = {}

    def locate(self, loc: Loc, *, key: bool = False) -> tuple[int, int]:
        """As :func:`locate`: the 1-based line and column of the value at LOC (of its key with
        ``key=True``), or of the nearest parent that exists."""
        names = self.names
        if not names:
            return 1, 1
        at = 0
        for index, part in enumerate(loc):
            span = names[at]
            child = -1
            if isinstance(span, int) and span > 0 and isinstance(part, str):
                entry = self._mapping(at, span).get(part)
                if entry is not None:
                    if key and index == len(loc) - 1:
                        return self._unpack(entry)
                    child = entry + 1
            elif isinstance(span, int) and span < 0 and isinstance(part, int) and part >= 0:
                items = self._list(at, span)
                if part < len(items):
                    child = items[part]
            if child < 0:
                break
            at = child
        return self._unpack(at)

    def _mapping(self, at: int, span: int) -> dict[str, int]:
        """The entry of each key of the mapping at AT (the first, of a key written twice)."""
        keys = self._keys.get(at)
        if keys is None:
            names, keys = self.names, {}
            entry, end = at + 1, at + span
            while entry < end:
                keys.setdefault(str(names[entry]), entry)
                # a value is a scalar (None) or a collection (its signed span)
                value = names[entry + 1]
                entry += 2 if value is None else 1 + abs(value)  # type: ignore[arg-type]
            self._keys[at] = keys
        return keys

    def _list(self, at: int, span: int) -> list[int]:
        """The entry of each item of the list at AT."""
        items = self._items.get(at)
        if items is None:
            names, items = self.names, []
            entry, end = at + 1, at - span
            while entry < end:
                items.append(entry)
                item = names[entry]
                entry += 1 if item is None else abs(item)  # type: ignore[arg-type]
            self._items[at] = items
        return items

    def _unpack(self, at: int) -> tuple[int, int]:
        packed = self.marks[at]
        return (packed >> _COLUMN_BITS) + 1, (packed & _COLUMN_MASK) + 1


def _build_placed(node: Node, duplicates: list[DuplicateKey], places: Places) -> Any:
    """Plain data from a node tree: every scalar a string (None for a plain null), duplicate
    keys recorded in DUPLICATES (the last value wins, as in PyYAML); where each node starts
    recorded in PLACES. One closure over the two lists: this runs for every node of every
    file, and the recording is kept to two appends."""
    marks, names = places.marks, places.names
    mark_at, name = marks.append, names.append
    intern = sys.intern

    def build(node: Node) -> Any:
        kind = node.__class__
        start = node.start_mark
        mark_at(start.line << _COLUMN_BITS | start.column)
        if kind is ScalarNode:
            name(None)
            value: str = node.value
            # Plain style is None in PyYAML's Python parser and '' in its C parser.
            plain_null = not node.style and value in _NULLS  # type: ignore[attr-defined]
            return None if plain_null else value
        at = len(names)
        name(0)
        if kind is SequenceNode:
            items = [build(child) for child in node.value]
            names[at] = at - len(names)
            return items
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            if key_node.__class__ is not ScalarNode or (not key_node.style and key in _NULLS):
                raise yaml.constructor.ConstructorError(
                    None, None, "a key must be plain text", key_node.start_mark
                )
            # A few key names stand in every file: one string each, kept by the places too.
            key = intern(key)
            mark = key_node.start_mark
            if key in mapping:
                duplicates.append(DuplicateKey(key, mark.line + 1, mark.column + 1))
            mark_at(mark.line << _COLUMN_BITS | mark.column)
            name(key)
            mapping[key] = build(value_node)
        names[at] = len(names) - at
        return mapping

    return build(node)


def _syntax_error(error: yaml.YAMLError, text: str) -> YamlSyntaxError:
    if isinstance(error, yaml.MarkedYAMLError) and error.problem_mark is not None:
        mark = error.problem_mark
        line, column = mark.line + 1, mark.column + 1
        lines = _lines(text)
        if lines and line > len(lines):
            # libyaml marks an error at the end of a file without a final newline on the line
            # after the last; point at the end of the last line, which an editor can show.
            line, column = len(lines), len(lines[-1]) + 1
        return _explain(error, lines, line, column)
    if isinstance(error, yaml.reader.ReaderError):
        position = error.position
        if C_LOADER:
            # libyaml counts this position in bytes of UTF-8; the text counts characters
            position = len(text.encode("utf-8")[:position].decode("utf-8", errors="ignore"))
        lines = _LINE_BREAK.split(text[:position])
        return YamlSyntaxError(len(lines), len(lines[-1]) + 1, error.reason)
    return YamlSyntaxError(1, 1, str(error))


@dataclass(eq=False)
class RefusedFeature(Exception):
    """A YAML feature evidence files have no use for: an anchor, an alias or a tag."""

    line: int
    column: int
    feature: str  # "anchor", "alias" or "tag"
    name: str


_STARTS = frozenset({yaml.MappingStartEvent, yaml.SequenceStartEvent})
_ENDS = frozenset({yaml.MappingEndEvent, yaml.SequenceEndEvent})


def _start(event: yaml.Event) -> tuple[int, int]:
    """The 1-based line and column where EVENT starts."""
    start = event.start_mark
    return (start.line + 1, start.column + 1) if start is not None else (1, 1)


def _refuse_features(text: str) -> None:
    """Refuse anchors, aliases and tags while reading events, before anything is built.

    An alias "bomb" (aliases of aliases, exponential when walked) is refused at its first
    alias, at the cost of reading the text once. Most files contain none of the characters
    these features need, and skip the extra pass.
    """
    brackets = text.count("[") + text.count("{")
    if (
        brackets < MAX_DEPTH
        and not _MAYBE_FEATURE.search(text)
        and not (_DEEP_FIRST.match(text) or _DEEP.search(text))
    ):
        return
    loader = _BaseLoader(text)
    # Any: which attributes an event has depends on its class, as checked below
    next_event: Callable[[], Any] = loader.get_event
    try:
        depth = 0
        # One call per event and a look at its class: a norm set of a thousand norms has tens of
        # thousands of events, and most say nothing here.
        while (event := next_event()) is not None:
            kind = event.__class__
            if kind is yaml.ScalarEvent or kind in _STARTS:
                if event.anchor:
                    raise RefusedFeature(*_start(event), "anchor", event.anchor)
                tag = event.tag
                if tag is not None:
                    # show the tag as people type it: !!python/object, not tag:yaml.org,2002:…
                    shown = (
                        "!!" + tag.removeprefix("tag:yaml.org,2002:")
                        if tag.startswith("tag:yaml.org,2002:")
                        else tag
                    )
                    raise RefusedFeature(*_start(event), "tag", shown)
                if kind is not yaml.ScalarEvent:
                    depth += 1
                    if depth > MAX_DEPTH:
                        raise RefusedFeature(*_start(event), "depth", str(MAX_DEPTH))
            elif kind in _ENDS:
                depth -= 1
            elif kind is yaml.AliasEvent:
                raise RefusedFeature(*_start(event), "alias", event.anchor or "")
    except yaml.YAMLError:
        return  # the real parse reports the syntax error with its position
    finally:
        loader.dispose()


def parse(text: str) -> tuple[Any, list[DuplicateKey]]:
    """Parse one YAML document into plain dicts, lists, strings and None.

    Raises YamlSyntaxError for invalid YAML and RefusedFeature for anchors, aliases, tags and
    nesting deeper than MAX_DEPTH.
    """
    data, duplicates, _ = parse_placed(text)
    return data, duplicates


def parse_placed(text: str) -> tuple[Any, list[DuplicateKey], Places]:
    """:func:`parse`, and where each value and key of TEXT starts."""
    _refuse_features(text)
    loader = _Composer(text)
    duplicates: list[DuplicateKey] = []
    places = Places()
    try:
        node = loader.get_single_node()
        data = None if node is None else _build_placed(node, duplicates, places)
    except yaml.YAMLError as error:
        raise _syntax_error(error, text) from None
    except RecursionError:
        raise RefusedFeature(1, 1, "depth", str(MAX_DEPTH)) from None
    finally:
        loader.dispose()
    return data, duplicates, places


# Meldingen come in passes over the files (references, then freshness, …), so a file is asked
# for again after others; keep enough trees that a pass does not evict the previous one's.
@lru_cache(maxsize=512)
def compose_node(text: str) -> Node | None:
    """The node tree of TEXT (with marks), or None when it is empty or not valid YAML; built
    once per text, for a text read without :class:`Places`."""
    loader = _Composer(text)
    try:
        node: Node | None = loader.get_single_node()
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()
    return node


def forget_trees() -> None:
    """Drop the node trees kept for locating lines; a run calls this when it ends, so that
    neither the next run in the same process nor the interpreter's exit has to walk them."""
    compose_node.cache_clear()


def locate(text: str, loc: Loc, *, key: bool = False) -> tuple[int, int]:
    """The 1-based line and column of the value at LOC (of its key with ``key=True``).

    When LOC does not exist (a missing field), the nearest existing parent is returned.
    """
    node = compose_node(text)
    if node is None:
        return 1, 1
    mark = node.start_mark
    for index, part in enumerate(loc):
        last = index == len(loc) - 1
        child: Node | None = None
        if isinstance(node, MappingNode) and isinstance(part, str):
            for key_node, value_node in node.value:
                if isinstance(key_node, ScalarNode) and key_node.value == part:
                    if last and key:
                        mark = key_node.start_mark
                        return mark.line + 1, mark.column + 1
                    child = value_node
                    break
        elif (
            isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value)
        ):
            child = node.value[part]
        if child is None:
            break
        node = child
        mark = node.start_mark
    return mark.line + 1, mark.column + 1


def _lines(text: str) -> list[str]:
    """TEXT's lines as YAML counts them, without an empty one after the last break.
    str.splitlines() would also break at \\v and \\f (Word pastes \\v for Shift+Enter) and
    shift every line number after it."""
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def line_break() -> re.Pattern[str]:
    """The line breaks PyYAML counts lines by: CRLF, LF, CR, NEL, LS and PS."""
    return _LINE_BREAK


# Line breaks other than LF; a text without them is split by a faster path.
_OTHER_BREAKS = re.compile("[\r\x85\u2028\u2029]")
# The line that closes front matter in a text of LF breaks: "---" or "..." at the start of a
# line, then nothing but white space (what str.rstrip() takes off) up to the line's end.
_CLOSING_LINE = re.compile(r"\n(?:---|\.\.\.)[^\S\n]*(?=\n|\Z)")


def split_front_matter(text: str) -> FrontMatter:
    """Split a Markdown file into its YAML front matter and its body.

    The front matter starts on the first line with ``---`` and ends with the next line that is
    ``---`` or ``...``. Line endings may be LF or CRLF (or any break YAML counts); both parts
    have theirs as LF.
    """
    if _OTHER_BREAKS.search(text) is None:
        # Only LF: the closing line is searched for in the text, and the body (most of an
        # evidence file) is not cut into lines to be joined again.
        first = text.find("\n")
        if (text[:first] if first >= 0 else text).rstrip() != "---":
            raise FrontMatterError(1, "missing")
        closing = _CLOSING_LINE.search(text, first) if first >= 0 else None
        if closing is None:
            raise FrontMatterError(1, "unclosed")
        yaml_text = text[first + 1 : closing.start()] + "\n"
        body = text[closing.end() :]
        return FrontMatter(yaml_text, body.strip("\n") + "\n" if body.strip() else "", 1)
    lines = _lines(text)
    if not lines or lines[0].rstrip() != "---":
        raise FrontMatterError(1, "missing")
    for number, line in enumerate(lines[1:], start=1):
        if line.rstrip() in ("---", "..."):
            yaml_text = "\n".join(lines[1:number]) + "\n"
            body = "\n".join(lines[number + 1 :])
            return FrontMatter(yaml_text, body.strip("\n") + "\n" if body.strip() else "", 1)
    raise FrontMatterError(1, "unclosed")
