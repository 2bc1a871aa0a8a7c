"""``swlabel todo`` as text: per person, what to do before the toetsing, in order of date."""

from __future__ import annotations

from swlabel.domain.todo import TodoItem, TodoList
from swlabel.doors.mask import printable
from swlabel.i18n import Translator


def _one_line(text: str) -> str:
    return printable(" ".join(text.split()))


def item_text(item: TodoItem, t: Translator) -> str:
    """What to do, in words: 'herzien: Privacyreglement · norm 3.5 · register/hr.yaml'."""
    if item.kind == "assess":
        what = t("todo.assess", id=item.subject)
    elif item.kind == "action":
        what = t("todo.action", id=item.subject, title=item.title)
    else:
        what = t(f"todo.{item.kind}", title=item.title)
    parts = [what]
    if item.norms and item.kind != "assess":
        parts.append(t.plural("todo.norms", len(item.norms), norms=", ".join(item.norms)))
    if item.path:
        parts.append(item.path)
    return _one_line(" · ".join(parts))


def render_text(todo: TodoList, t: Translator) -> str:
    """TODO for the terminal: a heading per owner, then one line per item: the date, 'te laat'
    when it is past, and what to do."""
    lines = [_one_line(t("todo.title", organisation=todo.organisation))]
    as_of = todo.as_of.isoformat()
    if todo.next_audit is not None:
        lines.append(t("todo.dates.audit", as_of=as_of, audit=todo.next_audit.isoformat()))
    else:
        lines.append(t("todo.dates.horizon", as_of=as_of, horizon=todo.horizon.isoformat()))
    if not todo.owners:
        return "\n".join([*lines, "", t("todo.nothing", horizon=todo.horizon.isoformat())]) + "\n"
    # The column for "te laat" only when something is late.
    any_late = any(item.late for group in todo.owners for item in group.items)
    late = t("todo.late") if any_late else ""
    no_date = t("todo.no_date")
    day_width = max(len("0000-00-00"), len(no_date))
    for group in todo.owners:
        name = group.owner if group.owner is not None else t("todo.nobody")
        lines += ["", _one_line(t.plural("todo.owner", len(group.items), owner=name))]
        for item in group.items:
            day = item.day.isoformat() if item.day is not None else no_date
            mark = late if item.late else ""
            mark = f"{mark:<{len(late)}}  " if any_late else ""
            lines.append(f"  {day:<{day_width}}  {mark}{item_text(item, t)}")
    return "\n".join(lines) + "\n"


def nothing_for(owner: str, todo: TodoList, t: Translator) -> str:
    return t("todo.nothing_for", owner=owner, horizon=todo.horizon.isoformat()) + "\n"
