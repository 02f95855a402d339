"""Messages written for the window, said on the command line with the command to use instead."""

from __future__ import annotations

from pos_app.cli.output import for_command_line
from pos_app.core.config import choices_of


def test_no_printer_names_every_kind_the_settings_accept() -> None:
    said = for_command_line("No receipt printer is set up on this till. A supervisor can set one in Settings.")
    assert "pos-app config set printer.kind KIND" in said and "Settings" not in said
    for kind in choices_of("printer.kind"):
        assert kind == "none" or kind in said, kind  # pdf too, read from the settings table
