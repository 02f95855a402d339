"""Client of Capillary's InTouch loyalty API (no Qt).

The client and its transport (requests, urllib3, TLS and JSON) load on first
use, so the window can show before them; errors and inputs are cheap and load at once.
"""

from typing import TYPE_CHECKING, Any

from pos_app.core.capillary.errors import (
    AuthFailed,
    BadResponse,
    CapillaryError,
    ConfigurationError,
    DuplicateReference,
    NotSent,
    NotTrusted,
    OutcomeUnknown,
    RateLimited,
    Rejected,
    ServerError,
)
from pos_app.core.capillary.inputs import GroupRef, Identifier, RedeemRequest

if TYPE_CHECKING:
    from pos_app.core.capillary.client import CapillaryClient, WorkflowSettings
    from pos_app.core.capillary.transport import Timeouts

_LAZY = {
    "CapillaryClient": "pos_app.core.capillary.client",
    "WorkflowSettings": "pos_app.core.capillary.client",
    "Timeouts": "pos_app.core.capillary.transport",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


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
    "NotTrusted",
    "OutcomeUnknown",
    "RateLimited",
    "RedeemRequest",
    "Rejected",
    "ServerError",
    "Timeouts",
    "WorkflowSettings",
]
