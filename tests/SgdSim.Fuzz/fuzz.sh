#!/usr/bin/env bash
# Fuzzes one target with AFL++ for a fixed time:
#   tests/SgdSim.Fuzz/fuzz.sh TARGET SECONDS      (targets: runmetadata timeline xspace kineto chakra detect parquet args)
# Builds the fuzz project, instruments the SgdSim assemblies (and Parquet.Net's) with sharpfuzz, writes the target's
# seeds and runs afl-fuzz; at the end it prints AFL++'s counts and replays every crash and hang it saved.
# Needs afl-fuzz (apt-get install afl++) and sharpfuzz (dotnet tool install --global SharpFuzz.CommandLine).
# FUZZ_OUT (default /tmp/sgdsim-fuzz) holds the build and each target's findings; a second run of a target
# resumes from its findings' queue.
set -euo pipefail

target=${1:?usage: fuzz.sh TARGET SECONDS}
seconds=${2:?usage: fuzz.sh TARGET SECONDS}
repo=$(cd "$(dirname "$0")/../.." && pwd)
out=${FUZZ_OUT:-/tmp/sgdsim-fuzz}
plain=$out/plain   # seeds and replays run uninstrumented: instrumented code needs AFL++'s shared memory
bin=$out/bin
export PATH="$PATH:$HOME/.dotnet/tools"

command -v afl-fuzz >/dev/null || { echo "fuzz.sh: afl-fuzz not found (apt-get install afl++)" >&2; exit 2; }
command -v sharpfuzz >/dev/null || { echo "fuzz.sh: sharpfuzz not found (dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0)" >&2; exit 2; }

# One instrumented build serves every target; it is rebuilt when the sources are newer than it.
stamp=$bin/.instrumented
if [[ ! -f $stamp ]] || [[ -n $(find "$repo/src" "$repo/tests/SgdSim.Fuzz" -name '*.cs' -newer "$stamp" -print -quit) ]]; then
  rm -rf "$bin" "$plain"
  dotnet publish "$repo/tests/SgdSim.Fuzz/SgdSim.Fuzz.csproj" -c Release -o "$plain" --nologo -v quiet
  cp -r "$plain" "$bin"
  for assembly in SgdSim.dll SgdSim.Cli.dll Parquet.dll; do
    sharpfuzz "$bin/$assembly"
  done
  touch "$stamp"
fi

findings=$out/$target
if [[ -d $findings/default/queue ]]; then
  input=-   # resume
else
  mkdir -p "$findings/seeds"
  (cd "$repo" && dotnet "$plain/SgdSim.Fuzz.dll" seeds "$target" "$findings/seeds")
  input=$findings/seeds
fi

# .NET reserves far more address space than it uses (no -m limit); the first run of a process JITs for seconds (-t);
# the machine's other work shares its cores (no CPU binding).
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
export AFL_AUTORESUME=1 DOTNET_TieredCompilation=0
afl-fuzz -i "$input" -o "$findings" -t 10000 -m none -V "$seconds" -- dotnet "$bin/SgdSim.Fuzz.dll" "$target" |
  grep --line-buffered -v 'Fuzzing test case' || true
# The targets' scratch folders end in their process id: only those of processes gone are removed, so a second
# fuzz.sh running beside this one keeps the files its target is reading.
for folder in /dev/shm/sgdsim-fuzz-* /tmp/sgdsim-fuzz-args-*; do
  [[ -e $folder ]] || continue
  kill -0 "${folder##*-}" 2>/dev/null || rm -rf "$folder"
done

stats=$findings/default/fuzzer_stats
grep -E '^(start_time|last_update|run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg)\b' "$stats"
saved=$(find "$findings/default/crashes" "$findings/default/hangs" -type f -name 'id:*' 2>/dev/null | sort)
if [[ -n $saved ]]; then
  echo "replaying what AFL++ saved:"
  # A hang AFL++ saved may hang its replay too: each input gets a minute.
  for input in $saved; do
    timeout 60 dotnet "$plain/SgdSim.Fuzz.dll" "$target" "$input" || echo "$input: failed or did not finish within 60 s (exit $?)"
  done
fi
