"""Exit codes of the headless commands, distinct per outcome so scripts can branch."""

from __future__ import annotations

from pos_app.core.capillary import (
    AuthFailed,
    CapillaryError,
    ConfigurationError,
    NotSent,
    OutcomeUnknown,
    RateLimited,
    Rejected,
)

OK = 0
ERROR = 1  # bad input, bad setup
USAGE = 2  # argparse's own
REJECTED = 3  # the service said no
UNREACHABLE = 4  # nothing was sent
OUTCOME_UNKNOWN = 5  # sent, no clear answer: may have been applied
AUTH_FAILED = 6
RATE_LIMITED = 7
QUEUED = 8  # accepted offline; will be sent later
NEEDS_ATTENTION = 9  # the queue holds items a person must look at
KIOSK_LEFT = 10  # a supervisor left kiosk mode: a service manager should not restart it

TABLE = f"""exit codes:
  {OK}  done                       {REJECTED}  rejected by the loyalty service
  {ERROR}  bad input or setup         {UNREACHABLE}  service unreachable, nothing sent
  {USAGE}  bad command line           {OUTCOME_UNKNOWN}  sent, outcome unknown (reconcile)
  {AUTH_FAILED}  credentials refused        {RATE_LIMITED}  rate limited, try later
  {QUEUED}  queued offline, sent later {NEEDS_ATTENTION}  queue items need attention
  {KIOSK_LEFT} a supervisor left kiosk mode (--kiosk)"""


def for_error(error: CapillaryError) -> int:
    if isinstance(error, Rejected):
        return REJECTED
    if isinstance(error, AuthFailed):
        return AUTH_FAILED
    if isinstance(error, RateLimited):
        return RATE_LIMITED
    if isinstance(error, NotSent):
        return UNREACHABLE
    if isinstance(error, OutcomeUnknown):
        return OUTCOME_UNKNOWN
    if isinstance(error, ConfigurationError):
        return ERROR
    return ERROR
