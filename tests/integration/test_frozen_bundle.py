"""The PyInstaller bundle, built here by installer/build.sh and run with no Python of ours:
``--version``, every resource file, ``self-test`` against the simulator (keyring in a real Secret
Service, a printer port on loopback), ``queue list`` in an empty home, ``--demo`` up to a ready window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO, SimAdmin
from tests.integration.test_secret_service import clean_env, require_secret_service
from tests.support.printer_listener import PrinterListener

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]
BUNDLE = REPO / "build" / "dist" / "pos-app"
FROZEN = BUNDLE / "pos-app"


def bundle_size_mb() -> float:
    return sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


@pytest.fixture(scope="module")
def frozen() -> Iterator[Path]:
    done = subprocess.run(
        ["bash", str(REPO / "installer" / "build.sh")],
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=840,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    size = f"bundle: {BUNDLE} {bundle_size_mb():.0f} MB in {sum(1 for _ in BUNDLE.rglob('*'))} files"
    print(size)
    (REPO / "test-output").mkdir(exist_ok=True)
    (REPO / "test-output" / "bundle-size.txt").write_text(size + "\n")
    yield FROZEN


def run(frozen: Path, *args: str, env: dict[str, str] | None = None, stdin: str = "") -> subprocess.CompletedProcess:
    environment = {k: v for k, v in (env or os.environ).items() if k != "PYTHONPATH"}  # nothing from the tree
    return subprocess.run(
        [str(frozen), *args], env=environment, input=stdin, capture_output=True, text=True, timeout=120
    )


def test_version_comes_from_pyproject(frozen: Path) -> None:
    version = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    done = run(frozen, "--version")
    assert done.returncode == 0 and done.stdout.strip() == f"pos-app {version}"


def test_queue_list_in_an_empty_home(frozen: Path, tmp_path: Path) -> None:
    done = run(frozen, "--home", str(tmp_path / "empty"), "queue", "list", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"items": [], "waiting": 0, "attention": 0}


def test_self_test_passes_on_a_configured_till(frozen: Path, sim: SimAdmin, tmp_path: Path) -> None:
    require_secret_service()
    home = tmp_path / "till"
    (home / "user").mkdir(parents=True)
    listener = PrinterListener()
    script = f"""
set -e
echo -n unlock | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
{frozen} config set host {sim.url}
{frozen} config set printer.kind network
{frozen} config set printer.host 127.0.0.1
{frozen} config set printer.port {listener.port}
printf 'demo\\n' | {frozen} credentials set --till demo.till --password-stdin >/dev/null
{frozen} self-test
"""
    env = {**clean_env(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPATH", None)
    done = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", script], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for name in ("qt", "keyring", "data", "credentials", "host", "printer"):
        assert any(line.startswith("ok ") and f" {name} " in line for line in done.stdout.splitlines()), name
    assert "SecretService" in done.stdout and "all checks passed" in done.stdout
    listener.wait()


def test_demo_window_comes_up(frozen: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "POS_APP_EXIT_WHEN_READY": "1"}
    done = run(frozen, "--home", str(tmp_path / "demo"), "--demo", env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "simulator on http://127.0.0.1:" in done.stdout and done.stdout.strip().endswith("ready")


def test_the_bundle_carries_every_resource(frozen: Path) -> None:
    (carried,) = BUNDLE.rglob("pos_app/_resources")  # where pos_app.resources looks in a bundle
    shipped = [p.relative_to(REPO / "resources") for p in (REPO / "resources").rglob("*") if p.is_file()]
    assert shipped
    assert all((carried / name).read_bytes() == (REPO / "resources" / name).read_bytes() for name in shipped)


def test_a_support_bundle_from_the_bundle_names_every_version(frozen: Path, tmp_path: Path) -> None:
    import zipfile

    output = tmp_path / "support.zip"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = run(frozen, "--home", str(tmp_path / "till"), "support", "bundle", "--output", str(output), env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    versions = json.loads(zipfile.ZipFile(output).read("versions.json"))
    assert versions["frozen"] is True and versions["qt"].startswith("6.")
    unknown = [name for name, version in versions["dependencies"].items() if version == "bundled (no metadata)"]
    assert versions["dependencies"]["keyring"][0].isdigit() and unknown == [], unknown
