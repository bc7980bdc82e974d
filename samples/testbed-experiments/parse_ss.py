"""parse_ss.py RUN.ss: the TCP connections of the PS namespace sampled by mon.sh (ss -tin), as rows of counters."""
import re,sys,collections
def parse(fn):
    t=None; cur=None; rows=[]
    for line in open(fn):
        if line.startswith('T '): t=float(line.split()[1]); continue
        if line[0] not in ' \t':
            f=line.split()
            if len(f)>=4: cur=(f[2],f[3])
            continue
        if cur and '10.213.0.1]:' not in cur[1] and not cur[1].startswith('10.213.0.1:'):
            d={'t':t,'loc':cur[0],'peer':cur[1]}
            for k in ['cwnd','bytes_sent','bytes_acked','bytes_received','unacked','lastsnd','lastrcv','retrans','bytes_retrans','notsent','ssthresh']:
                m=re.search(r'\b'+k+r':([0-9./]+)',line)
                if m: d[k]=m.group(1)
            m=re.search(r'\brtt:([0-9.]+)',line); d['rtt']=float(m.group(1)) if m else None
            m=re.search(r'delivery_rate (\d+)bps',line); d['dr']=int(m.group(1)) if m else None
            m=re.search(r'pacing_rate (\d+)bps',line); d['pr']=int(m.group(1)) if m else None
            m=re.search(r'bbr:\(bw:([0-9.]+)([MGk]?)bps',line)
            if m: d['bbrbw']=float(m.group(1))*{'':1,'k':1e3,'M':1e6,'G':1e9}[m.group(2)]
            m=re.search(r'mss:(\d+)',line); d['mss']=int(m.group(1)) if m else None
            rows.append(d)
    return rows
if __name__=='__main__':
    rows=parse(sys.argv[1])
    conns=collections.defaultdict(list)
    for r in rows: conns[(r['loc'],r['peer'])].append(r)
    for c,rs in conns.items():
        sent=[int(r.get('bytes_sent',0)) for r in rs]
        print(c, len(rs), 'sent', sent[-1] if sent else 0, 'mss', rs[-1]['mss'], 'retrans', rs[-1].get('retrans'), rs[-1].get('bytes_retrans'))
        import statistics
        cw=[int(r['cwnd']) for r in rs if 'cwnd' in r]; rt=[r['rtt'] for r in rs if r['rtt']]
        print('   cwnd med',statistics.median(cw),'max',max(cw),' rtt med',statistics.median(rt),'max',max(rt))
