"""A supervisor voiding the journal's selected receipt: the reason and the PIN in its dialog."""

from __future__ import annotations

from pos_app.gui.journal_dialog import JournalDialog


def void_selected(journal: JournalDialog, reason: str, pin: str) -> None:
    """Opens the void dialog, types both, presses Reverse (the dialog stays open if refused)."""
    journal.void_selected()
    dialog = journal.void_dialog
    assert dialog is not None and dialog.isVisible(), "the void dialog did not open"
    dialog.reason_field.setText(reason)
    dialog.pin_field.setText(pin)
    dialog.try_accept()
