"""The till's dialogs sized to the till's screen: most of it for a table, enough of it for a
report; never past its edges (a 1366x768 till in the large type of till.qss), never the small
box a dialog's own size would be on a 1920x1080 one."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QScrollArea, QTableWidget

FRAME = 48  # the window manager's title bar and border around a dialog
ROW_LINES = 1.75  # a table's row: its line of text and the padding above and below (till.qss)


def fit_dialog(dialog: QDialog, width: float, height: float, widest: int = 1600, room: QRect | None = None) -> None:
    """``width`` and ``height``: the share of the screen's free area the dialog takes, at most
    ``widest`` pixels wide; at least what its contents need, at most the whole area. Centred."""
    dialog.ensurePolished()  # the style sheet's type sizes count in what the contents need
    layout = dialog.layout()
    if layout is not None:
        layout.activate()  # the dialog's minimum follows a part's changed one before the resize
    area = room or dialog.screen().availableGeometry()
    free_height = area.height() - FRAME
    needed = dialog.minimumSizeHint()
    w = min(area.width(), max(needed.width(), min(round(area.width() * width), widest)))
    h = min(free_height, max(needed.height(), round(free_height * height)))
    dialog.resize(w, h)
    dialog.move(area.x() + (area.width() - w) // 2, area.y() + max(0, (free_height - h) // 2))


def slip_width(preview: QPlainTextEdit, lines: list[str]) -> int:
    """The width that shows a slip's or report's ``lines`` unwrapped in ``preview``'s type (as it
    prints): the longest line, the frame, the margins and the scroll bar."""
    preview.ensurePolished()
    metrics = preview.fontMetrics()
    longest = max((metrics.horizontalAdvance(line) for line in lines), default=0)
    margins = 2 * (preview.frameWidth() + round(preview.document().documentMargin()))
    return longest + margins + preview.verticalScrollBar().sizeHint().width() + metrics.averageCharWidth()


def fit_till_dialog(dialog: QDialog, printer_columns: int, room: QRect | None = None) -> None:
    """Each till dialog's size on ``room`` (the screen's free area unless given): the queue and
    the journal most of it, their tables' columns side by side; the report as wide as it
    prints; settings its whole form where there is room, else the form scrolls."""
    name = dialog.objectName()
    dialog.ensurePolished()
    for table in dialog.findChildren(QTableWidget):  # not the day picker's month
        # Rows as tall as the sheet's type and padding (their default height is the small type's).
        rows = table.verticalHeader()
        rows.setDefaultSectionSize(max(rows.defaultSectionSize(), round(ROW_LINES * table.fontMetrics().height())))
    if name == "queue_dialog":
        fit_dialog(dialog, width=0.98, height=0.8, room=room)
    elif name == "journal_dialog":
        # The slip as wide as the printer's line, no wider: the table of receipts takes the rest.
        preview = dialog.findChild(QPlainTextEdit)
        if preview is not None:
            preview.setMaximumWidth(slip_width(preview, ["M" * printer_columns]))
        fit_dialog(dialog, width=0.98, height=0.85, room=room)
    elif name == "report_dialog":
        preview = dialog.findChild(QPlainTextEdit)
        if preview is not None:
            preview.setMinimumWidth(slip_width(preview, preview.toPlainText().splitlines()))
        fit_dialog(dialog, width=0.0, height=0.88, room=room)
    elif name == "settings_dialog":
        from pos_app.gui.settings_form import fit_to_screen

        area = dialog.findChild(QScrollArea, "settings_form_area")
        if area is not None:
            fit_to_screen(dialog, area, room)
        fit_dialog(dialog, width=0.0, height=0.0, room=room)
