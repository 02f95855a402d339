"""Where the files the app ships beside its code are: translations, styles, icons, the receipt logo.

They live in ``resources/`` at the top of the source tree. A wheel (setup.py maps the folder into
the package) and the PyInstaller bundle (installer/pos_app.spec) carry them as ``pos_app/_resources``;
an editable install or a checkout reads the source tree's folder itself. Every caller asks here.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
INSTALLED = PACKAGE / "_resources"  # wheel and frozen bundle
SOURCE_TREE = PACKAGE.parent / "resources"  # checkout and editable install


def resources_root() -> Path:
    """The folder the app's resources are read from (the installed one when both could apply)."""
    if INSTALLED.is_dir():
        return INSTALLED
    if (PACKAGE.parent / "pyproject.toml").is_file() and SOURCE_TREE.is_dir():
        return SOURCE_TREE
    return INSTALLED  # neither: a broken install, and a missing file then names the expected place


def resource(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
