"""loop.py: a closed loop of bulk transfers shaped like PS training, without any ML framework.
hub PORT N SECONDS LOG : for each of N leaves, forever: send PULL bytes, then read PUSH bytes (logs each phase)
leaf HOST PORT PULL PUSH GAP : read PULL bytes, wait GAP s (compute), send PUSH bytes, repeat until the hub closes."""
import socket, sys, time, threading, json, struct
def hub(port, n, seconds, log, pull, push):
    s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(('0.0.0.0', port)); s.listen(64)
    conns = [s.accept()[0] for _ in range(n)]
    end = time.time() + seconds; out = []; lock = threading.Lock(); buf = b'x' * (1 << 20)
    def serve(i, c):
        while time.time() < end:
            t0 = time.time(); left = pull
            while left > 0:
                k = min(left, len(buf)); c.sendall(buf[:k]); left -= k
            t1 = time.time(); got = 0
            while got < push:
                b = c.recv(min(1 << 20, push - got))
                if not b: return
                got += len(b)
            t2 = time.time()
            with lock: out.append((i, t0, t1, t2))
        c.shutdown(socket.SHUT_RDWR); c.close()
    ts = [threading.Thread(target=serve, args=(i, c)) for i, c in enumerate(conns)]
    [t.start() for t in ts]; [t.join() for t in ts]
    json.dump(out, open(log, 'w'))
def leaf(host, port, pull, push, gap):
    c = socket.create_connection((host, port)); buf = b'y' * (1 << 20)
    while True:
        got = 0
        while got < pull:
            b = c.recv(min(1 << 20, pull - got))
            if not b: return
            got += len(b)
        time.sleep(gap)
        left = push
        try:
            while left > 0:
                k = min(left, len(buf)); c.sendall(buf[:k]); left -= k
        except OSError: return
if __name__ == '__main__':
    if sys.argv[1] == 'hub': hub(int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), sys.argv[5], int(float(sys.argv[6])), int(float(sys.argv[7])))
    else: leaf(sys.argv[2], int(sys.argv[3]), int(float(sys.argv[4])), int(float(sys.argv[5])), float(sys.argv[6]))
