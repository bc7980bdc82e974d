#!/bin/bash
# mon.sh OUT : sample ss -tin and tc -s in the PS namespace every 50 ms until it disappears
out=$1; sleep 2
ns=$(ip netns list | awk '{print $1}' | grep '_0$' | head -1)
h=${ns/sgn/sgh}
while ip netns list | grep -q "^$ns"; do
  t=$(date +%s.%N)
  echo "T $t" >> $out.ss; ip netns exec $ns ss -tin state established >> $out.ss 2>/dev/null
  echo "T $t" >> $out.tc; ip netns exec $ns tc -s qdisc show dev eth0 >> $out.tc 2>/dev/null; tc -s qdisc show dev $h >> $out.tc 2>/dev/null
  sleep 0.05
done
