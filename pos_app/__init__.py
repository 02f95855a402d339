"""Till-side loyalty points redemption terminal for Capillary's loyalty API."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "pos-app"

try:
    __version__ = version(APP_NAME)
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"
