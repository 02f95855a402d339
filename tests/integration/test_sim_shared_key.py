"""The simulator's limit is the key's: tills with the same till code share it; 429s per key."""

from __future__ import annotations

from decimal import Decimal

import pytest
import requests

from pos_app.core.capillary import CapillaryClient, Identifier, RateLimited, Rejected
from tests.conftest import make_sim

ASHA = Identifier("mobile", "919777788221")


def test_tills_with_one_till_code_share_its_limit_and_another_key_has_its_own() -> None:
    server = make_sim(rate_limit_per_minute=3)
    server.state.data["tills"]["other.till"] = {"password": "other", "store": "Store 2", "id": 2}
    try:
        first, second = (CapillaryClient.with_basic_auth(server.url, "demo.till", "demo") for _ in range(2))
        other = CapillaryClient.with_basic_auth(server.url, "other.till", "other")
        first.get_customer(ASHA)
        second.get_customer(ASHA)
        first.get_customer(ASHA)
        with pytest.raises(RateLimited) as limited:  # the fourth call on the key, from the second till
            second.get_customer(ASHA)
        assert 1 <= limited.value.retry_after <= 60
        other.get_customer(ASHA)  # a key of its own
        with pytest.raises(Rejected):
            other.is_redeemable(ASHA, Decimal(7))  # answered (a rule), not limited
        stats = requests.get(f"{server.url}/__sim/stats", timeout=5).json()
        assert stats["keys"]["demo.till"] == {"answered": 3, "rate_limited": 1}
        assert stats["keys"]["other.till"] == {"answered": 2, "rate_limited": 0}
        assert stats["rate_limited"] == 1 and stats["limit_per_minute"] == 3
        assert stats["calls_by_endpoint"] == {"GET /v1.1/customer/get": 4, "GET /v1.1/points/isredeemable": 1}
    finally:
        server.stop()
