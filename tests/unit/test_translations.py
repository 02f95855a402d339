"""The shipped translations are what their sources compile to; core's words fall back to English."""

from __future__ import annotations

import gettext
import importlib.util
import io
from types import ModuleType

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from tests.conftest import REPO


def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", REPO / "installer" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_qm_and_mo_files_are_compiled_from_the_current_sources() -> None:
    assert tool().stale_compiled() == [], "run: python installer/translations.py build"


def test_every_word_of_the_gui_and_of_core_is_in_the_translation_sources() -> None:
    """lupdate (GUI) and Babel (core/) find no word the shipped .ts and .po files lack."""
    assert tool().sources_behind_code() == [], "run: python installer/translations.py update, then translate"


def test_every_shipped_language_is_complete() -> None:
    missing = tool().unfinished()
    assert missing == {"de": [], "hi": [], "ar": []}, "translate these (Qt Linguist / a PO editor), then build"


def test_translations_keep_every_placeholder_of_their_source() -> None:
    assert tool().placeholder_mismatches() == []


def test_a_core_word_without_a_translation_stays_english() -> None:
    catalog = Catalog(locale="de", domain="core")
    catalog.add("Points", "Punkte")
    catalog.add("Bill", "")  # extracted, not yet translated
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    words = gettext.GNUTranslations(buffer)
    assert words.gettext("Points") == "Punkte"
    assert words.gettext("Bill") == "Bill" and words.gettext("Unknown") == "Unknown"


def test_an_unfinished_or_empty_ts_entry_is_reported(tmp_path) -> None:
    ts = tmp_path / "x_de.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>W</name>
    <message><source>Points</source><translation>Punkte</translation></message>
    <message><source>Max</source><translation type="unfinished"></translation></message>
    <message><source>Bill</source><translation></translation></message>
    <message numerus="yes"><source>%n item(s)</source>
        <translation><numerusform>%n Posten</numerusform><numerusform></numerusform></translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    assert tool().unfinished_in_ts(ts) == ["W: 'Max'", "W: 'Bill'", "W: '%n item(s)'"]
