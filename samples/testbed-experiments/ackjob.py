"""ackjob.py RUN.ss:RATE_BITS...: from monitored_run.sh samples of the PS's sockets, the PS's sending rate (as a share
of its line rate) over the sample intervals where it was sending, grouped by how many connections were sending into
the PS in the same interval (each above 5% of the line); runs are pooled, interval by interval."""
import collections, os, statistics, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from parse_ss import parse
groups = collections.defaultdict(list)
for arg in sys.argv[1:]:
    path, bits = arg.rsplit(':', 1)
    line = float(bits) / 8
    by = collections.defaultdict(dict)
    for r in parse(path):
        by[r['t']][r['peer']] = (int(r.get('bytes_sent', 0)), int(r.get('bytes_received', 0)))
    ts = sorted(by)
    for a, b in zip(ts, ts[1:]):
        dt = b - a
        peers = [p for p in by[b] if p in by[a]]
        out = sum(by[b][p][0] - by[a][p][0] for p in peers) / dt / line
        k_in = sum(1 for p in peers if (by[b][p][1] - by[a][p][1]) / dt / line > 0.05)
        if out > 0.05:
            groups[min(k_in, 4)].append(out)
for k in sorted(groups):
    v = groups[k]
    print('%s sending into the PS: %4d intervals, the PS sending at %.2f of its line rate (median %.2f)' % (('%d' % k) if k < 4 else '4+', len(v), statistics.mean(v), statistics.median(v)))
