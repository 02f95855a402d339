"""Files the app ships beside its code: translations, styles, icons, the receipt logo."""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
