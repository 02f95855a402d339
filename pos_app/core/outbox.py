"""The durable queue of redemptions: written before anything is sent, never lost, never doubled.

Each row is one redemption a cashier asked for, with an ``external_reference_number`` made once
when the row is written and never changed. Every send of the row uses that reference, so the
service's duplicate-reference rule (744) makes a resend safe: a row can be applied at most once.

States::

    pending ──► sending ──► done
       ▲           │   └──► attention  (a person must look: rejected, too old, ...)
       │           ├──────► unknown    (sent, no answer: reconciled before anything else)
       └───────────┘        approval   (waiting for a checker, maker-checker policy)
                            cancelled  (by a supervisor, never sent again)
                            rejected   (refused while the cashier waited; known not applied)

SQLite in WAL mode with ``synchronous=FULL``: a row reported as written survives a power cut.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from pos_app.core.capillary.inputs import format_points
from pos_app.core.outbox_rows import (
    ALL_STATES as ALL_STATES,
)
from pos_app.core.outbox_rows import (
    APPROVAL as APPROVAL,
)
from pos_app.core.outbox_rows import (
    ATTENTION as ATTENTION,
)
from pos_app.core.outbox_rows import (
    CANCELLED as CANCELLED,
)
from pos_app.core.outbox_rows import (
    DONE as DONE,
)
from pos_app.core.outbox_rows import (
    FINAL_STATES as FINAL_STATES,
)
from pos_app.core.outbox_rows import (
    ITEM_COLUMNS as ITEM_COLUMNS,
)
from pos_app.core.outbox_rows import (
    MIGRATIONS as MIGRATIONS,
)
from pos_app.core.outbox_rows import (
    OPEN_STATES as OPEN_STATES,
)
from pos_app.core.outbox_rows import (
    PENDING as PENDING,
)
from pos_app.core.outbox_rows import (
    REJECTED as REJECTED,
)
from pos_app.core.outbox_rows import (
    SCHEMA_VERSION as SCHEMA_VERSION,
)
from pos_app.core.outbox_rows import (
    SENDING as SENDING,
)
from pos_app.core.outbox_rows import (
    UNKNOWN as UNKNOWN,
)
from pos_app.core.outbox_rows import (
    NewRedemption as NewRedemption,
)
from pos_app.core.outbox_rows import (
    OutboxItem as OutboxItem,
)
from pos_app.core.outbox_rows import (
    OutboxState as OutboxState,
)
from pos_app.core.outbox_rows import (
    QueueSummary as QueueSummary,
)
from pos_app.core.outbox_rows import (
    ReceiptWriter as ReceiptWriter,
)
from pos_app.core.readable import readable_token
from pos_app.core.storage_error import NotFound, StorageDamaged

log = logging.getLogger("pos_app.outbox")


# A row whose receipt is owed: one was wanted, none written yet, and the redemption is done or
# was kept offline (its PENDING receipt).
_RECEIPT_OWED = (
    "receipt_draft != '' AND receipt_id = 0 AND (state = 'done' OR (offline = 1 AND state IN "
    "('pending', 'sending', 'unknown', 'approval')))"
)


# A row's turn: due, and no older unsettled row of the same customer (FIFO per customer).
_TURN = """state = '{state}' AND NOT EXISTS (
    SELECT 1 FROM outbox older WHERE older.customer_value = outbox.customer_value AND older.id < outbox.id
    AND older.state IN ('pending', 'sending', 'unknown'))"""
_NEXT_RETRY = "SELECT MIN(next_attempt_at) FROM outbox WHERE " + _TURN


# Up to ? rows whose turn it is, due by ?, of one state.
_DUE = {
    state: f"SELECT {ITEM_COLUMNS} FROM outbox WHERE {_TURN.format(state=state)} AND next_attempt_at <= ?"
    " ORDER BY id LIMIT ?"
    for state in (UNKNOWN, PENDING)
}


class OutboxError(StorageDamaged):
    """The queue's file cannot be used."""


@dataclass
class _Change:
    """One row's change waiting for the next group commit."""

    item_id: int
    values: dict[str, Any]
    wants_row: bool = True  # someone waits for the row as written
    row: sqlite3.Row | None = None
    written: bool = False


def new_reference() -> str:
    """Unique, unguessable, short enough for a receipt and read out without mistakes:
    ``POS-`` + 18 characters of no look-alikes (~80 bits)."""
    return f"POS-{readable_token(18)}"


class Outbox:
    def __init__(self, path: Path, clock: Any = time.time) -> None:
        self.path = path
        self.clock = clock
        self._lock = threading.RLock()
        self._waiting_lock = threading.Lock()
        self._waiting: list[_Change] = []
        self.receipt_writer: ReceiptWriter | None = None  # set by the journal (``Journal``)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        try:
            self._db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
            self._db.execute("PRAGMA quick_check").fetchone()
        except sqlite3.DatabaseError as error:
            raise OutboxError(
                f"The offline queue file {path} is damaged ({error}). Nothing was changed. "
                "Stop the app, keep a copy of the file for support, and move it aside to start "
                "a new queue."
            ) from error
        for suffix in ("", "-wal", "-shm"):
            extra = Path(f"{path}{suffix}")
            if extra.exists():
                extra.chmod(0o600)

    def close(self) -> None:
        with self._lock:
            self.commit_waiting()
            self._db.close()

    @contextmanager
    def _transaction(self, own: _Change | None = None) -> Iterator[sqlite3.Connection]:
        """One write transaction; the changes waiting for a group commit are written in it too.

        If it fails they go back to wait, all but ``own``: its caller gets the error.
        """
        with self._lock:
            with self._waiting_lock:
                batch, self._waiting = self._waiting, []
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._write_changes(batch)
                yield self._db
                self._keep_receipts([change.item_id for change in batch])
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                with self._waiting_lock:
                    self._waiting[:0] = [change for change in batch if change is not own]
                raise
            for change in batch:
                change.written = True

    def _write_changes(self, batch: list[_Change]) -> None:
        for change in batch:
            columns = ", ".join(f"{name} = ?" for name in change.values)
            returning = f" RETURNING {ITEM_COLUMNS}" if change.wants_row else ""
            cursor = self._db.execute(
                f"UPDATE outbox SET {columns} WHERE id = ?{returning}", (*change.values.values(), change.item_id)
            )
            if change.wants_row:
                rows = cursor.fetchall()  # read to the end: the statement must finish before COMMIT
                change.row = rows[0] if rows else None

    def _keep_receipts(self, item_ids: list[int] | None) -> None:
        """Journal the receipts these rows owe (``None``: every row), in the open transaction."""
        writer = self.receipt_writer
        if writer is None or item_ids == []:
            return
        query = f"SELECT {ITEM_COLUMNS}, receipt_draft FROM outbox WHERE {_RECEIPT_OWED}"
        if item_ids is not None:
            query += f" AND id IN ({','.join('?' * len(item_ids))})"
        for row in self._db.execute(query, item_ids or ()).fetchall():
            *columns, draft = tuple(row)
            item = OutboxItem.from_row(columns)  # type: ignore[arg-type]
            try:
                receipt_id = writer(self._db, item, draft)
            except sqlite3.Error:
                raise  # the disk or the file: the outcome is not written either, and says so
            except Exception:  # a receipt that cannot be made stays owed; the outcome stands
                log.exception("receipt of %s not journaled", item.reference)
                continue
            self._db.execute("UPDATE outbox SET receipt_id = ? WHERE id = ?", (receipt_id, item.id))

    @contextmanager
    def write_transaction(self) -> Iterator[sqlite3.Connection]:
        """For the journal: one write transaction on the queue's database."""
        with self._transaction() as db:
            yield db

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """For the journal: the queue's database, no one writing meanwhile."""
        with self._lock:
            yield self._db

    def keep_owed_receipts(self) -> None:
        """Journal every receipt still owed (one that could not be made when its outcome was)."""
        with self._transaction():
            self._keep_receipts(None)

    def receipt_id(self, item_id: int) -> int:
        """The journal id of the row's receipt (0: none written)."""
        with self._lock:
            row = self._db.execute("SELECT receipt_id FROM outbox WHERE id = ?", (item_id,)).fetchone()
        return 0 if row is None else int(row[0])

    def _migrate(self) -> None:
        with self._transaction() as db:
            db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            row = db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            version = int(row["value"]) if row else 0
            if version > SCHEMA_VERSION:
                raise sqlite3.DatabaseError(f"written by a newer version of the app (schema {version})")
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[target].split(";"):
                    if statement.strip():
                        db.execute(statement)
            db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))

    # -- writing ------------------------------------------------------------------------

    def add(self, new: NewRedemption, state: str = PENDING) -> OutboxItem:
        """Write one redemption, durably, before anything is sent. Returns the stored row."""
        now = self.clock()
        reference = new_reference()
        points = format_points(new.points)
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO outbox (reference, state, created_at, updated_at, customer_kind, customer_value,"
                " points, bill, program_id, notes, validation_type, validation_code, skip_validation,"
                " offline, cashier, route, group_ref, receipt_draft) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    reference,
                    state,
                    now,
                    now,
                    new.customer_kind,
                    new.customer_value,
                    points,
                    new.bill,
                    new.program_id,
                    new.notes,
                    new.validation_type,
                    new.validation_code,
                    int(new.skip_validation),
                    int(new.offline),
                    new.cashier,
                    new.route,
                    json.dumps(new.group_ref) if new.group_ref else "",
                    new.receipt_draft,
                ),
            )
            self._keep_receipts([int(cursor.lastrowid or 0)])
        # Built from what was written: no second read on the cashier's path.
        return OutboxItem(
            id=int(cursor.lastrowid or 0),
            reference=reference,
            state=state,
            created_at=now,
            updated_at=now,
            customer_kind=new.customer_kind,
            customer_value=new.customer_value,
            points=Decimal(points),
            bill=new.bill,
            program_id=new.program_id,
            notes=new.notes,
            validation_type=new.validation_type,
            validation_code=new.validation_code,
            skip_validation=new.skip_validation,
            offline=new.offline,
            cashier=new.cashier,
            attempts=0,
            next_attempt_at=0.0,
            reason="",
            redemption_id="",
            result={},
            workflow_request_id="",
            route=new.route,
            group_ref=dict(new.group_ref),
        )

    def update(self, item_id: int, **changes: Any) -> OutboxItem:
        """Change fields of one row, durably: returns once a committed transaction holds it.

        Group commit: changes asked for by several threads while another commits are written
        together in the next transaction, one sync to disk for all of them.
        """
        change = _Change(item_id, self._encoded(changes))
        with self._waiting_lock:
            self._waiting.append(change)
        with self._lock:
            if not change.written:
                with self._transaction(own=change):
                    pass
        if change.row is None:
            raise NotFound(f"There is no item {item_id} in the offline queue; pos-app queue list --all shows the ids.")
        return OutboxItem.from_row(change.row)

    def update_soon(self, item: OutboxItem, **changes: Any) -> OutboxItem:
        """Change fields of a row being sent, written with the next transaction of any kind.

        Returns the row as it will be. For the replay's senders: their next claim writes the
        outcomes of the rows before, one sync to disk for many. An outcome a crash loses leaves
        its row ``sending``, recovered as an unknown outcome and resent under its own reference,
        which is safe; the row's customer has nothing else sent until then (FIFO).
        """
        values = self._encoded(changes)
        with self._waiting_lock:
            self._waiting.append(_Change(item.id, values, wants_row=False))
        if "skip_validation" in changes:
            changes["skip_validation"] = bool(changes["skip_validation"])
        return item.changed(
            **changes,
            updated_at=values["updated_at"],
            validation_code=values.get("validation_code", item.validation_code),
        )

    def commit_waiting(self) -> None:
        """Write the changes recorded with ``update_soon`` now."""
        with self._lock:
            if self._waiting:
                with self._transaction():
                    pass

    def _encoded(self, changes: dict[str, Any]) -> dict[str, Any]:
        values = dict(changes)
        if "result" in values:
            values["result"] = json.dumps(values["result"], default=str)
        if "state" in values and values["state"] in FINAL_STATES:
            values.setdefault("validation_code", "")  # a finished row keeps no code
        values["updated_at"] = self.clock()
        return values

    def claim_due(self, now: float, limit: int) -> list[OutboxItem]:
        """Take up to ``limit`` rows to send and mark them ``sending``, in one transaction.

        Unknown outcomes first, then pending rows in order, a customer's next row only once
        their earlier ones are settled (FIFO per customer), so at most one row per customer.
        Two senders never get the same row. Returns the rows as they were before the claim
        (their state says what they were). A claimed row left unsent goes back with
        ``release``; if the process dies first, it is an unknown outcome and is resent with
        its own reference, which is safe.
        """
        with self._transaction() as db:
            rows = db.execute(_DUE[UNKNOWN], (now, limit)).fetchall()
            if len(rows) < limit:
                rows += db.execute(_DUE[PENDING], (now, limit - len(rows))).fetchall()
            db.executemany(
                "UPDATE outbox SET state = ?, attempts = attempts + 1, updated_at = ? WHERE id = ?",
                [(SENDING, now, row["id"]) for row in rows],
            )
        return [OutboxItem.from_row(row) for row in rows]

    def release(self, claimed: list[OutboxItem]) -> None:
        """Claimed rows that were not sent go back as they were."""
        with self._transaction() as db:
            db.executemany(
                "UPDATE outbox SET state = ?, attempts = ? WHERE id = ? AND state = ?",
                [(item.state, item.attempts, item.id, SENDING) for item in claimed],
            )

    def peek_next(self, now: float) -> OutboxItem | None:
        """The row ``claim_due`` would take first, without taking it."""
        with self._lock:
            row = (
                self._db.execute(_DUE[UNKNOWN], (now, 1)).fetchone()
                or self._db.execute(_DUE[PENDING], (now, 1)).fetchone()
            )
        return None if row is None else OutboxItem.from_row(row)

    def next_approval_due(self, now: float) -> OutboxItem | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT {ITEM_COLUMNS} FROM outbox WHERE state = ? AND next_attempt_at <= ? ORDER BY id LIMIT 1",
                (APPROVAL, now),
            ).fetchone()
        return None if row is None else OutboxItem.from_row(row)

    def next_retry_at(self) -> float | None:
        """When the next unknown or pending row whose turn it is may be sent."""
        with self._lock:
            times = [self._db.execute(_NEXT_RETRY.format(state=state)).fetchone()[0] for state in (UNKNOWN, PENDING)]
        known = [t for t in times if t is not None]
        return min(known) if known else None

    def recover_interrupted(self) -> int:
        """Rows left in ``sending`` by a process that died: their outcome is unknown."""
        with self._transaction() as db:
            cursor = db.execute(
                "UPDATE outbox SET state = ?, updated_at = ? WHERE state = ?", (UNKNOWN, self.clock(), SENDING)
            )
            return cursor.rowcount

    # -- reading ------------------------------------------------------------------------

    def get(self, item_id: int) -> OutboxItem:
        with self._lock:
            row = self._db.execute(f"SELECT {ITEM_COLUMNS} FROM outbox WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise NotFound(f"There is no item {item_id} in the offline queue; pos-app queue list --all shows the ids.")
        return OutboxItem.from_row(row)

    def find_reference(self, reference: str) -> OutboxItem | None:
        with self._lock:
            row = self._db.execute(f"SELECT {ITEM_COLUMNS} FROM outbox WHERE reference = ?", (reference,)).fetchone()
        return None if row is None else OutboxItem.from_row(row)

    def items(self, states: tuple[str, ...] = ALL_STATES, limit: int = 10_000) -> list[OutboxItem]:
        marks = ",".join("?" * len(states))
        with self._lock:
            rows = self._db.execute(
                f"SELECT {ITEM_COLUMNS} FROM outbox WHERE state IN ({marks}) ORDER BY id LIMIT ?", (*states, limit)
            ).fetchall()
        return [OutboxItem.from_row(row) for row in rows]

    def on_bill(self, bill: str) -> list[OutboxItem]:
        """Every row for this bill number, oldest first."""
        with self._lock:
            rows = self._db.execute(f"SELECT {ITEM_COLUMNS} FROM outbox WHERE bill = ? ORDER BY id", (bill,)).fetchall()
        return [OutboxItem.from_row(row) for row in rows]

    def summary(self) -> QueueSummary:
        return self.summary_excluding(0)

    def summary_excluding(self, item_id: int) -> QueueSummary:
        """What is waiting to be sent (leaving one row out: the one being decided about)."""
        marks = ",".join("?" * len(OPEN_STATES))
        count, total, oldest = 0, Decimal(0), None
        with self._lock:
            rows = self._db.execute(
                f"SELECT points, created_at FROM outbox WHERE state IN ({marks}) AND id != ?", (*OPEN_STATES, item_id)
            )
            for points, created_at in rows:  # streamed: a long queue is never held in memory
                count += 1
                total += Decimal(points)
                oldest = created_at if oldest is None else min(oldest, created_at)
            attention = self._db.execute("SELECT COUNT(*) FROM outbox WHERE state = ?", (ATTENTION,)).fetchone()[0]
        return QueueSummary(open_count=count, open_points=total, attention_count=int(attention), oldest_open_at=oldest)
