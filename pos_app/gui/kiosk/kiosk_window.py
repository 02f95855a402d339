"""``pos-app --kiosk``: a self-service redemption terminal.

Full screen, frameless, on top; closing is refused. Five quick taps in the top-left corner
(or Ctrl+Alt+Shift+K) ask for the supervisor PIN, which opens settings, the offline queue,
or the way out. After a quiet spell "still there?" counts down and then every trace of the
customer is cleared. The redemption itself is the till's (``TillFlow``, ``RedemptionService``): the same outbox,
the same receipts and journal, the same replay worker.
"""

from __future__ import annotations

import logging
import time
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from pos_app.core.app_context import AppContext
from pos_app.core.capillary.inputs import ValidationType, format_points
from pos_app.core.capillary.models import Redeemability
from pos_app.core.i18n import current_language
from pos_app.core.masking import mask_card, mask_mobile
from pos_app.core.org_rules import check as check_rules
from pos_app.core.org_rules import max_redeemable
from pos_app.core.readable import readable_token
from pos_app.core.receipt import APPLIED_ID_UNKNOWN, Receipt, render_for
from pos_app.core.redemption_service import Redeemed
from pos_app.core.validation import InvalidInput, parse_bill, parse_otp
from pos_app.gui import printing
from pos_app.gui.background import Background, wait_for_all_calls
from pos_app.gui.kiosk.idle import IdleWatch, StillThere
from pos_app.gui.kiosk.points_screen import PointsScreen
from pos_app.gui.kiosk.points_step import PointsStep
from pos_app.gui.kiosk.screens import (
    AttractScreen,
    CodeScreen,
    ConfirmationScreen,
    KioskScreen,
    PadScreen,
    VerifyScreen,
    bill_screen,
    identify_screen,
)
from pos_app.gui.kiosk.staff import CornerTap, StaffSide
from pos_app.gui.kiosk.words import for_customer, not_available, rule_in_words
from pos_app.gui.preload import Preload
from pos_app.gui.replay_worker import ReplayWorker
from pos_app.gui.screens.common import style_sheet
from pos_app.gui.till_flow import TillFlow
from pos_app.gui.translations import NATIVE_NAMES, install_language

log = logging.getLogger("pos_app.gui")


class KioskWindow(QWidget, StaffSide, PointsStep):
    left = Signal()  # a supervisor left kiosk mode

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        Preload(self, ctx.money).start_soon()
        self.ctx = ctx
        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("Loyalty points - self service"))
        self.setWindowFlags(
            Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setStyleSheet(style_sheet("kiosk.qss"))
        self.exit_allowed = False
        self.chosen: Decimal | None = None
        self.bill = ""
        self.receipt: Receipt | None = None
        self.demo_phone: QWidget | None = None  # --demo: the customer's phone beside the kiosk
        self.previewing_balance = False  # the answer awaited is about the most this customer may use
        self.most = Decimal(0)
        self.store_language = current_language()  # a customer may choose another; the next one gets this
        self.flow = TillFlow(ctx, Background(self), self)
        self.printing = Background(self)
        self.replay = ReplayWorker(ctx, self)
        self._build()
        self._connect()
        self.veil = StillThere(self)
        self.idle = IdleWatch(self.veil, self.clear_customer, self)
        self.idle.keep_waiting = lambda: self.flow.committing
        self.corner = CornerTap(self)
        self.corner.opened.connect(self.ask_for_pin)
        QShortcut(QKeySequence("Ctrl+Alt+Shift+K"), self, self.ask_for_pin)
        self.go(self.attract)

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedWidget()
        self._build_screens()
        self.status = QLabel()
        self.status.setObjectName("kiosk_status")
        self.status.setProperty("role", "status")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.status)
        self.top_row = QHBoxLayout()  # the screens; in the demo, the customer's phone beside them
        self.top_row.setContentsMargins(0, 0, 0, 0)
        self.top_row.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.top_row, 1)
        layout.addLayout(row)
        self._show_status()

    def add_demo_phone(self, phone: QWidget) -> None:
        """``--demo``: the customer's phone (the SMS code) as a column of the kiosk itself; a window
        of its own would sit under the full-screen kiosk, which stays on top."""
        self.top_row.addWidget(phone)
        self.demo_phone = phone

    def _build_screens(self) -> None:
        """Every screen, in the language now in use (built again when a customer picks another)."""
        self.attract = AttractScreen(str(self.ctx.settings.get("store_name") or ""), NATIVE_NAMES, current_language())
        self.identify = identify_screen()
        self.points = PointsScreen()
        self.bill_entry = bill_screen()
        self.verify = VerifyScreen()
        self.code = CodeScreen()
        self.done = ConfirmationScreen()
        for screen in self.screens():
            self.stack.addWidget(screen)

    def screens(self) -> list[Any]:
        return [self.attract, self.identify, self.points, self.bill_entry, self.verify, self.code, self.done]

    def _connect_screens(self) -> None:
        flow = self.flow
        self.attract.touched.connect(lambda: self.go(self.identify))
        self.attract.language_chosen.connect(self.speak)
        self.attract.keyed.connect(self.scan)
        self.identify.submitted.connect(flow.look_up)
        self._connect_points()
        self.bill_entry.submitted.connect(self._bill_given)
        self.verify.by_sms.connect(lambda: self._send_code(ValidationType.SMS))
        self.verify.by_missed_call.connect(lambda: self._send_code(ValidationType.MISSED_CALL))
        self.verify.back.connect(lambda: self.go(self.points))
        self.code.submitted.connect(self._code_given)
        self.code.resend.connect(flow.resend)
        self.done.finish.connect(self.clear_customer)  # done: the next customer, in the store's language
        for screen in self.screens()[1:]:
            screen.start_over.connect(self.start_over)

    def _connect(self) -> None:
        flow = self.flow
        self._connect_screens()
        flow.customer_found.connect(self._customer_found)
        flow.previewed.connect(self._previewed)
        flow.worth_known.connect(self._worth_known)
        flow.worth_refused.connect(self._worth_refused)
        flow.checked.connect(self._code_sent)
        flow.finished.connect(self._finished)
        flow.print_requested.connect(self._print_for_customer)
        flow.queue_changed.connect(self.replay.refresh)
        flow.failed.connect(self._failed)
        flow.rule_broken.connect(self._rule_broken)
        flow.credentials_refused.connect(lambda: log.error("the kiosk's credentials were refused"))
        # One connection state for the footer, the till's way: every call's outcome (the replay's
        # too) and, while offline, a light probe decide it.
        flow.connection.changed.connect(lambda _online: self._show_status())
        flow.connection.recovered.connect(self._service_back)
        self.replay.attempted.connect(self._replay_attempted)
        self.code_timer = self.startTimer(500)

    # -- moving between screens ---------------------------------------------------------

    def go(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        if isinstance(screen, PadScreen | AttractScreen):
            screen.enter()
        settings = self.ctx.settings
        if screen is self.attract and current_language() == self.store_language:
            self.idle.disarm()
        else:  # (the attract screen in a customer's language, too: the idle reset brings the store's back)
            idle = settings.get("kiosk.otp_idle_seconds" if screen is self.code else "kiosk.idle_seconds")
            self.idle.arm(float(idle), int(settings.get("kiosk.warning_seconds")))

    def speak(self, language: str) -> None:
        """The kiosk in ``language``: every screen again in its words (only between customers)."""
        if language == current_language():
            return
        install_language(language)
        shown = self.stack.currentIndex()
        for screen in self.screens():
            self.stack.removeWidget(screen)
            screen.setParent(None)  # out of the window at once; deleted when the event loop is next free
            screen.deleteLater()
        self._build_screens()
        self._connect_screens()
        self.stack.setCurrentIndex(shown)
        self.setWindowTitle(self.tr("Loyalty points - self service"))
        self.veil.retranslate()
        self._show_status()
        self.go(self.stack.currentWidget() or self.attract)

    def current(self) -> QWidget | None:
        return self.stack.currentWidget()

    def clear_customer(self) -> None:
        """The customer is gone (the idle reset, Finish): nothing of them is left, and the next one
        is greeted in the store's language."""
        self.forget_customer()
        self.speak(self.store_language)
        self.go(self.attract)

    def forget_customer(self) -> None:
        """Forget everything about the customer: fields, labels, the sale, answers on their way.
        The language they chose stays: they may be starting again."""
        self.flow.clear()
        self.chosen, self.bill, self.receipt, self.previewing_balance = None, "", None, False
        self.most = Decimal(0)
        for screen in self.screens():
            screen.reset()

    def start_over(self) -> None:
        """The customer starts again, in the language they chose."""
        self.forget_customer()
        self.go(self.attract)

    def scan(self, text: str) -> None:
        """A loyalty card scanned on any screen: start with that customer, in the language on screen
        (the one who chose it is the one scanning)."""
        self.forget_customer()
        self.go(self.identify)
        self.flow.look_up(text)

    # -- the steps ----------------------------------------------------------------------

    def _previewed(self, result: Redeemability) -> None:
        if self.previewing_balance:  # what the most that may be used is worth, shown while choosing
            self.previewing_balance = False
            if result.is_redeemable:
                self.points.show_most(format_points(result.points), self.ctx.money()(result.points_redeem_value))
            return
        if not result.is_redeemable:
            self.points.error(self.tr("These points cannot be redeemed. Try fewer points."))
            return
        ratio, money = result.points_currency_ratio, self.ctx.money()
        self.verify.show_check(
            format_points(result.points), money(result.points_redeem_value), "" if ratio is None else money.rate(ratio)
        )
        if self.ctx.settings.get("kiosk.bill") == "ask":
            self.go(self.bill_entry)
        else:
            self.bill = generated_bill_number()
            self.go(self.verify)

    def _bill_given(self, text: str) -> None:
        try:
            self.bill = parse_bill(text)
        except InvalidInput as error:
            self.bill_entry.error(str(error))
            return
        self.go(self.verify)

    def _send_code(self, kind: str) -> None:
        if self.chosen is not None:
            self.verify.info(self.tr("One moment..."))
            self.flow.check(self.chosen, False, self.bill, kind)

    def _code_sent(self, _result: Redeemability) -> None:
        who = self.flow.sale.identifier
        mobile = self.flow.customer_mobile()
        where = mask_mobile(mobile) if mobile else mask_card(who.value if who else "")
        self.verify.message.clear()
        self.code.reset()
        number = str(self.ctx.settings.get("missed_call.number") or "")
        self.code.start(self.flow.sale.validation_type == ValidationType.MISSED_CALL, where, number)
        self.code.show_cooldown(self.flow.resend_in())
        self.go(self.code)

    def _code_given(self, text: str) -> None:
        if self.code.missed_call:
            self.flow.redeem("")
            return
        try:
            code = parse_otp(text)
        except InvalidInput as error:
            self.code.error(str(error))
            return
        self.code.info(self.tr("Redeeming..."))
        self.flow.redeem(code)

    def _finished(self, outcome: Redeemed) -> None:
        receipt = self.flow.receipt(outcome)
        self.receipt = receipt
        text = render_for(receipt, self.ctx.settings)
        points = format_points(receipt.points)
        if receipt.pending:
            self.done.show_result(
                self.tr("Saved: the cashier will confirm it"),
                self.tr("{0} points").format(points),
                self.tr("PENDING {0}").format(receipt.reference),
                text,
            )
        else:
            self.done.show_result(
                self.tr("Points redeemed"),
                self.tr("{0} points = {1}").format(points, self.ctx.money()(receipt.value)),
                # named as the slip beside it names it; one whose code never came back (found in the
                # history) goes by the till's reference
                self.tr("Reference {0}").format(receipt.reference)
                if receipt.redemption_id == APPLIED_ID_UNKNOWN
                else self.tr("Redemption id {0}").format(receipt.redemption_id),
                text,
            )
        self.go(self.done)

    def _print_for_customer(self, receipt: Receipt) -> None:
        self.done.print_status.setText(self.tr("Printing your receipt..."))
        self.printing.run(
            lambda: printing.print_receipt(receipt, self.ctx.settings),
            lambda _none: self.done.print_status.setText(self.tr("Take your receipt.")),
            lambda _error: self.done.print_status.setText(
                self.tr("The receipt could not be printed. The cashier can print it from the journal.")
            ),
        )

    def _failed(self, message: str, request_id: str) -> None:
        if request_id:
            log.info("kiosk error shown (request id %s)", request_id)
        screen = self.current()
        message = for_customer(self.flow.last_error, message)
        if not isinstance(screen, KioskScreen):
            screen = self.identify
            self.go(screen)
        screen.error(message)

    def _service_back(self) -> None:
        """The service answers again: a "not available" on the screen would now be wrong."""
        screen = self.current()
        if isinstance(screen, KioskScreen) and screen.message.text() == not_available():
            screen.info(self.tr("Redeeming points works again. Please try once more."))

    def _rule_broken(self, message: str) -> None:
        if self.previewing_balance:  # nothing typed yet: the rule was learned, offer what it allows
            self.previewing_balance = False
            if max_redeemable(self._balance(), self._rules()) < self.most:
                self._offer_most()
            return
        refusal = check_rules(self.chosen, self._rules()) if self.chosen is not None else None
        if refusal is not None:
            message = rule_in_words(refusal, self.chosen or Decimal(0))
        else:
            message = for_customer(self.flow.last_error, message)
        if self.current() is not self.points:
            self.go(self.points)
        self.points.error(message)

    def timerEvent(self, event: Any) -> None:
        if event.timerId() == self.code_timer and self.current() is self.code:
            self.code.show_cooldown(self.flow.resend_in())

    def leave(self) -> None:
        log.info("kiosk mode left by a supervisor")
        self.exit_allowed = True
        self.close()
        self.left.emit()

    # -- window ----------------------------------------------------------------------------

    def _replay_attempted(self, outcome: Any) -> None:
        if outcome.error is None:
            self.flow.connection.succeeded()
        else:
            self.flow.connection.failed(outcome.error)

    def _show_status(self) -> None:
        where = str(self.ctx.settings.get("store_name") or self.ctx.settings.get("till") or "")
        online = self.flow.connection.online
        if online is None:  # not known yet (the first probe is on its way): no claim either way
            self.status.setText(where)
            return
        state = self.tr("online") if online else self.tr("offline")
        self.status.setText(f"{where}  ·  {state}")

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.veil.setGeometry(self.rect())
        self.corner.raise_()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.corner.raise_()
        if not self.replay.timer.isActive():
            self.replay.start()
            self.flow.connection.start()  # a kiosk started with the service down says so at once

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.exit_allowed:  # Alt+F4, the window manager's close: a kiosk stays
            log.info("close refused in kiosk mode")
            event.ignore()
            return
        self.idle.disarm()
        self.flow.connection.stop()
        self.replay.stop()
        wait_for_all_calls(10_000)  # a print or a redemption on its way finishes first
        event.accept()


def generated_bill_number() -> str:
    """A transaction number for a redemption not tied to a scanned bill: K-date-time-random."""
    return "K-" + time.strftime("%Y%m%d-%H%M%S") + "-" + readable_token(4)
