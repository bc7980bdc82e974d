"""solo.py RUNDIR...: the rate of whole-step pulls and pushes of a testbed run that overlapped no other worker's
transfer in the same direction, against those that did."""
import json,glob,sys,statistics
# same direction: their rate (bytes / (first start .. last end)), against those that did overlap
for run in sys.argv[1:]:
    W=[]
    for g in sorted(glob.glob(run+'/node*.json')):
        j=json.load(open(g))
        if not j['node'].startswith('worker'): continue
        st={}
        for e in j['events']:
            if e['kind'] in ('recv','send'):
                s=st.setdefault((e['kind'],e['step']),[1e30,0,0]); s[0]=min(s[0],e['start_us']); s[1]=max(s[1],e['end_us']); s[2]+=e['bytes']
        W.append(st)
    for kind in ('recv','send'):
        solo=[];shared=[]
        for i,st in enumerate(W):
            for (k,step),(s,e,b) in st.items():
                if k!=kind or step==0: continue
                ov=any(k2==kind and s2<e and e2>s for j,o in enumerate(W) if j!=i for (k2,_),(s2,e2,_) in o.items())
                (shared if ov else solo).append(b*8/(e-s))
        f=lambda v: ('%.0f Mbit/s (n %d)'%(statistics.median(v),len(v))) if v else '-'
        print(run, 'pull' if kind=='recv' else 'push', 'solo', f(solo), 'overlapping', f(shared))
