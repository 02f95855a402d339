"""The words of ``core/`` in a person's language: gettext catalogues, kept with Babel.

Two layers, one mechanism each. The window translates its own words with Qt's tools (lupdate,
lrelease, QTranslator), which know its widgets' contexts and plurals. ``core/`` cannot import Qt
(the headless commands and the replay run without it), so its words (item-code messages,
validation, offline refusals, receipts, the day report) use Python's gettext; Babel extracts them
and compiles the catalogues (``installer/translations.py``).

A message is marked where it is written: ``_("...")`` where it is used, ``N_("...")`` where it
is stored and translated later (with ``_(stored)``).
"""

from __future__ import annotations

import gettext
import locale
import os
from functools import cache

from pos_app.resources import resource

DOMAIN = "core"
LANGUAGES = ("en", "de", "hi", "ar")  # shipped; English is the source
RIGHT_TO_LEFT = frozenset({"ar"})

_active: gettext.NullTranslations = gettext.NullTranslations()
_active_language = "en"


def system_language() -> str:
    """The language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as ``de``."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return language_of(value.split(":")[0])
    return language_of(locale.getlocale()[0] or "en")


def language_of(name: str) -> str:
    """``de`` for ``de_DE.UTF-8``; English for ``C``/``POSIX``, and for a language not shipped."""
    code = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else "en"


@cache
def words(language: str) -> gettext.NullTranslations:
    """The catalogue of ``language``; a message it lacks stays English (gettext's fallback)."""
    path = resource("translations", f"{DOMAIN}_{language}.mo")
    if language == "en" or not path.exists():
        return gettext.NullTranslations()
    with path.open("rb") as file:
        return gettext.GNUTranslations(file)


def use_language(language: str) -> None:
    """The language of every later ``_()``: the window's, or the system's for a command."""
    global _active, _active_language
    _active_language = language_of(language) if language else system_language()
    _active = words(_active_language)


def current_language() -> str:
    return _active_language


def _(message: str) -> str:
    return _active.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return _active.ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Marks a message kept for later: extracted into the catalogue, translated where it is shown."""
    return message
