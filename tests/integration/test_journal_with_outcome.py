"""A receipt is never lost: written in the same transaction as its redemption's outcome.

A till's data from before (a journal file beside the queue's) is moved in place on first use;
a redemption process killed with SIGKILL right after the service answered leaves either no
outcome (reconciled later, its receipt then) or the outcome with its receipt, never one alone.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from pos_app.core.outbox import MIGRATIONS
from pos_app.core.receipt import APPLIED_ID_UNKNOWN
from tests.conftest import REPO, SimAdmin

OLD_JOURNAL = """
CREATE TABLE receipts (
    id INTEGER PRIMARY KEY AUTOINCREMENT, created_at REAL NOT NULL, day TEXT NOT NULL,
    reference TEXT NOT NULL, redemption_id TEXT NOT NULL, cashier TEXT NOT NULL, points TEXT NOT NULL,
    value TEXT NOT NULL, void_of TEXT NOT NULL DEFAULT '', receipt TEXT NOT NULL);
CREATE INDEX receipts_day ON receipts(day);
"""


def old_receipt(receipt_id: int, reference: str, redemption_id: str) -> tuple:
    body = {
        "store": "Old Store", "till": "T1", "cashier": "anna", "when": 1764547200.0, "customer_name": "Asha",
        "customer_kind": "shown", "customer_value": "91******8221", "bill": f"OLD-{receipt_id}",
        "reference": reference, "redemption_id": redemption_id, "points": "20", "value": "5", "local_value": "5",
        "ratio": None, "balance_after": "100", "verified_by": "OTP", "program": "", "header": "", "footer": "",
        "void_of": "", "reason": "", "sent_later": False,
    }  # fmt: skip
    return (receipt_id, 1764547200.0, "2025-12-01", reference, redemption_id, "anna", "20", "5", "", json.dumps(body))


def printer_file(cli, app_home: Path) -> Path:
    paper = app_home / "paper.bin"
    assert cli("config", "set", "printer.kind", "file").code == 0
    assert cli("config", "set", "printer.device", str(paper)).code == 0
    return paper


def make_old_till(data: Path) -> None:
    """The data files as the previous version left them: schema 2 queue, separate journal."""
    data.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(data / "outbox.sqlite3") as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        for version in (1, 2):
            db.executescript(MIGRATIONS[version])
        db.execute("INSERT INTO meta VALUES ('schema_version', '2')")
        db.execute(
            "INSERT INTO outbox (reference, state, created_at, updated_at, customer_kind, customer_value, points,"
            " bill) VALUES ('POS-OLD1', 'done', 1, 1, 'mobile', '919777788221', '20', 'OLD-1')"
        )
    with sqlite3.connect(data / "journal.sqlite3") as db:
        db.executescript(OLD_JOURNAL)
        db.executemany("INSERT INTO receipts VALUES (?,?,?,?,?,?,?,?,?,?)", [
            old_receipt(3, "POS-OLD1", "r-old-1"), old_receipt(7, "POS-OLD2", "r-old-2"),
        ])  # fmt: skip


def test_an_older_tills_journal_moves_into_the_queue_database_keeping_its_receipt_numbers(cli, app_home: Path) -> None:
    data = app_home / "data"
    make_old_till(data)
    paper = printer_file(cli, app_home)
    first = cli("receipt", "reprint", "7")
    assert first.code == 0, first.err
    assert b"r-old-2" in paper.read_bytes() and b"Old Store" in paper.read_bytes()
    assert not (data / "journal.sqlite3").exists() and (data / "journal.sqlite3.moved-to-outbox").exists()
    assert cli("receipt", "reprint", "3").code == 0  # and again, from its new home
    with sqlite3.connect(data / "outbox.sqlite3") as db:
        assert db.execute("SELECT reference, state FROM outbox").fetchall() == [("POS-OLD1", "done")]
        assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "3"
        assert [r[0] for r in db.execute("SELECT id FROM receipts ORDER BY id")] == [3, 7]


KILLED_AFTER_THE_ANSWER = textwrap.dedent(
    """
    import os, signal, sys
    from decimal import Decimal
    from pos_app.core.app_context import AppContext
    from pos_app.core.capillary import Identifier
    from pos_app.core.redemption_service import RedemptionService, ReceiptFacts

    ctx = AppContext.open(sys.argv[1])
    service = RedemptionService.of(ctx)
    client = service.sender.client
    answer_of = client.redeem
    moment = sys.argv[2]

    def redeem(request):
        done = answer_of(request)  # the service has applied it and answered
        if moment == "before-outcome":
            os.kill(os.getpid(), signal.SIGKILL)
        return done

    client.redeem = redeem
    if moment == "in-outcome":  # inside the outcome's transaction, after the receipt's insert
        writer = ctx.outbox.receipt_writer
        def write_then_die(db, item, draft):
            writer(db, item, draft)
            os.kill(os.getpid(), signal.SIGKILL)
        ctx.outbox.receipt_writer = write_then_die
    who = Identifier("mobile", "919777788221")
    new = service.new_redemption(who, Decimal(10), "KILL-1", validation_type="MISSED_CALL", cashier="anna")
    print(service.redeem(new, ReceiptFacts("Asha Rao")).kind)
    """
)


def redeem_and_die(app_home: Path, moment: str) -> int:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", KILLED_AFTER_THE_ANSWER, str(app_home), moment], env=env, capture_output=True, timeout=60
    )
    return done.returncode


def receipts_and_rows(app_home: Path) -> tuple[list[tuple], list[tuple]]:
    with sqlite3.connect(app_home / "data" / "outbox.sqlite3") as db:
        receipts = db.execute("SELECT reference, redemption_id FROM receipts").fetchall()
        rows = db.execute("SELECT reference, state, receipt_id FROM outbox").fetchall()
    return receipts, rows


def test_killed_between_the_answer_and_the_outcome_the_receipt_comes_with_the_reconciliation(
    configured_cli, sim: SimAdmin, app_home: Path
) -> None:
    sim.missed_call("919777788221")
    assert redeem_and_die(app_home, "before-outcome") == -signal.SIGKILL
    assert len(sim.ledger()) == 1  # applied at the service
    receipts, rows = receipts_and_rows(app_home)
    assert receipts == [] and [state for _ref, state, _id in rows] == ["sending"]  # neither written
    replay = configured_cli("queue", "replay", "--max-wait", "0")
    assert replay.code == 0, replay.err
    listed = configured_cli("receipt", "list", "--json")  # the journal opens: the owed receipt is written
    assert listed.code == 0, listed.err
    receipts, rows = receipts_and_rows(app_home)
    ((reference, state, receipt_id),) = rows
    assert state == "done" and receipt_id and [ref for ref, _id in receipts] == [reference]
    assert receipts[0][1] in (sim.ledger()[0]["redemption_id"], APPLIED_ID_UNKNOWN)  # a done receipt, not PENDING
    assert len(sim.ledger()) == 1  # and applied once
    paper = printer_file(configured_cli, app_home)
    assert configured_cli("receipt", "reprint", str(receipt_id)).code == 0
    assert b"Asha Rao" in paper.read_bytes() and b"KILL-1" in paper.read_bytes()


def test_killed_inside_the_outcomes_transaction_neither_the_outcome_nor_the_receipt_is_half_written(
    configured_cli, sim: SimAdmin, app_home: Path
) -> None:
    sim.missed_call("919777788221")
    assert redeem_and_die(app_home, "in-outcome") == -signal.SIGKILL
    receipts, rows = receipts_and_rows(app_home)
    assert receipts == [] and [state for _ref, state, _id in rows] == ["sending"]  # rolled back together
    assert configured_cli("queue", "replay", "--max-wait", "0").code == 0
    assert configured_cli("receipt", "list").code == 0
    receipts, rows = receipts_and_rows(app_home)
    assert [state for _ref, state, _id in rows] == ["done"] and len(receipts) == 1 and len(sim.ledger()) == 1
