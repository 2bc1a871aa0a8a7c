"""The Jinja environments for the scaffolded files and the reports.

Templates are read from the package ``swlabel.templates`` through importlib.resources, so they
work from a wheel and from an editable install alike. HTML templates are escaped: an own
template by Jinja's autoescaping, swlabel's own HTML dossier by its ``finalize``
(:func:`shown_escaped`), which gives the same.

The report's environment (:func:`report_environment`) holds two promises for every template,
swlabel's and the organisation's alike, so that no template has to remember them:

- every ``{{ … }}`` passes through the run's mask (:mod:`swlabel.doors.mask`) before it is escaped
  (Jinja's ``finalize``): no BSN and no control character reaches the dossier, whatever field
  a template shows;
- the Markdown dossier escapes each value for the place it lands with one of five filters:
  ``md_text`` (running text, a heading), ``md_cell`` (a table cell), ``md_code`` (a code
  span), ``md_link_text`` and ``md_link_target`` (the two halves of ``[text](target)``);
- a narrative (:class:`swlabel.output.narrative.MarkdownText`, its masked Markdown source) is
  rendered by the ``markdown`` filter in HTML, without raw HTML or unsafe links; shown as it
  is, it comes out as Markdown written again from its tokens, with no raw HTML, unsafe link or
  reference definition (:func:`swlabel.output.markdown.to_safe_markdown`). An own template
  written for swlabel 0.x, whose view held the narrative already rendered, marks it
  ``| safe``: that filter gives a narrative rendered the same two ways, never its source
  unescaped.

Own templates (``--template-dir``) render in Jinja's sandbox, and are read only as regular
files below the template folder, without following any link.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.abc
import importlib.util
import json
import os
import re
import stat
import textwrap
from collections.abc import Callable, MutableMapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
import jinja2.runtime
from jinja2.exceptions import SecurityError
from jinja2.loaders import split_template_path
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from swlabel.doors.mask import Mask, current
from swlabel.i18n import Translator
from swlabel.output.markdown import code_span, escape_text, link_target, to_html, to_safe_markdown
from swlabel.output.narrative import MarkdownText


def _load(name: str) -> tuple[str, str, Callable[[], bool]]:
    # split_template_path refuses '..' and absolute names: a template never reads a file
    # outside the templates folder, whoever wrote the include.
    parts = split_template_path(name)
    if parts[:1] == ["swlabel"]:
        # "swlabel/report/dossier.html.j2" is always ours, so an override can extend it.
        parts = parts[1:]
    try:
        text = resources.files("swlabel.templates").joinpath(*parts).read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        raise jinja2.TemplateNotFound(name) from None
    # The name as the file name: an error names the template and its line.
    return text, name, _unchanged


def _unchanged() -> bool:
    return True


# An own template larger than this is not read: it is a template, not a data file.
MAX_TEMPLATE_BYTES = 4 << 20
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
# O_NONBLOCK: a named pipe in the folder must not hang the open (it is refused after fstat).
_FILE_FLAGS = os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class OwnTemplateRefused(jinja2.TemplateError):
    """An own template that is a link, not a regular file, too large or not UTF-8."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(message)
        self.name = name


class _OwnTemplates(jinja2.BaseLoader):
    """The organisation's templates: regular files below FOLDER. Each part of a name is looked
    at without following a link and opened relative to the folder opened before it, so
    neither a link in the folder (``report/dossier.css -> /etc/passwd``) nor one swapped in
    while reading takes the loader outside. A name that is not there falls through to
    swlabel's own template; one that is there but is no regular file is an error."""

    def __init__(self, folder: Path, t: Translator) -> None:
        # The folder the user named on the command line may itself be a link: they chose it.
        self.folder = Path(os.path.realpath(folder))
        self.t = t

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        parts = split_template_path(template)
        if parts[:1] == ["swlabel"]:  # ours, always (see _load)
            raise jinja2.TemplateNotFound(template)
        try:
            data = self._read(parts)
        except (FileNotFoundError, NotADirectoryError):
            raise jinja2.TemplateNotFound(template) from None
        except OSError as error:  # no permission, a link swapped in after the look (ELOOP)
            raise OwnTemplateRefused(template, error.strerror or str(error)) from None
        if data is None:
            detail = self.t("report.template_refused", folder=self.folder.as_posix())
            raise OwnTemplateRefused(template, detail)
        try:
            source = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise OwnTemplateRefused(template, self.t("report.template_not_utf8")) from None
        return source, template, _unchanged

    def _read(self, parts: list[str]) -> bytes | None:
        """The bytes of FOLDER/PARTS; None for a link or something that is no regular file;
        OSError when it is not there."""
        if os.open not in os.supports_dir_fd or os.stat not in os.supports_dir_fd:
            return self._read_without_dir_fd(parts)
        folder = os.open(self.folder, os.O_RDONLY | _DIRECTORY)
        try:
            for part in parts[:-1]:
                if not stat.S_ISDIR(os.stat(part, dir_fd=folder, follow_symlinks=False).st_mode):
                    return None
                inner = os.open(part, os.O_RDONLY | _DIRECTORY | _NOFOLLOW, dir_fd=folder)
                os.close(folder)
                folder = inner
            if not stat.S_ISREG(os.stat(parts[-1], dir_fd=folder, follow_symlinks=False).st_mode):
                return None
            # O_NOFOLLOW: a link put in place after the look fails to open (ELOOP).
            handle = os.open(parts[-1], _FILE_FLAGS, dir_fd=folder)
        finally:
            os.close(folder)
        return _read_regular(handle)

    def _read_without_dir_fd(self, parts: list[str]) -> bytes | None:
        # Windows: no opening relative to a folder; each part is looked at before it is used.
        path = self.folder
        for part in parts:
            path = path / part
            if stat.S_ISLNK(path.lstat().st_mode):
                return None
        return _read_regular(os.open(path, _FILE_FLAGS))


def _read_regular(handle: int) -> bytes | None:
    with os.fdopen(handle, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_TEMPLATE_BYTES:
            return None
        data = stream.read(MAX_TEMPLATE_BYTES + 1)
    return None if len(data) > MAX_TEMPLATE_BYTES else data


# What an own template may build with '*' and '**': the sandbox already caps range() at
# 100,000 items, and "x" * 10**10 or 9**9**9 would take the machine's memory or time instead.
MAX_PRODUCT = 1 << 20
# How many steps all range() loops of one rendering may take together: two nested loops of
# 100,000 would otherwise run for hours.
MAX_RANGE_STEPS = 1_000_000


def _refuse_huge(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    # A width, a count or a size of more than a million ("x"|center(10**10), "".ljust(10**10),
    # items|batch(10**9)) is no house style: it would take the machine's memory.
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_PRODUCT:
            raise SecurityError(f"{value} is too large a number for a template")


def _bounded(function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)  # keeps Jinja's pass_context and friends
    def bounded(*args: Any, **kwargs: Any) -> Any:
        _refuse_huge(args, kwargs)
        return function(*args, **kwargs)

    return bounded


class _Sandbox(SandboxedEnvironment):
    """Jinja's sandbox, with bounds on what an own template can make the machine do: large
    products and powers, large numbers given to a filter or a method, and more than
    MAX_RANGE_STEPS loop steps over range() in one rendering."""

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.range_steps = 0

    def bound_filters(self) -> None:
        """Wrap every filter, ours too, so that none takes a huge number."""
        self.filters = {name: _bounded(function) for name, function in self.filters.items()}

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        _refuse_huge(args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        if isinstance(result, range):
            __self.range_steps += len(result)
            if __self.range_steps > MAX_RANGE_STEPS:
                raise SecurityError("the template loops more than a million times")
        return result

    def call_binop(
        self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
    ) -> Any:
        if (
            operator == "**"
            and isinstance(left, int)
            and isinstance(right, int)
            and right > 0
            and abs(left) > 1
            and right * left.bit_length() > 4096
        ):
            raise SecurityError(f"{left} ** {right} is too large for a template")
        if operator == "*":
            for items, times in ((left, right), (right, left)):
                if (
                    isinstance(items, (str, list, tuple))
                    and isinstance(times, int)
                    and len(items) * times > MAX_PRODUCT
                ):
                    raise SecurityError("a repeated text or list is too long for a template")
        return super().call_binop(context, operator, left, right)


# Characters YAML does not allow raw in a file (JSON escapes those below U+0020 already): DEL,
# the C1 controls, lone surrogates, U+FFFE and U+FFFF; and NEL, which YAML reads as a line
# break, and the Unicode line and paragraph separators.
_NOT_IN_YAML = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def yaml_string(value: object) -> str:
    """VALUE as a double-quoted YAML scalar: JSON strings are valid YAML, quotes and all."""
    quoted = json.dumps(str(value), ensure_ascii=False)
    return _NOT_IN_YAML.sub(lambda found: f"\\u{ord(found.group()):04x}", quoted)


# A comment may hold a tab, but no other control character.
_NOT_IN_COMMENT = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def yaml_comment(value: object) -> str:
    """VALUE on one line, for a YAML comment: a line break would end the comment, and a
    control character would make the file invalid YAML."""
    return _NOT_IN_COMMENT.sub("\ufffd", " ".join(str(value).split()))


def wrap(value: str, width: int = 80) -> list[str]:
    return textwrap.wrap(value, width=width, break_on_hyphens=False) or [""]


# --- the mask of every expression ----------------------------------------------------------


class _PerText:
    """FUNCTION's result for each text, worked out once per text: a dossier shows the same
    titles, ids, dates and labels many times over ("large": 254,000 texts, 41,000 different).
    FUNCTION masks with the run's mask, so the results are kept for one mask at a time, and
    emptied when they grow past a limit."""

    LIMIT = 1 << 18

    def __init__(self, function: Callable[[str], str]) -> None:
        self.function = function
        self.mask: Mask | None = None
        self.texts: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        mask = current()
        if mask is not self.mask or len(self.texts) > self.LIMIT:
            self.mask, self.texts = mask, {}
        found = self.texts.get(text)
        if found is None:
            found = self.texts[text] = self.function(text)
        return found


def _mask_text(text: str) -> str:
    # A plain str whatever TEXT is: the texts are kept by their characters, and rendered HTML
    # (Markup) kept as such would come back for a text with the same characters, which an
    # autoescaping template would then leave unescaped. Printable ASCII (half the different
    # texts of "large") takes the mask's own short way.
    mask = current()
    return str(mask.block(text) if "\n" in text or "\r" in text else mask.line(text))


_masked = _PerText(_mask_text)


def shown(value: object) -> object:
    """What a template shows of VALUE: every text through the run's mask. Already rendered
    HTML (Markup) is masked as text and stays Markup; a number stays a number; anything else
    (a list, a row) is shown as its text, masked, so nothing gets past as its repr. A narrative
    shown without a filter is its Markdown made safe: the Markdown dossier shows it so, and in
    HTML it is escaped like any text."""
    if type(value) is str:  # most values: a title, a date, a label
        if current() is _masked.mask:
            found = _masked.texts.get(value)
            if found is not None:
                return found
        return _masked(value)
    if isinstance(value, MarkdownText):
        return _masked(to_safe_markdown(value))
    if isinstance(value, str):
        masked = _masked(value)
        # Markup stays Markup: masking turns digits into '*' and control characters into
        # U+FFFD, neither of which can make a tag or leave an attribute.
        return Markup(masked) if isinstance(value, Markup) else masked  # noqa: S704
    if value is None or isinstance(value, (int, float, jinja2.Undefined)):
        return value
    if hasattr(value, "__html__"):
        return Markup(_masked(str(value.__html__())))  # noqa: S704
    return _masked(str(value))


# The characters markupsafe's escape replaces; most texts hold none of them.
_ESCAPED = re.compile("[&<>'\"]")


def _mask_and_escape(text: str) -> str:
    # Kept as a plain str: the template's code takes str() of what finalize gives, which
    # copies a Markup every time it is shown and hands a str back as it is.
    masked = _mask_text(text)
    return masked if _ESCAPED.search(masked) is None else str(escape(masked))


_escaped = _PerText(_mask_and_escape)


def shown_escaped(value: object) -> object:
    """What swlabel's own HTML template shows of VALUE: :func:`shown`, escaped as Jinja's
    autoescaping would escape it (already rendered HTML, Markup, stays as it is). Done here
    rather than by autoescaping, a text is masked and escaped once however often it is shown:
    Jinja escapes every expression again, a third of the time of rendering the HTML dossier of
    "large". That template's filters give the same with and without autoescaping (join joins
    plain texts as plain text either way); an own template is autoescaped as ever."""
    if type(value) is str:
        if current() is _escaped.mask:
            found = _escaped.texts.get(value)
            if found is not None:
                return found
        return _escaped(value)
    if type(value) is int:  # a count, a place in the chart: its digits, as escape gives them
        return str(value)
    return escape(shown(value))


# --- Markdown, escaped for the place it lands ----------------------------------------------


def _one_line(value: object) -> str:
    # Line breaks would end a table row or start a block; masked before it is escaped, so the
    # '*' of a masked number is escaped too and reads as '*'.
    return current().line(" ".join(str(value).split()))


def md_text(value: object) -> str:
    """Running text (a paragraph, a heading, a list item, after '> '): shown as written."""
    return _md_texts(value) if type(value) is str else _md_text(value)


def _md_text(value: object) -> str:
    return escape_text(_one_line(value))


_md_texts = _PerText(_md_text)


# A table cell (whose escaped '|' cannot end the cell) and a link's text (between '[' and
# ']') need the same escaping as running text; the names say where a value lands.
md_cell = md_text
md_link_text = md_text


def md_code(value: object) -> str:
    """A code span (a path, an id, a tag name), fenced longer than any backticks inside. A
    value with a '|' is shown as escaped text instead: in a table even a code span ends at a
    pipe, and outside one an escaped pipe shows its backslash."""
    return _md_codes(value) if type(value) is str else _md_code(value)


def _md_code(value: object) -> str:
    text = _one_line(value)
    return escape_text(text) if "|" in text else code_span(text)


_md_codes = _PerText(_md_code)


def md_link_target(value: object) -> str:
    """The target of a link, between '(' and ')': percent-encoded where Markdown would read
    it otherwise, and '#' for anything but a relative link, http, https or mailto."""
    return _md_link_targets(value) if type(value) is str else _md_link_target(value)


def _md_link_target(value: object) -> str:
    return link_target(_one_line(value))


_md_link_targets = _PerText(_md_link_target)


# --- HTML: a narrative ---------------------------------------------------------------------


def markdown(value: object) -> Markup:
    """A narrative's Markdown as HTML: no raw HTML, no images, only safe links. Its text was
    masked when the view was built, before this rendering; the rendered result is masked again
    like any other expression (``finalize``). A narrative is passed on as it is, not as its
    text: it knows which of its stars are the mask's (swlabel.output.narrative)."""
    return Markup(to_html(value if isinstance(value, str) else str(value)))  # noqa: S704


@jinja2.pass_eval_context
def safe(eval_ctx: jinja2.nodes.EvalContext, value: object) -> Markup:
    """Jinja's ``safe``, except for a narrative: rendered as HTML in an HTML template and as
    safe Markdown in a Markdown one, as the view of swlabel 0.x held it."""
    if isinstance(value, MarkdownText):
        if eval_ctx.autoescape:
            return markdown(value)
        return Markup(to_safe_markdown(value))  # noqa: S704
    return Markup(value)  # noqa: S704


# --- HTML: a date on one line ---------------------------------------------------------------

# Also inside a name ('audits/2025-03-12-keurmerkinstituut.yaml'), which may break elsewhere.
_ISO_DATE = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")


def html_dates(value: object) -> Markup:
    """VALUE escaped as HTML, each ISO date in a span the stylesheet keeps on one line: a
    browser may break a line after any hyphen, and '2025-' / '02-01' reads as two numbers
    (#15). Masked afterwards like any other expression (``finalize``)."""
    if type(value) is str:  # a melding's place and sentence, shown under its norm and in the list
        return _html_dates_of_text(value)
    return _html_dates(value)


@lru_cache(maxsize=1 << 14)
def _html_dates_of_text(value: str) -> Markup:
    return _html_dates(value)


def _html_dates(value: object) -> Markup:
    escaped = str(Markup.escape(value))
    return Markup(_ISO_DATE.sub(r'<span class="date">\g<0></span>', escaped))  # noqa: S704


def _add_filters(env: jinja2.Environment) -> None:
    env.filters["html_dates"] = html_dates
    env.filters["markdown"] = markdown
    env.filters["safe"] = safe
    env.filters["yaml_string"] = yaml_string
    env.filters["yaml_comment"] = yaml_comment
    env.filters["wrap"] = wrap
    env.filters["md_text"] = md_text
    env.filters["md_cell"] = md_cell
    env.filters["md_code"] = md_code
    env.filters["md_link_text"] = md_link_text
    env.filters["md_link_target"] = md_link_target
    # The name own templates of swlabel 0.x used for a link's target.
    env.filters["md_link"] = md_link_target


def environment(t: Translator) -> jinja2.Environment:
    """The environment for swlabel's scaffolding templates (init, add). Their output is the
    organisation's own files, which must hold what they wrote: no mask here."""
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(_load),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default=False),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    _add_filters(env)
    env.globals["t"] = t
    return env


# swlabel's own HTML dossier, compiled ahead by Jinja for the environment that renders it
# (report_environment with html): compiling its 300 lines took a tenth of a second of every
# report. The module holds Jinja's code for that template and the hash of the source it was
# compiled from; tests/test_compiled_template.py holds it to Jinja's compile of the template.
COMPILED = {"report/dossier.html.j2": "swlabel.output.dossier_html_compiled"}


def source_hash(source: str) -> str:
    """What a compiled template records of the source it was compiled from."""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


class _Compiled(jinja2.BaseLoader):
    """swlabel's templates, the ones in COMPILED from their module when it was compiled from
    the template as it reads now by this version of Jinja (otherwise compiled as ever)."""

    def __init__(self, loader: jinja2.BaseLoader) -> None:
        self.loader = loader

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        return self.loader.get_source(environment, template)

    def load(
        self,
        environment: jinja2.Environment,
        name: str,
        globals: MutableMapping[str, Any] | None = None,  # Jinja's own name
    ) -> jinja2.Template:
        source, _, uptodate = self.get_source(environment, name)
        code = _compiled_code(name)
        if code is not None:
            # As BaseLoader.load does with the code it compiles: executed in a namespace of
            # this environment's own, so two environments never share a template's globals.
            template = environment.template_class.from_code(
                environment, code, {} if globals is None else globals, uptodate
            )
            made = template.root_render_func.__globals__
            compiled_from = (made.get("JINJA"), made.get("SOURCE"))
            if compiled_from == (jinja2.__version__, source_hash(source)):
                return template
        return super().load(environment, name, globals)


def _compiled_code(name: str) -> CodeType | None:
    """The code of NAME's compiled module, from its bytecode when Python keeps it. Not
    imported: its code runs in each environment's namespace, and is read (or compiled) once."""
    module_name = COMPILED.get(name)
    spec = importlib.util.find_spec(module_name) if module_name is not None else None
    loader = spec.loader if spec is not None else None
    if module_name is None or not isinstance(loader, importlib.abc.InspectLoader):
        return None
    return loader.get_code(module_name)


def report_environment(
    t: Translator, template_dir: Path | None = None, *, html: bool = False
) -> jinja2.Environment:
    """The environment for the reports: swlabel's templates, or, with TEMPLATE_DIR, one in
    which the organisation's templates override ours by name and render in Jinja's sandbox
    (they cannot reach Python internals, and read only regular files below TEMPLATE_DIR).
    Every expression is masked (see the module's docstring). With HTML (swlabel's own HTML
    dossier, no TEMPLATE_DIR) every expression is masked and escaped by ``finalize`` instead
    of Jinja's autoescaping, each text once (see :func:`shown_escaped`)."""
    loader: jinja2.BaseLoader = jinja2.FunctionLoader(_load)
    factory: type[jinja2.Environment] = jinja2.Environment
    autoescape: bool | Callable[[str | None], bool] = jinja2.select_autoescape(
        enabled_extensions=("html.j2",), default=False
    )
    finalize: Callable[[Any], Any] = shown
    if template_dir is not None:
        loader = jinja2.ChoiceLoader([_OwnTemplates(template_dir, t), loader])
        factory = _Sandbox
        if html:
            # Every template of an HTML dossier lands in HTML, whatever its name: an own
            # template's include ('report/part.html', a stylesheet with an expression) is
            # escaped too, not only a file named *.html.j2 (review).
            autoescape = True
    elif html:
        autoescape, finalize = False, shown_escaped
        loader = _Compiled(loader)
    env = factory(
        loader=loader,
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        finalize=finalize,
    )
    _add_filters(env)
    if isinstance(env, _Sandbox):
        env.bound_filters()
    env.globals["t"] = t
    return env
