"""swlabel interviews (the interview plan) and swlabel calendar (deadlines as iCalendar)."""

from __future__ import annotations

import datetime as dt
import io
import string
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import icalendar
import pytest
import yaml

from conftest import CONFIG, EXAMPLE, evidence, said
from swlabel.commands.calendar import calendar
from swlabel.commands.interviews import interviews
from swlabel.domain.interviews import (
    InterviewPlan,
    build_plan,
    group_key,
    group_name,
    group_names,
)
from swlabel.errors import UsageError
from swlabel.i18n.locales import planning_en, planning_nl
from swlabel.load.dossier import load_repository
from swlabel.output.ical import Event, escape_text, fold, render_ics

Repo = Callable[..., Path]
AS_OF = dt.date(2026, 11, 1)


@pytest.fixture(autouse=True)
def _no_language_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SWLABEL_LANG", raising=False)


def _front_matter(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        text = text.split("---\n")[1]
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def _example_files() -> dict[str, dict[str, Any]]:
    return {path.stem: _front_matter(path) for path in (EXAMPLE / "evidence").iterdir()}


def _plan(root: Path = EXAMPLE, as_of: dt.date = AS_OF) -> InterviewPlan:
    return build_plan(load_repository(root), as_of)


def _run_interviews(root: Path, **options: Any) -> str:
    out = io.StringIO()
    assert interviews(root, out=out, **options) == 0
    return out.getvalue()


# --- the interview plan -----------------------------------------------------------------


def _names(written: list[str]) -> set[str]:
    """The groups WRITTEN under interviewees, by the names the example's groups have."""
    names = group_names(load_repository(EXAMPLE).config)
    return {group_name(entry, names) for entry in written}


def test_plan_lists_the_groups_of_the_example_by_name() -> None:
    plan = _plan()
    written = [name for data in _example_files().values() for name in data.get("interviewees", [])]
    assert {group.name for group in plan.groups} == _names(written)
    # The example's swlabel.yaml names no groups: the built-in ones have names ("or" is "OR"),
    # the others are shown as written.
    assert {group.name for group in plan.groups} == {
        "Medewerkers",
        "Management",
        "Cliënten",
        "OR",
        "Cliëntenraad",
        "opdrachtgever",
        "samenwerkingspartners",
        "Raad van toezicht",
        "Vrijwilligers",
        "bestuur",
    }
    # The group with the most norms first.
    assert [group.name for group in plan.groups][:2] == ["Medewerkers", "Management"]


def test_each_group_has_the_norms_whose_files_name_it_in_natural_order() -> None:
    plan = _plan()
    files = _example_files()
    for group in plan.groups:
        expected = {
            norm
            for norm, data in files.items()
            if group.name in _names(data.get("interviewees", []))
        }
        ids = [norm.id for norm in group.norms]
        assert set(ids) == expected, group.name
        assert ids == sorted(ids, key=lambda norm: tuple(int(part) for part in norm.split(".")))
    clientenraad = next(group for group in plan.groups if group.name == "Cliëntenraad")
    assert [norm.id for norm in clientenraad.norms] == ["1.9", "2.8", "3.2", "3.17", "3.22"]
    medewerkers = [norm.id for norm in plan.groups[0].norms]
    assert medewerkers.index("1.9") < medewerkers.index("1.10")


def test_norms_nobody_can_speak_to_are_the_applicable_norms_without_interviewees() -> None:
    files = _example_files()
    # In the example every out-of-scope norm is also marked not_applicable with a reason.
    expected = {
        norm
        for norm, data in files.items()
        if not data.get("interviewees") and data.get("status") != "not_applicable"
    }
    plan = _plan()
    assert {norm.id for norm in plan.unspoken} == expected == {"3.4", "3.20"}
    assert [norm.id for norm in plan.unspoken] == ["3.4", "3.20"]


def test_documents_at_hand_are_the_items_valid_on_the_reference_date() -> None:
    def documents(as_of: dt.date) -> tuple[str, ...]:
        group = next(group for group in _plan(as_of=as_of).groups if group.name == "OR")
        return next(norm.documents for norm in group.norms if norm.id == "3.17")

    assert documents(AS_OF) == (
        "Privacyreglement",
        "Register van verwerkingsactiviteiten",
        "Datalekkenregister",
        "Klachtenregeling cliënten",
        "Klachtenjaarverslag 2025",
        "Meldcode huiselijk geweld en kindermishandeling met afwegingskader",
        "Regeling ongewenst gedrag en vertrouwenspersonen",
        "Medezeggenschapsregeling cliëntenraad",
        "Notulen cliëntenraad 2026",
        "Notulen ondernemingsraad 2026",
        "Gedragscode medewerkers en vrijwilligers",
    )
    # Before the datalekkenregister (2026-10-01) and the OR minutes (2026-10-06) were dated …
    early = documents(dt.date(2026, 9, 30))
    assert "Datalekkenregister" not in early
    assert "Notulen ondernemingsraad 2026" not in early
    # … and after the complaints report's valid_until (2027-04-01).
    assert "Klachtenjaarverslag 2025" not in documents(dt.date(2027, 4, 2))


def test_text_plan_of_the_example() -> None:
    text = _run_interviews(EXAMPLE, as_of=AS_OF)
    lines = text.splitlines()
    assert lines[:2] == [
        "Interviewplan Stichting Welzijn Dalwijk",
        "Peildatum: 2026-11-01 · Toetsing: 2027-03-16",
    ]
    assert "  Cliëntenraad           5 normen" in lines
    assert "LET OP: normen waarover niemand kan vertellen (2)" in lines
    assert "  ! 3.4   (geen geldige documenten)" in lines
    assert "  ! 3.20  (geen geldige documenten)" in lines
    start = lines.index("Cliëntenraad: 5 normen")
    assert lines[start + 1 : start + 4] == [
        "  1.9   Privacyreglement",
        "        Gedragscode medewerkers en vrijwilligers",
        "        Toestemmingsformulier beeldmateriaal en gegevens delen",
    ]
    assert "\x1b" not in text


def test_markdown_plan_of_the_example() -> None:
    text = _run_interviews(EXAMPLE, as_of=AS_OF, format_="md")
    assert text.startswith("# Interviewplan Stichting Welzijn Dalwijk\n")
    assert "| Cliëntenraad | 5 | 1.9, 2.8, 3.2, 3.17, 3.22 |" in text
    assert "## LET OP: normen waarover niemand kan vertellen (2)" in text
    assert "| 3.20 | (geen geldige documenten) |" in text
    assert "## Cliëntenraad: 5 normen" in text
    assert "| 3.22 |" in text
    assert text.endswith("|\n")


def test_plan_in_english() -> None:
    text = _run_interviews(EXAMPLE, as_of=AS_OF, language="en")
    assert text.startswith("Interview plan Stichting Welzijn Dalwijk\nReference date: 2026-11-01")
    assert "NOTE: norms nobody can speak to (2)" in text
    assert "  Vrijwilligers          3 norms" in text


def test_groups_are_matched_without_case_and_separators(small_repo: Repo) -> None:
    repo = small_repo(
        {
            "evidence/1.1.md": evidence("1.1", extra="interviewees: [OR, raad_van_toezicht]\n"),
            "evidence/1.10.md": evidence(
                "1.10", extra="interviewees: [or, Raad-van-Toezicht, Or]\n"
            ),
            "evidence/2.1.md": evidence("2.1", extra="interviewees: [or, or]\n"),
        }
    )
    plan = _plan(repo)
    # Both are built-in groups, shown by their names.
    assert [(group.name, [norm.id for norm in group.norms]) for group in plan.groups] == [
        ("OR", ["1.1", "1.10", "2.1"]),
        ("Raad van toezicht", ["1.1", "1.10"]),
    ]
    assert group_key("Raad van  Toezicht") == group_key("raad-van-toezicht") == "raad-van-toezicht"
    assert group_key("Cliënten") == group_key("clie\u0308nten")


def test_groups_defined_in_swlabel_yaml_have_their_names(
    small_repo: Repo, run: Callable[..., Any]
) -> None:
    groups = (
        "interview_groups:\n"
        "  - {id: manager-hr, name: Manager HR}\n"
        "  - {id: coordinator-vrijwilligers, name: coördinator vrijwilligers}\n"
        "  - {id: or, name: Ondernemingsraad}\n"
    )
    repo = small_repo(
        {
            "swlabel.yaml": CONFIG + groups,
            "evidence/1.1.md": evidence("1.1", extra="interviewees: [manager-hr, OR]\n"),
            # by name too, in any case or spacing
            "evidence/1.10.md": evidence(
                "1.10", extra="interviewees: [Coördinator-Vrijwilligers, medewerkers]\n"
            ),
        }
    )
    plan = _plan(repo)
    # Defined groups replace the built-in ones: "medewerkers" is shown as written.
    assert [(group.name, [norm.id for norm in group.norms]) for group in plan.groups] == [
        ("coördinator vrijwilligers", ["1.10"]),
        ("Manager HR", ["1.1"]),
        ("medewerkers", ["1.10"]),
        ("Ondernemingsraad", ["1.1"]),
    ]
    report = run("report", repo, "--as-of", "2026-11-01", "-f", "md", "-o", "-")
    assert "| Te interviewen | Manager HR, Ondernemingsraad |" in report.out


def test_not_applicable_norms_are_not_planned(small_repo: Repo) -> None:
    config = CONFIG.replace("business_critical_interns: yes", "business_critical_interns: no")
    reason = "not_applicable_reason: Geen samenwerking.\ninterviewees: [bestuur]\n"
    repo = small_repo(
        {
            "swlabel.yaml": config,
            "evidence/1.1.md": evidence("1.1", extra="interviewees: [medewerkers]\n"),
            "evidence/1.10.md": evidence("1.10", "not_applicable", reason),
            "evidence/2.1.md": evidence("2.1", extra="interviewees: [medewerkers]\n"),
        }
    )
    plan = _plan(repo)
    assert [(group.name, [norm.id for norm in group.norms]) for group in plan.groups] == [
        ("Medewerkers", ["1.1"])
    ]
    assert plan.unspoken == ()
    assert "Over elke norm die van toepassing is" in _run_interviews(repo)


def test_markdown_escapes_what_the_organisation_wrote(small_repo: Repo) -> None:
    item = (
        "evidence:\n  - title: 'Plan | *concept* <b>'\n    url: https://example.org\n"
        "interviewees: [team_a]\n"
    )
    repo = small_repo({"evidence/1.1.md": evidence("1.1", extra=item)})
    text = _run_interviews(repo, format_="md")
    assert "| 1.1 | Plan \\| \\*concept\\* \\<b\\> |" in text
    assert "## team\\_a: 1 norm" in text


def test_control_characters_never_reach_the_terminal(small_repo: Repo) -> None:
    # YAML's "\e" is ESC: a title could recolour or clear the reader's terminal.
    item = '  - title: "Plan \\e[2J\\e[31mrood"\n    url: https://example.org\n'
    extra = f"evidence:\n{item}interviewees: [team]\n"
    repo = small_repo({"evidence/1.1.md": evidence("1.1", extra=extra)})
    for format_ in ("text", "md"):
        text = _run_interviews(repo, format_=format_)
        assert "\x1b" not in text
        assert "Plan \ufffd[2J\ufffd[31mrood" in text.replace("\\[", "[")


def test_an_unknown_format_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="geen formaat"):
        interviews(EXAMPLE, out=io.StringIO(), format_="html")


# --- the calendar ------------------------------------------------------------------------


def _ics(root: Path = EXAMPLE, as_of: dt.date = AS_OF, **options: Any) -> bytes:
    out = io.StringIO()
    assert calendar(root, out=out, output=Path("-"), as_of=as_of, **options) == 0
    return out.getvalue().encode("utf-8")


def _events(data: bytes) -> list[Any]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def _by_summary(data: bytes) -> dict[str, Any]:
    return {str(event["SUMMARY"]): event for event in _events(data)}


def _expected_counts(as_of: dt.date) -> Counter[str]:
    """The events the example should give, read from its files without swlabel: every coming
    deadline, and what is overdue on AS_OF (every review and open action past its date, and
    evidence a norm uses that has expired; not a document no norm uses)."""
    used = {
        item["document"]
        for data in _example_files().values()
        for item in data.get("evidence") or []
        if "document" in item
    }
    counts: Counter[str] = Counter()
    for path in (EXAMPLE / "register").glob("*.yaml"):
        for document in yaml.safe_load(path.read_text(encoding="utf-8"))["documents"]:
            counts["review"] += "review_date" in document
            ends = document.get("valid_until")
            counts["expires"] += ends is not None and (ends >= as_of or document["id"] in used)
    inline = {
        (item["title"], item["valid_until"])
        for data in _example_files().values()
        for item in data.get("evidence") or []
        if "valid_until" in item
    }
    counts["evidence"] = len(inline)
    plan = yaml.safe_load((EXAMPLE / "improvement-plan.yaml").read_text(encoding="utf-8"))
    counts["action"] = sum(
        action["status"] in ("open", "in_progress") and "due" in action
        for action in plan["actions"]
    )
    config = yaml.safe_load((EXAMPLE / "swlabel.yaml").read_text(encoding="utf-8"))
    counts["audit"] = int(config["next_audit"] >= as_of)
    # the certificate of the toetsing of 2025-03-12 (decision 2025-04-20) ends two years later
    counts["certificate"] = int(dt.date(2027, 4, 20) >= as_of)
    return +counts


def test_calendar_of_the_example_has_every_coming_deadline() -> None:
    data = _ics()
    kinds = Counter(str(event["UID"]).split("-")[0] for event in _events(data))
    assert kinds == _expected_counts(AS_OF)
    assert kinds == {
        "review": 10,
        "expires": 6,
        "action": 4,
        "evidence": 3,
        "audit": 1,
        "certificate": 1,
    }
    later = dt.date(2027, 2, 2)
    assert Counter(str(e["UID"]).split("-")[0] for e in _events(_ics(as_of=later))) == (
        _expected_counts(later)
    )


def test_calendar_events_for_the_bhv_certificates_and_the_toetsing() -> None:
    events = _by_summary(_ics())
    bhv = events["Verloopt: Overzicht BHV-certificaten"]
    assert bhv.decoded("DTSTART") == dt.date(2027, 2, 1)
    assert bhv.decoded("DTEND") == dt.date(2027, 2, 2)
    assert str(bhv["UID"]) == "expires-bhv-certificaten@stichting-welzijn-dalwijk.swlabel"
    assert "Normen: 3.16" in str(bhv["DESCRIPTION"]).splitlines()
    audit = events["Toetsing Kwaliteitslabel"]
    assert audit.decoded("DTSTART") == dt.date(2027, 3, 16)
    assert audit.decoded("DTEND") == dt.date(2027, 3, 17)
    action = events[
        "Verbeteractie VA-2026-01: Portfolio's van geregistreerde professionals actueel en "
        "aantoonbaar"
    ]
    assert str(action["DESCRIPTION"]).splitlines()[0] == "Normen: 1.12, 3.10"
    assert "Herzien: Klachtenregeling cliënten" in events
    # Done and cancelled actions, and anything before the reference date, stay out.
    assert not [summary for summary in events if "VA-2026-02" in summary or "VA-2026-05" in summary]
    assert "Verloopt: Overzicht BHV-certificaten" not in _by_summary(
        _ics(as_of=dt.date(2027, 2, 2))
    )
    assert "Verloopt: Overzicht BHV-certificaten" in _by_summary(_ics(as_of=dt.date(2027, 2, 1)))


def test_the_certificate_of_the_last_external_audit_ends_in_the_calendar() -> None:
    # audits/2025-03-12-keurmerkinstituut.yaml: decision 2025-04-20, valid two years
    event = _by_summary(_ics())["Einde certificaat Kwaliteitslabel"]
    assert event["DTSTART"].dt == dt.date(2027, 4, 20)
    assert str(event["UID"]) == "certificate-current@stichting-welzijn-dalwijk.swlabel"


def test_a_calendar_without_deadlines_says_so(small_repo: Repo, tmp_path: Path) -> None:
    out = io.StringIO()
    target = tmp_path / "leeg.ics"
    assert calendar(small_repo(), out=out, output=target, as_of=AS_OF) == 0
    assert out.getvalue().splitlines()[-1] == (
        "Er zijn geen termijnen op of na 2026-11-01; de agenda is leeg."
    )
    assert _events(target.read_bytes()) == []


def test_calendar_in_english() -> None:
    events = _by_summary(_ics(language="en"))
    assert "Expires: Overzicht BHV-certificaten" in events
    assert "Kwaliteitslabel audit" in events
    assert "Review: Klachtenregeling cliënten" in events
    assert (
        "Improvement action VA-2026-04: Jaarlijkse prestatie-evaluatie met bedrijfskritische "
        "leveranciers" in events
    )


def test_calendar_header_and_stamps() -> None:
    data = _ics()
    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["PRODID"]).startswith("-//swlabel//swlabel ")
    assert str(cal["PRODID"]).endswith("//NL")
    assert str(cal["CALSCALE"]) == "GREGORIAN"
    assert str(cal["X-WR-CALNAME"]) == "Stichting Welzijn Dalwijk: termijnen Kwaliteitslabel"
    assert data.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//swlabel//swlabel ")
    stamps = {event.decoded("DTSTAMP") for event in _events(data)}
    assert stamps == {dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)}
    uids = [str(event["UID"]) for event in _events(data)]
    assert len(set(uids)) == len(uids)
    assert all(uid.isascii() and " " not in uid for uid in uids)


def test_calendar_lines_are_folded_crlf_and_at_most_75_octets() -> None:
    data = _ics()
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"\r" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # something was folded
    for line in lines:
        line.decode("utf-8")  # never split inside a character


def test_fold_never_splits_a_character() -> None:
    for prefix in range(4):
        line = "SUMMARY:" + "x" * prefix + "ë€😀" * 40
        folded = fold(line)
        parts = folded.split("\r\n")
        assert all(len(part.encode("utf-8")) <= 75 for part in parts)
        assert all(part.startswith(" ") for part in parts[1:])
        assert "".join([parts[0], *(part[1:] for part in parts[1:])]) == line
    assert fold("SUMMARY:kort") == "SUMMARY:kort"
    assert fold("X" * 75) == "X" * 75
    assert fold("X" * 76) == "X" * 75 + "\r\n X"


def test_text_values_are_escaped() -> None:
    assert escape_text("a,b;c\\d\ne\r\nf\rg") == "a\\,b\\;c\\\\d\\ne\\nf\\ng"
    assert escape_text("tab\there\x00\x1b") == "tab\there"


def test_escaped_title_survives_a_real_parser(small_repo: Repo) -> None:
    register = (
        "documents:\n"
        "  - id: plan\n"
        '    title: "Plan, deel 1; versie \\\\ concept\\nregel twee"\n'
        "    url: https://example.org\n"
        "    review_date: 2027-01-01\n"
    )
    repo = small_repo({"register.yaml": register})
    data = _ics(repo)
    unfolded = data.replace(b"\r\n ", b"").decode("utf-8")
    assert "SUMMARY:Herzien: Plan\\, deel 1\\; versie \\\\ concept regel twee\r\n" in unfolded
    (event,) = _events(data)
    assert str(event["SUMMARY"]) == "Herzien: Plan, deel 1; versie \\ concept regel twee"
    assert str(event["DESCRIPTION"]).splitlines() == [
        "Normen: (nog) geen",
        "Bijwerken in: register.yaml",
    ]


def test_render_is_deterministic_and_byte_identical_per_run(tmp_path: Path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    for target in (first, second):
        assert calendar(EXAMPLE, out=io.StringIO(), output=target, as_of=AS_OF) == 0
    assert first.read_bytes() == second.read_bytes() == _ics()
    event = Event("audit", "next", dt.date(2027, 3, 16), "Toetsing", "")
    render = render_ics([event], organisation="X", calendar_name="X", stamp=AS_OF, version="9")
    assert render == render_ics(
        [event], organisation="X", calendar_name="X", stamp=AS_OF, version="9"
    )
    assert "DESCRIPTION" not in render


def test_calendar_writes_a_file_and_replaces_its_own(tmp_path: Path) -> None:
    target = tmp_path / "deadlines.ics"
    out = io.StringIO()
    assert calendar(EXAMPLE, out=out, output=target, as_of=AS_OF) == 0
    assert out.getvalue() == (
        f"Agenda geschreven naar {target.as_posix()}: 25 termijnen vanaf 2026-11-01\n"
    )
    # Our own file is replaced without --force.
    later = dt.date(2027, 2, 2)
    assert calendar(EXAMPLE, out=io.StringIO(), output=target, as_of=later) == 0
    assert target.read_bytes() == _ics(as_of=later)


@pytest.mark.parametrize(
    "content",
    [
        b"Boodschappen: melk, brood\n",
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\n",
    ],
)
def test_calendar_refuses_to_overwrite_a_file_it_did_not_write(
    tmp_path: Path, content: bytes
) -> None:
    target = tmp_path / "deadlines.ics"
    target.write_bytes(content)
    with pytest.raises(UsageError) as raised:
        calendar(EXAMPLE, out=io.StringIO(), output=target, as_of=AS_OF)
    assert "geen agenda van swlabel" in said(raised.value)
    assert target.read_bytes() == content
    assert calendar(EXAMPLE, out=io.StringIO(), output=target, as_of=AS_OF, force=True) == 0
    assert target.read_bytes() == _ics()


def test_calendar_refuses_a_folder_and_the_dossier_s_own_files(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as raised:
        calendar(EXAMPLE, out=io.StringIO(), output=tmp_path, as_of=AS_OF)
    assert "is een map" in said(raised.value)
    with pytest.raises(UsageError, match="bestand van het dossier zelf"):
        calendar(EXAMPLE, out=io.StringIO(), output=EXAMPLE / "swlabel.yaml", force=True)


def test_standard_output_keeps_crlf_on_a_translating_text_stream() -> None:
    # A text stream as on Windows, which would turn "\n" into "\r\n" (and CRLF into CR CR LF).
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252", newline="\r\n")
    assert calendar(EXAMPLE, out=stream, output=Path("-"), as_of=AS_OF) == 0
    stream.flush()
    assert raw.getvalue() == _ics()


# --- the catalogues ------------------------------------------------------------------------


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_catalogues_have_the_same_keys_and_placeholders() -> None:
    assert set(planning_nl.MESSAGES) == set(planning_en.MESSAGES)
    for key, text in planning_nl.MESSAGES.items():
        assert _fields(text) == _fields(planning_en.MESSAGES[key]), key
    assert not [text for text in planning_nl.MESSAGES.values() if "bevinding" in text.lower()]


# --- overdue, reminders and one owner (#15) ------------------------------------------------


def test_what_is_overdue_stands_on_the_reference_date_marked_late() -> None:
    later = dt.date(2027, 1, 20)
    events = _by_summary(_ics(as_of=later))
    late = events[
        "Verbeteractie VA-2026-01: Portfolio's van geregistreerde professionals actueel en "
        "aantoonbaar (te laat, was 2026-12-31)"
    ]
    assert late.decoded("DTSTART") == later
    assert str(late["UID"]) == "action-VA-2026-01@stichting-welzijn-dalwijk.swlabel"
    assert str(late["DESCRIPTION"]).splitlines()[0] == "Te laat: de termijn was 2026-12-31."
    assert "VALARM" not in late.to_ical().decode()  # it is today: no reminder ahead
    # the first events of the day are the late ones, oldest first
    first = [str(event["SUMMARY"]) for event in _events(_ics(as_of=later))][:2]
    assert first == [
        "Verbeteractie VA-2026-01: Portfolio's van geregistreerde professionals actueel en "
        "aantoonbaar (te laat, was 2026-12-31)",
        "Verloopt: Subsidiebeschikking 2026 gemeente Dalwijk (te laat, was 2026-12-31)",
    ]
    english = _by_summary(_ics(as_of=later, language="en"))
    assert "Expires: Subsidiebeschikking 2026 gemeente Dalwijk (late, was 2026-12-31)" in english


def test_a_document_no_norm_uses_and_a_past_toetsing_are_not_overdue(small_repo: Repo) -> None:
    register = (
        "documents:\n"
        "  - {id: oud, title: Oud verslag, url: https://x.org, valid_until: 2020-01-01}\n"
        "  - {id: plan, title: Plan, url: https://x.org, valid_until: 2020-01-01}\n"
    )
    repo = small_repo(
        {
            "swlabel.yaml": CONFIG + "next_audit: 2026-01-01\n",
            "register.yaml": register,
            "evidence/1.1.md": evidence("1.1", extra="evidence:\n  - document: plan\n"),
        }
    )
    assert list(_by_summary(_ics(repo))) == ["Verloopt: Plan (te laat, was 2020-01-01)"]


def test_every_coming_deadline_reminds_a_week_ahead_or_as_configured(small_repo: Repo) -> None:
    def alarms(data: bytes) -> list[str]:
        return [
            f"{alarm['ACTION']} {alarm['TRIGGER'].to_ical().decode()} {alarm['DESCRIPTION']}"
            for alarm in icalendar.Calendar.from_ical(data).walk("VALARM")
        ]

    config = CONFIG + "next_audit: 2027-03-16\n"
    assert alarms(_ics(small_repo({"swlabel.yaml": config}))) == [
        "DISPLAY -P7D Toetsing Kwaliteitslabel"
    ]
    repo = small_repo({"swlabel.yaml": config + "calendar:\n  remind_days: 14\n"})
    assert alarms(_ics(repo)) == ["DISPLAY -P14D Toetsing Kwaliteitslabel"]
    assert alarms(_ics(repo, remind_days=2)) == ["DISPLAY -P2D Toetsing Kwaliteitslabel"]
    assert alarms(_ics(repo, remind_days=0)) == []


def test_owner_keeps_one_persons_deadlines_and_the_toetsing() -> None:
    events = _events(_ics(owner="preventiemedewerker"))
    assert [(str(e["SUMMARY"]), e.decoded("DTSTART").isoformat()) for e in events] == [
        ("Herzien: BHV-plan alle locaties", "2027-02-01"),
        ("Verloopt: Overzicht BHV-certificaten", "2027-02-01"),
        ("Herzien: RI&E met plan van aanpak", "2027-02-15"),
        ("Toetsing Kwaliteitslabel", "2027-03-16"),
        ("Einde certificaat Kwaliteitslabel", "2027-04-20"),
        ("Verloopt: RI&E met plan van aanpak", "2028-02-15"),
    ]
    with pytest.raises(UsageError, match="bedoelde u 'Preventiemedewerker'"):
        _ics(owner="preventie medewerker")


def test_calendar_owner_and_reminder_from_the_command_line(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    target = tmp_path / "bhv.ics"
    result = run(
        "calendar", EXAMPLE, "--as-of", "2026-11-01", "--owner", "Preventiemedewerker",
        "--remind-days", "3", "--output", target, "--lang", "en",
    )  # fmt: skip
    assert (result.code, result.out) == (
        0,
        f"Calendar written to {target.as_posix()}: 6 deadlines from 2026-11-01\n",
    )
    assert {str(a["TRIGGER"].to_ical().decode()) for a in icalendar.Calendar.from_ical(
        target.read_bytes()).walk("VALARM")} == {"-P3D"}  # fmt: skip
