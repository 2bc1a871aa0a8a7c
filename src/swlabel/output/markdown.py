"""Text for the Markdown dossier, and a narrative's Markdown for either dossier.

Everything here treats its input as written by anyone in the organisation: it must come out
as what it says, never as raw HTML or a link that runs something.

- :func:`escape_text` and :func:`code_span` put one piece of text into Markdown (the Jinja
  filters of :mod:`swlabel.output.templating` are built on them).
- :func:`to_html` renders a narrative for the HTML dossier: raw HTML off, images off, and only
  links that :func:`swlabel.output.links.is_safe_target` accepts.
- :func:`to_safe_markdown` keeps a narrative's Markdown for the Markdown dossier. It does not
  patch the text with patterns: it parses the narrative with markdown-it-py, as a reader's
  viewer would, and writes the Markdown again from the tokens. Raw HTML comes out as text,
  reference definitions are resolved into the links that use them (and those are checked like
  any link), and every piece of text is escaped again, so the result holds only the Markdown
  we wrote ourselves.

A narrative comes here masked: each digit of a BSN is a '*'. The parser reads those stars as
what they stand for (:data:`swlabel.output.narrative.PLACEHOLDER`, which is no Markdown), and
every renderer shows them as stars again, escaped where they land (#12): '123456782' alone on
a line is no rule, 'scan123456782a en b123456782' no emphasis.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import quote

from swlabel.output.links import ENDS, is_safe_target
from swlabel.output.narrative import PLACEHOLDER, parser_source

# markdown-it is imported when a narrative needs it: an HTML dossier whose narratives are all
# plain prose or simple lists (see _plain_blocks) does not pay for the import.
if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token
    from markdown_it.tree import SyntaxTreeNode

__all__ = [
    "code_span",
    "escape_text",
    "link_target",
    "narrative_tree",
    "to_html",
    "to_safe_markdown",
]


@lru_cache(maxsize=1)
def _html_parser() -> MarkdownIt:
    # Images are off: a narrative's image would fetch from the network when the dossier is
    # opened, and the dossier must open offline without requests.
    from markdown_it import MarkdownIt

    parser = (
        MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table").disable("image")
    )
    _read_placeholders(parser)
    return parser


def _read_placeholders(parser: MarkdownIt) -> None:
    """PARSER checks and writes a link's target with the mask's stars (PLACEHOLDER, see
    swlabel.output.narrative) as stars: percent-encoded they could no longer be told from the
    organisation's own '%C2%9F'."""
    parser.validateLink = is_safe_target  # type: ignore[method-assign, assignment]
    normalize = parser.normalizeLink

    def normalize_link(url: str) -> str:
        return normalize(url.replace(PLACEHOLDER, "*") if PLACEHOLDER in url else url)

    parser.normalizeLink = normalize_link  # type: ignore[method-assign]


def to_html(text: str) -> str:
    """A narrative's Markdown as HTML, without raw HTML, images or unsafe links. The mask's
    stars (a :class:`swlabel.output.narrative.MarkdownText` knows them) are read as the
    digits they stand for, so they make no rule, list or emphasis, and are shown as stars."""
    source, marked = parser_source(text)
    blocks = _plain_blocks(source)
    if blocks is not None:
        html = "".join(map(_block_html, blocks))
    else:
        html = str(_html_parser().render(source))
    # A masked text holds no PLACEHOLDER of the organisation's own (the mask shows it as
    # U+FFFD), and markdown-it leaves it as it is wherever it writes text (escaped or not): each
    # one is a star of the mask.
    return html.replace(PLACEHOLDER, "*") if marked else html


# A line of plain prose: it starts with a letter, a digit (but not as an ordered list item,
# "1. " or "12)") or punctuation that starts no block (a row of a CSV file: ",123,456") and
# ends with no space, and holds letters, digits, spaces and punctuation
# that Markdown gives no meaning inside a line (no emphasis, code, link, HTML, entity, escape
# or table cell). A narrative of such lines and blank lines is paragraphs only, which
# markdown-it renders as each paragraph's lines, their double quotes escaped, in <p>: most
# narratives are prose, and markdown-it took a fifth of the HTML dossier's rendering on
# "large" (1,000 narratives). A star of the mask (PLACEHOLDER) is read as a digit: a narrative
# of masked numbers (400,000 lines of them, #12) is prose too. tests/test_markdown_prose.py
# holds this to markdown-it.
_PROSE_LINE = re.compile(
    f"(?!\\d{{1,9}}[.)](?: |$))(?:[^\\W_]|[{PLACEHOLDER},.;:?'\"%()/])"
    f"[\\w{PLACEHOLDER} ,.;:?'\"%()/-]*(?<! )"
)


class _List(NamedTuple):
    """A bullet list of plain prose items (see _plain_blocks)."""

    marker: str
    items: list[str]
    loose: bool


class _Table(NamedTuple):
    """A table of plain prose cells (see _plain_blocks): its header's cells and its rows'."""

    header: list[str]
    rows: list[list[str]]


# A table's delimiter row without alignment: '|---|---|', spaces allowed around the dashes.
_DELIMITER_ROW = re.compile(r"\|(?: *-+ *\|)+")


def _plain_blocks(text: str) -> list[str | _List | _Table] | None:
    """The blocks of TEXT when it is plain prose (see _PROSE_LINE), simple bullet lists and
    simple tables; else None. A block is a paragraph (its lines), a _List or a _Table.

    A list item is a line of a marker ('-', '*' or '+'), one space and a prose line: no nesting.
    As CommonMark reads them: an item interrupts a paragraph; an item with another marker
    starts another list; a blank line between two items makes the list loose (its items are
    paragraphs), blank lines after its last item do not; a prose line right after an item
    continues its paragraph (a lazy line: 'BSN:' after the last number of a list). A text with
    a line that is neither prose, nor an item, nor blank, nor a table's is left to markdown-it.
    A narrative of 400,000 masked BSNs as list items took markdown-it 2 to 3 s per MB (#12).

    A table is taken only at the start of the text or after a blank line, and only when it ends
    at a blank line or the end: a header row, a delimiter row without alignment of as many
    cells, and rows, each line from '|' to '|' and each cell plain prose or empty (see
    _table_at). A client list pasted into a narrative as a table took markdown-it about
    1 s per MB (#12)."""
    if "_" in text:  # \w allows it, as a letter; it can make emphasis
        return None
    blocks: list[str | _List | _Table] = []
    lines: list[str] = []
    items: list[str] = []
    marker = ""
    loose = blank = False
    prose = _PROSE_LINE.fullmatch
    all_lines = text.split("\n")
    skip_to = 0
    for number, line in enumerate(all_lines):
        if number < skip_to:
            continue  # a row of the table just taken
        if line[:1] == "|":
            table = _table_at(all_lines, number) if blank or number == 0 else None
            if table is None:
                return None
            if items:
                blocks.append(_List(marker, items, loose))
                items = []
            blocks.append(table)
            skip_to = number + 2 + len(table.rows)
            blank = False
        elif not line:
            if lines:
                blocks.append("\n".join(lines))
                lines = []
            blank = True
        elif line[0] in "-*+" and line[1:2] == " " and prose(line, 2):
            if lines:
                blocks.append("\n".join(lines))
                lines = []
            if items and line[0] == marker:
                loose = loose or blank
            else:
                if items:
                    blocks.append(_List(marker, items, loose))
                marker, items, loose = line[0], [], False
            items.append(line[2:])
            blank = False
        elif prose(line):
            if items:
                if not blank:
                    # A lazy continuation line: the item's paragraph goes on.
                    items[-1] += "\n" + line
                    continue
                blocks.append(_List(marker, items, loose))
                items = []
            lines.append(line)
            blank = False
        else:
            return None
    if lines:
        blocks.append("\n".join(lines))
    if items:
        blocks.append(_List(marker, items, loose))
    return blocks


def _table_at(lines: list[str], first: int) -> _Table | None:
    """The simple table whose header is LINES[FIRST] (see _plain_blocks), or None."""
    header = _plain_cells(lines[first])
    if header is None or first + 1 >= len(lines):
        return None
    delimiter = lines[first + 1].rstrip(" ")
    if not _DELIMITER_ROW.fullmatch(delimiter) or delimiter.count("|") != len(header) + 1:
        return None
    rows = []
    for line in lines[first + 2 :]:
        if not line:
            break
        cells = _plain_cells(line)
        if cells is None:
            return None
        # As markdown-it reads a row: as many cells as the header, the others empty or left out.
        rows.append((cells + [""] * len(header))[: len(header)])
    return _Table(header, rows)


def _plain_cells(line: str) -> list[str] | None:
    """The cells of LINE, a row from '|' to '|' (spaces after it) whose cells are plain prose
    or empty (spaces beside them), as markdown-it reads them; None for any other line."""
    line = line.rstrip(" ")
    if len(line) < 2 or line[-1] != "|":
        return None
    cells = [cell.strip(" ") for cell in line[1:-1].split("|")]
    prose = _PROSE_LINE.fullmatch
    if all(prose(cell) for cell in cells if cell):
        return cells
    return None


def _block_html(block: str | _List | _Table) -> str:
    # As markdown-it renders it: a tight list's items hold their text, a loose list's a <p>.
    if isinstance(block, str):
        return f"<p>{_quotes(block)}</p>\n"
    if isinstance(block, _Table):
        head = "".join(f"<th>{_quotes(cell)}</th>\n" for cell in block.header)
        html = f"<table>\n<thead>\n<tr>\n{head}</tr>\n</thead>\n"
        if block.rows:
            body = "".join(
                "<tr>\n" + "".join(f"<td>{_quotes(cell)}</td>\n" for cell in row) + "</tr>\n"
                for row in block.rows
            )
            html += f"<tbody>\n{body}</tbody>\n"
        return html + "</table>\n"
    # The items are joined before their quotes are escaped: the tags hold none.
    if block.loose:
        items = _quotes("</p>\n</li>\n<li>\n<p>".join(block.items))
        return f"<ul>\n<li>\n<p>{items}</p>\n</li>\n</ul>\n"
    items = _quotes("</li>\n<li>".join(block.items))
    return f"<ul>\n<li>{items}</li>\n</ul>\n"


def _block_markdown(block: str | _List | _Table) -> str:
    # As _blocks writes the tokens: every list with '-', a loose list's items a blank line apart,
    # a table's delimiter row '---' under each cell.
    if isinstance(block, str):
        return block
    if isinstance(block, _Table):
        rows = [block.header, ["---"] * len(block.header), *block.rows]
        return "\n".join("| " + " | ".join(cells) + " |" for cells in rows)
    # An item's later lines are indented under its first (a lazy line, written out).
    items = (item.replace("\n", "\n  ") for item in block.items)
    return ("\n\n" if block.loose else "\n").join("- " + item for item in items)


def _quotes(paragraph: str) -> str:
    # As markdown-it writes a double quote in HTML text (the only character of plain prose it
    # escapes).
    return paragraph.replace('"', "&quot;")


# --- one piece of text in Markdown ---------------------------------------------------------

# Characters that start inline Markdown anywhere in a line: code, emphasis, links, tables,
# strikethrough, and the backslash that would escape our own escapes. '<' and '>' become
# entities: '<' could open raw HTML or an autolink, and entities cannot make either.
# An underscore between two letters or digits ("next_audit") cannot make emphasis and stays.
_INLINE = re.compile(r"[\\`*\[\]|~<>]|_(?![^\W_])|(?<![^\W_])_|&(?=#?[0-9A-Za-z]+;)|!$")
_INLINE_AS = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
# What starts a block at the start of a line: a heading, a list item, a setext underline or
# thematic break, an ordered list item ("1." or "1)" before a space or the end).
_LINE_START = re.compile(r"^(?:[#+=-]|\d{1,9}(?=[.)](?:\s|$)))")


def _escape_inline(match: re.Match[str]) -> str:
    found = match.group()
    return _INLINE_AS.get(found, "\\" + found)


def _line_start(match: re.Match[str]) -> str:
    found = match.group()
    # "1." becomes "1\.": the digits stay readable and the dot no longer makes a list
    return found + "\\" if found[0].isdigit() else "\\" + found


def escape_text(text: str) -> str:
    """TEXT as Markdown that shows exactly TEXT, wherever in a line it lands (also at its
    start, in a table cell, a heading or a link's text). TEXT is one line."""
    escaped = _INLINE.sub(_escape_inline, text)
    return _LINE_START.sub(_line_start, escaped, count=1)


def code_span(text: str, *, cell: bool = False) -> str:
    """TEXT as a code span (shown as written, nothing inside is Markdown or HTML), fenced
    with one backtick more than the longest run of backticks inside. In a table CELL a pipe
    would end the cell even inside a code span, so it is escaped there (GFM takes the
    backslash away again)."""
    if not text:
        return ""
    longest = max((len(run) for run in re.findall("`+", text)), default=0)
    fence = "`" * (longest + 1)
    if cell:
        text = text.replace("|", "\\|")
    # A space on each side keeps a backtick at either end from joining the fence; Markdown
    # takes one space off each side again.
    if text[0] in "` " or text[-1] in "` ":
        text = f" {text} "
    return f"{fence}{text}{fence}"


# In a link's target (written without angle brackets) a space, a control character or an
# unbalanced parenthesis ends the target, and a backtick, pipe or bracket could end the cell or
# text around it: percent-encoded. An entity would be decoded ("&#106;avascript:"), so '&' is
# escaped; '%' stays, so an encoded target is not encoded twice.
_TARGET = re.compile(r"[\x00-\x20\x7f()<>\"'\\`|\[\]{}^]")


def link_target(target: str) -> str:
    """TARGET as the target of a Markdown link ``[text](target)``; '#' (nowhere) when it is
    not a safe target at all."""
    target = target.strip(ENDS)
    if not is_safe_target(target):
        return "#"
    encoded = _TARGET.sub(lambda match: quote(match.group(), safe=""), target)
    return encoded.replace("&", "\\&")


# --- a narrative's Markdown, written again from its tokens ---------------------------------


@lru_cache(maxsize=1)
def narrative_parser() -> MarkdownIt:
    """The parser for a narrative written again as Markdown or as Word paragraphs (the docx
    dossier): raw HTML off, so markdown-it reads '<script>' as text, which is escaped like all
    text; no images; only safe links."""
    from markdown_it import MarkdownIt

    parser = (
        MarkdownIt("commonmark", {"html": False, "linkify": False})
        .enable("table")
        .enable("strikethrough")
        .disable("image")
    )
    _read_placeholders(parser)
    return parser


def narrative_tree(text: str) -> SyntaxTreeNode:
    """A narrative TEXT parsed by :func:`narrative_parser`, the mask's stars (see
    :func:`to_html`) read as digits and then put back in the tokens as the stars they are: a
    renderer shows every token's text as it is (escaped for its format)."""
    from markdown_it.tree import SyntaxTreeNode

    source, marked = parser_source(text)
    tokens = narrative_parser().parse(source)
    if marked:
        _stars_back(tokens)
    return SyntaxTreeNode(tokens)


def _stars_back(tokens: list[Token]) -> None:
    for token in tokens:
        if PLACEHOLDER in token.content:
            token.content = token.content.replace(PLACEHOLDER, "*")
        if PLACEHOLDER in token.info:
            token.info = token.info.replace(PLACEHOLDER, "*")
        for name, value in token.attrs.items():
            if isinstance(value, str) and PLACEHOLDER in value:
                token.attrs[name] = value.replace(PLACEHOLDER, "*")
        if token.children:
            _stars_back(token.children)


def to_safe_markdown(text: str) -> str:
    """A narrative as Markdown that keeps its headings, lists, tables, emphasis, code and safe
    links, and passes on no raw HTML, no unsafe link and no reference definition."""
    source, marked = parser_source(text)
    blocks = _plain_blocks(source)
    if blocks is not None:
        # Plain prose holds nothing that escaping changes, nor anything at a line's start that
        # could make a block: written again it is itself, the mask's stars escaped (a narrative
        # of 400,000 masked numbers took twice as long through markdown-it's tokens), and so
        # are the items of a simple list. tests/test_markdown_prose.py holds this to the
        # tokens' way.
        prose = "\n\n".join(map(_block_markdown, blocks))
        return prose.replace(PLACEHOLDER, "\\*") if marked else prose
    root = narrative_tree(text)
    return "\n".join(_blocks(root.children, tight=False))


def _blocks(nodes: list[SyntaxTreeNode], *, tight: bool) -> list[str]:
    lines: list[str] = []
    for node in nodes:
        block = _block(node)
        if not block:
            continue
        if lines and not tight:
            lines.append("")
        lines.extend(block)
    return lines


def _block(node: SyntaxTreeNode) -> list[str]:
    kind = node.type
    if kind == "paragraph":
        return _inline_lines(node.children[0]) if node.children else []
    if kind == "heading":
        level = int(node.tag[1:])
        return ["#" * level + " " + " ".join(_inline_lines(node.children[0]))]
    if kind == "blockquote":
        return [f"> {line}" if line else ">" for line in _blocks(node.children, tight=False)]
    if kind in ("bullet_list", "ordered_list"):
        return _list(node)
    if kind in ("fence", "code_block"):
        return _code_block(node.content)
    if kind == "hr":
        return ["***"]
    if kind == "table":
        return _table(node)
    # Nothing else comes from this parser (raw HTML is off); whatever a later version adds is
    # shown as its text rather than passed on.
    return [escape_text(line) for line in node.content.splitlines()]


def _list(node: SyntaxTreeNode) -> list[str]:
    ordered = node.type == "ordered_list"
    number = int(str(node.attrs.get("start", 1))) if ordered else 0
    tight = any(child.hidden for item in node.children for child in item.children)
    lines: list[str] = []
    for item in node.children:
        marker = f"{number}. " if ordered else "- "
        number += 1
        body = _blocks(item.children, tight=tight) or [""]
        if lines and not tight:
            lines.append("")
        indent = " " * len(marker)
        lines.append(marker + body[0])
        lines.extend(indent + line if line else "" for line in body[1:])
    return lines


def _code_block(content: str) -> list[str]:
    # Fenced with more backticks than any run inside, so no line can close it early; the info
    # string is left out (it is only a hint for colouring).
    longest = max((len(run) for run in re.findall("`{3,}", content)), default=0)
    fence = "`" * max(3, longest + 1)
    return [fence, *content.rstrip("\n").split("\n"), fence]


def _table(node: SyntaxTreeNode) -> list[str]:
    rows: list[list[str]] = []
    aligns: list[str] = []
    for section in node.children:
        for row in section.children:
            cells = []
            for cell in row.children:
                if section.type == "thead":
                    aligns.append(str(cell.attrs.get("style", "")))
                inline = cell.children[0] if cell.children else None
                cells.append(" ".join(_inline_lines(inline, cell=True)) if inline else "")
            rows.append(cells)
    if not rows:
        return []
    rule = {"text-align:left": ":---", "text-align:right": "---:", "text-align:center": ":---:"}
    delimiter = [rule.get(align, "---") for align in aligns]
    lines = ["| " + " | ".join(rows[0]) + " |", "| " + " | ".join(delimiter) + " |"]
    lines.extend("| " + " | ".join(cells) + " |" for cells in rows[1:])
    return lines


def _inline_lines(inline: SyntaxTreeNode, *, cell: bool = False) -> list[str]:
    text = "".join(_inline(child, cell) for child in inline.children)
    # A line break inside a paragraph starts a new line, which a '#' or '1.' from the text
    # could turn into a block; escape_text guarded only the start of the whole text.
    return [_LINE_START.sub(_line_start, line, count=1) for line in text.split("\n")]


def _inline(node: SyntaxTreeNode, cell: bool) -> str:
    kind = node.type
    if kind == "text":
        return escape_text_keeping_spaces(node.content)
    if kind == "softbreak":
        return "\n"
    if kind == "hardbreak":
        return "\\\n"
    if kind == "code_inline":
        return code_span(node.content, cell=cell)
    inner = "".join(_inline(child, cell) for child in node.children)
    if kind in ("em", "strong", "s"):
        return f"{node.markup}{inner}{node.markup}"
    if kind == "link":
        # markdown-it accepted the link only if is_safe_target did; the target is written in a
        # form no Markdown reader can read otherwise.
        return f"[{inner}]({link_target(str(node.attrs.get('href', '')))})"
    return escape_text_keeping_spaces(node.content) + inner


def escape_text_keeping_spaces(text: str) -> str:
    """A piece of a line (between emphasis, links, code): as escape_text, but only the
    inline characters; where a line starts is seen once the whole line is made."""
    return _INLINE.sub(_escape_inline, text)
