"""The window's language: Qt's compiled translations (``.qm``) through ``QTranslator``, core's
words through gettext (``pos_app.core.i18n``), and right to left for Arabic.

The ``.qm`` files are compiled from the Qt Linguist sources by ``installer/translations.py
build`` and shipped in the package. A word with no finished translation is not in the ``.qm``,
so Qt shows it in English: never a blank.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from pos_app.core.i18n import RIGHT_TO_LEFT, language_of, use_language
from pos_app.resources import resource

# What each shipped language is called in itself: the kiosk's language button shows these.
NATIVE_NAMES = {"en": "English", "de": "Deutsch", "hi": "हिन्दी", "ar": "العربية"}

_installed: list[QTranslator] = []


def install_language(language: str) -> str:
    """Make ``language`` (``de``, or empty for the system's) the app's; returns the one used.

    Replaces the translators a previous call installed, so the kiosk can switch back and forth;
    every widget then gets a LanguageChange event."""
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication comes first"
    use_language(language)  # core's words; resolves empty to the system's language
    from pos_app.core.i18n import current_language

    chosen = language_of(current_language())
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(f"pos_app_{chosen}", str(resource("translations"))):
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(chosen), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    rtl = chosen in RIGHT_TO_LEFT
    if isinstance(app, QGuiApplication) and rtl != app.isRightToLeft():
        from PySide6.QtCore import Qt  # its namespace takes ~15 ms to load: not at every start

        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    return chosen
