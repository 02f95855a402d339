"""``pos-app --kiosk``: a self-service redemption terminal.

Full screen, frameless, on top; closing is refused. Five quick taps in the top-left corner
(or Ctrl+Alt+Shift+K) ask for the supervisor PIN, which opens settings, the offline queue,
or the way out. After a quiet spell "still there?" counts down and then every trace of the
customer is cleared. The redemption itself is the till's (``TillFlow``, ``RedemptionService``): the same outbox,
the same receipts and journal, the same replay worker.
"""

from __future__ import annotations

import logging
import secrets
import time
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from pos_app.core.app_context import AppContext
from pos_app.core.capillary.inputs import format_points
from pos_app.core.capillary.models import Customer, Redeemability
from pos_app.core.masking import mask_card, mask_mobile
from pos_app.core.receipt import Receipt, render_for
from pos_app.core.redemption_service import Redeemed
from pos_app.core.validation import InvalidInput, parse_bill, parse_otp, parse_points
from pos_app.gui import printing
from pos_app.gui.background import Background, wait_for_all_calls
from pos_app.gui.kiosk.idle import IdleWatch, StillThere
from pos_app.gui.kiosk.screens import (
    AttractScreen,
    CodeScreen,
    ConfirmationScreen,
    KioskScreen,
    PadScreen,
    PointsScreen,
    VerifyScreen,
    bill_screen,
    identify_screen,
)
from pos_app.gui.kiosk.supervisor_pad import PinPad, StaffMenu
from pos_app.gui.kiosk.words import for_customer
from pos_app.gui.preload import Preload
from pos_app.gui.queue_dialog import QueueDialog
from pos_app.gui.replay_worker import ReplayWorker
from pos_app.gui.settings_dialog import SettingsDialog
from pos_app.gui.till_flow import TillFlow
from pos_app.resources import resource

log = logging.getLogger("pos_app.gui")
CORNER_PX = 90
CORNER_TAPS = 5
CORNER_WINDOW_S = 4.0


class CornerTap(QWidget):
    """An invisible square in the top-left corner: five quick taps open the staff side."""

    opened = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk_corner")
        self.setGeometry(0, 0, CORNER_PX, CORNER_PX)
        self.taps: list[float] = []

    def mousePressEvent(self, event: QMouseEvent) -> None:
        now = time.monotonic()
        self.taps = [t for t in self.taps if now - t < CORNER_WINDOW_S] + [now]
        if len(self.taps) >= CORNER_TAPS:
            self.taps.clear()
            self.opened.emit()
        event.accept()


class KioskWindow(QWidget):
    left = Signal()  # a supervisor left kiosk mode

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        Preload(self).start_soon()
        self.ctx = ctx
        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("Loyalty points - self service"))
        self.setWindowFlags(
            Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setStyleSheet(resource("styles", "kiosk.qss").read_text(encoding="utf-8"))
        self.exit_allowed = False
        self.chosen: Decimal | None = None
        self.bill = ""
        self.receipt: Receipt | None = None
        self.demo_phone: QWidget | None = None  # --demo: the customer's phone beside the kiosk
        self.previewing_balance = False
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
        self.attract = AttractScreen(str(self.ctx.settings.get("store_name") or ""))
        self.identify = identify_screen()
        self.points = PointsScreen()
        self.bill_entry = bill_screen()
        self.verify = VerifyScreen()
        self.code = CodeScreen()
        self.done = ConfirmationScreen()
        self.stack = QStackedWidget()
        for screen in self.screens():
            self.stack.addWidget(screen)
        self.status = QLabel()
        self.status.setObjectName("kiosk_status")
        self.status.setProperty("role", "status")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(row)
        self._show_status()

    def screens(self) -> list[Any]:
        return [self.attract, self.identify, self.points, self.bill_entry, self.verify, self.code, self.done]

    def _connect(self) -> None:
        flow = self.flow
        self.attract.touched.connect(lambda: self.go(self.identify))
        self.identify.submitted.connect(flow.look_up)
        self.points.submitted.connect(self._points_chosen)
        self.bill_entry.submitted.connect(self._bill_given)
        self.verify.by_sms.connect(lambda: self._send_code("SMS"))
        self.verify.by_missed_call.connect(lambda: self._send_code("MISSED_CALL"))
        self.verify.back.connect(lambda: self.go(self.points))
        self.code.submitted.connect(self._code_given)
        self.code.resend.connect(flow.resend)
        self.done.finish.connect(self.clear_customer)
        for screen in self.screens()[1:]:
            screen.start_over.connect(self.clear_customer)
        flow.customer_found.connect(self._customer_found)
        flow.previewed.connect(self._previewed)
        flow.checked.connect(self._code_sent)
        flow.finished.connect(self._finished)
        flow.print_requested.connect(self._print_for_customer)
        flow.queue_changed.connect(self.replay.refresh)
        flow.failed.connect(self._failed)
        flow.rule_broken.connect(self._rule_broken)
        flow.credentials_refused.connect(lambda: log.error("the kiosk's credentials were refused"))
        flow.online_changed.connect(lambda _online: self._show_status())
        self.code_timer = self.startTimer(500)

    # -- moving between screens ---------------------------------------------------------

    def go(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        if isinstance(screen, PadScreen):
            screen.enter()
        settings = self.ctx.settings
        if screen is self.attract:
            self.idle.disarm()
        else:
            idle = settings.get("kiosk.otp_idle_seconds" if screen is self.code else "kiosk.idle_seconds")
            self.idle.arm(float(idle), int(settings.get("kiosk.warning_seconds")))

    def current(self) -> QWidget | None:
        return self.stack.currentWidget()

    def clear_customer(self) -> None:
        """Forget everything about the customer: fields, labels, the sale, answers on their way."""
        self.flow.clear()
        self.chosen, self.bill, self.receipt, self.previewing_balance = None, "", None, False
        for screen in self.screens():
            screen.reset()
        self.go(self.attract)

    def scan(self, text: str) -> None:
        """A loyalty card scanned on any screen: start with that customer."""
        self.clear_customer()
        self.go(self.identify)
        self.flow.look_up(text)

    # -- the steps ----------------------------------------------------------------------

    def _customer_found(self, customer: Customer) -> None:
        if customer.blocked:
            self.identify.error(self.tr("Points cannot be redeemed on this account. Please ask at the till."))
            return
        self.points.reset()
        balance = format_points(customer.loyalty_points)
        self.points.show_customer(customer.firstname, balance)
        self.go(self.points)
        if customer.loyalty_points > 0:
            self.previewing_balance = True
            self.flow.preview(customer.loyalty_points)

    def _points_chosen(self, text: str) -> None:
        customer = self.flow.sale.customer
        try:
            self.chosen = parse_points(text, customer.loyalty_points if customer else None)
        except InvalidInput as error:
            self.points.error(str(error))
            return
        if self.previewing_balance:  # its answer must not be taken for the answer about these points
            self.flow.background.forget_all()
            self.previewing_balance = False
        self.flow.preview(self.chosen)

    def _previewed(self, result: Redeemability) -> None:
        if self.previewing_balance:  # what the whole balance is worth, shown while choosing
            self.previewing_balance = False
            if result.is_redeemable:
                self.points.show_value(format_points(result.points), self.ctx.money()(result.points_redeem_value))
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
        self.code.start(self.flow.sale.validation_type == "MISSED_CALL", where)
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
                self.tr("Reference {0}").format(receipt.redemption_id),
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

    def _rule_broken(self, message: str) -> None:
        message = for_customer(self.flow.last_error, message)
        if self.previewing_balance:  # the whole balance is more than one visit allows: say so, calmly
            self.previewing_balance = False
            self.points.info_label.setText(message)  # stays while the points are typed
            return
        if self.current() is not self.points:
            self.go(self.points)
        self.points.error(message)

    def timerEvent(self, event: Any) -> None:
        if event.timerId() == self.code_timer and self.current() is self.code:
            self.code.show_cooldown(self.flow.resend_in())

    # -- staff --------------------------------------------------------------------------

    def ask_for_pin(self) -> PinPad:
        pad = PinPad(self.ctx.supervisor, self)
        pad.accepted.connect(self.staff_menu)
        pad.open()
        self.pin_pad = pad
        return pad

    def staff_menu(self) -> StaffMenu:
        menu = StaffMenu(self)
        menu.accepted.connect(lambda: self._staff_choice(menu.choice))
        menu.open()
        self.menu = menu
        return menu

    def _staff_choice(self, choice: str) -> None:
        if choice == StaffMenu.EXIT:
            self.leave()
        elif choice == StaffMenu.SETTINGS:
            SettingsDialog(self.ctx, self).open()
        elif choice == StaffMenu.QUEUE:
            dialog = QueueDialog(self.ctx.outbox, self.replay.replay_now, self, allow_cancel=lambda: True)
            dialog.finished.connect(lambda _result: self.replay.refresh())
            dialog.open()

    def leave(self) -> None:
        log.info("kiosk mode left by a supervisor")
        self.exit_allowed = True
        self.close()
        self.left.emit()

    # -- window ----------------------------------------------------------------------------

    def _show_status(self) -> None:
        where = str(self.ctx.settings.get("store_name") or self.ctx.settings.get("till") or "")
        state = self.tr("online") if self.flow.online else self.tr("offline")
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

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.exit_allowed:  # Alt+F4, the window manager's close: a kiosk stays
            log.info("close refused in kiosk mode")
            event.ignore()
            return
        self.idle.disarm()
        self.replay.stop()
        wait_for_all_calls(10_000)  # a print or a redemption on its way finishes first
        event.accept()


def generated_bill_number() -> str:
    """A transaction number for a redemption not tied to a scanned bill: K-date-time-random."""
    return "K-" + time.strftime("%Y%m%d-%H%M%S") + "-" + secrets.token_hex(2).upper()
