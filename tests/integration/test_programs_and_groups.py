"""Multi-program orgs and group (family) redemptions: the client, the simulator, the queue."""

from __future__ import annotations

import hashlib
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.core.capillary import CapillaryClient, GroupRef, Identifier, RedeemRequest, Rejected
from pos_app.core.outbox import DONE, NewRedemption, Outbox
from pos_app.core.redemption import queue_offline
from tests.conftest import SimAdmin
from tests.integration.test_outbox_faults import assert_exactly_once, make_sender, replay_to_the_end

VIKRAM = Identifier("mobile", "919777785205")  # 500 in program 973, 1200 in program 974
ASHA = Identifier("mobile", "919777788221")  # primary member of family FAM-RAO (3000 points)


def client(sim: SimAdmin) -> CapillaryClient:
    return CapillaryClient.with_basic_auth(sim.url, "demo.till", "demo")


def test_lookup_with_mlp_lists_each_programs_balance(sim: SimAdmin) -> None:
    customer = client(sim).get_customer(VIKRAM, mlp=True)
    balances = {p.program_id: (p.title, p.points) for p in customer.programs}
    assert balances == {"973": ("Demo Rewards", Decimal(500)), "974": ("Partner Miles", Decimal(1200))}
    assert customer.balance_in("974") == Decimal(1200)
    assert customer.balance_in("") == customer.loyalty_points == Decimal(500)
    single = client(sim).get_customer(ASHA, mlp=True)
    assert [p.program_id for p in single.programs] == ["973"]


def test_a_redemption_in_one_program_leaves_the_other_alone(sim: SimAdmin) -> None:
    api = client(sim)
    assert api.is_redeemable(VIKRAM, Decimal(200), program_id="974").is_redeemable
    api.redeem(RedeemRequest(VIKRAM, Decimal(200), "B-P1", "REF-P1", skip_validation=True, program_id="974"))
    after = {p.program_id: p.points for p in api.get_customer(VIKRAM, mlp=True).programs}
    assert after == {"973": Decimal(500), "974": Decimal(1000)}
    assert sim.ledger()[-1]["program_id"] == "974"


def test_family_points_are_checked_and_redeemed_from_the_group(sim: SimAdmin) -> None:
    api = client(sim)
    family = GroupRef(external_id="FAM-RAO")
    # More than Asha's own 2000 but within the family's 3000... and within the org's 200 per visit.
    check = api.is_redeemable(ASHA, Decimal(200), group_redemption=True, group=family)
    assert check.is_redeemable
    api.redeem(RedeemRequest(ASHA, Decimal(200), "B-G1", "REF-G1", skip_validation=True, group=family))
    assert sim.ledger()[-1]["group_id"] == "41"
    assert api.get_customer(ASHA).loyalty_points == Decimal(2000)  # her own points untouched


def test_a_queued_family_redemption_is_replayed_against_the_family(sim: SimAdmin, tmp_path: Path) -> None:
    sender = make_sender(sim, tmp_path)
    family = GroupRef(external_id="FAM-RAO").as_params()
    queued = queue_offline(sender, NewRedemption("mobile", ASHA.value, Decimal(20), "B-G2", group_ref=family))
    assert sender.outbox.get(queued.item.id).group_ref == family  # kept in the queue file
    replay_to_the_end(sender)
    assert [item.state for item in sender.outbox.items()] == [DONE]
    assert sim.ledger()[-1]["group_id"] == "41"
    assert_exactly_once(sender, sim)


def test_a_version_1_queue_file_is_migrated_with_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    Outbox(path).add(NewRedemption("mobile", ASHA.value, Decimal(20), "B-OLD"))
    with sqlite3.connect(path) as db:  # make it the file an earlier version wrote
        db.execute("ALTER TABLE outbox DROP COLUMN group_ref")
        db.execute("ALTER TABLE outbox DROP COLUMN receipt_draft")
        db.execute("ALTER TABLE outbox DROP COLUMN receipt_id")
        db.execute("DROP TABLE receipts")
        db.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    reopened = Outbox(path)
    [item] = reopened.items()
    assert (item.bill, item.group_ref) == ("B-OLD", {})
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("3",)


def test_the_simulator_answers_a_groups_points_in_the_documented_shape(sim: SimAdmin) -> None:
    raw = sim.http.get(
        f"{sim.url}/v2/userGroup2",
        params={"primaryUserId": "564670755", "programDetails": "true"},
        auth=("demo.till", hashlib.md5(b"demo").hexdigest()),  # as the till sends it
        timeout=5,
    ).json()
    assert (raw["id"], raw["externalId"], raw["groupStatus"]) == (41, "FAM-RAO", "ACTIVE")
    assert raw["fleetGroupUsers"][0] == {
        "userId": 564670755,
        "groupId": 41,
        "defaultGroup": True,
        "primaryMember": True,
        "active": True,
    }
    assert raw["loyaltyDetails"] == [{"programId": 973, "loyaltyPoints": 3000, "lifetimePoints": 3000, "redeemed": 0}]
    api = client(sim)
    assert api.family_points(GroupRef(primary_user_id="564670755")).balance_in("973") == Decimal(3000)
    api.redeem(RedeemRequest(ASHA, Decimal(200), "B-G3", "REF-G3", skip_validation=True, group=GroupRef(group_id="41")))
    family = api.family_points(GroupRef(external_id="FAM-RAO"))
    assert (family.shown_name, family.balance_in("973")) == ("FAM-RAO", Decimal(2800))
    with pytest.raises(Rejected) as refused:
        api.family_points(GroupRef(external_id="FAM-NONE"))
    assert refused.value.code == 1632
