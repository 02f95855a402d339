"""What the till may do when the loyalty service cannot be reached.

- ``refuse``: no redemption is accepted offline.
- ``no-otp-under-cap``: small redemptions are accepted without a code, under a cap per
  redemption and caps on everything waiting; they are replayed with ``skip_validation``.
- ``approval``: they are replayed as maker-checker requests that a checker approves.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pos_app.core.config import Settings
from pos_app.core.i18n import _, ngettext
from pos_app.core.key_share import replay_budget
from pos_app.core.outbox import QueueSummary

REFUSE, NO_OTP_UNDER_CAP, APPROVAL = "refuse", "no-otp-under-cap", "approval"


@dataclass(frozen=True)
class OfflinePolicy:
    name: str = REFUSE
    max_points_each: Decimal = Decimal(200)
    max_points_total: Decimal = Decimal(1000)
    max_items: int = 50
    max_age_hours: float = 72
    requests_per_minute: int = 600  # the replay's budget (see ``key_share.replay_budget``)

    @classmethod
    def from_settings(cls, settings: Settings) -> OfflinePolicy:
        return cls(
            name=str(settings.get("offline.policy")),
            max_points_each=Decimal(settings.get("offline.max_points_each")),
            max_points_total=Decimal(settings.get("offline.max_points_total")),
            max_items=int(settings.get("offline.max_items")),
            max_age_hours=float(settings.get("offline.max_age_hours")),
            requests_per_minute=replay_budget(settings),
        )

    def describe(self) -> str:
        if self.name == NO_OTP_UNDER_CAP:
            return _(
                "Offline: redemptions up to {points} points are accepted "
                "without a code and sent when the network returns."
            ).format(points=f"{self.max_points_each.normalize():f}")
        if self.name == APPROVAL:
            return _("Offline: redemptions are queued and sent for a supervisor's approval when the network returns.")
        return _("Offline: redemptions are not possible until the network returns.")

    def refusal(self, points: Decimal, waiting: QueueSummary, has_code: bool) -> str | None:
        """Why this redemption cannot be queued offline, or None if it can."""
        if self.name == REFUSE:
            return _(
                "The loyalty service cannot be reached, and this till does not accept redemptions offline. "
                "Try again when the network is back."
            )
        if self.name == NO_OTP_UNDER_CAP and not has_code and points > self.max_points_each:
            return _(
                "Offline, at most {points} points can be redeemed at once. Lower the points or wait for the network."
            ).format(points=f"{self.max_points_each.normalize():f}")
        if waiting.open_count >= self.max_items:
            return ngettext(
                "Offline: {count} redemption is already waiting to be sent; no more can be queued.",
                "Offline: {count} redemptions are already waiting to be sent; no more can be queued.",
                waiting.open_count,
            ).format(count=waiting.open_count)
        if waiting.open_points + points > self.max_points_total:
            return _("Offline: {points} points are already waiting to be sent; the limit is {limit}.").format(
                points=f"{waiting.open_points.normalize():f}", limit=f"{self.max_points_total.normalize():f}"
            )
        return None
