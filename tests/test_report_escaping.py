"""The dossier shows every text the organisation wrote as what it says (issue #12, classes 2,
3 and 8): escaped for the place it lands in the Markdown dossier, autoescaped in the HTML one,
masked in every format, links only to safe targets that open the file they name, CSV cells
that no spreadsheet runs, and own templates that cannot read through a link or crash swlabel.

The Markdown is checked the way a reader sees it: rendered by markdown-it-py with raw HTML
allowed, as GitHub or GitLab would show the file.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from conftest import Result, evidence, run_git
from swlabel.output.links import is_safe_target
from swlabel.output.markdown import to_safe_markdown
from swlabel.output.report_formats import csv_cell
from swlabel.output.templating import md_cell, md_code, md_link_target, md_link_text, md_text

Repo = Callable[..., Path]
Run = Callable[..., Result]
TEMPLATES = Path(__file__).resolve().parents[1] / "templates"

# How a reader's viewer shows the Markdown dossier: GitHub's flavour, raw HTML passed on.
VIEWER = MarkdownIt("gfm-like", {"html": True, "linkify": False})


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend((name, value or "") for name, value in attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    @property
    def links(self) -> list[str]:
        return [value for name, value in self.attrs if name in ("href", "src")]


def page(html: str) -> _Page:
    parsed = _Page()
    parsed.feed(html)
    return parsed


def assert_safe_html(html: str) -> _Page:
    """No script, no raw image, no event handler, and every link relative or http(s)/mailto."""
    parsed = page(html)
    assert "script" not in parsed.tags
    assert "img" not in parsed.tags
    assert not [name for name, _ in parsed.attrs if name.startswith("on")]
    for link in parsed.links:
        scheme = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*):", link)
        assert scheme is None or scheme.group(1).lower() in ("http", "https", "mailto"), link
        assert is_safe_target(link), link
    return parsed


def shown_markdown(markdown: str) -> _Page:
    """MARKDOWN as a reader's viewer renders it, checked for raw HTML and unsafe links."""
    html = VIEWER.render(markdown)
    assert "<script" not in html
    assert "<img" not in html
    assert not re.search(r"<[^>]*\son\w+\s*=", html)
    return assert_safe_html(html)


# --- the five filters ----------------------------------------------------------------------

HOSTILE = [
    "register/x`<img src=x onerror=alert(1)>`.yaml",
    "<script>alert(1)</script>",
    "[klik](javascript:alert(1))",
    "[r]: javascript:alert(1)",
    "&#106;avascript:alert(1) &lt;b&gt; &amp;",
    "``` code fence",
    "# kop",
    "1. lijst",
    "- lijst",
    "> citaat",
    "=== onderstreept",
    "a | b | c",
    "*vet* _schuin_ ~~weg~~ **sterk**",
    "einde met backslash \\",
    "Welkom!",
    "!",
    "<https://evil.example>",
    "a\nb\n# kop",
]

WORDS = st.lists(
    st.sampled_from([*"ab <>[]()!*_`#&;:/|\\~=-+.\"'\t\n", "&#106;", "&lt;", "1.", "ë"]),
    max_size=30,
).map("".join)


def _plain(value: str) -> str:
    return " ".join(value.split())


def _paragraph_text(markdown: str) -> str:
    tokens = VIEWER.parse(markdown)
    inline = [token for token in tokens if token.type == "inline"]
    assert len(inline) == 1, markdown
    assert all(token.type == "inline" or token.type.startswith("paragraph") for token in tokens)
    children = inline[0].children or []
    assert {child.type for child in children} <= {"text", "softbreak"}, markdown
    return "".join(child.content for child in children)


@pytest.mark.parametrize("value", HOSTILE)
def test_md_text_shows_the_text_as_written(value: str) -> None:
    assert _paragraph_text(md_text(value)) == _plain(value)


@settings(max_examples=300, deadline=None)
@given(WORDS)
def test_md_text_shows_any_text_as_written(value: str) -> None:
    if _plain(value):
        assert _paragraph_text(md_text(value)) == _plain(value)


@settings(max_examples=200, deadline=None)
@given(WORDS)
def test_md_cell_keeps_its_cell(value: str) -> None:
    tokens = VIEWER.parse(f"| a | b |\n|---|---|\n| {md_cell(value)} | x |\n")
    cells = [token for token in tokens if token.type == "inline"]
    assert len(cells) == 4
    assert cells[3].content == "x"
    assert {child.type for child in cells[2].children or []} <= {"text"}
    assert "".join(child.content for child in cells[2].children or []) == _plain(value)


@pytest.mark.parametrize("value", [*HOSTILE, "a`b", "``x``", "`", "a|b"])
def test_md_code_shows_the_text_as_written(value: str) -> None:
    shown = page(VIEWER.render(f"| {md_code(value)} |\n|---|\n"))
    assert "".join(shown.text).strip() == _plain(value)
    shown = page(VIEWER.render(md_code(value)))
    assert "".join(shown.text).strip() == _plain(value)
    assert "img" not in shown.tags and "script" not in shown.tags


@pytest.mark.parametrize("value", HOSTILE)
def test_md_link_text_and_target(value: str) -> None:
    markdown = f"[{md_link_text(value)}]({md_link_target('documenten/' + value)})"
    tokens = VIEWER.parse(markdown)[1].children or []
    assert [token.type for token in tokens][:1] == ["link_open"]
    assert "".join(t.content for t in tokens if t.type == "text") == _plain(value)
    href = str(tokens[0].attrs["href"])
    assert unquote(href) == "documenten/" + _plain(value)


@pytest.mark.parametrize(
    "target",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "\x01javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "&#106;avascript:alert(1)",
        "data&colon;text/html,x",
        "java&Tab;script:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:x",
        "file:///etc/passwd",
    ],
)
def test_unsafe_targets_link_nowhere(target: str) -> None:
    assert not is_safe_target(target)
    assert md_link_target(target) == "#"
    href = VIEWER.parse(f"[x]({md_link_target(target)})")[1].children[0].attrs["href"]  # type: ignore[index]
    assert href == "#"


# --- a narrative keeps its Markdown and loses its HTML and unsafe links ---------------------

NARRATIVE = """\
# Zo werken wij

<script>alert(1)</script>
<img src=x onerror=alert(2)>

[a](javascript:alert(3)) [b](&#106;avascript:alert(4)) [c](data&colon;text/html,x)
[d](java&Tab;script:alert(5)) [e]( JaVaScRiPt:alert(6)) <javascript:alert(7)>
[f][r] [g][veilig]

[veilig]: https://example.org/beleid?x=1&y=2 "titel"
[r]: javascript:alert(8)

- **Vet** en *schuin* en `code`
- [Beleid](documenten/beleid%20v2.pdf)

| Onderwerp | Hoe |
|---|---|
| Privacy | `a|b` regeling <b>x</b> |

```
<script>in code</script>
```
"""


def test_narrative_keeps_markdown_without_html_or_unsafe_links() -> None:
    markdown = to_safe_markdown(NARRATIVE)
    shown = shown_markdown(markdown)
    assert sorted(shown.links) == [
        "documenten/beleid%20v2.pdf",
        "https://example.org/beleid?x=1&y=2",
    ]
    assert {"h1", "ul", "strong", "em", "code", "table", "pre"} <= set(shown.tags)
    text = "".join(shown.text)
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(2)>" in text
    assert "[a](javascript:alert(3))" in text
    assert "<script>in code</script>" in text
    assert "[r]: javascript:alert(8)" not in markdown  # resolved, not passed on


NARRATIVE_PIECES = st.lists(
    st.sampled_from(
        [
            *"ab <>[]()!*_`#&;:/|\\~=-+.\n ",
            *("javascript:", "data:", "&#106;", "&colon;", "<script>", "onerror=", "[r]: "),
            *("<img ", "](", "    ", "> ", "1. ", "```"),
        ]
    ),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(NARRATIVE_PIECES)
def test_any_narrative_comes_out_safe(text: str) -> None:
    shown_markdown(to_safe_markdown(text))


# --- the dossier, built from hostile files -------------------------------------------------

BSN_TARGETS = ("https://example.org/client?bsn=123456782", "documenten/bsn-111222333.pdf")


def hostile_repo(small_repo: Repo) -> Path:
    extra = (
        "assessed_by: '<script>alert(1)</script>'\n"
        "interviewees: ['x`<img/src=x/onerror=alert(2)>`', 'client-123456782']\n"
        "actions: ['<script>alert(3)</script>']\n"
        "evidence:\n"
        "  - document: '<script>alert(4)</script>'\n"
        "  - document: 'dossier'\n"
        "  - document: 'bsn-123456782'\n"  # unknown, and quoted by its melding
        "  - title: 'Gesprek BSN 123456782'\n    url: https://example.org/g\n"
        "  - title: 'x`<img src=x onerror=alert(5)>`'\n"
        "    kind: 'intake BSN 123456782'\n"
        f"    url: '{BSN_TARGETS[0]}'\n"
        "  - title: Gesprek\n"
        f"    path: '{BSN_TARGETS[1]}'\n"
        "  - title: '[klik](javascript:alert(6))'\n"
        "    url: ' javascript:alert(7)'\n"
    )
    narrative = (
        "[a](&#106;avascript:alert(8)) [b](data&colon;x) [r]\n\n[r]: javascript:alert(9)\n\n"
        "<img src=x onerror=alert(10)> BSN 123456782\n"
    )
    return small_repo(
        {
            "evidence/1.1.md": evidence("1.1", "partially_compliant", extra, narrative),
            "register.yaml": (
                "documents:\n"
                "  - id: dossier\n    title: 'Dossier `<script>alert(11)</script>`'\n"
                "    kind: 'BSN 123456782'\n    owner: '<b>Beheer</b>'\n"
                "    path: 'documenten/notulen #3.pdf'\n"
                "  - id: dossier-123456782\n    title: Register\n    kind: '=1+2'\n"
                "    url: https://example.org/d\n"
            ),
            "improvement-plan.yaml": (
                "actions:\n  - id: VA-1\n    title: '<script>alert(12)</script>'\n"
                "    norms: ['1.1']\n    source: zelfevaluatie\n"
                "    owner: 'x`<img src=x onerror=alert(13)>`'\n    status: open\n"
                "  - id: VA-2\n    title: Bel BSN 123456782\n    norms: ['1.1']\n"
                "    source: zelfevaluatie\n    owner: Team (BSN 123456782)\n    status: open\n"
            ),
            "documenten/notulen #3.pdf": "pdf",
            "documenten/bsn-111222333.pdf": "pdf",
        }
    )


@pytest.fixture
def hostile_reports(small_repo: Repo, run: Run) -> dict[str, str]:
    repo = hostile_repo(small_repo)
    reports = {}
    for fmt in ("html", "md", "json", "csv"):
        target = repo / f"dossier.{fmt}"
        result = run("report", repo, "--as-of", "2026-11-01", "-f", fmt, "-o", target)
        assert result.code == 0, result.err
        reports[fmt] = target.read_text(encoding="utf-8-sig")
    return reports


def test_markdown_dossier_passes_no_raw_html_or_unsafe_link(
    hostile_reports: dict[str, str],
) -> None:
    markdown = hostile_reports["md"]
    shown = shown_markdown(markdown)
    text = " ".join(" ".join(shown.text).split())
    for value in (
        "<script>alert(1)</script>",  # assessed_by
        "x`<img/src=x/onerror=alert(2)>`",  # interviewee
        "<script>alert(3)</script>",  # an unknown action id
        "<script>alert(4)</script>",  # an unknown document id
        "x`<img src=x onerror=alert(5)>`",  # a title
        "[klik](javascript:alert(6))",
        "Dossier `<script>alert(11)</script>`",
        "<b>Beheer</b>",
        "<script>alert(12)</script>",
        "x`<img src=x onerror=alert(13)>`",  # an owner in the plan
        "<img src=x onerror=alert(10)>",  # narrative
    ):
        assert value in text, value
    assert "javascript" not in " ".join(shown.links)


def test_html_dossier_passes_no_raw_html_or_unsafe_link(hostile_reports: dict[str, str]) -> None:
    shown = assert_safe_html(hostile_reports["html"])
    text = "".join(shown.text)
    assert "x`<img src=x onerror=alert(5)>`" in text
    assert "<script>alert(4)</script>" in text


@pytest.mark.parametrize("fmt", ["html", "md", "json", "csv"])
def test_no_bsn_in_any_field_of_any_format(hostile_reports: dict[str, str], fmt: str) -> None:
    """kind, url (also inside the href), path, a register entry's id and kind, interviewees,
    narratives: masked wherever they land."""
    assert "123456782" not in hostile_reports[fmt]
    assert "111222333" not in hostile_reports[fmt]


def test_a_link_that_holds_a_bsn_is_shown_masked_and_not_linked(
    hostile_reports: dict[str, str],
) -> None:
    for html in (hostile_reports["html"], VIEWER.render(hostile_reports["md"])):
        links = page(html).links
        assert not [link for link in links if "bsn" in link.lower()], links
        text = "".join(page(html).text)
        assert "intake BSN *********" in text  # the kind, masked
    data = json.loads(hostile_reports["json"])
    rows = data["report"]["rubrieken"][0]["norms"][0]["evidence"]
    masked = [
        row
        for row in rows
        if row["location"]
        in ("https://example.org/client?bsn=*********", "documenten/bsn-*********.pdf")
    ]
    assert len(masked) == 2
    assert [row["href"] for row in masked] == [None, None]
    assert [row["id"] for row in data["report"]["documents"]] == ["dossier", "dossier-*********"]


@pytest.mark.parametrize("name", ["notulen #3.pdf", "verslag Q1?.pdf", "a%20b.pdf", "ß é.pdf"])
def test_links_open_the_file_they_name(small_repo: Repo, run: Run, name: str) -> None:
    extra = f"evidence:\n  - title: Stuk\n    path: 'documenten/{name}'\n"
    repo = small_repo(
        {
            "evidence/1.1.md": evidence("1.1", "partially_compliant", extra),
            f"documenten/{name}": "pdf",
        }
    )
    for fmt in ("html", "md"):
        target = repo / "uit" / f"dossier.{fmt}"
        assert run("report", repo, "-f", fmt, "-o", target).code == 0
        text = target.read_text(encoding="utf-8")
        html = text if fmt == "html" else VIEWER.render(text)
        links = [link for link in page(html).links if not link.startswith("#")]
        assert len(links) == 1, links
        assert "#" not in links[0] and "?" not in links[0]
        assert (target.parent / unquote(links[0])).resolve() == (repo / "documenten" / name)


def test_csv_cells_are_never_formulas() -> None:
    for value in ("=1+2", "+31 6", "-5", "@SUM(A1)", "\tx", "\rx", " =1+2"):
        assert str(csv_cell(value)).startswith("'"), value
    assert csv_cell("1.1") == "1.1"
    assert csv_cell("Vakmanschap") == "Vakmanschap"
    assert csv_cell(-5) == -5  # a count we made stays a number
    assert csv_cell("BSN 123456782") == "BSN *********"
    assert csv_cell("a\x1b[31mb") == "a\ufffd[31mb"


def test_csv_report_neutralises_every_cell(hostile_reports: dict[str, str]) -> None:
    rows = list(csv.reader(io.StringIO(hostile_reports["csv"]), delimiter=";"))
    assert len(rows) == 4
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), row


# --- every value in the Markdown template goes through one of the five filters -------------

FILTERS = ("md_text", "md_cell", "md_code", "md_link_text", "md_link_target")
# Ours alone: the marker comment and the already-safe narrative (to_safe_markdown).
UNFILTERED = {"marker", 't("report.generated_note", generator=view.generator)', "norm.narrative"}


def test_every_value_in_the_markdown_template_is_escaped_for_its_place() -> None:
    source = (TEMPLATES / "report" / "dossier.md.j2").read_text(encoding="utf-8")
    expressions = re.findall(r"\{\{(.*?)\}\}", source)
    assert len(expressions) > 100
    for written in expressions:
        expression = written.strip()
        if expression in UNFILTERED:
            continue
        assert expression.rsplit("|", 1)[-1].strip() in FILTERS, expression


# --- git tags and commit messages ----------------------------------------------------------


def test_tag_names_and_commit_messages_are_text(small_repo: Repo, run: Run) -> None:
    repo = small_repo()
    run_git(repo, "init", "-q")
    run_git(repo, "add", "-A")
    run_git(repo, "commit", "-qm", "<script>alert(1)</script> [x](javascript:alert(2))")
    run_git(repo, "tag", "v1`<img/src=x/onerror=alert(3)>`")
    run_git(repo, "tag", "bsn-123456782")
    for fmt in ("md", "html"):
        result = run("report", repo, "--history", "--as-of", "2026-11-01", "-f", fmt, "-o", "-")
        assert result.code == 0, result.err
        html = result.out if fmt == "html" else VIEWER.render(result.out)
        text = "".join(assert_safe_html(html).text)
        assert "<script>alert(1)</script> [x](javascript:alert(2))" in text
        assert "123456782" not in result.out


# --- own templates -------------------------------------------------------------------------


def own_template(folder: Path, text: str, name: str = "dossier.md.j2") -> Path:
    (folder / "report").mkdir(parents=True, exist_ok=True)
    (folder / "report" / name).write_text(text, encoding="utf-8")
    return folder


def test_own_template_output_is_masked(small_repo: Repo, run: Run, tmp_path: Path) -> None:
    repo = hostile_repo(small_repo)
    templates = own_template(
        tmp_path / "eigen",
        "{{ marker }}\n{% for r in view.rubrieken %}{% for n in r.norms %}"
        "{{ n.evidence }}\n{{ n.interviewees | join(', ') }}\n"
        "{{ n.evidence[2].kind if n.evidence }}\n"
        "{{ n.narrative | safe }}\n{% endfor %}{% endfor %}{{ view.documents }}\n",
    )
    result = run("report", repo, "-f", "md", "-o", "-", "--template-dir", templates)
    assert result.code == 0, result.err
    assert "123456782" not in result.out
    assert "intake BSN *********" in result.out


def test_own_template_through_a_link_is_refused(run: Run, small_repo: Repo, tmp_path: Path) -> None:
    secret = tmp_path / "geheim.txt"
    secret.write_text("root:x:0:0\n", encoding="utf-8")
    templates = tmp_path / "huisstijl"
    (templates / "report").mkdir(parents=True)
    (templates / "report" / "dossier.css").symlink_to(secret)
    result = run("report", small_repo(), "-o", "-", "--template-dir", templates)
    assert result.code == 2
    assert "root:x" not in result.out
    assert result.err.startswith("swlabel: eigen template report/dossier.css: is een link")


def test_own_template_folder_through_a_link_is_refused(
    run: Run, small_repo: Repo, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    (elsewhere / "dossier.md.j2").write_text("{{ 'uit de link' }}", encoding="utf-8")
    templates = tmp_path / "huisstijl"
    templates.mkdir()
    (templates / "report").symlink_to(elsewhere)
    result = run("report", small_repo(), "-f", "md", "-o", "-", "--template-dir", templates)
    assert result.code == 2
    assert "uit de link" not in result.out
    assert "is een link" in result.err


def test_own_template_that_is_a_named_pipe_is_refused(
    run: Run, small_repo: Repo, tmp_path: Path
) -> None:
    templates = tmp_path / "huisstijl"
    (templates / "report").mkdir(parents=True)
    import os

    os.mkfifo(templates / "report" / "dossier.md.j2")
    result = run("report", small_repo(), "-f", "md", "-o", "-", "--template-dir", templates)
    assert result.code == 2
    assert "geen gewoon bestand" in result.err


@pytest.mark.parametrize(
    ("template", "where", "detail"),
    [
        ("{% for i in range(10**9) %}{% endfor %}", "report/dossier.md.j2:1", "too large"),
        (
            "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
            "report/dossier.md.j2:1",
            "more than a million times",
        ),
        ("{{ ''|center(20000000000) }}", "report/dossier.md.j2:1", "too large a number"),
        ("\n{{ ''.ljust(20000000000) }}", "report/dossier.md.j2:2", "too large a number"),
        ("{{ [1]|batch(10**9)|list }}", "report/dossier.md.j2:1", "too large a number"),
        (
            "{% macro m() %}{{ m() }}{% endmacro %}\n{{ m() }}",
            "report/dossier.md.j2:1",
            "roept zichzelf steeds opnieuw aan",
        ),
        ("a\n{% include 'report/dossier.md.j2' %}", "report/dossier.md.j2:2", "zichzelf"),
        ("\n\n{{ 1 / 0 }}", "report/dossier.md.j2:3", "ZeroDivisionError"),
        ("{{ 'x' * 10**9 }}", "report/dossier.md.j2:1", "too long"),
        ("{{ 2 ** 100000 }}", "report/dossier.md.j2:1", "too large"),
        ("{% if %}", "report/dossier.md.j2:1", "Expected an expression"),
    ],
)
def test_a_broken_own_template_is_a_template_error(
    run: Run, small_repo: Repo, tmp_path: Path, template: str, where: str, detail: str
) -> None:
    templates = own_template(tmp_path / "eigen", template)
    result = run("report", small_repo(), "-f", "md", "-o", "-", "--template-dir", templates)
    assert result.code == 2, result.err
    assert result.err.startswith(f"swlabel: eigen template {where}: "), result.err
    assert detail in result.err
    assert "Traceback" not in result.err


def test_an_own_html_templates_include_is_escaped_whatever_its_name(
    run: Run, small_repo: Repo, tmp_path: Path
) -> None:
    """Autoescaping went by the file name (*.html.j2): an own template's include named
    part.html, or a stylesheet with an expression, let a title's HTML through (review). In an
    HTML dossier every template is escaped, and a narrative shown '| safe' there is rendered
    Markdown, not its source."""
    repo = small_repo(
        {
            "evidence/1.1.md": evidence(
                "1.1", "compliant", body="\n<script>alert(2)</script> en *nadruk*\n"
            )
        }
    )
    templates = tmp_path / "huisstijl" / "report"
    templates.mkdir(parents=True)
    (templates / "dossier.html.j2").write_text('{% include "report/part.html" %}', encoding="utf-8")
    (templates / "part.html").write_text(
        "{% for rubriek in view.rubrieken %}{% for norm in rubriek.norms %}"
        "<p>{{ '<script>alert(1)</script>' }}</p><div>{{ norm.narrative | safe }}</div>"
        "{% endfor %}{% endfor %}",
        encoding="utf-8",
    )
    result = run("report", repo, "-o", "-", "--template-dir", templates.parent)
    assert result.code == 0, result.err
    assert "<script>" not in result.out
    assert "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>" in result.out
    assert "<em>nadruk</em>" in result.out
