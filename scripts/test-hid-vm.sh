#!/usr/bin/env bash
# End-to-end test of the HID buses against a real Linux kernel: boots Debian's kernel in qemu (TCG, no
# network) with a busybox initramfs; the guest shares this machine's files read-only over 9p and runs
# scripts/hid-vm/guest.sh: a uhid program plays a Vorze Cyclone X10, a Nintendo Joy-Con (L) and a
# Lovense USB dongle with a Hush behind it, the server runs with --use-hid --use-lovense-dongle-hid, and
# the official buttplug client (npm buttplug@5) drives every device and checks the bytes each toy got,
# then unplugs and re-plugs the Cyclone. Slow (several minutes under emulation): not part of test.sh.
#
# Needs: root on Debian (apt-get installs qemu-system-x86 and busybox-static and downloads the kernel
# package), the .NET SDK and Node. Work files go to artifacts/hid-vm/. Ends with "HID VM test: passed"
# or "HID VM test: failed" and the matching exit status.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work="$repo/artifacts/hid-vm"
timeout_s=${HID_VM_TIMEOUT:-3600}
mkdir -p "$work/cache"

# --- prerequisites -------------------------------------------------------------------------------
need=()
command -v qemu-system-x86_64 >/dev/null || need+=(qemu-system-x86)
[ -x /bin/busybox ] || need+=(busybox-static)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]}"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
kernel_pkg=$(apt-cache depends linux-image-amd64 | sed -n 's/.*Depends: \(linux-image-[0-9].*-amd64\)$/\1/p' | head -1)
if ! ls "$work/cache/$kernel_pkg"_*.deb >/dev/null 2>&1; then
  echo "Downloading $kernel_pkg"
  (cd "$work/cache" && apt-get download "$kernel_pkg" 2>/dev/null)
fi
if [ ! -d "$work/cache/k/lib/modules" ]; then
  dpkg-deb -x "$work/cache/$kernel_pkg"_*.deb "$work/cache/k"
fi
kversion=$(ls "$work/cache/k/lib/modules" | head -1)
[ -d tests/node/node_modules/buttplug5 ] || (cd tests/node && npm ci --no-audit --no-fund --loglevel=error)

# --- build the server and the plugins the test uses ------------------------------------------------
for project in host/ButtplugHost plugins/Hid/src plugins/Nintendo/src plugins/Vorze/src plugins/Lovense/src; do
  dotnet build "$project" -nologo -v quiet -clp:NoSummary
done

# --- initramfs: busybox, the modules (with their dependencies, in load order), init ----------------
root="$work/initramfs"
rm -rf "$root" && mkdir -p "$root/bin" "$root/modules"
cp /bin/busybox "$root/bin/busybox"
cp scripts/hid-vm/init.sh "$root/init"
echo "$repo" > "$root/repo"
python3 - "$work/cache/k/lib/modules/$kversion" "$root/modules" <<'PY'
import os, shutil, sys
tree, out = sys.argv[1], sys.argv[2]
index = {}
for base, _, files in os.walk(os.path.join(tree, "kernel")):
    for f in files:
        if f.endswith(".ko"):
            index[f[:-3].replace("-", "_")] = os.path.join(base, f)
def depends(module):
    data = open(index[module], "rb").read()
    at = data.find(b"\0depends=")
    return [] if at < 0 else [d.replace("-", "_") for d in data[at + 9:data.index(b"\0", at + 1)].decode().split(",") if d]
order = []
def visit(module):
    if module not in order:
        for d in depends(module):
            visit(d)
        order.append(module)
for wanted in ["virtio_pci", "9pnet_virtio", "9p", "hid", "hid_generic", "uhid"]:
    visit(wanted)
for module in order:
    shutil.copy(index[module], os.path.join(out, module + ".ko"))
open(os.path.join(out, "order"), "w").write("\n".join(order) + "\n")
PY
(cd "$root" && find . | busybox cpio -o -H newc 2>/dev/null | gzip -1 > "$work/initramfs.cpio.gz")

# --- boot ------------------------------------------------------------------------------------------
echo "Booting $kversion under qemu (TCG); the guest log goes to $work/console.log (up to ${timeout_s}s)"
start=$(date +%s)
set +e
timeout "$timeout_s" qemu-system-x86_64 -accel tcg,thread=multi -smp 2 -m 3072 -no-reboot \
  -display none -monitor none -serial "file:$work/console.log" -nic none \
  -kernel "$work/cache/k/boot/vmlinuz-$kversion" -initrd "$work/initramfs.cpio.gz" \
  -append "console=ttyS0 panic=-1 quiet rdinit=/init" \
  -virtfs "local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap" </dev/null
qemu=$?
set -e
elapsed=$(( $(date +%s) - start ))
grep -E '^(PASS|FAIL|RESULT|deviceadded|deviceremoved|\[guest)' "$work/console.log" || true
code=$(sed -n 's/.*HIDVM-EXIT \([0-9]*\).*/\1/p' "$work/console.log" | tail -1)
echo "qemu exit $qemu, guest exit ${code:-none}, ${elapsed}s"
if [ "${code:-1}" = 0 ]; then
  echo "HID VM test: passed"
else
  echo "HID VM test: failed (see $work/console.log)"
  exit 1
fi
