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
from pos_app.core.failure_words import clause
from pos_app.core.i18n import N_, _

if TYPE_CHECKING:
    from pos_app.core.capillary import Rejected

APPROVAL_POLICY = "approval"
NO_PERMISSION, INVALID_PAYLOAD = 2001, 2008

# Each setting a request needs: what it is, and how to set it.
_NEEDED = (
    (
        "workflow.crm_host",
        N_("the cluster's CRM host"),
        "pos-app config set workflow.crm_host eucrm.cc.capillarytech.com",
    ),
    ("workflow.org_id", N_("the org's id"), "pos-app config set workflow.org_id ORG_ID"),
    ("entity.till_id", N_("this till's id in InTouch"), "pos-app config set entity.till_id TILL_ID"),
    ("entity.store_id", N_("this store's id in InTouch"), "pos-app config set entity.store_id STORE_ID"),
)
TOKEN_COMMAND = "pos-app credentials set --workflow-token"
TOKEN_NAME = N_("the workflow token")


def approval_missing(settings: Settings, secrets: SecretStore, how: bool = True) -> list[str]:
    """What a maker-checker request needs that this till lacks, each with how to set it (``how``;
    without it, the token is named only)."""
    missing = [
        f"{key} ({_(what)}: {command})" if how else key
        for key, what, command in _NEEDED
        if not str(settings.get(key) or "").strip()
    ]
    try:
        token = secrets.get(credentials.WORKFLOW_TOKEN)
    except KeyringProblem as error:
        unreadable = _("the workflow token (the keyring cannot be read: {error})").format(error=clause(error))
        missing.append(unreadable if how else _(TOKEN_NAME))
    else:
        if not token:
            missing.append(
                _("the workflow token (a maker's token from InTouch: {command})").format(command=TOKEN_COMMAND)
                if how
                else _(TOKEN_NAME)
            )
    return missing


def approval_refusal(settings: Settings, secrets: SecretStore, short: bool = False) -> str | None:
    """Why this till may not choose the approval policy yet, or None (``short``: for a dialog's line)."""
    missing = approval_missing(settings, secrets, how=not short)
    if not missing:
        return None
    if short:
        return _(
            "Approval needs a maker-checker set-up this till lacks: {missing}. Set them "
            "(pos-app config set KEY VALUE; {command}), then choose approval."
        ).format(missing=", ".join(missing), command=TOKEN_COMMAND)
    return _(
        "The approval policy sends each offline redemption to a supervisor as a maker-checker request, "
        "and this till cannot make one yet. Missing: {missing}. Set these, then choose approval."
    ).format(missing="; ".join(missing))


def refused_request_reason(refused: Rejected, entity: Mapping[str, str]) -> str:
    """A request the approval service refused: what it refused, and what to set before a retry."""
    said = (
        _(" (the service said: {message})").format(message=refused.service_message) if refused.service_message else ""
    )
    if refused.code == INVALID_PAYLOAD:
        ids = ", ".join(
            f"{key} {entity.get(name) or _('not set')}"
            for key, name in (("entity.till_id", "tillId"), ("entity.store_id", "storeId"))
        )
        return _(
            "The approval service refused the request as invalid{said}. A request names this till and "
            "store by their InTouch ids ({ids}): a supervisor checks them (pos-app config set "
            "entity.till_id ID, entity.store_id ID), then retries the item (F10, or pos-app queue retry)."
        ).format(said=said, ids=ids)
    if refused.code == NO_PERMISSION:
        return _(
            "The approval service refused the request: the workflow token is not allowed to make requests{said}. "
            "A supervisor pastes a maker's token (CanMakeRequest): {command}; then retries the item."
        ).format(said=said, command=TOKEN_COMMAND)
    return f"{refused.cashier_message}{said}"


def approval_service_check(settings: Settings, secrets: SecretStore) -> tuple[bool | None, str]:
    """Does the approval service accept this till's host, org and token? (None: policy not approval.)

    It is asked about a request id that cannot exist: "no such request" (2007) proves the host
    answered and took the org id and the token."""
    from pos_app.core.capillary import CapillaryClient, CapillaryError, Rejected
    from pos_app.core.connection import workflow_settings

    if settings.get("offline.policy") != APPROVAL_POLICY:
        return None, _("offline.policy is {policy}: no approval service used").format(
            policy=settings.get("offline.policy")
        )
    missing = approval_missing(settings, secrets)
    if missing:
        return False, _("offline.policy approval, but missing: {missing}").format(missing="; ".join(missing))
    workflow = workflow_settings(settings, secrets)
    assert workflow is not None  # nothing is missing
    client = CapillaryClient(workflow.crm_base_url, None, workflow=workflow)
    host = workflow.crm_base_url
    try:
        client.redemption_request(f"self-test-{uuid.uuid4()}")
    except Rejected as refused:
        if refused.code == WORKFLOW_NO_SUCH_REQUEST:
            return True, _("{host} accepts org {org} and the workflow token").format(host=host, org=workflow.org_id)
        if refused.code == WORKFLOW_CREDENTIALS_REFUSED:
            return False, _("{host} refused the workflow token: {command}").format(host=host, command=TOKEN_COMMAND)
        if refused.code in WORKFLOW_BAD_ORG:
            return False, _("{host} refused org id {org}: set workflow.org_id").format(host=host, org=workflow.org_id)
        return False, f"{host}: {refused.cashier_message}"
    except CapillaryError as error:
        return False, _("{host} did not answer: {message}").format(host=host, message=error.cashier_message)
    finally:
        client.close()
    return False, _("{host} answered for a request that cannot exist: check workflow.crm_host").format(host=host)
