"""Client of Capillary's InTouch loyalty API (no Qt)."""

from pos_app.core.capillary.client import CapillaryClient, WorkflowSettings
from pos_app.core.capillary.errors import (
    AuthFailed,
    BadResponse,
    CapillaryError,
    ConfigurationError,
    DuplicateReference,
    NotSent,
    OutcomeUnknown,
    RateLimited,
    Rejected,
    ServerError,
)
from pos_app.core.capillary.inputs import GroupRef, Identifier, RedeemRequest
from pos_app.core.capillary.transport import Timeouts

__all__ = [
    "AuthFailed",
    "BadResponse",
    "CapillaryClient",
    "CapillaryError",
    "ConfigurationError",
    "DuplicateReference",
    "GroupRef",
    "Identifier",
    "NotSent",
    "OutcomeUnknown",
    "RateLimited",
    "RedeemRequest",
    "Rejected",
    "ServerError",
    "Timeouts",
    "WorkflowSettings",
]
