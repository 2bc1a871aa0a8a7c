"""validate_keeping: one wrong value costs that value, and the rest of the file counts."""

from __future__ import annotations

from swlabel.load.sources import parse_text
from swlabel.load.validation import Drop, LocTuple, Repair, Replace, validate_keeping
from swlabel.models import RegisterFile

REGISTER = """\
documents:
  - id: a
    title: A
    path: a.pdf
    date: 10-01-2026
  - id: b
    title: [1, 2]
    url: https://example.org/b
  - id: c
    title: C
    colour: red
    path: c.pdf
"""


def test_each_wrong_value_is_one_melding_and_only_it_is_left_out() -> None:
    parsed = parse_text(REGISTER, "register/x.yaml")
    kept = validate_keeping(RegisterFile, parsed.data, parsed.source)
    assert kept.value is not None
    # a's date and c's unknown field are left out; b without a title cannot stand
    assert [(d.id, d.date, d.path) for d in kept.value.documents] == [
        ("a", None, "a.pdf"),
        ("c", None, "c.pdf"),
    ]
    assert [(p.line, p.column, p.code) for p in kept.problems] == [
        (5, 11, "SWL107"),
        (7, 12, "SWL103"),
        (11, 5, "SWL106"),
    ]
    # each about the field it names, the same in every language (what a waiver matches)
    assert [p.subject for p in kept.problems] == [
        "documents[1].date",
        "documents[2].title",
        "documents[3].colour",
    ]
    assert kept.was_repaired("documents", 0, "date")
    assert kept.was_repaired("documents", 1)
    assert not kept.was_repaired("documents", 2, "path")


def test_the_kept_model_is_located_in_the_files_own_numbering() -> None:
    parsed = parse_text(REGISTER, "register/x.yaml")
    kept = validate_keeping(RegisterFile, parsed.data, parsed.source)
    # c is the second document kept, and the third of the file (line 9)
    assert kept.source.locate(("documents", 1, "id")) == (9, 9)
    assert parsed.source.locate(("documents", 1, "id")) == (6, 9)


def test_a_policy_can_put_a_value_in_the_place_of_a_wrong_one() -> None:
    def title_from_id(loc: LocTuple, kind: str, data: object) -> Repair | None:
        if loc[-1:] == ("title",) and isinstance(data, dict):
            document = data["documents"][loc[1]]
            return Replace(loc, str(document["id"]))
        return Drop(loc) if loc else None

    parsed = parse_text(REGISTER, "register/x.yaml")
    kept = validate_keeping(RegisterFile, parsed.data, parsed.source, title_from_id)
    assert kept.value is not None
    assert [(d.id, d.title) for d in kept.value.documents] == [("a", "A"), ("b", "b"), ("c", "C")]
    assert len(kept.problems) == 3


def test_a_file_that_is_wrong_as_a_whole_keeps_nothing() -> None:
    parsed = parse_text("- just\n- a list\n", "register/x.yaml")
    kept = validate_keeping(RegisterFile, parsed.data, parsed.source)
    assert kept.value is None
    assert [(p.line, p.code) for p in kept.problems] == [(1, "SWL103")]


def test_a_valid_file_is_kept_as_it_is() -> None:
    parsed = parse_text("documents:\n  - {id: a, title: A, path: a.pdf}\n", "r.yaml")
    kept = validate_keeping(RegisterFile, parsed.data, parsed.source)
    assert kept.value is not None and kept.problems == [] and kept.repaired == ()
    assert kept.source is parsed.source


def test_the_data_read_is_validated_as_it_is_and_repaired_only_in_a_copy() -> None:
    # A valid file is validated without a copy of its data (#14, the benchmark); the repairs of
    # a wrong one never reach the data as it was read (which locating a melding reads again).
    parsed = parse_text(REGISTER, "register/x.yaml")
    before = repr(parsed.data)
    kept = validate_keeping(RegisterFile, parsed.data, parsed.source)
    assert len(kept.problems) == 3
    assert repr(parsed.data) == before
    valid = parse_text("documents:\n  - id: a\n    title: A\n    path: a.pdf\n", "register/y.yaml")
    again = validate_keeping(RegisterFile, valid.data, valid.source)
    assert again.value is not None and not again.problems and not again.repaired
    assert again.value.documents[0].id == "a"
