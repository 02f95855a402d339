"""``pos-app self-test`` against the real simulator, a printer port on loopback and a real Qt start."""

from __future__ import annotations

from pos_app.core.app_context import AppContext
from pos_app.core.self_check import data_dir_check, host_check, printer_check
from tests.conftest import SimAdmin
from tests.support.ports import free_port
from tests.support.printer_listener import PrinterListener


def test_a_configured_till_passes_every_check(configured_cli, sim: SimAdmin) -> None:
    listener = PrinterListener()
    for key, value in {"printer.kind": "network", "printer.host": "127.0.0.1", "printer.port": listener.port}.items():
        assert configured_cli("config", "set", key, str(value)).code == 0
    done = configured_cli("self-test")
    assert done.code == 0, done.out + done.err
    lines = {line.split()[1]: line for line in done.out.splitlines() if line.startswith(("ok ", "FAILED", "n/a"))}
    assert set(lines) == {"qt", "settings", "rate", "keyring", "data", "credentials", "host", "approval", "printer"}
    assert lines.pop("approval").startswith("n/a")  # offline.policy refuse: no approval service used
    assert all(line.startswith("ok ") for line in lines.values()), done.out
    assert f"{sim.url} answered" in lines["host"] and "accepts connections" in lines["printer"]
    assert "100 calls a minute on the API key" in lines["rate"] and "at most 50 of them (50%" in lines["rate"]
    assert "all checks passed" in done.out
    assert listener.wait() == b""  # reached, nothing printed


def test_each_failure_is_named_and_the_exit_code_says_so(configured_cli) -> None:
    configured_cli("config", "set", "host", f"http://127.0.0.1:{free_port()}")
    configured_cli("config", "set", "printer.kind", "network")
    configured_cli("config", "set", "printer.host", "127.0.0.1")
    configured_cli("config", "set", "printer.port", str(free_port()))
    done = configured_cli("self-test", "--json")
    assert done.code == 1
    verdicts = {check["name"]: check for check in done.json()["checks"]}
    host = verdicts["host"]
    assert host["verdict"] == "FAILED" and "cannot be reached (connection refused)" in host["detail"]
    assert verdicts["printer"]["verdict"] == "FAILED" and "cannot be reached" in verdicts["printer"]["detail"]
    assert verdicts["qt"]["verdict"] == verdicts["data"]["verdict"] == "ok"
    assert done.json()["passed"] is False


def test_an_unconfigured_till_says_what_to_set(cli) -> None:
    done = cli("self-test")
    assert done.code == 1
    assert "pos-app config set cluster" in done.out and "pos-app credentials set" in done.out
    assert "n/a    printer" in done.out  # no printer is not a failure


def test_qt_that_cannot_start_is_a_failed_check_not_a_crash(cli, monkeypatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "no-such-platform")
    done = cli("self-test")
    assert done.code == 1
    qt_line = next(line for line in done.out.splitlines() if " qt " in f" {line} ")
    assert qt_line.startswith("FAILED") and "Qt could not start a window" in qt_line


def test_with_no_display_the_window_is_not_checked_and_does_not_fail(configured_cli, monkeypatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    done = configured_cli("self-test")  # a manager on SSH
    qt_line = next(line for line in done.out.splitlines() if " qt " in f" {line} ")
    assert qt_line.startswith("n/a") and "no display" in qt_line and "till's screen" in qt_line, done.out
    assert done.code == 0 and "all checks passed" in done.out, done.out
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")  # the window's platform asked for: it must start
    asked = configured_cli("self-test", "--json")
    assert asked.code == 1 and {c["name"]: c["verdict"] for c in asked.json()["checks"]}["qt"] == "FAILED"


def test_checks_one_by_one(tmp_path, sim: SimAdmin, app_home) -> None:
    ctx = AppContext.open(str(app_home))
    assert data_dir_check(ctx).ok is True
    ctx.settings.set("host", sim.url)
    assert host_check(ctx).ok is True
    ctx.settings.set("printer.kind", "file")
    ctx.settings.set("printer.device", str(tmp_path / "receipts.bin"))
    assert printer_check(ctx).ok is True
    ctx.settings.set("printer.kind", "serial")
    ctx.settings.set("printer.device", str(tmp_path / "ttyUSB9"))
    check = printer_check(ctx)
    assert check.ok is False and "no such device" in check.detail


def test_the_settings_check_names_the_machine_wide_file_and_its_problems(cli, tmp_path, monkeypatch) -> None:
    machine = tmp_path / "chain.toml"
    monkeypatch.setenv("POS_APP_SITE_CONFIG", str(machine))
    machine.write_text('locked = ["host"]\nhost = "https://eu.api.capillarytech.com"\ncountry = "GB"\n')
    verdicts = {check["name"]: check for check in cli("self-test", "--json").json()["checks"]}
    assert verdicts["settings"]["verdict"] == "ok"
    assert str(machine) in verdicts["settings"]["detail"] and "2 set there, 1 locked" in verdicts["settings"]["detail"]
    machine.write_text("host = [\n")
    verdicts = {check["name"]: check for check in cli("self-test", "--json").json()["checks"]}
    assert verdicts["settings"]["verdict"] == "FAILED" and "could not be read" in verdicts["settings"]["detail"]
