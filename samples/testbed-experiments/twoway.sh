#!/bin/bash
# twoway.sh RATE SECS CC : A<->B through tbf like run_cluster.sh; one-way then two-way bulk
rate=$1 secs=$2 cc=${3:-bbr}
br=twbr; ip link add $br type bridge; ip link set $br up
for i in 0 1; do ns=twn$i; ip netns add $ns; ip link add twh$i type veth peer name eth0 netns $ns
 ip link set twh$i master $br up; ip netns exec $ns ip link set lo up; ip netns exec $ns ip addr add 10.214.0.$((i+1))/24 dev eth0; ip netns exec $ns ip link set eth0 up
 ip netns exec $ns sysctl -qw net.ipv4.tcp_congestion_control=$cc
 tc qdisc add dev twh$i root tbf rate $rate burst 256kb latency 400ms
 ip netns exec $ns tc qdisc add dev eth0 root tbf rate $rate burst 256kb latency 400ms; done
here=$(cd "$(dirname "$0")" && pwd); P="python3 $here/bulk.py"
echo "one-way A->B"; ip netns exec twn1 $P recv 5001 & sleep 0.5; ip netns exec twn0 $P send 10.214.0.2 5001 $secs; wait
echo "two-way"; ip netns exec twn1 $P recv 5002 & ip netns exec twn0 $P recv 5003 & sleep 0.5
ip netns exec twn0 $P send 10.214.0.2 5002 $secs & ip netns exec twn1 $P send 10.214.0.1 5003 $secs; wait
for i in 0 1; do ip netns del twn$i; ip link del twh$i 2>/dev/null; done; ip link del $br
