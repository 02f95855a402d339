"""What the ``approval`` offline policy needs before a till may choose it, and what to say when the
approval service refuses a request.

A queued redemption under ``approval`` becomes a maker-checker request (seed 004): it needs the
cluster's CRM host, the org id, a maker's workflow token (keyring) and the till's and store's ids
in InTouch (``entityInfo``). Without any one of them every queued item would end refused, after
the customer has left; so choosing the policy is refused until all are set, and ``self-test``
asks the approval service whether it accepts this till.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING

from pos_app.core import credentials
from pos_app.core.capillary.codes import WORKFLOW_BAD_ORG, WORKFLOW_CREDENTIALS_REFUSED, WORKFLOW_NO_SUCH_REQUEST
from pos_app.core.config import Settings
from pos_app.core.credentials import KeyringProblem, SecretStore

if TYPE_CHECKING:
    from pos_app.core.capillary import Rejected

APPROVAL_POLICY = "approval"
NO_PERMISSION, INVALID_PAYLOAD = 2001, 2008

# Each setting a request needs: what it is, and how to set it.
_NEEDED = (
    ("workflow.crm_host", "the cluster's CRM host", "pos-app config set workflow.crm_host eucrm.cc.capillarytech.com"),
    ("workflow.org_id", "the org's id", "pos-app config set workflow.org_id ORG_ID"),
    ("entity.till_id", "this till's id in InTouch", "pos-app config set entity.till_id TILL_ID"),
    ("entity.store_id", "this store's id in InTouch", "pos-app config set entity.store_id STORE_ID"),
)
TOKEN_COMMAND = "pos-app credentials set --workflow-token"
TOKEN_NAME = "the workflow token"


def approval_missing(settings: Settings, secrets: SecretStore, how: bool = True) -> list[str]:
    """What a maker-checker request needs that this till lacks, each with how to set it (``how``)."""
    missing = [
        f"{key} ({what}: {command})" if how else key
        for key, what, command in _NEEDED
        if not str(settings.get(key) or "").strip()
    ]
    try:
        token = secrets.get(credentials.WORKFLOW_TOKEN)
    except KeyringProblem as error:
        missing.append(f"the workflow token (the keyring cannot be read: {error})")
    else:
        if not token:
            missing.append(f"the workflow token (a maker's token from InTouch: {TOKEN_COMMAND})")
    return missing


def approval_refusal(settings: Settings, secrets: SecretStore, short: bool = False) -> str | None:
    """Why this till may not choose the approval policy yet, or None (``short``: for a dialog's line)."""
    missing = approval_missing(settings, secrets, how=not short)
    if not missing:
        return None
    if short:
        names = [TOKEN_NAME if name.startswith(TOKEN_NAME) else name for name in missing]
        return (
            f"Approval needs a maker-checker set-up this till lacks: {', '.join(names)}. Set them "
            f"(pos-app config set KEY VALUE; {TOKEN_COMMAND}), then choose approval."
        )
    return (
        "The approval policy sends each offline redemption to a supervisor as a maker-checker request, "
        "and this till cannot make one yet. Missing: " + "; ".join(missing) + ". Set these, then choose approval."
    )


def refused_request_reason(refused: Rejected, entity: Mapping[str, str]) -> str:
    """A request the approval service refused: what it refused, and what to set before a retry."""
    said = f" (the service said: {refused.service_message})" if refused.service_message else ""
    if refused.code == INVALID_PAYLOAD:
        ids = ", ".join(
            f"{key} {entity.get(name) or 'not set'}"
            for key, name in (("entity.till_id", "tillId"), ("entity.store_id", "storeId"))
        )
        return (
            f"The approval service refused the request as invalid{said}. A request names this till and "
            f"store by their InTouch ids ({ids}): a supervisor checks them (pos-app config set "
            "entity.till_id ID, entity.store_id ID), then retries the item (F10, or pos-app queue retry)."
        )
    if refused.code == NO_PERMISSION:
        return (
            f"The approval service refused the request: the workflow token is not allowed to make requests{said}. "
            f"A supervisor pastes a maker's token (CanMakeRequest): {TOKEN_COMMAND}; then retries the item."
        )
    return f"{refused.cashier_message}{said}"


def approval_service_check(settings: Settings, secrets: SecretStore) -> tuple[bool | None, str]:
    """Does the approval service accept this till's host, org and token? (None: policy not approval.)

    It is asked about a request id that cannot exist: "no such request" (2007) proves the host
    answered and took the org id and the token."""
    from pos_app.core.capillary import CapillaryClient, CapillaryError, Rejected
    from pos_app.core.connection import workflow_settings

    if settings.get("offline.policy") != APPROVAL_POLICY:
        return None, f"offline.policy is {settings.get('offline.policy')}: no approval service used"
    missing = approval_missing(settings, secrets)
    if missing:
        return False, "offline.policy approval, but missing: " + "; ".join(missing)
    workflow = workflow_settings(settings, secrets)
    assert workflow is not None  # nothing is missing
    client = CapillaryClient(workflow.crm_base_url, None, workflow=workflow)
    try:
        client.redemption_request(f"self-test-{uuid.uuid4()}")
    except Rejected as refused:
        if refused.code == WORKFLOW_NO_SUCH_REQUEST:
            return True, f"{workflow.crm_base_url} accepts org {workflow.org_id} and the workflow token"
        if refused.code == WORKFLOW_CREDENTIALS_REFUSED:
            return False, f"{workflow.crm_base_url} refused the workflow token: {TOKEN_COMMAND}"
        if refused.code in WORKFLOW_BAD_ORG:
            return False, f"{workflow.crm_base_url} refused org id {workflow.org_id}: set workflow.org_id"
        return False, f"{workflow.crm_base_url}: {refused.cashier_message}"
    except CapillaryError as error:
        return False, f"{workflow.crm_base_url} did not answer: {error.cashier_message}"
    finally:
        client.close()
    return False, f"{workflow.crm_base_url} answered for a request that cannot exist: check workflow.crm_host"
