"""both.py RUN.ss RATE_BITS [v]: the PS NIC from monitored_run.sh samples: mean use of each direction, its use when
the other direction is idle or busy, and the share of time each (and both) sent nothing; with v, every sample
(each connection's share of the line rate out of and into the PS)."""
import sys,collections
import os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from parse_ss import parse
rows=parse(sys.argv[1]); rate=float(sys.argv[2])/8
by=collections.defaultdict(dict)
for r in rows: by[r['t']][r['peer']]=r
ts=sorted(by)
def tot(p,k): return max(int(by[t][p].get(k,0)) for t in ts if p in by[t])
peers={p for t in ts for p in by[t]}
eg=sorted(p for p in peers if tot(p,'bytes_sent')>1e7); ing=sorted(p for p in peers if tot(p,'bytes_received')>1e7)
t0=ts[0]; out=[]
for a,b in zip(ts,ts[1:]):
    dt=b-a
    def r(p,k): return (int(by[b][p].get(k,0))-int(by[a][p].get(k,0)))/dt/rate if p in by[a] and p in by[b] else 0
    e=[r(p,'bytes_sent') for p in eg]; i=[r(p,'bytes_received') for p in ing]
    out.append((b-t0,e,i,[by[b][p]['rtt'] for p in eg if p in by[b]],[by[b][p].get('cwnd') for p in eg if p in by[b]]))
if len(sys.argv)>3:
    for t,e,i,rt,cw in out: print(f"{t:6.2f} out "+' '.join(f"{x:4.2f}" for x in e)+f" ={sum(e):4.2f} | in "+' '.join(f"{x:4.2f}" for x in i)+f" ={sum(i):4.2f}  rtt {rt} cw {cw}")
# summary: egress sum when ingress busy vs idle
import statistics
def m(x): return statistics.mean(x) if x else float('nan')
E=[sum(e) for t,e,i,_,_ in out]; I=[sum(i) for t,e,i,_,_ in out]
both=[(x,y) for x,y in zip(E,I) if x>0.05 and y>0.05]
print('samples',len(out),'egress mean',round(m(E),3),'ingress mean',round(m(I),3))
print('egress when active & ingress idle', round(m([x for x,y in zip(E,I) if x>0.05 and y<=0.05]),3), ' when both active', round(m([x for x,y in both]),3), 'n',len(both))
print('ingress when active & egress idle', round(m([y for x,y in zip(E,I) if y>0.05 and x<=0.05]),3), ' when both active', round(m([y for x,y in both]),3))
print('fraction of time: egress idle',round(sum(1 for x in E if x<=0.05)/len(E),3),'ingress idle',round(sum(1 for y in I if y<=0.05)/len(I),3),'both idle',round(sum(1 for x,y in zip(E,I) if x<=0.05 and y<=0.05)/len(E),3))
