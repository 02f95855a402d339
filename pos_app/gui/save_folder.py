"""Where a Save dialog opens: the folder last saved to in this run, else the user's Documents,
else their home folder (never the folder the app happens to run from: a dialog given a folder
that does not exist opens there)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

_last_folder: Path | None = None


def suggested_path(name: str) -> str:
    """``name`` in the folder a Save dialog should open in."""
    folder = _last_folder
    if folder is None or not folder.is_dir():
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    return str(folder / name)


def remember_folder(saved: Path) -> None:
    """The next Save dialog opens where this file went."""
    global _last_folder
    _last_folder = saved.resolve().parent
