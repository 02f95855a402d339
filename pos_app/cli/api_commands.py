"""``lookup``, ``check``, ``send-otp``, ``redeem``, ``history``, ``reverse``: one call each."""

from __future__ import annotations

import argparse
import uuid
from typing import Any

from pos_app.cli import exits
from pos_app.cli.context import AppContext
from pos_app.cli.output import emit, points
from pos_app.core.capillary import Identifier, RedeemRequest
from pos_app.core.masking import mask_card, mask_mobile
from pos_app.core.validation import parse_amount, parse_bill, parse_card, parse_mobile, parse_otp, parse_points


def add_customer_arguments(parser: argparse.ArgumentParser) -> None:
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--mobile", help="customer's mobile number (checked for the configured country)")
    who.add_argument("--card", help="customer's loyalty card number")


def identifier(args: argparse.Namespace, ctx: AppContext) -> Identifier:
    if args.mobile:
        return Identifier("mobile", parse_mobile(args.mobile, str(ctx.settings.get("country"))))
    return Identifier("card_number", parse_card(args.card))


def shown(who: Identifier) -> str:
    return mask_mobile(who.value) if who.kind == "mobile" else mask_card(who.value)


def program(ctx: AppContext, args: argparse.Namespace) -> str:
    return str(getattr(args, "program", None) or ctx.settings.get("program_id") or "")


def lookup(args: argparse.Namespace, ctx: AppContext) -> int:
    customer = ctx.client.get_customer(identifier(args, ctx), program_id=program(ctx, args))
    emit(
        args.json,
        customer,
        [
            f"Customer:  {customer.name}",
            f"Mobile:    {mask_mobile(customer.mobile)}",
            f"Tier:      {customer.tier or '-'}",
            f"Balance:   {points(customer.loyalty_points)} points",
            f"Cards:     {', '.join(mask_card(c) for c in customer.card_numbers) or '-'}",
        ],
    )
    return exits.OK


def check(args: argparse.Namespace, ctx: AppContext) -> int:
    who = identifier(args, ctx)
    currency = args.amount is not None
    quantity = parse_amount(args.amount) if currency else parse_points(args.points)
    result = ctx.client.is_redeemable(
        who,
        quantity,
        program_id=program(ctx, args),
        currency_input=currency,
        issue_otp=args.send_otp or args.missed_call,
        validation_type="MISSED_CALL" if args.missed_call else ("SMS" if args.send_otp else None),
    )
    lines = [
        f"Redeemable: {'yes' if result.is_redeemable else 'no'}",
        f"Points:     {points(result.points)}",
        f"Value:      {result.points_redeem_value}  (local {result.points_redeem_local_value})",
        f"Ratio:      1 point = {result.points_currency_ratio} currency",
    ]
    if result.otp_not_sent:
        lines.append(f"Code NOT sent: {result.item_status.message}")
    elif args.send_otp:
        lines.append(f"Code sent by SMS to {shown(who)}.")
    elif args.missed_call:
        lines.append("Ask the customer to give a missed call from their registered mobile.")
    emit(args.json, result, lines)
    return exits.OK


def send_otp(args: argparse.Namespace, ctx: AppContext) -> int:
    who = identifier(args, ctx)
    issued = ctx.client.issue_validation_code(who, parse_points(args.points))
    emit(args.json, issued, [f"Code sent by SMS to {shown(who)}."])
    return exits.OK


def redeem(args: argparse.Namespace, ctx: AppContext) -> int:
    who = identifier(args, ctx)
    request = RedeemRequest(
        identifier=who,
        points=parse_points(args.points),
        transaction_number=parse_bill(args.bill),
        external_reference_number=args.reference or f"POS-{uuid.uuid4().hex[:20].upper()}",
        validation_code=parse_otp(args.otp) if args.otp else "",
        validation_type="MISSED_CALL" if args.missed_call else ("SMS" if args.otp else None),
        skip_validation=args.skip_validation,
        notes=args.notes or "",
        program_id=program(ctx, args),
        till_id=str(ctx.settings.get("entity.till_id") or ""),
    )
    done = ctx.client.redeem(request)
    emit(
        args.json,
        {"redemption": done, "external_reference_number": request.external_reference_number},
        [
            f"Redeemed:  {points(done.points_redeemed)} points (value {done.redeemed_value})",
            f"Redemption id: {done.redemption_id}",
            f"Balance:   {points(done.balance) if done.balance is not None else '-'} points",
            f"Reference: {request.external_reference_number}",
        ],
    )
    return exits.OK


def history(args: argparse.Namespace, ctx: AppContext) -> int:
    rows = ctx.client.redemption_history(
        identifier(args, ctx),
        start_date=args.since or "",
        end_date=args.until or "",
        limit=args.limit,
        external_reference_number=args.reference or "",
    )
    lines = [f"{'when':19}  {'id':8}  {'points':>8}  bill / reference"]
    lines += [
        f"{r.redeemed_time:19}  {r.redemption_id:8}  {points(r.points_redeemed):>8}  "
        f"{r.transaction_number} / {r.external_reference_number or '-'}"
        + (f"  (reversed {points(r.reversed_points)})" if r.reversed_points else "")
        for r in rows
    ]
    emit(args.json, rows, lines if rows else ["No redemptions found."])
    return exits.OK


def reverse(args: argparse.Namespace, ctx: AppContext) -> int:
    done = ctx.client.reverse(args.redemption_id, parse_points(args.points), identifier(args, ctx))
    emit(
        args.json,
        done,
        [
            f"Reversed {points(done.points_reversed)} points of redemption "
            f"{done.redemption_id} (reversal {done.reversal_id})."
        ],
    )
    return exits.OK


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    def command(name: str, handler: Any, help_text: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        add_customer_arguments(parser)
        parser.add_argument("--program", help="program id (default: the configured program_id)")
        parser.set_defaults(handler=handler)
        return parser

    command("lookup", lookup, "look a customer up: name, tier, points balance")
    p = command("check", check, "can these points (or this amount) be redeemed? optionally send the code")
    amount = p.add_mutually_exclusive_group(required=True)
    amount.add_argument("--points", help="points to redeem")
    amount.add_argument("--amount", help="a currency amount to redeem instead of points")
    otp = p.add_mutually_exclusive_group()
    otp.add_argument("--send-otp", action="store_true", help="send the customer a code by SMS")
    otp.add_argument("--missed-call", action="store_true", help="validate by the customer's missed call")
    p = command("send-otp", send_otp, "send the customer a validation code by SMS")
    p.add_argument("--points", required=True, help="points the code is for")
    p = command("redeem", redeem, "redeem points against a bill")
    p.add_argument("--points", required=True, help="points to redeem")
    p.add_argument("--bill", required=True, help="the bill's transaction number")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--otp", help="the code the customer received")
    how.add_argument("--missed-call", action="store_true", help="the customer gave a missed call")
    how.add_argument("--skip-validation", action="store_true", help="no customer validation (if the org allows)")
    p.add_argument("--notes", help="notes kept with the redemption")
    p.add_argument("--reference", help="external reference number (default: a fresh unique one)")
    p = command("history", history, "the customer's past redemptions")
    p.add_argument("--limit", type=int, default=20, help="how many (default 20)")
    p.add_argument("--since", help="from this date (YYYY-MM-DD)")
    p.add_argument("--until", help="up to this date (YYYY-MM-DD)")
    p.add_argument("--reference", help="only the redemption with this external reference number")
    p = command("reverse", reverse, "reverse (void) a redemption, fully or in part")
    p.add_argument("--redemption-id", required=True, help="the redemption id on the receipt")
    p.add_argument("--points", required=True, help="points to give back")
