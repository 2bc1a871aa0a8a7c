"""The Jinja environment for the scaffolded files and the reports.

Templates are read from the package ``swlabel.templates`` through importlib.resources, so they
work from a wheel and from an editable install alike. HTML templates are autoescaped.
"""

from __future__ import annotations

import json
import textwrap
from importlib import resources
from pathlib import Path

import jinja2
from jinja2.loaders import split_template_path
from jinja2.sandbox import SandboxedEnvironment

from swlabel.i18n import Translator


def _load(name: str) -> str:
    # split_template_path refuses '..' and absolute names: a template never reads a file
    # outside the templates folder, whoever wrote the include.
    parts = split_template_path(name)
    if parts[:1] == ["swlabel"]:
        # "swlabel/report/dossier.html.j2" is always ours, so an override can extend it.
        parts = parts[1:]
    try:
        return resources.files("swlabel.templates").joinpath(*parts).read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        raise jinja2.TemplateNotFound(name) from None


def yaml_string(value: object) -> str:
    """VALUE as a double-quoted YAML scalar: JSON strings are valid YAML, quotes and all."""
    return json.dumps(str(value), ensure_ascii=False)


def wrap(value: str, width: int = 80) -> list[str]:
    return textwrap.wrap(value, width=width, break_on_hyphens=False) or [""]


def md_cell(value: object) -> str:
    """Text safe inside a Markdown table cell: no pipes breaking the row, no line breaks."""
    # '<' as an entity: a field from a file must not become raw HTML in the Markdown report
    return " ".join(str(value).split()).replace("|", "\\|").replace("<", "&lt;")


def md_link(value: str) -> str:
    """A link target that survives Markdown: spaces and parentheses percent-encoded."""
    return value.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def environment(t: Translator, template_dir: Path | None = None) -> jinja2.Environment:
    """The environment for swlabel's own templates, or, with TEMPLATE_DIR, one in which the
    organisation's templates override ours by name. Templates from outside swlabel render in
    Jinja's sandbox: they cannot reach Python internals, and the loader reads only files below
    TEMPLATE_DIR."""
    loader: jinja2.BaseLoader = jinja2.FunctionLoader(_load)
    factory: type[jinja2.Environment] = jinja2.Environment
    if template_dir is not None:
        loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(template_dir), loader])
        factory = SandboxedEnvironment
    env = factory(
        loader=loader,
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default=False),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=False,
        lstrip_blocks=False,
    )
    env.filters["yaml_string"] = yaml_string
    env.filters["wrap"] = wrap
    env.filters["md_cell"] = md_cell
    env.filters["md_link"] = md_link
    env.globals["t"] = t
    return env
