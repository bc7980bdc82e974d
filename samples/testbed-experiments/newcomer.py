"""newcomer.py NEW LOG...: the share of connection NEW (e.g. c2) in the bytes moved over the 10 ms windows where
every connection of share.sh logs moved data, overall and in the first third of that time."""
import json,sys,collections
ev=[]
for f in sys.argv[2:]: ev+=json.load(open(f))
ev.sort(); t0=ev[0][0]; W=0.01
bins=collections.defaultdict(lambda: collections.defaultdict(int))
for t,c,b in ev: bins[int((t-t0)/W)][c.strip()]+=b
cs=sorted({c.strip() for _,c,_ in ev}); new=sys.argv[1]
both=[k for k in sorted(bins) if all(bins[k][c]>0 for c in cs)]
tot=sum(sum(bins[k].values()) for k in both); nb=sum(bins[k][new] for k in both)
first=both[:len(both)//3]; f_t=sum(sum(bins[k].values()) for k in first); f_n=sum(bins[k][new] for k in first)
print(f"overlap {len(both)*W:.2f}s newcomer share {nb/tot:.3f} first third {f_n/f_t:.3f} (equal {1/len(cs):.3f})")
