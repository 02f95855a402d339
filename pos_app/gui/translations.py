"""The app's translations, read from Qt Linguist ``.ts`` files as they are kept in the source tree.

Compiled ``.qm`` files would be a build output; reading the XML directly needs no build step,
and ``pyside6-lupdate`` keeps the files current.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QTranslator


class TsTranslator(QTranslator):
    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table: dict[tuple[str, str], str] = {}
        import xml.etree.ElementTree as ElementTree  # only where a translation is shipped for the language

        root = ElementTree.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                done = translation is not None and translation.get("type") not in ("unfinished", "obsolete")
                if done and translation is not None and translation.text:
                    self.table[(name, source)] = translation.text

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None (a null string) lets Qt fall back to the English: "" would show a blank where a
        # word is not translated yet.
        return self.table.get((context, source))

    def isEmpty(self) -> bool:
        return not self.table


def translation_file(folder: Path, locale: QLocale) -> Path | None:
    """``pos_app_de_DE.ts`` or ``pos_app_de.ts`` for a German locale; None if none is shipped."""
    for name in (locale.name(), locale.name().split("_")[0]):
        candidate = folder / f"pos_app_{name}.ts"
        if candidate.exists():
            return candidate
    return None
