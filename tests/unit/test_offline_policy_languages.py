"""The offline refusals a cashier reads are in the till's language, with their figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_app.core.i18n import use_language
from pos_app.core.offline_policy import NO_OTP_UNDER_CAP, OfflinePolicy
from pos_app.core.outbox import QueueSummary

NOTHING_WAITING = QueueSummary(0, Decimal(0), 0, None)


@pytest.fixture(autouse=True)
def english_after():
    yield
    use_language("en")


def test_an_offline_refusal_reads_in_german_with_its_figures() -> None:
    policy = OfflinePolicy(name=NO_OTP_UNDER_CAP, max_points_each=Decimal(200), max_items=1)
    use_language("de")
    over_cap = policy.refusal(Decimal(350), NOTHING_WAITING, has_code=False)
    assert over_cap is not None
    assert over_cap.startswith("Offline lassen sich ohne Code höchstens 200 Punkte")
    assert "verlangt waren 350" in over_cap
    full = policy.refusal(Decimal(10), QueueSummary(1, Decimal(10), 0, None), has_code=True)
    assert full is not None and full.startswith("Offline: 1 Einlösung wartet schon")  # the singular form
    use_language("en")
    english = policy.refusal(Decimal(350), NOTHING_WAITING, has_code=False)
    assert english is not None and english.startswith("Offline, at most 200 points can be redeemed at once")
