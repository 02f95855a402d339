"""What the till's screens say when a call fails, and the offline form (mixed into ``TillWindow``).

A failure is said on the screen it belongs to (a lookup's on the start screen, a check's on the
customer's, a code's or a redemption's on the code screen), with the key that tries again; a
lookup the service did not answer offers the offline form, where the till's offline policy
allows one; when the service answers again, that form's customer is looked up once more.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from pos_app.core.app_context import AppContext
from pos_app.core.capillary.inputs import format_points
from pos_app.core.masking import mask_card, mask_mobile

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget, QWidget

    from pos_app.core.offline_policy import OfflinePolicy
    from pos_app.gui.screens.customer_screen import CustomerScreen
    from pos_app.gui.screens.otp_screen import OtpScreen
    from pos_app.gui.screens.start_screen import StartScreen
    from pos_app.gui.till_flow import TillFlow
    from pos_app.gui.till_status import TillStatusBar


class TillFailures:
    ctx: AppContext
    flow: TillFlow
    stack: QStackedWidget
    start: StartScreen
    customer: CustomerScreen
    otp: OtpScreen
    status: TillStatusBar
    kept_typing: tuple[str, str] | None  # bill and points typed on the offline form, while looked up again
    tr: Callable[[str], str]

    def _type_again(self, kept: tuple[str, str]) -> None:
        bill, points = kept
        self.customer.bill.setText(bill)
        self.customer.quantity.setText(points)
        (self.customer.quantity if bill else self.customer.bill).setFocus()

    def _queue_offline(self, points: Decimal, bill: str) -> None:
        """F5 on the offline form: queued only while the service is known not to answer (checked
        now, not when the form was shown); otherwise the same customer is looked up again."""
        if not self.flow.redeem_offline(points, bill):
            self._leave_offline_form()

    def _leave_offline_form(self) -> None:
        """The service answers again: the offline form's customer looked up once more, the bill
        and points kept; if that lookup fails too, the offline form comes back with them."""
        typed = (self.customer.bill.text(), self.customer.quantity.text())
        if self.flow.look_up_again():
            self.kept_typing = typed

    def _failed(self, message: str, request_id: str) -> None:
        self.status.show_error(message, request_id)
        current = self.stack.currentWidget()
        message = self._key_named(message, current)
        kept, self.kept_typing = self.kept_typing, None
        if kept is not None and current is self.customer:  # looked up again from the offline form
            if self.flow.online:  # the service answered, and refused: said where lookups are said
                self.stack.setCurrentWidget(self.start)
                self.start.field.setFocus()
                self.start.message.error(message, request_id)
            else:  # still no answer: offline as before, with what was typed
                self._offer_offline(message, request_id)
                self._type_again(kept)
            return
        if current is self.start:
            self._offer_offline(message, request_id)
        elif current is self.customer:
            self.customer.result.clear()  # a preview's "redeemable" never stands beside a refusal
            self.customer.message.error(message, request_id)
        elif current is self.otp:
            from pos_app.core.capillary import Rejected
            from pos_app.core.capillary.codes import WRONG_OTP

            error = self.flow.last_error
            if isinstance(error, Rejected) and error.code == WRONG_OTP:
                self.otp.wrong_code(message, request_id)  # selected: the next code typed replaces it
            else:
                self.otp.message.error(message, request_id)
        else:
            self.start.message.error(message, request_id)

    def _key_named(self, message: str, screen: QWidget | None) -> str:
        """A failure worth trying again says which key does it on this screen (once)."""
        from pos_app.gui.failure_words import Call, again_words, worth_again

        error, call = self.flow.last_error, self.flow.last_call
        shown_on = {Call.LOOKUP: self.start, Call.CHECK: self.customer, Call.RESEND: self.otp, Call.REDEEM: self.otp}
        if error is None or call is None or not worth_again(error) or shown_on[call] is not screen:
            return message
        if screen is self.customer and self.customer.offline:  # the offline form's F5 queues instead
            return message
        key = again_words(call)
        return message if key in message else f"{message} {key}"

    def _offer_offline(self, message: str, request_id: str) -> None:
        from pos_app.core.offline_policy import REFUSE

        who = self.flow.sale.identifier
        policy = self.ctx.policy
        if self.flow.online or who is None or policy.name == REFUSE:
            extra = "\n" + policy.describe() if not self.flow.online else ""
            self.start.message.error(message + extra, request_id)
            return
        shown = mask_mobile(who.value) if who.kind == "mobile" else mask_card(who.value)
        self.customer.groups_enabled = bool(self.ctx.settings.get("group_redemption"))
        self.customer.money = self.ctx.money()
        # Why the lookup failed stays in the status bar; the screen says what it means for this sale.
        self.customer.show_offline(shown, policy.max_points_each, self._offline_accepts(policy), request_id)
        self.stack.setCurrentWidget(self.customer)
        self.customer.bill.setFocus()

    def _offline_accepts(self, policy: OfflinePolicy) -> str:
        from pos_app.core.offline_policy import NO_OTP_UNDER_CAP

        if policy.name == NO_OTP_UNDER_CAP:
            return self.tr(
                "This till can still queue a redemption of up to {0} points without a code; it is sent when "
                "the network returns."
            ).format(format_points(policy.max_points_each))
        return policy.describe()

    def _service_back(self) -> None:
        """The probe (or the replay) reached the service. The offline form goes by itself (its
        customer is looked up again); a screen still saying the service cannot be reached is told
        which key does it again."""
        from pos_app.gui.connection_state import means_offline

        current = self.stack.currentWidget()
        if current is self.customer and self.customer.offline and not self.flow.committing:
            self._leave_offline_form()
            return
        banner = getattr(current, "message", None)
        error = self.flow.last_error
        said = banner.kind() if banner is not None else ""
        if banner is not None and said in ("error", "warning") and error is not None and means_offline(error):
            banner.info(self._again_words(current))

    def _again_words(self, screen: QWidget | None) -> str:
        """The service answers again: which key does it again on this screen."""
        if screen is self.customer:
            return self.tr("The loyalty service answers again. Press F5 to check and send the code again.")
        if screen is self.otp:
            return self.tr(
                "The loyalty service answers again. Press Redeem [F9] to confirm, or Resend code [F7] for a new code."
            )
        return self.tr("The loyalty service answers again. Scan the card or type the number again, then press Enter.")
