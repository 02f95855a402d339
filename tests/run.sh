#!/usr/bin/env bash
# Installs everything the tests need (Debian packages when run as root, a virtualenv with the
# app and its test tools), then runs lint, types and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(xvfb xdotool openbox x11-utils libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0
  libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1
  libfontconfig1 libdbus-1-3 poppler-utils gnome-keyring dbus-x11 curl imagemagick
  fonts-noto-core)  # Devanagari and Arabic letters for the Hindi and Arabic screens

missing_packages() {
  for package in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || echo "$package"
  done
}

if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  mapfile -t missing < <(missing_packages)
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "== installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "== creating .venv"
  "$PYTHON" -m venv .venv
fi
echo "== installing the app and its test tools"
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test]'

echo "== ruff"
.venv/bin/ruff check pos_app tests
.venv/bin/ruff format --check pos_app tests
echo "== mypy"
.venv/bin/mypy pos_app

echo "== Windows wheels for every runtime dependency (win_amd64, CPython 3.11; downloaded, not installed)"
wheels=0
.venv/bin/python installer/check_windows_wheels.py --platform win_amd64 --python-version 3.11 || wheels=$?

echo "== pytest"
export QT_QPA_PLATFORM=offscreen
status=0
.venv/bin/python -m pytest -p no:cacheprovider -ra "$@" || status=$?
if [ "$status" = 5 ]; then
  echo "pytest collected no tests: the suite is missing" >&2
  exit 1
fi
if [ "$wheels" != 0 ] && [ "$status" = 0 ]; then
  echo "the tests passed, but a runtime dependency has no Windows wheel (see '== Windows wheels' above)" >&2
  exit 1
fi
exit "$status"
