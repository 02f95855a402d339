"""``pos-app queue list|replay|export|retry|cancel``: the offline queue, headless."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from pos_app.cli import exits
from pos_app.cli.output import emit, for_command_line, id_of, say_error
from pos_app.cli.service_setup import require_service
from pos_app.cli.supervisor_commands import add_pin_argument, require_pin
from pos_app.core.app_context import AppContext
from pos_app.core.atomic import write_atomic
from pos_app.core.capillary.inputs import format_points
from pos_app.core.outbox import ALL_STATES, ATTENTION, DONE, OPEN_STATES, PENDING, UNKNOWN, QueueSummary
from pos_app.core.queue_view import NotAllowed, cancel, cancellable, export_csv, masked_customer, retry, row, stamp
from pos_app.core.replay import ReplayBusy, Replayer, replay_lock
from pos_app.core.sending import AttemptOutcome


def queue_list(args: argparse.Namespace, ctx: AppContext) -> int:
    states = ALL_STATES if args.all else (*OPEN_STATES, ATTENTION)
    items = ctx.outbox.items(states)
    summary = ctx.outbox.summary()
    data = {"items": [row(i) for i in items], "waiting": summary.open_count, "attention": summary.attention_count}
    if not items:
        emit(args.json, data, ["Nothing in the offline queue." if args.all else "Nothing waits in the offline queue."])
        return exits.OK
    lines = [f"{'id':>5}  {'state':10} {'created':19}  {'customer':14} {'points':>7}  bill / reference"]
    lines += [
        f"{i.id:>5}  {i.state:10} {stamp(i.created_at)}  {masked_customer(i):14} {format_points(i.points):>7}  "
        f"{i.bill} / {i.reference}"
        + (f"\n{'':7}approval request {i.workflow_request_id}" if i.workflow_request_id else "")
        + (f"\n{'':7}{for_command_line(i.reason)}" if i.reason else "")
        for i in items
    ]
    if summary.open_count:
        age = summary.oldest_age_s(time.time())
        lines.append(
            f"{summary.open_count} waiting ({format_points(summary.open_points)} points, oldest {age / 60:.0f} min), "
            f"{summary.attention_count} need attention."
        )
    else:
        lines.append(f"Nothing waits to be sent; {summary.attention_count} need attention.")
    attention = [i.id for i in items if i.state == ATTENTION]
    if attention:
        which = str(attention[0]) if len(attention) == 1 else "ID"
        lines.append(
            f"Settle it as its reason says, then: pos-app queue cancel {which} --reason 'what was agreed' "
            f"(a supervisor's PIN is needed); where the reason says to send it again, pos-app queue retry {which}."
        )
    emit(args.json, data, lines)
    return exits.NEEDS_ATTENTION if summary.attention_count else exits.OK


def queue_replay(args: argparse.Namespace, ctx: AppContext) -> int:
    nothing = _nothing_to_send(args, ctx)
    if nothing is not None:
        return nothing
    require_service(ctx)  # something waits: the host first, then the credentials
    total = len(ctx.outbox.items((PENDING, UNKNOWN)))
    numbers: dict[int, int] = {}  # item id -> its place among those sent; a retry keeps it

    def show(outcome: AttemptOutcome) -> None:
        item = outcome.item
        again = item.id in numbers
        number = numbers.setdefault(item.id, len(numbers) + 1)
        if not args.json:
            note = f" - {for_command_line(item.reason)}" if item.state not in (DONE,) and item.reason else ""
            tried = " (tried again)" if again else ""
            print(f"[{number}/{max(total, number)}]{tried} {item.reference} {item.state}{note}", flush=True)

    try:
        with replay_lock(ctx.paths.data_dir / "replay.lock"):
            ctx.outbox.recover_interrupted()  # rows a killed process left mid-send: unknown
            report = Replayer(ctx.sender(), workers=args.senders, share=ctx.key_share).run(
                on_progress=show, max_wait_s=args.max_wait
            )
    except ReplayBusy as busy:
        say_error(args, str(busy))
        return exits.ERROR
    summary = ctx.outbox.summary()
    data = {
        "sent": report.sent,
        "done": report.done,
        "attention": summary.attention_count,
        "waiting": summary.open_count,
        "stopped_because": report.stopped_because,
    }
    line = (
        f"Replay finished: {report.done} done, {summary.open_count} still waiting, "
        f"{summary.attention_count} need attention."
    )
    why = _why_stopped(report.stopped_because, summary)
    if why != "queue empty":  # a sentence of its own: the reason may be one already
        line += f" Stopped: {why[:1].upper()}{why[1:]}" + ("" if why.endswith(".") else ".")
    emit(args.json, data, [line])
    if summary.attention_count:
        return exits.NEEDS_ATTENTION
    if summary.open_count and report.stopped_because not in ("queue empty",):
        return exits.UNREACHABLE if "reached" in report.stopped_because else exits.QUEUED
    return exits.OK


def _nothing_to_send(args: argparse.Namespace, ctx: AppContext) -> int | None:
    """With nothing to send, say so and end: no keyring, credentials or network are needed."""
    try:
        with replay_lock(ctx.paths.data_dir / "replay.lock"):
            ctx.outbox.recover_interrupted()  # a row a killed process left mid-send is to be sent
    except ReplayBusy as busy:
        say_error(args, str(busy))
        return exits.ERROR
    summary = ctx.outbox.summary()
    if summary.open_count:  # to send, to settle, or an approval to ask after
        return None
    lines = ["Nothing waits in the queue."]
    if summary.attention_count:
        lines.append(f"{summary.attention_count} need attention: pos-app queue list shows them and what to do.")
    data = {"sent": 0, "done": 0, "attention": summary.attention_count, "waiting": 0}
    emit(args.json, {**data, "stopped_because": "nothing waits"}, [" ".join(lines)])
    return exits.NEEDS_ATTENTION if summary.attention_count else exits.OK


def _why_stopped(stopped_because: str, summary: QueueSummary) -> str:
    """Why the replay ended; never "queue empty" while items still wait for a person."""
    if stopped_because == "queue empty" and (summary.attention_count or summary.open_count):
        if summary.open_count:
            return "nothing more can be sent now"
        return "nothing left to send; pos-app queue list shows what needs attention"
    return stopped_because


def queue_export(args: argparse.Namespace, ctx: AppContext) -> int:
    text = export_csv(ctx.outbox)
    if args.output:
        write_atomic(Path(args.output), text.encode("utf-8"))
        print(f"Exported to {args.output}")
    else:
        sys.stdout.write(text)
    return exits.OK


def queue_retry(args: argparse.Namespace, ctx: AppContext) -> int:
    try:
        item = retry(ctx.outbox, args.id)
    except NotAllowed as refused:
        say_error(args, str(refused))
        return exits.ERROR
    print(f"Item {item.id} ({item.reference}) will be sent again with the same reference.")
    return exits.OK


def queue_cancel(args: argparse.Namespace, ctx: AppContext) -> int:
    try:
        cancellable(ctx.outbox, args.id)  # no PIN is asked for an item that does not exist or must stay
        if not require_pin(args, ctx, "cancel a queued item"):
            return exits.ERROR
        item = cancel(ctx.outbox, args.id, args.reason)
    except NotAllowed as refused:
        say_error(args, str(refused))
        return exits.ERROR
    print(f"Item {item.id} ({item.reference}) cancelled; it will never be sent.")
    return exits.OK


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    queue = sub.add_parser("queue", help="the offline queue: list, replay, export, retry, cancel")
    queue_sub = queue.add_subparsers(dest="action", required=True)
    p = queue_sub.add_parser("list", parents=[common], help="waiting items and items that need attention")
    p.add_argument("--all", action="store_true", help="also done, cancelled and rejected items")
    p.set_defaults(handler=queue_list)
    p = queue_sub.add_parser(
        "replay",
        parents=[common],
        help="send waiting items until the queue is empty or nothing more can progress",
        description="Sends what waits, unknown outcomes first, with the same reference as "
        "before: nothing is applied twice. Exits 9 if items need attention.",
    )
    p.add_argument("--max-wait", type=float, default=60, help="longest wait for a retry, in seconds (default 60)")
    p.add_argument(
        "--senders",
        type=int,
        default=4,
        help="calls in flight at once (default 4; 1 sends strictly one after another). "
        "A customer's items always go in order, and the requests-per-minute budget holds either way",
    )
    p.set_defaults(handler=queue_replay)
    p = queue_sub.add_parser("export", help="every item as CSV (mobile numbers masked)")
    p.add_argument("--output", help="file to write (default: standard output)")
    p.set_defaults(handler=queue_export)
    p = queue_sub.add_parser("retry", help="send an item that needs attention again (same reference)")
    p.add_argument("id", type=id_of("a queue item id", "pos-app queue list"), help="item id (see queue list)")
    p.set_defaults(handler=queue_retry)
    p = queue_sub.add_parser(
        "cancel", help="never send this item (not for items whose outcome is unknown or that wait for approval)"
    )
    p.add_argument("id", type=id_of("a queue item id", "pos-app queue list"), help="item id (see queue list)")
    p.add_argument("--reason", required=True, help="why, kept with the item")
    add_pin_argument(p)
    p.set_defaults(handler=queue_cancel)
