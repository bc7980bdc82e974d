"""phasedrift.py RUNDIR...: two workers of testbed runs, step by step: the phase of the second worker's step starts
within the first's steps (0: in phase, 0.5: alternating), its distance d = min(phase, 1 - phase) from in phase, and
how d changes from one step to the next, binned by d (a positive mean change: the workers move apart)."""
import bisect, glob, json, statistics, sys


def starts(run):
    out = []
    for f in sorted(glob.glob(run + '/node*.json')):
        d = json.load(open(f))
        if d['node'].startswith('worker') and d['steps']:
            out.append([s / 1e6 for s, _ in d['steps']])
    return out[0], out[1]


pairs = []
for run in sys.argv[1:]:
    a, b = starts(run)
    ph = []
    for s in b:
        k = bisect.bisect_right(a, s) - 1
        if 0 <= k < len(a) - 1:
            ph.append((s - a[k]) / (a[k + 1] - a[k]))
    print(run, ' '.join('%.2f' % p for p in ph))
    for p, q in zip(ph, ph[1:]):
        d, e = min(p, 1 - p), min(q, 1 - q)
        pairs.append((d, e - d))
for lo in (0, 0.1, 0.2, 0.3, 0.4):
    v = [x for d, x in pairs if lo <= d < lo + 0.1]
    if v:
        print('d %.1f-%.1f: %3d steps, mean change %+.3f, sd %.3f' % (lo, lo + 0.1, len(v), statistics.mean(v), statistics.pstdev(v)))
