"""The receipt: one model, laid out as fixed-width text (thermal printers, previews)."""

from __future__ import annotations

import json
import textwrap
import time
import unicodedata
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from typing import Any

from pos_app.core.capillary.inputs import ValidationType, format_points
from pos_app.core.capillary.models import Redeemability
from pos_app.core.config import Settings
from pos_app.core.i18n import N_, RIGHT_TO_LEFT, current_language, words
from pos_app.core.masking import mask_card, mask_mobile
from pos_app.core.money import Money, money_for
from pos_app.core.outbox import CANCELLED, DONE, PENDING, REJECTED, OutboxItem

WIDTHS = (32, 42, 48)
HEADED_BY_CUSTOMER = "headed by the customer"  # kept in the journal; printed in the receipt's language
# The redemption id of one the queue knows was applied (744) but the service did not name.
APPLIED_ID_UNKNOWN = "(applied)"


@dataclass(frozen=True)
class Receipt:
    store: str
    till: str
    cashier: str
    when: float
    customer_name: str
    customer_kind: str
    customer_value: str
    bill: str
    reference: str
    redemption_id: str  # empty while the redemption waits in the queue
    points: Decimal
    value: Decimal | None
    local_value: Decimal | None
    ratio: Decimal | None
    balance_after: Decimal | None
    verified_by: str  # "OTP", "missed call", "none"
    program: str = ""
    header: str = ""
    footer: str = ""
    void_of: str = ""  # set on a void receipt: the redemption id reversed
    reason: str = ""
    sent_later: bool = False  # issued PENDING; the queue has sent it since (see ``settled``)
    program_title: str = ""  # what the customer knows the program as; ``program`` is its id
    family: str = ""  # the points were the family's: who the family is (its id or external id)
    family_balance: Decimal | None = None  # the family's points after this redemption, when known
    history_id: str = ""  # applied without its code coming back: the customer's history row that shows it
    reprint: bool = False  # a second print of a receipt: marked as a copy (never kept so in the journal)
    void_of_reference: str = ""  # set on a void receipt: the voided receipt's POS reference
    # Kept while the service could not be reached (nothing had left the till), not after a lost
    # answer: only such a receipt says it was saved offline (see ``receipt_from_draft``).
    kept_offline: bool = False
    # Issued PENDING, then never applied (see ``settled``): "cancelled" on this till, or "refused"
    # by the service; ``reason`` then says why, as the queue keeps it.
    not_applied: str = ""

    @property
    def pending(self) -> bool:
        return not self.redemption_id

    @property
    def program_shown(self) -> str:
        return self.program_title or self.program

    @property
    def customer_shown(self) -> str:
        if self.customer_kind == "shown":  # already masked (journal copies)
            return self.customer_value
        if self.customer_kind == "mobile":
            return mask_mobile(self.customer_value)
        return mask_card(self.customer_value)


def redemption_shown(receipt: Receipt, language: str = "") -> str:
    """The redemption id as a person reads it, short enough for a column or a receipt line; for
    one applied whose code never came back, the history row that shows it (``applied_note`` says
    what happened)."""
    if receipt.redemption_id != APPLIED_ID_UNKNOWN:
        return receipt.redemption_id
    return short_applied_id(receipt.history_id, language)


def short_applied_id(history_id: str, language: str = "") -> str:
    """The id column of a redemption applied without its code: ``history #121605``."""
    _ = words(language or current_language()).gettext
    return _("history #{id}").format(id=history_id) if history_id else _("no id given")


def applied_without_code(history_id: str, language: str = "") -> str:
    """Said of a redemption the service applied but did not name: found in the history, or answered 744."""
    _ = words(language or current_language()).gettext
    if history_id:
        return _("confirmed in the customer's history (history #{id})").format(id=history_id)
    return _("applied earlier; the service gave no id")


def applied_note(history_id: str, language: str = "") -> str:
    """The receipt's line under a redemption applied without its code: why it has no redemption id."""
    _ = words(language or current_language()).gettext
    if history_id:
        return _(
            "The service's answer was lost; the redemption was found in the customer's history "
            "(history #{id}), applied once. It has no redemption id: the reference above names it."
        ).format(id=history_id)
    return _("The service said this was applied earlier but gave no id: the reference above names it.")


def history_id_of(result: dict[str, Any]) -> str:
    return str(result.get("history_id") or "")


def _number_in(result: dict[str, Any], key: str, fallback: Decimal | None) -> Decimal | None:
    """A figure the queue kept from the service's answer, or ``fallback``."""
    value = result.get(key)
    return fallback if value in (None, "") else Decimal(str(value))


NOT_APPLIED_STATES: dict[str, str] = {CANCELLED: "cancelled", REJECTED: "refused"}


def settled(receipt: Receipt, queued: OutboxItem | None) -> Receipt:
    """A PENDING receipt as its queued redemption stands now: once the queue has sent it, with
    its redemption id, value and balance; once cancelled or refused, marked not applied (a
    reprint, a PDF, the journal and ``receipt list`` tell the truth of now)."""
    if not receipt.pending or queued is None:
        return receipt
    if queued.state in NOT_APPLIED_STATES:
        return replace(receipt, not_applied=NOT_APPLIED_STATES[queued.state], reason=queued.reason)
    if queued.state != DONE:
        return receipt
    result = queued.result
    return replace(
        receipt,
        redemption_id=queued.redemption_id or APPLIED_ID_UNKNOWN,
        value=_number_in(result, "redeemed_value", receipt.value),
        local_value=_number_in(result, "redeemed_local_value", receipt.local_value),
        balance_after=_number_in(result, "balance", receipt.balance_after),
        sent_later=True,
        history_id=history_id_of(result),
    )


def redemption_state(receipt: Receipt, language: str = "") -> str:
    """The journal's redemption column: the id, or what became of one issued PENDING."""
    _ = words(language or current_language()).gettext
    if receipt.not_applied:
        return _("NOT APPLIED")
    return redemption_shown(receipt, language) or _("PENDING")


def for_journal(receipt: Receipt) -> Receipt:
    """The copy kept on disk: the customer's number masked, as printed."""
    return replace(receipt, customer_kind="shown", customer_value=receipt.customer_shown, reprint=False)


def as_reprint(receipt: Receipt) -> Receipt:
    """The receipt printed again: it says it is a copy, so two slips never pass for two redemptions."""
    return replace(receipt, reprint=True)


# Languages whose letters no thermal printer's code page has: such a printer gets English
# receipts unless ``receipt.language`` says otherwise.
NOT_ON_CODE_PAGES = frozenset({"hi", "ar"})
THERMAL_KINDS = frozenset({"network", "usb", "serial", "file", "cups"})
VERIFIED_BY = {
    "OTP": N_("OTP"),
    "missed call": N_("missed call"),
    "none": N_("none"),
    "supervisor": N_("supervisor"),  # who authorised a void
}
EMPHASISED = (N_("Points redeemed"), N_("Points returned"))
NOT_APPLIED_NOTES = {
    "cancelled": N_(
        "NOT APPLIED: this redemption was cancelled on this till and will not be sent. "
        "No points were taken from the customer's account."
    ),
    "refused": N_(
        "NOT APPLIED: the loyalty service refused this redemption. No points were taken from the customer's account."
    ),
}
DEFAULT_FOOTER = N_("Thank you!")  # receipt.footer's default: printed in the receipt's language


@dataclass(frozen=True)
class Layout:
    """How a receipt is laid out: columns, language, the money's currency and format."""

    width: int = 42
    language: str = "en"
    money: Money = field(default_factory=Money)


def receipt_language(settings: Settings) -> str:
    """``receipt.language``; else the till's, if the printer can print its letters; else English."""
    chosen = str(settings.get("receipt.language"))
    if chosen:
        return chosen
    language = current_language()
    if language in NOT_ON_CODE_PAGES and settings.get("printer.kind") in THERMAL_KINDS:
        return "en"
    return language


def layout_for(settings: Settings) -> Layout:
    language = receipt_language(settings)
    thermal = settings.get("printer.kind") in THERMAL_KINDS
    money = money_for(str(settings.get("currency")), language, str(settings.get("country")), printable=thermal)
    return Layout(int(settings.get("printer.columns")), language, money)


def emphasised(language: str) -> tuple[str, ...]:
    """The labels a thermal receipt prints in bold, in the receipt's language."""
    return tuple(words(language).gettext(label) for label in EMPHASISED)


def _number(value: Decimal | None) -> str:
    return "-" if value is None else format_points(value)


# Marks that steer the direction of text and take no column (an Arabic amount starts with one).
_DIRECTION_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def shown_width(text: str) -> int:
    """The columns ``text`` takes on the slip: its direction marks take none."""
    return len(text.translate(_DIRECTION_MARKS))


def without_direction_marks(text: str) -> str:
    """For a thermal printer, which lays out no direction (and has no such characters)."""
    return text.translate(_DIRECTION_MARKS)


def label_and_value(label: str, value: str, width: int) -> list[str]:
    """``label ....... value``, wrapping the value under the label when it does not fit."""
    space = width - shown_width(label) - 1
    if shown_width(value) <= space:
        return [label + " " * (space + 1 - shown_width(value)) + value]
    return [label] + [" " + part for part in textwrap.wrap(value, width - 1, break_long_words=True)]


def _centred_line(line: str, width: int, right_to_left: bool = False) -> str:
    """Centred by spaces; in a right-to-left receipt the line starts left to right, so the
    spaces stay in front in a preview or PDF (it would otherwise read flush left)."""
    centred = line.center(width).rstrip()
    if not right_to_left or not line.strip():
        return centred
    text = centred.lstrip()
    lead = centred[: len(centred) - len(text)]
    # The words keep their own direction inside (the thanks' "!" ends them, on their left).
    return f"\N{LEFT-TO-RIGHT MARK}{lead}\N{FIRST STRONG ISOLATE}{text}\N{POP DIRECTIONAL ISOLATE}"


def _centred(block: str, width: int, right_to_left: bool = False) -> list[str]:
    lines: list[str] = []
    for part in block.splitlines():
        lines += [_centred_line(line, width, right_to_left) for line in textwrap.wrap(part, width) or [""]]
    return lines


def _pairs(receipt: Receipt, layout: Layout) -> list[tuple[str, str]]:
    """The labelled lines: a redemption's, or a void's (what was returned, to whom, why)."""
    _, money = words(layout.language).gettext, layout.money
    stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime(receipt.when))
    verified = _(VERIFIED_BY[receipt.verified_by]) if receipt.verified_by in VERIFIED_BY else receipt.verified_by
    pairs = [
        (_("Date"), stamp),
        (_("Till"), receipt.till),
        (_("Cashier"), receipt.cashier or "-"),
        (_("Customer"), receipt.customer_name or _("not known")),
        (_("Mobile/card"), receipt.customer_shown),
        (_("Bill"), receipt.bill),
    ]
    if receipt.program_shown:
        pairs.append((_("Program"), receipt.program_shown))
    if receipt.family:
        if receipt.family == HEADED_BY_CUSTOMER:
            family = _("family headed by the customer")
        else:
            family = _("family {family}").format(family=receipt.family)
        pairs.append((_("Points from"), family))
    if receipt.void_of:
        return [
            *pairs,
            (_("Voids redemption"), receipt.void_of),
            (_("Reversal id"), receipt.reference),
            (_("Points returned"), _number(receipt.points)),
            (_("Reason"), receipt.reason or "-"),
            (_("Authorised by"), verified),
        ]
    if receipt.pending or receipt.sent_later or receipt.redemption_id == APPLIED_ID_UNKNOWN:
        pairs.append((_("Reference"), receipt.reference))
    if receipt.not_applied:  # nothing was taken: no value, no balance to speak of
        pairs += [(_("Points redeemed"), "0"), (_("Points not applied"), _number(receipt.points))]
        if receipt.reason:
            pairs.append((_("Reason"), receipt.reason))
        return [*pairs, (_("Verified by"), verified)]
    if not receipt.pending:
        pairs.append((_("Redemption id"), redemption_shown(receipt, layout.language)))
    pairs += [(_("Points redeemed"), _number(receipt.points)), (_("Value"), money(receipt.value))]
    if receipt.local_value is not None and receipt.local_value != receipt.value:  # as the till's screen
        pairs.append((_("Local value"), money(receipt.local_value)))
    if receipt.ratio is not None:
        rate = money.rate(receipt.ratio)
        if layout.language in RIGHT_TO_LEFT:  # the amount keeps its order inside the Arabic phrase
            rate = f"\N{LEFT-TO-RIGHT ISOLATE}{rate}\N{POP DIRECTIONAL ISOLATE}"
        pairs.append((_("Ratio"), _("1 pt = {value}").format(value=rate)))
    if receipt.family:
        pairs += [
            (_("Family balance"), _number(receipt.family_balance)),
            (_("Own balance"), _number(receipt.balance_after)),
        ]
    else:
        after = _("not known") if receipt.balance_after is None else _number(receipt.balance_after)
        pairs.append((_("Balance after"), after))
    return [*pairs, (_("Verified by"), verified)]


def figure_left_to_right(line: str, value: str) -> str:
    """A figure kept left to right inside a right-to-left line: a date, a masked card or an id
    would otherwise read reversed ("20:56 01-12-2026"). A value in words of the language stays
    right to left (the ratio isolates its amount itself)."""
    if any(unicodedata.bidirectional(letter) in ("R", "AL") for letter in without_direction_marks(value)):
        return line
    if value and line.endswith(value):
        return f"{line[: -len(value)]}\N{LEFT-TO-RIGHT ISOLATE}{value}\N{POP DIRECTIONAL ISOLATE}"
    return line


def render_for(receipt: Receipt, settings: Settings) -> str:
    """The receipt as the till's settings lay it out (columns, language, currency)."""
    return render_text(receipt, layout_for(settings))


def render_text(receipt: Receipt, layout: Layout | int = 42) -> str:
    """The receipt laid out (``layout_for(settings)``; a bare width: English, rupees)."""
    layout = layout if isinstance(layout, Layout) else Layout(layout)
    width, _ = layout.width, words(layout.language).gettext
    if width < 24:
        raise ValueError("a receipt needs at least 24 columns")
    rule = "-" * width
    right_to_left = layout.language in RIGHT_TO_LEFT
    lines = _centred(receipt.header, width, right_to_left) + _centred(receipt.store, width, right_to_left)
    title = _("POINTS REDEMPTION - PENDING") if receipt.pending else _("POINTS REDEMPTION")
    if receipt.not_applied:
        title = _("POINTS REDEMPTION - NOT APPLIED")
    if receipt.void_of:
        title = _("VOID - POINTS RETURNED")
    titles = textwrap.wrap(title, width)
    if receipt.reprint:
        titles += textwrap.wrap("*** " + _("COPY - REPRINT") + " ***", width)
    lines += [rule, *(_centred_line(t, width, right_to_left) for t in titles), rule]
    for label, value in _pairs(receipt, layout):
        pair = label_and_value(label, value, width)
        lines += [figure_left_to_right(line, value) for line in pair] if right_to_left else pair
    lines.append(rule)
    if receipt.void_of:  # a void thanks no one: it says the points went back
        note = _("{points} points were returned to the customer's account.").format(points=_number(receipt.points))
        return "\n".join(lines + textwrap.wrap(note, width)) + "\n"
    if receipt.not_applied:
        lines += textwrap.wrap(_(NOT_APPLIED_NOTES[receipt.not_applied]), width)
    elif receipt.pending:
        note = _(
            "Saved on this till and sent when the network allows. Keep this receipt: "
            "the reference above identifies the redemption."
        )
        lines += textwrap.wrap(note, width)
    if receipt.sent_later and receipt.kept_offline:
        lines += textwrap.wrap(_("Saved on this till while offline and sent later: applied once."), width)
    elif receipt.sent_later:
        lines += textwrap.wrap(_("Sent later by this till's queue: applied once."), width)
    if receipt.redemption_id == APPLIED_ID_UNKNOWN:
        lines += textwrap.wrap(applied_note(receipt.history_id, layout.language), width)
    footer = _(DEFAULT_FOOTER) if receipt.footer == DEFAULT_FOOTER else receipt.footer  # a store's own stays
    lines += _centred(footer, width, right_to_left)
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class ReceiptDraft:
    """What a receipt says besides the outbox row, fixed when the redemption is confirmed.

    Kept with the row (``NewRedemption.receipt_draft``), so the receipt can be written in the
    same transaction as the redemption's outcome, or later from the row alone."""

    store: str = ""
    till: str = ""
    header: str = ""
    footer: str = ""
    customer_name: str = ""
    value: Decimal | None = None  # from the isredeemable answer, until the redeem answer says
    local_value: Decimal | None = None
    ratio: Decimal | None = None
    program_title: str = ""
    family_balance: Decimal | None = None  # the family's points before this redemption
    verified_by: str = ""
    family_name: str = ""  # the family as the service named it (its external id), when asked

    @classmethod
    def of(
        cls,
        settings: Settings,
        customer_name: str = "",
        check: Redeemability | None = None,
        verified_by: str = "",
        program_title: str = "",
        family_balance: Decimal | None = None,
        family_name: str = "",
    ) -> ReceiptDraft:
        return cls(
            store=str(settings.get("store_name") or ""),
            till=str(settings.get("till")),
            header=str(settings.get("receipt.header") or ""),
            footer=str(settings.get("receipt.footer") or ""),
            customer_name=customer_name,
            value=check.points_redeem_value if check else None,
            local_value=check.points_redeem_local_value if check else None,
            ratio=check.points_currency_ratio if check else None,
            program_title=program_title,
            family_balance=family_balance,
            verified_by=verified_by,
            family_name=family_name,
        )

    def to_json(self) -> str:
        return json.dumps(
            {k: (None if v is None else str(v)) if k in _DRAFT_NUMBERS else v for k, v in vars(self).items()}
        )

    @classmethod
    def from_json(cls, text: str) -> ReceiptDraft:
        data: dict[str, Any] = json.loads(text)
        known = {f.name for f in fields(cls)}
        for name in _DRAFT_NUMBERS:
            data[name] = None if data.get(name) is None else Decimal(data[name])
        return cls(**{k: v for k, v in data.items() if k in known})


_DRAFT_NUMBERS = ("value", "local_value", "ratio", "family_balance")


def receipt_for(
    item: OutboxItem,
    settings: Settings,
    customer_name: str = "",
    check: Redeemability | None = None,
    verified_by: str = "",
    program_title: str = "",
    family_balance: Decimal | None = None,
) -> Receipt:
    """The receipt of a redemption as the queue holds it (done, or PENDING with its reference).

    ``family_balance``: the family's points before this redemption, when the till knew them."""
    return receipt_from_draft(
        item, ReceiptDraft.of(settings, customer_name, check, verified_by, program_title, family_balance)
    )


# How a receipt names the way the customer confirmed (none: no confirmation).
VERIFIED_AS: dict[ValidationType | None, str] = {ValidationType.SMS: "OTP", ValidationType.MISSED_CALL: "missed call"}


def receipt_from_draft(item: OutboxItem, draft: ReceiptDraft) -> Receipt:
    """The receipt of an outbox row, with what was known when it was confirmed."""
    result = item.result
    verified_by = draft.verified_by or VERIFIED_AS.get(ValidationType.of(item.validation_type), "none")
    if item.skip_validation:
        verified_by = "none"
    return Receipt(
        store=draft.store,
        till=draft.till,
        cashier=item.cashier,
        when=item.updated_at,
        customer_name=draft.customer_name,
        customer_kind=item.customer_kind,
        customer_value=item.customer_value,
        bill=item.bill,
        reference=item.reference,
        redemption_id=(item.redemption_id or APPLIED_ID_UNKNOWN) if item.state == DONE else "",
        points=item.points,
        value=_number_in(result, "redeemed_value", draft.value),
        local_value=_number_in(result, "redeemed_local_value", draft.local_value),
        ratio=draft.ratio,
        balance_after=_number_in(result, "balance", None),
        verified_by=verified_by,
        program=item.program_id,
        header=draft.header,
        footer=draft.footer,
        program_title=draft.program_title,
        family=(draft.family_name or family_named(item.group_ref)) if item.group_ref else "",
        family_balance=_less(draft.family_balance, item.points) if item.state == DONE else None,
        history_id=history_id_of(result),
        # Written PENDING with the queue's offline mark: taken offline, or kept after nothing left
        # the till. A lost answer ("unknown") or a row sent at once is not "saved while offline".
        kept_offline=item.offline and item.state == PENDING,
    )


def family_named(group_ref: dict[str, str]) -> str:
    """How a receipt names the family the points came from ("" for the customer's own)."""
    if not group_ref:
        return ""
    named = group_ref.get("user_group2_external_id") or group_ref.get("user_group2_id")
    return named or HEADED_BY_CUSTOMER


def _less(balance: Decimal | None, points: Decimal) -> Decimal | None:
    return None if balance is None else balance - points
