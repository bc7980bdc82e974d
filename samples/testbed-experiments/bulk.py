# bulk.py send HOST PORT SECONDS | recv PORT : measure goodput of one TCP stream
import socket,sys,time
if sys.argv[1]=='recv':
    s=socket.socket(); s.setsockopt(socket.SOL_SOCKET,socket.SO_REUSEADDR,1); s.bind(('0.0.0.0',int(sys.argv[2]))); s.listen(8)
    c,_=s.accept(); n=0; t0=None; marks=[]
    while True:
        b=c.recv(1<<20)
        if not b: break
        if t0 is None: t0=time.time()
        n+=len(b)
    dt=time.time()-t0
    print(f"recv {n} B in {dt:.2f}s = {n*8/dt/1e6:.1f} Mb/s", flush=True)
else:
    c=socket.create_connection((sys.argv[2],int(sys.argv[3]))); buf=b'x'*(1<<20); end=time.time()+float(sys.argv[4])
    while time.time()<end: c.sendall(buf)
    c.close()
