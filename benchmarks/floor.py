"""The floor: the least any tool must do to check an evidence repository, as one process.

It starts Python, imports Typer and pydantic's ``BaseModel`` (the libraries a command line
with validated models pays for at start-up), then reads the same files swlabel reads and
parses every YAML text in them with PyYAML's C loader (``yaml.CBaseLoader``: libyaml, every
scalar kept as text, as swlabel does):

* every ``.yaml``/``.yml`` file in the repository outside hidden folders (``swlabel.yaml``,
  the norm set when it is a file of the repository, ``evidence/*.yaml``, ``register.yaml``,
  ``register/*.yaml``, ``improvement-plan.yaml``);
* the front matter of every ``evidence/*.md``, split off at the ``---`` lines;
* the bundled norm set named with ``--normset`` (the example uses swlabel's own);
* the other text files swlabel scans for a BSN (``.md``, ``.txt``, ``.csv``) are read and
  decoded, not parsed.

It validates nothing, locates nothing and writes one line. Usage::

    python benchmarks/floor.py REPO [--normset PATH]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer  # noqa: F401 - imported for its cost, as the CLI does
import yaml
from pydantic import BaseModel  # noqa: F401 - imported for its cost, as the models do

YAML_SUFFIXES = (".yaml", ".yml")
TEXT_SUFFIXES = (".md", ".txt", ".csv")


def front_matter(text: str) -> str:
    """The YAML between the first two ``---`` lines of a Markdown file ('' when there is none)."""
    if not text.startswith("---"):
        return ""
    end = text.find("\n---", 3)
    return text[3:end] if end >= 0 else ""


def files(root: Path) -> list[Path]:
    found = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        found += [Path(folder) / name for name in sorted(names)]
    return found


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    root = Path(argv[0])
    extra = [Path(argv[2])] if len(argv) > 2 and argv[1] == "--normset" else []
    parsed = read = 0
    for path in [*extra, *files(root)]:
        suffix = path.suffix.lower()
        if suffix not in YAML_SUFFIXES and suffix not in TEXT_SUFFIXES:
            continue
        text = path.read_bytes().decode("utf-8-sig")
        read += 1
        if suffix in YAML_SUFFIXES:
            yaml_text = text
        elif path.parent.name == "evidence" and path.parent.parent == root:
            yaml_text = front_matter(text)
        else:
            continue
        yaml.load(yaml_text, Loader=yaml.CBaseLoader)  # noqa: S506 - CBaseLoader builds no objects
        parsed += 1
    print(f"floor: {read} files read, {parsed} parsed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
