"""swlabel report: the dossier's real content in Markdown and HTML."""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest
from markdown_it import MarkdownIt

from conftest import CONFIG, EXAMPLE, Result, evidence

Repo = Callable[..., Path]
Run = Callable[..., Result]


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.links: list[str] = []
        self.tags: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        for name, value in attrs:
            if name == "id" and value:
                self.ids.append(value)
            if name in ("href", "src") and value:
                self.links.append(value)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(text: str) -> _Collector:
    collector = _Collector()
    collector.feed(text)
    return collector


def markdown_text(markdown: str) -> str:
    """What a reader sees of MARKDOWN (rendered as GitHub would, raw HTML allowed), as one
    line of text."""
    html = MarkdownIt("gfm-like", {"html": True, "linkify": False}).render(markdown)
    return " ".join(" ".join(parse_html(html).text).split())


@pytest.fixture(scope="module")
def example_reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    from swlabel.cli.app import main

    out = tmp_path_factory.mktemp("report")
    texts = {}
    for fmt in ("md", "html"):
        target = out / f"dossier.{fmt}"
        code = main(
            [
                "report",
                str(EXAMPLE),
                "--as-of",
                "2026-11-01",
                "--format",
                fmt,
                "--output",
                str(target),
            ]
        )
        assert code == 0
        texts[fmt] = target.read_text(encoding="utf-8")
    texts["dir"] = str(out)
    return texts


def test_markdown_dossier_of_the_example(example_reports: dict[str, str]) -> None:
    text = example_reports["md"]
    assert text.startswith("<!-- swlabel-dossier:")
    assert "# Kwaliteitsdossier Stichting Welzijn Dalwijk" in text
    assert "| Normenset | Normen Kwaliteitslabel Sociaal Werk (versie 2019-05-29) |" in text
    assert "| Peildatum | 2026-11-01 |" in text
    assert "| Volgende toetsing | 2027-03-16 |" in text
    assert "| [1 Vakmanschap](#rubriek-1) | 12/15 | 80% | 32/34 | 94% |" in text
    assert "| **Totaal** | **41/47** | **87%** | **149/155** | **96%** |" in text
    assert "| voldoet | 12 | 9 | 17 | 38 |" in text
    assert text.count("### Norm ") == 49
    assert "### Norm 1.14: voldoet niet" in text
    assert "### Norm 2.11: niet van toepassing" in text
    assert "Het Copyright op de normen berust bij Sociaal Werk Nederland." in text
    # norm text, verbatim from the norm set
    assert "> De organisatie stelt vast dat wat nodig is voor een veilige, bedrijfszekere," in text
    # an uncovered aspect of a partially compliant norm
    section = text.split('<a id="norm-1-12"></a>')[1].split("<a id=")[0]
    assert "- ✗ " in section
    assert "*geen geldig bewijs*" in section
    assert "VA-2026-01" in section


def test_markdown_links_work_from_the_report_location(example_reports: dict[str, str]) -> None:
    text = example_reports["md"]
    links = re.findall(r"\]\(([^)#]+)\)", text)
    assert links
    base = Path(example_reports["dir"])
    local = [link for link in links if not link.startswith("http")]
    assert local
    for link in local:
        assert (base / unquote(link)).resolve().is_file(), link


def test_html_dossier_is_self_contained_with_anchors(example_reports: dict[str, str]) -> None:
    text = example_reports["html"]
    page = parse_html(text)
    assert "script" not in page.tags
    assert not [
        link for link in page.links if link.startswith(("//", "http")) and "example" not in link
    ]
    assert "<link" not in text
    norm_ids = [ident for ident in page.ids if ident.startswith("norm-")]
    assert len(norm_ids) == 49
    assert {"norm-1-1", "norm-1-10", "norm-3-23", "samenvatting", "rubriek-3"} <= set(page.ids)
    assert {f"#{ident}" for ident in norm_ids} <= set(page.links)
    body = " ".join(" ".join(page.text).split())
    assert "Kwaliteitsdossier Stichting Welzijn Dalwijk" in body
    assert "41/47" in body
    assert "@media print" in text
    assert "size: A4;" in text.split("@page {")[1]


def test_html_renders_narrative_markdown(example_reports: dict[str, str]) -> None:
    text = example_reports["html"]
    section = text.split('id="norm-3-17"')[1].split("</article>")[0]
    assert "<table>" in section
    assert "<td>Privacy / AVG</td>" in section


def test_report_is_deterministic(run: Run, tmp_path: Path) -> None:
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    run("report", EXAMPLE, "--as-of", "2026-11-01", "--output", first)
    run("report", EXAMPLE, "--as-of", "2026-11-01", "--output", second)
    assert first.read_bytes() == second.read_bytes()


def test_english_report(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "d.md"
    assert (
        run(
            "report", EXAMPLE, "--as-of", "2026-11-01", "-f", "md", "-o", target, "--lang", "en"
        ).code
        == 0
    )
    text = target.read_text(encoding="utf-8")
    assert "# Quality dossier Stichting Welzijn Dalwijk" in text
    assert "### Norm 1.14: non-compliant" in text
    assert "| Reference date | 2026-11-01 |" in text


def test_report_includes_meldingen_and_still_writes(small_repo: Repo, run: Run) -> None:
    repo = small_repo({"evidence/1.1.md": evidence("1.1", status="compliant")})
    target = repo / "dossier.md"
    result = run("report", repo, "--format", "md", "--output", target)
    assert result.code == 0
    assert "2 meldingen" in result.out
    text = target.read_text(encoding="utf-8")
    assert (
        "| `evidence/1.1.md:3:9` | SWL301 | norm 1.1 staat op voldoet maar heeft geen bewijs;"
        in text
    )


def test_untrusted_narrative_and_fields_are_neutralised(small_repo: Repo, run: Run) -> None:
    extra = (
        'assessed_by: "<script>alert(1)</script>"\n'
        "evidence:\n"
        '  - title: "<img src=x onerror=alert(2)>"\n'
        "    url: javascript:alert(3)\n"
    )
    body = (
        "<script>alert(4)</script>\n\n"
        "[klik](javascript:alert(5)) [data](data:text/html;base64,PHNjcmlwdD4=)\n\n"
        '<a href="https://evil.example" onclick="alert(6)">x</a>\n'
    )
    repo = small_repo({"evidence/1.1.md": evidence("1.1", "partially_compliant", extra, body)})
    target = repo / "dossier.html"
    assert run("report", repo, "--output", target).code == 0
    text = target.read_text(encoding="utf-8")
    page = parse_html(text)
    assert "script" not in page.tags
    assert "img" not in page.tags
    assert not [link for link in page.links if link.lower().startswith(("javascript:", "data:"))]
    assert "onclick" not in text.replace("onclick=&#34;", "").replace("onclick=&quot;", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text


def test_report_refuses_to_overwrite_a_file_it_did_not_make(small_repo: Repo, run: Run) -> None:
    repo = small_repo()
    target = repo / "notities.md"
    target.write_text("Mijn notities\n", encoding="utf-8")
    result = run("report", repo, "--format", "md", "--output", target)
    assert result.code == 2
    assert "bestaat al en is niet door swlabel gemaakt" in result.err
    assert target.read_text(encoding="utf-8") == "Mijn notities\n"
    assert run("report", repo, "--format", "md", "--output", target, "--force").code == 0
    assert target.read_text(encoding="utf-8").startswith("<!-- swlabel-dossier")
    # its own earlier output may be replaced without --force
    assert run("report", repo, "--format", "md", "--output", target).code == 0


def test_report_to_stdout(small_repo: Repo, run: Run) -> None:
    result = run("report", small_repo(), "--format", "md", "--output", "-")
    assert result.code == 0
    assert result.out.startswith("<!-- swlabel-dossier")
    assert "# Kwaliteitsdossier Stichting Test" in result.out


def test_report_default_output_name(
    small_repo: Repo, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = small_repo()
    monkeypatch.chdir(repo)
    assert run("report").code == 0
    assert (repo / "dossier.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_report_masks_a_bsn(small_repo: Repo, run: Run) -> None:
    body = "Cliënt met BSN 123456782 is doorverwezen.\n"
    extra = "evidence:\n  - title: Intake BSN 123.456.782\n    url: https://example.org\n"
    repo = small_repo({"evidence/1.1.md": evidence("1.1", "partially_compliant", extra, body)})
    for fmt in ("html", "md"):
        target = repo / f"dossier.{fmt}"
        assert run("report", repo, "--format", fmt, "--output", target).code == 0
        text = target.read_text(encoding="utf-8")
        assert "123456782" not in text.replace("SWL501", "")
        assert "123.456.782" not in text
        shown = markdown_text(text) if fmt == "md" else " ".join(parse_html(text).text)
        assert "BSN *********" in shown
        assert "Intake BSN ***.***.***" in shown
        assert "SWL501" in text  # the melding itself is listed, without the number


def test_no_bsn_reaches_any_part_of_the_report(small_repo: Repo, run: Run) -> None:
    """A BSN in every kind of text the organisation writes: the register, the plan, a
    verbeterpunt, what expires before the toetsing, interviewees and the meldingen that quote
    a title. No format of the report shows the number."""
    config = CONFIG + "next_audit: 2027-03-16\n"
    extra = (
        "interviewees: [client-bsn-123456782]\n"
        "evidence:\n  - document: dossier-bsn\n"
        "  - title: Intake BSN 123456782\n    url: https://example.org\n"
        "    valid_until: 2027-01-01\n"
    )
    repo = small_repo(
        {
            "swlabel.yaml": config,
            "evidence/1.1.md": evidence("1.1", "partially_compliant", extra, "Zo doen wij het.\n"),
            "register.yaml": (
                "documents:\n  - id: dossier-bsn\n    title: Dossier BSN 123456782\n"
                "    owner: Beheer (BSN 123456782)\n    url: https://example.org/d\n"
                "    date: 2026-01-01\n    valid_until: 2027-02-01\n    review_date: 2027-01-15\n"
            ),
            "improvement-plan.yaml": (
                "actions:\n  - id: VA-1\n    title: Bel BSN 123456782 terug\n"
                "    norms: ['1.1']\n    source: toetsing\n    improvement_point: VP-1\n"
                "    owner: Team (BSN 123456782)\n    due: 2027-01-31\n    status: open\n"
            ),
            "audits/2025-03-12.yaml": (
                "date: 2025-03-12\nroute: peer\npeers: [welzijn-elders]\n"
                "improvement_points:\n  - id: VP-1\n    norms: ['1.1']\n"
                "    description: Dossier van BSN 123456782 opschonen\n    deadline: 2027-02-01\n"
            ),
        }
    )
    for fmt in ("html", "md", "json", "csv"):
        target = repo / f"dossier.{fmt}"
        result = run("report", repo, "--as-of", "2026-11-01", "--format", fmt, "--output", target)
        assert result.code == 0, result.err
        text = target.read_text(encoding="utf-8-sig")
        assert "123456782" not in text, (fmt, text[text.find("123456782") - 200 :][:300])
    html = (repo / "dossier.html").read_text(encoding="utf-8")
    markdown = markdown_text((repo / "dossier.md").read_text(encoding="utf-8"))
    for masked in (
        "Dossier BSN *********",  # register, evidence row, expiry
        "Beheer (BSN *********)",
        "Bel BSN ********* terug",  # plan, expiry, norm's actions
        "Team (BSN *********)",
        "Dossier van BSN ********* opschonen",  # follow-up of the toetsing
        "Intake BSN *********",  # an inline item that expires
        "client-bsn-*********",  # interviewees
    ):
        assert masked in html, masked
        assert masked in markdown, masked


def test_markdown_report_passes_no_raw_html_or_unsafe_link(small_repo: Repo, run: Run) -> None:
    extra = (
        'assessed_by: "<b>Jan</b>"\nevidence:\n'
        '  - title: "<img src=x onerror=alert(1)>"\n    url: https://example.org\n'
    )
    body = (
        "<script>alert(2)</script>\n\n[klik](javascript:alert(3)) <javascript:alert(4)>\n\n"
        "[goed](https://example.org) en `code`\n"
    )
    repo = small_repo({"evidence/1.1.md": evidence("1.1", "partially_compliant", extra, body)})
    text = run("report", repo, "--format", "md", "--output", "-").out
    assert "<script>" not in text
    assert "<img" not in text
    assert "<b>" not in text
    assert "<javascript:" not in text  # shown as text, not a link
    # the narrative's Markdown is kept; its HTML and unsafe links are shown as text
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in text
    assert "\\[klik\\](javascript:alert(3))" in text
    assert "[goed](https://example.org) en `code`" in text
    shown = markdown_text(text)
    assert "<script>alert(2)</script> [klik](javascript:alert(3)) <javascript:alert(4)>" in shown
    assert "<img src=x onerror=alert(1)>" in shown
