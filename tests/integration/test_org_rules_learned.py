"""The till learns the org's redemption rules from the real simulator's answers, through the app's client."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.core import credentials
from pos_app.core.app_context import AppContext
from pos_app.core.capillary import Identifier, RedeemRequest, Rejected
from pos_app.core.credentials import MemoryStore
from pos_app.core.org_rules import LearnedRules, max_redeemable
from pos_app.sim.data import DEMO_PASSWORD, DEMO_TILL
from tests.conftest import SimAdmin

ASHA = Identifier("mobile", "919777788221")


def context(sim: SimAdmin, home: Path) -> AppContext:
    ctx = AppContext.open(str(home), MemoryStore({credentials.till_password(DEMO_TILL): DEMO_PASSWORD}))
    ctx.settings.set("host", sim.url)
    ctx.settings.set("till", DEMO_TILL)
    return ctx


def test_refusals_and_acceptances_teach_the_rules_and_they_outlive_the_process(sim: SimAdmin, app_home: Path) -> None:
    ctx = context(sim, app_home)
    for points, code in ((15, 807), (250, 819)):
        with pytest.raises(Rejected) as refused:
            ctx.client.is_redeemable(ASHA, Decimal(points))
        assert refused.value.code == code
    ctx.client.is_redeemable(ASHA, Decimal(100))
    otp = (ctx.client.is_redeemable(ASHA, Decimal(50), issue_otp=True, validation_type="SMS"), sim.otp(ASHA.value))[1]
    ctx.client.redeem(RedeemRequest(ASHA, Decimal(50), "BILL-R1", "REF-R1", validation_code=otp, validation_type="SMS"))

    rules = LearnedRules(ctx.paths.data_dir / "org-rules.json").for_program("")  # as a restarted till reads them
    assert rules.step() == 10 and rules.cap() == 200
    assert rules.largest_accepted and rules.largest_accepted.value == 100
    assert rules.smallest_accepted and rules.smallest_accepted.value == 50
    assert max_redeemable(Decimal(1234), rules) == 200


def test_a_currency_amount_teaches_nothing_about_points(sim: SimAdmin, app_home: Path) -> None:
    ctx = context(sim, app_home)
    ctx.client.is_redeemable(ASHA, Decimal("7.5"), currency_input=True)
    assert ctx.org_rules.for_program("").is_empty()
