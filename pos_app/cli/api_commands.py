"""``lookup``, ``check``, ``send-otp``, ``redeem``, ``history``, ``reverse``: one call each."""

from __future__ import annotations

import argparse
import logging
import sys
from decimal import Decimal
from typing import Any

from pos_app.cli import exits
from pos_app.cli.output import emit, report_error, report_reversal, say_error, to_jsonable
from pos_app.cli.supervisor_commands import add_pin_argument, require_pin
from pos_app.core.app_context import AppContext
from pos_app.core.capillary import CapillaryError, Identifier, NotSent, OutcomeUnknown, RateLimited, Rejected
from pos_app.core.capillary.codes import POINTS_RULE_CODES
from pos_app.core.capillary.inputs import ValidationType, format_money, format_points
from pos_app.core.i18n import _
from pos_app.core.masking import mask_card, mask_email, mask_mobile
from pos_app.core.org_rules import max_redeemable
from pos_app.core.outbox import UNKNOWN, NewRedemption
from pos_app.core.receipt import applied_without_code, history_id_of
from pos_app.core.redemption import OfflineRefused, OutcomeKind
from pos_app.core.redemption_service import Redeemed, RedemptionService
from pos_app.core.reversal import reverse_and_journal
from pos_app.core.validation import parse_amount, parse_bill, parse_card, parse_mobile, parse_otp, parse_points
from pos_app.core.worth import balance_worth, learn_from_answer, learn_ratios, refusal_words

log = logging.getLogger("pos_app.cli")


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
    who, program_id = identifier(args, ctx), program(ctx, args)
    customer = ctx.client.get_customer(who, program_id=program_id)
    learn_ratios(ctx.org_rules, customer)  # as the till does: the worth of points needs no call of its own
    worth, worth_line = balance_worth_line(ctx, who, customer.balance_in(program_id), program_id)
    emit(
        args.json,
        {**masked(to_jsonable(customer)), "balance_worth": worth},
        [
            f"Customer:  {customer.name}",
            f"Mobile:    {mask_mobile(customer.mobile)}",
            f"Tier:      {customer.tier or '-'}",
            f"Balance:   {format_points(customer.loyalty_points)} points",
            f"Worth:     {worth_line}",
            f"Cards:     {', '.join(mask_card(c) for c in customer.card_numbers) or '-'}",
        ],
    )
    return exits.OK


def masked(customer: dict[str, Any]) -> dict[str, Any]:
    """The customer as a script sees it: identifiers masked as on the screen and in the log."""
    return {
        **customer,
        "mobile": mask_mobile(customer["mobile"]) if customer["mobile"] else "",
        "email": mask_email(customer["email"]) if customer["email"] else "",
        "card_numbers": [mask_card(card) for card in customer["card_numbers"]],
    }


def balance_worth_line(
    ctx: AppContext, who: Identifier, balance: Decimal, program_id: str
) -> tuple[dict[str, str] | None, str]:
    """What the whole balance is worth and the ratio, worked out as the till does
    (``worth.balance_worth``); only with no ratio known is the service asked (no code is sent).

    Not knowing it does not fail the lookup: the line says why."""
    if balance <= 0:
        return None, "-"
    known = balance_worth(balance, ctx.org_rules.for_program(program_id))
    if known is None:
        try:
            known = _worth_from_service(ctx, who, balance, program_id)
        except CapillaryError as error:
            return None, f"- (not known: {error.cashier_message})"
    if known is None:
        return None, "- (not known: the loyalty service gave no points-to-currency ratio for these points)"
    value, ratio = known
    money = ctx.money()
    plain = {"value": format_money(value), "ratio": format_money(ratio), "currency": money.currency}
    return plain, f"{money(value)} (1 point = {money.rate(ratio)})"


def _worth_from_service(
    ctx: AppContext, who: Identifier, balance: Decimal, program_id: str
) -> tuple[Decimal, Decimal] | None:
    """The ratio asked of the service: for the balance, else (refused: more than one redemption
    may take, which taught the rule) for the most one redemption may take."""
    asked = balance
    for _attempt in range(2):
        try:
            result = ctx.client.is_redeemable(who, asked, program_id=program_id)
        except Rejected:
            asked = max_redeemable(balance, ctx.org_rules.for_program(program_id))
            if asked <= 0 or asked == balance:
                return None
            continue
        if not result.is_redeemable or result.points_currency_ratio is None:
            return None
        learn_from_answer(ctx.org_rules, program_id, result)
        return balance * result.points_currency_ratio, result.points_currency_ratio
    return None


def check(args: argparse.Namespace, ctx: AppContext) -> int:
    who = identifier(args, ctx)
    currency = args.amount is not None
    quantity = parse_amount(args.amount) if currency else parse_points(args.points)
    program_id, money = program(ctx, args), ctx.money()
    try:
        result = ctx.client.is_redeemable(
            who,
            quantity,
            program_id=program_id,
            currency_input=currency,
            issue_otp=args.send_otp or args.missed_call,
            validation_type=ValidationType.MISSED_CALL
            if args.missed_call
            else (ValidationType.SMS if args.send_otp else None),
        )
    except Rejected as refused:  # the rule broken, with its figures, as the till says it
        refused.cashier_message = refusal_words(ctx.org_rules, program_id, refused, quantity, currency, money)
        raise
    learn_from_answer(ctx.org_rules, program_id, result)
    value, local = result.points_redeem_value, result.points_redeem_local_value
    lines = [
        f"Redeemable: {'yes' if result.is_redeemable else 'no'}",
        f"Points:     {format_points(result.points)}",
        f"Value:      {money(value)}" + (f"  (local {money(local)})" if money(local) != money(value) else ""),
        f"Ratio:      1 point = {money.rate(result.points_currency_ratio)}",
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
    """Written to the offline queue first, then sent; see ``pos_app.core.redemption``."""
    who = identifier(args, ctx)
    validated = bool(args.otp or args.missed_call or args.skip_validation)
    service = RedemptionService.of(ctx)  # `pos-app receipt print` prints the receipt it keeps
    new = service.new_redemption(
        who,
        parse_points(args.points),
        parse_bill(args.bill),
        program_id=program(ctx, args),
        notes=args.notes or "",
        validation_code=parse_otp(args.otp) if args.otp else "",
        validation_type=ValidationType.MISSED_CALL if args.missed_call else (ValidationType.SMS if args.otp else ""),
        skip_validation=args.skip_validation,
        cashier=args.cashier or "",
    )
    if not validated:
        return redeem_without_code(args, ctx, service, new)
    return report_outcome(args, ctx, service.redeem(new))


def redeem_without_code(
    args: argparse.Namespace, ctx: AppContext, service: RedemptionService, new: NewRedemption
) -> int:
    """No code given: only possible offline, as the offline policy allows."""
    try:
        service.sender.client.get_customer(Identifier(new.customer_kind, new.customer_value))  # type: ignore[arg-type]
    except (NotSent, OutcomeUnknown):
        try:
            return report_outcome(args, ctx, service.queue_offline(new))
        except OfflineRefused as refused:
            say_error(args, str(refused))  # says the service cannot be reached
            return exits.UNREACHABLE
    print(
        "error: the customer must confirm with a code. Send one with `pos-app check --send-otp` "
        "(or ask for a missed call) and give it with --otp CODE (or --missed-call).",
        file=sys.stderr,
    )
    return exits.ERROR


def report_outcome(args: argparse.Namespace, ctx: AppContext, outcome: Redeemed) -> int:
    item, money = outcome.item, ctx.money()
    if outcome.journal_error:
        print(f"warning: {outcome.journal_error}", file=sys.stderr)
    data = {
        "outcome": outcome.kind,
        "state": item.state,
        "reference": item.reference,
        "redemption_id": item.redemption_id,
        "history_id": history_id_of(item.result),
        "result": item.result,
        "message": outcome.message,
    }
    if outcome.kind == OutcomeKind.DONE:
        result = item.result
        value = f" (worth {money(Decimal(result['redeemed_value']))})" if result.get("redeemed_value") else ""
        lines = [
            f"Redeemed:  {format_points(item.points)} points{value}",
            f"Redemption id: {item.redemption_id or applied_without_code(history_id_of(result))}",
            f"Balance:   {result['balance'] + ' points' if result.get('balance') else _('not known')}",
            f"Reference: {item.reference}",
        ]
        emit(args.json, data, lines)
        return exits.OK
    if outcome.kind == OutcomeKind.QUEUED:
        emit(args.json, data, [f"PENDING: {outcome.message}"])
        return exits.OUTCOME_UNKNOWN if item.state == UNKNOWN else exits.QUEUED
    if outcome.error is not None:
        if isinstance(outcome.error, Rejected) and outcome.error.code in POINTS_RULE_CODES:
            outcome.error.cashier_message = refusal_words(
                ctx.org_rules, item.program_id, outcome.error, item.points, False, money
            )
        if isinstance(outcome.error, NotSent | RateLimited) and not args.json:
            log.warning("redeem %s not sent: %s", item.reference, outcome.error.detail)
            say_error(args, outcome.message)  # says what happened and what to do
        else:
            report_error(args.json, outcome.error)
        return exits.for_error(outcome.error)
    emit(args.json, data, [f"error: {outcome.message}"])
    return exits.REJECTED


def history(args: argparse.Namespace, ctx: AppContext) -> int:
    rows = ctx.client.redemption_history(
        identifier(args, ctx),
        start_date=args.since or "",
        end_date=args.until or "",
        limit=args.limit,
        external_reference_number=args.reference or "",
    )
    lines = [f"{'when':19}  {'id':8}  {'points':>8}  bill / reference"]
    lines += [  # the history's numeric id (#) where the row does not carry the redemption's code
        f"{r.redeemed_time:19}  {r.redemption_code or '#' + r.history_id:8}  {format_points(r.points_redeemed):>8}  "
        f"{r.transaction_number} / {r.external_reference_number or '-'}"
        + (f"  (reversed {format_points(r.reversed_points)})" if r.reversed_points else "")
        for r in rows
    ]
    emit(args.json, rows, lines if rows else ["No redemptions found."])
    return exits.OK


def reverse(args: argparse.Namespace, ctx: AppContext) -> int:
    who = identifier(args, ctx)
    if not require_pin(args, ctx, "reverse a redemption"):
        return exits.ERROR
    done, receipt_id, _void = reverse_and_journal(
        ctx,
        args.redemption_id or "",
        parse_points(args.points),
        who,
        args.reason or "",
        args.cashier or "",
        reference=args.reference or "",
    )
    report_reversal(args.json, done, receipt_id)
    return exits.OK


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    def command(name: str, handler: Any, help_text: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        add_customer_arguments(parser)
        parser.add_argument("--program", help="program id (default: the configured program_id)")
        parser.set_defaults(handler=handler, needs_service=True)
        return parser

    command("lookup", lookup, "look a customer up: name, tier, points balance and what it is worth")
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
    p.add_argument("--cashier", help="cashier name or id kept with the redemption")
    p = command("history", history, "the customer's past redemptions")
    p.add_argument("--limit", type=int, default=20, help="how many (default 20)")
    p.add_argument("--since", help="from this date (YYYY-MM-DD)")
    p.add_argument("--until", help="up to this date (YYYY-MM-DD)")
    p.add_argument("--reference", help="only the redemption with this external reference number")
    p = command("reverse", reverse, "reverse (void) a redemption, fully or in part")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--redemption-id", help="the redemption id on the receipt")
    which.add_argument("--reference", help="the receipt's reference, where it names no redemption id")
    p.add_argument("--points", required=True, help="points to give back")
    p.add_argument("--reason", help="why, printed on the void receipt")
    p.add_argument("--cashier", help="who reversed it")
    add_pin_argument(p)
