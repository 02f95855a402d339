"""The German and the Arabic till and kiosk as real windows under Xvfb: the words read off the
screen (tesseract, German) or the window's own title (Arabic), a screenshot of each kept."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.e2e.xvfb import screenshot, virtual_display, xdotool

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

TITLES = {
    ("de", False): "Punkte einlösen - Kasse",
    ("ar", False): "استبدال نقاط الولاء",
    ("de", True): "Treuepunkte - Selbstbedienung",
    ("ar", True): "نقاط الولاء - خدمة ذاتية",
}


def read_german(shot: Path) -> str:
    if shutil.which("tesseract") is None:
        pytest.skip("needs tesseract")
    languages = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    if "deu" not in languages.split():
        pytest.skip("needs tesseract's German (tesseract-ocr-deu)")
    done = subprocess.run(["tesseract", str(shot), "-", "-l", "deu"], capture_output=True, text=True, timeout=120)
    return " ".join(done.stdout.split())


def start(display: str, home: Path, language: str, kiosk: bool) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "PYTHONPATH": str(REPO),
        "LANGUAGE": language,  # as LANG=de_DE.UTF-8 would on a till set up in German
        "LANG": f"{language}_{'DE' if language == 'de' else 'AE'}.UTF-8",
    }
    command = [sys.executable, "-m", "pos_app", "--home", str(home), "--demo", *(["--kiosk"] if kiosk else [])]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("kiosk", [False, True], ids=["till", "kiosk"])
@pytest.mark.parametrize("language", ["de", "ar"])
def test_the_till_and_kiosk_speak_the_language_on_a_real_screen(tmp_path: Path, language: str, kiosk: bool) -> None:
    name = f"lang-{language}-{'kiosk' if kiosk else 'till'}"
    with virtual_display(1366, 768) as display:
        app = start(display, tmp_path / "home", language, kiosk)
        try:
            line = app.stdout.readline() if app.stdout else ""
            assert re.search(r"http://127\.0\.0\.1:\d+", line), line
            # The window is found by its title in the language: it was built in it.
            window = xdotool(display, "search", "--sync", "--name", TITLES[(language, kiosk)], timeout=60)
            xdotool(display, "windowactivate", "--sync", window.splitlines()[0])
            time.sleep(2.5)
            first = screenshot(display, f"{name}-1-first")
            xdotool(display, "type", "--delay", "4", "CARD0001")  # a scanner
            xdotool(display, "key", "Return")
            time.sleep(3.0)
            customer = screenshot(display, f"{name}-2-customer")
            assert first.stat().st_size > 10_000 and customer.stat().st_size > 10_000
            if language == "de":
                words = read_german(customer)
                expected = ["Wie viele Punkte"] if kiosk else ["Guthaben", "Bonnummer"]
                assert all(word.lower() in words.lower() for word in expected), words
        finally:
            app.terminate()
            app.wait(timeout=20)
