#!/bin/bash
# Runs inside the VM (chrooted into the host's files): the uhid toys, the server with the HID buses,
# then the official client. Exit status: the client's.
set -u
repo=$1
export HOME=/tmp DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin
cd /tmp
log() { echo "[guest $(cut -d' ' -f1 /proc/uptime)s] $*"; }

mkfifo /tmp/uhid-ctl
/usr/bin/python3 "$repo/scripts/hid-vm/uhid_toys.py" /tmp/toys.log /tmp/uhid-ctl &
toys=$!
for _ in $(seq 1 300); do
  [ "$(ls /sys/class/hidraw 2>/dev/null | wc -l)" -ge 3 ] && break
  sleep 0.2
done
log "hidraw nodes: $(ls /sys/class/hidraw | tr '\n' ' ')"
for node in /sys/class/hidraw/*; do log "$(basename "$node"): $(grep -E 'HID_ID|HID_NAME' "$node/device/uevent" | tr '\n' ' ')"; done

# Everything in this guest runs emulated (TCG), many times slower than on hardware: give the client
# more than the default 5 s to answer the server's WebSocket keep-alive ping.
export BUTTPLUGHOST_Server__KeepAliveTimeoutMs=120000
dotnet "$repo/artifacts/host/ButtplugHost.dll" --use-hid --use-lovense-dongle-hid --websocket-port 12345 --log info > /tmp/server.log 2>&1 &
server=$!
for _ in $(seq 1 3600); do
  grep -q "listening on ws://" /tmp/server.log && break
  kill -0 $server 2>/dev/null || break
  sleep 0.5
done
log "server: $(grep -c . /tmp/server.log) log lines; $(grep 'listening on' /tmp/server.log)"

node "$repo/scripts/hid-vm/client.mjs" "$repo/tests/node/node_modules" ws://127.0.0.1:12345 /tmp/toys.log /tmp/uhid-ctl
rc=$?

kill -TERM $server 2>/dev/null
wait $server 2>/dev/null
kill $toys 2>/dev/null
echo "----- server log -----"
cat /tmp/server.log
echo "----- dongle lines -----"
grep '"line"' /tmp/toys.log
echo "----- toys log (first 40 and last 10 lines) -----"
head -40 /tmp/toys.log
echo "..."
tail -10 /tmp/toys.log
exit $rc
