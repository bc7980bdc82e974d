"""overlap.py RUNDIR...: for every pair of workers of testbed runs whose pulls (recv) or pushes (send) overlap, the
offset between their starts against the offset between their ends, and the slope of a least-squares line: 1 when
sharing the PS NIC keeps the offset, below 1 when the later transfer catches up, above 1 when it falls behind."""
import glob,json,sys
# later starter catches up, i.e. newcomer advantage)
for kind in ('recv','send'):
    xs=[];ys=[]
    for run in sys.argv[1:]:
        W=[]
        for f in sorted(glob.glob(run+'/node*.json')):
            d=json.load(open(f))
            if not d['node'].startswith('worker'): continue
            st={}
            for e in d['events']:
                if e['kind']==kind:
                    s=st.setdefault(e['step'],[1e30,0]); s[0]=min(s[0],e['start_us']); s[1]=max(s[1],e['end_us'])
            W.append(sorted(st.values()))
        for i in range(len(W)):
            for j in range(i+1,len(W)):
                for a in W[i]:
                    for b in W[j]:
                        if b[0]>a[1] : break
                        if b[1]<a[0]: continue
                        # overlap: a and b
                        first,second=(a,b) if a[0]<=b[0] else (b,a)
                        if second[0] > first[1]: continue
                        xs.append((second[0]-first[0])/1e6); ys.append((second[1]-first[1])/1e6)
    n=len(xs)
    if n<3: print(kind,'n',n); continue
    mx=sum(xs)/n; my=sum(ys)/n
    sl=sum((x-mx)*(y-my) for x,y in zip(xs,ys))/sum((x-mx)**2 for x in xs)

    print(kind,'n',n,'mean start offset %.3f end offset %.3f slope %.2f'%(mx,my,sl))
