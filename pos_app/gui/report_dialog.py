"""The end-of-day report at the till: on screen, printed, or saved as CSV or PDF."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.core.app_context import AppContext
from pos_app.core.atomic import write_atomic
from pos_app.core.day_report import day_report, report_csv, report_text
from pos_app.core.receipt import layout_for
from pos_app.gui.background import Background
from pos_app.gui.pdf import PdfNotWritten, write_pdf
from pos_app.gui.printing import print_text
from pos_app.gui.save_folder import remember_folder, suggested_path


class DayPicker(QDateEdit):
    """A day to show: today by default, no future. An arrow key or a wheel step moves one day,
    whichever part of the date the cursor is on, so yesterday is always one step away."""

    def stepBy(self, steps: int) -> None:
        self.setDate(self.date().addDays(steps))

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        down = QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if self.date() < self.maximumDate():
            return down | QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return down


def day_picker(day: str) -> DayPicker:
    picker = DayPicker(QDate.fromString(day, "yyyy-MM-dd"))
    picker.setObjectName("day_picker")
    # A figure, in its own order and Western digits as every other figure of the app (in an Arabic
    # till it would read 02-12-2026 in ٠-٩); the calendar it opens keeps the till's language.
    picker.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # before the format: it orders the parts
    picker.setLocale(QLocale.c())
    picker.setDisplayFormat("yyyy-MM-dd")
    picker.setCalendarPopup(True)
    picker.setMaximumDate(QDate.currentDate())
    picker.calendarWidget().setLocale(QLocale())
    picker.calendarWidget().setLayoutDirection(QGuiApplication.layoutDirection())
    return picker


def day_row(parent: QWidget, picker: DayPicker) -> QHBoxLayout:
    """ "Day: [picker] [Previous day] [Today]" above a day's journal or report."""
    row = QHBoxLayout()
    label = QLabel(QCoreApplication.translate("DayPicker", "Day:"), parent)
    label.setBuddy(picker)
    earlier = QPushButton(QCoreApplication.translate("DayPicker", "< Previous day"), parent)
    today = QPushButton(QCoreApplication.translate("DayPicker", "Today"), parent)
    for button in (earlier, today):
        button.setAutoDefault(False)
    earlier.clicked.connect(lambda: picker.stepBy(-1))
    today.clicked.connect(lambda: picker.setDate(QDate.currentDate()))
    for widget in (label, picker, earlier, today):
        row.addWidget(widget)
    row.addStretch(1)
    return row


class ReportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, day: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("report_dialog")
        self.resize(520, 560)
        self.ctx = ctx
        self.background = Background(self)
        self.picker = day_picker(day or time.strftime("%Y-%m-%d"))
        self.picker.setAccessibleName(self.tr("Day of the report"))
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("report_preview")
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setAccessibleName(self.tr("End-of-day report"))
        self.status = QLabel()
        self.status.setObjectName("report_status")
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setProperty("role", "primary")  # the report's one action, in colour (till.qss)
        self.csv_button = QPushButton(self.tr("Save CSV..."))
        self.pdf_button = QPushButton(self.tr("Save PDF..."))
        close = QPushButton(self.tr("Close"))
        top = day_row(self, self.picker)
        row = QHBoxLayout()
        for button in (self.print_button, self.csv_button, self.pdf_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.print_button.clicked.connect(self.print_report)
        self.csv_button.clicked.connect(lambda: self.save_csv())
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        close.clicked.connect(self.accept)
        self.preview.setFocus()  # the report is read first; the day is changed on purpose
        self.picker.dateChanged.connect(lambda _date: self.show_day(self.picker.date().toString("yyyy-MM-dd")))
        self.show_day(self.picker.date().toString("yyyy-MM-dd"))

    def show_day(self, day: str) -> None:
        """The report of ``day`` (the picker's day), as the journal and the queue stand now."""
        ctx = self.ctx
        self.day = day
        self.setWindowTitle(self.tr("End-of-day report {0}").format(day))
        store = str(ctx.settings.get("store_name") or "")
        self.report = day_report(ctx.journal, day, ctx.outbox.summary(), ctx.outbox.find_reference, store)
        self.text = report_text(self.report, layout_for(ctx.settings))
        self.preview.setPlainText(self.text)
        self.status.clear()

    def print_report(self) -> None:
        text, settings = self.text, self.ctx.settings
        self.status.setText(self.tr("Printing..."))
        self.background.run(
            lambda: print_text(text, settings),
            lambda _config: self.status.setText(self.tr("Printed.")),
            lambda error: self.status.setText(str(error)),
        )

    def _ask(self, title: str, name: str, kind: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested_path(name), kind)
        return path

    def save_csv(self, path: str = "") -> Path | None:
        path = path or self._ask(self.tr("Save report"), f"report-{self.day}.csv", "CSV (*.csv)")
        if not path:
            return None
        write_atomic(Path(path), report_csv(self.report).encode("utf-8"))
        remember_folder(Path(path))
        self.status.setText(self.tr("Saved to {0}.").format(path))
        return Path(path)

    def save_pdf(self, path: str = "") -> Path | None:
        path = path or self._ask(self.tr("Save report"), f"report-{self.day}.pdf", "PDF (*.pdf)")
        if not path:
            return None
        try:
            written = write_pdf(self.text, Path(path))
        except PdfNotWritten as error:
            self.status.setText(str(error))
            return None
        remember_folder(written)
        self.status.setText(self.tr("Saved to {0}.").format(written))
        return written
