from __future__ import annotations

import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as settings_profile
from hypothesis import strategies as st

from pos_app.core.capillary.errors import ConfigurationError
from pos_app.core.config import SCHEMA, Settings, dump_toml, load_settings
from pos_app.core.paths import app_paths


def test_round_trip_is_atomic_and_private(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    settings = Settings(path=path)
    settings.set("cluster", "EU")
    settings.set("offline.max_items", "12")
    settings.set("store_name", 'Store "One" \\ Main')
    settings.save()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = load_settings(path)
    assert again.get("cluster") == "eu" and again.get("offline.max_items") == 12
    assert again.get("store_name") == 'Store "One" \\ Main'
    assert again.problems == []
    # no temp file left; the last good copy beside it, private too
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.toml", "settings.toml.last-good"]
    assert stat.S_IMODE((tmp_path / "settings.toml.last-good").stat().st_mode) == 0o600


def test_a_bad_value_is_named_and_the_rest_survive(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('cluster = "eu"\ncountry = "India"\nsurprise = 1\n[offline]\nmax_items = -4\npolicy = "approval"\n')
    settings = load_settings(path)
    assert settings.get("cluster") == "eu" and settings.get("offline.policy") == "approval"
    assert settings.get("country") == "IN" and settings.get("offline.max_items") == 50
    text = " ".join(settings.problems)
    assert "'country'" in text and "'offline.max_items'" in text and "'surprise'" in text


def test_a_broken_file_is_kept_aside_and_defaults_used(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("cluster = [unterminated\n")
    settings = load_settings(path)
    assert settings.get("cluster") == "" and "could not be read" in settings.problems[0]
    kept = list(tmp_path.glob("settings.toml.broken-*"))
    assert len(kept) == 1 and kept[0].read_text() == "cluster = [unterminated\n"


def test_unknown_key_and_bad_value_raise_with_reason() -> None:
    settings = Settings()
    with pytest.raises(KeyError):
        settings.set("nope", "1")
    with pytest.raises(ValueError, match="between"):
        settings.set("timeout_read", "0")


@pytest.mark.parametrize(
    "bad", ["2026-13-01", "https://2026-13-01", "999.1.1.1", "foo bar", "https://api.example.com:x"]
)
def test_a_host_that_cannot_be_one_is_refused(bad: str) -> None:
    settings = Settings()
    with pytest.raises((ValueError, ConfigurationError), match="not a host name or address"):
        settings.set("host", bad)
    with pytest.raises((ValueError, ConfigurationError), match="over https"):
        settings.set("host", "http://api.example.com")
    for good in ("api.example.com", "https://eu.api.capillarytech.com", "http://127.0.0.1:8080", "10.0.0.5", "sim"):
        settings.set("host", good)
        assert settings.get("host") == good


def test_dump_toml_groups_tables() -> None:
    text = dump_toml({"a": 1, "offline.policy": "refuse", "entity.till_id": "7", "b": True})
    assert text.index("[entity]") < text.index("[offline]")
    assert 'policy = "refuse"' in text and "b = true" in text


def test_home_override_moves_every_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POS_APP_HOME", str(tmp_path))
    paths = app_paths().ensure()
    for directory in (paths.config_dir, paths.data_dir, paths.log_dir, paths.cache_dir):
        assert directory.is_relative_to(tmp_path) and directory.is_dir()
        assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    assert app_paths(tmp_path / "x").settings_file == (tmp_path / "x" / "config" / "settings.toml").resolve()


def test_a_missing_ca_bundle_is_a_set_up_problem_when_the_settings_load(tmp_path: Path) -> None:
    from pos_app.core.capillary import ConfigurationError
    from pos_app.core.connection import make_client

    path = tmp_path / "settings.toml"
    path.write_text(f'host = "https://api.example"\nca_bundle = "{tmp_path / "site-ca.pem"}"\ntill = "t1"\n')
    settings = load_settings(path)
    assert settings.get("ca_bundle") == str(tmp_path / "site-ca.pem")  # kept: never a silent fall-back
    assert any("site-ca.pem" in problem and "does not exist" in problem for problem in settings.problems)

    class Secrets:
        def get(self, name: str) -> str:
            return "pw"

    with pytest.raises(ConfigurationError) as refused:  # before any client exists, so before anything is sent
        make_client(settings, Secrets())  # type: ignore[arg-type]
    assert "site-ca.pem" in str(refused.value)
    (tmp_path / "site-ca.pem").write_text("")
    assert load_settings(path).problems == []


STRING_SETTINGS = sorted(key for key, setting in SCHEMA.items() if isinstance(setting.default, str))


@pytest.mark.parametrize("key", STRING_SETTINGS)
@settings_profile(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text())
def test_every_string_setting_reads_back_whatever_text_it_accepted(tmp_path: Path, key: str, text: str) -> None:
    path = tmp_path / f"{key}.toml"
    settings = Settings(path=path)
    try:
        accepted = settings.set(key, text)
    except (ValueError, ConfigurationError):
        return  # refused by its check: never written
    settings.save()
    again = load_settings(path)
    refused = (f"Setting {key!r} ignored", "could not be read")
    assert not [problem for problem in again.problems if problem.startswith(refused) or refused[1] in problem]
    assert again.get(key) == accepted


def test_a_header_with_a_carriage_return_reads_back_and_the_file_stays_readable(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    settings = Settings(path=path)
    settings.set("host", "https://eu.api.capillarytech.com")
    settings.set("receipt.header", 'Koramangala\rBranch "7" \\ \x00 \u2028')
    settings.save()
    again = load_settings(path)
    assert again.problems == [] and again.get("receipt.header") == settings.get("receipt.header")
    assert again.get("host") == "https://eu.api.capillarytech.com"


def test_an_unreadable_file_falls_back_to_its_last_good_copy_and_names_what_was_lost(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    settings = Settings(path=path)
    settings.set("host", "https://eu.api.capillarytech.com")
    settings.set("till", "koramangala.till1")
    settings.set("offline.policy", "approval")
    settings.set("receipt.footer", "Come again")
    settings.save()
    # Then something writes a file TOML cannot read: a new footer broken, a new store name fine.
    path.write_text(
        'host = "https://eu.api.capillarytech.com"\ntill = "koramangala.till1"\nstore_name = "MG Road"\n'
        '[receipt]\nfooter = "Come\ragain\n[offline]\npolicy = "approval"\n'
    )
    loaded = load_settings(path)
    assert loaded.get("host") == "https://eu.api.capillarytech.com" and loaded.get("till") == "koramangala.till1"
    assert loaded.get("offline.policy") == "approval" and loaded.get("store_name") == "MG Road"
    assert loaded.get("receipt.footer") == "Come again"  # the last good copy's
    (problem,) = loaded.problems
    assert "could not be read" in problem and "last good copy" in problem
    assert "These values were lost: receipt.footer (now 'Come again')" in problem
    assert len(list(tmp_path.glob("settings.toml.broken-*"))) == 1
    assert load_settings(path).problems == []  # written back readable: the next start is quiet


def test_an_unreadable_file_without_a_last_good_copy_says_the_lost_values_are_back_to_default(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b'till = "t1"\nstore_name = "Caf\xe9"\n[offline\npolicy = \n')
    loaded = load_settings(path)
    (problem,) = loaded.problems
    assert loaded.get("till") == "t1" and "default settings for the rest" in problem
    assert "store_name (now empty)" in problem and "offline.policy (now 'refuse')" in problem
