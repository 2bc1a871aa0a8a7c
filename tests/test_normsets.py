"""Norm sets through swlabel's own model: the bundled one, and an organisation's own."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result
from swlabel.errors import ConfigError
from swlabel.i18n import Translator, render
from swlabel.load.normsets import bundled_normsets, load_normset

Repo = Callable[..., Path]
Run = Callable[..., Result]


def test_bundled_norm_set_loads_through_the_model(tmp_path: Path) -> None:
    assert bundled_normsets() == ["kwaliteitslabel-sociaal-werk-2019"]
    normset = load_normset("kwaliteitslabel-sociaal-werk-2019", tmp_path)
    assert normset.version == "2019-05-29"
    assert normset.effective_date is not None
    assert normset.effective_date.isoformat() == "2020-01-01"
    assert [r.title for r in normset.rubrieken] == [
        "Vakmanschap",
        "Dienstverlening",
        "Organisatie en bestuur",
    ]
    assert Counter(norm.rubriek for norm in normset.norms) == {"1": 15, "2": 11, "3": 23}
    assert normset.norms[9].id == "1.10"
    assert {norm.id: norm.applies_if for norm in normset.norms if norm.applies_if} == {
        "2.10": "business_critical_volunteers",
        "2.11": "business_critical_interns",
        "3.11": "business_critical_volunteers",
        "3.12": "business_critical_interns",
        "3.13": "citizens_initiatives",
        "3.14": "hired_third_parties",
    }
    assert "Sociaal Werk Nederland" in normset.copyright
    assert normset.aspects_note is not None


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("format_version: 1\nid: x\n", "normen.yaml:1:1: SWL103 het verplichte veld 'version'"),
        (
            "format_version: 1\nid: x\nversion: '1'\ntitle: t\npublisher: p\n"
            "rubrieken: [{id: '1', title: A}]\nnorms:\n  - {id: '1.1', rubriek: '9', text: T}\n",
            "normen.yaml:8:26: SWL103 norms[1].rubriek: rubriek '9' staat niet onder 'rubrieken'",
        ),
        ("format_version: 1\nid: [x\n", "normen.yaml:2:5: SWL101 ongeldige YAML"),
    ],
)
def test_broken_own_norm_set_is_a_configuration_error(
    small_repo: Repo, run: Run, content: str, expected: str
) -> None:
    repo = small_repo({"normen.yaml": content})
    result = run("check", repo)
    assert result.code == 2
    assert result.err.startswith(expected)
    assert result.err.splitlines()[-1] == "swlabel: normenset 'normen.yaml' is ongeldig"


def test_missing_own_norm_set_file(small_repo: Repo, tmp_path: Path) -> None:
    repo = small_repo()
    (repo / "normen.yaml").unlink()
    with pytest.raises(ConfigError) as caught:
        load_normset("normen.yaml", repo)
    assert render(caught.value.message, Translator()) == (
        "normenset-bestand 'normen.yaml' bestaat niet; controleer 'norms' in swlabel.yaml"
    )
