"""Outcome writes from several senders share transactions, and each still gets its own row back."""

from __future__ import annotations

import threading
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.core.outbox import DONE, NewRedemption, Outbox


def test_concurrent_updates_are_grouped_and_each_caller_sees_its_own_row(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    items = [outbox.add(NewRedemption("mobile", f"9198{n:08d}", Decimal(10), f"B-{n}")) for n in range(64)]
    transactions = []
    real = outbox._transaction

    def counted(own=None):  # type: ignore[no-untyped-def]
        transactions.append(1)
        return real(own)

    outbox._transaction = counted  # type: ignore[method-assign]
    seen: dict[int, tuple[str, str]] = {}
    start = threading.Barrier(16)

    def sender(chunk: list) -> None:  # type: ignore[type-arg]
        start.wait()
        for item in chunk:
            row = outbox.update(item.id, state=DONE, redemption_id=f"R-{item.id}")
            seen[item.id] = (row.state, row.redemption_id)

    threads = [threading.Thread(target=sender, args=(items[n::16],)) for n in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == {item.id: (DONE, f"R-{item.id}") for item in items}
    assert all(row.state == DONE for row in Outbox(tmp_path / "outbox.sqlite3").items())  # durable, read afresh
    assert len(transactions) < len(items)  # some commits carried several rows


def test_a_missing_row_fails_alone(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    item = outbox.add(NewRedemption("mobile", "919800000001", Decimal(10), "B-1"))
    with pytest.raises(KeyError):
        outbox.update(999_999, state=DONE)
    assert outbox.update(item.id, state=DONE).state == DONE


def test_claimed_rows_go_back_as_they_were(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    for n in range(3):
        outbox.add(NewRedemption("mobile", "919800000001", Decimal(10), f"A-{n}"))  # one customer
    outbox.add(NewRedemption("mobile", "919800000002", Decimal(10), "B-0"))
    claimed = outbox.claim_due(0 + 10**10, 10)
    assert [item.bill for item in claimed] == ["A-0", "B-0"]  # one per customer: their order holds
    assert {item.state for item in outbox.items(("sending",))} == {"sending"}
    outbox.release(claimed)
    assert [(item.bill, item.state, item.attempts) for item in outbox.items()][:2] == [
        ("A-0", "pending", 0),
        ("A-1", "pending", 0),
    ]
    assert not outbox.items(("sending",))


def test_an_outcome_written_soon_goes_with_the_next_claim(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    first = outbox.add(NewRedemption("mobile", "919800000001", Decimal(10), "A-0"))
    second = outbox.add(NewRedemption("mobile", "919800000001", Decimal(10), "A-1"))  # same customer
    [claimed] = outbox.claim_due(10**10, 10)
    assert claimed.id == first.id  # the customer's second row waits for the first
    row = outbox.update_soon(claimed, state=DONE, redemption_id="R-1", result={"balance": "90"})
    assert (row.state, row.redemption_id, row.result, row.validation_code) == (DONE, "R-1", {"balance": "90"}, "")
    assert Outbox(tmp_path / "outbox.sqlite3").get(first.id).state == "sending"  # not written yet
    [next_one] = outbox.claim_due(10**10, 10)  # its transaction writes the outcome first
    assert next_one.id == second.id
    fresh = Outbox(tmp_path / "outbox.sqlite3")
    assert (fresh.get(first.id).state, fresh.get(first.id).redemption_id) == (DONE, "R-1")
    outbox.update_soon(next_one, state=DONE, redemption_id="R-2")
    outbox.commit_waiting()
    assert Outbox(tmp_path / "outbox.sqlite3").get(second.id).state == DONE


def test_an_outcome_lost_before_its_write_leaves_the_row_to_be_reconciled(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    item = outbox.add(NewRedemption("mobile", "919800000001", Decimal(10), "A-0"))
    [claimed] = outbox.claim_due(10**10, 10)
    outbox.update_soon(claimed, state=DONE, redemption_id="R-1")
    # The process dies here: a second handle on the file is what the next run sees.
    after_crash = Outbox(tmp_path / "outbox.sqlite3")
    assert after_crash.recover_interrupted() == 1
    assert after_crash.get(item.id).state == "unknown"  # resent under its own reference: 744 if it landed
