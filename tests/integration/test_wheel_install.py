"""A wheel of the app, installed (not editable) into a scratch virtualenv, carries every file of
the top-level ``resources/`` folder and runs from them, with no source tree on the import path:
every file is read from the installed copy, every translation is used, ``pos-app --demo`` starts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ElementTree
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]
RESOURCES = REPO / "resources"
SOURCES = ["pos_app", "resources", "pyproject.toml", "setup.py", "README.md"]


def shipped() -> list[str]:
    return sorted(p.relative_to(RESOURCES).as_posix() for p in RESOURCES.rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built from a clean copy of the sources: a stale build/ folder in the tree cannot slip in."""
    root = tmp_path_factory.mktemp("wheel")
    tree = root / "src"
    tree.mkdir()
    for name in SOURCES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, tree / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, tree / name)
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(root / "dist"), str(tree)],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    (built,) = (root / "dist").glob("pos_app-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A scratch virtualenv with the wheel installed; its dependencies are read from this
    environment's site-packages (a path entry only: the editable install's hook is not run)."""
    venv = tmp_path_factory.mktemp("venv") / "till"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=60)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q", str(wheel)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    yield venv


def run_in(*command: str, cwd: Path, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHON_KEYRING_BACKEND")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env.update(extra_env or {})
    return subprocess.run(list(command), cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_the_wheel_carries_every_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [name for name in shipped() if f"pos_app/_resources/{name}" not in names]
    assert shipped() and not missing, f"not in the wheel: {missing}"
    assert not any(name.startswith(("resources/", "pos_app/resources/")) for name in names)


def test_the_installed_app_reads_the_installed_copy(installed: Path, tmp_path: Path) -> None:
    probe = (
        "import pos_app.resources as r, sys\n"
        "root = r.resources_root()\n"
        "print(root)\n"
        "for name in sys.argv[1:]:\n"
        "    print(name, r.resource(*name.split('/')).read_bytes().hex())\n"
    )
    done = run_in(str(installed / "bin" / "python"), "-c", probe, *shipped(), cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    root, *lines = done.stdout.splitlines()
    assert Path(root).is_relative_to(installed) and Path(root).name == "_resources", root
    found = dict(line.split(" ", 1) for line in lines)
    assert found == {name: (RESOURCES / name).read_bytes().hex() for name in shipped()}


def finished_message(ts: Path) -> tuple[str, str, str] | None:
    """One translated message of a Qt Linguist file: (context, source, translation)."""
    for context in ElementTree.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            plain = message.get("numerus") != "yes"  # a plural needs its count: not this probe
            if plain and translation is not None and translation.text and translation.get("type") is None:
                return context.findtext("name") or "", message.findtext("source") or "", translation.text
    return None


TRANSLATED = [ts for ts in sorted((RESOURCES / "translations").glob("pos_app_*.ts")) if finished_message(ts)]


@pytest.mark.parametrize("ts", TRANSLATED, ids=lambda p: p.name)
def test_every_translation_is_found_and_used(installed: Path, tmp_path: Path, ts: Path) -> None:
    language = ts.stem.removeprefix("pos_app_")
    found = finished_message(ts)
    assert found is not None
    context, source, translation = found
    probe = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from pos_app.gui.translations import install_language\n"
        "app = QApplication([])\n"
        "install_language(sys.argv[1])\n"
        "print(QCoreApplication.translate(sys.argv[2], sys.argv[3]))\n"
    )
    done = run_in(str(installed / "bin" / "python"), "-c", probe, language, context, source, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == translation.strip()


def test_the_installed_command_starts_the_demo(installed: Path, tmp_path: Path) -> None:
    done = run_in(
        str(installed / "bin" / "pos-app"),
        "--home",
        str(tmp_path / "home"),
        "--demo",
        cwd=tmp_path,
        extra_env={"POS_APP_EXIT_WHEN_READY": "1"},
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert done.stdout.strip().endswith("ready"), done.stdout
    assert "Could not" not in done.stderr and "No such file" not in done.stderr, done.stderr
