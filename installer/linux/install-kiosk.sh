#!/usr/bin/env bash
# Turns this machine into a kiosk: a 'kiosk' user logged in automatically into a session that
# runs only pos-app --kiosk (restarted by systemd). Run after install.sh, as root:
#   sudo installer/linux/install-kiosk.sh [USER]
# Then, as that user, set the till up (config, credentials, supervisor PIN) and reboot.
set -euo pipefail
cd "$(dirname "$0")"
KIOSK_USER=${1:-kiosk}
id "$KIOSK_USER" >/dev/null 2>&1 || useradd --create-home --shell /bin/bash "$KIOSK_USER"
home=$(getent passwd "$KIOSK_USER" | cut -d: -f6)
install -D -m 0755 pos-app-kiosk-session /usr/local/bin/pos-app-kiosk-session
install -D -m 0644 pos-app-kiosk.desktop /usr/share/xsessions/pos-app-kiosk.desktop
install -D -m 0644 pos-app-kiosk.service "$home/.config/systemd/user/pos-app-kiosk.service"
chown -R "$KIOSK_USER:" "$home/.config"
if [ -d /etc/lightdm ]; then
  mkdir -p /etc/lightdm/lightdm.conf.d
  sed "s/^autologin-user=.*/autologin-user=$KIOSK_USER/" 50-pos-app-kiosk.conf \
    > /etc/lightdm/lightdm.conf.d/50-pos-app-kiosk.conf
else
  echo "no LightDM here: set your display manager to log $KIOSK_USER into the 'Loyalty kiosk' session" >&2
fi
echo "kiosk set up for $KIOSK_USER. Before rebooting, as $KIOSK_USER:"
echo "  pos-app config set cluster NAME; pos-app credentials set --till CODE; pos-app supervisor set-pin"
