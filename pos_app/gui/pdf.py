"""Receipts and reports through Qt's printing: a PDF file, or the system printer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

PAPER_WIDTH_MM = 80.0  # a thermal roll
MARGIN_MM = 4.0
POINTS_PER_MM = 72 / 25.4


def _fitting_font(columns: int, width_pt: float) -> QFont:
    """A monospace font at the largest size (at most 10 pt) whose ``columns`` characters fit."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    size = 10.0
    while size > 4:
        font.setPointSizeF(size)
        if QFontMetricsF(font).horizontalAdvance("M" * columns) <= width_pt:
            break
        size -= 0.25
    return font


def _document(text: str, font: QFont, width_pt: float) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setPlainText(text)
    document.setTextWidth(width_pt)
    return document


class PdfNotWritten(OSError):
    """``str()`` says where and what to do."""


def write_pdf(text: str, path: Path) -> Path:
    """The fixed-width receipt or report as a PDF shaped like the slip: 80 mm wide, as long as it is.
    ``PdfNotWritten`` when the file could not be written (Qt only warns on its own output)."""
    if not path.parent.is_dir():
        raise PdfNotWritten(
            QCoreApplication.translate(
                "pdf", "The PDF was not written: the folder {0} does not exist. Choose another file."
            ).format(path.parent)
        )
    lines = text.splitlines() or [""]
    columns = max(len(line) for line in lines)
    width_pt = (PAPER_WIDTH_MM - 2 * MARGIN_MM) * POINTS_PER_MM
    font = _fitting_font(columns, width_pt)
    document = _document(text, font, width_pt)
    height_mm = document.size().height() / POINTS_PER_MM + 2 * MARGIN_MM + 2
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QSizeF(PAPER_WIDTH_MM, height_mm), QPageSize.Unit.Millimeter, "receipt"))
    printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    document.setPageSize(QSizeF(width_pt, height_mm * POINTS_PER_MM))
    document.print_(printer)
    if printer.printerState() == QPrinter.PrinterState.Error or not path.is_file():
        raise PdfNotWritten(
            QCoreApplication.translate(
                "pdf", "The PDF could not be written to {0} (may this till write in {1}?). Choose another file."
            ).format(path, path.parent)
        )
    return path


def print_to_system_printer(text: str, printer: QPrinter) -> None:
    width_pt = printer.pageRect(QPrinter.Unit.Point).width()
    columns = max((len(line) for line in text.splitlines()), default=1)
    _document(text, _fitting_font(columns, width_pt), width_pt).print_(printer)
