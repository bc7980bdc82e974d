import json,sys,collections
ev=[];
for f in sys.argv[2:]: ev+=json.load(open(f))
ev.sort(); t0=ev[0][0]; W=float(sys.argv[1])
bins=collections.defaultdict(lambda: collections.defaultdict(int)); cs=sorted({c for _,c,_ in ev})
for t,c,b in ev: bins[int((t-t0)/W)][c]+=b
ks=sorted(bins); v=[]
for i in range(1,len(ks)-1):
    k=ks[i]
    cur=[bins[k][c] for c in cs]; prev=[bins[k-1][c] for c in cs]; nxt=[bins[k+1][c] for c in cs]
    thr=0.05*max(cur+[1])
    act=[j for j in range(len(cs)) if cur[j]>0 and prev[j]>0 and nxt[j]>0]
    if len(act)>=2:
        s=sum(cur[j] for j in act)
        for j in act: v.append(cur[j]*len(act)/s)
v.sort(); n=len(v)
print('n',n,'share/fair quantiles 5,25,50,75,95:',[round(v[int(n*q)],2) for q in (0.05,0.25,0.5,0.75,0.95)])
