# phase.py RUNDIR [WINDOW_S]: per window, throughput (testbed definition) and pull/push overlap
import glob,json,sys
run=sys.argv[1]; W=float(sys.argv[2]) if len(sys.argv)>2 else 10
workers=[]
for f in sorted(glob.glob(run+'/node*.json')):
    d=json.load(open(f))
    if not d['node'].startswith('worker'): continue
    pulls={}; pushes={}
    for e in d['events']:
        if e['kind']=='recv': s=pulls.setdefault(e['step'],[1e30,0]); s[0]=min(s[0],e['start_us']); s[1]=max(s[1],e['end_us'])
        if e['kind']=='send': s=pushes.setdefault(e['step'],[1e30,0]); s[0]=min(s[0],e['start_us']); s[1]=max(s[1],e['end_us'])
    workers.append((d['steps'],pulls,pushes))
t0=min(w[0][0][0] for w in workers); t1=max(w[0][-1][1] for w in workers)
def overlap(intervals_per_worker,a,b):
    # fraction of time in [a,b) with >=2 active among time with >=1 active
    ev=[]
    for iv in intervals_per_worker:
        for s,e in iv:
            s=max(s,a); e=min(e,b)
            if e>s: ev+= [(s,1),(e,-1)]
    ev.sort(); k=0; last=None; one=0; two=0
    for t,d in ev:
        if last is not None:
            if k>=1: one+=t-last
            if k>=2: two+=t-last
        k+=d; last=t
    return two/one if one else float('nan'), one/(b-a)
t=t0
print('window  thr  pull_overlap pull_busy push_overlap push_busy  stepdur per worker')
while t<t1:
    a,b=t,min(t+W*1e6,t1)
    thr=0
    for steps,_,_ in workers:
        ends=[e for s,e in steps if a<=e<b]
        if len(ends)>=2: thr+=(len(ends)-1)/((ends[-1]-ends[0])/1e6)
    po,pb=overlap([list(p.values()) for _,p,_ in workers],a,b)
    qo,qb=overlap([list(q.values()) for _,_,q in workers],a,b)
    sd=[round((e-s)/1e6,2) for steps,_,_ in workers for s,e in steps if a<=e<b][:6]
    print(f"{(a-t0)/1e6:5.0f}  {thr:5.3f}  {po:5.2f} {pb:5.2f}   {qo:5.2f} {qb:5.2f}  {sd}")
    t+=W*1e6
