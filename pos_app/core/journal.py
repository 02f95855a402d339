"""The till's journal of receipts: every receipt as printed (customer masked), for reprints and reports."""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import threading
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from pos_app.core.receipt import Receipt, for_journal
from pos_app.core.storage_error import StorageDamaged

_SCHEMA = """
CREATE TABLE IF NOT EXISTS receipts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at REAL NOT NULL,
    day TEXT NOT NULL,
    reference TEXT NOT NULL,
    redemption_id TEXT NOT NULL,
    cashier TEXT NOT NULL,
    points TEXT NOT NULL,
    value TEXT NOT NULL,
    void_of TEXT NOT NULL DEFAULT '',
    receipt TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS receipts_day ON receipts(day);
"""


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
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        self._lock = threading.Lock()
        try:
            self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(_SCHEMA)
        except sqlite3.DatabaseError as error:
            raise StorageDamaged(
                f"The receipts journal {path} is damaged ({error}). Nothing was changed. Keep a copy for "
                "support and move it aside; redemptions and the offline queue are not affected."
            ) from error

    def add(self, receipt: Receipt) -> int:
        kept = for_journal(receipt)
        day = time.strftime("%Y-%m-%d", time.localtime(kept.when))
        with self._lock:
            cursor = self._db.execute(
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
        with self._lock:
            row = self._db.execute("SELECT receipt FROM receipts WHERE id = ?", (receipt_id,)).fetchone()
        if row is None:
            raise KeyError(f"no receipt {receipt_id} in the journal")
        return _from_json(row[0])

    def last_id(self) -> int | None:
        with self._lock:
            row = self._db.execute("SELECT MAX(id) FROM receipts").fetchone()
        return None if row[0] is None else int(row[0])

    def day(self, day: str) -> list[tuple[int, Receipt]]:
        with self._lock:
            rows = self._db.execute("SELECT id, receipt FROM receipts WHERE day = ? ORDER BY id", (day,)).fetchall()
        return [(int(i), _from_json(text)) for i, text in rows]

    def void_of(self, redemption_id: str) -> int | None:
        """The journal id of the VOID receipt for this redemption, if it was reversed here."""
        with self._lock:
            rows = self._db.execute("SELECT id, receipt FROM receipts WHERE receipt LIKE '%void_of%'").fetchall()
        found = [int(i) for i, text in rows if redemption_id and _from_json(text).void_of == redemption_id]
        return found[0] if found else None

    def close(self) -> None:
        self._db.close()
