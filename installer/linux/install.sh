#!/usr/bin/env bash
# Installs the bundle built by installer/build.sh into /opt/pos-app, with a menu entry and icon.
#   sudo installer/linux/install.sh            (from the source tree, after installer/build.sh)
# Uninstall: sudo installer/linux/install.sh --uninstall   (the tills' data in each user's home stays)
set -euo pipefail
cd "$(dirname "$0")/../.."
PREFIX=${PREFIX:-/opt/pos-app}
if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$PREFIX" /usr/share/applications/pos-app.desktop /usr/share/icons/hicolor/256x256/apps/pos-app.png \
    /usr/local/bin/pos-app
  echo "removed pos-app; settings, queue and journal under each user's ~/.local/share/pos-app are kept"
  exit 0
fi
[ -x build/dist/pos-app/pos-app ] || { echo "build it first: bash installer/build.sh" >&2; exit 1; }
rm -rf "$PREFIX"
mkdir -p "$PREFIX"
cp -a build/dist/pos-app/. "$PREFIX/"
ln -sf "$PREFIX/pos-app" /usr/local/bin/pos-app
install -D -m 0644 installer/linux/pos-app.desktop /usr/share/applications/pos-app.desktop
install -D -m 0644 resources/icons/pos-app-256.png /usr/share/icons/hicolor/256x256/apps/pos-app.png
echo "installed $("$PREFIX/pos-app" --version) in $PREFIX; check this till with: pos-app self-test"
