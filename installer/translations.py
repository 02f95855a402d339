"""The translations, kept with each layer's own tools (see pos_app/core/i18n.py for why two).

    python installer/translations.py update   # new and changed words into the sources
    python installer/translations.py build    # compile what the app loads (.qm, .mo)
    python installer/translations.py check    # fails on stale files or unfinished words

- The window: ``pyside6-lupdate`` reads every GUI file (windows, screens, dialogs, kiosk) into
  ``pos_app_LANG.ts`` (Qt Linguist edits them); ``pyside6-lrelease`` compiles them to ``.qm``
  for ``QTranslator``. English ships a plural-only file, so ``%n point(s)`` reads right.
- ``core/``: Babel extracts ``_()``, ``N_()``, ``ngettext()`` and the messages given to
  ``CodeInfo(...)`` / ``InvalidInput(...)`` into ``core.pot``, merges it into ``core_LANG.po``
  and compiles ``core_LANG.mo`` for gettext.

The compiled files are shipped in the package (so ``pip install`` and the frozen build carry
them); ``check`` (run by the tests) fails when one is older than its source.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pos_app.resources import resource  # noqa: E402 - the folder the app loads them from

FOLDER = resource("translations")
LANGUAGES = ("de", "hi", "ar")  # shipped complete; English is the source
GUI = ROOT / "pos_app" / "gui"
CORE = [
    ROOT / "pos_app" / "core"
]  # the commands speak English to support staff; core's words they print are translated
CORE_KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "CodeInfo": None, "InvalidInput": None}
BIN = Path(sys.executable).parent


def gui_sources() -> list[Path]:
    return sorted(GUI.rglob("*.py"))


def ts_file(language: str) -> Path:
    return FOLDER / f"pos_app_{language}.ts"


def qm_file(language: str) -> Path:
    return FOLDER / f"pos_app_{language}.qm"


def po_file(language: str) -> Path:
    return FOLDER / f"core_{language}.po"


def mo_file(language: str) -> Path:
    return FOLDER / f"core_{language}.mo"


def _tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else name


def lupdate(ts: Path, language: str) -> str:
    """Merge the GUI's words into ``ts``; returns lupdate's summary."""
    options = ["-pluralonly"] if language == "en" else []
    done = subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *options,
            "-no-obsolete",
            "-locations",
            "relative",
            "-target-language",
            language,
            *map(str, gui_sources()),
            "-ts",
            str(ts),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return done.stdout + done.stderr


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True, cwd=ROOT
    )


def core_template():  # type: ignore[no-untyped-def]
    """core/'s words as a Babel catalogue (what ``update`` writes to core.pot)."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file

    catalog = Catalog(project="pos-app", domain="core", charset="utf-8")
    for folder in CORE:
        for path in sorted(folder.rglob("*.py")):
            for line, message, comments, context in extract_from_file("python", path, keywords=CORE_KEYWORDS):
                where = (str(path.relative_to(ROOT)), line)
                catalog.add(message, locations=[where], auto_comments=comments, context=context)
    return catalog


def _read_po(path: Path):  # type: ignore[no-untyped-def]
    from babel.messages.pofile import read_po

    with path.open("rb") as file:
        return read_po(file, locale=path.stem.split("_", 1)[1])


def _write_po(catalog, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Written only when a message changed: a new extraction date alone is no change (and
    would change the compiled file with it)."""
    from babel.messages.pofile import write_po

    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, sort_output=True, include_lineno=False)
    dated = re.compile(rb'^"(POT-Creation-Date|PO-Revision-Date): .*\n', re.M)
    if path.exists() and dated.sub(b"", path.read_bytes()) == dated.sub(b"", buffer.getvalue()):
        return
    path.write_bytes(buffer.getvalue())


def _mo_bytes(catalog) -> bytes:  # type: ignore[no-untyped-def]
    from babel.messages.mofile import write_mo

    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def update() -> None:
    from babel.messages.catalog import Catalog

    for language in ("en", *LANGUAGES):
        print(language, lupdate(ts_file(language), language).strip().splitlines()[-1])
    template = core_template()
    _write_po(template, FOLDER / "core.pot")
    for language in LANGUAGES:
        path = po_file(language)
        catalog = _read_po(path) if path.exists() else Catalog(locale=language, domain="core")
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        catalog.obsolete.clear()
        catalog.project, catalog.version, catalog.copyright_holder = "pos-app", "", "pos-app"
        catalog.header_comment = f"# core/'s words in {language}: see installer/translations.py."
        catalog.fuzzy = False
        _write_po(catalog, path)
    print("core", len(template), "messages")


def build() -> None:
    for language in ("en", *LANGUAGES):
        lrelease(ts_file(language), qm_file(language))
    for language in LANGUAGES:
        mo_file(language).write_bytes(_mo_bytes(_read_po(po_file(language))))


def unfinished_in_ts(ts: Path) -> list[str]:
    """Messages of a .ts with no finished translation (unfinished, empty, a plural form missing)."""
    missing = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            texts = [form.text for form in forms] if forms else [None if translation is None else translation.text]
            unfinished = translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
            if unfinished or not all(text and text.strip() for text in texts):
                missing.append(f"{name}: {message.findtext('source')!r}")
    return missing


def stale_compiled() -> list[str]:
    """Compiled files that differ from what their sources compile to."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for language in ("en", *LANGUAGES):
            ts, qm = ts_file(language), qm_file(language)
            fresh = Path(scratch) / qm.name
            lrelease(ts, fresh)
            if not qm.exists() or qm.read_bytes() != fresh.read_bytes():
                problems.append(f"{qm.name} is older than {ts.name}")
    for language in LANGUAGES:
        if not mo_file(language).exists() or mo_file(language).read_bytes() != _mo_bytes(_read_po(po_file(language))):
            problems.append(f"{mo_file(language).name} is older than {po_file(language).name}")
    return problems


def sources_behind_code() -> list[str]:
    """Translation sources that lack words the code has now (or keep words it lost)."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for language in ("en", *LANGUAGES):
            ts = ts_file(language)
            copy = Path(scratch) / ts.name
            copy.write_bytes(ts.read_bytes())
            lupdate(copy, language)
            if _messages(copy) != _messages(ts):
                problems.append(f"{ts.name} lacks words the GUI has now (or keeps words it lost)")
    template = {(m.id, m.context) for m in core_template() if m.id}
    for language in LANGUAGES:
        if {(m.id, m.context) for m in _read_po(po_file(language)) if m.id} != template:
            problems.append(f"{po_file(language).name} lacks words core/ has now (or keeps words it lost)")
    return problems


def _messages(ts: Path) -> set[tuple[str, str, str]]:
    root = ElementTree.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "", message.findtext("comment") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def unfinished_in_po(language: str) -> list[str]:
    catalog = _read_po(po_file(language))
    return [
        repr(m.id)
        for m in catalog
        if m.id and (m.fuzzy or not (all(m.string) if isinstance(m.string, tuple | list) else m.string))
    ]


def unfinished() -> dict[str, list[str]]:
    """Per shipped language, every word with no finished translation (GUI and core/)."""
    return {language: unfinished_in_ts(ts_file(language)) + unfinished_in_po(language) for language in LANGUAGES}


PLACEHOLDER = re.compile(r"\{\w*\}|%n")


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def placeholder_mismatches() -> list[str]:
    """Translations whose ``{0}``, ``{points}`` or ``%n`` differ from their source's: a figure
    the cashier needs would be lost, or ``format()`` would fail."""
    problems = []
    for language in LANGUAGES:
        for context in ElementTree.parse(ts_file(language)).getroot().iter("context"):
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                if translation is None:
                    continue
                forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
                wanted = set(_placeholders(source))
                for form in forms:
                    # an Arabic zero, one or two may say the number in words
                    got = set(_placeholders(form)) | ({"%n"} if message.get("numerus") else set())
                    if form and got != wanted:
                        problems.append(f"{language}: {source!r} -> {form!r}")
        for m in _read_po(po_file(language)):
            if not m.id:
                continue
            sources = [m.id] if isinstance(m.id, str) else list(m.id)
            strings = [m.string] if isinstance(m.string, str) else list(m.string)
            wanted = set(_placeholders(sources[-1]))
            for text in strings:
                got = set(_placeholders(text))
                if text and (got != wanted if len(strings) == 1 else not got <= wanted):  # plurals may spell it
                    problems.append(f"{language}: {sources[0]!r} -> {text!r}")
    return problems


def check() -> list[str]:
    problems = stale_compiled() + sources_behind_code() + placeholder_mismatches()
    for language, missing in unfinished().items():
        problems += [f"{language}: no translation for {what}" for what in missing]
    return problems


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "build":
        build()
    elif command == "check":
        problems = check()
        for problem in problems:
            print(problem)
        if problems:
            print(
                f"{len(problems)} problems: run `{Path(sys.executable).name} installer/translations.py update`, "
                "translate what is unfinished (Qt Linguist for .ts, any PO editor for .po), then `build`."
            )
            return 1
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
