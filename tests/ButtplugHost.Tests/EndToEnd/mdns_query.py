# One-shot mDNS query (RFC 6762 §5.1) for a DNS-SD service type; prints each answer packet as hex.
# Usage: python3 mdns_query.py _intiface_engine._tcp.local [timeout-seconds]
import socket, struct, sys, time

name = sys.argv[1]
timeout = float(sys.argv[2]) if len(sys.argv) > 2 else 10.0
question = b"".join(bytes([len(l)]) + l.encode() for l in name.split(".")) + b"\x00" + struct.pack(">HH", 12, 1)
query = struct.pack(">HHHHHH", 0x1234, 0, 1, 0, 0, 0) + question
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 1)
s.settimeout(0.5)
deadline = time.time() + timeout
while time.time() < deadline:
    s.sendto(query, ("224.0.0.251", 5353))
    try:
        data, _ = s.recvfrom(9000)
        print(data.hex(), flush=True)
        sys.exit(0)
    except socket.timeout:
        pass
sys.exit(1)
