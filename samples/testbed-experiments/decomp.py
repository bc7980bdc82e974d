"""decomp.py RUNDIR: for two workers of a testbed run, step by step, their offset and the durations of their pull,
compute and push phases, and which phase changed the offset."""
import glob,json,sys
run=sys.argv[1]; W=[]
for f in sorted(glob.glob(run+'/node*.json')):
    d=json.load(open(f))
    if not d['node'].startswith('worker'): continue
    st={}
    for e in d['events']:
        if e['kind'] in('recv','send'):
            s=st.setdefault((e['kind'],e['step']),[1e30,0]); s[0]=min(s[0],e['start_us']); s[1]=max(s[1],e['end_us'])
    steps=d['steps']
    rows=[]
    for i,(s,e) in enumerate(steps):
        p=st.get(('recv',i)); q=st.get(('send',i))
        if p and q: rows.append(dict(s=s,e=e,pull=(p[1]-s)/1e6,mid=(q[0]-p[1])/1e6,push=(e-q[0])/1e6))
    W.append(rows)
A,B=W[0],W[1]; t0=A[0]['s']
j=0
for a in A:
    while j<len(B) and B[j]['s']<a['s']: j+=1
    if j>=len(B): break
    b=B[j]
    print(f"t={(a['s']-t0)/1e6:6.2f} off={(b['s']-a['s'])/1e6:5.2f}  A pull {a['pull']:.2f} mid {a['mid']:.2f} push {a['push']:.2f} | B pull {b['pull']:.2f} mid {b['mid']:.2f} push {b['push']:.2f} | dPull {b['pull']-a['pull']:+.2f} dPush {b['push']-a['push']:+.2f} dMid {b['mid']-a['mid']:+.2f}")
