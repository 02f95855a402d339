"""What the till may do when the loyalty service cannot be reached.

- ``refuse``: no redemption is accepted offline.
- ``no-otp-under-cap``: small redemptions are accepted without a code, under a cap per
  redemption and caps on everything waiting; they are replayed with ``skip_validation``.
- ``approval``: they are replayed as maker-checker requests that a checker approves.

Whatever the policy, nothing is accepted offline that the org's rules, as the till learned them
from the service's answers (``org_rules``), would refuse later, nor a second redemption on a bill
this till already redeemed or queued: the customer would leave with a PENDING slip that fails.
Each refusal names the rule and the figure that refused it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from pos_app.core.config import Settings
from pos_app.core.i18n import _, ngettext
from pos_app.core.key_share import replay_budget
from pos_app.core.org_rules import OrgRules, check, known_rules
from pos_app.core.outbox import CANCELLED, REJECTED, NewRedemption, Outbox, OutboxItem, QueueSummary

REFUSE, NO_OTP_UNDER_CAP, APPROVAL = "refuse", "no-otp-under-cap", "approval"


@dataclass(frozen=True)
class OfflinePolicy:
    name: str = REFUSE
    max_points_each: Decimal = Decimal(200)
    max_points_total: Decimal = Decimal(1000)
    max_items: int = 50
    max_age_hours: float = 72
    requests_per_minute: int = 600  # the replay's budget (see ``key_share.replay_budget``)
    # The org's rules per program, as learned (``LearnedRules.for_program``); none known by default.
    rules: Callable[[str], OrgRules] = field(default=lambda _program: OrgRules(), compare=False, repr=False)

    @classmethod
    def from_settings(cls, settings: Settings, rules: Callable[[str], OrgRules] | None = None) -> OfflinePolicy:
        if rules is not None:
            return replace(cls.from_settings(settings), rules=rules)
        return cls(
            name=str(settings.get("offline.policy")),
            max_points_each=Decimal(settings.get("offline.max_points_each")),
            max_points_total=Decimal(settings.get("offline.max_points_total")),
            max_items=int(settings.get("offline.max_items")),
            max_age_hours=float(settings.get("offline.max_age_hours")),
            requests_per_minute=replay_budget(settings),
        )

    def describe(self, program_id: str = "") -> str:
        """The policy in a sentence, with the program's rules as the till last learned them."""
        text = self._describe_policy()
        known = known_rules(self.rules(program_id)) if self.name != REFUSE else ""
        return _("{text} The program redeems {known}.").format(text=text, known=known) if known else text

    def _describe_policy(self) -> str:
        if self.name == NO_OTP_UNDER_CAP:
            return _(
                "Offline: redemptions up to {points} points are accepted "
                "without a code and sent when the network returns."
            ).format(points=f"{self.max_points_each.normalize():f}")
        if self.name == APPROVAL:
            return _("Offline: redemptions are queued and sent for a supervisor's approval when the network returns.")
        return _("Offline: redemptions are not possible until the network returns.")

    def refusal(self, points: Decimal, waiting: QueueSummary, has_code: bool) -> str | None:
        """Why the policy's caps refuse these points offline, or None if they allow them."""
        if self.name == REFUSE:
            return _(
                "The loyalty service cannot be reached, and this till does not accept redemptions offline. "
                "Try again when the network is back."
            )
        if self.name == NO_OTP_UNDER_CAP and not has_code and points > self.max_points_each:
            return _(
                "Offline, at most {cap} points can be redeemed at once without a code "
                "(this till's offline cap); {points} were asked for. "
                "Lower the points or wait for the network."
            ).format(cap=_num(self.max_points_each), points=_num(points))
        if waiting.open_count >= self.max_items:
            return ngettext(
                "Offline: {count} redemption is already waiting to be sent, the most this till "
                "holds ({most}); no more can be queued until the network returns.",
                "Offline: {count} redemptions are already waiting to be sent, the most this till "
                "holds ({most}); no more can be queued until the network returns.",
                waiting.open_count,
            ).format(count=waiting.open_count, most=self.max_items)
        if waiting.open_points + points > self.max_points_total:
            room = max(Decimal(0), self.max_points_total - waiting.open_points)
            over = _(
                "Offline: {waiting} points are already waiting to be sent; with these "
                "{points} that would be {total}, over this till's limit of "
                "{limit} for everything waiting."
            ).format(
                waiting=_num(waiting.open_points),
                points=_num(points),
                total=_num(waiting.open_points + points),
                limit=_num(self.max_points_total),
            )
            more = (
                _("At most {room} more can be queued.").format(room=_num(room))
                if room
                else _("Nothing more can be queued.")
            )
            return f"{over} {more} " + _("Or wait for the network.")
        return None

    def refusal_for(self, new: NewRedemption | OutboxItem, outbox: Outbox, excluding: int = 0) -> str | None:
        """Why this redemption cannot be accepted offline, or None if it can.

        ``excluding``: the queue row being decided about (already written), left out of the counts.
        """
        if self.name == REFUSE:
            return self.refusal(new.points, outbox.summary_excluding(excluding), has_code=False)
        broken = check(new.points, self.rules(new.program_id))
        if broken is not None:
            return _("{rule} (Offline, the till keeps to the rules the loyalty service has shown it.)").format(
                rule=broken.message
            )
        earlier = bill_taken(outbox, new.bill, excluding)
        if earlier is not None:
            return _(
                "Bill {bill} already has a redemption on this till ({points} points, "
                "{state}, {reference}). Offline, a second redemption on one bill is not accepted: "
                "check the bill number, or wait for the network."
            ).format(bill=new.bill, points=_num(earlier.points), state=earlier.state, reference=earlier.reference)
        return self.refusal(new.points, outbox.summary_excluding(excluding), has_code=bool(new.validation_code))

    def accepted_message(self, item: OutboxItem) -> str:
        """What the cashier is told when a redemption is accepted offline (it was not lost: it was kept)."""
        how = (
            _("for a supervisor's approval")
            if self.name == APPROVAL
            else (
                _("with the code given")
                if item.validation_code
                else _("without a code, as this till's offline policy allows")
            )
        )
        return _(
            "Accepted offline: {points} points on bill {bill} are saved on this till as "
            "{reference} and will be sent when the network returns ({how}); they cannot be applied twice. "
            "Give the customer the PENDING receipt."
        ).format(points=_num(item.points), bill=item.bill, reference=item.reference, how=how)


def bill_taken(outbox: Outbox, bill: str, excluding: int = 0) -> OutboxItem | None:
    """A redemption on this bill this till has made or holds (not one cancelled or refused)."""
    return next(
        (item for item in outbox.on_bill(bill) if item.id != excluding and item.state not in (CANCELLED, REJECTED)),
        None,
    )


def _num(value: Decimal) -> str:
    return f"{value.normalize():f}"
