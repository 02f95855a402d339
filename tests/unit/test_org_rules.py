"""The org's redemption rules learned from answers: figures named or not, kept per program, applied offline."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.core.org_rules import (
    NOT_A_MULTIPLE,
    OVER_MAXIMUM,
    UNDER_MINIMUM,
    LearnedRules,
    OrgRules,
    check,
    describe_rule,
    figure_in,
    learn_accepted,
    learn_refusal,
    max_redeemable,
)

D = Decimal
# The simulator's words, which name the figure.
SIM_807 = "Points should be in multiples of 10"
SIM_819 = "Points exceed the maximum of 200 per redemption"
SIM_821 = "Points are below the minimum of 20 per redemption"
# Capillary's documented words (points-v11 error codes), which do not.
DOC_807 = "Redemptions points not divisible."
DOC_819 = "Points to redeem exceeds the threshold limit (maximum points that can be redeemed in a transaction)."
DOC_821 = "Points you are trying to redeem are less than the minimum points allowed."
DOC_807_TEMPLATE = (
    "Unable to redeem. Make sure that the points you are trying to redeem is a multiple of 10. "
    "Check the points redemption configuration of your organization."
)


def taught(*answers: tuple[int | None, str, str], start: OrgRules | None = None) -> OrgRules:
    rules = start or OrgRules()
    for i, (code, message, points) in enumerate(answers):
        if code is None:
            rules = learn_accepted(rules, D(points), now=1000.0 + i)
        else:
            rules = learn_refusal(rules, code, message, D(points), now=1000.0 + i)
    return rules


def test_the_figures_the_simulator_names_become_the_rules() -> None:
    rules = taught((NOT_A_MULTIPLE, SIM_807, "15"), (OVER_MAXIMUM, SIM_819, "250"), (UNDER_MINIMUM, SIM_821, "5"))
    assert rules.step() == 10 and rules.cap() == 200 and rules.floor() == 20
    assert rules.multiple and rules.multiple.learned_at == 1000.0
    assert rules.maximum and rules.maximum.learned_at == 1001.0


def test_the_documented_template_with_its_figure_is_read_too() -> None:
    assert taught((NOT_A_MULTIPLE, DOC_807_TEMPLATE, "15")).step() == 10


def test_a_refusal_naming_no_figure_keeps_the_refused_amount_as_a_bound() -> None:
    rules = taught((None, "", "200"), (OVER_MAXIMUM, DOC_819, "250"))
    assert rules.maximum is None
    assert rules.cap() == 200  # the largest amount seen accepted under the refused one
    assert check(D(250), rules) is not None and check(D(200), rules) is None
    low = taught((UNDER_MINIMUM, DOC_821, "5"))
    assert check(D(5), low) is not None and check(D(4), low) is not None and check(D(6), low) is None


def test_a_figureless_step_refusal_keeps_to_the_step_seen_accepted() -> None:
    rules = taught((None, "", "50"), (None, "", "30"), (NOT_A_MULTIPLE, DOC_807, "15"))
    assert rules.step() == 10
    refusal = check(D(25), rules)
    assert refusal is not None and "multiples of 10" in refusal.message
    nothing_accepted_yet = taught((NOT_A_MULTIPLE, DOC_807, "15"))
    assert check(D(15), nothing_accepted_yet) is not None  # the very amount refused
    assert nothing_accepted_yet.step() is None


def test_a_figure_that_is_the_requested_points_is_not_mistaken_for_the_rule() -> None:
    rules = taught((OVER_MAXIMUM, "250 points exceed the maximum", "250"))
    assert rules.maximum is None and rules.refused_over and rules.refused_over.value == 250
    assert figure_in("15 is not a multiple of 10") is None  # two figures: which is the rule is unclear


def test_a_newer_acceptance_drops_a_rule_the_org_has_changed() -> None:
    rules = taught((OVER_MAXIMUM, SIM_819, "250"), (NOT_A_MULTIPLE, SIM_807, "15"))
    assert rules.cap() == 200
    changed = taught((None, "", "300"), (None, "", "305"), start=rules)
    assert changed.maximum is None and changed.multiple is None
    assert check(D(300), changed) is None


def test_max_redeemable_caps_rounds_down_and_respects_the_minimum() -> None:
    rules = taught((NOT_A_MULTIPLE, SIM_807, "15"), (OVER_MAXIMUM, SIM_819, "250"), (UNDER_MINIMUM, SIM_821, "5"))
    assert max_redeemable(D(1000), rules) == 200  # the per-redemption maximum
    assert max_redeemable(D(157), rules) == 150  # rounded down to the multiple
    assert max_redeemable(D(15), rules) == 0  # 10 is under the minimum of 20
    assert max_redeemable(D("157.5"), OrgRules()) == D("157.5")  # nothing known: the balance
    assert max_redeemable(D(-3), OrgRules()) == 0


def test_refusals_name_the_rule_and_the_figure() -> None:
    assert describe_rule("maximum", D(200)) == "at most 200 points per redemption"
    assert describe_rule("multiple", D(10)) == "only in multiples of 10 points"
    assert describe_rule("minimum", D("20.0")) == "at least 20 points per redemption"
    rules = taught((NOT_A_MULTIPLE, SIM_807, "15"), (OVER_MAXIMUM, SIM_819, "250"))
    refusal = check(D(15), rules)
    assert refusal is not None and refusal.rule == "multiple" and refusal.figure == 10
    assert "only in multiples of 10 points" in refusal.message and "Try 10 or 20" in refusal.message
    over = check(D(250), rules)
    assert over is not None and "at most 200 points per redemption" in over.message


def test_rules_are_kept_per_program_with_the_time_and_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "org-rules.json"
    book = LearnedRules(path, clock=lambda: 1234.5)
    book.heard("973", D(15), NOT_A_MULTIPLE, SIM_807, False)
    book.heard("", D(250), OVER_MAXIMUM, SIM_819, False)
    again = LearnedRules(path)
    assert again.for_program("973").step() == 10 and again.for_program("973").cap() is None
    assert again.for_program("").cap() == 200 and again.for_program("974").is_empty()
    kept = json.loads(path.read_text())
    assert kept["973"]["multiple"] == {"value": "10", "learned_at": 1234.5}


def test_a_damaged_rules_file_is_not_fatal(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "org-rules.json"
    path.write_text("{not json")
    book = LearnedRules(path)
    assert book.for_program("").is_empty()
    book.heard("", D(15), NOT_A_MULTIPLE, SIM_807, False)
    assert LearnedRules(path).for_program("").step() == 10
