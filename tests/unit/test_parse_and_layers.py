from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.core.capillary.codes import CODES, describe
from pos_app.core.capillary.models import Customer, Redeemability, Redemption
from pos_app.core.capillary.parse import as_bool, as_decimal, as_int, as_list, dig, unwrap_response

REPO = Path(__file__).resolve().parents[2]


def test_lenient_readers() -> None:
    assert as_bool("true") and as_bool(True) and as_bool(1) and not as_bool("false")
    assert as_int("200") == 200 and as_int(200.0) == 200 and as_int("2.5") is None
    assert as_decimal("10.50") == Decimal("10.50") and as_decimal("NaN") is None
    assert as_int("1E4300") is None and as_decimal("1E4300") is None and as_int(10**40) is None  # absurd sizes
    assert as_list({"a": 1}) == [{"a": 1}] and as_list(None) == [] and as_list([1]) == [1]
    assert dig({"a": [{"b": {"c": 3}}]}, "a", "b", "c") == 3
    assert unwrap_response({"status": {}}) == {"status": {}}


def test_every_code_in_the_api_facts_has_cashier_words() -> None:
    documented = [
        800,
        801,
        802,
        803,
        813,
        818,
        805,
        806,
        807,
        808,
        809,
        820,
        618,
        815,
        886,
        887,
        894,
        896,
        898,
        889,
        816,
        1011,
        1012,
        817,
        819,
        821,
        822,
        823,
        824,
        825,
        859,
        860,
        874,
        875,
        876,
        878,
        881,
        1013,
        1020,
        895,
        1101,
        1632,
        828,
        3316,
        744,
        521,
        902,
        905,
        3802,
        2001,
        2007,
        2008,
        2013,
        2020,
        2021,
        401,
    ]
    missing = [code for code in documented if code not in CODES]
    assert missing == []
    assert "Code 12345" in describe(12345, "odd").message


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=6),
    max_leaves=30,
)


@settings(max_examples=500, deadline=None)
@given(json_values)
def test_models_never_crash_on_any_json(value: object) -> None:
    for model in (Customer, Redeemability, Redemption):
        model.from_json(value)


def test_core_and_sim_never_import_qt() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import pos_app.core, pos_app.sim, pos_app.cli\n"
        "for pkg in (pos_app.core, pos_app.sim):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "import pos_app.cli.api_commands, pos_app.cli.admin_commands\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6')))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    for package in ("core", "sim"):
        for source in (REPO / "pos_app" / package).rglob("*.py"):
            assert "PySide6" not in source.read_text(), source
