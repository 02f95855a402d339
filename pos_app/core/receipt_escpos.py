"""A receipt as ESC/POS bytes for thermal printers, through python-escpos.

The bytes are made once with python-escpos' ``Dummy`` printer (alignment, emphasis, code page
switches for names outside ASCII, an optional QR code of the redemption id, the cut) and then
sent unchanged to whatever connection the till uses.
"""

from __future__ import annotations

from typing import Any

from pos_app.core.money import money_for
from pos_app.core.receipt import (
    APPLIED_ID_UNKNOWN,
    Layout,
    Receipt,
    emphasised,
    render_text,
    without_direction_marks,
)
from pos_app.resources import resource


def _reset(printer: Any) -> Any:
    """ESC @ first: double height, a code page or emphasis left by another program must not
    garble the slip (the printer keeps its state between jobs)."""
    printer.hw("INIT")
    return printer


def escpos_bytes(receipt: Receipt, layout: Layout | int = 42, qr: bool = False, logo: bool = False) -> bytes:
    """``layout_for(settings)`` with a thermal printer set; a bare width: English, rupees."""
    from escpos.printer import Dummy  # imported when printing: it configures logging on import

    if not isinstance(layout, Layout):
        layout = Layout(layout, money=money_for("INR", "en", "IN", printable=True))
    width = layout.width
    lines = without_direction_marks(render_text(receipt, layout)).splitlines()
    printer = _reset(Dummy())
    if logo:  # a raster image (GS v 0), centred; every ESC/POS printer of this class takes it
        printer.set(align="center")
        printer.image(str(resource("icons", "receipt-logo.png")), center=False)
    rule = "-" * width
    try:
        first_rule = lines.index(rule)
    except ValueError:
        first_rule = 0
    printer.set(align="center", bold=True)
    for line in lines[:first_rule]:  # header and store, centred and bold
        printer.text(line.strip() + "\n")
    printer.set(align="left", bold=False)
    second_rule = lines.index(rule, first_rule + 1) if lines.count(rule) > 1 else first_rule
    bold_labels = emphasised(layout.language)
    for number, line in enumerate(lines[first_rule:], start=first_rule):
        emphasis = first_rule < number < second_rule or line.startswith(bold_labels)  # the title, the points
        printer.set(align="left", bold=emphasis)
        printer.text(line + "\n")
    if qr and receipt.redemption_id and receipt.redemption_id != APPLIED_ID_UNKNOWN:
        printer.set(align="center", bold=False)
        printer.qr(receipt.redemption_id, size=4, native=True)  # the printer draws it: small and sharp
    printer.set(align="left", bold=False)
    printer.cut()
    return bytes(printer.output)


def text_escpos(text: str) -> bytes:
    """Plain fixed-width text (the end-of-day report) as ESC/POS, then a cut."""
    from escpos.printer import Dummy

    printer = _reset(Dummy())
    printer.set(align="left", bold=False)
    for line in without_direction_marks(text).splitlines():  # a thermal printer prints them as junk
        printer.text(line + "\n")
    printer.cut()
    return bytes(printer.output)
