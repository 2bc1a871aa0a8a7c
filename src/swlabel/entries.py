"""Adding an entry to a list in a YAML file as text, so comments and layout stay as they are.

The entry is inserted right after the last item of the list (found in the node tree), with the
indentation the existing items use. The new text is validated before anything is written.
"""

from __future__ import annotations

import re

from swlabel import yamlio
from swlabel.templating import yaml_string

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
    return yaml_string(value)


def render_entry(fields: dict[str, Value | None], indent: int) -> str:
    """``- key: value`` lines for the fields that have a value, in the order given."""
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
        lines.append(f"{' ' * indent}{prefix}{key}: {shown}")
    return "\n".join(lines) + "\n"


def append_entry(text: str, key: str, fields: dict[str, Value | None]) -> str:
    """TEXT with a new item appended to the top-level list KEY (created when absent)."""
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
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
            entry = render_entry(fields, indent)
            return "".join([*lines[:insert_at], entry, *lines[insert_at:]])
        # "key: []", "key:" or "key: ~": the list starts here
        line = key_node.start_mark.line
        entry = render_entry(fields, 2)
        return "".join([*lines[:line], f"{key}:\n", entry, *lines[line + 1 :]])
    return "".join(lines) + f"{key}:\n" + render_entry(fields, 2)
