"""``pos-app redeem`` as a real process against a server that reads the whole redeem and then
answers with something that cannot be trusted: the redemption is kept for reconciliation
(exit 5, or 8 once queued), never marked rejected, so no one redoes it under a new reference.
And what is known not to have left the till is said so: exit 4, or queued as the policy allows.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.support.canned_http import Raw, raw_server
from tests.support.ports import free_port
from tests.unit.test_transport_sockets import HOSTILE

REDEEM_ARGS = ("redeem", "--mobile", "9777788221", "--points", "10", "--bill", "B-1", "--otp", "123456", "--json")


def set_up(cli: Any, url: str, policy: str = "refuse") -> None:
    for key, value in {"host": url, "timeout_connect": "1", "timeout_read": "2", "offline.policy": policy}.items():
        assert cli("config", "set", key, value).code == 0
    assert cli("credentials", "set", "--till", "till1", "--password-stdin", stdin="123\n").code == 0


def queue(cli: Any) -> list[dict[str, Any]]:
    listed = cli("queue", "list", "--json")
    data = json.loads(listed.out)
    return list(data["items"] if isinstance(data, dict) else data)


@pytest.mark.slow
@pytest.mark.parametrize("answer", list(HOSTILE.values()), ids=list(HOSTILE))
def test_an_answer_that_cannot_be_trusted_keeps_the_redemption_for_reconciliation(cli: Any, answer: Raw) -> None:
    with raw_server([answer]) as server:
        set_up(cli, server.url)
        done = cli(*REDEEM_ARGS)
        assert done.code in (5, 8), (done.code, done.out, done.err)
        assert len(server.requests) >= 1  # it arrived: the service may have applied it
    result = json.loads(done.out)
    assert result["outcome"] == "queued" and result["state"] == "unknown", result
    assert "cannot be applied twice" in result["message"]
    rows = queue(cli)
    assert [row["state"] for row in rows] == ["unknown"]
    assert rows[0]["reference"] == result["reference"]


def test_a_redeem_that_never_left_the_till_says_so_and_keeps_nothing_under_refuse(cli: Any) -> None:
    set_up(cli, f"http://127.0.0.1:{free_port()}")
    done = cli(*REDEEM_ARGS[:-1])  # as a person reads it
    assert done.code == 4, (done.out, done.err)
    assert "cannot be reached" in done.err and "does not accept redemptions offline" in done.err
    assert [row["state"] for row in queue(cli)] in ([], ["rejected"])


def test_a_redeem_that_never_left_the_till_is_queued_under_no_otp_under_cap(cli: Any) -> None:
    set_up(cli, f"http://127.0.0.1:{free_port()}", policy="no-otp-under-cap")
    done = cli(*REDEEM_ARGS)
    assert done.code == 8, (done.out, done.err)
    result = json.loads(done.out)
    assert result["outcome"] == "queued" and result["state"] == "pending"
    assert [row["state"] for row in queue(cli)] == ["pending"]


def test_a_missing_ca_bundle_is_a_set_up_error_before_anything_is_written_or_sent(cli: Any, tmp_path: Any) -> None:
    with raw_server([Raw(then="close")]) as server:
        set_up(cli, server.url)
        checked = len(server.requests)  # credentials set tried them on the service
        bundle = tmp_path / "site-ca.pem"
        refused = cli("config", "set", "ca_bundle", str(bundle))
        assert refused.code == 1 and "does not exist" in refused.err
        bundle.write_text("")
        assert cli("config", "set", "ca_bundle", str(bundle)).code == 0
        bundle.unlink()  # moved away after it was set up
        done = cli(*REDEEM_ARGS)
        assert server.requests[checked:] == []
    assert done.code == 1, (done.out, done.err)
    assert "site-ca.pem" in done.err + done.out and "does not exist" in done.err + done.out
    assert queue(cli) == []
