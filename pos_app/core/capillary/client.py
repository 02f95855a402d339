"""The Capillary calls a till makes, each returning a typed result or raising a ``CapillaryError``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pos_app.core.capillary.auth import Auth, BasicAuth, OAuthAuth
from pos_app.core.capillary.codes import DUPLICATE_REFERENCE, OK_CODES, describe_reversal
from pos_app.core.capillary.errors import (
    AuthFailed,
    BadResponse,
    ConfigurationError,
    DuplicateReference,
    Rejected,
)
from pos_app.core.capillary.inputs import (
    GroupRef,
    Identifier,
    RedeemRequest,
    ValidationType,
    format_points,
    points_number,
)
from pos_app.core.capillary.models import (
    Customer,
    FamilyPoints,
    HistoryEntry,
    ItemStatus,
    Redeemability,
    Redemption,
    Reversal,
    ValidationCodeIssued,
    WorkflowRequest,
)
from pos_app.core.capillary.parse import as_bool, as_code, as_dict, as_list, as_str, dig, unwrap_response
from pos_app.core.capillary.transport import Reply, Timeouts, Transport

WORKFLOW_PATH = "/api_gateway/v2/request-workflow/POINTS-REDEMPTION"

# Told of every answer about an amount of points: (program_id, points, item code, message, accepted).
RulesListener = Callable[[str, Decimal, "int | None", str, bool], None]


@dataclass(frozen=True)
class WorkflowSettings:
    """Where and as whom maker-checker requests are made (seed 004).

    ``ui_token`` is the maker's (CanMakeRequest); approving takes a checker's token
    (CanCheckRequest), kept apart. ``inner_authorization`` is the Basic header the stored redeem
    carries when the till itself talks OAuth: the request is run when a checker approves it,
    maybe hours later, long after an OAuth token has expired."""

    crm_base_url: str
    org_id: str
    ui_token: str
    entity: dict[str, str]  # tillId, storeId, zoneId, conceptId
    signature: str = ""
    checker_token: str = ""
    inner_authorization: str = ""


def _first(value: Any) -> Any:
    items = as_list(value)
    return items[0] if items else {}


def check_v1(reply: Reply, item: Any = None) -> ItemStatus:
    """Raise for a v1.1 answer that says no, wherever it says it; return the item status.

    Failures mostly arrive as HTTP 200 with ``status.success = "false"``; the reason is the
    item's code. A 401 may hide inside a 200 body as well.
    """
    inner = unwrap_response(reply.body)
    status = as_dict(inner.get("status"))
    status_code = as_code(status.get("code"))
    item_status = ItemStatus.from_json(as_dict(item).get("item_status"))
    if status_code == 401 or item_status.code == 401:
        raise AuthFailed(as_str(status.get("message"), "unauthorized"), request_id=reply.request_id)
    item_failed = item_status.code is not None and (not item_status.success and item_status.code not in OK_CODES)
    if item_failed or (not as_bool(status.get("success"), True) and item_status.code is None):
        code = item_status.code if item_status.code is not None else status_code
        message = item_status.message or as_str(status.get("message"))
        if code == DUPLICATE_REFERENCE:
            raise DuplicateReference(message, request_id=reply.request_id)
        raise Rejected(code, message, request_id=reply.request_id)
    if reply.status >= 400:
        raise Rejected(reply.status, as_str(status.get("message")), request_id=reply.request_id)
    return item_status


def check_v2(reply: Reply) -> dict[str, Any]:
    """v2 and gateway answers: ``{"data": ..., "errors": [{code, message}]}`` or a bare object."""
    body = as_dict(reply.body)
    errors = [as_dict(e) for e in as_list(body.get("errors"))]
    if errors or reply.status >= 400:
        first = errors[0] if errors else {}
        code = as_code(first.get("code"))
        code = reply.status if code is None else code
        if code == 401:
            raise AuthFailed(as_str(first.get("message")), request_id=reply.request_id)
        raise Rejected(code, as_str(first.get("message")), request_id=reply.request_id)
    data = body.get("data")
    return as_dict(data) if "data" in body else body


class CapillaryClient:
    def __init__(
        self,
        base_url: str,
        auth: Auth | None,
        *,
        timeouts: Timeouts | None = None,
        ca_bundle: str | None = None,
        workflow: WorkflowSettings | None = None,
    ) -> None:
        self.transport = Transport(base_url, auth, timeouts=timeouts, ca_bundle=ca_bundle)
        self.workflow = workflow
        self.rules_listener: RulesListener | None = None

    def _check_points(
        self, reply: Reply, item: Any, program_id: str, points: Decimal, accepted: bool = True
    ) -> ItemStatus:
        """``check_v1`` for an answer about an amount of points, telling the rules listener what it said."""
        try:
            status = check_v1(reply, item)
        except Rejected as refused:
            if self.rules_listener and not isinstance(refused, DuplicateReference):
                self.rules_listener(program_id, points, refused.code, refused.service_message, False)
            raise
        if self.rules_listener and accepted:
            self.rules_listener(program_id, points, status.code, status.message, True)
        return status

    @classmethod
    def with_basic_auth(cls, base_url: str, till_code: str, password: str, **kwargs: Any) -> CapillaryClient:
        return cls(base_url, BasicAuth(till_code, password), **kwargs)

    @classmethod
    def with_oauth(cls, base_url: str, key: str, secret: str, **kwargs: Any) -> CapillaryClient:
        client = cls(base_url, None, **kwargs)
        client.transport.auth = OAuthAuth(key, secret, client._fetch_token)
        return client

    def close(self) -> None:
        self.transport.close()

    def _fetch_token(self, key: str, secret: str) -> Any:
        reply = self.transport.request(
            "POST", "/v3/oauth/token/generate", json_body={"key": key, "secret": secret}, authenticate=False
        )
        return reply.body

    def _get_v1(self, path: str, params: dict[str, Any]) -> Reply:
        return self.transport.request("GET", path, params={"format": "json", **params})

    # -- customer -----------------------------------------------------------------------

    def get_customer(self, who: Identifier, *, program_id: str = "", mlp: bool = False) -> Customer:
        params: dict[str, Any] = {**who.as_params(), "user_id": "true", "card_details": "true"}
        if mlp:
            params["mlp"] = "true"
        if program_id:
            params["program_id"] = program_id
        reply = self._get_v1("/v1.1/customer/get", params)
        item = _first(dig(unwrap_response(reply.body), "customers", "customer"))
        check_v1(reply, item)
        if not item:
            raise BadResponse("customer answer had no customer", request_id=reply.request_id)
        return Customer.from_json(item)

    # -- points -------------------------------------------------------------------------

    def is_redeemable(
        self,
        who: Identifier,
        points: Decimal,
        *,
        program_id: str = "",
        issue_otp: bool = False,
        validation_type: ValidationType | None = None,
        validation_code: str = "",
        currency_input: bool = False,
        skip_validation: bool = False,
        group_redemption: bool = False,
        group: GroupRef | None = None,
    ) -> Redeemability:
        """Can these points (or this currency amount) be redeemed? Optionally send the OTP.

        876 (redeemable, OTP not sent) is not raised: the answer says ``otp_not_sent``.
        With ``skip_validation`` the validation type is ``INVALID``, as the v1.1 reference asks.
        """
        if skip_validation:
            validation_type, validation_code = ValidationType.INVALID, ""
        params: dict[str, Any] = {**who.as_params(), "points": format_points(points)}
        flags = {
            "issue_otp": issue_otp,
            "currency_input": currency_input,
            "skip_validation": skip_validation,
            "group_redemption": group_redemption,
        }
        params.update({name: "true" for name, on in flags.items() if on})
        if program_id:
            params["program_id"] = program_id
        if validation_type:
            params["validation_type"] = validation_type
        if validation_code:
            params["validation_code"] = validation_code
        params.update((group or GroupRef()).as_params())
        reply = self._get_v1("/v1.1/points/isredeemable", params)
        item = _first(dig(unwrap_response(reply.body), "points", "redeemable"))
        result = Redeemability.from_json(item)
        if currency_input:  # the figure asked about was money, not points: nothing to learn
            if not result.otp_not_sent:
                check_v1(reply, item)
        elif not result.otp_not_sent:
            self._check_points(reply, item, program_id, points, accepted=result.is_redeemable)
        elif self.rules_listener:
            self.rules_listener(program_id, points, result.item_status.code, result.item_status.message, True)
        return result

    def family_points(self, group: GroupRef) -> FamilyPoints:
        """The family's points per program: ``GET /v2/userGroup2`` with ``programDetails=true``
        (docs.capillarytech.com/reference/retrieve-user-group-member-details). Asked only for a
        family redemption; the group named as the redemption names it."""
        params = {"programDetails": "true"}
        named = {"id": group.group_id, "externalId": group.external_id, "primaryUserId": group.primary_user_id}
        params.update({name: value for name, value in named.items() if value})
        reply = self.transport.request("GET", "/v2/userGroup2", params=params)
        body = as_dict(reply.body)
        check_v2(reply)
        family = FamilyPoints.from_json(body.get("data", body))
        if not (family.group_id or family.external_id):
            raise BadResponse("the group answer named no group", request_id=reply.request_id)
        return family

    def issue_validation_code(self, who: Identifier, points: Decimal) -> ValidationCodeIssued:
        params = {**who.as_params(), "points": format_points(points)}
        reply = self._get_v1("/v1.1/points/validationcode", params)
        item = _first(
            dig(unwrap_response(reply.body), "validation_code", "code")
            or dig(unwrap_response(reply.body), "validation_code")
        )
        return ValidationCodeIssued(check_v1(reply, item))

    def redeem(self, request: RedeemRequest) -> Redemption:
        """Redeem once. 744 raises ``DuplicateReference``: the reference was applied before."""
        body = {"root": {"redeem": [request.body_item()]}}
        reply = self.transport.request("POST", "/v1.1/points/redeem", params=request.query(), json_body=body)
        item = _first(dig(unwrap_response(reply.body), "responses", "points"))
        self._check_points(reply, item, request.program_id, request.points)
        redemption = Redemption.from_json(item, reply.request_id)
        if not redemption.redemption_id:
            raise BadResponse("redeem answer had no redemption_id", request_id=reply.request_id)
        return redemption

    def redemption_history(
        self,
        who: Identifier,
        *,
        start_date: str = "",
        end_date: str = "",
        limit: int = 20,
        offset: int = 0,
        external_reference_number: str = "",
    ) -> list[HistoryEntry]:
        params: dict[str, Any] = {**who.as_params(), "type": "POINTS", "points_limit": limit, "points_offset": offset}
        optional = {
            "start_date": start_date,
            "end_date": end_date,
            "external_reference_number": external_reference_number,
        }
        params.update({k: v for k, v in optional.items() if v})
        reply = self._get_v1("/v1.1/customer/redemptions", params)
        customer = _first(dig(unwrap_response(reply.body), "customer"))
        check_v1(reply, customer)
        rows = as_list(dig(customer, "redemptions", "points", "point"))
        return [HistoryEntry.from_json(row) for row in rows]

    def reverse(
        self, redemption_id: str, points: Decimal, who: Identifier, *, external_reference_number: str = ""
    ) -> Reversal:
        """Reverse a redemption named by its code, or (code unknown) by the reference it was made under."""
        body: dict[str, Any] = {"pointsToBeReversed": points_number(points), "identifier": who.as_v2()}
        if redemption_id:
            body["redemptionId"] = redemption_id
        elif external_reference_number:
            body["externalReferenceNumber"] = external_reference_number
        else:
            raise ConfigurationError("a reversal needs the redemption's code or its reference")
        reply = self.transport.request("POST", "/v2/points/reverse", json_body=body)
        try:
            return Reversal.from_json(check_v2(reply))
        except DuplicateReference:
            raise
        except Rejected as no:
            info = describe_reversal(no.code, no.service_message)
            raise Rejected(no.code, no.service_message, request_id=no.request_id, info=info) from None

    # -- maker-checker request workflow (seed 004) ---------------------------------------

    def _workflow(self) -> WorkflowSettings:
        if self.workflow is None:
            raise ConfigurationError("maker-checker requests are not configured on this till")
        return self.workflow

    def _workflow_call(self, method: str, path: str, body: Any = None, token: str = "") -> WorkflowRequest:
        """One request-workflow call: its own host and headers, never the till's credentials."""
        settings = self._workflow()
        headers = {"X-CAP-API-AUTH-ORG-ID": settings.org_id, "X-CAP-UI-AUTH-TOKEN": token or settings.ui_token}
        reply = self.transport.request(
            method, path, json_body=body, headers=headers, base_url=settings.crm_base_url, authenticate=False
        )
        return WorkflowRequest.from_json(check_v2(reply))

    def create_redemption_request(self, request: RedeemRequest) -> WorkflowRequest:
        """Ask a checker to approve this redemption; the wrapped call is a plain redeem."""
        settings = self._workflow()
        inner_headers = {"content-type": "application/json", "Authorization": self._lasting_authorization(settings)}
        if settings.signature:
            inner_headers["X-CAP-CLIENT-SIGNATURE"] = settings.signature
        body = {
            "entityInfo": settings.entity,
            "payload": {
                "IntouchAPITask-Payload": {
                    "hostname": self.transport.base_url,
                    "path": "/v1.1/points/redeem",
                    "method": "POST",
                    "pathParams": {},
                    "queryParams": request.query(),
                    "body": {"root": {"redeem": request.body_item()}},
                    "headers": inner_headers,
                }
            },
        }
        return self._workflow_call("POST", WORKFLOW_PATH, body)

    def _lasting_authorization(self, settings: WorkflowSettings) -> str:
        """Basic credentials for the stored redeem (seed 004): they still work when it is approved."""
        if isinstance(self.transport.auth, BasicAuth):
            return self.transport.auth.headers()["Authorization"]
        if settings.inner_authorization:
            return settings.inner_authorization
        raise ConfigurationError(
            "An approval request must carry the till's code and password (Basic): an OAuth token would "
            "expire before a supervisor approves it. Store them: pos-app credentials set --till CODE"
        )

    def redemption_request(self, request_id: str) -> WorkflowRequest:
        return self._workflow_call("GET", f"/api_gateway/v2/request-workflow/requests/{request_id}")

    def decide_redemption_request(
        self, request_id: str, approve: bool, message: str = "", *, checker_token: str = ""
    ) -> WorkflowRequest:
        """Approve or reject as a checker: with a checker's token, never the maker's."""
        token = checker_token or self._workflow().checker_token
        if not token:
            raise ConfigurationError("approving a request needs a checker's token (CanCheckRequest)")
        decision = {"actionDecision": "approved" if approve else "rejected", "actionMessage": message}
        body = {"requestId": request_id, "actionName": "AdminTask", "payload": {"AdminTask-Payload": decision}}
        return self._workflow_call("PUT", WORKFLOW_PATH, body, token)
