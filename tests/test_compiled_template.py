"""swlabel's own HTML dossier is rendered from Jinja's code compiled ahead
(swlabel.output.dossier_html_compiled, #14): that code is Jinja's compile of the template as it
reads now, for the environment that renders it, and a template that no longer matches is
compiled as ever.

After a change to templates/report/dossier.html.j2 (or another version of Jinja), write the
module again with ``SWLABEL_WRITE_COMPILED=1 python -m pytest tests/test_compiled_template.py``.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from pathlib import Path

import jinja2
import pytest

from conftest import EXAMPLE, Result
from swlabel.i18n import Translator
from swlabel.output import templating
from swlabel.output.templating import COMPILED, report_environment, source_hash

Run = Callable[..., Result]
SOURCE = Path(__file__).parent.parent / "src"

HEADER = """\
# Jinja's code for swlabel's {name}, compiled ahead for the environment that renders it
# (swlabel.output.templating.report_environment with html). Written by
# tests/test_compiled_template.py (SWLABEL_WRITE_COMPILED=1), which holds it to the template:
# do not edit.
# ruff: noqa
# mypy: ignore-errors
# fmt: off
JINJA = {jinja!r}
SOURCE = {source!r}
"""


def compiled_text(name: str) -> str:
    """What the module of NAME holds: Jinja's code for the template as it reads now."""
    environment = report_environment(Translator("nl"), html=True)
    source = environment.loader.get_source(environment, name)[0]  # type: ignore[union-attr]
    # defer_init: the module's code looks up the environment when it runs, so it imports
    # without one, and each environment executes it in a namespace of its own.
    code = environment.compile(source, name, raw=True, defer_init=True)
    header = HEADER.format(name=name, jinja=jinja2.__version__, source=source_hash(source))
    return header + code + "\n"


@pytest.mark.parametrize(("name", "module"), sorted(COMPILED.items()))
def test_the_compiled_module_is_jinjas_code_for_the_template(name: str, module: str) -> None:
    path = SOURCE / Path(*module.split(".")).with_suffix(".py")
    expected = compiled_text(name)
    if os.environ.get("SWLABEL_WRITE_COMPILED") == "1":
        path.write_text(expected, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == expected, (
        f"{path.name} is not the template's code: SWLABEL_WRITE_COMPILED=1 python -m pytest "
        "tests/test_compiled_template.py writes it again"
    )


def _loaded_code(name: str) -> object:
    environment = report_environment(Translator("nl"), html=True)
    return environment.get_template(name).root_render_func.__code__.co_filename


def test_the_html_dossier_is_loaded_from_the_compiled_module() -> None:
    spec = importlib.util.find_spec(COMPILED["report/dossier.html.j2"])
    assert spec is not None
    assert _loaded_code("report/dossier.html.j2") == spec.origin


def test_a_template_that_no_longer_matches_is_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(templating, "source_hash", lambda source: "another template")
    assert _loaded_code("report/dossier.html.j2") == "report/dossier.html.j2"
    monkeypatch.undo()
    monkeypatch.setattr(jinja2, "__version__", "0.0")
    assert _loaded_code("report/dossier.html.j2") == "report/dossier.html.j2"


def test_other_environments_compile_the_template() -> None:
    # The code is Jinja's for the HTML environment only: autoescaping (an own template folder)
    # or another finalize compile to other code.
    environment = report_environment(Translator("nl"))
    template = environment.get_template("report/dossier.html.j2")
    assert template.root_render_func.__code__.co_filename == "report/dossier.html.j2"


def test_the_compiled_code_renders_the_dossier_the_compiled_template_renders(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for language in ("nl", "en"):
        ahead = tmp_path / f"ahead-{language}.html"
        assert run("report", EXAMPLE, "--lang", language, "-o", ahead).code == 0
        monkeypatch.setattr(templating, "source_hash", lambda source: "another template")
        now = tmp_path / f"now-{language}.html"
        assert run("report", EXAMPLE, "--lang", language, "-o", now).code == 0
        monkeypatch.undo()
        assert ahead.read_bytes() == now.read_bytes()
