#!/bin/bash
# measure_set.sh MODEL BATCH RATE DUR ROOT "N..." RUNS — repeated testbed runs for a measured set
T=${TESTBED:-$(cd "$(dirname "$0")/../../../shared/groundtruth/testbed" && pwd)}
model=$1 batch=$2 rate=$3 dur=$4 root=$5 ns=$6 runs=$7
mkdir -p $root
for r in $(seq 1 $runs); do for n in $ns; do
  d=$root/n$n-r$r; rm -rf $d
  BATCH=$batch nice -n -5 $T/run_cluster.sh $model $n $rate $dur $d /usr/bin/python3 >/dev/null 2>&1
  python3 $T/throughput.py $d | sed "s/^/n=$n r=$r /"
done; done
