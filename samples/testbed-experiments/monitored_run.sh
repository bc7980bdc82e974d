#!/bin/bash
# monitored_run.sh OUTDIR MODEL N RATE SECONDS [BATCH] : one testbed run with the PS namespace's sockets (ss -tin) and
# queues (tc -s qdisc) sampled every 50 ms into OUTDIR.ss and OUTDIR.tc; prints the run's throughput
here=$(cd "$(dirname "$0")" && pwd)
T=${TESTBED:-$(cd "$here/../../../shared/groundtruth/testbed" && pwd)}
out=$1; rm -rf "$out" "$out.ss" "$out.tc"
"$here/mon.sh" "$out" & m=$!
BATCH=${6:-16} "$T/run_cluster.sh" "$2" "$3" "$4" "$5" "$out" /usr/bin/python3 >/dev/null 2>&1
wait $m
python3 "$T/throughput.py" "$out"
