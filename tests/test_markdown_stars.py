"""A BSN in a narrative is shown as stars in every dossier, not read as Markdown (issue #12,
found while measuring class 9).

The mask replaces each digit of a BSN by '*' before the narrative is rendered. Read as
Markdown, '*********' alone on a line was a rule, '- *********' a rule in a list item, and
'scan*********a en b*********' emphasis that swallowed the stars. The parser now reads the
mask's stars as the digits they stand for, and every renderer shows them as stars.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from conftest import Result, evidence
from swlabel.doors import mask
from swlabel.output.markdown import _html_parser, narrative_tree, to_html, to_safe_markdown
from swlabel.output.narrative import PLACEHOLDER, MarkdownText

Repo = Callable[..., Path]
Run = Callable[..., Result]
AS_OF = ("--as-of", "2026-11-01")
BSN = "123456782"
STARS = "*" * 9
ESCAPED = "\\*" * 9

# The narrative holds no digit but those of the BSN, so that any digit in a dossier's
# narrative is one that got out.
NARRATIVE = f"""
Verhaal over de cliënt met BSN {BSN}.

{BSN}

Het nummer staat op de volgende regel:
{BSN}

123 456 782

- {BSN}
- 123 456 782

scan{BSN}a en b{BSN} staan in de tekst.

| Cel | Nummer |
| --- | --- |
| Eerste | {BSN} |

## Kop {BSN}

Tekst *nadruk {BSN}* en **vet {BSN}** en [link {BSN}](https://example.org/dossier/{BSN}) en \
`code {BSN}` en <https://example.org/a/{BSN}>.

    ingesprongen {BSN}

```
omheind {BSN}
```

Einde van het verhaal.
"""

HTML = f"""<p>Verhaal over de cliënt met BSN {STARS}.</p>
<p>{STARS}</p>
<p>Het nummer staat op de volgende regel:
{STARS}</p>
<p>*** *** ***</p>
<ul>
<li>{STARS}</li>
<li>*** *** ***</li>
</ul>
<p>scan{STARS}a en b{STARS} staan in de tekst.</p>
<table>
<thead>
<tr>
<th>Cel</th>
<th>Nummer</th>
</tr>
</thead>
<tbody>
<tr>
<td>Eerste</td>
<td>{STARS}</td>
</tr>
</tbody>
</table>
<h2>Kop {STARS}</h2>
<p>Tekst <em>nadruk {STARS}</em> en <strong>vet {STARS}</strong> en \
<a href="https://example.org/dossier/{STARS}">link {STARS}</a> en <code>code {STARS}</code> en \
<a href="https://example.org/a/{STARS}">https://example.org/a/{STARS}</a>.</p>
<pre><code>ingesprongen {STARS}
</code></pre>
<pre><code>omheind {STARS}
</code></pre>
<p>Einde van het verhaal.</p>
"""

MARKDOWN = f"""Verhaal over de cliënt met BSN {ESCAPED}.

{ESCAPED}

Het nummer staat op de volgende regel:
{ESCAPED}

\\*\\*\\* \\*\\*\\* \\*\\*\\*

- {ESCAPED}
- \\*\\*\\* \\*\\*\\* \\*\\*\\*

scan{ESCAPED}a en b{ESCAPED} staan in de tekst.

| Cel | Nummer |
| --- | --- |
| Eerste | {ESCAPED} |

## Kop {ESCAPED}

Tekst *nadruk {ESCAPED}* en **vet {ESCAPED}** en \
[link {ESCAPED}](https://example.org/dossier/{STARS}) en `code {STARS}` en \
[https://example.org/a/{ESCAPED}](https://example.org/a/{STARS}).

```
ingesprongen {STARS}
```

```
omheind {STARS}
```

Einde van het verhaal."""

WORD = [
    f"Verhaal over de cliënt met BSN {STARS}.",
    STARS,
    f"Het nummer staat op de volgende regel: {STARS}",
    "*** *** ***",
    f"•\t{STARS}",
    "•\t*** *** ***",
    f"scan{STARS}a en b{STARS} staan in de tekst.",
    # the table comes here, between the paragraphs
    f"Kop {STARS}",
    f"Tekst nadruk {STARS} en vet {STARS} en link {STARS} en code {STARS} en "
    f"https://example.org/a/{STARS}.",
    f"ingesprongen {STARS}",
    f"omheind {STARS}",
    "Einde van het verhaal.",
]


@pytest.fixture
def dossiers(small_repo: Repo, run: Run) -> dict[str, Path]:
    repo = small_repo({"evidence/1.1.md": evidence("1.1", body=NARRATIVE)})
    made = {}
    for fmt in ("html", "md", "docx"):
        target = repo / f"dossier.{fmt}"
        result = run("report", repo, *AS_OF, "--format", fmt, "-o", target)
        assert result.code == 0, result.err
        made[fmt] = target
    return made


def _between(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end) + len(end)]


def test_html_dossier_shows_the_stars(dossiers: dict[str, Path]) -> None:
    html = dossiers["html"].read_text(encoding="utf-8")
    narrative = _between(html, "<p>Verhaal", "verhaal.</p>\n")
    assert narrative == HTML
    assert not re.search("[0-9]", re.sub("<[^>]*>", "", narrative))
    assert "<hr" not in html


def test_markdown_dossier_shows_the_stars_escaped(dossiers: dict[str, Path]) -> None:
    markdown = dossiers["md"].read_text(encoding="utf-8")
    narrative = _between(markdown, "Verhaal", "verhaal.")
    assert narrative == MARKDOWN
    assert not re.search("[0-9]", narrative)
    # As a reader's viewer shows it: the same page as the HTML dossier, no rule anywhere.
    viewer = MarkdownIt("gfm-like", {"html": True, "linkify": False})
    assert viewer.render(narrative) == HTML


def test_word_dossier_shows_the_stars(dossiers: dict[str, Path]) -> None:
    document = docx.Document(str(dossiers["docx"]))
    texts = [paragraph.text for paragraph in document.paragraphs]
    start = texts.index(WORD[0])
    assert texts[start : start + len(WORD)] == WORD
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Cel")
    assert [[cell.text for cell in row.cells] for row in table.rows] == [
        ["Cel", "Nummer"],
        ["Eerste", STARS],
    ]
    # No emphasis made of the stars: only the words that were bold or in italics are.
    styled = [
        (run.text, bool(run.bold), bool(run.italic))
        for paragraph in document.paragraphs[start : start + len(WORD)]
        for run in paragraph.runs
        if run.bold or run.italic
    ]
    assert styled == [
        (f"Kop {STARS}", True, False),
        (f"nadruk {STARS}", False, True),
        (f"vet {STARS}", True, False),
    ]
    with zipfile.ZipFile(dossiers["docx"]) as archive:
        xml = "".join(archive.read(name).decode("utf-8") for name in archive.namelist())
    assert BSN not in xml and "123 456 782" not in xml


# --- the narrative renderers, one by one ---------------------------------------------------


@pytest.fixture
def known() -> Iterator[None]:
    """The run's mask knows BSN, as after the privacy scan found it in the repository."""
    mask.reset()
    mask.learn([BSN])
    yield
    mask.reset()


@pytest.mark.usefixtures("known")
@pytest.mark.parametrize(
    ("source", "html", "markdown"),
    [
        (BSN, f"<p>{STARS}</p>\n", ESCAPED),
        (f"- {BSN}", f"<ul>\n<li>{STARS}</li>\n</ul>\n", f"- {ESCAPED}"),
        (f"1. {BSN}", f"<ol>\n<li>{STARS}</li>\n</ol>\n", f"1. {ESCAPED}"),
        ("123 456 782", "<p>*** *** ***</p>\n", "\\*\\*\\* \\*\\*\\* \\*\\*\\*"),
        (
            f"scan{BSN}a en b{BSN}",
            f"<p>scan{STARS}a en b{STARS}</p>\n",
            f"scan{ESCAPED}a en b{ESCAPED}",
        ),
        (f"# {BSN}", f"<h1>{STARS}</h1>\n", f"# {ESCAPED}"),
        (f"Kop\n{BSN}", f"<p>Kop\n{STARS}</p>\n", f"Kop\n{ESCAPED}"),
        (f"> {BSN}", f"<blockquote>\n<p>{STARS}</p>\n</blockquote>\n", f"> {ESCAPED}"),
        (f"_{BSN}_", f"<p><em>{STARS}</em></p>\n", f"_{ESCAPED}_"),
        (f"**{BSN}**", f"<p><strong>{STARS}</strong></p>\n", f"**{ESCAPED}**"),
        (f"`{BSN}`", f"<p><code>{STARS}</code></p>\n", f"`{STARS}`"),
        (
            f"[{BSN}](https://a.nl/{BSN})",
            f'<p><a href="https://a.nl/{STARS}">{STARS}</a></p>\n',
            f"[{ESCAPED}](https://a.nl/{STARS})",
        ),
        (
            f'[a](https://a.nl/x "titel {BSN}")',
            f'<p><a href="https://a.nl/x" title="titel {STARS}">a</a></p>\n',
            "[a](https://a.nl/x)",
        ),
        (
            f"<https://a.nl/{BSN}>",
            f'<p><a href="https://a.nl/{STARS}">https://a.nl/{STARS}</a></p>\n',
            f"[https://a.nl/{ESCAPED}](https://a.nl/{STARS})",
        ),
        (
            f"| a |\n| - |\n| {BSN} |",
            f"<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
            f"<td>{STARS}</td>\n</tr>\n</tbody>\n</table>\n",
            f"| a |\n| --- |\n| {ESCAPED} |",
        ),
        (
            f"```{BSN}\n{BSN}\n```",
            f'<pre><code class="language-{STARS}">{STARS}\n</code></pre>\n',
            f"```\n{STARS}\n```",
        ),
        (f"    {BSN}", f"<pre><code>{STARS}\n</code></pre>\n", f"```\n{STARS}\n```"),
    ],
)
def test_each_place_shows_the_stars(source: str, html: str, markdown: str) -> None:
    text = MarkdownText.masked(source)
    assert BSN[:3] not in text
    assert to_html(text) == html
    assert to_safe_markdown(text) == markdown


@pytest.mark.usefixtures("known")
def test_the_narratives_own_stars_stay_markdown() -> None:
    text = MarkdownText.masked(f"***\n\n**vet** {BSN} *schuin*")
    assert text == f"***\n\n**vet** {STARS} *schuin*"
    assert to_html(text) == f"<hr />\n<p><strong>vet</strong> {STARS} <em>schuin</em></p>\n"


@pytest.mark.usefixtures("known")
def test_a_narrative_without_a_masked_number_is_read_as_it_is() -> None:
    text = MarkdownText.masked("Geen nummer, wel *nadruk* en 2026-11-01.\n\n***")
    assert text.for_parser is None
    assert to_html(text) == _html_parser().render(str(text))


def test_a_number_found_by_its_context_alone_is_masked() -> None:
    # Nothing learned: the word 'BSN' on the line before says what the number is.
    mask.reset()
    text = MarkdownText.masked(f"BSN van de cliënt:\n\n{BSN}")
    assert to_html(text) == f"<p>BSN van de cliënt:</p>\n<p>{STARS}</p>\n"


def test_a_placeholder_in_a_plain_text_is_not_taken_for_a_star() -> None:
    # Only a narrative the mask made knows its stars; anything else is left to the mask,
    # which shows the character as U+FFFD.
    assert to_html(f"a{PLACEHOLDER}b") == f"<p>a{PLACEHOLDER}b</p>\n"


# Pieces of a narrative around the BSN: Markdown that the stars could join, and text.
PIECES = st.sampled_from(
    [
        BSN,
        "123 456 782",
        "BSN ",
        "*",
        "**",
        "_",
        "-",
        "- ",
        "+ ",
        "# ",
        "> ",
        "=",
        " ",
        "    ",
        "`",
        "```",
        "~",
        "|",
        "[",
        "](https://a.nl/x)",
        f"](https://a.nl/{BSN})",
        "<https://a.nl/",
        ">",
        "\\",
        "a",
        "scan",
        "\n",
        "\n\n",
    ]
)


class _Shown(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.append(f"<{tag} {sorted(attrs)}>")

    def handle_endtag(self, tag: str) -> None:
        self.seen.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.seen.append(data)


def _shown(html: str) -> list[str]:
    """The tags, attributes and text of HTML, with every digit and star read as '0'."""
    page = _Shown()
    page.feed(re.sub("[0-9*]", "0", html))
    page.close()
    return page.seen


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=14).map("".join))
def test_a_masked_narrative_reads_as_the_narrative_with_stars_for_digits(text: str) -> None:
    mask.reset()
    mask.learn([BSN])
    try:
        masked = MarkdownText.masked(text)
        html = to_html(masked)
        tree = narrative_tree(masked)
        markdown = to_safe_markdown(masked)
    finally:
        mask.reset()
    shown = re.sub("<[^>]*>|%[0-9A-F]{2}", "", html + "\n" + markdown)  # tags, a '%60' we wrote
    assert not re.search("[0-9]", shown)
    assert PLACEHOLDER not in html + markdown
    # The same page as the narrative before the mask, with stars where its digits were.
    assert _shown(html) == _shown(_html_parser().render(text))
    # And no token tells the Word dossier a placeholder.
    for node in tree.walk(include_self=False):
        assert PLACEHOLDER not in node.content
        assert all(PLACEHOLDER not in str(value) for value in node.attrs.values())
