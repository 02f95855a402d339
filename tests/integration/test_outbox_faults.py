"""Every injected fault, at enqueue and at replay: exactly one redemption per outbox row, none lost."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.core.capillary import CapillaryClient, Timeouts
from pos_app.core.offline_policy import OfflinePolicy
from pos_app.core.outbox import DONE, OPEN_STATES, REJECTED, NewRedemption, Outbox, OutboxItem
from pos_app.core.redemption import queue_offline, redeem_at_till
from pos_app.core.replay import Replayer
from pos_app.core.sending import Sender, redeem_request
from tests.conftest import SimAdmin
from tests.support.ports import free_port

REDEEM = "/v1.1/points/redeem"
WORKFLOW = "/api_gateway/v2/request-workflow/POINTS-REDEMPTION"
FAULTS = [
    ("refuse", {}),
    ("reset", {}),
    ("drop-after-commit", {}),
    ("latency", {"ms": 1500, "phase": "before"}),  # timeout before commit
    ("latency", {"ms": 1500, "phase": "after"}),  # timeout after commit
    ("http-500", {}),
    ("html-502", {}),
    ("bad-json", {}),
    ("rate-limit", {"retry_after": 1}),
]
IDS = [kind + ("-" + extra.get("phase", "") if "phase" in extra else "") for kind, extra in FAULTS]


def make_sender(sim: SimAdmin, tmp_path: Path, policy: str = "no-otp-under-cap") -> Sender:
    client = CapillaryClient.with_basic_auth(sim.url, "demo.till", "demo", timeouts=Timeouts(connect=1, read=1))
    return Sender(
        client,
        Outbox(tmp_path / "outbox.sqlite3"),
        OfflinePolicy(name=policy, requests_per_minute=6000),
        rng=lambda: 0.0,
    )


def replay_to_the_end(sender: Sender) -> None:
    for _ in range(20):
        for item in sender.outbox.items(OPEN_STATES):  # no waiting for backoff in a test
            sender.outbox.update(item.id, next_attempt_at=0)
        Replayer(sender, sleep=lambda s: None).run(max_wait_s=0)
        if not sender.outbox.items(OPEN_STATES):
            return
    raise AssertionError(f"still open: {sender.outbox.items(OPEN_STATES)}")


def assert_exactly_once(sender: Sender, sim: SimAdmin) -> None:
    references = [row["external_reference_number"] for row in sim.ledger()]
    assert len(references) == len(set(references)), "a row was applied twice"
    done = {item.reference for item in sender.outbox.items() if item.state == DONE}
    assert set(references) == done, "ledger and outbox disagree"


def new(bill: str, **extra) -> NewRedemption:
    return NewRedemption("mobile", "919777788221", Decimal(20), bill, **extra)


@pytest.mark.parametrize(("kind", "extra"), FAULTS, ids=IDS)
def test_fault_at_enqueue_while_the_cashier_waits(sim: SimAdmin, tmp_path: Path, kind: str, extra: dict) -> None:
    sender = make_sender(sim, tmp_path)
    sim.fault(REDEEM, kind, count=1, **extra)
    sim.missed_call("919777788221")
    outcome = redeem_at_till(sender, new("B-1", validation_type="MISSED_CALL"))
    assert outcome.kind in ("done", "queued", "rejected")
    assert outcome.message  # the cashier is always told something
    if outcome.kind == "rejected":
        assert outcome.item.state == REJECTED and sim.ledger() == []
    sim.clear_faults()
    replay_to_the_end(sender)
    assert_exactly_once(sender, sim)
    assert len(sender.outbox.items()) == 1


@pytest.mark.parametrize(("kind", "extra"), FAULTS, ids=IDS)
def test_fault_at_replay(sim: SimAdmin, tmp_path: Path, kind: str, extra: dict) -> None:
    sender = make_sender(sim, tmp_path)
    for n in range(3):
        queue_offline(sender, new(f"B-{n}"))
    sim.fault(REDEEM, kind, count=2, **extra)
    Replayer(sender, sleep=lambda s: None).run(max_wait_s=0)
    sim.clear_faults()
    replay_to_the_end(sender)
    assert_exactly_once(sender, sim)
    assert [i.state for i in sender.outbox.items()] == [DONE, DONE, DONE]


def test_rejection_at_replay_goes_to_attention_and_is_not_applied(sim: SimAdmin, tmp_path: Path) -> None:
    sender = make_sender(sim, tmp_path)
    queue_offline(sender, new("B-1"))
    queue_offline(sender, NewRedemption("mobile", "919000000001", Decimal(20), "B-2"))  # no such customer
    replay_to_the_end(sender)
    states = {i.bill: (i.state, i.reason) for i in sender.outbox.items()}
    assert states["B-1"][0] == DONE
    assert states["B-2"][0] == "attention" and "no loyalty customer has this mobile number" in states["B-2"][1]
    assert_exactly_once(sender, sim)


def test_expired_code_falls_back_per_policy(sim: SimAdmin, tmp_path: Path) -> None:
    sender = make_sender(sim, tmp_path)
    item = sender.outbox.add(new("B-1", validation_type="SMS", validation_code="000000", offline=True))
    replay_to_the_end(sender)
    done = sender.outbox.get(item.id)
    assert done.state == DONE and done.skip_validation and done.validation_code == ""
    assert sim.ledger()[0]["validation"] == "none"


def test_expired_code_under_refuse_needs_a_person(sim: SimAdmin, tmp_path: Path) -> None:
    sender = make_sender(sim, tmp_path, policy="refuse")
    item = sender.outbox.add(new("B-1", validation_type="SMS", validation_code="000000", offline=True))
    replay_to_the_end(sender)
    assert sender.outbox.get(item.id).state == "attention" and sim.ledger() == []


def approval_sender(sim: SimAdmin, tmp_path: Path) -> Sender:
    from pos_app.core.capillary import WorkflowSettings
    from pos_app.sim.data import DEMO_CHECKER_TOKEN, DEMO_ORG_ID, DEMO_WORKFLOW_TOKEN

    sender = make_sender(sim, tmp_path, policy="approval")
    sender.client.workflow = WorkflowSettings(
        sim.url,
        DEMO_ORG_ID,
        DEMO_WORKFLOW_TOKEN,
        {"tillId": "1", "storeId": "2", "zoneId": "3", "conceptId": "4"},
        checker_token=DEMO_CHECKER_TOKEN,
    )
    return sender


def replay_until_waiting_for_approval(sender: Sender, item_id: int) -> OutboxItem:
    for _ in range(10):
        sender.outbox.update(item_id, next_attempt_at=0)
        Replayer(sender, sleep=lambda s: None).run(max_wait_s=0)
        item = sender.outbox.get(item_id)
        if item.state == "approval":
            return item
    raise AssertionError(f"never sent for approval: {item}")


def approval_requests(sim: SimAdmin, reference: str) -> list[str]:
    """Every maker-checker request the service holds for a reference, oldest first."""
    return [
        request_id
        for request_id, record in sim.server.state.requests.items()
        if record["details"]["IntouchAPITask-Payload"]["body"]["root"]["redeem"]["external_reference_number"]
        == reference
    ]


def test_approval_policy_replays_as_maker_checker_requests(sim: SimAdmin, tmp_path: Path) -> None:
    sender = approval_sender(sim, tmp_path)
    first = queue_offline(sender, new("B-1")).item
    second = queue_offline(sender, new("B-2")).item
    Replayer(sender, sleep=lambda s: None).run(max_wait_s=0)
    waiting = sender.outbox.items(("approval",))
    assert len(waiting) == 2 and all(i.workflow_request_id for i in waiting)
    client = sender.client
    client.decide_redemption_request(sender.outbox.get(first.id).workflow_request_id, True, "ok")
    client.decide_redemption_request(sender.outbox.get(second.id).workflow_request_id, False, "no")
    replay_to_the_end(sender)
    assert sender.outbox.get(first.id).state == DONE and sender.outbox.get(first.id).redemption_id
    assert sender.outbox.get(second.id).state == "attention"
    assert "earlier request" not in sender.outbox.get(second.id).reason
    assert_exactly_once(sender, sim)


def test_a_rejected_approval_retried_asks_again_and_one_waiting_cannot_be_cancelled(
    sim: SimAdmin, tmp_path: Path
) -> None:
    from pos_app.core.queue_view import NotAllowed, cancel, retry

    sender = approval_sender(sim, tmp_path)
    item = queue_offline(sender, new("B-1")).item
    first = replay_until_waiting_for_approval(sender, item.id).workflow_request_id
    with pytest.raises(NotAllowed, match="could still approve it"):
        cancel(sender.outbox, item.id, "customer left")
    sender.client.decide_redemption_request(first, False, "wrong bill")
    replay_to_the_end(sender)
    assert sender.outbox.get(item.id).state == "attention"
    retry(sender.outbox, item.id)
    second = replay_until_waiting_for_approval(sender, item.id).workflow_request_id
    assert second and second != first  # a new request, not the rejected one polled again
    sender.client.decide_redemption_request(second, True, "ok")
    replay_to_the_end(sender)
    assert sender.outbox.get(item.id).state == DONE
    assert_exactly_once(sender, sim)


@pytest.mark.parametrize(("kind", "extra"), FAULTS, ids=IDS)
def test_a_fault_while_asking_for_approval_applies_the_row_once_if_every_request_is_approved(
    sim: SimAdmin, tmp_path: Path, kind: str, extra: dict
) -> None:
    sender = approval_sender(sim, tmp_path)
    item = queue_offline(sender, new("B-1")).item
    sim.fault(WORKFLOW, kind, **extra)
    followed = replay_until_waiting_for_approval(sender, item.id)
    requests = approval_requests(sim, item.reference)
    assert followed.workflow_request_id == requests[-1]
    # Without an answer the till cannot know whether a request was made: the next one says so.
    # Only a 429 says for certain that nothing was made.
    may_exist = kind != "rate-limit"
    assert ("approve only one" in followed.reason) is may_exist
    if kind == "drop-after-commit" or extra.get("phase") == "after":
        assert len(requests) == 2  # made, and its answer lost
    assert len(requests) == 1 or may_exist
    for request_id in requests:  # a supervisor approves them all, the one we lost first
        sender.client.decide_redemption_request(request_id, True, "ok")
    replay_to_the_end(sender)
    assert sender.outbox.get(item.id).state == DONE
    assert len(sim.ledger()) == 1
    assert_exactly_once(sender, sim)


@pytest.mark.parametrize("other_request_approved", [True, False])
def test_a_rejected_request_is_checked_against_a_lost_one(
    sim: SimAdmin, tmp_path: Path, other_request_approved: bool
) -> None:
    sender = approval_sender(sim, tmp_path)
    item = queue_offline(sender, new("B-1")).item
    sim.fault(WORKFLOW, "drop-after-commit")
    replay_until_waiting_for_approval(sender, item.id)
    lost, followed = approval_requests(sim, item.reference)
    if other_request_approved:
        sender.client.decide_redemption_request(lost, True, "ok")
    sender.client.decide_redemption_request(followed, False, "no")
    replay_to_the_end(sender)
    row = sender.outbox.get(item.id)
    if other_request_approved:  # applied through the request we lost: done, not a task for a person
        # Found by its bill in the history, whose rows carry a numeric id, not the redeem's code.
        assert row.state == DONE and row.result["matched_by"] == "bill, points, program and time"
        assert row.result["history_id"] == str(sim.ledger()[0]["history_id"]) and row.redemption_id == ""
    else:
        assert row.state == "attention" and sim.ledger() == []
        assert "earlier request" in row.reason and item.reference in row.reason
    assert_exactly_once(sender, sim)


def test_a_refused_request_after_a_lost_one_warns_of_the_lost_one(sim: SimAdmin, tmp_path: Path) -> None:
    from dataclasses import replace as changed

    sender = approval_sender(sim, tmp_path)
    item = queue_offline(sender, new("B-1")).item
    sim.fault(WORKFLOW, "drop-after-commit")
    Replayer(sender, sleep=lambda s: None).run(max_wait_s=0)
    assert sender.outbox.get(item.id).state == "unknown"
    workflow = sender.client.workflow
    assert workflow is not None
    sender.client.workflow = changed(workflow, entity={"tillId": "1"})  # now refused: 2008, no store
    replay_to_the_end(sender)
    row = sender.outbox.get(item.id)
    assert row.state == "attention" and "earlier request" in row.reason
    assert len(approval_requests(sim, item.reference)) == 1 and sim.ledger() == []


def test_a_replay_killed_while_asking_for_approval_marks_the_next_request(sim: SimAdmin, tmp_path: Path) -> None:
    sender = approval_sender(sim, tmp_path)
    item = queue_offline(sender, new("B-1")).item
    sender.client.create_redemption_request(  # the request went out, then the process died
        replace(redeem_request(item), skip_validation=True, validation_code="", validation_type=None)
    )
    sender.outbox.update(item.id, state="sending")
    assert sender.outbox.recover_interrupted() == 1
    followed = replay_until_waiting_for_approval(sender, item.id)
    assert "approve only one" in followed.reason and len(approval_requests(sim, item.reference)) == 2


def test_items_older_than_the_maximum_age_are_not_sent(sim: SimAdmin, tmp_path: Path) -> None:
    sender = make_sender(sim, tmp_path)
    item = queue_offline(sender, new("B-1")).item
    sender.outbox.update(item.id, created_at=item.created_at - 100 * 3600)
    replay_to_the_end(sender)
    assert sender.outbox.get(item.id).state == "attention" and sim.ledger() == []


def test_old_unknown_item_is_looked_up_not_resent(sim: SimAdmin, tmp_path: Path) -> None:
    sender = make_sender(sim, tmp_path)
    sim.fault(REDEEM, "drop-after-commit", count=2)
    # The history cannot be asked either, so the till's second try is sent again (and lost).
    sim.fault("/v1.1/customer/redemptions", "http-500", count=1)
    sim.missed_call("919777788221")
    outcome = redeem_at_till(sender, new("B-1", validation_type="MISSED_CALL"))
    assert outcome.item.state == "unknown"
    sender.outbox.update(outcome.item.id, created_at=outcome.item.created_at - 100 * 3600)
    replay_to_the_end(sender)
    assert sender.outbox.get(outcome.item.id).state == DONE
    assert_exactly_once(sender, sim)


def test_fifo_per_customer(sim: SimAdmin, tmp_path: Path) -> None:
    sender = make_sender(sim, tmp_path)
    a1 = queue_offline(sender, new("A-1")).item
    queue_offline(sender, NewRedemption("mobile", "919777785205", Decimal(20), "V-1"))
    a2 = queue_offline(sender, new("A-2")).item
    sender.outbox.update(a1.id, next_attempt_at=10**12)  # the customer's first item must wait
    Replayer(sender, sleep=lambda s: None).run(max_wait_s=0)
    assert [r["transaction_number"] for r in sim.ledger()] == ["V-1"]
    assert sender.outbox.get(a2.id).state == "pending"


def test_offline_caps(sim: SimAdmin, tmp_path: Path) -> None:
    from pos_app.core.redemption import OfflineRefused

    sender = make_sender(sim, tmp_path)
    sender.policy = OfflinePolicy(
        name="no-otp-under-cap", max_points_each=Decimal(50), max_points_total=Decimal(60), max_items=5
    )
    with pytest.raises(OfflineRefused, match="at most 50 points"):
        queue_offline(sender, NewRedemption("mobile", "919777788221", Decimal(60), "B"))
    queue_offline(sender, NewRedemption("mobile", "919777788221", Decimal(50), "B"))
    with pytest.raises(OfflineRefused, match="already waiting"):
        queue_offline(sender, NewRedemption("mobile", "919777788221", Decimal(20), "B-2"))
    sender.policy = OfflinePolicy(name="refuse")
    with pytest.raises(OfflineRefused, match="does not accept"):
        queue_offline(sender, NewRedemption("mobile", "919777788221", Decimal(10), "B"))


def test_replay_honours_retry_after(sim: SimAdmin, tmp_path: Path) -> None:
    sender = make_sender(sim, tmp_path)
    queue_offline(sender, new("B-1"))
    sim.fault(REDEEM, "rate-limit", count=1, retry_after=7)
    slept: list[float] = []
    replayer = Replayer(sender, sleep=slept.append)
    replayer.step()
    assert sender.outbox.items()[0].state == "pending"
    sender.outbox.update(sender.outbox.items()[0].id, next_attempt_at=0)
    replayer.step()
    assert slept and slept[-1] > 6


@pytest.mark.parametrize("kind", ["refuse", "drop-after-commit", "reset", "http-500"])
def test_several_senders_keep_each_customer_in_order_and_apply_each_row_once(
    sim: SimAdmin, tmp_path: Path, kind: str
) -> None:
    sender = make_sender(sim, tmp_path)
    mobiles = ["919777788221", "919777785205", "919777700303"]
    for n in range(12):
        queue_offline(sender, NewRedemption("mobile", mobiles[n % 3], Decimal(20), f"S-{n}"))
    sim.fault(REDEEM, kind, count=4)
    Replayer(sender, sleep=lambda s: None, workers=4).run(max_wait_s=0)
    assert not sender.outbox.items(("sending",)), "claimed rows left unsent must go back"
    sim.clear_faults()
    for _ in range(20):
        for item in sender.outbox.items(OPEN_STATES):
            sender.outbox.update(item.id, next_attempt_at=0)
        Replayer(sender, sleep=lambda s: None, workers=4).run(max_wait_s=0)
    assert_exactly_once(sender, sim)
    assert [(i.bill, i.state, i.reason) for i in sender.outbox.items() if i.state != DONE] == []
    for mobile in mobiles:
        bills = [int(r["transaction_number"][2:]) for r in sim.ledger() if r["mobile"] == mobile]
        assert bills == sorted(bills), f"{mobile}'s items went out of order: {bills}"


def test_rows_claimed_but_not_sent_go_back_as_they_were_when_the_network_drops(sim: SimAdmin, tmp_path: Path) -> None:
    sender = make_sender(sim, tmp_path)
    for n, mobile in enumerate(["919777788221", "919777785205", "919777700303"]):
        queue_offline(sender, NewRedemption("mobile", mobile, Decimal(20), f"N-{n}"))
    nowhere = f"http://127.0.0.1:{free_port()}"  # nothing listens: every call is refused
    offline = Sender(CapillaryClient.with_basic_auth(nowhere, "demo.till", "demo"), sender.outbox, sender.policy)
    # Two senders, three customers due: one claimed row is still waiting when the refusal stops it all.
    report = Replayer(offline, sleep=lambda s: None, workers=2).run(max_wait_s=0)
    assert report.stopped_because
    rows = sender.outbox.items()
    assert [row.state for row in rows] == ["pending"] * 3
    assert sorted(row.attempts for row in rows) == [0, 1, 1]  # the one never sent was not counted
    replay_to_the_end(sender)
    assert_exactly_once(sender, sim)


def test_a_redemption_that_never_left_the_till_goes_to_the_offline_policy(sim: SimAdmin, tmp_path: Path) -> None:
    """Nothing listens where the till sends: nothing can have been applied, so the policy decides."""
    sender = make_sender(sim, tmp_path)
    live = sender.client
    sender.client = CapillaryClient.with_basic_auth(f"http://127.0.0.1:{free_port()}", "demo.till", "demo")
    sim.missed_call("919777788221")
    outcome = redeem_at_till(sender, new("B-1", validation_type="MISSED_CALL"))
    assert outcome.kind == "queued", outcome.message
    assert outcome.item.state == "pending" and outcome.item.offline and outcome.item.skip_validation
    assert "cannot be reached" in outcome.message and outcome.item.reference in outcome.message
    sender.client = live
    replay_to_the_end(sender)
    assert_exactly_once(sender, sim)
    assert [i.state for i in sender.outbox.items()] == [DONE]


def test_a_redemption_that_never_left_the_till_under_refuse_is_refused_in_the_policys_words(
    sim: SimAdmin, tmp_path: Path
) -> None:
    sender = make_sender(sim, tmp_path, policy="refuse")
    sender.client = CapillaryClient.with_basic_auth(f"http://127.0.0.1:{free_port()}", "demo.till", "demo")
    outcome = redeem_at_till(sender, new("B-1", validation_code="123456", validation_type="SMS"))
    assert outcome.kind == "rejected" and outcome.item.state == REJECTED
    assert "does not accept redemptions offline" in outcome.message
