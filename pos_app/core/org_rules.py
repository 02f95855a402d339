"""The org's redemption rules, as the loyalty service has shown them to this till.

The service never lists its rules; it applies them (seed 002: "only multiples of 10 and a
maximum of 200 points per time") and refuses with an item code: 807 not a multiple of the
step, 819 over the per-redemption maximum, 821 under the minimum. Some answers name the
figure ("Points should be in multiples of 10"); the documented ones often do not ("Redemptions
points not divisible"). Both are read here:

- a figure named in a refusal is the rule itself;
- a refusal with no figure says only that these points broke the rule, so the refused
  amount is kept as a bound;
- every accepted amount (a yes from isredeemable, a done redemption) shows what is allowed:
  the largest, the smallest and their common step. Newer evidence that contradicts a rule
  (a redemption of 300 accepted after "at most 200") drops the rule: the org changed it.

Rules are kept per program, each with the time it was learned, in the data directory, so an
offline till applies them after a restart. ``max_redeemable`` is what "Max" offers.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from math import gcd
from pathlib import Path
from typing import Any

from pos_app.core.atomic import write_atomic
from pos_app.core.capillary.codes import NOT_A_MULTIPLE, OVER_MAXIMUM, UNDER_MINIMUM
from pos_app.core.i18n import _

log = logging.getLogger(__name__)

_NUMBER = re.compile(r"(\d+(?:\.\d+)?)")
_SMALLEST = Decimal("0.001")  # points carry at most three decimals (878)


def _points(value: Decimal) -> str:
    return f"{value.normalize():f}"


@dataclass(frozen=True)
class Learned:
    """One figure and when the till learned it (seconds since the epoch)."""

    value: Decimal
    learned_at: float

    def to_json(self) -> dict[str, Any]:
        return {"value": _points(self.value), "learned_at": self.learned_at}

    @classmethod
    def from_json(cls, data: Any) -> Learned | None:
        try:
            return cls(Decimal(str(data["value"])), float(data["learned_at"]))
        except (KeyError, TypeError, ValueError, InvalidOperation):
            return None


@dataclass(frozen=True)
class OrgRules:
    """What is known of one program's rules. ``None`` everywhere means nothing learned yet."""

    multiple: Learned | None = None  # redeem only in multiples of this
    maximum: Learned | None = None  # at most this many points per redemption
    minimum: Learned | None = None  # at least this many
    # Refusals that named no figure: the amount that broke the rule.
    refused_over: Learned | None = None  # smallest amount refused as over the maximum
    refused_under: Learned | None = None  # largest amount refused as under the minimum
    refused_step: Learned | None = None  # an amount refused as not a multiple
    # What the service accepted.
    largest_accepted: Learned | None = None
    smallest_accepted: Learned | None = None
    accepted_step: Learned | None = None  # the common step of every accepted amount
    # What one point is worth, as the service last said (lookup or isredeemable): the worth of
    # a balance or of typed points is worked out at the till, with no call of its own.
    currency_ratio: Learned | None = None
    local_ratio: Learned | None = None  # the local value of one unit of the org's currency

    def step(self) -> Decimal | None:
        """The step to keep to: the named one, else (once a step refusal was seen) the accepted one."""
        if self.multiple:
            return self.multiple.value
        if self.refused_step and self.accepted_step:
            return self.accepted_step.value
        return None

    def cap(self) -> Decimal | None:
        """The most one redemption may be, as far as known."""
        if self.maximum:
            return self.maximum.value
        if self.refused_over:
            accepted = self.largest_accepted.value if self.largest_accepted else None
            if accepted is not None and accepted < self.refused_over.value:
                return accepted
            return self.refused_over.value - (self.step() or _SMALLEST)
        return None

    def floor(self) -> Decimal | None:
        """The least one redemption may be, as far as known."""
        if self.minimum:
            return self.minimum.value
        if self.refused_under:
            accepted = self.smallest_accepted.value if self.smallest_accepted else None
            if accepted is not None and accepted > self.refused_under.value:
                return accepted
            return self.refused_under.value + (self.step() or _SMALLEST)
        return None

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))

    def to_json(self) -> dict[str, Any]:
        return {f.name: value.to_json() for f in fields(self) if (value := getattr(self, f.name)) is not None}

    @classmethod
    def from_json(cls, data: Any) -> OrgRules:
        data = data if isinstance(data, dict) else {}
        return cls(**{f.name: Learned.from_json(data.get(f.name)) for f in fields(cls)})


@dataclass(frozen=True)
class RuleRefusal:
    """An amount the org's rules refuse: which rule, the figure, and the words for the cashier."""

    rule: str  # "multiple", "maximum", "minimum"
    figure: Decimal
    message: str


def describe_rule(rule: str, figure: Decimal) -> str:
    """The rule in a few words, with its figure: "at most 200 points per redemption"."""
    amount = _points(figure)
    if rule == "multiple":
        return _("only in multiples of {amount} points").format(amount=amount)
    if rule == "maximum":
        return _("at most {amount} points per redemption").format(amount=amount)
    if rule == "minimum":
        return _("at least {amount} points per redemption").format(amount=amount)
    raise ValueError(f"unknown rule {rule!r}")


def known_rules(rules: OrgRules) -> str:
    """The rules known, in words ("only in multiples of 10 points, at most 200 points per redemption"), or ""."""
    parts = [
        describe_rule(rule, figure)
        for rule, figure in (("multiple", rules.step()), ("maximum", rules.cap()), ("minimum", rules.floor()))
        if figure is not None
    ]
    return ", ".join(parts)


def _refusal(rule: str, figure: Decimal, points: Decimal, advice: str) -> RuleRefusal:
    message = _("{points} points cannot be redeemed: this loyalty program allows {rule}. {advice}").format(
        points=_points(points), rule=describe_rule(rule, figure), advice=advice
    )
    return RuleRefusal(rule, figure, message)


def check(points: Decimal, rules: OrgRules) -> RuleRefusal | None:
    """Why the org's known rules refuse these points, or None if nothing known refuses them."""
    cap, floor, step = rules.cap(), rules.floor(), rules.step()
    if cap is not None and points > cap:
        return _refusal("maximum", cap, points, _("Lower the points to {0} or fewer.").format(_points(cap)))
    if floor is not None and points < floor:
        return _refusal("minimum", floor, points, _("Raise the points to {0} or more.").format(_points(floor)))
    if step is not None and points % step:
        lower = (points / step).to_integral_value(ROUND_DOWN) * step
        if lower > 0:
            advice = _("Try {0} or {1}.").format(_points(lower), _points(lower + step))
        else:
            advice = _("Try {0}.").format(_points(step))
        return _refusal("multiple", step, points, advice)
    if step is None and rules.refused_step and points == rules.refused_step.value:
        return RuleRefusal(
            "multiple",
            points,
            _(
                "The loyalty service refused {0} points as not a multiple of the step this "
                "program allows. Choose a rounder number of points."
            ).format(_points(points)),
        )
    return None


def max_redeemable(balance: Decimal, rules: OrgRules) -> Decimal:
    """The most of this balance one redemption may use: capped, rounded down to the step, at least the minimum.

    0 when the balance does not reach the minimum.
    """
    most = max(balance, Decimal(0))
    cap = rules.cap()
    if cap is not None:
        most = min(most, cap)
    step = rules.step()
    if step:
        most = (most / step).to_integral_value(ROUND_DOWN) * step
    most = most.quantize(_SMALLEST, rounding=ROUND_DOWN).normalize()
    floor = rules.floor()
    if most <= 0 or (floor is not None and most < floor):
        return Decimal(0)
    return most


def figure_in(message: str) -> Decimal | None:
    """The figure a refusal names ("... multiples of 10", "maximum of 200 per redemption"), if any."""
    found = _NUMBER.findall(message or "")
    if len(found) != 1:  # none, or ambiguous ("807: ... 15 ... 10"): learn only the bound
        return None
    value = Decimal(found[0])
    return value if value > 0 else None


def _decimal_gcd(a: Decimal, b: Decimal) -> Decimal:
    scale = Decimal(1000)
    return Decimal(gcd(int(a * scale), int(b * scale))) / scale


def learn_refusal(rules: OrgRules, code: int | None, message: str, points: Decimal, now: float) -> OrgRules:
    """What a refusal of ``points`` with this code and message teaches."""
    figure = figure_in(message)
    if code == OVER_MAXIMUM:
        if figure is not None and figure < points:
            return replace(rules, maximum=Learned(figure, now), refused_over=None)
        known = rules.maximum
        if known and known.value >= points:  # the org lowered its maximum below what we knew
            rules = replace(rules, maximum=None)
        smallest = rules.refused_over
        if smallest is None or points < smallest.value or (known and known.value >= points):
            rules = replace(rules, refused_over=Learned(points, now))
        largest = rules.largest_accepted
        if largest and largest.value >= points:
            rules = replace(rules, largest_accepted=None)
        return rules
    if code == UNDER_MINIMUM:
        if figure is not None and figure > points:
            return replace(rules, minimum=Learned(figure, now), refused_under=None)
        known = rules.minimum
        if known and known.value <= points:
            rules = replace(rules, minimum=None)
        largest = rules.refused_under
        if largest is None or points > largest.value or (known and known.value <= points):
            rules = replace(rules, refused_under=Learned(points, now))
        smallest = rules.smallest_accepted
        if smallest and smallest.value <= points:
            rules = replace(rules, smallest_accepted=None)
        return rules
    if code == NOT_A_MULTIPLE:
        if figure is not None and figure != points and points % figure:
            return replace(rules, multiple=Learned(figure, now), refused_step=None)
        if rules.multiple and not points % rules.multiple.value:  # the step changed
            rules = replace(rules, multiple=None)
        step = rules.accepted_step
        if step and not points % step.value:  # the accepted step is not the org's step
            rules = replace(rules, accepted_step=None)
        return replace(rules, refused_step=Learned(points, now))
    return rules


def learn_accepted(rules: OrgRules, points: Decimal, now: float) -> OrgRules:
    """What an accepted amount teaches; a rule it contradicts was changed by the org and is dropped."""
    if points <= 0:
        return rules
    changes: dict[str, Learned | None] = {}
    if rules.maximum and points > rules.maximum.value:
        changes["maximum"] = None
    if rules.refused_over and points >= rules.refused_over.value:
        changes["refused_over"] = None
    if rules.minimum and points < rules.minimum.value:
        changes["minimum"] = None
    if rules.refused_under and points <= rules.refused_under.value:
        changes["refused_under"] = None
    if rules.multiple and points % rules.multiple.value:
        changes["multiple"] = None
    if rules.refused_step and points == rules.refused_step.value:
        changes["refused_step"] = None
    if rules.largest_accepted is None or points > rules.largest_accepted.value:
        changes["largest_accepted"] = Learned(points, now)
    if rules.smallest_accepted is None or points < rules.smallest_accepted.value:
        changes["smallest_accepted"] = Learned(points, now)
    step = rules.accepted_step.value if rules.accepted_step else points
    common = _decimal_gcd(step, points)
    if rules.accepted_step is None or common != rules.accepted_step.value:
        changes["accepted_step"] = Learned(common, now)
    return replace(rules, **changes) if changes else rules


@dataclass
class LearnedRules:
    """Every program's rules, kept in one JSON file in the data directory.

    ``heard`` is the hook the API client calls after each isredeemable or redeem answer.
    Threads share one instance (the window's workers, the replay); other processes (a CLI
    command) merge by reading the file before each write.
    """

    path: Path
    clock: Callable[[], float] = time.time
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def for_program(self, program_id: str = "") -> OrgRules:
        return OrgRules.from_json(self._read().get(str(program_id or "")))

    def all(self) -> dict[str, OrgRules]:
        return {program: OrgRules.from_json(data) for program, data in self._read().items()}

    def heard(self, program_id: str, points: Decimal, code: int | None, message: str, accepted: bool) -> None:
        """Learn from one answer about ``points`` in this program; never raises (a till keeps selling)."""
        try:
            with self._lock:
                data = self._read()
                key = str(program_id or "")
                before = OrgRules.from_json(data.get(key))
                now = self.clock()
                after = (
                    learn_accepted(before, points, now)
                    if accepted
                    else learn_refusal(before, code, message, points, now)
                )
                if after != before:
                    data[key] = after.to_json()
                    write_atomic(self.path, json.dumps(data, indent=1, sort_keys=True).encode())
                    log.info("org rules for program %r learned from an answer: %s", key, after.to_json())
        except (OSError, ValueError, ArithmeticError):
            log.exception("could not keep what an answer taught of the org's rules")

    def heard_ratio(self, program_id: str, ratio: Decimal | None, local: Decimal | None = None) -> None:
        """Keep what one point of this program is worth (and its local value), as an answer said it."""
        if ratio is None or ratio <= 0:
            return
        try:
            with self._lock:
                data = self._read()
                key = str(program_id or "")
                before = OrgRules.from_json(data.get(key))
                now = self.clock()
                after = replace(before, currency_ratio=Learned(ratio, now))
                if local is not None and local > 0:
                    after = replace(after, local_ratio=Learned(local, now))
                known = before.currency_ratio.value if before.currency_ratio else None
                known_local = before.local_ratio.value if before.local_ratio else None
                same = known == ratio and (local is None or local <= 0 or known_local == local)
                if not same:  # written only when it changed: a lookup per customer writes nothing
                    data[key] = after.to_json()
                    write_atomic(self.path, json.dumps(data, indent=1, sort_keys=True).encode())
        except (OSError, ValueError, ArithmeticError):
            log.exception("could not keep the points-to-currency ratio an answer gave")

    @property
    def _titles_path(self) -> Path:
        return self.path.with_name("program_titles.json")

    def heard_titles(self, titles: dict[str, str]) -> None:
        """Keep what each program is called (a lookup names them), for slips made offline."""
        titles = {str(k): v for k, v in titles.items() if k and v}
        try:
            with self._lock:
                known = self.titles()
                if titles and any(known.get(k) != v for k, v in titles.items()):
                    write_atomic(self._titles_path, json.dumps({**known, **titles}, indent=1).encode())
        except (OSError, ValueError):
            log.exception("could not keep the programs' titles a lookup gave")

    def titles(self) -> dict[str, str]:
        try:
            data = json.loads(self._titles_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            log.warning("org rules file %s unreadable; starting afresh", self.path)
            return {}
        return data if isinstance(data, dict) else {}
