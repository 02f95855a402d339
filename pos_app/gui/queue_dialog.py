"""The queue screen: what waits, what needs a person, and what a supervisor may do about it."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.core.atomic import write_atomic
from pos_app.core.capillary.inputs import format_points
from pos_app.core.outbox import (
    ALL_STATES,
    APPROVAL,
    ATTENTION,
    CANCELLED,
    DONE,
    PENDING,
    REJECTED,
    SENDING,
    UNKNOWN,
    Outbox,
    QueueSummary,
)
from pos_app.core.queue_view import NotAllowed, cancel, export_csv, retry, row
from pos_app.gui.save_folder import remember_folder, suggested_path

FOLLOW_EVERY_MS = 1000  # a long replay rebuilds the table once a second, not per item
# The row's fields as queue_view names them (the CSV export and the command line keep these
# English names); the screen shows them, and the states, in the till's language.
COLUMNS = ("id", "state", "created", "customer", "points", "bill", "reference", "approval_request_id", "reason")


class QueueDialog(QDialog):
    def __init__(
        self,
        outbox: Outbox,
        replay_now: object,
        parent: QWidget | None = None,
        allow_cancel: Callable[[], bool] = lambda: True,
        changed: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("queue_dialog")
        self.setWindowTitle(self.tr("Offline queue"))
        self.resize(900, 420)
        self.outbox = outbox
        self.replay_now = replay_now
        self.allow_cancel = allow_cancel  # the supervisor's PIN
        # After a retry or a cancel: the till's one refresh, which the badge and this screen follow.
        self.changed = changed or self.refresh
        self._latest: QueueSummary | None = None
        self._following = QTimer(self)
        self._following.setSingleShot(True)
        self._following.setInterval(FOLLOW_EVERY_MS)
        self._following.timeout.connect(lambda: self.refresh(self._latest))
        self.summary = QLabel()
        self.summary.setObjectName("queue_summary")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("queue_table")
        self.table.setAccessibleName(self.tr("Queued redemptions"))
        headers = {
            "id": self.tr("id"),
            "state": self.tr("state"),
            "created": self.tr("created"),
            "customer": self.tr("customer"),
            "points": self.tr("points"),
            "bill": self.tr("bill"),
            "reference": self.tr("reference"),
            "approval_request_id": self.tr("approval request"),  # the id a supervisor finds it by in InTouch
            "reason": self.tr("reason"),
        }
        self.table.setHorizontalHeaderLabels([headers[c] for c in COLUMNS])
        self.states: dict[str, str] = {
            PENDING: self.tr("waiting"),
            SENDING: self.tr("sending"),
            UNKNOWN: self.tr("answer lost"),
            APPROVAL: self.tr("awaiting approval"),
            ATTENTION: self.tr("needs attention"),
            CANCELLED: self.tr("cancelled"),
            DONE: self.tr("sent"),
            REJECTED: self.tr("refused"),
        }
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.table.verticalHeader()
        rows.hide()  # the id column numbers the rows
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # follows the wrapped reason
        # The reason is what a person acts on: it takes the width left and wraps, never cut off.
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("reason"), QHeaderView.ResizeMode.Stretch)
        self.retry_button = QPushButton(self.tr("Retry now"))
        self.retry_button.setProperty("role", "primary")  # the screen's one action, in colour (till.qss)
        self.cancel_button = QPushButton(self.tr("Cancel item..."))
        self.export_button = QPushButton(self.tr("Export CSV..."))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.retry_button, self.cancel_button, self.export_button, self.close_button):
            button.setAccessibleName(button.text().rstrip("."))
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.cancel_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retry_button.clicked.connect(self.retry_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.accept)
        self.refresh()

    def follow(self, summary: QueueSummary) -> None:
        """The replay sent something: the rows again, at most once a second while it runs."""
        self._latest = summary
        if not self._following.isActive():
            self._following.start()

    def refresh(self, summary: QueueSummary | None = None) -> None:
        """The rows and the counts; ``summary``: the counts the till's badge shows (one source).
        The item selected stays selected (by its id, not its row): rows move as others are sent."""
        chosen = self._selected_item_id()
        items = [i for i in self.outbox.items(ALL_STATES) if i.state not in (DONE, REJECTED)][-500:]
        self.table.clearSelection()
        self.table.setRowCount(len(items))
        for r, item in enumerate(items):
            values = row(item)
            for c, name in enumerate(COLUMNS):
                cell = QTableWidgetItem(
                    self.states.get(item.state, item.state) if name == "state" else str(values[name])
                )
                if name == "reason":
                    cell.setToolTip(str(values[name]))
                self.table.setItem(r, c, cell)
        # Approval requests only under the approval policy: an empty column leaves the reason room.
        approvals = COLUMNS.index("approval_request_id")
        self.table.setColumnHidden(approvals, not any(item.workflow_request_id for item in items))
        if chosen is not None and chosen in [item.id for item in items]:
            self.table.selectRow([item.id for item in items].index(chosen))
        summary = summary or self.outbox.summary()
        self.summary.setText(
            self.tr("{0} waiting ({1} points), {2} need attention.").format(
                summary.open_count, format_points(summary.open_points), summary.attention_count
            )
        )

    def _selected_item_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        cell = self.table.item(rows[0].row(), 0) if rows else None
        return int(cell.text()) if cell is not None and cell.text().isdigit() else None

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select an item first."))
            return None
        cell = self.table.item(rows[0].row(), 0)
        return int(cell.text()) if cell is not None else None

    def retry_selected(self) -> None:
        """Items that need attention go back to the queue; then everything due is sent."""
        item_id = self.selected_id() if self.table.selectionModel().selectedRows() else None
        if item_id is not None:
            try:
                retry(self.outbox, item_id)
            except NotAllowed as refused:
                QMessageBox.warning(self, self.windowTitle(), str(refused))
        if callable(self.replay_now):
            self.replay_now()
        self.changed()

    def cancel_selected(self) -> None:
        item_id = self.selected_id()
        if item_id is None or not self.allow_cancel():
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Cancel item"), self.tr("Why is item {0} cancelled? It will never be sent.").format(item_id)
        )
        if not ok or not reason.strip():
            return
        try:
            cancel(self.outbox, item_id, reason.strip())
        except NotAllowed as refused:
            QMessageBox.warning(self, self.windowTitle(), str(refused))
        self.changed()

    def export(self, path: str = "") -> Path | None:
        if not path:
            name = suggested_path(f"queue-{time.strftime('%Y-%m-%d')}.csv")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export queue"), name, "CSV (*.csv)")
        if not path:
            return None
        write_atomic(Path(path), export_csv(self.outbox).encode("utf-8"))  # English columns, for support
        remember_folder(Path(path))
        return Path(path)
