"""rates.py W FROM LOG...: each connection's rate in Mbit/s, in windows of W s from FROM s after the first byte, from
share.sh logs."""
import json,sys,collections
W=float(sys.argv[1]); tf=float(sys.argv[2]); ev=[]
for f in sys.argv[3:]: ev+=json.load(open(f))
ev.sort(); t0=ev[0][0]
bins=collections.defaultdict(lambda: collections.defaultdict(int)); cs=sorted({c for _,c,_ in ev})
for t,c,b in ev:
    if t-t0>=tf: bins[int((t-t0-tf)/W)][c]+=b
for k in sorted(bins):
    print(f"{tf+k*W:6.2f}", ' '.join(f"{c}:{bins[k][c]*8/W/1e6:7.1f}" for c in cs))
