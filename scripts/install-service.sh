#!/usr/bin/env bash
# Installs ButtplugHost as a systemd service (docs/service.md):
#   the server and its built-in plugins  -> /opt/buttplughost/            (replaced on upgrade)
#   settings                             -> /etc/buttplughost/buttplughost.json (written once, kept)
#   user device config, added plugins    -> /var/lib/buttplughost/        (the service's own; kept)
#   the unit                             -> /etc/systemd/system/buttplughost.service
# and a system user `buttplughost` in the groups bluetooth, dialout and plugdev.
#
#   sudo ./scripts/install-service.sh              build (Release), install, enable and start
#   ./scripts/install-service.sh --dry-run         build, then list every file it would write; install nothing
#   ./scripts/install-service.sh --root DIR        install below DIR (packaging, tests): no user, no systemctl
#   ./scripts/install-service.sh --from DIR        install an already-built server (DIR holds ButtplugHost.dll)
#   ./scripts/install-service.sh --uninstall       stop, disable and remove the unit and /opt/buttplughost (keeps settings and state)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

root="" from="" dry=0 uninstall=0 start=1
prefix=/opt/buttplughost confdir=/etc/buttplughost unitdir=/etc/systemd/system
while [ $# -gt 0 ]; do
  case "$1" in
    --dry-run) dry=1 ;;
    --root) root=${2:?--root needs a directory}; shift ;;
    --from) from=${2:?--from needs a directory}; shift ;;
    --prefix) prefix=${2:?--prefix needs a directory}; shift ;;
    --no-start) start=0 ;;
    --uninstall) uninstall=1 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-service.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
root=${root%/}
dotnet_path=$(command -v dotnet || echo /usr/bin/dotnet)
dotnet_path=$(readlink -f "$dotnet_path" 2>/dev/null || echo "$dotnet_path")
system=0; [ -z "$root" ] && [ $dry -eq 0 ] && system=1
if [ $system -eq 1 ] && [ "$(id -u)" != 0 ]; then
  echo "install-service.sh: run as root (or use --root DIR / --dry-run)" >&2; exit 1
fi

if [ $uninstall -eq 1 ]; then
  if [ $dry -eq 1 ]; then echo "remove $root$unitdir/buttplughost.service"; echo "remove $root$prefix/"; exit 0; fi
  [ $system -eq 1 ] && systemctl disable --now buttplughost.service 2>/dev/null || true
  rm -f "$root$unitdir/buttplughost.service"; rm -rf "${root:?}$prefix"
  [ $system -eq 1 ] && systemctl daemon-reload
  echo "Removed the service and $prefix; kept $confdir and /var/lib/buttplughost."
  exit 0
fi

# --- the files to install ----------------------------------------------------------------------
if [ -z "$from" ]; then
  from=$repo/artifacts/service/host
  echo "Building the server and its built-in plugins (Release)" >&2
  rm -rf "$from"
  dotnet build build/Server.proj -c Release -v quiet -nologo -clp:NoSummary -p:HostOutputDir="$from/" >&2
fi
from=${from%/}
if [ ! -f "$from/ButtplugHost.dll" ]; then
  echo "install-service.sh: $from/ButtplugHost.dll not found" >&2; exit 1
fi

unit_text() {
  sed -e "s#@DOTNET@#$dotnet_path#g" -e "s#@PREFIX@#$prefix#g" -e "s#@CONFDIR@#$confdir#g" packaging/systemd/buttplughost.service
}

if [ $dry -eq 1 ]; then
  (cd "$from" && find . -type f | sed 's#^\./##' | sort) | while read -r f; do echo "write $root$prefix/$f"; done
  echo "write $root$unitdir/buttplughost.service"
  if [ -f "$root$confdir/buttplughost.json" ]; then echo "keep  $root$confdir/buttplughost.json"; else echo "write $root$confdir/buttplughost.json"; fi
  echo "mkdir $root/var/lib/buttplughost/plugins"
  [ -z "$root" ] && echo "user  buttplughost (system user; groups bluetooth dialout plugdev)" && echo "run   systemctl daemon-reload; systemctl enable --now buttplughost.service"
  exit 0
fi

# --- install ------------------------------------------------------------------------------------
if [ $system -eq 1 ]; then
  for g in bluetooth dialout plugdev; do getent group $g >/dev/null || groupadd --system $g; done
  id buttplughost >/dev/null 2>&1 || useradd --system --no-create-home --home-dir /var/lib/buttplughost --shell /usr/sbin/nologin buttplughost
  usermod -a -G bluetooth,dialout,plugdev buttplughost
  systemctl stop buttplughost.service 2>/dev/null || true
fi

# Replace the server and each built-in plugin folder; folders someone added to the install's
# plugins directory by hand are left alone.
mkdir -p "$root$prefix/plugins"
find "$root$prefix" -maxdepth 1 -type f -delete
if [ -d "$from/plugins" ]; then
  for p in "$from"/plugins/*/; do rm -rf "$root$prefix/plugins/$(basename "$p")"; done
fi
cp -R "$from/." "$root$prefix/"

mkdir -p "$root$unitdir" "$root$confdir" "$root/var/lib/buttplughost/plugins"
unit_text > "$root$unitdir/buttplughost.service"
if [ ! -f "$root$confdir/buttplughost.json" ]; then
  cp packaging/buttplughost.json "$root$confdir/buttplughost.json"
  echo "Wrote $root$confdir/buttplughost.json (yours from now on: upgrades keep it)"
else
  echo "Kept $root$confdir/buttplughost.json"
fi

if [ $system -eq 1 ]; then
  chown -R buttplughost:buttplughost /var/lib/buttplughost
  chmod 0755 "$confdir"; chmod 0644 "$confdir/buttplughost.json"
  systemctl daemon-reload
  if [ $start -eq 1 ]; then
    systemctl enable --now buttplughost.service
    echo "Started: systemctl status buttplughost; logs: journalctl -u buttplughost -f"
  else
    systemctl enable buttplughost.service
  fi
fi
echo "Installed ButtplugHost to $root$prefix"
