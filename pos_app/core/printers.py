"""The till's receipt printer: how it is reached, and failures in words a cashier can act on.

Kinds: ``network`` (raw TCP, port 9100), ``usb``, ``serial``, ``file`` (a device node such as
/dev/usb/lp0, or a file), ``cups`` (a CUPS queue) and ``none``. A failed print never touches
the redemption: the receipt stays in the journal and can be printed later.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pos_app.core.config import Settings
from pos_app.core.receipt import Receipt, layout_for
from pos_app.core.receipt_escpos import escpos_bytes, text_escpos

KINDS = ("none", "network", "usb", "serial", "file", "cups")


class PrinterUnavailable(Exception):
    """``str()`` is the message for the cashier."""


@dataclass(frozen=True)
class PrinterConfig:
    kind: str = "none"
    host: str = ""
    port: int = 9100
    device: str = ""
    usb_vendor: int = 0
    usb_product: int = 0
    cups_name: str = ""
    columns: int = 42
    timeout_s: float = 5.0

    @classmethod
    def from_settings(cls, settings: Settings) -> PrinterConfig:
        return cls(
            kind=str(settings.get("printer.kind")),
            host=str(settings.get("printer.host")),
            port=int(settings.get("printer.port")),
            device=str(settings.get("printer.device")),
            usb_vendor=int(str(settings.get("printer.usb_vendor") or "0"), 16),
            usb_product=int(str(settings.get("printer.usb_product") or "0"), 16),
            cups_name=str(settings.get("printer.cups_name")),
            columns=int(settings.get("printer.columns")),
        )

    def describe(self) -> str:
        where = {
            "network": f"{self.host}:{self.port}",
            "file": self.device,
            "serial": self.device,
            "usb": f"{self.usb_vendor:04x}:{self.usb_product:04x}",
            "cups": self.cups_name,
        }.get(self.kind, "")
        return f"{self.kind} {where}".strip()


def _open(config: PrinterConfig) -> Any:
    from escpos import printer

    if config.kind == "network":
        return printer.Network(config.host, config.port, timeout=config.timeout_s)
    if config.kind == "file":
        return printer.File(config.device)
    if config.kind == "serial":
        return printer.Serial(config.device)
    if config.kind == "usb":
        return printer.Usb(config.usb_vendor, config.usb_product)
    if config.kind == "cups":
        return printer.CupsPrinter(config.cups_name)
    if config.kind in ("system", "pdf"):
        raise PrinterUnavailable(  # the window and pos-app receipt print take it that way
            f"The {config.kind} printer is printed through the system's printing, not as ESC/POS bytes."
        )
    raise PrinterUnavailable("No receipt printer is set up on this till. A supervisor can set one in Settings.")


def send(config: PrinterConfig, data: bytes) -> None:
    """Send ready ESC/POS bytes; ``PrinterUnavailable`` says what the cashier can do."""
    from escpos.exceptions import DeviceNotFoundError

    try:
        device = _open(config)
        device._raw(data)  # python-escpos opens the connection on first use
        device.close()
    except PrinterUnavailable:
        raise
    except (OSError, DeviceNotFoundError) as error:  # refused, unreachable, timed out, no such device
        raise PrinterUnavailable(
            f"The receipt printer ({config.describe()}) cannot be reached: {' '.join(str(error).split())}. "
            "Check that it is on, has paper and is connected; the redemption is done and the receipt can be "
            "printed later."
        ) from error
    except Exception as error:  # python-escpos's other errors (paper, device state)
        raise PrinterUnavailable(
            f"The receipt printer ({config.describe()}) reported a problem: {' '.join(str(error).split())}. "
            "The redemption is done; print the receipt later from the journal."
        ) from error


def print_receipt(receipt: Receipt, settings: Settings) -> PrinterConfig:
    """Print one receipt on the till's printer as its settings say; returns where it went."""
    config = PrinterConfig.from_settings(settings)
    data = escpos_bytes(
        receipt, layout_for(settings), qr=bool(settings.get("receipt.qr")), logo=bool(settings.get("receipt.logo"))
    )
    send(config, data)
    return config


def print_text(text: str, settings: Settings) -> PrinterConfig:
    """Print fixed-width text (the end-of-day report) on the till's printer."""
    config = PrinterConfig.from_settings(settings)
    send(config, text_escpos(text))
    return config
