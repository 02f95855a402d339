"""The till's journal of receipts: every receipt as printed (customer masked), for reprints and reports.

It lives in the offline queue's database, so a redemption's receipt is written in the same
transaction as its outcome."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from pos_app.core.outbox import Outbox, OutboxItem
from pos_app.core.receipt import Receipt, ReceiptDraft, for_journal, receipt_from_draft, settled
from pos_app.core.storage_error import NotFound, StorageDamaged


def _to_json(receipt: Receipt) -> str:
    return json.dumps(
        {
            f.name: (str(v) if isinstance(v, Decimal) else v)
            for f in dataclasses.fields(receipt)
            for v in [getattr(receipt, f.name)]
        }
    )


def _from_json(text: str) -> Receipt:
    data: dict[str, Any] = json.loads(text)
    for name in ("points", "value", "local_value", "ratio", "balance_after"):
        data[name] = None if data.get(name) in (None, "None") else Decimal(data[name])
    return Receipt(**data)


class Journal:
    """The receipts, in the offline queue's database (see ``Outbox``'s schema 3).

    Attached to the outbox, it writes a redemption's receipt in the same transaction as the
    outcome (``Outbox.receipt_writer``). A journal file of an older version (``legacy``) is
    moved in once, keeping its receipt numbers, and set aside as ``*.moved-to-outbox``.
    """

    def __init__(self, outbox: Outbox, legacy: Path | None = None) -> None:
        self.outbox = outbox
        if legacy is not None and legacy.exists():
            self._move_in(legacy)
        outbox.receipt_writer = self._write_owed
        outbox.keep_owed_receipts()  # any a crash or a bad draft left unwritten

    def _move_in(self, legacy: Path) -> None:
        columns = "created_at, day, reference, redemption_id, cashier, points, value, void_of, receipt"
        try:
            with self.outbox.reading() as db:  # ATTACH cannot happen inside a transaction
                db.execute("ATTACH DATABASE ? AS legacy", (str(legacy),))
                try:
                    with self.outbox.write_transaction():
                        if db.execute("SELECT 1 FROM legacy.sqlite_master WHERE name = 'receipts'").fetchone():
                            empty = db.execute("SELECT COUNT(*) FROM receipts").fetchone()[0] == 0
                            keep = "id, " + columns if empty else columns  # reprint numbers stay if they can
                            db.execute(f"INSERT INTO receipts ({keep}) SELECT {keep} FROM legacy.receipts ORDER BY id")
                finally:
                    db.execute("DETACH DATABASE legacy")
        except sqlite3.DatabaseError as error:
            raise StorageDamaged(
                f"The receipts journal {legacy} is damaged ({error}). Nothing was changed. Keep a copy for "
                "support and move it aside; redemptions and the offline queue are not affected."
            ) from error
        for suffix in ("-wal", "-shm"):
            Path(f"{legacy}{suffix}").unlink(missing_ok=True)
        legacy.rename(legacy.with_name(legacy.name + ".moved-to-outbox"))

    def _write_owed(self, db: sqlite3.Connection, item: OutboxItem, draft: str) -> int:
        return self._insert(db, receipt_from_draft(item, ReceiptDraft.from_json(draft)))

    def add(self, receipt: Receipt) -> int:
        """A receipt of its own (a VOID slip); a redemption's comes with its outcome."""
        with self.outbox.write_transaction() as db:
            return self._insert(db, receipt)

    @staticmethod
    def _insert(db: sqlite3.Connection, receipt: Receipt) -> int:
        kept = for_journal(receipt)
        day = time.strftime("%Y-%m-%d", time.localtime(kept.when))
        cursor = db.execute(
            "INSERT INTO receipts (created_at, day, reference, redemption_id, cashier, points, value, void_of,"
            " receipt) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                kept.when,
                day,
                kept.reference,
                kept.redemption_id,
                kept.cashier,
                str(kept.points),
                str(kept.value or 0),
                kept.void_of,
                _to_json(kept),
            ),
        )
        return int(cursor.lastrowid or 0)

    def get(self, receipt_id: int) -> Receipt:
        with self.outbox.reading() as db:
            row = db.execute("SELECT receipt FROM receipts WHERE id = ?", (receipt_id,)).fetchone()
        if row is None:
            raise NotFound(
                f"There is no receipt {receipt_id} in this till's journal; pos-app receipt list "
                "(--date YYYY-MM-DD for another day) shows the ids."
            )
        return _from_json(row[0])

    def last_id(self) -> int | None:
        with self.outbox.reading() as db:
            row = db.execute("SELECT MAX(id) FROM receipts").fetchone()
        return None if row[0] is None else int(row[0])

    def day(self, day: str) -> list[tuple[int, Receipt]]:
        with self.outbox.reading() as db:
            rows = db.execute("SELECT id, receipt FROM receipts WHERE day = ? ORDER BY id", (day,)).fetchall()
        return [(int(i), _from_json(text)) for i, text in rows]

    def redemption(self, redemption_id: str) -> Receipt | None:
        """The receipt of a redemption (not a VOID slip), by its redemption id; one issued
        PENDING and sent later by the queue is found by the id the queue got for it."""
        if not redemption_id:
            return None
        with self.outbox.reading() as db:
            row = db.execute(
                "SELECT receipt FROM receipts WHERE redemption_id = ? AND void_of = '' ORDER BY id LIMIT 1",
                (redemption_id,),
            ).fetchone()
            pending = db.execute(
                "SELECT reference, receipt FROM receipts WHERE redemption_id = '' AND void_of = '' ORDER BY id"
            ).fetchall()
        if row is not None:
            return _from_json(row[0])
        for reference, text in pending:
            item = self.outbox.find_reference(reference)
            if item is not None and item.redemption_id == redemption_id:
                return settled(_from_json(text), item)
        return None

    def by_reference(self, reference: str) -> Receipt | None:
        """The receipt of a redemption (not a VOID slip), by the reference it was made under."""
        if not reference:
            return None
        with self.outbox.reading() as db:
            row = db.execute(
                "SELECT receipt FROM receipts WHERE reference = ? AND void_of = '' ORDER BY id LIMIT 1", (reference,)
            ).fetchone()
        if row is None:
            return None
        receipt = _from_json(row[0])
        return settled(receipt, self.outbox.find_reference(reference)) if receipt.pending else receipt

    def void_of(self, redemption_id: str, reference: str = "") -> int | None:
        """The journal id of the VOID receipt for this redemption (by its id, or by the reference
        of the receipt it voided), if it was reversed here."""
        with self.outbox.reading() as db:
            rows = db.execute("SELECT id, receipt FROM receipts WHERE void_of != '' ORDER BY id").fetchall()
        for i, text in rows:
            void = _from_json(text)
            if (redemption_id and void.void_of == redemption_id) or (reference and void.void_of_reference == reference):
                return int(i)
        return None

    def close(self) -> None:
        self.outbox.receipt_writer = None
