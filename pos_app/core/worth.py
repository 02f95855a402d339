"""What points (or an amount) are worth, worked out at the till from what the service already said.

The lookup's ``points_summaries`` give each program's points-to-currency ratio, and every
isredeemable answer gives ``points_currency_ratio``; the org's rules are learned from the
answers (``org_rules``). With a ratio known, the worth of a balance or of typed points costs no
call: at 100 calls a minute per key, a call saved per customer is a customer more per minute.
Only when no ratio is known does the till ask the service (a preview isredeemable), and for a
whole balance while the org's maximum is not yet known (see ``whole_balance_settled``).
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

from pos_app.core.capillary.errors import Rejected
from pos_app.core.capillary.models import Customer, ItemStatus, Redeemability
from pos_app.core.i18n import _
from pos_app.core.money import Money
from pos_app.core.org_rules import LearnedRules, OrgRules, RuleRefusal, check, describe_rule

# The status of an answer the till worked out itself: the service has not said yes yet.
WORKED_OUT_AT_TILL = ItemStatus(True, None, "worked out at the till from the known ratio")
_THOUSANDTH = Decimal("0.001")


def known_worth(quantity: Decimal, currency: bool, rules: OrgRules) -> Redeemability | RuleRefusal | None:
    """The worth of ``quantity`` points (or, with ``currency``, the points an amount buys), a
    refusal by a rule the till knows, or None when no ratio is known (the service must say)."""
    if rules.currency_ratio is None:
        return None
    ratio = rules.currency_ratio.value
    points = (quantity / ratio).quantize(_THOUSANDTH).normalize() if currency else quantity
    broken = check(points, rules)
    if broken is not None:
        return broken
    value = quantity if currency else points * ratio
    # The local value is the org's currency unless an answer showed another rate.
    local = rules.local_ratio.value if rules.local_ratio else Decimal(1)
    return Redeemability(
        is_redeemable=True,
        points=points,
        points_redeem_value=value,
        points_redeem_local_value=value * local,
        points_currency_ratio=ratio,
        input_type="currency" if currency else "points",
        item_status=WORKED_OUT_AT_TILL,
    )


def balance_worth(balance: Decimal, rules: OrgRules) -> tuple[Decimal, Decimal] | None:
    """What a whole balance is worth at the ratio known, and the ratio (None: no ratio known).

    The balance's worth, also when more than one redemption may take: "Worth ₹500.00" for 2000
    points at ₹0.25 though at most 200 go at once (the till's "Max" says that part)."""
    if rules.currency_ratio is None:
        return None
    ratio = rules.currency_ratio.value
    return balance * ratio, ratio


def refusal_words(
    rules: LearnedRules, program_id: str, refused: Rejected, quantity: Decimal, currency: bool, money: Money
) -> str:
    """A refusal of these points (or, with ``currency``, this amount), naming the rule and its
    figure where the till knows them ("15 points cannot be redeemed: ... Try 10 or 20."): the
    answer has just taught the org's rules. Otherwise the code's own words."""
    if currency:  # worded in money, once the ratio says how many points the amount is
        said = amount_refused(rules, program_id, quantity, refused.code, refused.service_message, money)
        return said or refused.cashier_message
    broken = check(quantity, rules.for_program(program_id))
    return broken.message if broken is not None else refused.cashier_message


def whole_balance_settled(balance: Decimal, rules: OrgRules) -> bool:
    """Whether the rules known say if a whole balance may go in one redemption: a maximum is
    known, or as much was accepted before. Until then the till asks once (the refusal of a
    balance over the maximum teaches the maximum, and "Max" offers the most allowed)."""
    largest = rules.largest_accepted
    return rules.cap() is not None or (largest is not None and largest.value >= balance)


def learn_ratios(rules: LearnedRules, customer: Customer) -> None:
    """Keep each program's ratio from a lookup's ``points_summaries``.

    The plain balance is the org's default program's, which the answer does not name: the
    ratio is kept for it too ("" program) only when every program has the same one."""
    rules.heard_titles({p.program_id: p.title for p in customer.programs})  # named on offline slips
    ratios = {p.program_id: p.currency_ratio for p in customer.programs if p.currency_ratio}
    for program_id, ratio in ratios.items():
        rules.heard_ratio(program_id, ratio)
    if ratios and len(set(ratios.values())) == 1:
        rules.heard_ratio("", next(iter(ratios.values())))


def learn_from_answer(rules: LearnedRules, program_id: str, result: Redeemability) -> None:
    """Keep the ratio (and the local rate) an isredeemable answer gave."""
    if result.item_status is WORKED_OUT_AT_TILL or not result.is_redeemable:
        return
    local = None
    if result.points_redeem_value and result.points_redeem_local_value:
        local = result.points_redeem_local_value / result.points_redeem_value
    rules.heard_ratio(program_id, result.points_currency_ratio, local)


def points_for_amount(amount: Decimal, rules: OrgRules) -> Decimal | None:
    """The points an amount of money buys at the ratio known, or None (no ratio known yet)."""
    if rules.currency_ratio is None or not rules.currency_ratio.value:
        return None
    return (amount / rules.currency_ratio.value).quantize(_THOUSANDTH).normalize()


def amount_refusal(amount: Decimal, rules: OrgRules, money: Money) -> RuleRefusal | None:
    """Why the org's known rules refuse an amount of money, in money: the amount, the points it
    is, the rule with its figure, and the nearest amounts allowed ("Try ₹10.00 or ₹12.50")."""
    from babel.numbers import format_decimal

    points = points_for_amount(amount, rules)
    if points is None:
        return None
    broken = check(points, rules)
    if broken is None or broken.figure == points:  # a step known only as "not this amount"
        return broken
    ratio = rules.currency_ratio.value if rules.currency_ratio else Decimal(1)
    if broken.rule == "maximum":
        advice = _("Lower the amount to {0} or less.").format(money(broken.figure * ratio))
    elif broken.rule == "minimum":
        advice = _("Raise the amount to {0} or more.").format(money(broken.figure * ratio))
    else:
        step = broken.figure
        lower = (points / step).to_integral_value(ROUND_DOWN) * step
        upper = money((lower + step) * ratio)
        advice = _("Try {0} or {1}.").format(money(lower * ratio), upper) if lower > 0 else _("Try {0}.").format(upper)
    message = _("{amount} is {points} points, and this loyalty program allows {rule}. {advice}").format(
        amount=money(amount),
        points=format_decimal(points, format="0.###", locale=money.locale),  # 49,2 in German
        rule=describe_rule(broken.rule, broken.figure),
        advice=advice,
    )
    return RuleRefusal(broken.rule, broken.figure, message)


def amount_refused(
    rules: LearnedRules, program_id: str, amount: Decimal, code: int | None, said: str, money: Money
) -> str | None:
    """A refusal of an amount of money: the service answers about the points it comes to, so the
    rule it names is learned for those points, and the refusal worded in money (None: no ratio)."""
    known = rules.for_program(program_id)
    points = points_for_amount(amount, known)
    if points is None:
        return None
    rules.heard(program_id, points, code, said, False)
    broken = amount_refusal(amount, rules.for_program(program_id), money)
    return broken.message if broken is not None else None
