"""The HTML dossier in a real browser: headless Chromium loads the file, runs what it would run,
and we look at the DOM it ends up with, at how it fits a window (measured through selenium at
1024, 1280 and 1440 px and a phone's width), at what it prints (A4, through the report's own
print stylesheet) and at what hostile evidence files manage to do to it (nothing, we hope).

Needs ``chromium`` (or ``chromium-browser``), ``chromedriver`` with the ``selenium`` package, and
poppler's ``pdftotext``/``pdfinfo``; each test is skipped without what it needs. ``.ci/run``
installs them, so in CI these tests run.
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, cast

import pytest
import yaml

from conftest import EXAMPLE, ROOT
from swlabel.cli.app import main

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.wait import WebDriverWait
except ImportError:  # pragma: no cover - the test extra installs it
    webdriver = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver

NORMSET = ROOT / "norms" / "kwaliteitslabel-sociaal-werk-2019.yaml"
AS_OF = "2026-11-01"
ORGANISATION = "Stichting Welzijn Dalwijk"

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PDFTOTEXT = shutil.which("pdftotext")
PDFINFO = shutil.which("pdfinfo")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="needs Chromium ('chromium' or 'chromium-browser' on PATH); .ci/run installs it",
    ),
]
needs_poppler = pytest.mark.skipif(
    PDFTOTEXT is None or PDFINFO is None,
    reason="needs pdftotext and pdfinfo (poppler-utils); .ci/run installs them",
)
needs_webdriver = pytest.mark.skipif(
    webdriver is None or CHROMEDRIVER is None,
    reason="needs selenium (the test extra) and chromedriver (chromium-driver); .ci/run has both",
)

# Headless as root in a container; the background-networking flags keep Chromium from trying
# connections (update checks, sync, QUIC) that are refused here and slow it down.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--virtual-time-budget=2000",
)
TIMEOUT = 60


def chromium(workdir: Path, url: str, *mode: str) -> str:
    """Run headless Chromium once on URL with a fresh profile; its standard output."""
    assert CHROMIUM is not None
    profile = tempfile.mkdtemp(prefix="chromium-profile-", dir=workdir)
    command = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *mode, url]
    # A session of its own, so that a hung run can be ended with all of its helper processes.
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    ) as process:
        try:
            out, err = process.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            pytest.fail(f"chromium did not finish within {TIMEOUT} s: {' '.join(command)}")
    stderr = err.decode("utf-8", "replace")
    assert process.returncode == 0, f"chromium exited with {process.returncode}:\n{stderr[-3000:]}"
    return out.decode("utf-8", "replace")


def tool(*command: str) -> str:
    result = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    assert result.returncode == 0, f"{command[0]} failed:\n{result.stderr}"
    return result.stdout


# --- the DOM, as a small tree --------------------------------------------------------------------

VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "frame",
        "hr",
        "img",
        "input",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)


@dataclass(eq=False)
class Element:
    tag: str
    attrs: list[tuple[str, str]]
    parent: Element | None = None
    children: list[Element | str] = field(default_factory=list)

    def get(self, name: str) -> str | None:
        return next((value for key, value in self.attrs if key == name), None)

    def iter(self) -> Iterator[Element]:
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def find_all(self, tag: str) -> list[Element]:
        return [element for element in self.iter() if element.tag == tag]

    def by_id(self, element_id: str) -> Element | None:
        return next((e for e in self.iter() if e.get("id") == element_id), None)

    def ancestors(self) -> Iterator[Element]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def text(self) -> str:
        """The text content, whitespace collapsed."""
        parts: list[str] = []

        def walk(node: Element) -> None:
            for child in node.children:
                if isinstance(child, str):
                    parts.append(child)
                else:
                    walk(child)

        walk(self)
        return " ".join("".join(parts).split())


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", [])
        self.stack = [self.root]

    def _add(self, tag: str, attrs: list[tuple[str, str | None]]) -> Element:
        parent = self.stack[-1]
        element = Element(tag, [(name, value or "") for name, value in attrs], parent)
        parent.children.append(element)
        return element

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = self._add(tag, attrs)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._add(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(html: str) -> Element:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def title_of(document: Element) -> str:
    """The document's title: the <title> in <head> (an SVG has <title>s of its own)."""
    titles = [
        t for t in document.find_all("title") if t.parent is not None and t.parent.tag == "head"
    ]
    assert len(titles) == 1, f"{len(titles)} <title> elements in <head>"
    return titles[0].text()


def dump_dom(workdir: Path, page: Path) -> tuple[str, Element]:
    dom = chromium(workdir, page.as_uri(), "--dump-dom")
    assert "<body" in dom, f"no DOM from chromium for {page}:\n{dom[:500]}"
    return dom, parse(dom)


# --- the example dossier -------------------------------------------------------------------------


def render(repo: Path, target: Path, *options: str) -> int:
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("SWLABEL_LANG", raising=False)
        return main(["report", str(repo), "--as-of", AS_OF, "--output", str(target), *options])


@pytest.fixture(scope="module")
def norms() -> list[dict[str, str]]:
    normset = yaml.safe_load(NORMSET.read_text(encoding="utf-8"))
    return [{"id": str(norm["id"]), "text": str(norm["text"])} for norm in normset["norms"]]


@pytest.fixture(scope="module")
def example_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("example") / "dossier.html"
    assert render(EXAMPLE, target) == 0
    assert target.is_file()
    return target


@pytest.fixture(scope="module")
def example_dom(example_html: Path) -> tuple[str, Element]:
    return dump_dom(example_html.parent, example_html)


def anchor(norm_id: str) -> str:
    return "norm-" + norm_id.replace(".", "-")


def test_every_norm_is_in_the_dom_with_its_text(
    norms: list[dict[str, str]], example_dom: tuple[str, Element]
) -> None:
    dom, document = example_dom
    assert len(norms) == 49
    assert anchor("1.10") == "norm-1-10"

    for norm in norms:
        article = document.by_id(anchor(norm["id"]))
        assert article is not None, f"no element with id={anchor(norm['id'])!r}"
        assert article.tag == "article", f"#{anchor(norm['id'])} is a <{article.tag}>"
        headings = [e for e in article.iter() if re.fullmatch(r"h[1-6]", e.tag)]
        assert headings, f"norm {norm['id']} has no heading"
        assert re.match(rf"Norm {re.escape(norm['id'])}\b", headings[0].text()), (
            f"norm {norm['id']}: heading {headings[0].text()!r}"
        )
        norm_text = " ".join(norm["text"].split())
        assert norm_text in article.text(), f"norm {norm['id']}: text not shown: {norm_text!r}"
    # And a few by their opening words, written out, in case the norm set itself went wrong.
    for norm_id, opening in [
        ("1.1", "Professionals beschikken over de voor hun werk relevante competenties"),
        ("1.10", "Professionals onderschrijven en zijn ingewerkt in de door de organisatie"),
        ("2.5", "Professionals signaleren risico’s, kritische signalen"),
        ("3.17", "De organisatie voldoet ook aan wet- en regelgeving"),
        ("3.23", "De organisatie verantwoordt zich niet alleen naar haar opdrachtgevers"),
    ]:
        article = document.by_id(anchor(norm_id))
        assert article is not None
        assert opening in article.text(), f"norm {norm_id} does not open with {opening!r}"

    summary = document.by_id("samenvatting")
    assert summary is not None, "no summary section (id='samenvatting')"
    assert "41/47" in summary.text()

    assert "<script" not in dom.lower()
    assert document.find_all("script") == []

    # Anchors must be unique and every in-page link must land somewhere.
    ids = [element.get("id") for element in document.iter() if element.get("id")]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"duplicate ids: {duplicates}"
    dangling = sorted(
        {
            href
            for element in document.iter()
            if (href := element.get("href")) and href.startswith("#") and href[1:] not in ids
        }
    )
    assert not dangling, f"in-page links without a target: {dangling}"


# --- the page: it fits the window -------------------------------------------------------------

DESKTOP_WIDTHS = (1024, 1280, 1440)
PHONE_WIDTH = 375

# What overflows the window at the current width: the page itself (a horizontal scrollbar),
# any table whose right edge is outside the window, and any element that sticks out and is not
# inside a box that scrolls on its own (a table's .wide wrapper, a narrative's table).
MEASURE = """
const root = document.documentElement;
const width = root.clientWidth;
const name = (el) => [el.tagName.toLowerCase(), el.getAttribute('class')].filter(Boolean).join('.')
  + ' ' + JSON.stringify((el.textContent || '').trim().slice(0, 60));
const scrolls = (el) => {
  for (let node = el.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowX;
    if (overflow === 'auto' || overflow === 'scroll') {
      return node.getBoundingClientRect().right <= width + 0.5 ? 'inside' : 'outside';
    }
  }
  return null;
};
const tables = [];
for (const table of document.querySelectorAll('table')) {
  const right = table.getBoundingClientRect().right;
  if (right > width + 0.5) tables.push([Math.round(right), scrolls(table), name(table)]);
}
const sticking = [];
for (const el of document.body.querySelectorAll('*')) {
  if (el.getBoundingClientRect().right > width + 0.5 && scrolls(el) !== 'inside') {
    sticking.push(name(el));
  }
}
const register = document.querySelector('table.register');
const box = register && register.parentElement;
return {inner: window.innerWidth, width: width, scrollWidth: root.scrollWidth,
        tables: tables, sticking: sticking.slice(0, 10),
        register: register && {right: Math.round(register.getBoundingClientRect().right),
                               rows: register.rows.length,
                               box: Math.round(box.getBoundingClientRect().right),
                               boxScrolls: box.scrollWidth > box.clientWidth}};
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    if webdriver is None or CHROMEDRIVER is None:
        pytest.skip("needs selenium (the test extra) and chromedriver (chromium-driver)")
    assert CHROMIUM is not None
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        if flag.startswith("--headless") or flag.startswith("--virtual-time-budget"):
            continue
        options.add_argument(flag)
    options.add_argument("--headless=new")
    # The driver named here, so that selenium never tries to download one.
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(TIMEOUT)
    driver.set_script_timeout(TIMEOUT)
    try:
        yield driver
    finally:
        driver.quit()


def measure(driver: WebDriver, page: Path, width: int) -> dict[str, object]:
    driver.set_window_size(width, 900)
    driver.get(page.as_uri())
    # Measured once the whole page is parsed and its fonts are in (the generated dossier is
    # 1.6 MB; a measure taken earlier saw a register that was not laid out yet).
    WebDriverWait(driver, TIMEOUT).until(
        lambda d: d.execute_script(
            "return document.readyState === 'complete' && document.fonts.status === 'loaded'"
        )
    )
    result: dict[str, object] = driver.execute_script(MEASURE)
    assert result["inner"] == width, f"the window is {result['inner']} px wide, not {width}"
    return result


@pytest.fixture(scope="module")
def dossiers(example_html: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example in Dutch and in English, and a generated organisation with many more norms,
    documents (a long register) and meldingen."""
    folder = tmp_path_factory.mktemp("dossiers")
    english = folder / "dossier-en.html"
    assert render(EXAMPLE, english, "--lang", "en") == 0
    generated = folder / "generated"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "generate.py"),
            str(generated),
            *("--norms", "150", "--documents", "600", "--items", "2400", "--seed", "1"),
        ],
        check=True,
        capture_output=True,
        timeout=TIMEOUT,
    )
    generated_html = folder / "dossier-generated.html"
    render(generated, generated_html)  # exit 1: the generator plants mistakes on purpose
    assert generated_html.is_file()
    return {"nl": example_html, "en": english, "generated": generated_html}


@needs_webdriver
@pytest.mark.parametrize("which", ["nl", "en", "generated"])
def test_the_dossier_fits_a_window_of_1024_px_and_wider(
    browser: WebDriver, dossiers: dict[str, Path], which: str
) -> None:
    """No horizontal scrollbar and no table cut off at the window's edge (the register was 1140
    px wide at 1024, its last two columns out of sight)."""
    for width in DESKTOP_WIDTHS:
        result = measure(browser, dossiers[which], width)
        assert result["scrollWidth"] == result["width"], (
            f"{which} at {width} px: the page is {result['scrollWidth']} px wide in a window "
            f"of {result['width']} px; sticking out: {result['sticking']}"
        )
        assert result["tables"] == [], f"{which} at {width} px: tables past the window"
        assert result["sticking"] == []


@needs_webdriver
@pytest.mark.parametrize("which", ["nl", "en", "generated"])
def test_on_a_phone_only_a_table_scrolls_in_its_own_box(
    browser: WebDriver, dossiers: dict[str, Path], which: str
) -> None:
    result = measure(browser, dossiers[which], PHONE_WIDTH)
    if result["register"] and cast("dict[str, int]", result["register"])["right"] <= PHONE_WIDTH:
        # Once in CI (and twice here, never since) the generated dossier's register measured
        # within the window, in a run as fast as any other: give the layout time to settle,
        # then measure again; the assertions below still hold on what is measured then.
        WebDriverWait(browser, TIMEOUT).until(
            lambda driver: (
                driver.execute_script(
                    "return document.querySelector('table.register').getBoundingClientRect().right"
                )
                > PHONE_WIDTH
            ),
            message=f"{which}: the register stays within a phone's width: {result['register']}",
        )
        result = cast("dict[str, object]", browser.execute_script(MEASURE))
    assert result["scrollWidth"] == result["width"], (
        f"{which} on a phone: the page scrolls sideways ({result['scrollWidth']} px in "
        f"{result['width']}); sticking out: {result['sticking']}"
    )
    assert result["sticking"] == []
    # the register is wider than a phone: it scrolls inside its own box, which fits the window
    register = cast("dict[str, object]", result["register"])
    assert register is not None, f"{which}: no register in the dossier"
    assert cast(int, register["right"]) > PHONE_WIDTH, register
    assert cast(int, register["box"]) <= PHONE_WIDTH, register
    assert register["boxScrolls"] is True, register
    tables = cast("list[list[object]]", result["tables"])
    assert all(table[1] == "inside" for table in tables), tables


@needs_webdriver
def test_a_long_word_scrolls_the_register_not_the_page(browser: WebDriver, tmp_path: Path) -> None:
    """A table too wide for the window whatever the stylesheet does (an owner's name of 63
    letters, a title of 78, neither can break) scrolls inside its box; the page stays put."""
    repo = tmp_path / "repo"
    shutil.copytree(EXAMPLE, repo)
    register = yaml.safe_load((repo / "register/hr.yaml").read_text(encoding="utf-8"))
    register["documents"][0]["owner"] = "Arbeidsomstandigheden" * 3
    register["documents"][0]["title"] = "Klachtenfunctionarisvertrouwenspersonen" * 2
    write_yaml(repo / "register/hr.yaml", register)
    target = tmp_path / "dossier.html"
    render(repo, target)
    result = measure(browser, target, 1024)
    assert result["scrollWidth"] == result["width"], result
    assert result["sticking"] == []
    tables = cast("list[list[object]]", result["tables"])
    # the register, and the evidence tables of the norms that cite the document
    names = {str(table[2]).split(" ")[0] for table in tables}
    assert names == {"table.register", "table.evidence"}, tables
    assert all(table[1] == "inside" for table in tables), tables


# --- the print: A4, every norm, no broken date, no heading alone ------------------------------


@dataclass
class Printed:
    pages: list[str]  # the text of each page, laid out (pdftotext -layout)
    sizes: list[tuple[float, float]]  # each page's width and height in points


@pytest.fixture(scope="module")
def example_pdf(example_html: Path) -> Printed:
    """The example dossier printed once, as Chromium prints it to PDF, for every print test."""
    if PDFTOTEXT is None or PDFINFO is None:
        pytest.skip("needs pdftotext and pdfinfo (poppler-utils)")
    pdf = example_html.with_suffix(".pdf")
    chromium(
        example_html.parent,
        example_html.as_uri(),
        f"--print-to-pdf={pdf}",
        "--no-pdf-header-footer",
    )
    assert pdf.is_file() and pdf.stat().st_size > 0
    info = tool("pdfinfo", str(pdf))
    pages = re.search(r"^Pages:\s+(\d+)$", info, re.MULTILINE)
    assert pages, info
    count = int(pages.group(1))
    sizes = [
        (float(width), float(height))
        for width, height in re.findall(
            r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts",
            tool("pdfinfo", "-f", "1", "-l", str(count), str(pdf)),
            re.MULTILINE,
        )
    ]
    assert len(sizes) == count
    text = tool("pdftotext", "-layout", str(pdf), "-")
    # pdftotext ends every page with a form feed
    texts = text.split("\f")[:count]
    assert len(texts) == count
    return Printed(texts, sizes)


def collapsed(text: str) -> str:
    return " ".join(text.split())


A4 = (595.28, 841.89)  # in points; Chromium rounds to whole CSS pixels (594.96 x 841.92)


@needs_poppler
def test_the_dossier_prints_to_a4_with_every_norm(
    norms: list[dict[str, str]], example_pdf: Printed
) -> None:
    assert 10 < len(example_pdf.pages) < 200, f"{len(example_pdf.pages)} pages"
    portrait = [
        number
        for number, (width, height) in enumerate(example_pdf.sizes, 1)
        if abs(width - A4[0]) < 1.5 and abs(height - A4[1]) < 1.5
    ]
    landscape = [
        number
        for number, (width, height) in enumerate(example_pdf.sizes, 1)
        if abs(width - A4[1]) < 1.5 and abs(height - A4[0]) < 1.5
    ]
    assert len(portrait) + len(landscape) == len(example_pdf.pages), f"not A4: {example_pdf.sizes}"
    assert portrait[0] == 1
    # The appendices (the register's nine columns first) are printed on A4 turned, to the end.
    assert landscape and landscape == list(range(landscape[0], len(example_pdf.pages) + 1))
    appendices = re.compile(r"^\s*Bijlagen\s*$", re.MULTILINE)  # the heading, not the contents
    assert appendices.search(example_pdf.pages[landscape[0] - 1])
    assert not any(appendices.search(page) for page in example_pdf.pages[: landscape[0] - 1])

    text = collapsed(" ".join(example_pdf.pages))
    missing = [n["id"] for n in norms if not re.search(rf"Norm {re.escape(n['id'])}\b", text)]
    assert not missing, f"norm headings missing from the PDF: {missing}"
    assert ORGANISATION in text
    # Printed at the stylesheet's own size: a table wider than the page would make Chromium
    # shrink every page, and the print would need far fewer of them.
    assert all(
        f"{number} / {len(example_pdf.pages)}" in page
        for number, page in enumerate(example_pdf.pages, 1)
    )


# The first part of a date that a line break cut off: '2025-' or '2025-02-' at a line's end or
# before the next column.
BROKEN_DATE = re.compile(r"(?<![\w-])\d{4}-(?:\d{2}-)?(?=\s|$)", re.MULTILINE)
WHOLE_DATE = re.compile(r"(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])")


@needs_poppler
def test_no_date_breaks_over_two_lines_in_print(example_pdf: Printed) -> None:
    broken = [
        (number, line.strip())
        for number, page in enumerate(example_pdf.pages, 1)
        for line in page.splitlines()
        if BROKEN_DATE.search(line)
    ]
    assert not broken, f"dates broken over two lines (page, line): {broken[:10]}"
    # the dossier is full of dates, in tables (register, plan) and in running text (meldingen)
    assert sum(len(WHOLE_DATE.findall(page)) for page in example_pdf.pages) > 300


def headings_and_leads(html: str) -> tuple[set[str], set[str]]:
    """The texts of the dossier's headings, and of the notes that introduce what follows a
    heading (a heading and its note at the foot of a page, the table on the next, is as bad)."""
    document = parse(html)
    headings: set[str] = set()
    leads: set[str] = set()
    for element in document.iter():
        if not re.fullmatch(r"h[1-4]", element.tag) or any(
            a.tag == "svg" for a in element.ancestors()
        ):
            continue
        headings.add(element.text())
        assert element.parent is not None
        siblings = [c for c in element.parent.children if isinstance(c, Element)]
        after = siblings[siblings.index(element) + 1 :]
        if after and after[0].tag == "p" and "note" in (after[0].get("class") or "").split():
            leads.add(after[0].text())
    return headings, leads


@needs_poppler
def test_no_heading_is_left_alone_at_the_foot_of_a_page(
    example_html: Path, example_pdf: Printed
) -> None:
    headings, leads = headings_and_leads(example_html.read_text(encoding="utf-8"))
    assert "Wat verloopt vóór de toetsing" in headings
    assert len(headings) > 60 and leads

    alone = []
    for number, page in enumerate(example_pdf.pages, 1):
        lines = [collapsed(line) for line in page.splitlines() if line.strip()]
        # the page number in the foot margin ('12 / 47') is not the page's content
        if lines and re.fullmatch(r"\d+ / \d+", lines[-1]):
            lines.pop()
        if number == len(example_pdf.pages) or not lines:
            continue
        ending = collapsed(" ".join(lines[-4:]))
        alone += [(number, text) for text in headings | leads if ending.endswith(text)]
    assert not alone, f"pages that end with a heading or its introduction: {alone}"


@needs_poppler
def test_table_headers_repeat_on_every_page_of_the_register(example_pdf: Printed) -> None:
    header = re.compile(r"Document \(soort\)\s+Eigenaar\s+Datum\s+Herzien op\s+Geldig tot")
    with_header = [n for n, page in enumerate(example_pdf.pages, 1) if header.search(page)]
    plan = next(
        n
        for n, page in enumerate(example_pdf.pages, 1)
        if re.search(r"^Verbeterplan$", page, re.MULTILINE)
    )
    assert with_header, "the register's header row is not in the PDF"
    register_pages = list(range(with_header[0], plan))
    assert len(register_pages) >= 2, "the register fits one page: nothing to repeat"
    assert [n for n in register_pages if n not in with_header] == []


# --- hostile evidence ----------------------------------------------------------------------------

PWNED = "PWNED"
SET_TITLE = f"document.title='{PWNED}'"
DATA_HTML = "data:text/html;base64," + base64.b64encode(
    f"<script>parent.{SET_TITLE}</script>".encode()
).decode("ascii")


def payload(field_name: str) -> str:
    """Markup that, if it reached the page unescaped, would change the DOM in a way we see.
    No whitespace, so it also passes for an identifier (interviewees)."""
    return (
        f"XSS-{field_name}\"'></title></textarea></style></script>"
        f"<script>{SET_TITLE}</script>"
        f"<img/src=x/onerror=document.body.setAttribute('data-pwned','{field_name}')>"
        f"<svg/onload={SET_TITLE}>"
        f"<iframe/src=javascript:parent.{SET_TITLE}>"
    )


NARRATIVE = f"""\
Een toelichting met ruwe HTML en gevaarlijke links. XSS-narrative

<script>{SET_TITLE}</script>

<img src=x onerror="document.body.setAttribute('data-pwned','narrative-img')">

<svg onload="{SET_TITLE}"><circle r="5"/></svg>

<iframe src="javascript:parent.{SET_TITLE}"></iframe>
<iframe srcdoc="<script>parent.{SET_TITLE}</script>"></iframe>

<style>body {{ display: none }}</style>

<a href="javascript:{SET_TITLE}">ruwe link</a>
<form action="javascript:{SET_TITLE}"><button>verstuur</button></form>
<meta http-equiv="refresh" content="0;url=javascript:{SET_TITLE}">
<object data="javascript:{SET_TITLE}"></object>
<details open ontoggle="{SET_TITLE}">details</details>

[x](javascript:{SET_TITLE})
[y]({DATA_HTML})
[z](&#x6A;avascript:{SET_TITLE})
[w](jav&#x09;ascript:{SET_TITLE})
[v](  JaVaScRiPt:{SET_TITLE})
[u](vbscript:msgbox(1))
![i](javascript:{SET_TITLE})

<javascript:{SET_TITLE}>
<data:text/html,<script>{SET_TITLE}</script>>

[ref link][ref]

[ref]: javascript:{SET_TITLE}

`<script>{SET_TITLE}</script>` XSS-narrative-end
"""

# Fields that the report shows today; each must show up, escaped, as text.
SHOWN_FIELDS = (
    "organisation",
    "assessed_by",
    "not_applicable_reason",
    "interviewee",
    "item_title",
    "item_kind",
    "register_title",
    "register_kind",
    "register_owner",
    "action_title",
    "action_owner",
    "narrative",
)

# Elements that hostile text could bring in. The clean example may use some (a chart, its
# stylesheet); the hostile one may not have more of them.
RISKY_TAGS = frozenset(
    {
        "script",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "img",
        "image",
        "svg",
        "math",
        "style",
        "link",
        "meta",
        "base",
        "form",
        "input",
        "button",
        "textarea",
        "select",
        "video",
        "audio",
        "source",
        "track",
        "picture",
        "template",
        "noscript",
        "details",
    }
)
URL_ATTRIBUTES = frozenset(
    {
        "href",
        "src",
        "srcset",
        "action",
        "formaction",
        "data",
        "poster",
        "background",
        "xlink:href",
        "ping",
        "cite",
    }
)
BAD_SCHEMES = frozenset({"javascript", "data", "vbscript"})


def write_yaml(path: Path, data: object) -> None:
    path.write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8"
    )


def write_evidence(path: Path, meta: dict[str, object], narrative: str) -> None:
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10_000)
    path.write_text(f"---\n{front}---\n\n{narrative}", encoding="utf-8")


def hostile_repository(root: Path, items: list[dict[str, object]] | None = None) -> Path:
    """The example organisation, with a payload in every field that reaches the page."""
    shutil.copytree(EXAMPLE, root)
    config = yaml.safe_load((root / "swlabel.yaml").read_text(encoding="utf-8"))
    config["organisation"] = payload("organisation")
    write_yaml(root / "swlabel.yaml", config)

    register = yaml.safe_load((root / "register/beleid.yaml").read_text(encoding="utf-8"))
    register["documents"].append(
        {
            "id": "xss-document",
            "title": payload("register_title"),
            "kind": payload("register_kind"),
            "url": f"javascript:{SET_TITLE}",
            "owner": payload("register_owner"),
            "date": dt.date(2026, 1, 1),
        }
    )
    write_yaml(root / "register/beleid.yaml", register)

    plan = yaml.safe_load((root / "improvement-plan.yaml").read_text(encoding="utf-8"))
    plan["actions"].append(
        {
            "id": "VA-2026-99",
            "title": payload("action_title"),
            "description": payload("action_description"),
            "norms": ["1.1"],
            "source": "intern",
            "owner": payload("action_owner"),
            "due": dt.date(2027, 1, 31),
            "status": "open",
        }
    )
    write_yaml(root / "improvement-plan.yaml", plan)

    day = dt.date(2026, 1, 1)
    evidence: list[dict[str, object]] = [
        {"document": "xss-document"},
        {"document": "functiehuis"},
        {"title": payload("item_title"), "kind": payload("item_kind"), "url": "javascript:x"},
        {"title": "Javascript-adres", "kind": "x", "url": f"javascript:{SET_TITLE}"},
        {"title": "Javascript met spaties", "kind": "x", "url": f" \tJaVaScRiPt:{SET_TITLE}"},
        {"title": "Data-adres", "kind": "x", "url": DATA_HTML},
        {"title": "Vbscript-adres", "kind": "x", "url": "vbscript:msgbox(1)"},
        {"title": "Pad met markup", "kind": "x", "path": payload("item_path")},
    ]
    for item in evidence:
        if "title" in item:
            # as text: one shared date object would make PyYAML write an anchor and aliases,
            # which swlabel refuses (SWL110) before anything reaches the page
            item["date"] = day.isoformat()
    write_evidence(
        root / "evidence/1.1.md",
        {
            "norm": "1.1",
            "status": "compliant",
            "assessed_by": payload("assessed_by"),
            "assessed_on": dt.date(2026, 9, 14),
            "evidence": evidence + (items or []),
            "interviewees": [payload("interviewee"), "medewerkers"],
            "actions": ["VA-2026-99"],
        },
        NARRATIVE,
    )
    write_evidence(
        root / "evidence/2.11.md",
        {
            "norm": "2.11",
            "status": "not_applicable",
            "assessed_by": "M. Jansen",
            "assessed_on": dt.date(2026, 7, 14),
            "not_applicable_reason": payload("not_applicable_reason"),
        },
        "Niet van toepassing.",
    )
    return root


def scheme(url: str) -> str | None:
    """The scheme a browser would see: it drops tabs and newlines anywhere, and leading and
    trailing spaces and control characters."""
    cleaned = re.sub(r"[\t\n\r]", "", url).strip("".join(chr(c) for c in range(0x21))).lower()
    match = re.match(r"([a-z][a-z0-9+.\-]*):", cleaned)
    return match.group(1) if match else None


def risky_elements(document: Element) -> dict[tuple[str, bool], int]:
    """How many of each risky element there are, outside and inside the norms."""
    counts: dict[tuple[str, bool], int] = {}
    for element in document.iter():
        if element.tag in RISKY_TAGS:
            in_norm = any(a.tag == "article" for a in element.ancestors())
            counts[element.tag, in_norm] = counts.get((element.tag, in_norm), 0) + 1
    return counts


def assert_nothing_ran(document: Element, expected_title: str, baseline: Element) -> None:
    title = title_of(document)
    assert title != PWNED and title == expected_title, f"document.title is now {title!r}"
    body = document.find_all("body")
    assert len(body) == 1
    assert body[0].get("data-pwned") is None, f"payload ran: data-pwned={body[0].get('data-pwned')}"

    problems: list[str] = []
    for element in document.iter():
        for name, value in element.attrs:
            if name == "data-pwned":
                problems.append(f"<{element.tag}> has data-pwned={value!r}")
            if name.startswith("on"):
                problems.append(f"<{element.tag}> has an event handler {name}={value!r}")
            if name == "srcdoc":
                problems.append(f"<{element.tag}> has srcdoc={value!r}")
            if name in URL_ATTRIBUTES and scheme(value) in BAD_SCHEMES:
                problems.append(f"<{element.tag} {name}={value!r}> ({element.text()!r})")
    for narrative in (e for e in document.iter() if "narrative" in (e.get("class") or "").split()):
        problems.extend(
            f"<{e.tag} {e.attrs}> in a narrative" for e in narrative.iter() if e.tag in RISKY_TAGS
        )
    assert not problems, "\n".join(problems)

    assert document.find_all("script") == []
    assert document.find_all("iframe") == []
    allowed = risky_elements(baseline)
    extra = [
        f"{n} <{tag}> {'in norms' if in_norm else 'outside norms'}, clean: {allowed.get(key, 0)}"
        for key, n in risky_elements(document).items()
        for tag, in_norm in [key]
        if n > allowed.get(key, 0)
    ]
    assert not extra, f"more risky elements than in the clean dossier: {extra}"


def test_the_harness_sees_a_payload_that_runs(tmp_path: Path) -> None:
    """Without this, the XSS test below could pass because nothing ever runs in --dump-dom."""
    page = tmp_path / "pwned.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>schoon</title></head><body><p>x</p>"
        f"<script>{SET_TITLE}</script>"
        "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">"
        "</body></html>",
        encoding="utf-8",
    )
    _, document = dump_dom(tmp_path, page)
    assert title_of(document) == PWNED
    assert document.find_all("body")[0].get("data-pwned") == "img"


def test_hostile_evidence_cannot_run_anything(
    tmp_path: Path, example_dom: tuple[str, Element]
) -> None:
    repo = hostile_repository(tmp_path / "repo")
    # Outside the repository: a relative evidence path stays under 'repo/' here (see below
    # for the report written in the repository itself).
    target = tmp_path / "out" / "dossier.html"
    target.parent.mkdir()
    code = render(repo, target)
    assert target.is_file(), f"no report written (exit code {code})"

    written = parse(target.read_text(encoding="utf-8"))
    expected_title = title_of(written)
    assert "XSS-organisation" in expected_title  # escaped text, not markup

    dom, document = dump_dom(tmp_path, target)
    assert_nothing_ran(document, expected_title, baseline=example_dom[1])
    assert "<script" not in dom.lower()

    # The payloads did reach the page, as text: the test is not passing on empty fields.
    body_text = document.find_all("body")[0].text()
    missing = [name for name in SHOWN_FIELDS if f"XSS-{name}" not in body_text]
    assert not missing, f"payload text not on the page for: {missing}"
    assert "XSS-narrative-end" in body_text


def test_an_evidence_path_never_becomes_a_script_link(
    tmp_path: Path, example_dom: tuple[str, Element]
) -> None:
    """`swlabel report` writes dossier.html into the repository by default; a document path
    is then linked as itself, and a path that reads as a URL must not become one."""
    items: list[dict[str, object]] = [
        {"title": "Pad javascript", "kind": "x", "path": f"javascript:{SET_TITLE}"},
        {"title": "Pad data", "kind": "x", "path": DATA_HTML},
        {"title": "Pad vbscript", "kind": "x", "path": "vbscript:msgbox(1)"},
    ]
    repo = hostile_repository(tmp_path / "repo", items)
    target = repo / "dossier.html"
    code = render(repo, target)
    assert target.is_file(), f"no report written (exit code {code})"
    expected_title = title_of(parse(target.read_text(encoding="utf-8")))

    _, document = dump_dom(tmp_path, target)
    assert_nothing_ran(document, expected_title, baseline=example_dom[1])
    # the three items did reach the page, as text without a link
    body_text = document.find_all("body")[0].text()
    assert all(item["title"] in body_text for item in items)
