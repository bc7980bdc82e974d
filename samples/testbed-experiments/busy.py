"""busy.py RUNDIR...: after the first 5 s of a testbed run, the fraction of time some worker had a pull (recv) or a push
(send) in flight, and the bytes moved per second of that time."""
import json,glob,sys
# (recv) or push (send) in flight, per direction, and bytes moved per busy second
for run in sys.argv[1:]:
    iv={'recv':[],'send':[]}; by={'recv':0,'send':0}; ends=[]
    for g in sorted(glob.glob(run+'/node*.json')):
        j=json.load(open(g))
        if not j['node'].startswith('worker'): continue
        ends.append(j['steps'][-1][1]); 
        for e in j['events']:
            if e['kind'] in iv: iv[e['kind']].append((e['start_us'],e['end_us'],e.get('bytes',0)))
    t0=min(s for s,_,_ in iv['recv'])+5e6; t1=min(ends)
    out=[]
    for k in ('recv','send'):
        segs=sorted((max(s,t0),min(e,t1)) for s,e,_ in iv[k] if e>t0 and s<t1)
        busy=0; cur=None
        for s,e in segs:
            if cur is None or s>cur[1]:
                if cur: busy+=cur[1]-cur[0]
                cur=[s,e]
            else: cur[1]=max(cur[1],e)
        if cur: busy+=cur[1]-cur[0]
        b=sum(x for s,e,x in iv[k] if s>=t0 and e<=t1)
        out.append('%s busy %.2f, %.1f Mbit/s while busy'%('pull' if k=='recv' else 'push', busy/(t1-t0), b*8/(busy)))
    print(run, '; '.join(out))
