#!/usr/bin/env bash
# Checks the Kubernetes samples where there is no cluster (samples/kubernetes/README.md, "Checked without a cluster"):
# 1. kubectl apply --dry-run=client --validate=false accepts the manifests, against a stand-in API server that only
#    answers discovery (.ci/kube-discovery.py);
# 2. completions = parallelism = SHARDS of both jobs;
# 3. the containers' commands, run by sh with a stand-in dotnet that prints its arguments, give completion index i the
#    shard i+1/N and the merge every part 1..N.
set -euo pipefail
cd "$(dirname "$0")/.."
samples=samples/kubernetes
fail() { echo "kubernetes.sh: $*" >&2; exit 1; }

if ! command -v kubectl >/dev/null; then
  sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  install() { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends kubernetes-client; }
  install >/dev/null || { "${sudo[@]}" apt-get update -q >/dev/null && install >/dev/null; }
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/sgdsim-kubernetes.XXXXXX")
server=
stop() {
  [[ -z $server ]] || kill "$server" 2>/dev/null || true
  rm -rf "$dir"
}
trap stop EXIT

python3 .ci/kube-discovery.py >"$dir/port" &
server=$!
for _ in $(seq 50); do [[ -s $dir/port ]] && break; sleep 0.1; done
[[ -s $dir/port ]] || fail "the stand-in API server did not start"
cat >"$dir/kubeconfig" <<CONF
apiVersion: v1
kind: Config
clusters: [{name: stand-in, cluster: {server: "http://127.0.0.1:$(cat "$dir/port")"}}]
contexts: [{name: stand-in, context: {cluster: stand-in, namespace: default}}]
current-context: stand-in
users: []
CONF
export KUBECONFIG=$dir/kubeconfig

# 1.
kubectl apply --dry-run=client --validate=false -f $samples/sweep-job.yaml -f $samples/merge-job.yaml

# 2.
jobs() { kubectl apply --dry-run=client --validate=false -f "$1" -o jsonpath="$2"; }
sweep=$(jobs $samples/sweep-job.yaml '{range .items[?(@.kind=="Job")]}{.spec.completions} {.spec.parallelism} {.spec.template.spec.containers[0].env[?(@.name=="SHARDS")].value}{end}')
merge=$(jobs $samples/merge-job.yaml '{.spec.template.spec.containers[0].env[?(@.name=="SHARDS")].value}')
read -r completions parallelism shards <<<"$sweep"
[[ $completions == "$parallelism" && $completions == "$shards" && $merge == "$shards" ]] ||
  fail "completions $completions, parallelism $parallelism, SHARDS $shards (sweep) and $merge (merge) differ"

# 3.
mkdir "$dir/bin"
printf '#!/bin/sh\necho "$@"\n' >"$dir/bin/dotnet"
chmod +x "$dir/bin/dotnet"
sweep_script=$(jobs $samples/sweep-job.yaml '{.items[?(@.kind=="Job")].spec.template.spec.containers[0].args[0]}')
merge_script=$(jobs $samples/merge-job.yaml '{.spec.template.spec.containers[0].args[0]}')
for ((index = 0; index < completions; index++)); do
  line=$(PATH=$dir/bin:$PATH JOB_COMPLETION_INDEX=$index SHARDS=$shards sh -c "$sweep_script")
  [[ $line == *" --out /out --shard $((index + 1))/$shards" ]] || fail "completion index $index runs: $line"
done
expected="/app/SgdSim.Cli.dll merge /out/sweep.parquet$(for ((i = 1; i <= shards; i++)); do printf ' /out/sweep.part-%d-of-%d.parquet' "$i" "$shards"; done)"
line=$(PATH=$dir/bin:$PATH SHARDS=$shards sh -c "$merge_script")
[[ $line == "$expected" ]] || fail "the merge runs: $line"
echo "kubernetes.sh: completion index i runs --shard i+1/$shards (0 to $((completions - 1))); the merge lists parts 1 to $shards"
