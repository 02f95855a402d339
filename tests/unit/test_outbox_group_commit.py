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

    def counted():  # type: ignore[no-untyped-def]
        transactions.append(1)
        return real()

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
