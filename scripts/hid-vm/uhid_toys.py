#!/usr/bin/env python3
"""Plays HID toys through the kernel's /dev/uhid, for scripts/test-hid-vm.sh (runs inside the VM).

Creates a Vorze Cyclone X10 (0483:5750), a Nintendo Joy-Con (L) (057e:2006) and a Lovense USB dongle
(1915:520a) with one toy (a Lovense Hush) behind it. Every output report the host writes is logged to
the log file as a JSON line: {"toy": "cyclone", "report": "<hex>"}; the dongle's lines are logged as
{"toy": "dongle", "line": "..."}. Commands on the control FIFO: "unplug cyclone", "plug cyclone".

Usage: uhid_toys.py LOG CONTROL_FIFO
"""
import json
import os
import select
import struct
import sys

UHID_DESTROY, UHID_START, UHID_STOP, UHID_OPEN, UHID_CLOSE, UHID_OUTPUT = 1, 2, 3, 4, 5, 6
UHID_GET_REPORT, UHID_GET_REPORT_REPLY, UHID_CREATE2, UHID_INPUT2 = 9, 10, 11, 12
UHID_SET_REPORT, UHID_SET_REPORT_REPLY = 13, 14
EVENT_SIZE = 4 + 4372  # type + the largest member (uhid_create2_req)
BUS_USB = 3

# Vendor-defined page, 64-byte input and output reports, no report ids.
DESCRIPTOR = bytes([
    0x06, 0x00, 0xFF, 0x09, 0x01, 0xA1, 0x01, 0x15, 0x00, 0x26, 0xFF, 0x00, 0x75, 0x08,
    0x95, 0x40, 0x09, 0x01, 0x81, 0x02, 0x95, 0x40, 0x09, 0x01, 0x91, 0x02, 0xC0,
])

TOY_ID = "c44ebe0e7f7e"


class Toy:
    def __init__(self, key, name, vendor, product, serial, log):
        self.key, self.name, self.vendor, self.product, self.serial, self.log = key, name, vendor, product, serial, log
        self.fd = None

    def plug(self):
        self.fd = os.open("/dev/uhid", os.O_RDWR | os.O_CLOEXEC)
        event = struct.pack("<I128s64s64sHHIIII4096s", UHID_CREATE2, self.name.encode(), b"uhid-test", self.serial.encode(),
                            len(DESCRIPTOR), BUS_USB, self.vendor, self.product, 0, 0, DESCRIPTOR)
        os.write(self.fd, event)
        self.record({"event": "plugged"})

    def unplug(self):
        os.write(self.fd, struct.pack("<I", UHID_DESTROY))
        os.close(self.fd)
        self.fd = None
        self.record({"event": "unplugged"})

    def record(self, entry):
        entry["toy"] = self.key
        self.log.write(json.dumps(entry) + "\n")
        self.log.flush()

    def send_input(self, data):
        os.write(self.fd, struct.pack("<IH4096s", UHID_INPUT2, len(data), data))

    def handle(self):
        event = os.read(self.fd, EVENT_SIZE)
        kind = struct.unpack_from("<I", event)[0]
        if kind == UHID_OUTPUT:
            size = struct.unpack_from("<H", event, 4 + 4096)[0]
            self.output(event[4:4 + size])
        elif kind == UHID_SET_REPORT:
            request, number, _, size = struct.unpack_from("<IBBH", event, 4)
            self.record({"feature": event[12:12 + size].hex(), "number": number})
            os.write(self.fd, struct.pack("<IIH", UHID_SET_REPORT_REPLY, request, 0))
        elif kind == UHID_GET_REPORT:
            request = struct.unpack_from("<I", event, 4)[0]
            os.write(self.fd, struct.pack("<IIH", UHID_GET_REPORT_REPLY, request, 5) + bytes(4096))
        elif kind in (UHID_OPEN, UHID_CLOSE, UHID_START, UHID_STOP):
            self.record({"event": {UHID_OPEN: "open", UHID_CLOSE: "close", UHID_START: "start", UHID_STOP: "stop"}[kind]})

    def output(self, report):
        self.record({"report": report.hex()})


class Dongle(Toy):
    """The Lovense dongle: JSON lines in 63-byte pieces (report id 0, piece, 0); answers as 64-byte input reports."""

    def __init__(self, log):
        super().__init__("dongle", "Lovense USB Dongle", 0x1915, 0x520A, "", log)
        self.pending = b""
        self.toy_connected = False

    def output(self, report):
        text = report[1:]
        end = text.find(b"\0")
        self.pending += text if end < 0 else text[:end]
        while b"\r\n" in self.pending:
            line, self.pending = self.pending.split(b"\r\n", 1)
            line = line.decode()
            self.record({"line": line})
            for answer in self.answer(json.loads(line)):
                self.send_line(answer)

    def answer(self, message):
        func = message.get("func")
        if func == "statuss":
            return [{"type": "toy", "func": "status", "data": {"id": TOY_ID, "status": 202}}] if self.toy_connected else []
        if func == "search":
            return [{"type": "usb", "func": "search", "result": 205},
                    {"type": "toy", "func": "toyData", "data": {"id": TOY_ID, "data": ""}}]
        if func == "stopSearch":
            self.toy_connected = True
            return [{"type": "usb", "func": "stopSearch", "result": 200}, {"type": "usb", "func": "search", "result": 206}]
        if func == "command":
            command = message.get("cmd", "")
            data = "Z:11:0082059AD3BD;" if command == "DeviceType;" else "85;" if command == "Battery;" else "OK;"
            return [{"type": "toy", "func": "toyData", "data": {"id": TOY_ID, "data": data}}]
        return []

    def send_line(self, message):
        data = (json.dumps(message, separators=(",", ":")) + "\n").encode()
        for offset in range(0, len(data), 63):
            piece = data[offset:offset + 63]
            self.send_input(piece + bytes(64 - len(piece)))


def main():
    log = open(sys.argv[1], "a", encoding="utf-8")
    control = os.open(sys.argv[2], os.O_RDWR | os.O_NONBLOCK)
    toys = {
        "cyclone": Toy("cyclone", "Vorze Cyclone X10", 0x0483, 0x5750, "CYCX0001", log),
        "joycon": Toy("joycon", "Joy-Con (L)", 0x057E, 0x2006, "98:b6:e9:00:00:01", log),
        "dongle": Dongle(log),
    }
    for toy in toys.values():
        toy.plug()
    pending = b""
    while True:
        fds = [t.fd for t in toys.values() if t.fd is not None] + [control]
        ready, _, _ = select.select(fds, [], [])
        for fd in ready:
            if fd == control:
                pending += os.read(control, 4096)
                while b"\n" in pending:
                    command, pending = pending.split(b"\n", 1)
                    verb, key = command.decode().split()
                    getattr(toys[key], verb)()
            else:
                next(t for t in toys.values() if t.fd == fd).handle()


if __name__ == "__main__":
    main()
