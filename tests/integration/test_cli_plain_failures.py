"""What a store manager reads from the headless commands when something is missing or down: no
keyring, no host, a keyring that cannot ask for its password, a stopped service. Each ends in
plain words saying what happened and what to do, the technical detail in the log, nothing lost."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from pos_app.core.outbox import ATTENTION, NewRedemption, Outbox
from tests.conftest import SimAdmin
from tests.integration.test_secret_service import POS, in_keyring_session, require_secret_service

NO_KEYRING = "keyring.backends.fail.Keyring"  # what keyring picks on a till with no Secret Service running
JARGON = ("Traceback", "ConnectionError", "NotSent", "nothing sent:", "detail:", "GET /", "POST /")
# A keyring's own message inside ours: a sentence that ends twice (". ." or "..") is a joining fault.
DOUBLED_STOP = re.compile(r"(?<!\.)\.\s*\.(?!\.)")


def without_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", NO_KEYRING)


def one_clear_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    for word in JARGON:
        assert word not in text, text
    return lines[0]


def table(out: str) -> dict[str, str]:
    """self-test's lines by check name: {"keyring": "FAILED keyring ..."}."""
    rows = [line for line in out.splitlines() if line.split(" ")[0] in ("ok", "FAILED", "n/a", "skipped")]
    return {line.split()[1]: line for line in rows}


def test_self_test_without_a_keyring_prints_every_check_and_says_what_to_do(cli, monkeypatch) -> None:
    without_keyring(monkeypatch)
    done = cli("self-test")
    assert done.code == 1 and "Traceback" not in done.err, done.out + done.err
    lines = table(done.out)
    assert set(lines) == {"qt", "settings", "rate", "keyring", "data", "credentials", "host", "approval", "printer"}
    assert lines["keyring"].startswith("FAILED") and "No secure keyring" in lines["keyring"]
    assert "start the desktop's keyring service" in lines["keyring"]
    assert lines["credentials"].startswith("skipped") and "needs the keyring" in lines["credentials"]
    assert lines["data"].startswith("ok") and lines["settings"].startswith("ok")  # the rest still ran
    assert lines["host"].startswith("FAILED") and "pos-app config set cluster" in lines["host"]
    assert "2 of 9 checks failed" in done.out


def test_self_test_json_without_a_keyring_is_json_and_skips_what_needs_it(cli, app_home: Path, monkeypatch) -> None:
    settings = app_home / "config" / "settings.toml"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text('[offline]\npolicy = "approval"\n')  # its token would be read from the keyring
    without_keyring(monkeypatch)
    done = cli("self-test", "--json")
    assert done.code == 1, done.out + done.err
    report = json.loads(done.out)  # valid JSON, nothing else on standard output
    verdicts = {check["name"]: check for check in report["checks"]}
    assert verdicts["keyring"]["verdict"] == "FAILED" and "keyring service" in verdicts["keyring"]["detail"]
    for needs_keyring in ("credentials", "approval"):
        assert verdicts[needs_keyring]["verdict"] == "skipped", verdicts[needs_keyring]
        assert "needs the keyring" in verdicts[needs_keyring]["detail"]
    assert verdicts["data"]["verdict"] == "ok" and report["passed"] is False


def test_queue_replay_with_nothing_waiting_needs_no_keyring(cli, app_home: Path, monkeypatch) -> None:
    without_keyring(monkeypatch)
    done = cli("queue", "replay")
    assert (done.code, done.out.strip(), done.err) == (0, "Nothing waits in the queue.", ""), done.out + done.err
    assert json.loads(cli("queue", "replay", "--json").out)["waiting"] == 0
    outbox = Outbox(app_home / "data" / "outbox.sqlite3")
    item = outbox.add(NewRedemption("mobile", "919777788221", Decimal(10), "A-1"))
    outbox.update(item.id, state=ATTENTION, reason="refused on replay")
    outbox.close()
    attention = cli("queue", "replay")  # still nothing to send: the person is told where to look
    assert attention.code == 9 and attention.err == "", attention.out + attention.err
    assert "Nothing waits in the queue. 1 need attention: pos-app queue list" in attention.out


def test_something_waiting_without_a_keyring_says_so(cli, app_home: Path, sim: SimAdmin, monkeypatch) -> None:
    assert cli("config", "set", "host", sim.url).code == 0
    outbox = Outbox(app_home / "data" / "outbox.sqlite3")
    outbox.add(NewRedemption("mobile", "919777788221", Decimal(10), "A-1"))
    outbox.close()
    without_keyring(monkeypatch)
    done = cli("queue", "replay")
    assert done.code == 1 and "No secure keyring" in one_clear_line(done.err)
    assert sim.ledger() == [] and cli("queue", "list", "--json").json()["waiting"] == 1  # kept for later


@pytest.mark.parametrize(
    "command",
    [
        ("lookup", "--card", "CARD0001"),
        ("history", "--card", "CARD0001"),
        ("redeem", "--card", "CARD0001", "--points", "10", "--bill", "B-1", "--otp", "123456"),
    ],
    ids=["lookup", "history", "redeem"],
)
def test_no_host_is_named_before_the_keyring(cli, monkeypatch, command: tuple[str, ...]) -> None:
    without_keyring(monkeypatch)
    done = cli(*command)
    line = one_clear_line(done.err)
    assert done.code == 1 and line.startswith("error: No loyalty service is set for this till."), line
    assert line.index("pos-app config set cluster") < line.index("pos-app credentials set") < line.index("keyring")
    assert "pos-app config set host URL" in line


def test_no_host_with_a_working_keyring_names_the_command_then_credentials(cli) -> None:
    done = cli("lookup", "--card", "CARD0001")
    line = one_clear_line(done.err)
    assert done.code == 1 and "pos-app config set cluster NAME" in line and "Ask a supervisor" not in line
    assert "keyring" not in line  # nothing is wrong with it
    cli("config", "set", "host", "http://127.0.0.1:9")
    no_credentials = one_clear_line(cli("lookup", "--card", "CARD0001").err)
    assert "pos-app credentials set --till" in no_credentials and "Ask a supervisor" not in no_credentials


def test_self_test_with_the_service_stopped_says_it_in_plain_words(configured_cli, sim: SimAdmin, app_home) -> None:
    sim.server.stop()
    done = configured_cli("self-test")
    host = table(done.out)["host"]
    expected = (
        f"The loyalty service at {sim.url} cannot be reached (connection refused). "
        "Check the network and the host setting."
    )
    assert host == f"FAILED host        {expected}", host
    assert json.loads(configured_cli("self-test", "--json").out)["passed"] is False
    log = (app_home / "logs" / "pos-app.log").read_text()
    assert "cannot connect, nothing sent: ConnectionError" in log  # the detail is kept for support


def test_a_keyring_that_cannot_show_its_prompt_says_so_in_one_sentence(sim: SimAdmin, tmp_path: Path) -> None:
    """A real gnome-keyring with no login keyring: creating one needs a password prompt, which
    cannot be shown over SSH, and the keyring library says "Prompt dismissed.." itself."""
    require_secret_service()
    home = tmp_path / "till"
    (home / "user").mkdir(parents=True)
    pos = POS
    script = f"""
gnome-keyring-daemon --components=secrets --daemonize >/dev/null  # not unlocked: no login keyring yet
{pos} config set host {sim.url} >/dev/null
{pos} credentials status; echo "exit $?"
printf 'demo\\n' | {pos} credentials set --till demo.till --password-stdin; echo "exit $?"
QT_QPA_PLATFORM=offscreen {pos} self-test; echo "exit $?"
{pos} config set offline.policy approval; echo "exit $?"
"""
    done = in_keyring_session(script, home)
    ours = "\n".join(
        line for line in (done.stdout + done.stderr).splitlines() if "dbus-daemon" not in line and "gcr" not in line
    )
    assert ours.count("Prompt dismissed") >= 4, ours
    assert not DOUBLED_STOP.search(ours), ours
    assert "Log in to the till's desktop" in ours and "Traceback" not in ours
    assert ours.count("exit 1") == 4, ours
    assert "the workflow token (the keyring cannot be read: The keyring asked" in ours
    assert "skipped credentials" in ours and "FAILED keyring" in ours


def test_the_dead_network_ends_every_command_in_one_clear_line(configured_cli, sim: SimAdmin) -> None:
    cli: Any = configured_cli
    sim.server.stop()  # the service stopped: the port refuses connections
    lookup = cli("lookup", "--card", "CARD0001")
    line = one_clear_line(lookup.err)
    assert lookup.code == 4 and f"The loyalty service at {sim.url} cannot be reached (connection refused)" in line
    assert "Nothing was sent" in line and "Check the network and the host setting" in line

    # The default policy refuses offline redemptions: nothing is kept to be sent, and it says so.
    refused = cli("redeem", "--card", "CARD0001", "--points", "10", "--bill", "D-1", "--otp", "123456")
    line = one_clear_line(refused.err)
    assert refused.code == 4 and "does not accept redemptions offline" in line and "Nothing was redeemed" in line
    assert cli("queue", "list", "--json").json()["waiting"] == 0

    # A policy that takes them offline queues it with its receipt, to be sent later.
    assert cli("config", "set", "offline.policy", "no-otp-under-cap").code == 0
    queued = cli("redeem", "--card", "CARD0001", "--points", "10", "--bill", "D-2")
    assert queued.code == 8 and one_clear_line(queued.out).startswith("PENDING: Accepted offline"), queued.out
    assert queued.err == ""

    replay = cli("queue", "replay", "--max-wait", "1")
    assert replay.code == 4 and replay.err == "", replay.out + replay.err
    last = replay.out.strip().splitlines()[-1]
    assert "1 still waiting" in last and "cannot be reached" in last, replay.out
    for word in JARGON:
        assert word not in replay.out

    listed = cli("queue", "list")
    assert listed.code == 0 and "1 waiting (10 points" in listed.out and listed.err == ""
    receipts = cli("receipt", "list")
    assert receipts.code == 0 and "PENDING" in receipts.out and receipts.err == ""
    report = cli("report", "day", "--json")
    assert report.code == 0 and report.json()["pending"] == 1 and report.json()["queue_waiting"] == 1
