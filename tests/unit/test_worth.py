"""The worth of points worked out at the till: from a known ratio, within the known rules."""

from __future__ import annotations

from decimal import Decimal

from pos_app.core.capillary.models import Customer, ItemStatus, Redeemability
from pos_app.core.org_rules import LearnedRules, RuleRefusal
from pos_app.core.worth import WORKED_OUT_AT_TILL, known_worth, learn_from_answer, learn_ratios


def customer_with(*programs: tuple[str, str]) -> Customer:
    summaries = [
        {"programId": pid, "loyaltyPoints": "500", "program_points_to_currency_ratio": ratio} for pid, ratio in programs
    ]
    return Customer.from_json({"user_id": "1", "points_summaries": {"points_summary": summaries}})


def test_no_ratio_known_means_the_service_is_asked(tmp_path) -> None:
    rules = LearnedRules(tmp_path / "rules.json")
    assert known_worth(Decimal(100), False, rules.for_program("973")) is None


def test_each_programs_ratio_from_the_lookup_gives_the_worth(tmp_path) -> None:
    rules = LearnedRules(tmp_path / "rules.json")
    learn_ratios(rules, customer_with(("973", "0.25"), ("974", "0.5")))
    worth = known_worth(Decimal(100), False, rules.for_program("974"))
    assert isinstance(worth, Redeemability) and worth.points_redeem_value == Decimal(50)
    assert worth.item_status is WORKED_OUT_AT_TILL
    assert known_worth(Decimal(100), False, rules.for_program("")) is None  # the default program is not named


def test_an_amount_is_turned_into_points_at_the_ratio(tmp_path) -> None:
    rules = LearnedRules(tmp_path / "rules.json")
    learn_ratios(rules, customer_with(("973", "0.25")))
    worth = known_worth(Decimal(5), True, rules.for_program(""))
    assert isinstance(worth, Redeemability) and worth.points == Decimal(20) and worth.points_redeem_value == 5


def test_a_known_rule_refuses_without_a_call(tmp_path) -> None:
    rules = LearnedRules(tmp_path / "rules.json")
    learn_ratios(rules, customer_with(("973", "0.25")))
    rules.heard("973", Decimal(300), 819, "Points exceed the maximum of 200 per redemption", False)
    refused = known_worth(Decimal(300), False, rules.for_program("973"))
    assert isinstance(refused, RuleRefusal) and refused.rule == "maximum"


def test_an_isredeemable_answer_teaches_the_ratio_and_the_local_rate(tmp_path) -> None:
    rules = LearnedRules(tmp_path / "rules.json")
    answer = Redeemability(
        True, Decimal(100), Decimal(25), Decimal(2000), Decimal("0.25"), "points", ItemStatus(True, 800, "")
    )
    learn_from_answer(rules, "973", answer)
    worth = known_worth(Decimal(10), False, LearnedRules(tmp_path / "rules.json").for_program("973"))  # kept on disk
    assert isinstance(worth, Redeemability) and worth.points_redeem_local_value == Decimal(200)
