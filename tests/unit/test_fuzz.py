"""10,000 examples each: no validator and no response parser ever fails with anything unplanned."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pos_app.core.capillary.client import check_v1, check_v2
from pos_app.core.capillary.errors import CapillaryError
from pos_app.core.capillary.models import (
    Customer,
    HistoryEntry,
    Redeemability,
    Redemption,
    Reversal,
    WorkflowRequest,
)
from pos_app.core.capillary.transport import Reply
from pos_app.core.validation import (
    InvalidInput,
    parse_amount,
    parse_bill,
    parse_customer,
    parse_otp,
    parse_points,
)

# 10,000 examples take about a minute of CPU: more than the suite's per-test limit on a busy machine.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

FUZZ = settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])

typed = (
    st.text(max_size=40)
    | st.from_regex(r"\+?[0-9 ()-]{0,20}", fullmatch=True)
    | st.from_regex(r"[0-9.,-]{0,12}", fullmatch=True)
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True)
    | st.text(max_size=12)
    | st.sampled_from(["true", "false", "800", "744", "1e9999", "NaN", "-0"]),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "response",
                    "status",
                    "success",
                    "code",
                    "item_status",
                    "points",
                    "responses",
                    "customers",
                    "customer",
                    "redeemable",
                    "errors",
                    "data",
                    "message",
                    "balance",
                    "redemption_id",
                    "x",
                ]
            ),
            inner,
            max_size=6,
        )
    ),
    max_leaves=40,
)


@FUZZ
@given(typed, st.sampled_from(["IN", "GB", "US", "ZZ"]))
def test_validators_only_ever_say_invalid_input(text: str, country: str) -> None:
    for parse in (lambda t: parse_customer(t, country), parse_points, parse_amount, parse_bill, parse_otp):
        with contextlib.suppress(InvalidInput):
            parse(text)


@FUZZ
@given(json_values, st.integers(min_value=200, max_value=499))
@example({"response": None, "item_status": {"code": "1E4300"}}, 200)  # once made a number too big to print
def test_response_parsing_only_ever_raises_capillary_errors(body: object, status: int) -> None:
    for model in (Customer, Redeemability, Redemption, HistoryEntry, Reversal, WorkflowRequest):
        model.from_json(body)
    reply = Reply(status, body, "rq")
    for check in (lambda: check_v1(reply, body), lambda: check_v2(reply)):
        with contextlib.suppress(CapillaryError):
            check()
