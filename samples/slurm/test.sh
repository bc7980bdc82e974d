#!/usr/bin/env bash
# Runs the samples on the Slurm cluster SLURM_CONF names, one whose nodes see this machine's TMPDIR (.ci/slurm.sh
# starts one on this machine):
#   .ci/slurm.sh samples/slurm/test.sh
# 1. a task given bad input fails with exit code 2 and is not requeued;
# 2. sweep.sbatch as an array of 3 tasks and merge.sbatch after it (the commands of README.md, "Run on one machine");
#    one task is cancelled with scancel while it runs, then requeued, then requeued again while it runs (as a
#    preemption does), and must resume its part each time, not start over;
# 3. the merged table must be byte for byte (so row for row) what one unsharded sweep of the same grid writes.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/sgdsim-slurm-test.XXXXXX")
bad='' array='' merge=''
cleanup() {
  local code=$?
  # Only the jobs this test submitted: on a real cluster the user's other jobs are not its to cancel.
  for job in $bad $array $merge; do scancel "$job" 2>/dev/null || true; done
  if [[ $code -ne 0 ]]; then
    shopt -s nullglob
    for log in "$work"/*.log; do echo "--- $log" >&2; cat "$log" >&2; done
  fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "test.sh: $*" >&2; exit 1; }
started=$SECONDS

# README.md must show the commands this test runs: each run of lines between "# README begin" and "# README end".
readme=$(<"$repo/samples/slurm/README.md")
section='' inside=false
while IFS= read -r line; do
  case $line in
    '# README begin') inside=true section='' ;;
    '# README end')
      inside=false
      [[ $readme == *"$section"* ]] || fail "samples/slurm/README.md does not show these commands:"$'\n'"$section" ;;
    *) if $inside; then section+=$line$'\n'; fi ;;
  esac
done <"$0"

# Waits until none of the jobs given is pending or running (at most 300 s).
wait_for() {
  local deadline=$((SECONDS + 300)) queued
  while queued=$(squeue -h -j "$(IFS=,; echo "$*")" 2>/dev/null) && [[ -n $queued ]]; do
    [[ $queued != *DependencyNeverSatisfied* ]] || fail "a job can never start: $queued"
    ((SECONDS < deadline)) || fail "jobs $* still queued after 300 s: $(squeue -h -j "$(IFS=,; echo "$*")")"
    sleep 0.5
  done
}
# One field (JobState, ExitCode, Restarts, …) of one job or array task, as scontrol shows it.
field() { scontrol -o show job "$1" | grep -o "\b$2=[^ ]*" | head -n1 | cut -d= -f2; }

nice -n 19 dotnet publish "$repo/src/SgdSim.Cli" -c Release -o "$work/sgdsim" -v q --nologo >/dev/null
echo "test.sh: sgdsim published ($((SECONDS - started)) s)"
cd "$work"

# README begin
export SGDSIM="dotnet $work/sgdsim/SgdSim.Cli.dll" TRACE=$repo/traces/pytorch-rpc-mlp OUT=$work/sweep
export WORKERS=1-16 BANDWIDTH=1Gbps,10Gbps POLICY=fifo,tic
# README end
# 1. Bad input: exit code 2, failed, not requeued (the tasks' logs hold the one line sgdsim wrote).
# README begin
bad=$(TRACE=no-such-trace sbatch --parsable --array=1-2 "$repo/samples/slurm/sweep.sbatch")
# README end

# README begin
array=$(sbatch --parsable --array=1-3 "$repo/samples/slurm/sweep.sbatch")
merge=$(sbatch --parsable --dependency=afterok:$array "$repo/samples/slurm/merge.sbatch")
# README end

wait_for "$bad"
for task in 1 2; do
  state=$(field "${bad}_$task" JobState) code=$(field "${bad}_$task" ExitCode) restarts=$(field "${bad}_$task" Restarts)
  [[ $state == FAILED && $code == 2:0 && $restarts == 0 ]] ||
    fail "task $task with bad input: $state, exit code $code, $restarts restarts (expected FAILED, 2:0, 0)"
  [[ $(wc -l <"sgdsim-sweep-${bad}_$task.log") == 1 ]] || fail "task $task with bad input: not one line"
done
echo "test.sh: bad input: both tasks FAILED with exit code 2, not requeued: $(cat "sgdsim-sweep-${bad}_1.log")"

# 2. Task 2 is stopped twice once it has written some points, and must resume its part each time: first cancelled
#    (scancel), then requeued by hand; then, running again, requeued while it runs, as a preemption does. Slurm makes
#    a requeued job wait about two minutes (StartTime=now+2 shortens that: slurmd refuses a job started again in the
#    second it was killed), and a merge that waited for the whole array no longer can once a task was cancelled, so
#    it is given the tasks one by one.
# The rows of a sweep table.
rows() { $SGDSIM merge "$work/count.parquet" "$1" | sed -n 's/^Merged 1 file: \([0-9]*\) configuration.*/\1/p'; }
part=$OUT/sweep.part-2-of-3.parquet
# Waits until run N of task 2 (N-1 restarts) has written a point: a run writes its part at once (empty, or with
# the points of the runs before), then again as points finish.
wait_for_points() {
  local deadline=$((SECONDS + 300)) size
  until [[ $(field "${array}_2" JobState) == RUNNING && $(field "${array}_2" Restarts) == $(($1 - 1)) && -s $part ]]; do
    ((SECONDS < deadline)) || fail "run $1 of task 2 did not start its part"
    sleep 0.1
  done
  size=$(stat -c %s "$part")
  while [[ $(stat -c %s "$part") == "$size" ]]; do
    ((SECONDS < deadline)) || fail "run $1 of task 2 did not write any point"
    sleep 0.1
  done
}

wait_for_points 1
# README begin
scancel "${array}_2"
# README end
wait_for "${array}_2"
[[ $(field "${array}_2" JobState) == CANCELLED ]] || fail "task 2 cancelled: $(field "${array}_2" JobState)"
first=$(rows "$part")
((first > 0)) || fail "task 2 was cancelled with no point in its part"
# README begin
scontrol requeue "${array}_2" && scontrol update JobId="${array}_2" StartTime=now+2
scontrol update JobId="$merge" Dependency=afterok:${array}_1:${array}_2:${array}_3
# README end
echo "test.sh: task 2 cancelled with $first points in its part, requeued"

wait_for_points 2
# README begin
scontrol requeue "${array}_2"
# README end
until [[ $(squeue -h -j "${array}_2" -o %T) == PENDING ]]; do sleep 0.1; done
scontrol update JobId="${array}_2" StartTime=now+2
second=$(rows "$part")
((second > first)) || fail "run 2 of task 2 kept no more than the $first points of run 1"
echo "test.sh: task 2 requeued while it ran, with $second points in its part"

wait_for "$array" "$merge"
for task in 1 2 3; do
  [[ $(field "${array}_$task" JobState) == COMPLETED ]] || fail "task $task: $(field "${array}_$task" JobState)"
done
[[ $(grep -c '^sgdsim: cancelled\.$' "sgdsim-sweep-${array}_2.log") == 2 ]] || fail "task 2 did not stop twice as cancelled"
resumed=$(grep -o 'computed [0-9]*, reused [0-9]*' "sgdsim-sweep-${array}_2.log")
[[ $resumed =~ ^computed\ ([0-9]+),\ reused\ ([0-9]+)$ && ${BASH_REMATCH[1]} -gt 0 && ${BASH_REMATCH[2]} -ge $second ]] ||
  fail "task 2 did not resume its part of $second points: ${resumed:-no summary}"
echo "test.sh: task 2, run 3, resumed its part: $resumed"
[[ $(field "$merge" JobState) == COMPLETED ]] || fail "merge: $(field "$merge" JobState) $(field "$merge" Reason)"
cat "sgdsim-merge-$merge.log"

# 3. The merged table is what one unsharded sweep writes.
nice -n 19 $SGDSIM sweep "$TRACE" --workers "$WORKERS" --bandwidth "$BANDWIDTH" --policy "$POLICY" \
  --replicas 10 --steps 40 --seed 1 --out "$work/whole" >/dev/null
cmp "$OUT/sweep.parquet" "$work/whole/sweep.parquet" || fail "the merged table differs from the unsharded sweep"
echo "test.sh: the merged table is byte for byte the unsharded sweep's ($((SECONDS - started)) s)"
