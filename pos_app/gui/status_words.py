"""Text for a narrow place (the status bar): shortened at a word, never in the middle of one."""

from __future__ import annotations


def fit_words(text: str, most: int) -> str:
    """``text`` on one line, at most ``most`` characters, cut after a whole word with "..."."""
    line = " ".join(text.split())
    if len(line) <= most:
        return line
    cut = line[: most - 3].rsplit(" ", 1)[0].rstrip(" ,;:.")
    return cut + "..."
