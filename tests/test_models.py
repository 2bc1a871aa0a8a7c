"""The pydantic models on their own: what they accept and what they refuse."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from swlabel.models import Config, EvidenceFile, EvidenceItem, ImprovementAction, RegisterDocument


def test_dates_only_as_iso_text_with_a_real_day() -> None:
    item = EvidenceItem(title="x", url="https://example.org", date="2026-03-31")  # type: ignore[arg-type]
    assert item.date == dt.date(2026, 3, 31)
    for bad in ("2026-02-30", "2026-13-01", "31-03-2026", "1700000000", "2026-3-1"):
        with pytest.raises(ValidationError) as caught:
            EvidenceItem(title="x", url="https://example.org", date=bad)  # type: ignore[arg-type]
        assert caught.value.errors()[0]["type"] == "swl_date"


def test_evidence_item_is_a_reference_or_inline_never_both() -> None:
    assert EvidenceItem(document="klachtenregeling").document == "klachtenregeling"
    with pytest.raises(ValidationError, match=r"document and inline"):
        EvidenceItem(document="a", title="b")
    with pytest.raises(ValidationError):
        EvidenceItem(title="zonder pad of url")
    with pytest.raises(ValidationError):
        EvidenceItem(title="beide", path="a.pdf", url="https://example.org")


def test_empty_lists_and_single_ids_are_understood() -> None:
    data = {"norm": "1.1", "evidence": None, "interviewees": None, "actions": "VA-1"}
    evidence = EvidenceFile.model_validate(data)
    assert (evidence.evidence, evidence.interviewees, evidence.actions) == ((), (), ("VA-1",))
    assert evidence.status == "not_assessed"


def test_unknown_keys_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        EvidenceFile.model_validate({"norm": "1.1", "statuss": "compliant"})
    assert caught.value.errors()[0]["type"] == "extra_forbidden"


def test_config_scope_answers_are_yes_no_and_version_must_be_1() -> None:
    config = Config.model_validate(
        {"format_version": "1", "organisation": "X", "scope": {"a": "yes", "b": "no"}}
    )
    assert config.scope == {"a": True, "b": False}
    with pytest.raises(ValidationError) as caught:
        Config.model_validate({"format_version": "2", "organisation": "X"})
    assert caught.value.errors()[0]["type"] == "swl_format_version"
    with pytest.raises(ValidationError):
        Config.model_validate({"format_version": "1", "organisation": "  "})


def test_register_document_needs_path_or_url_and_action_statuses() -> None:
    with pytest.raises(ValidationError):
        RegisterDocument(id="a", title="A")
    with pytest.raises(ValidationError):
        ImprovementAction.model_validate({"id": "VA-1", "title": "t", "status": "klaar"})
    action = ImprovementAction.model_validate({"id": "VA-1", "title": "t", "norms": ["1.10"]})
    assert (action.status, action.source, action.norms) == ("open", "zelfevaluatie", ("1.10",))
