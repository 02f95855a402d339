"""``--demo`` keeps its files where it is told, leaves no temporary folder behind, and prints
receipts as PDF files a person can open (read back here with pdftotext)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pos_app.core.config import Settings
from pos_app.core.printers import PrinterUnavailable
from tests.conftest import REPO
from tests.support.receipts import sample_receipt


def run_demo(tmp_path: Path, *extra: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "POS_APP_HOME"}
    env.update(QT_QPA_PLATFORM="offscreen", POS_APP_EXIT_WHEN_READY="1", TMPDIR=str(tmp_path / "tmp"))
    if home is not None:
        env["POS_APP_HOME"] = str(home)
    (tmp_path / "tmp").mkdir(exist_ok=True)
    return subprocess.run(
        [sys.executable, "-m", "pos_app", "--demo", *extra],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_demo_without_a_home_leaves_no_temporary_folder(tmp_path: Path) -> None:
    done = run_demo(tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "ready" in done.stdout and "files under" in done.stdout
    assert list((tmp_path / "tmp").iterdir()) == []  # its temporary home went with it


def test_a_demo_honours_pos_app_home_and_home(tmp_path: Path) -> None:
    home = tmp_path / "shift-home"
    done = run_demo(tmp_path, home=home)
    assert done.returncode == 0, done.stderr[-2000:]
    assert str(home) in done.stdout and (home / "logs" / "pos-app.log").exists()
    assert (home / "data").is_dir() and list((tmp_path / "tmp").iterdir()) == []
    other = tmp_path / "other-home"
    assert run_demo(tmp_path, "--home", str(other), home=home).returncode == 0
    assert (other / "logs" / "pos-app.log").exists()  # --home wins over POS_APP_HOME


def test_the_demos_printer_writes_pdfs_and_says_where(qtbot, tmp_path: Path, monkeypatch) -> None:
    from pos_app.gui import printing
    from pos_app.gui.demo import demo_context

    monkeypatch.setenv("POS_APP_HOME", str(tmp_path / "demo"))
    ctx, sim = demo_context(None)
    sim.stop()
    assert ctx.paths.data_dir.is_relative_to(tmp_path / "demo")
    assert ctx.settings.get("printer.kind") == "pdf"
    receipt = sample_receipt()
    where = printing.print_receipt(receipt, ctx.settings)
    again = printing.print_receipt(receipt, ctx.settings)  # a reprint in the same second: its own file
    path = Path(where.removeprefix("PDF "))
    assert where.startswith("PDF ") and path.exists() and path.parent == tmp_path / "demo" / "printed"
    assert again != where
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
        assert receipt.redemption_id in text and "POINTS REDEMPTION" in text
    elif os.environ.get("CI"):
        pytest.fail("pdftotext missing on CI (tests/run.sh installs poppler-utils)")


def test_a_pdf_printer_without_a_folder_says_what_to_set(qtbot, tmp_path: Path) -> None:
    from pos_app.gui import printing

    settings = Settings(path=tmp_path / "settings.toml")
    settings.set("printer.kind", "pdf")
    with pytest.raises(PrinterUnavailable, match="no folder"):
        printing.print_receipt(sample_receipt(), settings)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    settings.set("printer.device", str(blocked))
    with pytest.raises(PrinterUnavailable, match="could not be written"):
        printing.print_receipt(sample_receipt(), settings)


def test_the_demos_supervisor_pin_is_set_once_its_simulator_runs(tmp_path: Path, monkeypatch) -> None:
    from pos_app.gui.demo import demo_context
    from pos_app.sim.data import DEMO_SUPERVISOR_PIN

    monkeypatch.setenv("POS_APP_HOME", str(tmp_path / "demo"))
    ctx, sim = demo_context(None)
    try:
        sim.start()  # as the window's event loop does, once it shows
        assert ctx.supervisor.is_set()
        ctx.supervisor.verify(DEMO_SUPERVISOR_PIN, "void a receipt")  # raises if it is not the demo's
    finally:
        sim.stop()


def test_a_demo_in_a_home_named_by_pos_app_home_starts_in_that_homes_language(tmp_path: Path, monkeypatch) -> None:
    import argparse

    from pos_app.gui.app import store_language

    home = tmp_path / "shift-home"
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.toml").write_text('language = "ar"\n', encoding="utf-8")
    monkeypatch.setenv("POS_APP_HOME", str(home))
    assert store_language(argparse.Namespace(demo=True, home=None)) == "ar"
    monkeypatch.delenv("POS_APP_HOME")
    assert store_language(argparse.Namespace(demo=True, home=None)) == ""  # a new temporary home: the system's


def test_a_demo_in_a_home_keeps_that_homes_own_settings(tmp_path: Path, monkeypatch) -> None:
    from pos_app.gui.demo import demo_context

    home = tmp_path / "shift-home"
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.toml").write_text(
        '[kiosk]\nidle_seconds = 10\nwarning_seconds = 8\n\n[printer]\nkind = "file"\ndevice = "/dev/null"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("POS_APP_HOME", str(home))
    ctx, sim = demo_context(None)
    sim.stop()
    assert (ctx.settings.get("kiosk.idle_seconds"), ctx.settings.get("kiosk.warning_seconds")) == (10, 8)
    assert ctx.settings.get("printer.kind") == "file"  # the home's printer, not the demo's PDFs
    assert ctx.settings.get("host") == sim.url and ctx.settings.get("till") == "demo.till"  # the demo's service
