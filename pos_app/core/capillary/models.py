"""Typed results of the calls, each built leniently from the service's JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from pos_app.core.capillary.codes import OTP_NOT_SENT_CODES, fraud_blocks
from pos_app.core.capillary.parse import (
    JsonDict,
    as_bool,
    as_code,
    as_decimal,
    as_dict,
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
        return cls(as_bool(data.get("success")), as_code(data.get("code")), as_str(data.get("message")))


def name_values(fields: Any) -> tuple[tuple[str, str], ...]:
    """``custom_fields.field`` as (name, value) pairs: a list of them, or one lone object."""
    pairs = ((as_str(as_dict(f).get("name")), as_str(as_dict(f).get("value"))) for f in as_list(fields))
    return tuple((name, value) for name, value in pairs if name)


def warning_texts(value: Any) -> tuple[str, ...]:
    """``warnings`` as ``[]``, a list of codes or objects, or ``{"warning": ["1017"]}``."""
    items = as_list(value.get("warning") if isinstance(value, dict) and "warning" in value else value)
    texts = (as_str(w.get("message") or w.get("code")) if isinstance(w, dict) else as_str(w) for w in items)
    return tuple(text for text in texts if text)


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
    custom_fields: tuple[tuple[str, str], ...] = ()

    @property
    def name(self) -> str:
        return " ".join(part for part in (self.firstname, self.lastname) if part)

    @property
    def blocked(self) -> bool:
        """A fraud status other than none / not-fraud (MARKED, CONFIRMED, RECONFIRMED, INTERNAL, ...):
        no redemption may be offered."""
        return fraud_blocks(self.fraud_status)

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
        fraud = dig(data, "fraud_details", "status") or dig(data, "fraudDetails", "status")
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
            custom_fields=name_values(dig(data, "custom_fields", "field")),
        )

    def program(self, program_id: str) -> ProgramBalance | None:
        return next((p for p in self.programs if p.program_id == program_id), None)

    def program_redeemed_in(self, program_id: str) -> ProgramBalance | None:
        """The program a redemption is in: the one chosen, else the customer's only one (the
        service takes it when none is named); None when that is not known."""
        if program_id:
            return self.program(program_id)
        return self.programs[0] if len(self.programs) == 1 else None

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
        return self.item_status.code in OTP_NOT_SENT_CODES

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
class HistoryReversal:
    reversal_id: str
    points_reversed: Decimal
    reversal_time: str
    till_id: str

    @classmethod
    def from_json(cls, data: Any) -> HistoryReversal:
        data = as_dict(data)
        return cls(
            reversal_id=as_str(data.get("reversal_id")),
            points_reversed=as_decimal(data.get("points_reversed"), ZERO) or ZERO,
            reversal_time=as_str(data.get("reversal_time") or data.get("reversed_on")),
            till_id=as_str(data.get("reversed_on_till_id")),
        )


def _code_of(place: Any) -> str:
    """``redeemed_store`` / ``redeemed_till``: ``{"code", "name"}`` or a bare code."""
    return as_str(place.get("code") if isinstance(place, dict) else place)


@dataclass(frozen=True)
class HistoryEntry:
    """One row of ``customer/redemptions``.

    ``history_id`` is the numeric "Redemption ID" of the history; a reversal needs the short
    alphanumeric code the redeem call answered, which documented rows do not carry
    (``redemption_code`` is empty unless a row happens to). Documented rows carry no
    ``external_reference_number`` either.
    """

    history_id: str
    redemption_code: str
    program_id: str
    points_redeemed: Decimal
    transaction_number: str
    redeemed_time: str
    redeemed_at: str
    redeemed_store: str
    redeemed_till: str
    notes: str
    external_reference_number: str
    reversals: tuple[HistoryReversal, ...] = ()

    @property
    def reversed_points(self) -> Decimal:
        return sum((r.points_reversed for r in self.reversals), ZERO)

    @classmethod
    def from_json(cls, data: Any) -> HistoryEntry:
        data = as_dict(data)
        raw_reversals = data.get("reversals")
        if isinstance(raw_reversals, dict) and "reversal" in raw_reversals:
            raw_reversals = raw_reversals["reversal"]
        return cls(
            history_id=as_str(data.get("id")),
            redemption_code=as_str(data.get("redemption_id")),
            program_id=as_str(data.get("program_id")),
            points_redeemed=as_decimal(data.get("points_redeemed"), ZERO) or ZERO,
            transaction_number=as_str(data.get("transaction_number")),
            redeemed_time=as_str(data.get("redeemed_time")),
            redeemed_at=as_str(data.get("redeemed_at")),
            redeemed_store=_code_of(data.get("redeemed_store")),
            redeemed_till=_code_of(data.get("redeemed_till")),
            notes=as_str(data.get("notes")),
            external_reference_number=as_str(data.get("external_reference_number")),
            reversals=tuple(HistoryReversal.from_json(r) for r in as_list(raw_reversals) if isinstance(r, dict)),
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
            warnings=warning_texts(data.get("warnings")),
        )


WORKFLOW_WAITING = "AdminTask"
WORKFLOW_FINAL_STATES = frozenset({"approved", "rejected", "failed"})


@dataclass(frozen=True)
class TaskOutput:
    """``IntouchAPITask_Output``: the wrapped call's answer once a checker approved it.

    On the wire: ``"status": 200.0`` and every header a list (``"status_code": ["744"]``)."""

    status: int | None = None
    headers: tuple[tuple[str, str], ...] = ()
    body: JsonDict = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: Any) -> TaskOutput:
        data = as_dict(data)
        headers = tuple(
            (str(name).lower(), as_str(values[0]) if values else "")
            for name, raw in as_dict(data.get("headers")).items()
            for values in [as_list(raw)]
        )
        return cls(as_code(data.get("status")), headers, as_dict(data.get("body")))

    def header(self, name: str) -> str:
        return next((value for key, value in self.headers if key == name.lower()), "")

    @property
    def points(self) -> JsonDict:
        """The redeem answer's ``responses.points`` item (lone or first of a list)."""
        inner = as_dict(self.body.get("response")) or self.body
        items = as_list(dig(inner, "responses", "points"))
        return as_dict(items[0]) if items else {}

    @property
    def code(self) -> int | None:
        """The redeem's item code: from the body's item status, else the ``status_code`` header."""
        found = as_code(dig(self.points, "item_status", "code"))
        return found if found is not None else as_code(self.header("status_code"))

    @property
    def message(self) -> str:
        return as_str(dig(self.points, "item_status", "message"))

    @property
    def redemption_id(self) -> str:
        return as_str(self.points.get("redemption_id"))


@dataclass(frozen=True)
class WorkflowRequest:
    request_id: str
    state: str
    request_type: str
    start_time: str
    end_time: str
    output: TaskOutput = field(default_factory=TaskOutput)

    @property
    def is_final(self) -> bool:
        return self.state.lower() in WORKFLOW_FINAL_STATES

    @classmethod
    def from_json(cls, data: Any) -> WorkflowRequest:
        data = as_dict(data)
        details = as_dict(data.get("details"))
        output = details.get("IntouchAPITask_Output") or details.get("IntouchAPITask-Output")
        return cls(
            request_id=as_str(data.get("requestId")),
            state=as_str(data.get("state")),
            request_type=as_str(data.get("requestType")),
            start_time=as_str(data.get("startTime")),
            end_time=as_str(data.get("endTime")),
            output=TaskOutput.from_json(output),
        )


# Where a group's answer may keep its points per program: documented as "program details",
# written by some orgs' versions under other names. Every one of them is read.
_GROUP_PROGRAM_LISTS = ("loyaltyDetails", "programDetails", "programsDetails", "groupProgramDetails", "programs")
_GROUP_POINTS = ("loyaltyPoints", "currentPoints", "totalAvailablePoints", "redeemablePoints", "points")


def _first_of(data: JsonDict, names: tuple[str, ...]) -> Any:
    return next((data[name] for name in names if data.get(name) not in (None, "")), None)


@dataclass(frozen=True)
class FamilyPoints:
    """A user group (family) and its points per program, from ``GET /v2/userGroup2``."""

    group_id: str
    external_id: str
    name: str
    points_by_program: tuple[tuple[str, Decimal], ...]  # ("", points): the answer named no program

    @classmethod
    def from_json(cls, data: Any) -> FamilyPoints:
        data = as_dict(_first(data))
        rows = [as_dict(row) for name in _GROUP_PROGRAM_LISTS for row in as_list(data.get(name))]
        if _first_of(data, _GROUP_POINTS) is not None:  # the points on the group itself
            rows.append(data)
        found: list[tuple[str, Decimal]] = []
        for row in rows:
            points = as_decimal(_first_of(row, _GROUP_POINTS))
            if points is not None:
                found.append((as_str(_first_of(row, ("programId", "program_id"))), points))
        return cls(
            group_id=as_str(_first_of(data, ("id", "groupId", "group_id"))),
            external_id=as_str(_first_of(data, ("externalId", "groupExternalId", "external_id"))),
            name=as_str(_first_of(data, ("groupName", "name"))),
            points_by_program=tuple(found),
        )

    @property
    def known(self) -> bool:
        return bool(self.points_by_program)

    def balance_in(self, program_id: str = "") -> Decimal | None:
        """The family's points in this program ("": the first the answer gave); None: not given."""
        exact = [points for program, points in self.points_by_program if program == program_id]
        unnamed = [points for program, points in self.points_by_program if not program]
        if exact or unnamed:
            return (exact or unnamed)[0]
        return self.points_by_program[0][1] if self.points_by_program and not program_id else None

    @property
    def shown_name(self) -> str:
        """How the till and the receipt name the family: its external id, else its id."""
        return self.external_id or self.group_id


def _first(value: Any) -> Any:
    items = as_list(value)
    return items[0] if items else {}
