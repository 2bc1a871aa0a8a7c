"""The HTML dossier's finalize masks and escapes each text once per run (#14), giving the mask's
own answer for every text; the mask gives printable ASCII without a digit back as it is (its
short way for most titles and names), with or without known BSNs."""

from __future__ import annotations

import string
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup, escape

from swlabel.doors import mask
from swlabel.doors.mask import Mask
from swlabel.i18n import Translator
from swlabel.output import templating

KNOWN = frozenset({"123456782", "011234566", "999999990"})
PRINTABLE_WITHOUT_DIGITS = "".join(
    char for char in map(chr, range(0x20, 0x7F)) if char not in string.digits
)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=PRINTABLE_WITHOUT_DIGITS, max_size=300))
def test_the_mask_gives_printable_ascii_without_digits_back(text: str) -> None:
    for known in (frozenset(), KNOWN):
        assert Mask(known).line(text) == text
        assert Mask(known).block(text) == text


TEXTS = st.lists(
    st.sampled_from(
        [*"ab -.:/\t\n\r0123456789", "\u00a0", "\u200b", "\x07", "\x85", "é", "123456782", "€"]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_finalize_masks_every_other_text_as_the_mask_does(text: str) -> None:
    token = mask._CURRENT.set(Mask(KNOWN))
    try:
        expected = (
            mask.current().block(text)
            if "\n" in text or "\r" in text
            else (mask.current().line(text))
        )
        assert templating._mask_text(text) == expected
    finally:
        mask._CURRENT.reset(token)


def test_a_shown_title_with_a_known_number_is_still_masked() -> None:
    token = mask._CURRENT.set(Mask(KNOWN))
    try:
        assert templating._mask_text("Brief 123456782") == "Brief *********"
        assert templating._mask_text("Brief aan de gemeente") == "Brief aan de gemeente"
    finally:
        mask._CURRENT.reset(token)


def test_a_text_shown_after_rendered_html_of_the_same_characters_is_escaped(
    tmp_path: Path,
) -> None:
    # Texts are masked once by their characters: rendered HTML (Markup) with the characters
    # of a text shown later must not make that text come back as HTML.
    (tmp_path / "report").mkdir()
    (tmp_path / "report" / "x.html.j2").write_text("{{ html }}|{{ text }}", encoding="utf-8")
    environment = templating.report_environment(Translator("nl"), tmp_path)
    template = environment.get_template("report/x.html.j2")
    shown = template.render(html=Markup("<b>vet</b> 1"), text="<b>vet</b> 1")
    assert shown == "<b>vet</b> 1|&lt;b&gt;vet&lt;/b&gt; 1"
    shown = template.render(html=Markup("<i>schuin</i>"), text="<i>schuin</i>")
    assert shown == "<i>schuin</i>|&lt;i&gt;schuin&lt;/i&gt;"
    assert type(templating.shown("<i>schuin</i>")) is str


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40) | st.lists(st.sampled_from([*"&<>'\"a1 "])).map("".join))
def test_the_html_dossier_escapes_a_text_as_markupsafe_does(text: str) -> None:
    # A text without one of the characters escape replaces is shown without asking it.
    token = mask._CURRENT.set(Mask(KNOWN))
    try:
        assert templating._mask_and_escape(text) == str(escape(templating._mask_text(text)))
        assert type(templating._mask_and_escape(text)) is str
    finally:
        mask._CURRENT.reset(token)


def test_markupsafe_escapes_five_characters() -> None:
    changed = [chr(code) for code in range(0x3000) if str(escape(chr(code))) != chr(code)]
    assert changed == ['"', "&", "'", "<", ">"]
