#!/usr/bin/env bash
# A single-host Slurm for the test run. Installs what is missing (slurmctld, slurmd, the Slurm commands, munge) with
# apt-get, writes a slurm.conf for this machine (one node with all its cores, on 127.0.0.1, free ports, no cgroups,
# no accounting daemon) into a temporary folder, starts munged, slurmctld and slurmd from there, runs the command
# given with SLURM_CONF pointing at that cluster, and stops the daemons and removes the folder whatever happens.
#   .ci/slurm.sh samples/slurm/test.sh
set -euo pipefail

if [[ $# -eq 0 ]]; then
  echo "usage: .ci/slurm.sh COMMAND [ARGS...]" >&2
  exit 2
fi

PATH=$PATH:/usr/sbin:/sbin   # the daemons, for a user whose PATH lacks them
sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null ||
   ! command -v munged >/dev/null; then
  packages=(slurmctld slurmd slurm-client munge)
  install() { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${packages[@]}"; }
  install >/dev/null || { "${sudo[@]}" apt-get update -q >/dev/null && install >/dev/null; }
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/sgdsim-slurm.XXXXXX")
pids=()
stop() {
  local code=$?
  # The jobs first, then slurmd, the controller and munged; then any step daemon (slurmstepd) of this cluster that
  # outlived slurmd, known by the SLURM_CONF it inherited.
  if [[ ${SLURM_CONF:-} == "$dir/slurm.conf" ]]; then
    scancel --user="$(id -un)" 2>/dev/null || true
    for _ in $(seq 100); do [[ -z $(squeue -h 2>/dev/null) ]] && break; sleep 0.2; done
  fi
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  for pid in $(pgrep -x slurmstepd || true); do
    if tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qxF "SLURM_CONF=$dir/slurm.conf"; then
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  if [[ $code -ne 0 ]]; then
    for log in "$dir"/log/*.log; do echo "--- $log" >&2; tail -n 20 "$log" >&2; done
  fi
  rm -rf "$dir"
  exit "$code"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Two free TCP ports on loopback, so that another cluster on this machine (another test run) does not collide.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    [[ $port != "${1:-}" && -z $(ss -Htln "sport = :$port") ]] && break
  done
  echo "$port"
}
ctld_port=$(free_port)
slurmd_port=$(free_port "$ctld_port")

mkdir -m 700 "$dir/munge" "$dir/state" "$dir/spool" "$dir/log" "$dir/run"
head -c 1024 /dev/urandom >"$dir/munge/munge.key"
chmod 400 "$dir/munge/munge.key"
socket=$dir/munge/munge.socket
munged --force --key-file="$dir/munge/munge.key" --socket="$socket" --pid-file="$dir/run/munged.pid" \
  --log-file="$dir/log/munged.log" --seed-file="$dir/munge/seed"
pids+=("$(cat "$dir/run/munged.pid")")

host=$(hostname -s)
cpus=$(nproc)
memory=$(($(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 / 2))
cat >"$dir/slurm.conf" <<CONF
ClusterName=sgdsim-test
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=$(id -un)
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$socket
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/run/slurmctld.pid
SlurmdPidFile=$dir/run/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/builtin
MpiDefault=none
ReturnToService=2
MinJobAge=3600
KillWait=10
PlugStackConfig=$dir/plugstack.conf
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
: >"$dir/plugstack.conf"
export SLURM_CONF=$dir/slurm.conf

slurmctld -i -f "$SLURM_CONF"
for _ in $(seq 300); do [[ -s $dir/run/slurmctld.pid ]] && break; sleep 0.1; done
pids+=("$(cat "$dir/run/slurmctld.pid")")
slurmd -f "$SLURM_CONF" -N "$host"
for _ in $(seq 300); do [[ -s $dir/run/slurmd.pid ]] && break; sleep 0.1; done
pids+=("$(cat "$dir/run/slurmd.pid")")
for _ in $(seq 300); do
  [[ $(sinfo -h -N -o %t 2>/dev/null) == idle ]] && break
  sleep 0.2
done
if [[ $(sinfo -h -N -o %t) != idle ]]; then
  echo "slurm.sh: the node did not come up: $(sinfo -h -N -o '%t %E')" >&2
  exit 1
fi
echo "slurm.sh: Slurm $(sinfo -V | cut -d' ' -f2) up on $host ($cpus CPUs), controller on port $ctld_port"

"$@"
