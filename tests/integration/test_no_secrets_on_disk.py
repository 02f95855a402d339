"""A whole session, then every file the app wrote (and what the support bundle holds) searched for
secrets and full mobile numbers."""

from __future__ import annotations

import zipfile
from pathlib import Path

from pos_app.sim.data import DEMO_ORG_ID
from tests.conftest import SimAdmin, make_sim
from tests.support.ports import free_port

PASSWORD = "Zq9-till-secret-7781"
TOKEN = "wf-token-5b2f9c1e7d"
CHECKER = "wf-checker-3c8d0a"  # a checker's token: approves in InTouch, never on the till
MOBILES = ("919777788221", "9777788221", "919777785205")


def test_a_whole_session_leaves_no_secret_on_disk(cli, app_home: Path, tmp_path: Path) -> None:
    server = make_sim(
        tills={"demo.till": {"password": PASSWORD, "store": "S1"}},
        otp={"length": 10},
        workflow_tokens={TOKEN: "maker@demo"},
        workflow_checker_tokens={CHECKER: "checker@demo"},
    )
    sim = SimAdmin(server)
    try:
        for key, value in (
            ("host", sim.url),
            ("workflow.crm_host", sim.url),
            ("workflow.org_id", DEMO_ORG_ID),
            ("entity.till_id", "1"),
            ("entity.store_id", "2"),
            ("store_name", "Store 1"),
        ):
            assert cli("config", "set", key, value).code == 0
        assert cli("credentials", "set", "--till", "demo.till", "--password-stdin", stdin=PASSWORD + "\n").code == 0
        assert cli("credentials", "set", "--workflow-token", "--password-stdin", stdin=TOKEN + "\n").code == 0
        assert cli("config", "set", "offline.policy", "approval").code == 0  # all a request needs is set
        assert cli("lookup", "--mobile", "9777788221").code == 0
        assert cli("check", "--mobile", "9777788221", "--points", "100", "--send-otp").code == 0
        otp = sim.otp("919777788221")
        done = cli("redeem", "--mobile", "9777788221", "--points", "100", "--bill", "S-1", "--otp", otp, "--json")
        assert done.code == 0, done.err
        # Offline: the host is gone; a redemption without a code is queued for approval.
        dead = free_port()
        cli("config", "set", "host", f"http://127.0.0.1:{dead}")
        queued = cli("redeem", "--mobile", "919777785205", "--points", "50", "--bill", "S-2")
        assert queued.code == 8, queued.out + queued.err
        cli("config", "set", "host", sim.url)
        waiting = cli("queue", "replay", "--max-wait", "0")
        assert waiting.code == 8 and "waiting for approval" in waiting.out
        (request_id,) = sim.server.state.requests  # a checker approves it in InTouch
        decided = sim.http.put(
            f"{sim.url}/api_gateway/v2/request-workflow/POINTS-REDEMPTION",
            timeout=5,
            headers={"X-CAP-API-AUTH-ORG-ID": DEMO_ORG_ID, "X-CAP-UI-AUTH-TOKEN": CHECKER},
            json={
                "requestId": request_id,
                "actionName": "AdminTask",
                "payload": {"AdminTask-Payload": {"actionDecision": "approved"}},
            },
        )
        assert decided.json()["data"]["state"] == "approved"
        # The approved row's next check is scheduled (every 30 s); a supervisor retries it now.
        import sqlite3

        with sqlite3.connect(app_home / "data" / "outbox.sqlite3") as db:
            db.execute("UPDATE outbox SET next_attempt_at = 0 WHERE state = 'approval'")
        replayed = cli("queue", "replay", "--max-wait", "0")
        assert replayed.code == 0, replayed.out + replayed.err
        assert len(sim.ledger()) == 2
        assert cli("receipt", "pdf", "--last", "--output", str(app_home / "data" / "last.pdf")).code == 0
        redemption_id = done.json()["redemption_id"]
        assert cli("supervisor", "set-pin", "--pin-stdin", stdin="4821\n").code == 0
        assert (
            cli(
                "reverse",
                "--mobile",
                "9777788221",
                "--redemption-id",
                redemption_id,
                "--points",
                "100",
                "--reason",
                "wrong bill",
                "--pin-stdin",
                stdin="4821\n",
            ).code
            == 0
        )
        assert cli("report", "day", "--output", str(app_home / "data" / "day.csv")).code == 0
        assert cli("queue", "export", "--output", str(app_home / "data" / "queue.csv")).code == 0
        assert sim.server.state.requests, "the offline redemption became a maker-checker request"
        bundle = cli("support", "bundle", "--output", str(app_home / "data" / "support.zip"))
        assert bundle.code == 0, bundle.err
    finally:
        server.stop()
    written = [p for p in app_home.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in written)
    hits = []
    with sqlite3.connect(app_home / "data" / "outbox.sqlite3") as db:  # the journal's receipts live there
        receipts = "\n".join(row[0] for row in db.execute("SELECT receipt FROM receipts"))
    assert receipts
    for secret in (PASSWORD, TOKEN, otp, *MOBILES):
        if secret in receipts:
            hits.append(f"journal: {secret}")
    for path in written:
        if path.name.startswith("outbox.sqlite3"):
            continue  # the queue must keep the number it replays with
        for name, data in readable_parts(path):
            for secret in (PASSWORD, TOKEN, otp, *MOBILES):
                if secret.encode() in data:
                    hits.append(f"{path.relative_to(app_home)}{name}: {secret}")
    assert hits == []
    with zipfile.ZipFile(app_home / "data" / "support.zip") as archive:  # the bundle was searched inside
        assert {"journal.json", "queue.csv", "settings.json", "self-test.json"} <= set(archive.namelist())
        assert any(name.startswith("logs/") for name in archive.namelist())


def readable_parts(path: Path) -> list[tuple[str, bytes]]:
    """The file's bytes; for a zip (the support bundle, compressed), each member's as well."""
    parts = [("", path.read_bytes())]
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            parts += [(f"!{name}", archive.read(name)) for name in archive.namelist()]
    return parts
