"""The till window's dialogs: settings, the journal, the day report and the queue screen, each
opened without blocking the window, sized to the till's screen, and the screen's keys given
back when one closes (mixed into ``TillWindow``). Their look is the window's sheet (till.qss)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pos_app.core.app_context import AppContext
from pos_app.core.capillary.hosts import base_url

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QStackedWidget, QWidget

    from pos_app.gui.journal_dialog import JournalDialog
    from pos_app.gui.queue_dialog import QueueDialog
    from pos_app.gui.replay_worker import ReplayWorker
    from pos_app.gui.report_dialog import ReportDialog
    from pos_app.gui.screens.start_screen import StartScreen
    from pos_app.gui.settings_dialog import SettingsDialog
    from pos_app.gui.till_status import TillStatusBar


class TillDialogs:
    ctx: AppContext
    start: StartScreen
    stack: QStackedWidget
    replay: ReplayWorker
    status: TillStatusBar
    tr: Callable[[str], str]
    _first_field: Callable[[QWidget], QWidget]

    def window_widget(self) -> QWidget:
        from PySide6.QtWidgets import QWidget

        assert isinstance(self, QWidget)
        return self

    def show_settings(self, first_run: bool = False) -> SettingsDialog | None:
        """Ctrl+, (and after the credentials are refused): settings; on first run, the set-up."""
        from pos_app.gui.pin import supervisor_allows

        if not first_run and not supervisor_allows(self.window_widget(), self.ctx, self.tr("change settings")):
            self.take_focus_back()  # the PIN prompt had the keys
            return None
        from pos_app.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self.window_widget(), first_run=first_run)
        dialog.accepted.connect(lambda: self._settings_changed(dialog.language_changed))
        self._open(dialog)
        return dialog

    def _where_text(self) -> str:
        """``https://host | till CODE`` for the status bar."""
        try:
            where = base_url(self.ctx.settings.get("cluster"), self.ctx.settings.get("host"))
        except Exception:  # shown, not fatal: settings will say what is wrong
            where = self.tr("not configured")
        return self.tr("{0} | till {1}").format(where, self.ctx.settings.get("till") or "-")

    def _settings_changed(self, language_changed: bool) -> None:
        self.status.where.setText(self._where_text())
        said = (
            self.tr("Settings saved. The till shows its new language from its next start.")
            if language_changed
            else self.tr("Settings saved.")
        )
        self.start.message.info(said)
        self.status.notice(said)  # seen on whichever screen the till is on

    def show_journal(self) -> JournalDialog:
        """Ctrl+J: today's receipts; reprint any, or save one as PDF."""
        from pos_app.gui.journal_dialog import JournalDialog

        dialog = JournalDialog(self.ctx, self.window_widget())
        self._open(dialog)
        return dialog

    def show_report(self) -> ReportDialog:
        """Ctrl+R: today's end-of-day report, to print or save as CSV or PDF."""
        from pos_app.gui.report_dialog import ReportDialog

        dialog = ReportDialog(self.ctx, self.window_widget())
        self._open(dialog)
        return dialog

    def show_queue(self) -> QueueDialog:
        """F10: the queue screen (items, Retry now, Cancel, Export CSV)."""
        from pos_app.gui.pin import supervisor_allows
        from pos_app.gui.queue_dialog import QueueDialog

        dialog = QueueDialog(
            self.ctx.outbox,
            self.replay.replay_now,
            self.window_widget(),
            allow_cancel=lambda: supervisor_allows(self.window_widget(), self.ctx, self.tr("cancel a queued item")),
            changed=self.replay.refresh,
        )
        self.replay.queue_changed.connect(dialog.follow)  # the same counts as the badge, as items are sent
        dialog.finished.connect(lambda _result: self.replay.queue_changed.disconnect(dialog.follow))
        self._open(dialog)
        return dialog

    def _open(self, dialog: QDialog) -> None:
        from pos_app.gui.dialog_fit import fit_till_dialog  # with the dialogs, at first use

        fit_till_dialog(dialog, int(self.ctx.settings.get("printer.columns")))
        dialog.finished.connect(self.take_focus_back)
        dialog.open()

    def take_focus_back(self, *_args: object) -> None:
        """A dialog closed: the till's screen has the keys again. (Without a window manager nothing
        else gives the window back its focus, and the next scan, bill and points typed went nowhere.)"""
        window = self.window_widget()
        if not window.isVisible():
            return
        window.activateWindow()
        current = self.stack.currentWidget() or self.start
        field = current.focusWidget()
        if field is None or not field.isVisible():
            field = self._first_field(current)
        field.setFocus()
