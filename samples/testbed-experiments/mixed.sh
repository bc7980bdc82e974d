#!/bin/bash
# mixed.sh RATE OUT KOUT KIN SECONDS : one hub (node 0) and KOUT + KIN leaves, NICs shaped as in the testbed;
# leaves 1..KOUT each receive a bulk stream from the hub while the next KIN leaves each send one to it, all at once,
# for SECONDS; prints each stream's goodput (out: from the hub, in: into it). Env CC changes the transport.
rate=$1 out=$2 k=$3 kin=$4 secs=$5; n=$((k+kin)); rm -f $out.out* $out.in*
br=mxbr; ip link add $br type bridge; ip link set $br up
for i in $(seq 0 $n); do ns=mxn$i; ip netns add $ns; ip link add mxh$i type veth peer name eth0 netns $ns
 ip link set mxh$i master $br up; ip netns exec $ns ip link set lo up; ip netns exec $ns ip addr add 10.217.0.$((i+1))/24 dev eth0; ip netns exec $ns ip link set eth0 up; [ -n "${CC:-}" ] && ip netns exec $ns sysctl -qw net.ipv4.tcp_congestion_control=$CC
 tc qdisc add dev mxh$i root tbf rate $rate burst 256kb latency 400ms
 ip netns exec $ns tc qdisc add dev eth0 root tbf rate $rate burst 256kb latency 400ms; done
here=$(cd "$(dirname "$0")" && pwd); P="python3 $here/bulk.py"
for i in $(seq 1 $k); do ip netns exec mxn$i $P recv 5000 > $out.out$i & done
for i in $(seq $((k+1)) $n); do ip netns exec mxn0 $P recv $((5000+i)) > $out.in$i & done
sleep 0.5
for i in $(seq 1 $k); do ip netns exec mxn0 $P send 10.217.0.$((i+1)) 5000 $secs & done
for i in $(seq $((k+1)) $n); do ip netns exec mxn$i $P send 10.217.0.1 $((5000+i)) $secs & done
wait
for f in $out.out* $out.in*; do echo "$(basename $f): $(cat $f)"; done
for i in $(seq 0 $n); do ip netns del mxn$i; ip link del mxh$i 2>/dev/null; done; ip link del $br
