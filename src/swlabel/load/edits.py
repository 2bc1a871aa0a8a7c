"""Minimal edits of the organisation's own YAML and Markdown files: old text + changes → new text.

``swlabel import`` brings values from a workbook back into the repository. A quality officer
reviews those changes in git, so a changed value must change only its own line: every comment,
the order of the keys, the quoting style of untouched values, the line endings and the
byte-order mark stay as they were. Values are found by the marks of YAML's node tree (the same
places a melding points to), never by searching the text; the functions here are pure and do
not read or write files.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

_BOM = "\ufeff"
_BREAK = re.compile(r"\r\n|\r|\n")
_FENCE = re.compile(r"^---[ \t]*(?:\r\n|\r|\n)")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)", re.MULTILINE)
# The blank lines a block scalar's span ends with, after the break of its last line.
_BLOCK_TAIL = re.compile(r"(?:\r\n|\r|\n)((?:[ \t]*(?:\r\n|\r|\n))*)\Z")


class EditError(Exception):
    """A change that cannot be made as a minimal edit (the file is no block mapping there, or
    cannot be read as YAML); REASON is a catalogue key."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


Value = str | dt.date | None


@dataclass(frozen=True)
class Change:
    """Set the value at LOC (keys and list indices from the top of the file's YAML) to VALUE;
    None removes the key. A date is written as a plain ISO date, a status as a plain word."""

    loc: tuple[str | int, ...]
    value: Value


def newline_of(text: str) -> str:
    """The line ending TEXT uses (that of its first line), LF when it has none."""
    match = _BREAK.search(text)
    return match.group() if match else "\n"


def edit_yaml(text: str, changes: Sequence[Change]) -> str:
    """TEXT, a YAML file's text (without byte-order mark), with CHANGES made; every other
    character stays. Changes are made from the end of the file backwards, so that the marks of
    the ones still to be made stay valid."""
    newline = newline_of(text)
    for change in sorted(changes, key=lambda change: -_position(text, change.loc)):
        text = _edit_one(text, change, newline)
    return text


def _compose(text: str) -> Node | None:
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        raise EditError("edits.unreadable") from None


def _position(text: str, loc: tuple[str | int, ...]) -> int:
    parent, _, value_node = _find(_compose(text), loc)
    if value_node is not None:
        return value_node.start_mark.index
    return parent.end_mark.index if parent is not None else len(text)


def _find(
    root: Node | None, loc: tuple[str | int, ...]
) -> tuple[MappingNode | None, ScalarNode | None, Node | None]:
    """The mapping that holds LOC's last key, that key's node and its value's node (None when
    the key is not there)."""
    node = root
    for part in loc[:-1]:
        if isinstance(node, MappingNode) and isinstance(part, str):
            node = next((v for k, v in node.value if _key(k) == part), None)
        elif isinstance(node, SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            node = None
        if node is None:
            raise EditError("edits.missing_entry")
    if node is None:
        return None, None, None
    if not isinstance(node, MappingNode):
        raise EditError("edits.not_a_mapping")
    for key_node, value_node in node.value:
        if _key(key_node) == loc[-1]:
            assert isinstance(key_node, ScalarNode)
            return node, key_node, value_node
    return node, None, None


def _key(node: Node) -> str | None:
    return node.value if isinstance(node, ScalarNode) else None


def _edit_one(text: str, change: Change, newline: str) -> str:
    root = _compose(text)
    parent, key_node, value_node = _find(root, change.loc)
    name = str(change.loc[-1])
    if key_node is None or value_node is None:
        if change.value is None:
            return text
        return _insert(text, parent, name, change.value, newline)
    if parent is not None and parent.flow_style:
        raise EditError("edits.flow_mapping")
    if change.value is None:
        return _remove(text, key_node, value_node)
    start, end = value_node.start_mark.index, value_node.end_mark.index
    indent = key_node.start_mark.column + 2
    style = value_node.style if isinstance(value_node, ScalarNode) else None
    rendered = render(change.value, style, indent, newline)
    if style in ("|", ">"):
        tail = _BLOCK_TAIL.search(text[start:end])
        # The block's span ends with the break of its last line and its trailing blank
        # lines: the new value ends with a break, and the blank lines stay.
        rendered += newline + (tail.group(1) if tail else "")
    elif start == end and text[start - 1 : start] == ":":
        rendered = " " + rendered  # "key:" with nothing after it
    return text[:start] + rendered + text[end:]


def _insert(text: str, parent: MappingNode | None, name: str, value: Value, newline: str) -> str:
    if parent is None:
        if text.strip():
            raise EditError("edits.not_a_mapping")
        return text + f"{name}: {render(value, None, 2, newline)}{newline}"
    if parent.flow_style or not parent.value:
        raise EditError("edits.flow_mapping")
    first_key = parent.value[0][0]
    indent = first_key.start_mark.column
    last_value = parent.value[-1][1]
    position = last_value.end_mark.index
    if position == 0 or text[position - 1] not in "\r\n":
        found = _BREAK.search(text, position)
        position = found.end() if found else len(text)
    line = f"{' ' * indent}{name}: {render(value, None, indent + 2, newline)}{newline}"
    if position == len(text) and text and text[-1] not in "\r\n":
        line = newline + line
    return text[:position] + line + text[position:]


def _remove(text: str, key_node: ScalarNode, value_node: Node) -> str:
    start = key_node.start_mark.index
    line_start = start - key_node.start_mark.column
    if text[line_start:start].strip():
        # "- key: value", the first key of a list item: the key stays, with no value.
        return text[: value_node.start_mark.index] + "null" + text[value_node.end_mark.index :]
    end = value_node.end_mark.index
    if end == 0 or text[end - 1] not in "\r\n":
        found = _BREAK.search(text, end)
        end = found.end() if found else len(text)
    return text[:line_start] + text[end:]


def render(value: Value, style: str | None, indent: int, newline: str) -> str:
    """VALUE as a YAML scalar in STYLE where it allows (plain, quoted or block), otherwise
    double-quoted, which holds any text."""
    if value is None:
        return "null"
    if isinstance(value, dt.date):
        return value.isoformat()
    if "\n" in value:
        if style in ("|", ">") or style is None:
            block = _literal_block(value, indent, newline)
            if block is not None:
                return block
        return _double_quoted(value)
    if style == "'" and _loads(f"'{value.replace(chr(39), chr(39) * 2)}'") == value:
        return "'" + value.replace("'", "''") + "'"
    if style == '"':
        return _double_quoted(value)
    if value and _loads(value) == value and value == value.strip():
        return value
    return _double_quoted(value)


def _double_quoted(value: str) -> str:
    # JSON's escapes are YAML's double-quoted escapes; non-ASCII stays readable.
    return json.dumps(value, ensure_ascii=False)


def _loads(text: str) -> object:
    try:
        loaded = yaml.safe_load(f"k: {text}\n")
    except yaml.YAMLError:
        return None
    return loaded.get("k") if isinstance(loaded, dict) else None


def _literal_block(value: str, indent: int, newline: str) -> str | None:
    lines = value.split("\n")
    body = value.rstrip("\n")
    trailing = len(value) - len(body)
    chomp = "-" if trailing == 0 else "" if trailing == 1 else "+"
    if not body.strip("\n") or body.startswith((" ", "\t")):
        return None  # only line breaks, or a leading space: no block says that plainly
    if any(line.rstrip(" \t") != line for line in lines):
        return None
    pad = " " * indent
    shown = [pad + line if line else "" for line in body.split("\n")]
    shown += [""] * max(0, trailing - 1)
    return f"|{chomp}" + newline + newline.join(shown)


# --- Markdown evidence files: YAML front matter and a narrative --------------------------------


@dataclass(frozen=True)
class MarkdownParts:
    head: str  # the opening fence line
    front_matter: str
    closing: str  # the closing fence line with its break
    body: str


def split_markdown(text: str) -> MarkdownParts:
    """TEXT (without byte-order mark) in its four parts, every character kept."""
    fence = _FENCE.match(text)
    if fence is None:
        raise EditError("edits.front_matter")
    closing = _CLOSING.search(text, fence.end())
    if closing is None:
        raise EditError("edits.front_matter")
    return MarkdownParts(
        text[: fence.end()],
        text[fence.end() : closing.start()],
        text[closing.start() : closing.end()],
        text[closing.end() :],
    )


def edit_markdown(text: str, changes: Sequence[Change], narrative: str | None) -> str:
    """TEXT, a Markdown evidence file, with CHANGES made in its front matter and, unless
    NARRATIVE is None, its narrative replaced (the blank lines around it stay)."""
    parts = split_markdown(text)
    newline = newline_of(text)
    front = edit_yaml(parts.front_matter, changes) if changes else parts.front_matter
    closing, body = parts.closing, parts.body
    if narrative is not None:
        body = _new_body(body, narrative, newline)
        if body and closing[-1:] not in "\r\n":
            closing += newline
    return parts.head + front + closing + body


def _new_body(body: str, narrative: str, newline: str) -> str:
    core = body.strip("\r\n")
    text = newline.join(narrative.strip("\n").split("\n"))
    if not core:
        return newline + text + newline if text else body
    start = body.index(core)
    before, after = body[:start], body[start + len(core) :]
    return before + text + after


def strip_bom(text: str) -> tuple[str, str]:
    """(the byte-order mark or "", the text without it)."""
    return (_BOM, text[1:]) if text.startswith(_BOM) else ("", text)


# --- a list of ids: a verbeteractie added to an evidence file's ``actions`` (#15) ------------


def add_to_list(text: str, loc: tuple[str | int, ...], item: str) -> str:
    """TEXT, a YAML file's text (without byte-order mark), with ITEM added to the list of ids at
    LOC, in the list's own style: ``[a, b]`` stays on its line, a block list gets a line shaped
    like its last item's, a single id becomes ``[a, item]``, and a missing or empty key becomes
    ``key: [item]``. An ITEM already in the list changes nothing."""
    newline = newline_of(text)
    parent, key_node, value_node = _find(_compose(text), loc)
    shown = render(item, None, 0, newline)
    if parent is not None and parent.flow_style:
        raise EditError("edits.flow_mapping")
    if key_node is None or value_node is None:
        name = str(loc[-1])
        if parent is None:
            if text.strip():
                raise EditError("edits.not_a_mapping")
            return f"{name}: [{shown}]{newline}"
        return _insert_raw(text, parent, f"{name}: [{shown}]", newline)
    if isinstance(value_node, ScalarNode):
        if not value_node.style and value_node.value in ("", "~", "null", "Null", "NULL"):
            start, end = value_node.start_mark.index, value_node.end_mark.index
            space = " " if text[start - 1 : start] == ":" else ""
            return text[:start] + f"{space}[{shown}]" + text[end:]
        if value_node.value == item:
            return text
        start, end = value_node.start_mark.index, value_node.end_mark.index
        return text[:start] + f"[{text[start:end]}, {shown}]" + text[end:]
    if not isinstance(value_node, SequenceNode):
        raise EditError("edits.not_a_list")
    if any(isinstance(node, ScalarNode) and node.value == item for node in value_node.value):
        return text
    if value_node.flow_style:
        if not value_node.value:
            position = value_node.start_mark.index + 1
            return text[:position] + shown + text[position:]
        position = value_node.value[-1].end_mark.index
        return text[:position] + f", {shown}" + text[position:]
    last = value_node.value[-1]
    line_start = last.start_mark.index - last.start_mark.column
    prefix = text[line_start : last.start_mark.index]  # "  - "
    found = _BREAK.search(text, last.end_mark.index)
    position = found.end() if found else len(text)
    line = prefix + shown + newline
    if position == len(text) and text[-1:] not in ("\r", "\n"):
        line = newline + line
    return text[:position] + line + text[position:]


def _insert_raw(text: str, parent: MappingNode, line: str, newline: str) -> str:
    """TEXT with LINE added as the last key of PARENT, at its indentation."""
    if not parent.value:
        raise EditError("edits.flow_mapping")
    indent: int = parent.value[0][0].start_mark.column
    position: int = parent.value[-1][1].end_mark.index
    if position == 0 or text[position - 1] not in "\r\n":
        found = _BREAK.search(text, position)
        position = found.end() if found else len(text)
    added = " " * indent + line + newline
    if position == len(text) and text and text[-1] not in "\r\n":
        added = newline + added
    return text[:position] + added + text[position:]


def add_to_list_markdown(text: str, loc: tuple[str | int, ...], item: str) -> str:
    """:func:`add_to_list` in the front matter of a Markdown evidence file; the rest stays."""
    parts = split_markdown(text)
    front = add_to_list(parts.front_matter, loc, item)
    return parts.head + front + parts.closing + parts.body
