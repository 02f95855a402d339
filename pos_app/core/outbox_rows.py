"""What the queue stores: a row's states, the table and its migrations, a row as read back, a
new redemption as written, and the queue's counts (``outbox.py`` keeps them)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from decimal import Decimal
from enum import StrEnum
from typing import Any

SCHEMA_VERSION = 3


class OutboxState(StrEnum):
    """A row's state, as stored (see the diagram above)."""

    PENDING = "pending"
    SENDING = "sending"
    UNKNOWN = "unknown"
    DONE = "done"
    ATTENTION = "attention"
    APPROVAL = "approval"
    CANCELLED = "cancelled"
    REJECTED = "rejected"


PENDING, SENDING, UNKNOWN, DONE = OutboxState.PENDING, OutboxState.SENDING, OutboxState.UNKNOWN, OutboxState.DONE
ATTENTION, APPROVAL = OutboxState.ATTENTION, OutboxState.APPROVAL
CANCELLED, REJECTED = OutboxState.CANCELLED, OutboxState.REJECTED
OPEN_STATES = (PENDING, SENDING, UNKNOWN, APPROVAL)
FINAL_STATES = (DONE, ATTENTION, CANCELLED, REJECTED)
ALL_STATES = (*OPEN_STATES, *FINAL_STATES)

MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        reference TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        customer_kind TEXT NOT NULL,
        customer_value TEXT NOT NULL,
        points TEXT NOT NULL,
        bill TEXT NOT NULL,
        program_id TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        validation_type TEXT NOT NULL DEFAULT '',
        validation_code TEXT NOT NULL DEFAULT '',
        skip_validation INTEGER NOT NULL DEFAULT 0,
        offline INTEGER NOT NULL DEFAULT 0,
        cashier TEXT NOT NULL DEFAULT '',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at REAL NOT NULL DEFAULT 0,
        reason TEXT NOT NULL DEFAULT '',
        redemption_id TEXT NOT NULL DEFAULT '',
        result TEXT NOT NULL DEFAULT '',
        workflow_request_id TEXT NOT NULL DEFAULT '',
        route TEXT NOT NULL DEFAULT 'direct'
    );
    CREATE INDEX outbox_state ON outbox(state, id);
    CREATE INDEX outbox_customer ON outbox(customer_value, id);
    """,
    # A group (family) redemption: its user_group2_* parameters as JSON, sent with every attempt.
    2: """
    ALTER TABLE outbox ADD COLUMN group_ref TEXT NOT NULL DEFAULT '';
    """,
    # The receipts journal joins the queue in one database: a receipt is written in the same
    # transaction as its redemption's outcome. ``receipt_draft``: what the receipt says besides
    # the row (JSON, empty: no receipt wanted); ``receipt_id``: the journal entry once written.
    3: """
    ALTER TABLE outbox ADD COLUMN receipt_draft TEXT NOT NULL DEFAULT '';
    ALTER TABLE outbox ADD COLUMN receipt_id INTEGER NOT NULL DEFAULT 0;
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
    """,
}


@dataclass(frozen=True)
class OutboxItem:
    id: int
    reference: str
    state: str
    created_at: float
    updated_at: float
    customer_kind: str
    customer_value: str
    points: Decimal
    bill: str
    program_id: str
    notes: str
    validation_type: str
    validation_code: str
    skip_validation: bool
    offline: bool
    cashier: str
    attempts: int
    next_attempt_at: float
    reason: str
    redemption_id: str
    result: dict[str, Any]
    workflow_request_id: str
    route: str  # "direct" (a redeem call) or "approval" (a maker-checker request)
    group_ref: dict[str, str] = field(default_factory=dict)  # user_group2_* parameters; empty: none

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> OutboxItem:
        """From a row selected as ``ITEM_COLUMNS`` (this class's fields, in order)."""
        (
            item_id, reference, state, created_at, updated_at, customer_kind, customer_value, points, bill,
            program_id, notes, validation_type, validation_code, skip_validation, offline, cashier, attempts,
            next_attempt_at, reason, redemption_id, result, workflow_request_id, route, group_ref,
        ) = row  # fmt: skip
        return cls(
            item_id, reference, state, created_at, updated_at, customer_kind, customer_value, Decimal(points),
            bill, program_id, notes, validation_type, validation_code, bool(skip_validation), bool(offline),
            cashier, attempts, next_attempt_at, reason, redemption_id, json.loads(result) if result else {},
            workflow_request_id, route, json.loads(group_ref) if group_ref else {},
        )  # fmt: skip

    def changed(self, **changes: Any) -> OutboxItem:
        """A copy with some fields changed: ``dataclasses.replace`` without running ``__init__``
        again for all 24 fields (a tenth of the cost, twice per replayed row; ``__init__``
        checks nothing)."""
        unknown = changes.keys() - self.__dict__.keys()
        if unknown:
            raise TypeError(f"OutboxItem has no field {sorted(unknown)}")
        copy = object.__new__(OutboxItem)
        copy.__dict__.update(self.__dict__, **changes)
        return copy

    def age_hours(self, now: float) -> float:
        return (now - self.created_at) / 3600


# Selected in this order wherever a row becomes an ``OutboxItem`` (positional: quicker by half).
ITEM_COLUMNS = ", ".join(item_field.name for item_field in fields(OutboxItem))


@dataclass(frozen=True)
class NewRedemption:
    customer_kind: str
    customer_value: str
    points: Decimal
    bill: str
    program_id: str = ""
    notes: str = ""
    validation_type: str = ""
    validation_code: str = ""
    skip_validation: bool = False
    offline: bool = False
    cashier: str = ""
    route: str = "direct"
    group_ref: dict[str, str] = field(default_factory=dict)
    receipt_draft: str = ""  # JSON (``ReceiptDraft``): a receipt is journaled with the outcome


# Writes a row's receipt inside the outbox's transaction: (db, row, draft) -> journal id.
ReceiptWriter = Callable[[sqlite3.Connection, "OutboxItem", str], int]


@dataclass(frozen=True)
class QueueSummary:
    open_count: int
    open_points: Decimal
    attention_count: int
    oldest_open_at: float | None

    def oldest_age_s(self, now: float) -> float:
        return 0.0 if self.oldest_open_at is None else max(0.0, now - self.oldest_open_at)
