"""The one redemption service (till, kiosk and command line): no threads, no network, a fake client."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from pos_app.core.capillary import GroupRef, Identifier, NotSent, OutcomeUnknown, Rejected
from pos_app.core.capillary.models import HistoryEntry, ItemStatus, Redemption
from pos_app.core.config import Settings
from pos_app.core.journal import Journal
from pos_app.core.offline_policy import OfflinePolicy
from pos_app.core.outbox import DONE, PENDING, REJECTED, SENDING, UNKNOWN, Outbox
from pos_app.core.receipt import Receipt
from pos_app.core.redemption import OfflineRefused
from pos_app.core.redemption_service import ReceiptFacts, RedemptionService
from pos_app.core.sending import Sender
from pos_app.core.storage_error import NotRecorded

ASHA = Identifier("mobile", "919777788221")


def redemption(request: Any) -> Redemption:
    return Redemption(
        redemption_id="R-1",
        points_redeemed=request.points,
        redeemed_value=request.points / 4,
        redeemed_local_value=request.points / 4,
        balance=Decimal(480),
        mobile=ASHA.value,
        user_id="1",
        side_effects=(),
        item_status=ItemStatus(True, 800, "ok"),
    )


class FakeClient:
    """Answers ``redeem`` from a script: a ``Redemption`` maker or an exception per call."""

    def __init__(self, *answers: Any, history: list[HistoryEntry] | None = None) -> None:
        self.answers = list(answers)
        self.sent: list[Any] = []
        self.history = history or []

    def redeem(self, request: Any) -> Redemption:
        self.sent.append(request)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer(request)

    def redemption_history(self, *_args: Any, **_kw: Any) -> list[HistoryEntry]:
        return self.history


@pytest.fixture
def parts(tmp_path: Path) -> Iterator[tuple[Outbox, Journal, Settings]]:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    journal = Journal(outbox)
    settings = Settings()
    settings.set("store_name", "Koramangala")
    settings.set("printer.kind", "network")
    yield outbox, journal, settings
    outbox.close()
    journal.close()


def service_with(client: FakeClient, parts: tuple[Outbox, Journal, Settings], **ports: Any) -> RedemptionService:
    outbox, journal, settings = parts
    policy = OfflinePolicy(name="no-otp-under-cap", max_points_each=Decimal(100))
    return RedemptionService(Sender(client, outbox, policy, rng=lambda: 0.0), journal, settings, **ports)  # type: ignore[arg-type]


def test_a_done_redemption_is_journaled_printed_and_the_queue_told(parts) -> None:
    printed: list[Receipt] = []
    changes: list[int] = []
    service = service_with(
        FakeClient(redemption), parts, print_receipt=printed.append, queue_changed=lambda: changes.append(1)
    )
    new = service.new_redemption(
        ASHA, Decimal(40), "B-1", validation_type="SMS", validation_code="123456", cashier="T1"
    )
    done = service.redeem(new, ReceiptFacts(customer_name="Asha Rao"))
    assert done.kind == "done" and done.item.state == DONE and done.item.redemption_id == "R-1"
    kept = parts[1].get(done.journal_id)
    assert (kept.redemption_id, kept.customer_name, kept.store, kept.bill) == ("R-1", "Asha Rao", "Koramangala", "B-1")
    assert printed == [done.receipt] and changes == [1] and not done.journal_error


def test_no_printing_is_asked_for_when_auto_print_is_off(parts) -> None:
    parts[2].set("receipt.auto_print", "false")
    printed: list[Receipt] = []
    service = service_with(FakeClient(redemption), parts, print_receipt=printed.append)
    service.redeem(service.new_redemption(ASHA, Decimal(40), "B-1", validation_type="SMS", validation_code="1"))
    assert printed == []


def test_a_lost_answer_is_asked_again_under_the_same_reference(parts) -> None:
    client = FakeClient(OutcomeUnknown("read timed out"), redemption)
    service = service_with(client, parts)
    done = service.redeem(service.new_redemption(ASHA, Decimal(40), "B-1", validation_type="MISSED_CALL"))
    assert done.kind == "done"
    assert [r.external_reference_number for r in client.sent] == [done.item.reference] * 2


def test_an_answer_lost_twice_is_queued_with_a_pending_receipt(parts) -> None:
    service = service_with(FakeClient(OutcomeUnknown("a"), OutcomeUnknown("b")), parts)
    queued = service.redeem(service.new_redemption(ASHA, Decimal(40), "B-1", validation_type="MISSED_CALL"))
    assert queued.kind == "queued" and queued.item.state == UNKNOWN
    assert parts[1].get(queued.journal_id).pending and queued.item.reference in queued.message


def test_a_refusal_keeps_no_receipt_and_prints_nothing(parts) -> None:
    printed: list[Receipt] = []
    service = service_with(FakeClient(Rejected(816, "wrong code")), parts, print_receipt=printed.append)
    refused = service.redeem(
        service.new_redemption(ASHA, Decimal(40), "B-1", validation_type="SMS", validation_code="1")
    )
    assert refused.kind == "rejected" and refused.item.state == REJECTED
    assert refused.receipt is None and parts[1].last_id() is None and printed == []


def test_a_redemption_that_never_left_follows_the_offline_policy(parts) -> None:
    service = service_with(FakeClient(NotSent("connection refused")), parts)
    small = service.redeem(service.new_redemption(ASHA, Decimal(40), "B-1", validation_type="MISSED_CALL"))
    assert (
        small.kind == "queued" and small.item.state == PENDING and small.receipt is not None and small.receipt.pending
    )
    service.sender.client.answers.append(NotSent("connection refused"))  # type: ignore[attr-defined]
    large = service.redeem(service.new_redemption(ASHA, Decimal(400), "B-2", validation_type="MISSED_CALL"))
    assert large.kind == "rejected" and "Nothing was redeemed" in large.message


def test_offline_queueing_outside_the_policy_is_refused_and_keeps_nothing(parts) -> None:
    service = service_with(FakeClient(), parts)
    with pytest.raises(OfflineRefused):
        service.queue_offline(service.new_redemption(ASHA, Decimal(400), "B-1"))
    assert parts[0].items() == [] and parts[1].last_id() is None
    queued = service.queue_offline(service.new_redemption(ASHA, Decimal(40), "B-2"))
    assert queued.item.offline and queued.item.skip_validation and parts[1].get(queued.journal_id).pending


def test_a_receipt_that_cannot_be_made_is_said_and_logged_and_written_when_the_journal_opens_next(
    parts, tmp_path: Path, caplog, monkeypatch
) -> None:
    outbox, _journal, _settings = parts
    import pos_app.core.journal as journal_module

    def broken(*_args: Any) -> Receipt:
        raise ValueError("a receipt that cannot be made")

    monkeypatch.setattr(journal_module, "receipt_from_draft", broken)
    service = service_with(FakeClient(redemption), parts)
    done = service.redeem(service.new_redemption(ASHA, Decimal(40), "B-1", validation_type="MISSED_CALL"))
    assert done.kind == "done" and outbox.get(done.item.id).state == DONE  # the redemption stands
    assert done.journal_id is None and done.item.reference in done.journal_error and "log" in done.journal_error
    assert any("not journaled" in record.getMessage() for record in caplog.records)
    monkeypatch.undo()
    again = Journal(outbox)  # the next start: the receipt the row still owes is written
    kept = again.get(outbox.receipt_id(done.item.id))
    assert (kept.reference, kept.redemption_id) == (done.item.reference, "R-1")


def test_a_full_disk_while_recording_the_outcome_says_it_may_be_applied_and_keeps_the_row(parts) -> None:
    outbox, journal, _settings = parts

    def disk_full(*_args: Any) -> int:
        raise sqlite3.OperationalError("database or disk is full")

    outbox.receipt_writer = disk_full
    service = service_with(FakeClient(redemption), parts)
    with pytest.raises(NotRecorded, match="may have been applied: do not redo it"):
        service.redeem(service.new_redemption(ASHA, Decimal(40), "B-1", validation_type="MISSED_CALL"))
    (row,) = outbox.items()
    assert row.state == SENDING  # as a killed process leaves it: reconciled as unknown next start
    assert outbox.recover_interrupted() == 1 and journal.last_id() is None


def test_the_outbox_row_is_made_in_one_place() -> None:
    service = RedemptionService.__new__(RedemptionService)
    family = GroupRef.from_params({"user_group2_id": "FAM-RAO"})
    row = service.new_redemption(
        ASHA, Decimal(40), "B-1", program_id="P2", group=family, validation_type="MISSED_CALL", validation_code="999"
    )
    assert (row.customer_kind, row.customer_value, row.program_id) == ("mobile", ASHA.value, "P2")
    assert row.group_ref == family.as_params() and row.validation_code == ""  # a missed call carries no code


def test_an_offline_slip_has_the_value_and_program_title_the_till_learned(parts, tmp_path: Path) -> None:
    from dataclasses import replace

    from pos_app.core.capillary.models import Customer, ProgramBalance
    from pos_app.core.org_rules import LearnedRules
    from pos_app.core.receipt import render_text
    from pos_app.core.worth import learn_ratios

    rules = LearnedRules(tmp_path / "org_rules.json")
    customer = Customer.from_json({"firstname": "Asha"})
    learned = replace(customer, programs=(ProgramBalance("973", "Club Rewards", Decimal(900), Decimal("0.25")),))
    learn_ratios(rules, learned)  # an earlier lookup, while the network was up
    outbox, journal, settings = parts
    policy = OfflinePolicy(name="no-otp-under-cap", max_points_each=Decimal(100))
    service = RedemptionService(Sender(FakeClient(), outbox, policy), journal, settings, rules=rules)  # type: ignore[arg-type]
    queued = service.queue_offline(service.new_redemption(ASHA, Decimal(40), "B-1", program_id="973"))
    kept = journal.get(queued.journal_id)
    assert kept.pending and kept.value == Decimal(10) and kept.ratio == Decimal("0.25")
    slip = render_text(kept, 42)
    assert "Program                       Club Rewards" in slip and "973" not in slip
    assert "₹10.00" in slip and "Customer                         not known" in slip, slip


def test_a_redemption_named_by_program_id_alone_prints_the_programs_title(parts, tmp_path: Path) -> None:
    """``pos-app redeem --program 973``: no lookup in the same call, the title a lookup gave before."""
    from dataclasses import replace

    from pos_app.core.capillary.models import Customer, ProgramBalance
    from pos_app.core.org_rules import LearnedRules
    from pos_app.core.receipt import render_text
    from pos_app.core.worth import learn_ratios

    rules = LearnedRules(tmp_path / "org_rules.json")
    learned = replace(
        Customer.from_json({"firstname": "Asha"}),
        programs=(ProgramBalance("973", "Club Rewards", Decimal(900), Decimal("0.25")),),
    )
    learn_ratios(rules, learned)
    outbox, journal, settings = parts
    policy = OfflinePolicy(name="no-otp-under-cap", max_points_each=Decimal(100))
    service = RedemptionService(Sender(FakeClient(redemption), outbox, policy), journal, settings, rules=rules)  # type: ignore[arg-type]
    done = service.redeem(
        service.new_redemption(ASHA, Decimal(40), "B-1", program_id="973", validation_type="SMS", validation_code="1")
    )
    assert done.kind == "done"
    assert "Program                       Club Rewards" in render_text(journal.get(done.journal_id), 42)
