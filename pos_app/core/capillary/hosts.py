"""Capillary clusters and the rule that only loopback may be spoken to without TLS."""

from __future__ import annotations

import ipaddress
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
    if not parts.hostname:
        raise ConfigurationError(f"not a valid host: {host!r}")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigurationError(f"{parts.hostname} must be reached over https (plain http only on loopback)")
    if parts.scheme not in {"http", "https"}:
        raise ConfigurationError(f"unsupported scheme {parts.scheme!r} in {host!r}")
    return f"{parts.scheme}://{parts.netloc}"
