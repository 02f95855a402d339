"""``pos-app receipt list|print|reprint|pdf|void`` and ``pos-app report day``."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

from pos_app.cli import exits
from pos_app.cli.output import emit, for_command_line, id_of, printer_kinds, report_reversal, say_error
from pos_app.cli.supervisor_commands import add_pin_argument, require_pin
from pos_app.core.app_context import AppContext
from pos_app.core.atomic import write_atomic
from pos_app.core.day_report import day_report, report_csv, report_text
from pos_app.core.outbox import ATTENTION
from pos_app.core.printers import PrinterUnavailable, print_receipt
from pos_app.core.receipt import (
    Receipt,
    as_reprint,
    layout_for,
    redemption_shown,
    redemption_state,
    render_for,
    settled,
)
from pos_app.core.reversal import NotReversible, reverse_journal_entry, reversible_receipt
from pos_app.core.validation import InvalidInput, parse_day, parse_points


def _receipt_id(args: argparse.Namespace, ctx: AppContext) -> int | None:
    if args.id is not None:
        return int(args.id)  # checked by id_of
    last = ctx.journal.last_id()
    if last is None:
        say_error(args, "the journal has no receipts yet.")
    return last


def _qt_offscreen() -> Any:
    """A Qt application for printing to PDF, also on a machine with no screen."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def receipt_void(args: argparse.Namespace, ctx: AppContext) -> int:
    """Reverse the redemption of a journal receipt (supervisor PIN) and journal its VOID receipt."""
    points = parse_points(args.points) if args.points else None
    try:
        reversible_receipt(ctx, args.id)  # a receipt that cannot be reversed asks for no PIN
        if not require_pin(args, ctx, "void a receipt"):
            return exits.ERROR
        done, receipt_id, _void = reverse_journal_entry(ctx, args.id, args.reason, args.cashier or "", points)
    except (NotReversible, KeyError) as refused:
        say_error(args, str(refused).strip(chr(39)))
        return exits.ERROR
    report_reversal(args.json, done, receipt_id)
    return exits.OK


def receipt_list(args: argparse.Namespace, ctx: AppContext) -> int:
    day = args.date or time.strftime("%Y-%m-%d")
    data = []
    for i, r in ctx.journal.day(day):
        queued = ctx.queued_for(r)
        now = settled(r, queued)  # a PENDING receipt's redemption as the queue holds it now
        data.append(
            {
                "id": i,
                "when": time.strftime("%H:%M:%S", time.localtime(r.when)),
                "redemption_id": redemption_shown(now, "en"),  # data, in the command line's English
                "reference": r.reference,
                "points": str(r.points),
                "pending": r.pending,
                "queue_state": queued.state if queued else "",
                "state": _shown_state(now, queued.state if queued else ""),
                "void_of": r.void_of,
                "reason": r.reason,
            }
        )
    lines = [
        f"{d['id']:>5}  {d['when']}  {d['state']:16} {d['points']:>8}  {d['reference']}"
        + ("  VOID" if d["void_of"] else "")
        for d in data
    ]
    emit(args.json, data, lines or [f"No receipts on {day}."])
    return exits.OK


def _shown_state(now: Receipt, queue_state: str) -> str:
    """The redemption id; for one issued PENDING, what became of it (as its receipt now says)."""
    if now.sent_later:
        return f"{redemption_shown(now, 'en') or 'sent'} (later)"
    if queue_state == ATTENTION:
        return "ATTENTION"  # waits for a person: pos-app queue list
    return redemption_state(now, "en")


def receipt_print(args: argparse.Namespace, ctx: AppContext) -> int:
    receipt_id = _receipt_id(args, ctx)
    if receipt_id is None:
        return exits.ERROR
    receipt = ctx.receipt(receipt_id)
    if args.reprint:
        receipt = as_reprint(receipt)
    try:
        if ctx.settings.get("printer.kind") in ("system", "pdf"):  # through Qt's printing, also with no screen
            _qt_offscreen()
            from pos_app.gui.printing import print_receipt as print_through_qt

            where = print_through_qt(receipt, ctx.settings)
        else:
            where = print_receipt(receipt, ctx.settings).describe()
    except PrinterUnavailable as error:
        say_error(
            args,
            _no_printer(receipt_id) if ctx.settings.get("printer.kind") == "none" else for_command_line(str(error)),
        )
        return exits.ERROR
    print(f"Receipt {receipt_id} {'reprinted (marked COPY - REPRINT)' if args.reprint else 'printed'} on {where}.")
    return exits.OK


def _no_printer(receipt_id: int) -> str:
    """Every printer kind the settings accept, named where it is needed."""
    return (
        "No receipt printer is set up on this till. Set one with pos-app config set printer.kind KIND "
        f"({printer_kinds()}) and its printer.host or printer.device "
        "(pdf: the folder for the PDFs), or write this receipt as a PDF with "
        f"pos-app receipt pdf {receipt_id} --output FILE."
    )


def receipt_pdf(args: argparse.Namespace, ctx: AppContext) -> int:
    receipt_id = _receipt_id(args, ctx)
    if receipt_id is None:
        return exits.ERROR
    text = render_for(as_reprint(ctx.receipt(receipt_id)), ctx.settings)  # a copy of one journaled
    _qt_offscreen()
    from pos_app.gui.pdf import PdfNotWritten, write_pdf

    try:
        path = write_pdf(text, Path(args.output))
    except PdfNotWritten as error:
        say_error(args, str(error))
        return exits.ERROR
    print(f"Receipt {receipt_id} written to {path}.")
    return exits.OK


def report_day(args: argparse.Namespace, ctx: AppContext) -> int:
    day = args.date or time.strftime("%Y-%m-%d")
    store = str(ctx.settings.get("store_name") or "")
    report = day_report(ctx.journal, day, ctx.outbox.summary(), ctx.outbox.find_reference, store)
    if args.csv:
        sys.stdout.write(report_csv(report))
    elif args.json:
        total = report.total
        emit(
            True,
            {
                "day": day,
                "redemptions": total.redemptions,
                "points": total.points,
                "value": total.value,
                "pending": total.pending,
                "sent_later": total.sent_later,
                "not_applied": total.not_applied,
                "voids": total.voids,
                "points_returned": total.points_returned,
                "value_returned": total.value_returned,
                "net_points": total.net_points,
                "net_value": total.net_value,
                "queue_waiting": report.queue_waiting,
                "queue_attention": report.queue_attention,
                "by_cashier": {k: v.__dict__ for k, v in report.by_cashier.items()},
            },
            [],
        )
    else:
        text = report_text(report, layout_for(ctx.settings))
        if args.pdf:  # where it went, not the report again (the PDF is the report)
            _qt_offscreen()
            from pos_app.gui.pdf import PdfNotWritten, write_pdf

            try:
                pdf = write_pdf(text, Path(args.pdf))
            except PdfNotWritten as error:
                say_error(args, str(error))
                return exits.ERROR
            print(f"End-of-day report of {day} written to {pdf}.")
        else:
            print(text, end="")
    if args.output:
        write_atomic(Path(args.output), report_csv(report).encode())
        print(f"CSV written to {args.output}.", file=sys.stderr)
    return exits.OK


_RECEIPT_ID = id_of("a receipt id", "pos-app receipt list")


def _day(text: str) -> str:
    try:
        return parse_day(text)
    except InvalidInput as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    receipt = sub.add_parser("receipt", help="receipts from the journal: list, print, reprint, pdf, void")
    receipt_sub = receipt.add_subparsers(dest="action", required=True)
    p = receipt_sub.add_parser("list", parents=[common], help="receipts of a day")
    p.add_argument("--date", type=_day, help="YYYY-MM-DD (default today)")
    p.set_defaults(handler=receipt_list)
    for name in ("print", "reprint"):
        p = receipt_sub.add_parser(
            name,
            help="print a receipt from the journal on the till's printer"
            + (" (marked COPY - REPRINT)" if name == "reprint" else ""),
        )
        p.add_argument("id", nargs="?", type=_RECEIPT_ID, help="receipt id (see receipt list)")
        p.add_argument("--last", action="store_true", help="the newest receipt (the default)")
        p.set_defaults(handler=receipt_print, reprint=name == "reprint")
    p = receipt_sub.add_parser(
        "void",
        parents=[common],
        help="reverse the redemption of a journal receipt (supervisor PIN) and journal a VOID receipt",
    )
    p.add_argument("id", type=_RECEIPT_ID, help="receipt id (see receipt list)")
    p.add_argument("--reason", required=True, help="why it is reversed (printed on the VOID receipt)")
    p.add_argument("--points", help="reverse only this many points (default: all of them)")
    p.add_argument("--cashier", help="who reverses it (printed on the VOID receipt)")
    add_pin_argument(p)
    p.set_defaults(handler=receipt_void)
    p = receipt_sub.add_parser("pdf", help="write a receipt from the journal as a PDF")
    p.add_argument("id", nargs="?", type=_RECEIPT_ID, help="receipt id (see receipt list)")
    p.add_argument("--last", action="store_true", help="the newest receipt (the default)")
    p.add_argument("--output", required=True, help="PDF file to write")
    p.set_defaults(handler=receipt_pdf)
    report = sub.add_parser("report", help="end-of-day report")
    report_sub = report.add_subparsers(dest="action", required=True)
    p = report_sub.add_parser("day", parents=[common], help="redemptions, points and value by cashier; queue counts")
    p.add_argument("--date", type=_day, help="YYYY-MM-DD (default today)")
    p.add_argument("--csv", action="store_true", help="CSV on standard output")
    p.add_argument("--output", help="also write the CSV to this file")
    p.add_argument("--pdf", help="write the printable report to this PDF instead of the terminal")
    p.set_defaults(handler=report_day)
