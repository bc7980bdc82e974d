#!/bin/bash
# loop.sh RATE N SECONDS OUT [PULL PUSH GAP] : closed-loop bulk "PS job" on the testbed's shaping
rate=$1 n=$2 secs=$3 out=$4 pull=${5:-32e6} push=${6:-32e6} gap=${7:-0.05}
br=lpbr; ip link add $br type bridge; ip link set $br up
for i in $(seq 0 $n); do ns=lpn$i; ip netns add $ns; ip link add lph$i type veth peer name eth0 netns $ns
 ip link set lph$i master $br up; ip netns exec $ns ip link set lo up; ip netns exec $ns ip addr add 10.216.0.$((i+1))/24 dev eth0; ip netns exec $ns ip link set eth0 up; [ -n "${CC:-}" ] && ip netns exec $ns sysctl -qw net.ipv4.tcp_congestion_control=$CC; [ -n "${SSAI:-}" ] && ip netns exec $ns sysctl -qw net.ipv4.tcp_slow_start_after_idle=$SSAI
 tc qdisc add dev lph$i root tbf rate $rate burst 256kb latency ${TBF_LATENCY:-400ms}
 ip netns exec $ns tc qdisc add dev eth0 root tbf rate $rate burst 256kb latency ${TBF_LATENCY:-400ms}; done
here=$(cd "$(dirname "$0")" && pwd); P="python3 $here/loop.py"
ip netns exec lpn0 $P hub 7000 $n $secs $out $pull $push & sleep 0.3
for i in $(seq 1 $n); do ip netns exec lpn$i $P leaf 10.216.0.1 7000 $pull $push $gap & done
wait
for i in $(seq 0 $n); do ip netns del lpn$i; ip link del lph$i 2>/dev/null; done; ip link del $br
