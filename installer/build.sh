#!/usr/bin/env bash
# Builds the one-folder bundle on Linux: build/dist/pos-app/pos-app (run it; no Python needed).
# Uses the project's .venv (made by tests/run.sh or the README's first command) plus PyInstaller.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
if [ ! -x "$PYTHON" ]; then
  python3 -m venv .venv
  PYTHON=.venv/bin/python
fi
"$PYTHON" -m pip install -q -e '.[build]'
"$PYTHON" -m PyInstaller installer/pos_app.spec --noconfirm --log-level WARN \
  --distpath build/dist --workpath build/work
cp installer/linux/pos-app.desktop resources/icons/pos-app-256.png build/dist/pos-app/
echo "built $(cat build/work/pos_app/version.txt 2>/dev/null || echo pos-app) in build/dist/pos-app ($(du -sh build/dist/pos-app | cut -f1))"
