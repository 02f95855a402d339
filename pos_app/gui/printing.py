"""Printing from the window (and headless commands that start Qt): the thermal printer through
python-escpos, the system printer (``printer.kind system``) through QPrinter, or PDF files in a folder
(``printer.kind pdf``)."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from pos_app.core import printers
from pos_app.core.config import Settings
from pos_app.core.printers import PrinterUnavailable
from pos_app.core.receipt import Receipt, render_for
from pos_app.gui.pdf import print_to_system_printer, write_pdf

SYSTEM = "system"
PDF = "pdf"  # each print a PDF file in a folder: the demo's printer, or a till that keeps slips on disk


def system_printer(name: str) -> QPrinter:
    """The named system printer, or the default; ``PrinterUnavailable`` says what is installed."""
    installed = [info.printerName() for info in QPrinterInfo.availablePrinters()]
    if not installed:
        raise PrinterUnavailable(
            "No system printer is installed on this computer. Install one, or set a receipt printer in "
            "Settings; the redemption is done and the receipt can be printed later from the journal."
        )
    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
    if info.isNull():
        wanted = f"The system printer {name!r} is not installed" if name else "No default system printer is set"
        raise PrinterUnavailable(
            f"{wanted} (installed: {', '.join(installed)}). A supervisor can pick one in Settings."
        )
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def pdf_printed(text: str, settings: Settings, what: str) -> Path:
    """``text`` as a new PDF in the folder ``printer.device``; ``PrinterUnavailable`` if it cannot be written."""
    folder = Path(str(settings.get("printer.device") or "")).expanduser()
    if not str(settings.get("printer.device") or ""):
        raise PrinterUnavailable(
            "The PDF printer has no folder. A supervisor can set one in Settings (printer.device)."
        )
    stamp = time.strftime("%Y%m%d-%H%M%S")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{what}-{stamp}.pdf"
        number = 1
        while path.exists():  # two prints in the same second
            number += 1
            path = folder / f"{what}-{stamp}-{number}.pdf"
        return write_pdf(text, path)
    except OSError as error:
        raise PrinterUnavailable(
            f"The PDF could not be written in {folder}: {error.strerror or error}. The redemption is done; "
            "print the receipt later from the journal."
        ) from error


def print_text(text: str, settings: Settings) -> str:
    """Fixed-width text on the configured printer; returns where it went."""
    if settings.get("printer.kind") == PDF:
        return f"PDF {pdf_printed(text, settings, 'report')}"
    if settings.get("printer.kind") == SYSTEM:
        printer = system_printer(str(settings.get("printer.system_name")))
        print_to_system_printer(text, printer)
        return f"system printer {printer.printerName()}"
    return printers.print_text(text, settings).describe()


def print_receipt(receipt: Receipt, settings: Settings) -> str:
    """One receipt on the configured printer; returns where it went."""
    if settings.get("printer.kind") == PDF:
        return f"PDF {pdf_printed(render_for(receipt, settings), settings, 'receipt')}"
    if settings.get("printer.kind") == SYSTEM:
        return print_text(render_for(receipt, settings), settings)
    return printers.print_receipt(receipt, settings).describe()
