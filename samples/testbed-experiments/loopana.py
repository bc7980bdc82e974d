import json,sys
d=json.load(open(sys.argv[1])); rate=float(sys.argv[2])/8; pull=float(sys.argv[3]); skip=float(sys.argv[4]) if len(sys.argv)>4 else 0
t0=min(x[1] for x in d); t1=max(x[3] for x in d)
d=[x for x in d if x[1]-t0>=skip]
by={}
for i,a,b,c in d: by.setdefault(i,[]).append(c)
thr=0
for i,ends in by.items():
    ends.sort()
    if len(ends)>=2: thr+=(len(ends)-1)/(ends[-1]-ends[0])
bound=rate/pull
print(f"steps/s {thr:.3f}  bound {bound:.3f}  ratio {thr/bound:.2f}  steps {len(d)}")
