"""Builds the API client a till uses from its settings and its stored secrets."""

from __future__ import annotations

from pos_app.core import credentials
from pos_app.core.capillary import CapillaryClient, ConfigurationError, Timeouts, WorkflowSettings  # loads requests
from pos_app.core.capillary.auth import basic_header
from pos_app.core.capillary.hosts import base_url
from pos_app.core.config import Settings
from pos_app.core.credentials import SecretStore


def api_base_url(settings: Settings) -> str:
    return base_url(settings.get("cluster"), settings.get("host"))


def workflow_settings(settings: Settings, secrets: SecretStore) -> WorkflowSettings | None:
    crm_host, org_id = settings.get("workflow.crm_host"), settings.get("workflow.org_id")
    token = secrets.get(credentials.WORKFLOW_TOKEN)
    if not (crm_host and org_id and token):
        return None
    entity = {
        "tillId": settings.get("entity.till_id"),
        "storeId": settings.get("entity.store_id"),
        "zoneId": settings.get("entity.zone_id"),
        "conceptId": settings.get("entity.concept_id"),
    }
    till = str(settings.get("till"))
    password = secrets.get(credentials.till_password(till)) if till else None
    return WorkflowSettings(
        crm_base_url=base_url(host=crm_host),
        org_id=str(org_id),
        ui_token=token,
        entity=entity,
        signature=till,
        # The stored redeem runs when a checker approves it: Basic, not a short-lived OAuth token.
        inner_authorization=basic_header(till, password) if password else "",
    )


def make_client(settings: Settings, secrets: SecretStore) -> CapillaryClient:
    """A client for the configured cluster; ``ConfigurationError`` says what is missing."""
    url = api_base_url(settings)
    options = {
        "timeouts": Timeouts(float(settings.get("timeout_connect")), float(settings.get("timeout_read"))),
        "ca_bundle": settings.get("ca_bundle") or None,
        "workflow": workflow_settings(settings, secrets),
    }
    if settings.get("auth") == "oauth":
        key = str(settings.get("oauth_key"))
        secret = secrets.get(credentials.oauth_secret(key)) if key else None
        if not secret:
            raise ConfigurationError(
                "No OAuth key and secret stored for this till. Run: pos-app credentials set --oauth-key KEY"
            )
        return CapillaryClient.with_oauth(url, key, secret, **options)
    till = str(settings.get("till"))
    password = secrets.get(credentials.till_password(till)) if till else None
    if not password:
        raise ConfigurationError(
            "No till code and password stored for this till. Run: pos-app credentials set --till CODE"
        )
    return CapillaryClient.with_basic_auth(url, till, password, **options)
