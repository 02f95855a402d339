"""The request workflow (maker-checker, seed 004) as the reference pages show it.

A maker's token (CanMakeRequest) creates and reads requests; approving takes a checker's token
(CanCheckRequest). Errors: 2005 no org header, 2026 an org header that is not this org's, 2013 a
token that is not accepted, 2001 no permission for the action, 2007 an unknown request id or
action, 2002 a request already completed, 2008 a payload that is not valid. Once approved, the
wrapped redeem's answer is kept as ``IntouchAPITask_Output`` the way the gateway writes it
(docs.capillarytech.com/reference/get-all-requests): ``"status": 200.0``, every header a list
(``"status_code": ["744"]``), and the body's numbers as floats.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

from pos_app.sim.shapes import float_numbers
from pos_app.sim.state import Answer, LoyaltyState

PATH = "/api_gateway/v2/request-workflow/POINTS-REDEMPTION"
STATUS_PREFIX = "/api_gateway/v2/request-workflow/requests/"
MAKER, CHECKER = "maker", "checker"


def error(code: int, message: str, status: int = 400) -> Answer:
    return Answer(status, {"data": None, "errors": [{"code": code, "message": message}]}, v1=False)


class Workflow:
    def __init__(self, state: LoyaltyState) -> None:
        self.state = state
        self.requests = state.requests  # kept on the state, where tests look at them

    def _who(self, headers: Any) -> tuple[str, str] | Answer:
        """(role, user) of the caller, or the error answer."""
        org = headers.get("X-CAP-API-AUTH-ORG-ID", "")
        if not org:
            return error(2005, "X-CAP-API-AUTH-ORG-ID header is missing")
        if org != str(self.state.data["org_id"]):
            return error(2026, f"Invalid org id {org}")
        token = headers.get("X-CAP-UI-AUTH-TOKEN", "")
        data = self.state.data
        if token in data.get("workflow_checker_tokens", {}):
            return CHECKER, str(data["workflow_checker_tokens"][token])
        if token in data.get("workflow_tokens", {}):
            return MAKER, str(data["workflow_tokens"][token])
        return error(2013, "Authentication failed: the token is not valid", 403)

    def handle(self, method: str, path: str, body: Any, headers: Any) -> Answer:
        who = self._who(headers)
        if isinstance(who, Answer):
            return who
        role, user = who
        if (method, path) == ("POST", PATH):
            if role != MAKER:
                return error(2001, "User does not have maker access (CanMakeRequest)", 403)
            return self.create(body, user)
        if (method, path) == ("PUT", PATH):
            if role != CHECKER:
                return error(2001, "User does not have checker access (CanCheckRequest)", 403)
            return self.decide(body)
        if method == "GET" and path.startswith(STATUS_PREFIX):
            return self.get(path[len(STATUS_PREFIX) :])
        return error(2007, f"No such request-workflow API: {method} {path}", 404)

    def create(self, body: Any, user: str) -> Answer:
        body = body if isinstance(body, dict) else {}
        task = ((body.get("payload") or {}).get("IntouchAPITask-Payload")) or {}
        entity = body.get("entityInfo") or {}
        if (
            not isinstance(task, dict)
            or task.get("path") != "/v1.1/points/redeem"
            or str(task.get("method", "")).upper() != "POST"
            or not isinstance(task.get("body"), dict)
            or not all(entity.get(k) for k in ("tillId", "storeId"))
        ):
            return error(2008, "Invalid payload")
        request_id = str(uuid.uuid1())
        record = {
            "requestId": request_id,
            "userId": 232134,
            "userName": user,
            "requestType": "points-redemption",
            "state": "AdminTask",
            "startTime": self._now(),
            "endTime": None,
            "entityInfo": entity,
            "details": {
                "IntouchAPITask-Payload": task,
                "ValidateMakerAccess_Output": True,
                "ValidatePayload_Output": True,
            },
        }
        with self.state.lock:
            self.requests[request_id] = record
        return Answer(200, {"data": record}, v1=False)

    def get(self, request_id: str) -> Answer:
        with self.state.lock:
            record = self.requests.get(request_id)
        if record is None:
            return error(2007, f"No request with id {request_id}", 404)
        return Answer(200, {"data": record}, v1=False)

    def decide(self, body: Any) -> Answer:
        body = body if isinstance(body, dict) else {}
        decision = (((body.get("payload") or {}).get("AdminTask-Payload")) or {}).get("actionDecision")
        with self.state.lock:
            record = self.requests.get(str(body.get("requestId", "")))
            if record is None or body.get("actionName") != "AdminTask":
                return error(2007, "Invalid request id or action name", 404)
            if record["state"] != "AdminTask":
                return error(2002, f"Request is already completed ({record['state']})")
            if decision not in ("approved", "rejected"):
                return error(2008, "actionDecision must be approved or rejected")
            record["endTime"] = self._now()
            details = record["details"]
            details["AdminTask-Payload"] = body["payload"]["AdminTask-Payload"]
            details["AdminTask_Output"] = decision
            details["ValidateCheckerAccess_Output"] = True
            if decision == "rejected":
                record["state"] = "rejected"
                return Answer(200, {"data": record}, v1=False)
            task = details["IntouchAPITask-Payload"]
            till = self.state.authenticate(task.get("headers") or {})
            inner = (
                self.state.redeem(task.get("queryParams") or {}, task.get("body"), till)
                if till
                else self.state.unauthorized()
            )
            ok = inner.body["response"]["status"]["success"] == "true"
            record["state"] = "approved" if ok else "failed"
            details["IntouchAPITask_Output"] = self._output(inner, till or "")
        return Answer(200, {"data": record}, v1=False)

    def _output(self, inner: Answer, till: str) -> dict[str, Any]:
        response = inner.body.get("response", {})
        points = (response.get("responses") or {}).get("points") or {}
        code = (points.get("item_status") or {}).get("code") or response.get("status", {}).get("code")
        ok = response.get("status", {}).get("success") == "true"
        headers = {
            "Date": [format_datetime(datetime.fromtimestamp(self.state.clock(), UTC), usegmt=True)],
            "Content-Type": ["application/json; charset=UTF-8"],
            "status_code": [str(code)],
            "success": ["1" if ok else "0"],
            "fail": ["0" if ok else "1"],
            "X-Cap-RequestID": [uuid.uuid4().hex],
            "till": [till],
        }
        return {"status": float(inner.status), "headers": headers, "body": float_numbers(inner.body)}

    def _now(self) -> str:
        return datetime.fromtimestamp(self.state.clock()).strftime("%Y-%m-%dT%H:%M:%S")
