"""What the caller hands to the client: who the customer is and what to redeem."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Literal

IdentifierKind = Literal["mobile", "card_number", "email", "external_id", "card_external_id", "id"]

# v2/points/reverse names identifier types in capitals ("ID", "PHONE", "EMAIL" in the reference;
# the card and external-id names follow the same form).
_V2_TYPES = {
    "mobile": "PHONE",
    "card_number": "CARD_NUMBER",
    "email": "EMAIL",
    "external_id": "EXTERNAL_ID",
    "card_external_id": "CARD_EXTERNAL_ID",
    "id": "ID",
}


@dataclass(frozen=True)
class Identifier:
    kind: IdentifierKind
    value: str

    def as_params(self) -> dict[str, str]:
        return {self.kind: self.value}

    def as_v2(self) -> dict[str, str]:
        return {"type": _V2_TYPES[self.kind], "value": self.value}


_GROUP_PARAMS = {  # query parameter -> GroupRef field
    "user_group2_id": "group_id",
    "user_group2_external_id": "external_id",
    "user_group2_primary_user_id": "primary_user_id",
    "user_group2_primary_user_source": "primary_user_source",
    "user_group2_primary_user_accountId": "primary_user_account_id",
    "user_group2_primary_user_identifier_type": "primary_user_identifier_type",
    "user_group2_primary_user_identifier_value": "primary_user_identifier_value",
}


USE_DEFAULT_GROUP = "use_default_user_group2"


@dataclass(frozen=True)
class GroupRef:
    """The ``user_group2_*`` parameters of a group (family) redemption; empty = none."""

    group_id: str = ""
    external_id: str = ""
    primary_user_id: str = ""
    primary_user_source: str = ""
    primary_user_account_id: str = ""
    primary_user_identifier_type: str = ""
    primary_user_identifier_value: str = ""
    use_default: bool = False  # use_default_user_group2: the customer's default group

    def as_params(self) -> dict[str, str]:
        values = {name: getattr(self, attribute) for name, attribute in _GROUP_PARAMS.items()}
        params = {name: value for name, value in values.items() if value}
        if self.use_default:
            params[USE_DEFAULT_GROUP] = "true"
        return params

    @classmethod
    def from_params(cls, params: dict[str, str]) -> GroupRef:
        """The reverse of ``as_params`` (as kept in the offline queue)."""
        fields = {_GROUP_PARAMS[name]: str(value) for name, value in params.items() if name in _GROUP_PARAMS}
        return cls(**fields, use_default=str(params.get(USE_DEFAULT_GROUP, "")).lower() == "true")


class ValidationType(StrEnum):
    """How the customer confirms a redemption (the API's ``validation_type``)."""

    SMS = "SMS"  # a code sent by SMS, typed at the till
    MISSED_CALL = "MISSED_CALL"  # a missed call from the registered mobile
    INVALID = "INVALID"  # sent with skip_validation: no confirmation

    @classmethod
    def of(cls, text: str) -> ValidationType | None:
        """The type a row or a form names; None for none (or one this version does not know)."""
        try:
            return cls(text)
        except ValueError:
            return None


@dataclass(frozen=True)
class RedeemRequest:
    identifier: Identifier
    points: Decimal
    transaction_number: str
    external_reference_number: str
    validation_code: str = ""
    validation_type: ValidationType | None = None
    skip_validation: bool = False
    notes: str = ""
    custom_fields: dict[str, str] = field(default_factory=dict)
    redemption_time: datetime | None = None
    redemption_purpose: str = ""
    till_id: str = ""
    program_id: str = ""
    group: GroupRef = field(default_factory=GroupRef)

    def body_item(self) -> dict[str, object]:
        """One element of ``root.redeem``: the seed's fields, empty ones left out."""
        item: dict[str, object] = {
            "points_redeemed": format_points(self.points),
            "customer": self.identifier.as_params(),
            "transaction_number": self.transaction_number,
            "external_reference_number": self.external_reference_number,
        }
        optional: dict[str, object] = {
            "validation_code": self.validation_code,
            "notes": self.notes,
            "redemption_purpose": self.redemption_purpose,
            "till_id": self.till_id,
        }
        if self.redemption_time is not None:
            optional["redemption_time"] = self.redemption_time.strftime("%Y-%m-%d %H:%M:%S")
        if self.custom_fields:
            optional["custom_fields"] = {"field": [{"name": k, "value": v} for k, v in self.custom_fields.items()]}
        item.update({key: value for key, value in optional.items() if value})
        return item

    def query(self) -> dict[str, str]:
        params: dict[str, str] = {"format": "json"}
        if self.program_id:
            params["program_id"] = self.program_id
        params["skip_validation"] = "true" if self.skip_validation else "false"
        if self.validation_type and not self.skip_validation:
            params["validation_type"] = self.validation_type
        params.update(self.group.as_params())
        return params


def format_points(points: Decimal) -> str:
    """Points as the API wants them: no exponent, no trailing zeros (``10``, ``2.5``)."""
    return format(points.normalize(), "f")


def points_number(points: Decimal) -> int | float:
    """Points as a JSON number, for the v2 calls that document a number (``10``, ``2.5``)."""
    normal = points.normalize()
    return int(normal) if normal == normal.to_integral_value() else float(normal)


def format_money(value: Decimal) -> str:
    """A currency amount as people read it: two decimals (``37.50``), more only if the value has them."""
    exponent = value.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        return format(value.normalize(), "f")
    return format(value.quantize(Decimal("0.01")), "f")
