"""The till window: the screens of one redemption, a status bar, and the keys that drive them.

Started by the app, it is built in two steps: first the start screen and the status bar, which
take input at once; then, once the rest of its modules and the API client have loaded in the
background (``preload``), the flow, the other screens and the replay. A lookup or a scan
before then finishes the building first. Built any other way (tests, tools), it is whole at
once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from pos_app.core.app_context import AppContext
from pos_app.core.capillary.inputs import ValidationType, format_points
from pos_app.gui import preload
from pos_app.gui.background import Background, wait_for_all_calls
from pos_app.gui.screens.common import style_sheet
from pos_app.gui.screens.start_screen import StartScreen
from pos_app.gui.till_dialogs import TillDialogs
from pos_app.gui.till_failures import TillFailures
from pos_app.gui.till_status import TillStatusBar

# The rest of the window's modules load in the background (``preload``) or with first use:
# the dialogs and printing (Qt's print support among them) when first opened.
if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from pos_app.core.capillary.models import Customer, ProgramBalance, Redeemability
    from pos_app.core.receipt import Receipt
    from pos_app.core.redemption_service import Redeemed
    from pos_app.core.sending import AttemptOutcome


BETWEEN_STEPS_MS = 20  # more than a zero timer: other events are handled between the steps


class TillWindow(QMainWindow, TillDialogs, TillFailures):
    built = Signal()  # the whole window is there (see the module's note)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, whole_at_once: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.is_built = False
        # Bill and points typed on the offline form while the same customer is looked up again.
        self.kept_typing: tuple[str, str] | None = None
        self.setWindowTitle(self.tr("Loyalty redemption - till {0}").format(ctx.settings.get("till") or "-"))
        self.setObjectName("till")
        self.setStyleSheet(style_sheet("till.qss"))
        self.resize(1024, 700)  # the app opens it maximized
        self.background = Background(self)
        self.stack = QStackedWidget()
        self.stack.setObjectName("till_screens")  # what till.qss styles, with the status bar
        self.start = StartScreen()
        self.stack.addWidget(self.start)
        self.setCentralWidget(self.stack)
        self.status = TillStatusBar(self._where_text())
        self.setStatusBar(self.status)
        self.start.look_up.connect(self._look_up)
        self.loader = preload.Preload(self, ctx.money)
        self.loader.done.connect(self._finish_in_two_turns)
        if whole_at_once:
            self.finish_building()
        self.start.reset()
        self.loader.start_soon()

    # -- building -----------------------------------------------------------------------

    def finish_building(self) -> None:
        """The flow, the other screens and the replay: at once, or once the loading is done."""
        if self.is_built:
            return
        from pos_app.gui.replay_worker import ReplayWorker
        from pos_app.gui.screens.customer_screen import CustomerScreen
        from pos_app.gui.screens.done_screen import DoneScreen
        from pos_app.gui.screens.otp_screen import OtpScreen
        from pos_app.gui.till_flow import TillFlow
        from pos_app.gui.till_receipt import ShownReceipt

        self.is_built = True
        self.flow = TillFlow(self.ctx, self.background, self)
        self.replay = ReplayWorker(self.ctx, self)
        self.customer = CustomerScreen()
        self.otp = OtpScreen()
        self.done = DoneScreen()
        self.shown = ShownReceipt(self.ctx, self.done, lambda: self.stack.currentWidget() is self.done, self)
        for screen in (self.customer, self.otp, self.done):
            self.stack.addWidget(screen)
        self._connect()
        from PySide6.QtCore import Qt  # not before: loading the Qt namespace takes ~40 ms

        self.status.last_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.otp.seconds_left = self.flow.resend_in
        self.otp.missed_call_number = lambda: str(self.ctx.settings.get("missed_call.number") or "")
        self.customer.rules_for = self.ctx.org_rules.for_program
        if self.isVisible():
            self.replay.start()
            self.flow.connection.start()
        self.built.emit()

    def _finish_in_two_turns(self) -> None:
        """Qt's namespace now (all its enums: ~40 ms), the building a moment later, with input
        and paints let through in between: neither holds up a key press for long. (On the GUI
        thread: shiboken builds it lazily, and two threads reaching it at once is not something
        to rely on.)"""
        from PySide6 import QtCore

        QtCore.Qt  # noqa: B018 - the first reach loads it
        QtCore.QTimer.singleShot(BETWEEN_STEPS_MS, self.finish_building)

    def when_built(self, then: Callable[[], None]) -> None:
        if self.is_built:
            then()
        else:
            self.built.connect(then)

    def _look_up(self, text: str) -> None:
        self.finish_building()
        self.flow.look_up(text)

    def _connect(self) -> None:
        flow = self.flow
        self.customer.chosen.connect(flow.choose)
        self.customer.check.connect(flow.check)
        self.customer.offline_redeem.connect(self._queue_offline)
        self.otp.confirm.connect(flow.redeem)
        self.otp.resend.connect(flow.resend)
        self.done.next_button.clicked.connect(self.go_start)
        self.done.print_button.clicked.connect(self.shown.print)
        flow.customer_found.connect(self._show_customer)
        flow.checked.connect(self._checked)
        flow.code_sent.connect(self.otp.message.info)
        flow.finished.connect(self._finished)
        flow.finished_unseen.connect(self._finished_unseen)
        flow.print_requested.connect(self.shown.print)
        flow.queue_changed.connect(self.replay.refresh)
        flow.failed.connect(self._failed)
        flow.rule_broken.connect(self.customer.show_rule)
        self.customer.worth_wanted.connect(flow.ask_worth)
        self.customer.family_wanted.connect(flow.ask_family)
        flow.family_known.connect(self.customer.show_family)
        flow.family_refused.connect(self.customer.refuse_family)
        flow.worth_known.connect(self.customer.show_worth)
        flow.worth_refused.connect(self.customer.refuse_worth)
        flow.connection.changed.connect(self.status.show_online)
        flow.connection.recovered.connect(self.status.clear_error)
        flow.connection.recovered.connect(self._service_back)
        flow.connection.recovered.connect(self.replay.network_returned)
        flow.connection.changed.connect(lambda online: self.replay.network_lost() if online is False else None)
        # A customer on the screen holds the replay back: their calls go first.
        self.stack.currentChanged.connect(self._screen_changed)
        flow.cleared.connect(self.status.clear_error)
        for success in (flow.customer_found, flow.checked, flow.code_sent, flow.finished):
            success.connect(self.status.clear_error)
        self.background.busy_changed.connect(self._busy)
        flow.commits.busy_changed.connect(self._busy)
        self.replay.queue_changed.connect(self.status.show_queue)
        self.replay.queue_changed.connect(self.shown.follow)
        self.replay.status.connect(self.status.notice)
        self.replay.needs_attention.connect(self.status.attention)
        self.replay.attempted.connect(self._replay_attempted)
        from PySide6.QtGui import QKeySequence, QShortcut

        QShortcut(QKeySequence("Escape"), self, self.step_back)
        QShortcut(QKeySequence("F2"), self, self.go_start)
        QShortcut(QKeySequence("F8"), self, self.replay.replay_now)
        QShortcut(QKeySequence("F10"), self, self.show_queue)
        QShortcut(QKeySequence("Ctrl+,"), self, self.show_settings)
        QShortcut(QKeySequence("Ctrl+J"), self, self.show_journal)
        QShortcut(QKeySequence("Ctrl+R"), self, self.show_report)
        self.flow.credentials_refused.connect(lambda: self.show_settings())

    # -- screens ------------------------------------------------------------------------

    def _screen_changed(self, _index: int) -> None:
        serving = self.stack.currentWidget() in (self.customer, self.otp)
        self.ctx.key_share.serving(serving)  # a customer on the screen holds the replay back: their calls go first
        self.status.show_serving(serving)

    def go_start(self) -> None:
        self.finish_building()
        if self.flow.committing and self.stack.currentWidget() is self.otp:  # its answer decides the receipt
            self.otp.message.busy(
                self.tr("The redemption is on its way: wait for its answer before the next customer.")
            )
            return
        self.kept_typing = None
        self.flow.clear()
        self.otp.stop()
        self.stack.setCurrentWidget(self.start)
        self.start.reset()

    def _first_field(self, screen: QWidget) -> QWidget:
        if screen is self.start or not self.is_built:
            return self.start.field
        if screen is self.customer:
            return self.customer.bill
        if screen is self.otp:
            return self.otp.redeem_button if self.otp.missed_call else self.otp.code
        return self.done.next_button

    def scan(self, text: str) -> None:
        """A card scanned: the next customer, from any screen where no redemption is being confirmed."""
        self.finish_building()
        if self.stack.currentWidget() is self.otp:
            self.otp.scan_held(text)
            return
        self.go_start()
        self.start.field.setText(text)
        self.flow.look_up(text)

    def step_back(self) -> None:
        current = self.stack.currentWidget()
        if self.flow.committing and current is self.otp:  # its answer decides the receipt
            self.otp.message.info(self.tr("Waiting for the redemption's answer; it cannot be cancelled."))
            return
        if self.background.busy:
            self.background.forget_all()  # a lookup or a check: safe to abandon
            self.kept_typing = None
            if current is self.customer:
                self.customer.message.info(self.tr("Check cancelled: nothing was redeemed. Press F5 to check again."))
            else:
                self.start.message.info(
                    self.tr("Lookup cancelled. Scan the card or type the number again, then press Enter.")
                )
            return
        if current is self.otp:  # bill and points stay as typed
            self.otp.stop()
            self.stack.setCurrentWidget(self.customer)
            self.customer.quantity.setFocus()
        elif current in (self.customer, self.done):
            self.go_start()

    def _show_customer(self, customer: Customer) -> None:
        kept, self.kept_typing = self.kept_typing, None
        if customer.blocked:
            self.stack.setCurrentWidget(self.start)  # looked up again from the offline form: it goes
            self.start.message.error(
                self.tr("This customer's account is blocked for redemption. Ask them to contact customer care.")
            )
            return
        self.customer.groups_enabled = bool(self.ctx.settings.get("group_redemption"))
        self.customer.money = self.ctx.money()
        self.customer.show_customer(customer, None, preferred_program=str(self.ctx.settings.get("program_id") or ""))
        self.stack.setCurrentWidget(self.customer)
        self.customer.bill.setFocus()
        if kept is not None:  # back from the offline form: what was typed stays, and a code confirms it
            self._type_again(kept)
            self.customer.message.info(
                self.tr(
                    "The loyalty service answers again: the customer confirms with a code. Check the bill and "
                    "points, then press F5 to send the code (or Ctrl+M for a missed call)."
                )
            )

    def _checked(self, result: Redeemability) -> None:
        self.customer.show_check(result)
        sale = self.flow.sale
        summary = self.tr("{0} points = {1} for bill {2}").format(
            format_points(result.points), self.ctx.money()(result.points_redeem_value), sale.bill
        )
        customer = sale.customer.name if sale.customer is not None else ""
        program = self._program_of(sale.customer)
        family = sale.group is not None  # the family's points: said with the code, as on the receipt
        if program is not None and program.title:  # the points come from this program: said with the code
            words = self.tr("{0}, from the family's points in {1}") if family else self.tr("{0}, from {1}")
            summary = words.format(summary, program.title)
        elif family:
            summary = self.tr("{0}, from the family's points").format(summary)
        self.otp.start(customer or self.tr("(no name)"), summary, sale.validation_type == ValidationType.MISSED_CALL)
        self.stack.setCurrentWidget(self.otp)
        (self.otp.redeem_button if self.otp.missed_call else self.otp.code).setFocus()

    def _program_of(self, customer: Customer | None) -> ProgramBalance | None:
        if customer is None:
            return None
        chosen = self.flow.program_id()
        if chosen:
            return customer.program(chosen)
        return customer.programs[0] if len(customer.programs) == 1 else None

    def _finished(self, outcome: Redeemed) -> None:
        self.otp.stop()
        receipt = self.flow.receipt(outcome)
        message = outcome.message
        if self.flow.sale.group is not None:
            message += "\n" + self.tr("Taken from the family's points.")
        if outcome.journal_error:
            message += "\n" + outcome.journal_error
        self.shown.show(receipt, message)
        self.stack.setCurrentWidget(self.done)
        self.done.next_button.setFocus()  # once shown: a hidden screen takes no focus, and a scan would go nowhere

    def _finished_unseen(self, outcome: Redeemed, receipt: Receipt) -> None:
        """A redemption answered after its screen was left: journalled, and the cashier told."""
        self.status.showMessage(
            outcome.journal_error
            or self.tr("The redemption for bill {0} finished: {1}. Reprint it from the journal (Ctrl+J).").format(
                receipt.bill, outcome.kind
            ),
            30_000,
        )

    # -- status -------------------------------------------------------------------------

    def _busy(self, _busy: bool) -> None:
        """A call on its way is shown on the screen it belongs to, which takes no second submit."""
        looking, committing = self.background.busy, self.flow.committing
        self.status.busy.setVisible(looking or committing)
        current = self.stack.currentWidget()
        self.start.set_busy(self.tr("Looking up the customer...") if looking and current is self.start else "")
        if looking and current is self.customer and self.kept_typing is not None:
            self.customer.set_busy(self.tr("The loyalty service answers again: looking the customer up..."))
        else:
            self.customer.set_busy(
                self.tr("Checking the points and sending the code...") if looking and current is self.customer else ""
            )
        if committing:
            self.otp.set_busy(
                self.tr(
                    "Redeeming: waiting for the loyalty service's answer. Do not start again; it cannot be cancelled."
                )
            )
        elif looking and current is self.otp:
            self.otp.set_busy(self.tr("Sending the code again..."))
        else:
            self.otp.set_busy("")

    def _replay_attempted(self, outcome: AttemptOutcome) -> None:
        """What the replay's calls say about the network counts as much as the cashier's."""
        if outcome.error is None:
            self.flow.connection.succeeded()
        else:
            self.flow.connection.failed(outcome.error)

    # -- lifecycle ----------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.is_built and not self.replay.timer.isActive():
            self.replay.start()
            self.flow.connection.start()

    def _may_close(self) -> bool:
        """Redemptions still waiting, or needing a person, are said before the window closes."""
        summary = self.ctx.outbox.summary()
        said = []
        if summary.open_count:
            said.append(
                self.tr(
                    "%n redemption(s) are still waiting to be sent. They stay saved on this till and are "
                    "sent next time.",
                    "",
                    summary.open_count,
                )
            )
        if summary.attention_count:
            said.append(
                self.tr(
                    "%n redemption(s) need attention: they will not be sent until someone looks at them in the "
                    "queue (F10). They stay saved on this till.",
                    "",
                    summary.attention_count,
                )
            )
        if not said:
            return True
        from PySide6.QtWidgets import QMessageBox

        title = self.tr("Redemptions waiting") if summary.open_count else self.tr("Redemptions need attention")
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        # No by default: an Enter pressed out of habit keeps the till open
        answer = QMessageBox.question(self, title, " ".join([*said, self.tr("Close anyway?")]), yes | no, no)
        return answer == yes

    def closeEvent(self, event: QCloseEvent) -> None:
        if not getattr(self, "force_close", False) and not self._may_close():
            event.ignore()
            return
        if self.is_built:
            self.replay.stop()
            self.flow.connection.stop()
        wait_for_all_calls(10_000)  # a print or a redemption on its way finishes first
        event.accept()
