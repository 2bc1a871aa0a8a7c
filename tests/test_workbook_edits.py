"""Minimal edits of YAML and Markdown (#16): swlabel import changes a value's own characters
and nothing else, found by the YAML node marks."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from swlabel.load.edits import Change, EditError, edit_markdown, edit_yaml, render

PLAN = """\
# Verbeterplan
actions:
  - id: VA-1   # de eerste
    title: 'Oud: met dubbele punt'
    description: |
      Regel een.
      Regel twee.

  - id: VA-2
    title: Twee
    status: open
"""


def test_a_plain_value_keeps_its_comment_and_every_other_line() -> None:
    edited = edit_yaml(PLAN, [Change(("actions", 1, "status"), "done")])
    assert edited == PLAN.replace("    status: open", "    status: done")


def test_a_quoted_value_keeps_its_quotes() -> None:
    edited = edit_yaml(PLAN, [Change(("actions", 0, "title"), "Nieuw: it's")])
    assert "    title: 'Nieuw: it''s'\n" in edited
    assert yaml.safe_load(edited)["actions"][0]["title"] == "Nieuw: it's"


def test_a_block_scalar_stays_a_block_and_its_blank_line_stays() -> None:
    edited = edit_yaml(PLAN, [Change(("actions", 0, "description"), "Alleen dit.\nEn dit.")])
    assert "    description: |-\n      Alleen dit.\n      En dit.\n\n  - id: VA-2\n" in edited
    assert yaml.safe_load(edited)["actions"][0]["description"] == "Alleen dit.\nEn dit."


def test_a_missing_key_is_added_below_the_others_and_an_empty_value_removes_its_line() -> None:
    edited = edit_yaml(
        PLAN,
        [
            Change(("actions", 1, "due"), dt.date(2027, 1, 31)),
            Change(("actions", 0, "description"), None),
        ],
    )
    data = yaml.safe_load(edited)
    assert data["actions"][1]["due"] == dt.date(2027, 1, 31)
    assert "description" not in data["actions"][0]
    assert edited.endswith("    status: open\n    due: 2027-01-31\n")
    assert "Regel een" not in edited


def test_crlf_stays_crlf() -> None:
    text = PLAN.replace("\n", "\r\n")
    edited = edit_yaml(text, [Change(("actions", 1, "owner"), "HR")])
    assert edited == text + "    owner: HR\r\n"


def test_a_flow_mapping_is_refused_not_rewritten() -> None:
    with pytest.raises(EditError) as error:
        edit_yaml("actions: [{id: A, status: open}]\n", [Change(("actions", 0, "status"), "x")])
    assert error.value.reason == "edits.flow_mapping"


def test_markdown_front_matter_and_narrative() -> None:
    text = '---\nnorm: "1.1"\nstatus: compliant\n---\n\nEen.\n\nTwee.\n\n'
    edited = edit_markdown(text, [Change(("status",), "non_compliant")], "Een.\n\nDrie.")
    assert edited == '---\nnorm: "1.1"\nstatus: non_compliant\n---\n\nEen.\n\nDrie.\n\n'
    assert edit_markdown(text, [], None) == text


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.just("\n"))
)
def test_any_text_written_reads_back_as_itself(value: str) -> None:
    edited = edit_yaml("a: 1\nb: x\n", [Change(("b",), value)])
    assert yaml.safe_load(edited) == {"a": 1, "b": value}
    assert edited.startswith("a: 1\nb: ")
    assert render(value, None, 2, "\n") in edited
