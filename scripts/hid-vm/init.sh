#!/bin/busybox sh
# The VM's init (in a busybox initramfs): load the modules, share the host's files read-only over 9p,
# and run the test with the host's own userland (.NET, Node, Python) in a chroot. Prints HIDVM-EXIT n.
/bin/busybox --install -s /bin
export PATH=/bin
mkdir -p /proc /sys /dev /host
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
for module in $(cat /modules/order); do
  insmod /modules/$module.ko || echo "insmod $module failed"
done
ip link set lo up
mount -t 9p -o trans=virtio,version=9p2000.L,msize=512000,ro hostroot /host || { echo "HIDVM-EXIT 90"; poweroff -f; }
mount -t proc proc /host/proc
mount -t sysfs sys /host/sys
mount -t devtmpfs dev /host/dev
mkdir -p /host/dev/pts /host/dev/shm 2>/dev/null
mount -t devpts devpts /host/dev/pts
mount -t tmpfs shm /host/dev/shm
mount -t tmpfs tmp /host/tmp
mount -t tmpfs run /host/run 2>/dev/null
repo=$(cat /repo)
chroot /host /bin/bash "$repo/scripts/hid-vm/guest.sh" "$repo"
echo "HIDVM-EXIT $?"
poweroff -f
