"""conn_rates.py RUN.ss RATE_BITS [FIELD]: each large connection's rate out of the PS (bytes_sent, or FIELD) between
consecutive monitored_run.sh samples, as a share of the line rate, with its cwnd and rtt."""
import sys,collections
import os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from parse_ss import parse
rows=parse(sys.argv[1]); rate=float(sys.argv[2])/8
key=sys.argv[3] if len(sys.argv)>3 else 'bytes_sent'
by=collections.defaultdict(dict)
for r in rows:
    if key in r: by[r['t']][r['peer']]=(int(r[key]),r)
peers=sorted({p for t in by for p in by[t] if by[t][p][0]>1e6 or True})
ts=sorted(by)
# keep peers with large totals
tot={p:max(by[t][p][0] for t in ts if p in by[t]) for p in peers}
peers=[p for p in peers if tot[p]>1e7]
print('peers',peers)
t0=ts[0]
for a,b in zip(ts,ts[1:]):
    dt=b-a
    rs=[]
    for p in peers:
        if p in by[a] and p in by[b]:
            rs.append((by[b][p][0]-by[a][p][0])/dt/rate)
        else: rs.append(float('nan'))
    extra=' '.join(f"cw{by[b][p][1].get('cwnd','-')}/rtt{by[b][p][1]['rtt']}" for p in peers if p in by[b])
    print(f"{b-t0:7.3f} "+' '.join(f"{x:5.2f}" for x in rs)+f" sum {sum(rs):5.2f}  "+extra)
