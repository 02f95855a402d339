"""The simulated loyalty organisation: customers, OTPs, redemptions, reversals, requests.

Every public method takes the request's parts and returns an ``Answer`` in the shape the
real service uses. One lock serialises changes, as the real service does per customer.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import string
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from pos_app.sim.shapes import envelope, item_status

IDENTIFIER_KEYS = ("mobile", "card_number", "email", "external_id", "card_external_id", "id")
FIRST_HISTORY_ID = 121600  # customer/redemptions numbers its rows; the redeem answers a short code


@dataclass
class Answer:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)
    v1: bool = True  # the v1.1 quirks apply only to v1.1 answers


@dataclass
class Otp:
    code: str
    issued_at: float
    points: Decimal


def num(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _decimal(value: Any) -> Decimal | None:
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def _truthy(value: Any) -> bool:
    return str(value).strip().lower() in {"true", "1"}


class Rejection(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class LoyaltyState:
    def __init__(self, data: dict[str, Any], clock: Any = time.time) -> None:
        self.data = data
        self.clock = clock
        self.lock = threading.RLock()
        self.rules = data["rules"]
        self.customers: dict[str, dict[str, Any]] = {}
        for raw in data["customers"]:
            customer = dict(raw)
            customer["points"] = Decimal(str(customer.get("points", 0)))  # in the org's first program
            # Balances in the org's other programs, by program id (multi-program orgs).
            customer["other_programs"] = {
                str(k): Decimal(str(v)) for k, v in (customer.get("other_programs") or {}).items()
            }
            self.customers[str(customer["user_id"])] = customer
        self.by_mobile = {str(c["mobile"]): c for c in self.customers.values()}  # the usual identifier
        self.groups = {str(g["id"]): {**g, "points": Decimal(str(g["points"]))} for g in data.get("groups", [])}
        self.otps: dict[str, Otp] = {}
        self.otp_counts: dict[tuple[str, str], int] = {}
        self.missed_calls: dict[str, float] = {}
        self.ledger: list[dict[str, Any]] = []
        self.by_reference: dict[str, dict[str, Any]] = {}
        self.by_redemption_id: dict[str, dict[str, Any]] = {}
        self.tokens: dict[str, tuple[str, float]] = {}
        self.requests: dict[str, dict[str, Any]] = {}
        self.calls: dict[str, deque[float]] = {}
        self.rate_limited = 0
        # Per API key (tills with the same till code share one key and its limit): calls
        # answered, calls refused with 429, and calls by endpoint (what a till's flow costs).
        self.answered_by_key: Counter[str] = Counter()
        self.limited_by_key: Counter[str] = Counter()
        self.calls_by_endpoint: Counter[str] = Counter()

    # -- who is calling -----------------------------------------------------------------

    def authenticate(self, headers: Any) -> str | None:
        """The till (or OAuth key) a request comes from, or None if its credentials fail."""
        token = headers.get("X-CAP-API-OAUTH-TOKEN")
        if token:
            key, expires = self.tokens.get(token, ("", 0.0))
            return key if key and self.clock() < expires else None
        auth = headers.get("Authorization", "")
        if not auth.startswith("Basic "):
            return None
        try:
            till, _, digest = base64.b64decode(auth[6:]).decode().partition(":")
        except (ValueError, UnicodeDecodeError):
            return None
        till_info = self.data["tills"].get(till)
        if not till_info:
            return None
        expected = hashlib.md5(str(till_info["password"]).encode()).hexdigest()
        return till if secrets.compare_digest(expected, digest.lower()) else None

    def rate_limit(self, key: str, endpoint: str = "") -> float | None:
        """Seconds to wait if ``key`` has used its calls for the minute, else None.

        The limit is the key's, whichever till calls with it: tills sharing a till code share it."""
        limit = int(self.data.get("rate_limit_per_minute", 1000))
        now = self.clock()
        with self.lock:
            window = self.calls.setdefault(key, deque())
            while window and window[0] <= now - 60:
                window.popleft()
            if len(window) >= limit:
                self.rate_limited += 1
                self.limited_by_key[key] += 1
                return max(1.0, 60.0 - (float(now) - window[0]))
            window.append(now)
            self.answered_by_key[key] += 1
            if endpoint:
                self.calls_by_endpoint[endpoint] += 1
            return None

    def stats(self) -> dict[str, Any]:
        """What ``/__sim/stats`` reports: 429s in all and per key, calls per key and endpoint."""
        with self.lock:
            keys = sorted(set(self.answered_by_key) | set(self.limited_by_key))
            return {
                "rate_limited": self.rate_limited,
                "redemptions": len(self.ledger),
                "limit_per_minute": int(self.data.get("rate_limit_per_minute", 1000)),
                "keys": {
                    key: {"answered": self.answered_by_key[key], "rate_limited": self.limited_by_key[key]}
                    for key in keys
                },
                "calls_by_endpoint": dict(self.calls_by_endpoint),
            }

    def issue_token(self, body: Any) -> Answer:
        body = body if isinstance(body, dict) else {}
        client = self.data["oauth_clients"].get(str(body.get("key", "")))
        if not client or not secrets.compare_digest(str(client["secret"]), str(body.get("secret", ""))):
            return Answer(401, {"data": None, "errors": [{"code": 401, "message": "Invalid key or secret"}]}, v1=False)
        ttl = int(self.data.get("oauth_ttl_seconds", 300))
        token = "sim." + secrets.token_urlsafe(24)
        with self.lock:
            self.tokens[token] = (str(body["key"]), self.clock() + ttl)
        return Answer(200, {"data": {"accessToken": token, "ttlSeconds": ttl}, "errors": None}, v1=False)

    def unauthorized(self) -> Answer:
        body = envelope(False)
        body["response"]["status"] = {"success": "false", "code": 401, "message": "Unauthorized"}
        status = 200 if self.data["quirks"].get("auth_in_body") else 401
        return Answer(status, body)

    # -- customers ----------------------------------------------------------------------

    def find(self, params: dict[str, Any]) -> dict[str, Any]:
        for key in IDENTIFIER_KEYS:
            value = str(params.get(key, "") or "").strip()
            if not value:
                continue
            if key == "mobile":
                if value in self.by_mobile:
                    return self.by_mobile[value]
                raise Rejection(816, "Customer not found")
            for customer in self.customers.values():
                if (
                    (key == "id" and customer["user_id"] == value)
                    or (key in ("card_number", "card_external_id") and value in customer.get("cards", []))
                    or (key not in ("id", "card_number", "card_external_id") and customer.get(key) == value)
                ):
                    return customer
            raise Rejection(816, "Customer not found")
        raise Rejection(802, "Invalid customer identifier")

    def _default_program(self) -> str:
        programs = self.data.get("programs") or []
        return str(programs[0]["id"]) if programs else ""

    def _wallet(
        self, customer: dict[str, Any], program_id: str, group: dict[str, Any] | None = None
    ) -> tuple[dict[str, Any], str]:
        """Where the points of a redemption live: the group's, another program's, or the customer's."""
        if group is not None:
            return group, "points"
        if program_id and program_id != self._default_program():
            customer["other_programs"].setdefault(program_id, Decimal(0))
            return customer["other_programs"], program_id
        return customer, "points"

    def _points_summaries(self, customer: dict[str, Any]) -> dict[str, Any]:
        """``mlp=true``: one summary per program the customer is in, numbers as strings."""
        names = {str(p["id"]): str(p.get("name", "")) for p in self.data.get("programs") or []}
        balances = {self._default_program(): customer["points"], **customer["other_programs"]}
        return {
            "points_summary": [
                {
                    "programId": program_id,
                    "program_title": names.get(program_id, ""),
                    "program_description": "",
                    "loyaltyPoints": num(points),
                    "redeemed": "0",
                    "program_points_to_currency_ratio": str(self._ratio(program_id).normalize()),
                }
                for program_id, points in balances.items()
                if program_id
            ]
        }

    @staticmethod
    def fraud_status(customer: dict[str, Any]) -> str:
        """``fraud_details.status``: a data file's ``fraud_status``, or MARKED for ``"fraud": true``."""
        return str(customer.get("fraud_status") or ("MARKED" if customer.get("fraud") else "NONE"))

    def _customer_json(self, customer: dict[str, Any]) -> dict[str, Any]:
        fields = [{"name": k, "value": v} for k, v in (customer.get("custom_fields") or {}).items()]
        return {
            "firstname": customer["firstname"],
            "lastname": customer["lastname"],
            "mobile": customer["mobile"],
            "email": customer.get("email") or None,  # absent strings are null in the documented answers
            "external_id": customer.get("external_id") or None,
            "user_id": customer["user_id"],
            "loyalty_points": num(customer["points"]),
            "lifetime_points": customer.get("lifetime_points", 0),
            "current_slab": customer.get("tier", ""),
            "registered_on": customer.get("registered_on", ""),
            "card_details": {"card": [{"card_number": c, "status": "ACTIVE"} for c in customer.get("cards", [])]},
            "fraud_details": {"status": self.fraud_status(customer), "marked_by": [], "modified_on": []},
            # One custom field arrives as a lone object, several as a list.
            "custom_fields": {"field": fields[0] if len(fields) == 1 else fields},
            "item_status": item_status(1000, "Customer successfully retrieved"),
        }

    def get_customer(self, params: dict[str, Any]) -> Answer:
        try:
            customer = self.find(params)
            if customer.get("enrolled", True) is False:
                raise Rejection(1013, "Customer is not a loyalty member")
            if customer.get("fraud"):
                raise Rejection(618, "Customer is marked as fraud")
        except Rejection as no:
            item = {
                **{k: params.get(k, "") for k in ("mobile", "email", "external_id")},
                "item_status": item_status(1012 if no.code == 816 else no.code, no.message),
            }
            return Answer(200, envelope(False, customers={"customer": [item]}))
        found = self._customer_json(customer)
        program_id = str(params.get("program_id", "") or "")
        if program_id:  # the balance of the program asked about
            holder, key = self._wallet(customer, program_id)
            found["loyalty_points"] = num(holder[key])
        if _truthy(params.get("mlp")):
            found["points_summaries"] = self._points_summaries(customer)
        return Answer(200, envelope(True, customers={"customer": [found]}))

    # -- rules --------------------------------------------------------------------------

    def _points(self, raw: Any) -> Decimal:
        points = _decimal(raw)
        if points is None or points <= 0:
            raise Rejection(801, "Trying to redeem invalid points")
        if -points.as_tuple().exponent > 3:  # type: ignore[operator]
            raise Rejection(878, "Invalid decimal precision in points redeemed")
        return points

    def _check_rules(
        self, customer: dict[str, Any], points: Decimal, program_id: str, group: dict[str, Any] | None = None
    ) -> None:
        if customer.get("enrolled", True) is False:
            raise Rejection(1013, "Customer is not a loyalty member")
        if customer.get("fraud"):
            raise Rejection(820, "Customer is marked as fraud; redemption not allowed")
        if self.fraud_status(customer).upper() not in ("NONE", "NOT_FRAUD"):
            raise Rejection(
                3045,
                f"Points Redemption is not allowed for the customer with id {customer['user_id']} "
                "as the status is fraud",
            )
        if program_id and program_id not in {str(p["id"]) for p in self.data["programs"]}:
            raise Rejection(1101, "invalid programId passed")
        maximum = self.rules.get("max_per_redemption")
        if maximum and points > Decimal(str(maximum)):
            raise Rejection(819, f"Points exceed the maximum of {maximum} per redemption")
        minimum = self.rules.get("min_per_redemption")
        if minimum and points < Decimal(str(minimum)):
            raise Rejection(821, f"Points are below the minimum of {minimum} per redemption")
        step = Decimal(str(self.rules.get("multiple_of") or 0))
        if step and points % step:
            raise Rejection(807, f"Points should be in multiples of {num(step)}")
        holder, key = self._wallet(customer, program_id, group)
        if points > holder[key]:
            raise Rejection(818, "Current points are less than points requested for redemption")

    def _group(self, params: dict[str, Any], customer: dict[str, Any] | None = None) -> dict[str, Any] | None:
        wanted = {k: str(v) for k, v in params.items() if k.startswith("user_group2_") and v}
        if _truthy(params.get("use_default_user_group2")) and customer is not None:
            wanted.setdefault("user_group2_primary_user_id", customer["user_id"])  # the group they head
        if not wanted:
            return None
        for group in self.groups.values():
            if (
                wanted.get("user_group2_id") in (None, group["id"])
                and wanted.get("user_group2_external_id") in (None, group["external_id"])
                and wanted.get("user_group2_primary_user_id") in (None, group["primary_user_id"])
            ):
                return group
        raise Rejection(1632, "Invalid or non-existent groupId")

    def _ratio(self, program_id: str = "") -> Decimal:
        """One point's worth: the program's own ratio where the data gives one, else the org's."""
        for program in self.data.get("programs") or []:
            if str(program["id"]) == program_id and program.get("points_currency_ratio"):
                return Decimal(str(program["points_currency_ratio"]))
        return Decimal(str(self.rules.get("points_currency_ratio", "1")))

    # -- OTP ----------------------------------------------------------------------------

    def _issue_otp(self, customer: dict[str, Any], points: Decimal) -> None:
        now = self.clock()
        validity = float(self.data["otp"]["validity_seconds"])
        current = self.otps.get(customer["user_id"])
        if current and now - current.issued_at < validity:
            current.points = points  # inside the window the same code is sent again
            return
        day = (customer["user_id"], datetime.fromtimestamp(now).strftime("%Y-%m-%d"))
        if self.otp_counts.get(day, 0) >= int(self.data["otp"]["max_per_day"]):
            raise Rejection(876, "Points redeemable but OTP generation failed: daily limit reached")
        self.otp_counts[day] = self.otp_counts.get(day, 0) + 1
        length = int(self.data["otp"].get("length", 6))
        code = "".join(secrets.choice(string.digits) for _ in range(length))
        self.otps[customer["user_id"]] = Otp(code, now, points)

    def _validate(self, customer: dict[str, Any], code: str, validation_type: str, consume: bool) -> None:
        now = self.clock()
        validity = float(self.data["otp"]["validity_seconds"])
        if validation_type == "MISSED_CALL":
            if not self.rules.get("missed_call_enabled", True):
                raise Rejection(823, "Missed call validation is not enabled")
            called = self.missed_calls.get(customer["user_id"])
            if called is None or now - called > validity:
                raise Rejection(822, "Missed call not received from the customer")
            if consume:
                del self.missed_calls[customer["user_id"]]
            return
        otp = self.otps.get(customer["user_id"])
        if (
            not code
            or otp is None
            or now - otp.issued_at > validity
            or not secrets.compare_digest(otp.code, code.strip().upper())
        ):
            raise Rejection(808, "Invalid validation code")
        if consume:
            del self.otps[customer["user_id"]]

    def current_otp(self, mobile: str) -> str | None:
        with self.lock:
            for customer in self.customers.values():
                if customer["mobile"] == mobile and customer["user_id"] in self.otps:
                    return self.otps[customer["user_id"]].code
        return None

    def missed_call(self, mobile: str) -> bool:
        with self.lock:
            for customer in self.customers.values():
                if customer["mobile"] == mobile:
                    self.missed_calls[customer["user_id"]] = self.clock()
                    return True
        return False

    # -- points/isredeemable and points/validationcode -----------------------------------

    def is_redeemable(self, params: dict[str, Any]) -> Answer:
        echo = {k: params.get(k, "") for k in ("mobile", "email", "external_id")}
        currency = _truthy(params.get("currency_input"))
        ratio = self._ratio(str(params.get("program_id", "") or ""))
        local_ratio = Decimal(str(self.rules.get("local_currency_ratio", "1")))
        with self.lock:
            try:
                customer = self.find(params)
                echo.update(
                    mobile=customer["mobile"],
                    email=customer.get("email", ""),
                    external_id=customer.get("external_id", ""),
                )
                asked = self._points(params.get("points"))
                points = (asked / ratio).quantize(Decimal("0.001")).normalize() if currency else asked
                self._check_rules(
                    customer, points, str(params.get("program_id", "") or ""), self._group(params, customer)
                )
                if params.get("validation_code"):
                    self._validate(
                        customer,
                        str(params["validation_code"]),
                        str(params.get("validation_type", "SMS")),
                        consume=False,
                    )
                code, message = 800, "Points can be redeemed"
                if _truthy(params.get("issue_otp")) and params.get("validation_type") != "MISSED_CALL":
                    try:
                        self._issue_otp(customer, points)
                    except Rejection as no:
                        code, message = no.code, no.message
            except Rejection as no:
                item = {
                    **echo,
                    "points": params.get("points", ""),
                    "is_redeemable": "false",
                    "item_status": item_status(no.code, no.message),
                }
                return Answer(200, envelope(False, points={"redeemable": item}))
        value = points * ratio
        item = {
            **echo,
            "points": num(points),
            "is_redeemable": "true",
            "points_redeem_value": num(value),
            "points_redeem_local_value": num(value * local_ratio),
            "input_type": "currency" if currency else "points",
            "points_currency_ratio": str(ratio.normalize()),
            "item_status": item_status(code, message),
        }
        if code != 800:  # 876: redeemable, but the OTP was not sent
            item["item_status"]["success"] = "false"
        return Answer(200, envelope(code == 800, points={"redeemable": item}))

    def issue_validation_code(self, params: dict[str, Any]) -> Answer:
        with self.lock:
            try:
                customer = self.find(params)
                points = self._points(params.get("points", "1"))
                self._issue_otp(customer, points)
            except Rejection as no:
                item = {"mobile": params.get("mobile", ""), "item_status": item_status(no.code, no.message)}
                return Answer(200, envelope(False, validation_code={"code": item}))
        item = {
            "mobile": customer["mobile"],
            "points": num(points),
            "item_status": item_status(200, "Validation code issued successfully"),
        }
        return Answer(200, envelope(True, validation_code={"code": item}))

    # -- points/redeem ------------------------------------------------------------------

    def redeem(self, params: dict[str, Any], body: Any, till: str) -> Answer:
        items = (body or {}).get("root", {}).get("redeem") if isinstance(body, dict) else None
        item = (items[0] if items else {}) if isinstance(items, list) else (items or {})
        if not isinstance(item, dict) or not item:
            return Answer(
                400,
                envelope(
                    False, responses={"points": {"item_status": item_status(817, "Request body has no redeem item")}}
                ),
            )
        with self.lock:
            try:
                row = self._redeem_item(params, item, till)
            except Rejection as no:
                failed = {
                    "mobile": str((item.get("customer") or {}).get("mobile", "")),
                    "points_redeemed": str(item.get("points_redeemed", "")),
                    "item_status": item_status(no.code, no.message),
                }
                return Answer(200, envelope(False, responses={"points": failed}))
        customer = self.customers[row["user_id"]]
        points = Decimal(row["points_redeemed"])
        value = points * self._ratio(str(row.get("program_id", "") or ""))
        answer = {
            "mobile": customer["mobile"],
            "email": customer.get("email", ""),
            "external_id": customer.get("external_id", ""),
            "user_id": customer["user_id"],
            "redemption_id": row["redemption_id"],
            "points_redeemed": row["points_redeemed"],
            "redemption_purpose": row["redemption_purpose"],
            "redeemed_value": num(value),
            "redeemed_local_value": num(value),
            "balance": num(row["balance_after"]),
            "side_effects": {
                "effect": [
                    {
                        "id": row["summary_id"],
                        "case_value": "false",
                        "num_points": num(points),
                        "currency_value": num(value),
                        "validation_code": row["validation_code_used"],
                        "points_redemption_summary_id": str(row["summary_id"]),
                        "redeemed_on_bill_number": row["transaction_number"],
                        "redeemed_on_bill_id": -1,
                        "type": "points",
                    }
                ]
            },
            "item_status": item_status(800, "Points Redeemed"),
        }
        return Answer(200, envelope(True, responses={"points": answer}))

    def _redeem_item(self, params: dict[str, Any], item: dict[str, Any], till: str) -> dict[str, Any]:
        reference = str(item.get("external_reference_number", "") or "")
        # Checked first: a retry of an applied redemption must meet 744, whatever else changed.
        if reference and reference in self.by_reference:
            raise Rejection(744, "Reference number already exists")
        customer = self.find(item.get("customer") or {})
        points = self._points(item.get("points_redeemed"))
        group = self._group(params, customer)
        self._check_rules(customer, points, str(params.get("program_id", "") or ""), group)
        skip = _truthy(params.get("skip_validation"))
        validation_type = str(params.get("validation_type", "") or "SMS")
        code = str(item.get("validation_code", "") or "")
        if not skip:
            self._validate(customer, code, validation_type, consume=True)
        program_id = str(params.get("program_id", "") or "")
        holder, key = self._wallet(customer, program_id, group)
        holder[key] -= points
        own, own_key = self._wallet(customer, program_id)
        redemption_id = self._new_redemption_id()
        row = {
            "history_id": FIRST_HISTORY_ID + len(self.ledger),
            "redemption_id": redemption_id,
            "summary_id": 27141811 + len(self.ledger),
            "user_id": customer["user_id"],
            "mobile": customer["mobile"],
            "points_redeemed": format(points.normalize(), "f"),
            "balance_after": own[own_key],  # the customer's own, also after a group redemption
            "transaction_number": str(item.get("transaction_number", "")),
            "external_reference_number": reference,
            "notes": str(item.get("notes", "")),
            "custom_fields": (item.get("custom_fields") or {}).get("field", []),
            "redemption_time": str(item.get("redemption_time", "")),
            "redemption_purpose": str(item.get("redemption_purpose", "")),
            "program_id": program_id or self._default_program(),
            "group_id": group["id"] if group else "",
            "validation": "none" if skip else validation_type,
            "validation_code_used": "" if skip or validation_type == "MISSED_CALL" else code,
            "till": till,
            "applied_at": datetime.fromtimestamp(self.clock()).strftime("%Y-%m-%d %H:%M:%S"),
            "reversals": [],
        }
        self.ledger.append(row)
        self.by_redemption_id[redemption_id] = row
        if reference:
            self.by_reference[reference] = row
        return row

    def _new_redemption_id(self) -> str:
        alphabet = string.ascii_lowercase + string.digits
        while True:
            candidate = "".join(secrets.choice(alphabet) for _ in range(6))
            if candidate not in self.by_redemption_id:
                return candidate
