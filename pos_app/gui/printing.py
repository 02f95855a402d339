"""Printing from the window (and headless commands that start Qt): the thermal printer through
python-escpos, or the system printer (``printer.kind system``) through QPrinter."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from pos_app.core import printers
from pos_app.core.config import Settings
from pos_app.core.printers import PrinterUnavailable
from pos_app.core.receipt import Receipt, render_for
from pos_app.gui.pdf import print_to_system_printer

SYSTEM = "system"


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


def print_text(text: str, settings: Settings) -> str:
    """Fixed-width text on the configured printer; returns where it went."""
    if settings.get("printer.kind") == SYSTEM:
        printer = system_printer(str(settings.get("printer.system_name")))
        print_to_system_printer(text, printer)
        return f"system printer {printer.printerName()}"
    return printers.print_text(text, settings).describe()


def print_receipt(receipt: Receipt, settings: Settings) -> str:
    """One receipt on the configured printer; returns where it went."""
    if settings.get("printer.kind") == SYSTEM:
        return print_text(render_for(receipt, settings), settings)
    return printers.print_receipt(receipt, settings).describe()
