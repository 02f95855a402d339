"""The approval policy is chosen only with everything a request needs; self-test asks the approval
service; a refused request says what to set; the queue names each request a supervisor approves."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pos_app.core import credentials
from pos_app.core.app_context import AppContext
from pos_app.core.credentials import MemoryStore
from pos_app.core.outbox import APPROVAL, ATTENTION, NewRedemption
from pos_app.core.redemption import queue_offline
from pos_app.core.replay import Replayer
from pos_app.core.self_check import approval_check
from pos_app.sim.data import DEMO_ORG_ID, DEMO_PASSWORD, DEMO_TILL, DEMO_WORKFLOW_TOKEN
from tests.conftest import SimAdmin

ASHA = "919777788221"


def test_approval_is_refused_until_everything_a_request_needs_is_set(cli, sim: SimAdmin) -> None:
    refused = cli("config", "set", "offline.policy", "approval")
    assert refused.code == 1
    for needed in (
        "workflow.crm_host",
        "workflow.org_id",
        "the workflow token",
        "pos-app credentials set --workflow-token",
        "entity.till_id",
        "entity.store_id",
    ):
        assert needed in refused.err, needed
    assert cli("config", "show", "--json").json()["settings"]["offline.policy"]["value"] == "refuse"
    for key, value in (("workflow.crm_host", sim.url), ("workflow.org_id", DEMO_ORG_ID)):
        assert cli("config", "set", key, value).code == 0
    token = cli("credentials", "set", "--workflow-token", "--password-stdin", stdin=DEMO_WORKFLOW_TOKEN + "\n")
    assert token.code == 0
    still = cli("config", "set", "offline.policy", "approval")
    assert still.code == 1 and "entity.till_id" in still.err and "workflow.org_id" not in still.err
    for key, value in (("entity.till_id", "11"), ("entity.store_id", "22")):
        assert cli("config", "set", key, value).code == 0
    assert cli("config", "set", "offline.policy", "approval").code == 0


def till(sim: SimAdmin, home: Path, token: str = DEMO_WORKFLOW_TOKEN, **extra: str) -> AppContext:
    secrets = MemoryStore({credentials.till_password(DEMO_TILL): DEMO_PASSWORD, credentials.WORKFLOW_TOKEN: token})
    ctx = AppContext.open(str(home), secrets)
    values = {
        "host": sim.url,
        "till": DEMO_TILL,
        "offline.policy": "approval",
        "workflow.crm_host": sim.url,
        "workflow.org_id": DEMO_ORG_ID,
        "entity.till_id": "11",
        "entity.store_id": "22",
        **extra,
    }
    for key, value in values.items():
        ctx.settings.set(key, value)
    return ctx


def test_self_test_asks_the_approval_service(sim: SimAdmin, app_home: Path) -> None:
    good = approval_check(till(sim, app_home))
    assert good.ok is True and "accepts org" in good.detail
    wrong_token = approval_check(till(sim, app_home, token="not-a-token"))
    assert wrong_token.ok is False and "pos-app credentials set --workflow-token" in wrong_token.detail
    unset = approval_check(till(sim, app_home, **{"entity.store_id": ""}))
    assert unset.ok is False and "entity.store_id" in unset.detail
    other_policy = approval_check(till(sim, app_home, **{"offline.policy": "refuse"}))
    assert other_policy.ok is None


def test_self_test_command_lists_the_approval_check(configured_cli, sim: SimAdmin) -> None:
    for key, value in (("workflow.crm_host", sim.url), ("workflow.org_id", DEMO_ORG_ID), ("entity.till_id", "1")):
        configured_cli("config", "set", key, value)
    configured_cli("credentials", "set", "--workflow-token", "--password-stdin", stdin="wrong-token\n")
    configured_cli("config", "set", "entity.store_id", "2")
    assert configured_cli("config", "set", "offline.policy", "approval").code == 0
    report = configured_cli("self-test", "--json")
    (approval,) = [c for c in report.json()["checks"] if c["name"] == "approval"]
    assert approval["verdict"] == "FAILED" and "refused the workflow token" in approval["detail"]
    assert report.code == 1


def test_a_refused_request_names_what_was_refused_and_what_to_set(sim: SimAdmin, app_home: Path) -> None:
    ctx = till(sim, app_home, **{"entity.till_id": ""})  # as a settings file edited by hand could leave it
    item = queue_offline(ctx.sender(), NewRedemption("mobile", ASHA, Decimal(20), "A-1")).item
    Replayer(ctx.sender()).run(max_wait_s=0)
    failed = ctx.outbox.get(item.id)
    assert failed.state == ATTENTION
    assert "refused the request as invalid" in failed.reason and "Invalid payload" in failed.reason
    assert "entity.till_id not set" in failed.reason and "entity.store_id 22" in failed.reason
    assert "pos-app config set entity.till_id" in failed.reason and "Call support" not in failed.reason


def test_queue_list_names_each_waiting_items_approval_request(sim: SimAdmin, app_home: Path, cli) -> None:
    ctx = till(sim, app_home)
    ctx.settings.save()
    item = queue_offline(ctx.sender(), NewRedemption("mobile", ASHA, Decimal(20), "A-2")).item
    Replayer(ctx.sender()).run(max_wait_s=0)
    waiting = ctx.outbox.get(item.id)
    assert waiting.state == APPROVAL and waiting.workflow_request_id
    (row,) = cli("queue", "list", "--json").json()["items"]
    assert row["approval_request_id"] == waiting.workflow_request_id
    assert f"approval request {waiting.workflow_request_id}" in cli("queue", "list").out
    assert waiting.workflow_request_id in cli("queue", "export").out
