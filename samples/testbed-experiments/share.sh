#!/bin/bash
# share.sh RATE DIR OUT "SCHED1" "SCHED2" ... : node 0 is the hub; DIR=in: leaves send to the hub; DIR=out: the hub sends to each leaf
rate=$1 dir=$2 out=$3; shift 3; n=$#
br=shbr; ip link add $br type bridge; ip link set $br up
for i in $(seq 0 $n); do ns=shn$i; ip netns add $ns; ip link add shh$i type veth peer name eth0 netns $ns
 ip link set shh$i master $br up; ip netns exec $ns ip link set lo up; ip netns exec $ns ip addr add 10.215.0.$((i+1))/24 dev eth0; ip netns exec $ns ip link set eth0 up; [ -n "${CC:-}" ] && ip netns exec $ns sysctl -qw net.ipv4.tcp_congestion_control=$CC
 tc qdisc add dev shh$i root tbf rate $rate burst 256kb latency 400ms
 ip netns exec $ns tc qdisc add dev eth0 root tbf rate $rate burst 256kb latency 400ms; done
here=$(cd "$(dirname "$0")" && pwd); P="python3 $here/flows.py"; t0=$(python3 -c 'import time;print(time.time()+1.5)')
if [ $dir = in ]; then
  ip netns exec shn0 $P recv 6000 $n $out & sleep 0.3
  i=1; for s in "$@"; do ip netns exec shn$i $P send 10.215.0.1 6000 $t0 "$s" c$i & i=$((i+1)); done
else
  i=1; for s in "$@"; do ip netns exec shn$i $P recv 6000 1 $out.$i & i=$((i+1)); done; sleep 0.3
  i=1; for s in "$@"; do ip netns exec shn0 $P send 10.215.0.$((i+1)) 6000 $t0 "$s" c$i & i=$((i+1)); done
fi
wait
for i in $(seq 0 $n); do ip netns del shn$i; ip link del shh$i 2>/dev/null; done; ip link del $br
