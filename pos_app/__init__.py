"""Till-side loyalty points redemption terminal for Capillary's loyalty API."""

APP_NAME = "pos-app"


def __getattr__(name: str) -> str:
    # importlib.metadata costs tens of milliseconds: the version is read when something asks
    if name != "__version__":
        raise AttributeError(f"module 'pos_app' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version(APP_NAME)
    except PackageNotFoundError:  # running from a source tree that was not installed
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found
