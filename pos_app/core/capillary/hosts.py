"""Capillary clusters and the rule that only loopback may be spoken to without TLS."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from pos_app.core.capillary.errors import ConfigurationError

CLUSTERS: dict[str, str] = {
    "india": "apac.api.capillarytech.com",
    "apac": "apac.api.capillarytech.com",
    "apac2": "apac2.api.capillarytech.com",
    "eu": "eu.api.capillarytech.com",
    "us": "us.api.capillarytech.com",
    "china": "api.capillarytech.cn.com",
}


_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")


def could_be_host(hostname: str) -> bool:
    """An IP address, or a DNS name whose last label is not all digits (2026-13-01 is neither)."""
    try:
        ipaddress.ip_address(hostname.strip("[]"))
        return True
    except ValueError:
        pass
    labels = hostname.lower().rstrip(".").split(".")
    if len(hostname) > 253 or not all(_LABEL.fullmatch(label) for label in labels):
        return False
    return not labels[-1].replace("-", "").isdigit()


def is_loopback(hostname: str) -> bool:
    if hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(hostname.strip("[]")).is_loopback
    except ValueError:
        return False


def base_url(cluster: str = "", host: str = "") -> str:
    """``https://<host>`` for a cluster name or a custom host; plain http only for loopback."""
    if host:
        url = host if "://" in host else f"https://{host}"
    elif cluster:
        try:
            url = f"https://{CLUSTERS[cluster.lower()]}"
        except KeyError:
            names = ", ".join(sorted(CLUSTERS))
            raise ConfigurationError(f"unknown cluster {cluster!r}; one of: {names}") from None
    else:
        raise ConfigurationError("no cluster or host configured")
    parts = urlsplit(url)
    try:
        parts.port  # noqa: B018 - a port that is not a number raises here
    except ValueError:
        parts = parts._replace(netloc="")
    if not parts.hostname or not could_be_host(parts.hostname):
        raise ConfigurationError(
            f"{host or cluster!r} is not a host name or address; give one such as api.example.com "
            "or https://api.example.com"
        )
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigurationError(f"{parts.hostname} must be reached over https (plain http only on loopback)")
    if parts.scheme not in {"http", "https"}:
        raise ConfigurationError(f"unsupported scheme {parts.scheme!r} in {host!r}")
    return f"{parts.scheme}://{parts.netloc}"
