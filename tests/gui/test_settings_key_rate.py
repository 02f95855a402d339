"""The key's calls a minute and the replay's share of them, in the settings dialog."""

from __future__ import annotations

from pos_app.core.app_context import AppContext
from pos_app.gui.settings_dialog import SettingsDialog


def test_the_keys_limit_and_the_replays_share_are_shown_and_saved(qtbot, ctx: AppContext) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.key_limit.text() == "100" and dialog.replay_share.text() == "0.5"  # the documented demo figure
    dialog.key_limit.setText("sixty")
    dialog.save()
    assert "api.requests_per_minute must be a whole number" in dialog.feedback.text() and dialog.result() == 0
    dialog.key_limit.setText("60")
    dialog.replay_share.setText("0.25")
    dialog.save()
    assert dialog.result() == 1
    assert ctx.settings.get("api.requests_per_minute") == 60 and ctx.settings.get("offline.replay_share") == 0.25
    assert ctx.policy.requests_per_minute == 15  # what the replay may use of the key
    assert ctx.key_share.budget == 15
