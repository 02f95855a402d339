"""The simulator's built-in demo data, and the loading of a data file that changes it.

A data file is JSON with any of the top-level keys below; ``rules``, ``otp`` and
``quirks`` are merged key by key, every other key replaces the demo's.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

DEMO_TILL = "demo.till"
DEMO_PASSWORD = "demo"
DEMO_OAUTH_KEY = "demo.key"
DEMO_OAUTH_SECRET = "demo.secret"
DEMO_ORG_ID = "50672"
DEMO_WORKFLOW_TOKEN = "demo-workflow-token"  # a maker's (CanMakeRequest)
DEMO_CHECKER_TOKEN = "demo-checker-token"  # a checker's (CanCheckRequest): approves requests
DEMO_SUPERVISOR_PIN = "1234"  # the demo till's and kiosk's known PIN

DEMO_DATA: dict[str, Any] = {
    "org_id": DEMO_ORG_ID,
    "tills": {DEMO_TILL: {"password": DEMO_PASSWORD, "store": "Demo Store 001", "id": 75040399}},
    "oauth_clients": {DEMO_OAUTH_KEY: {"secret": DEMO_OAUTH_SECRET, "till": DEMO_TILL}},
    "oauth_ttl_seconds": 300,
    "workflow_tokens": {DEMO_WORKFLOW_TOKEN: "maker@demo.example"},
    "workflow_checker_tokens": {DEMO_CHECKER_TOKEN: "checker@demo.example"},
    "programs": [{"id": "973", "name": "Demo Rewards"}, {"id": "974", "name": "Partner Miles"}],
    "rules": {
        "multiple_of": 10,
        "max_per_redemption": 200,
        "min_per_redemption": 10,
        "points_currency_ratio": "0.25",
        "local_currency_ratio": "1",
        "reversal_enabled": True,
        "missed_call_enabled": True,
    },
    "otp": {"validity_seconds": 900, "max_per_day": 10, "length": 6},
    "rate_limit_per_minute": 1000,
    "quirks": {
        # Each turns on one of the odd forms the real service is known to use.
        "string_numbers": False,  # every number in an answer as a string
        "single_as_object": False,  # a one-element list as the bare object
        "auth_in_body": False,  # a refused login as HTTP 200 carrying code 401
        "no_root": False,  # the v1.1 body without its "response" root
        "float_numbers": False,  # every whole number as a float (744.0, 200.0)
        "history_reference": False,  # redemption history rows that carry external_reference_number
    },
    "customers": [
        {
            "user_id": "564670755",
            "firstname": "Asha",
            "lastname": "Rao",
            "mobile": "919777788221",
            "email": "asha.rao@example.com",
            "external_id": "123456",
            "cards": ["CARD0001"],
            "points": 2000,
            "lifetime_points": 5200,
            "tier": "Gold",
            "registered_on": "2021-03-14 10:12:00",
            "custom_fields": {"preferred_language": "en"},
        },
        {
            "user_id": "564670801",
            "firstname": "Vikram",
            "lastname": "Shah",
            "mobile": "919777785205",
            "email": "testgrp3@gmail.com",
            "external_id": "434547",
            "cards": ["CARD0002"],
            "points": 500,
            "other_programs": {"974": 1200},
            "lifetime_points": 900,
            "tier": "Silver",
            "registered_on": "2022-07-01 18:40:00",
        },
        {
            "user_id": "564670990",
            "firstname": "Zoë",
            "lastname": "Müller-Ñúñez",
            "mobile": "919777700303",
            "email": "zoe@example.com",
            "external_id": "990303",
            "cards": ["CARD0003"],
            "points": 750,
            "lifetime_points": 750,
            "tier": "Bronze",
            "registered_on": "2024-01-20 09:00:00",
        },
        {
            "user_id": "564670618",
            "firstname": "Flagged",
            "lastname": "Account",
            "mobile": "919800000618",
            "email": "",
            "external_id": "",
            "cards": ["CARD0618"],
            "points": 900,
            "lifetime_points": 900,
            "tier": "Gold",
            "fraud": True,
        },
        {
            # Found (1000) with the status inside: a confirmed fraud that showed it again.
            "user_id": "564670619",
            "firstname": "Reconfirmed",
            "lastname": "Account",
            "mobile": "919800000619",
            "email": "",
            "external_id": "",
            "cards": ["CARD0619"],
            "points": 900,
            "lifetime_points": 900,
            "tier": "Silver",
            "fraud_status": "RECONFIRMED",
        },
        {
            "user_id": "564671013",
            "firstname": "Not",
            "lastname": "Enrolled",
            "mobile": "919800001013",
            "email": "",
            "external_id": "",
            "cards": [],
            "points": 0,
            "lifetime_points": 0,
            "tier": "",
            "enrolled": False,
        },
    ],
    "groups": [
        {"id": "41", "external_id": "FAM-RAO", "name": "Rao family", "primary_user_id": "564670755", "points": 3000},
    ],
}

_MERGED_KEYS = ("rules", "otp", "quirks")


def load_data(path: str | Path | None = None) -> dict[str, Any]:
    data = copy.deepcopy(DEMO_DATA)
    if path is None:
        return data
    import json  # not before a data file is read: the demo starts without one

    override = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(override, dict):
        raise ValueError(f"{path}: a simulator data file must hold a JSON object")
    for key, value in override.items():
        if key in _MERGED_KEYS and isinstance(value, dict):
            data[key].update(value)
        else:
            data[key] = value
    return data
