#!/usr/bin/env bash
# Resident memory of idle hosts over their first minutes, side by side (issue 9 target 5, ADR 76).
#
#   etc/scripts/bench-rss-plateau.sh [--seconds S] [--probe] 'LABEL|PUBLISH_DIR|NAME=VALUE NAME=VALUE' ...
#
# bench-idle.sh reads RSS ≈ 30 s after a start; an idle host keeps growing for about five minutes (the JIT tiering
# start-up code up, glibc arenas, the GC's gen0 budget filling at idle) and then settles. This starts one host per
# argument at once — each a publish directory (empty: host/Forge.Host/bin/Release/publish) with its own runtime
# settings, on its own copy of one SQLite database migrated and given a tenant and a key through the CLI, with the
# container image's environment — and prints every host's VmRSS in MB every 30 s for S seconds (default 420).
# The hosts are idle, so they barely disturb each other; the spread between two hosts of one kind is ± 10 MB.
# --probe: each host answers its liveness probe and then its readiness probe once, as an orchestrator's first probes
# would (ADR 82); without it no host is sent a request.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=420 probe=0
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --probe) probe=1; shift ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { sed -n '2,14p' "$0"; exit 2; }
image_env=(DOTNET_EnableDiagnostics=0 MALLOC_ARENA_MAX=2) # as bench-idle.sh and etc/docker/Dockerfile
work=$(mktemp -d /tmp/forge-rss-plateau.XXXXXX)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

base_env=(ASPNETCORE_ENVIRONMENT=Production Forge__SeedDemo=false Database__Provider=Sqlite "${image_env[@]}")
seed_dir=${root}/host/Forge.Host/bin/Release/publish
IFS='|' read -r _ first _ <<<"$1"; seed_dir=${first:-$seed_dir}
mkdir -p "$work/seed"
(cd "$seed_dir" && env "${base_env[@]}" Forge__DataDirectory="$work/seed" dotnet Forge.Host.dll --json tenant create idle --edition enterprise >/dev/null)
(cd "$seed_dir" && env "${base_env[@]}" Forge__DataDirectory="$work/seed" dotnet Forge.Host.dll --json key create --tenant idle --product fortune >/dev/null)

labels=()
for spec in "$@"; do
  IFS='|' read -r label dir settings <<<"$spec"
  i=${#pids[@]}; data=$work/$i; cp -r "$work/seed" "$data"
  port=$((27000 + RANDOM % 4000 + i))
  # shellcheck disable=SC2086 # settings are NAME=VALUE words
  (cd "${dir:-$root/host/Forge.Host/bin/Release/publish}" && exec env "${base_env[@]}" Forge__DataDirectory="$data" $settings \
    dotnet Forge.Host.dll --urls "http://127.0.0.1:$port") >"$data/host.log" 2>&1 &
  pids+=($!); labels+=("$label")
  if [ "$probe" = 1 ]; then
    for _ in $(seq 1 1200); do curl -sf -o /dev/null "http://127.0.0.1:$port/_forge/health/live" && break; sleep 0.05; done
    curl -sf -o /dev/null "http://127.0.0.1:$port/_forge/health/ready" || { echo "bench-rss-plateau: $label not ready" >&2; tail -n 20 "$data/host.log" >&2; exit 1; }
  fi
  sleep 3
done
printf '| s |'; printf ' %s |' "${labels[@]}"; echo
printf '|---:|'; for _ in "${labels[@]}"; do printf -- '---:|'; done; echo
for t in $(seq 30 30 "$seconds"); do
  sleep 30
  printf '| %s |' "$t"
  for p in "${pids[@]}"; do printf ' %s |' "$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$p/status" 2>/dev/null || echo gone)"; done
  echo
done
