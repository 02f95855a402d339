"""Typed results of the calls, each built leniently from the service's JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from pos_app.core.capillary.parse import (
    JsonDict,
    as_bool,
    as_decimal,
    as_dict,
    as_int,
    as_list,
    as_str,
    dig,
)

ZERO = Decimal(0)


@dataclass(frozen=True)
class ItemStatus:
    success: bool
    code: int | None
    message: str

    @classmethod
    def from_json(cls, data: Any) -> ItemStatus:
        data = as_dict(data)
        return cls(as_bool(data.get("success")), as_int(data.get("code")), as_str(data.get("message")))


@dataclass(frozen=True)
class ProgramBalance:
    """One program's points for a customer of a multi-program org (``mlp=true``)."""

    program_id: str
    title: str
    points: Decimal
    currency_ratio: Decimal | None

    @classmethod
    def from_json(cls, data: Any) -> ProgramBalance:
        data = as_dict(data)  # the service mixes camelCase and snake_case in this block

        def first(*names: str) -> Any:
            return next((data[name] for name in names if data.get(name) not in (None, "")), None)

        return cls(
            program_id=as_str(first("programId", "program_id")),
            title=as_str(first("program_title", "programTitle", "program_name")),
            points=as_decimal(first("loyaltyPoints", "loyalty_points"), ZERO) or ZERO,
            currency_ratio=as_decimal(first("program_points_to_currency_ratio", "programPointsToCurrencyRatio")),
        )


@dataclass(frozen=True)
class Customer:
    user_id: str
    firstname: str
    lastname: str
    mobile: str
    email: str
    external_id: str
    card_numbers: tuple[str, ...]
    loyalty_points: Decimal
    lifetime_points: Decimal
    tier: str
    registered_on: str
    fraud_status: str
    item_status: ItemStatus
    programs: tuple[ProgramBalance, ...] = ()

    @property
    def name(self) -> str:
        return " ".join(part for part in (self.firstname, self.lastname) if part)

    @property
    def blocked(self) -> bool:
        """Marked for fraud: no redemption may be offered."""
        return self.fraud_status.upper() in ("MARKED", "CONFIRMED", "FRAUD")

    @classmethod
    def from_json(cls, data: Any) -> Customer:
        data = as_dict(data)
        slab = data.get("current_slab")
        tier = as_str(slab.get("name")) if isinstance(slab, dict) else as_str(slab)
        cards = tuple(
            as_str(card.get("card_number") or card.get("number"))
            for card in as_list(dig(data, "card_details", "card") or data.get("cards"))
            if isinstance(card, dict)
        )
        fraud = dig(data, "fraud_details", "status")
        return cls(
            user_id=as_str(data.get("user_id") or data.get("id")),
            firstname=as_str(data.get("firstname")),
            lastname=as_str(data.get("lastname")),
            mobile=as_str(data.get("mobile")),
            email=as_str(data.get("email")),
            external_id=as_str(data.get("external_id")),
            card_numbers=tuple(card for card in cards if card),
            loyalty_points=as_decimal(data.get("loyalty_points"), ZERO) or ZERO,
            lifetime_points=as_decimal(data.get("lifetime_points"), ZERO) or ZERO,
            tier=tier,
            registered_on=as_str(data.get("registered_on")),
            fraud_status=as_str(fraud),
            item_status=ItemStatus.from_json(data.get("item_status")),
            programs=tuple(
                program
                for program in map(ProgramBalance.from_json, as_list(dig(data, "points_summaries", "points_summary")))
                if program.program_id
            ),
        )

    def program(self, program_id: str) -> ProgramBalance | None:
        return next((p for p in self.programs if p.program_id == program_id), None)

    def balance_in(self, program_id: str) -> Decimal:
        """Points redeemable in this program (the plain balance when none is chosen or known)."""
        chosen = self.program(program_id) if program_id else None
        return chosen.points if chosen else self.loyalty_points


@dataclass(frozen=True)
class Redeemability:
    is_redeemable: bool
    points: Decimal
    points_redeem_value: Decimal
    points_redeem_local_value: Decimal
    points_currency_ratio: Decimal | None
    input_type: str
    item_status: ItemStatus

    @property
    def otp_not_sent(self) -> bool:
        """Redeemable, but the OTP asked for could not be sent (876 and kin)."""
        return self.item_status.code in {860, 874, 875, 876}

    @classmethod
    def from_json(cls, data: Any) -> Redeemability:
        data = as_dict(data)
        return cls(
            is_redeemable=as_bool(data.get("is_redeemable")),
            points=as_decimal(data.get("points"), ZERO) or ZERO,
            points_redeem_value=as_decimal(data.get("points_redeem_value"), ZERO) or ZERO,
            points_redeem_local_value=as_decimal(data.get("points_redeem_local_value"), ZERO) or ZERO,
            points_currency_ratio=as_decimal(data.get("points_currency_ratio")),
            input_type=as_str(data.get("input_type"), "points"),
            item_status=ItemStatus.from_json(data.get("item_status")),
        )


@dataclass(frozen=True)
class ValidationCodeIssued:
    item_status: ItemStatus


@dataclass(frozen=True)
class SideEffect:
    type: str
    num_points: Decimal
    currency_value: Decimal
    bill_number: str

    @classmethod
    def from_json(cls, data: Any) -> SideEffect:
        data = as_dict(data)
        return cls(
            type=as_str(data.get("type")),
            num_points=as_decimal(data.get("num_points"), ZERO) or ZERO,
            currency_value=as_decimal(data.get("currency_value"), ZERO) or ZERO,
            bill_number=as_str(data.get("redeemed_on_bill_number")),
        )


@dataclass(frozen=True)
class Redemption:
    redemption_id: str
    points_redeemed: Decimal
    redeemed_value: Decimal
    redeemed_local_value: Decimal
    balance: Decimal | None
    mobile: str
    user_id: str
    side_effects: tuple[SideEffect, ...]
    item_status: ItemStatus
    request_id: str = ""

    @classmethod
    def from_json(cls, data: Any, request_id: str = "") -> Redemption:
        data = as_dict(data)
        return cls(
            redemption_id=as_str(data.get("redemption_id")),
            points_redeemed=as_decimal(data.get("points_redeemed"), ZERO) or ZERO,
            redeemed_value=as_decimal(data.get("redeemed_value"), ZERO) or ZERO,
            redeemed_local_value=as_decimal(data.get("redeemed_local_value"), ZERO) or ZERO,
            balance=as_decimal(data.get("balance")),
            mobile=as_str(data.get("mobile")),
            user_id=as_str(data.get("user_id")),
            side_effects=tuple(SideEffect.from_json(effect) for effect in as_list(dig(data, "side_effects", "effect"))),
            item_status=ItemStatus.from_json(data.get("item_status")),
            request_id=request_id,
        )


@dataclass(frozen=True)
class HistoryEntry:
    redemption_id: str
    program_id: str
    points_redeemed: Decimal
    transaction_number: str
    redeemed_time: str
    redeemed_store: str
    redeemed_till: str
    notes: str
    external_reference_number: str
    reversed_points: Decimal

    @classmethod
    def from_json(cls, data: Any) -> HistoryEntry:
        data = as_dict(data)
        store = data.get("redeemed_store")
        till = data.get("redeemed_till")
        reversals = as_list(dig(data, "reversals", "reversal") or data.get("reversals"))
        reversed_points = sum((as_decimal(as_dict(r).get("points_reversed"), ZERO) or ZERO for r in reversals), ZERO)
        return cls(
            redemption_id=as_str(data.get("id") or data.get("redemption_id")),
            program_id=as_str(data.get("program_id")),
            points_redeemed=as_decimal(data.get("points_redeemed"), ZERO) or ZERO,
            transaction_number=as_str(data.get("transaction_number")),
            redeemed_time=as_str(data.get("redeemed_time")),
            redeemed_store=as_str(store.get("code") if isinstance(store, dict) else store),
            redeemed_till=as_str(till.get("code") if isinstance(till, dict) else till),
            notes=as_str(data.get("notes")),
            external_reference_number=as_str(data.get("external_reference_number")),
            reversed_points=reversed_points,
        )


@dataclass(frozen=True)
class Reversal:
    redemption_id: str
    points_reversed: Decimal
    reversal_id: str
    customer_id: str
    warnings: tuple[str, ...]

    @classmethod
    def from_json(cls, data: Any) -> Reversal:
        data = as_dict(data)
        return cls(
            redemption_id=as_str(data.get("redemptionId")),
            points_reversed=as_decimal(data.get("pointsReversed"), ZERO) or ZERO,
            reversal_id=as_str(data.get("reversalId")),
            customer_id=as_str(data.get("customerId")),
            warnings=tuple(
                as_str(w if not isinstance(w, dict) else w.get("message")) for w in as_list(data.get("warnings"))
            ),
        )


WORKFLOW_WAITING = "AdminTask"
WORKFLOW_FINAL_STATES = frozenset({"approved", "rejected", "failed"})


@dataclass(frozen=True)
class WorkflowRequest:
    request_id: str
    state: str
    request_type: str
    start_time: str
    end_time: str
    inner_output: JsonDict = field(default_factory=dict)

    @property
    def is_final(self) -> bool:
        return self.state.lower() in WORKFLOW_FINAL_STATES

    @classmethod
    def from_json(cls, data: Any) -> WorkflowRequest:
        data = as_dict(data)
        details = as_dict(data.get("details"))
        output = as_dict(details.get("IntouchAPITask_Output") or details.get("IntouchAPITask-Output"))
        return cls(
            request_id=as_str(data.get("requestId")),
            state=as_str(data.get("state")),
            request_type=as_str(data.get("requestType")),
            start_time=as_str(data.get("startTime")),
            end_time=as_str(data.get("endTime")),
            inner_output=output,
        )
