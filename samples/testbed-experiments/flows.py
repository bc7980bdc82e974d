"""flows.py: timed messages on persistent TCP connections, for measuring how a shaped NIC shares.
recv PORT NCONN LOG   : accept NCONN connections, log (t, conn, bytes) of every read until all close
send HOST PORT T0 SCHEDULE : connect, then at T0+t send b bytes for each "t:b" in SCHEDULE (comma list)
sink / source variants swap direction: the node with many peers sends (one-to-many)."""
import socket, sys, time, threading, json
def recv(port, n, log):
    s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(('0.0.0.0', port)); s.listen(16)
    conns = [s.accept()[0] for _ in range(n)]
    out = []; lock = threading.Lock()
    def rd(i, c):
        ident = c.recv(4).decode()
        while True:
            b = c.recv(1 << 16)
            if not b: break
            with lock: out.append((time.time(), ident, len(b)))
    ts = [threading.Thread(target=rd, args=(i, c)) for i, c in enumerate(conns)]
    [t.start() for t in ts]; [t.join() for t in ts]
    json.dump(out, open(log, 'w'))
def send(host, port, t0, sched, ident):
    c = socket.create_connection((host, port)); c.sendall(ident.encode()[:4].ljust(4))
    buf = b'x' * (1 << 20)
    for item in sched.split(','):
        t, b = item.split(':'); t = float(t); b = int(float(b))
        d = t0 + t - time.time()
        if d > 0: time.sleep(d)
        while b > 0:
            k = min(b, len(buf)); c.sendall(buf[:k]); b -= k
    time.sleep(1); c.close()
if __name__ == '__main__':
    if sys.argv[1] == 'recv': recv(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
    else: send(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), sys.argv[5], sys.argv[6])
