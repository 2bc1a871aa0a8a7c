from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from swlabel.load import yamlio
from swlabel.load.sources import parse_text


def test_scalars_stay_text_so_norm_ids_keep_their_digits() -> None:
    data, duplicates = yamlio.parse(
        "norm: 1.10\nids: [1.1, 1.10, 2.3]\nflag: no\ndate: 2026-02-30\n"
    )
    assert data == {
        "norm": "1.10",
        "ids": ["1.1", "1.10", "2.3"],
        "flag": "no",
        "date": "2026-02-30",
    }
    assert duplicates == []


def test_plain_empty_and_tilde_and_null_are_none_but_quoted_empty_is_text() -> None:
    data, _ = yamlio.parse('a:\nb: ~\nc: null\nd: ""\ne: "null"\n')
    assert data == {"a": None, "b": None, "c": None, "d": "", "e": "null"}


def test_duplicate_keys_are_reported_with_their_line_and_column() -> None:
    text = "norm: '1.1'\nevidence:\n  - title: a\n    title: b\nnorm: '1.2'\n"
    data, duplicates = yamlio.parse(text)
    assert data["norm"] == "1.2"
    assert duplicates == [
        yamlio.DuplicateKey("title", 4, 5),
        yamlio.DuplicateKey("norm", 5, 1),
    ]


def test_a_key_that_is_not_plain_text_is_an_error_at_the_key() -> None:
    for text, position in (("a: 1\n~: 2\n", (2, 1)), ("a: 1\n[x]: 2\n", (2, 1))):
        with pytest.raises(yamlio.YamlSyntaxError) as caught:
            yamlio.parse(text)
        assert (caught.value.line, caught.value.column) == position
        assert caught.value.problem == "a key must be plain text"
    data, _ = yamlio.parse('"~": 1\n')
    assert data == {"~": "1"}


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("- " * 65 + "x\n", 129),  # sequences opened on one line
        ("".join(" " * depth + f"k{depth}:\n" for depth in range(65)) + " " * 65 + "x\n", 65),
    ],
)
def test_block_nesting_deeper_than_the_limit_is_refused_where_it_gets_too_deep(
    text: str, column: int
) -> None:
    with pytest.raises(yamlio.RefusedFeature) as caught:
        yamlio.parse(text)
    assert (caught.value.feature, caught.value.column) == ("depth", column)
    assert yamlio.parse("- " * 63 + "x\n")[0] is not None


def test_syntax_error_has_line_column_and_pyyaml_problem() -> None:
    with pytest.raises(yamlio.YamlSyntaxError) as caught:
        yamlio.parse("status: compliant\nassessed_by: a: b\n")
    assert (caught.value.line, caught.value.column) == (2, 15)
    assert "mapping values are not allowed" in caught.value.problem
    assert (caught.value.hint, caught.value.details) == (
        "colon_in_value",
        (("key", "assessed_by"),),
    )


def test_the_errors_behave_as_exceptions_for_tools_that_handle_them() -> None:
    """Debuggers and test runners set __traceback__ and compare exceptions by identity."""
    for text in ("a: b: c\n", "a: &x 1\n"):
        with pytest.raises((yamlio.YamlSyntaxError, yamlio.RefusedFeature)) as caught:
            yamlio.parse(text)
        error = caught.value
        error.__traceback__ = None
        assert error == error and error != type(error)(*dataclasses.astuple(error))
        assert {error: 1}[error] == 1


def test_tab_indentation_is_a_syntax_error_on_its_line() -> None:
    with pytest.raises(yamlio.YamlSyntaxError) as caught:
        yamlio.parse("evidence:\n\t- title: a\n")
    assert (caught.value.line, caught.value.hint) == (2, "tab")


def test_nul_byte_is_a_syntax_error_with_position() -> None:
    with pytest.raises(yamlio.YamlSyntaxError) as caught:
        yamlio.parse("a: b\nc: d\x00e\n")
    assert (caught.value.line, caught.value.column) == (2, 5)


def test_locate_finds_values_keys_and_falls_back_to_the_parent() -> None:
    text = "norm: '1.1'\nevidence:\n  - title: a\n    date: 2026-02-30\n  - document: x\n"
    assert yamlio.locate(text, ("evidence", 0, "date")) == (4, 11)
    assert yamlio.locate(text, ("evidence", 0, "date"), key=True) == (4, 5)
    assert yamlio.locate(text, ("evidence", 1, "document")) == (5, 15)
    # a missing field points at the mapping that should hold it
    assert yamlio.locate(text, ("evidence", 1, "title")) == (5, 5)
    assert yamlio.locate(text, ("nothing",)) == (1, 1)


def test_front_matter_split_with_crlf_and_offset() -> None:
    text = "---\r\nnorm: '1.1'\r\nstatus: x\r\n---\r\n\r\nHoe wij het doen.\r\n"
    split = yamlio.split_front_matter(text)
    assert split.yaml_text == "norm: '1.1'\nstatus: x\n"
    assert split.body == "Hoe wij het doen.\n"
    assert split.line_offset == 1


@pytest.mark.parametrize(
    ("text", "reason"),
    [("norm: '1.1'\n", "missing"), ("", "missing"), ("---\nnorm: '1.1'\n", "unclosed")],
)
def test_front_matter_errors(text: str, reason: str) -> None:
    with pytest.raises(yamlio.FrontMatterError) as caught:
        yamlio.split_front_matter(text)
    assert caught.value.reason == reason
    assert caught.value.line == 1


def test_front_matter_may_close_with_dots_and_have_an_empty_body() -> None:
    split = yamlio.split_front_matter("---\nnorm: '1.1'\n...\n")
    assert split.yaml_text == "norm: '1.1'\n"
    assert split.body == ""


# --- a large file ---------------------------------------------------------------------------


def test_a_melding_in_a_large_file_is_placed_on_its_line(tmp_path: Path) -> None:
    """A register of 1,200 documents: a value, a missing key's parent and a key are placed on
    their own lines and columns."""
    entries = "".join(
        f"  - id: doc-{index}\n    title: Document {index}\n"
        f"    review_date: 2020-01-0{index % 9 + 1}\n"
        for index in range(1200)
    )
    text = "documents:\n" + entries
    parsed = parse_text(text, "register.yaml")
    yamlio.forget_trees()
    assert parsed.source.locate(("documents", 1000, "review_date")) == (3004, 18)
    assert parsed.source.locate(("documents", 1000, "owner")) == (3002, 5)
    assert parsed.source.locate(("documents", 5, "title"), key=True) == (18, 5)


# --- places recorded while parsing ----------------------------------------------------------

_PLACES_TEXTS = [
    "norm: '1.1'\nevidence:\n  - title: a\n    date: 2026-02-30\n  - document: x\n",
    # duplicate keys: the first one is found, as in the node tree
    "a: 1\nb:\n  - x\n  - [y, {z: 1, z: 2}]\na: 2\n",
    # empty collections, nulls, flow style, a key that is not found among scalar values
    "e: {}\nl: []\nn: ~\nq: 'x'\nf: {k: [1, [2, 3]], m: {}}\nlist:\n- - a\n  - b\n- c\n",
    # multi-line scalars and comments between entries
    "t: |\n  eerste\n  tweede\n# opmerking\nu: >-\n  lang\n  verhaal\nv:\n  w: 1\n",
    "- a\n- b: c\n  d: [e]\n",
    "just text\n",
    "",
]


def _paths(data: object, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every path in DATA, and a few that lead nowhere from each (a missing key, an index past
    the end, a key of a list, an index of a mapping)."""
    found = [prefix, (*prefix, "missing"), (*prefix, 99), (*prefix, 0), (*prefix, -1)]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, (*prefix, index))
    return found


@pytest.mark.parametrize("text", _PLACES_TEXTS)
def test_places_recorded_while_parsing_are_where_the_node_tree_puts_them(text: str) -> None:
    """Every value and key (and the parent of what is missing) is placed where composing the
    text again places it."""
    data, _, places = yamlio.parse_placed(text)
    for path in _paths(data):
        for key in (False, True):
            expected = yamlio.locate(text, path, key=key)
            assert places.locate(path, key=key) == expected, (path, key)


def test_a_parsed_file_is_placed_without_composing_it_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A melding in a parsed file is placed from what parsing recorded: SWL213 alone placed a
    melding in half the evidence files of "large", each composed a second time (#14)."""
    text = "---\nnorm: '1.1'\nevidence:\n  - title: a\n    date: 2026-02-30\n---\nTekst.\n"
    parsed = parse_text(text, "evidence/1.1.md", front_matter=True)

    def composed(_: str) -> None:
        raise AssertionError("the file was composed again")

    monkeypatch.setattr(yamlio, "compose_node", composed)
    assert parsed.source.locate(("evidence", 0, "date")) == (5, 11)
    assert parsed.source.locate(("evidence", 0, "date"), key=True) == (5, 5)
    assert parsed.source.locate(("evidence", 3)) == (4, 3)


def _front_matter_by_lines(text: str) -> yamlio.FrontMatter:
    """split_front_matter as it was written before #14: every line of the file in a list."""
    lines = yamlio.line_break().split(text)
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].rstrip() != "---":
        raise yamlio.FrontMatterError(1, "missing")
    for number, line in enumerate(lines[1:], start=1):
        if line.rstrip() in ("---", "..."):
            yaml_text = "\n".join(lines[1:number]) + "\n"
            body = "\n".join(lines[number + 1 :])
            return yamlio.FrontMatter(yaml_text, body.strip("\n") + "\n" if body.strip() else "", 1)
    raise yamlio.FrontMatterError(1, "unclosed")


# Lines made of the pieces that matter: the markers, white space YAML does not break lines at
# (tab, \v, \f, no-break space) and other text, each followed by a line break YAML counts (or
# by none, at the end).
_LINE = st.lists(
    st.sampled_from(["---", "---", "...", "--", "a: b", " ", "\t", "\v", "\f", "\xa0", "x"]),
    max_size=3,
).map("".join)
# LF most of all: a text with any other break takes another path, and both must be tried.
_BREAK = st.sampled_from(["\n"] * 12 + ["\r\n", "\r", "\x85", "\u2028", "\u2029", "", ""])
# Most texts open with a front matter line, so that most examples look for its end.
_TEXTS = st.tuples(
    st.sampled_from(["---", "---", "--- ", "---\t", "- --", ""]),
    st.lists(st.tuples(_BREAK, _LINE), max_size=6),
    _BREAK,
).map(lambda text: text[0] + "".join(brk + line for brk, line in text[1]) + text[2])


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("---\r\nnorm: '1.1'\r\n---\r\n\r\nHoe wij het doen.\r\n")
@example("---\n---\n")
@example("---\na: b\n---")
@example("---  \nnorm: x\n...\t\n\n\nTekst\n\n")
@example("---\nnorm: x\n--- \u2028Tekst")
def test_front_matter_is_found_as_when_the_file_was_cut_into_lines(text: str) -> None:
    """The closing line is searched for in the text itself (#14): the same split, the same
    line breaks in both parts and the same errors as cutting the whole file into lines."""
    try:
        expected: object = _front_matter_by_lines(text)
    except yamlio.FrontMatterError as error:
        expected = ("error", error.line, error.reason)
    try:
        found: object = yamlio.split_front_matter(text)
    except yamlio.FrontMatterError as error:
        found = ("error", error.line, error.reason)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("a: &x 1\nb: *x\n", (1, 4, "anchor", "x")),
        ("a: 1\nb: &m\n  c: 2\n", (2, 4, "anchor", "m")),
        ("a:\n  - !!python/object:os.system x\n", (2, 5, "tag", "!!python/object:os.system")),
        ("a: !eigen [1, 2]\n", (1, 4, "tag", "!eigen")),
        ("a: [1, {b: !!binary aGk=}]\n", (1, 12, "tag", "!!binary")),
        ("a: 1\nb: *nergens\n", (2, 4, "alias", "nergens")),
        ("[" * 65 + "]" * 65 + "\n", (1, 65, "depth", "64")),
    ],
)
def test_anchors_aliases_tags_and_depth_are_refused_where_they_stand(
    text: str, refused: tuple[int, int, str, str]
) -> None:
    with pytest.raises(yamlio.RefusedFeature) as caught:
        yamlio.parse(text)
    error = caught.value
    assert (error.line, error.column, error.feature, error.name) == refused
