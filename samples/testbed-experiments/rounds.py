"""rounds.py PERIOD ROUNDS LOG...: when every connection starts a message together every PERIOD s (share.sh), each
connection's share of the bytes moved while all were active, per round, relative to an equal share; and the
standard deviation of the log of those shares."""
import json,sys,collections,statistics,math
# connection's share of the bytes moved while all were active, relative to an equal share
P=float(sys.argv[1]); R=int(sys.argv[2]); ev=[]
for f in sys.argv[3:]: ev+=json.load(open(f))
ev.sort(); t0=ev[0][0]; W=0.005; cs=sorted({c for _,c,_ in ev}); vals=[]
for r in range(R):
    bins=collections.defaultdict(lambda: collections.defaultdict(int))
    for t,c,b in ev:
        if r*P-0.2 <= t-t0 < (r+1)*P-0.2: bins[int((t-t0)/W)][c]+=b
    both=[k for k in bins if all(bins[k][c]>0 for c in cs)]
    tot=sum(sum(bins[k].values()) for k in both)
    if tot==0: continue
    sh=[sum(bins[k][c] for k in both)*len(cs)/tot for c in cs]; vals+=sh
    print(r, ' '.join(f'{x:.2f}' for x in sh))
lv=[math.log(v) for v in vals]; print('sd of log share', round(statistics.pstdev(lv),3), 'n', len(lv))
