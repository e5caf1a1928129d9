# Bursts of Sway IPC clients for bench/stable-socket.bench.ts. For each line "N PATH" on stdin, N
# threads connect to PATH at once with a blocking connect(2), as swaymsg and i3ipc do (it waits in
# the kernel while Sway's listen backlog is full), each sends GET_VERSION and reads its reply. Prints
# one JSON line per burst: each client's time from the burst's start to its whole reply, in ms
# (null when it failed: refused, closed without a reply, or no reply within 30 s).
import json
import socket
import struct
import sys
import threading
import time

HEADER = struct.Struct('=6sII')  # "i3-ipc", payload length, type; native byte order (sway-ipc(7))
GET_VERSION = HEADER.pack(b'i3-ipc', 0, 7)


def recv_exact(sock, n):
    data = b''
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError('closed before the whole reply')
        data += chunk
    return data


def client(path, go, start, out, i):
    go.wait()
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.connect(path)  # blocking: a timeout set before it would make Python's connect non-blocking
            s.settimeout(30)
            s.sendall(GET_VERSION)
            _, length, _ = HEADER.unpack(recv_exact(s, HEADER.size))
            recv_exact(s, length)
        out[i] = (time.monotonic() - start[0]) * 1000
    except OSError:
        out[i] = None


for line in sys.stdin:
    n, path = line.split(maxsplit=1)
    n, path = int(n), path.strip()
    go, start, out = threading.Event(), [0.0], [None] * n
    threads = [threading.Thread(target=client, args=(path, go, start, out, i)) for i in range(n)]
    for t in threads:
        t.start()
    start[0] = time.monotonic()
    go.set()
    for t in threads:
        t.join()
    print(json.dumps(out), flush=True)
