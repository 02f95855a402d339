"""A sample receipt for tests, changed field by field where a test needs."""

from __future__ import annotations

import time
from dataclasses import replace
from decimal import Decimal
from typing import Any

from pos_app.core.receipt import Receipt

SAMPLE = Receipt(
    store="Demo Store 001",
    till="demo.till",
    cashier="anna",
    when=time.time(),
    customer_name="Zoë Müller-Ñúñez",
    customer_kind="mobile",
    customer_value="919777700303",
    bill="INV-2026-0042",
    reference="POS-ABCDEF0123456789ABCD",
    redemption_id="7t4y2a",
    points=Decimal(100),
    value=Decimal(25),
    local_value=Decimal(25),
    ratio=Decimal("0.25"),
    balance_after=Decimal(650),
    verified_by="OTP",
    program="973",
    header="Welcome",
    footer="Thank you!",
)


def sample_receipt(**changes: Any) -> Receipt:
    return replace(SAMPLE, when=time.time(), **changes)
