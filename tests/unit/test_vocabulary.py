"""The app's vocabulary has one home each: outbox states, outcome kinds, validation types (StrEnum),
and the item-code groups (core/capillary/codes.py)."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from pos_app.core.capillary.inputs import ValidationType
from pos_app.core.outbox import OPEN_STATES, NewRedemption, Outbox, OutboxState
from pos_app.core.redemption import OutcomeKind

PACKAGE = Path(__file__).resolve().parents[2] / "pos_app"


def sources(*leave_out: str) -> dict[str, str]:
    return {
        str(path.relative_to(PACKAGE)): path.read_text(encoding="utf-8")
        for path in PACKAGE.rglob("*.py")
        if not str(path.relative_to(PACKAGE)).startswith(leave_out)
    }


def test_a_rows_state_is_stored_and_read_back_as_its_name(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    item = outbox.add(NewRedemption("mobile", "919777788221", Decimal(10), "B-1"))
    for state in OutboxState:
        assert outbox.update(item.id, state=state).state == state == state.value
    assert set(OPEN_STATES) == {OutboxState.PENDING, OutboxState.SENDING, OutboxState.UNKNOWN, OutboxState.APPROVAL}
    outbox.close()


def test_validation_types_are_named_as_the_api_names_them() -> None:
    assert [v.value for v in ValidationType] == ["SMS", "MISSED_CALL", "INVALID"]
    assert ValidationType.of("MISSED_CALL") is ValidationType.MISSED_CALL
    assert ValidationType.of("") is None and ValidationType.of("none") is None
    assert {k.value for k in OutcomeKind} == {"done", "queued", "rejected"}


def test_the_words_are_not_spelled_out_again_outside_their_home() -> None:
    # The simulator stands for the service: it reads the API's words from the request as they come.
    spelled = re.compile(r"\"(MISSED_CALL|SMS)\"")
    again = [name for name, text in sources("sim/", "core/capillary/inputs.py").items() if spelled.search(text)]
    assert again == []


def test_item_code_groups_live_only_in_codes_py() -> None:
    group = re.compile(r"frozenset\(\{\s*\d|code in \(\d")
    again = [name for name, text in sources("core/capillary/codes.py").items() if group.search(text)]
    assert again == []
