"""Adding an entry to a list in a YAML file as text, so comments and layout stay as they are.

The entry is inserted right after the last item of the list (found in the node tree), with the
indentation the existing items use and the file's own line ending (LF, CRLF or a lone CR):
every byte outside the inserted lines stays as it was. The new text is validated before
anything is written.
"""

from __future__ import annotations

import re

from swlabel.load import yamlio
from swlabel.output.templating import yaml_string

Value = str | list[str]

_PLAIN = re.compile(r"[A-Za-zÀ-ÿ][\w .,/()&'’-]*")
_SPECIAL = frozenset({"yes", "no", "true", "false", "null", "on", "off", "y", "n"})


def scalar(value: str) -> str:
    """VALUE as YAML: plain when that reads back unchanged everywhere, quoted otherwise.

    Numbers-like text ("1.10") and dates stay plain only where every YAML reader keeps them as
    text; to be safe for editors that read YAML 1.1, they are quoted."""
    if _PLAIN.fullmatch(value) and value.lower() not in _SPECIAL and not value.endswith(" "):
        return value
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    # JSON leaves these as they are, but YAML breaks a line at them, even inside quotes.
    quoted = yaml_string(value)
    return quoted.replace("\x85", "\\x85").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render_entry(fields: dict[str, Value | None], indent: int, newline: str = "\n") -> str:
    """``- key: value`` lines for the fields that have a value, in the order given, each
    ended with NEWLINE."""
    lines: list[str] = []
    for key, value in fields.items():
        if not value:
            continue
        shown = (
            "[" + ", ".join(scalar(item) for item in value) + "]"
            if isinstance(value, list)
            else scalar(value)
        )
        prefix = "- " if not lines else "  "
        lines.append(f"{' ' * indent}{prefix}{key}: {shown}{newline}")
    return "".join(lines)


def split_lines(text: str) -> list[str]:
    """TEXT in lines as YAML counts them (CRLF, LF, CR, NEL, LS, PS), each with its break."""
    lines: list[str] = []
    start = 0
    for found in yamlio.line_break().finditer(text):
        lines.append(text[start : found.end()])
        start = found.end()
    if start < len(text):
        lines.append(text[start:])
    return lines


def line_ending(text: str) -> str:
    """The line ending TEXT uses (its first CRLF, LF or lone CR); LF for a single line."""
    found = re.search(r"\r\n|\r|\n", text)
    return found.group() if found else "\n"


def append_entry(text: str, key: str, fields: dict[str, Value | None]) -> str:
    """TEXT with a new item appended to the top-level list KEY (created when absent), in
    TEXT's own line ending; TEXT itself is kept character for character (a last line without
    a line ending gets one)."""
    newline = line_ending(text)
    lines = split_lines(text)
    if lines and yamlio.line_break().search(lines[-1]) is None:
        lines[-1] += newline
    node = yamlio.compose_node(text)
    mapping = node.value if node is not None and node.tag.endswith(":map") else []
    for key_node, value_node in mapping:
        if key_node.value != key:
            continue
        if value_node.tag.endswith(":seq") and value_node.flow_style is False and value_node.value:
            indent = value_node.start_mark.column
            insert_at = value_node.end_mark.line
            if value_node.end_mark.column > 0:  # the list runs to the end of the file
                insert_at += 1
            entry = render_entry(fields, indent, newline)
            return "".join([*lines[:insert_at], entry, *lines[insert_at:]])
        # "key: []", "key:" or "key: ~": the list starts here, on a line of its own
        line = key_node.start_mark.line
        own = lines[line][len(lines[line].rstrip("\r\n\x85\u2028\u2029")) :] or newline
        entry = render_entry(fields, 2, newline)
        return "".join([*lines[:line], f"{key}:{own}", entry, *lines[line + 1 :]])
    return "".join(lines) + f"{key}:{newline}" + render_entry(fields, 2, newline)
