#!/usr/bin/env bash
# What an idle Forge host costs (issue 9 target 5; figures in etc/benchmarks.md, decisions in ADR 36).
#
#   etc/scripts/bench-idle.sh [--db sqlite|postgresql|both] [--starts N] [--idle S] [--no-build]
#                             [--dll DIR] [--before DIR] [--bare] [--env NAME=VALUE]... [--label TEXT]
#                             [--variant 'LABEL|DIR|NAME=VALUE NAME=VALUE']...
#
# Per database: a fresh data directory (PostgreSQL: a fresh database, dropped on exit), migrated and given a
# tenant and a Fortune key through the CLI, so every measured start finds an existing database. Then N times:
# start the host (a Release publish, as the container image runs it, ADR 56; Production, no AI provider) and
# time process start → first 2xx from /_forge/health/live (curl every 10 ms) and the CPU time the process had used by then (less sensitive than
# the wall-clock time to other work on a shared machine); wait until it is quiet; measure its CPU (utime+stime from
# /proc/<pid>/stat) over two windows of S seconds: the first still holds the JIT's tiering of what start-up
# ran, the second is the steady idle cost (polls, timers); read VmRSS and VmHWM from /proc/<pid>/status; stop it.
# Prints one Markdown row per database: median and range of the starts, RSS after idling, idle CPU in ms
# per second in each window, and the load average (the machine is shared: compare rows taken in one run).
# It also times the first 2xx from /_forge/health/ready (database and job server checked: readiness, the honest
# "can take traffic"). --bare also starts the bare baseline app (test/Forge.Benchmarks `bare`, Release) on the
# same database, and --before DIR another Forge build (e.g. a publish of main, made with the same command); the
# kinds are started interleaved (forge, before, bare, forge, …) so that all see the same machine load, one row each.
# --env passes settings or runtime knobs to the Forge hosts only (e.g. --env DOTNET_gcServer=0) for experiments;
# --dll runs another build (e.g. a publish directory). --variant adds one more Forge kind to the interleaving: a build
# directory (empty: the --dll one) and runtime settings of its own (e.g. 'workstation||DOTNET_gcServer=0'), so
# several settings are measured side by side in one run (ADR 56).
set -euo pipefail

FORGE_HEALTH_PATH=${FORGE_HEALTH_PATH:-/_forge/health/live}
FORGE_READY_PATH=${FORGE_READY_PATH:-/_forge/health/ready}
PG=${FORGE_BENCH_PG:-${FORGE_TEST_PG:-"Host=127.0.0.1;Port=5432;Username=forge;Password=forge"}}

# The container image's runtime settings (etc/docker/Dockerfile's ENV), for Forge and the bare app alike (ADR 76).
image_env=(DOTNET_EnableDiagnostics=0 MALLOC_ARENA_MAX=2)
db=both starts=3 idle=30 build=1 label="" extra=() bare=0 before_dir="" variants=()
root=$(cd "$(dirname "$0")/../.." && pwd)
host_dir=$root/host/Forge.Host/bin/Release/publish
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=$2; shift ;;
    --starts) starts=$2; shift ;;
    --idle) idle=$2; shift ;;
    --no-build) build=0 ;;
    --dll) host_dir=$(cd "$2" && pwd); build=0; shift ;;
    --env) extra+=("$2"); shift ;;
    --bare) bare=1 ;;
    --before) before_dir=$(cd "$2" && pwd); shift ;;
    --label) label=$2; shift ;;
    --variant) variants+=("$2"); shift ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "bench-idle: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
case "$db" in sqlite) dbs=(sqlite) ;; postgresql) dbs=(postgresql) ;; both) dbs=(sqlite postgresql) ;;
  *) echo "bench-idle: --db must be sqlite, postgresql or both" >&2; exit 2 ;; esac

work=$(mktemp -d /tmp/forge-bench-idle.XXXXXX)
clk_tck=$(getconf CLK_TCK)
pid="" pg_databases=()
log() { echo "bench-idle: $*" >&2; }
pg_part() { sed -nE "s/.*(^|;)$1=([^;]*).*/\2/Ip" <<<"$PG"; }
pg_sql() {
  local port; port=$(pg_part Port)
  PGPASSWORD=$(pg_part Password) psql -qtA -h "$(pg_part Host)" -p "${port:-5432}" -U "$(pg_part Username)" -d postgres -c "$1" >/dev/null
}
cleanup() {
  [ -z "$pid" ] || { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
  for name in "${pg_databases[@]}"; do pg_sql "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "$build" = 1 ]; then
  # The Dockerfile's publish command: what operators run (ReadyToRun comes from Forge.Host.csproj).
  log "publishing Release to $host_dir"
  dotnet publish "$root/host/Forge.Host/Forge.Host.csproj" -c Release -o "$host_dir" -p:UseAppHost=false -nologo -v q >/dev/null
  [ "$bare" = 0 ] || dotnet build -c Release "$root/test/Forge.Benchmarks" -nologo -v q >/dev/null
fi
bench_dll=$root/test/Forge.Benchmarks/bin/Release/net10.0/Forge.Benchmarks.dll
[ "$bare" = 0 ] || [ -f "$bench_dll" ] || { log "no $bench_dll (build test/Forge.Benchmarks in Release)"; exit 2; }
[ -f "$host_dir/Forge.Host.dll" ] || { log "no Forge.Host.dll in $host_dir"; exit 2; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
cpu_ticks() { local s; s=$(<"/proc/$1/stat"); s=${s##*) }; set -- $s; echo $(( ${12} + ${13} )); }
status_mb() { awk -v k="^$2:" '$0 ~ k { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
free_port() {
  local port
  while :; do port=$((20000 + RANDOM % 12000));  # below the ephemeral range (see bench-http.sh)
   [ -z "$(ss -Htln "sport = :$port")" ] && { echo "$port"; return; }; done
}
median() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# Waits until process $1 uses under 2 % of a core over a second (start-up's own work is over), at most 30 s.
settle() {
  local deadline=$(( $(now_ms) + 30000 )) a b
  while [ "$(now_ms)" -lt "$deadline" ]; do
    a=$(cpu_ticks "$1"); sleep 1; b=$(cpu_ticks "$1")
    [ $(( (b - a) * 100 )) -lt $(( 2 * clk_tck )) ] && return 0
  done
  log "process $1 still busy after 30 s; measuring anyway"
}

# Polls $2 every 10 ms until it answers 2xx; prints the milliseconds since $3 (epoch ms), or nothing after 120 s.
first_2xx() {
  local pid=$1 url=$2 started=$3
  while [ $(( $(now_ms) - started )) -lt 120000 ]; do
    kill -0 "$pid" 2>/dev/null || return 1
    [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$url") == 2* ]] && { echo $(( $(now_ms) - started )); return 0; }
    sleep 0.01
  done
  return 1
}

declare -A res
# One start of one kind (forge, before, bare) on database $1's data: appends its figures to res[kind,field].
measure_start() {
  local db=$1 kind=$2 i=$3 data=$work/$1 port started live ready startcpu a b c
  port=$(free_port)
  started=$(now_ms)
  case "$kind" in
    forge)  (cd "$host_dir" && exec env "${env_[@]}" "${extra[@]}" dotnet Forge.Host.dll --urls "http://127.0.0.1:$port") >"$data/$kind.log" 2>&1 & ;;
    before) (cd "$before_dir" && exec env "${env_[@]}" "${extra[@]}" dotnet Forge.Host.dll --urls "http://127.0.0.1:$port") >"$data/$kind.log" 2>&1 & ;;
    v*)     local spec=${variants[${kind#v}]} vdir venv
            IFS='|' read -r _ vdir venv <<<"$spec"
            (cd "${vdir:-$host_dir}" && exec env "${env_[@]}" "${extra[@]}" $venv dotnet Forge.Host.dll --urls "http://127.0.0.1:$port") >"$data/$kind.log" 2>&1 & ;;
    bare)   env "${image_env[@]}" dotnet "$bench_dll" bare --db "$db" --connection "$bare_cs" --tenant "$tenant" --urls "http://127.0.0.1:$port" >"$data/$kind.log" 2>&1 & ;;
  esac
  pid=$!
  local live_path=$FORGE_HEALTH_PATH ready_path=$FORGE_READY_PATH
  [ "$kind" = bare ] && live_path=/health ready_path=/health
  live=$(first_2xx "$pid" "http://127.0.0.1:$port$live_path" "$started") || { log "$kind: no answer from $live_path:"; tail -n 30 "$data/$kind.log" >&2; exit 1; }
  startcpu=$(( $(cpu_ticks "$pid") * 1000 / clk_tck ))
  ready=$(first_2xx "$pid" "http://127.0.0.1:$port$ready_path" "$started") || { log "$kind: not ready ($ready_path):"; tail -n 30 "$data/$kind.log" >&2; exit 1; }
  settle "$pid"
  a=$(cpu_ticks "$pid"); sleep "$idle"; b=$(cpu_ticks "$pid"); sleep "$idle"; c=$(cpu_ticks "$pid")
  res[$kind,start]+=" $live"; res[$kind,ready]+=" $ready"; res[$kind,startcpu]+=" $startcpu"
  res[$kind,cpu]+=" $(( (b - a) * 1000 / clk_tck / idle ))"; res[$kind,cpu2]+=" $(( (c - b) * 1000 / clk_tck / idle ))"
  res[$kind,rss]+=" $(status_mb "$pid" VmRSS)"; res[$kind,hwm]+=" $(status_mb "$pid" VmHWM)"
  log "$db $kind start $i: ${live} ms to health, ${ready} ms to ready (CPU ${startcpu} ms), RSS $(status_mb "$pid" VmRSS) MB (peak $(status_mb "$pid" VmHWM)), idle CPU $(( (b - a) * 1000 / clk_tck / idle )) then $(( (c - b) * 1000 / clk_tck / idle )) ms/s"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}

bench_db() {
  local db=$1 data=$work/$1 i kind
  env_=(ASPNETCORE_ENVIRONMENT=Production Forge__DataDirectory="$data" Forge__SeedDemo=false Database__Provider=Sqlite "${image_env[@]}")
  bare_cs="Data Source=$data/forge.db"
  mkdir -p "$data"
  if [ "$db" = postgresql ]; then
    pg_isready -q -h "$(pg_part Host)" || bash "$root/etc/scripts/start-services.sh" >&2
    local name="forge_idle_$(date +%s)_$$"
    pg_sql "CREATE DATABASE \"$name\""; pg_databases+=("$name")
    bare_cs="$PG;Database=$name"
    env_+=(Database__Provider=PostgreSql "ConnectionStrings__Default=$bare_cs")
  fi
  tenant=$(cd "$host_dir" && env "${env_[@]}" dotnet Forge.Host.dll --json tenant create idle --edition enterprise | jq -r .id)
  (cd "$host_dir" && env "${env_[@]}" dotnet Forge.Host.dll --json key create --tenant idle --product fortune >/dev/null)

  local -a kinds=(forge)
  [ -z "$before_dir" ] || kinds+=(before)
  for i in "${!variants[@]}"; do kinds+=("v$i"); done
  [ "$bare" = 0 ] || kinds+=(bare)
  res=()
  for i in $(seq 1 "$starts"); do
    for kind in "${kinds[@]}"; do measure_start "$db" "$kind" "$i"; done
  done
  local row_label s_sorted
  for kind in "${kinds[@]}"; do
    case "$kind" in forge) row_label=${label:-default} ;; before) row_label=before ;; bare) row_label="bare app" ;;
      v*) row_label=${variants[${kind#v}]%%|*} ;; esac
    s_sorted=$(tr ' ' '\n' <<<"${res[$kind,start]}" | sed '/^$/d' | sort -n | tr '\n' ' ')
    printf '| %s | %s | %s ms (%s) | %s ms | %s ms | %s MB | %s MB | %s ms/s (%s) | %s ms/s (%s) | %s |\n' "$row_label" "$db" \
      "$(median <<<"${res[$kind,start]}")" "${s_sorted% }" "$(median <<<"${res[$kind,ready]}")" "$(median <<<"${res[$kind,startcpu]}")" \
      "$(median <<<"${res[$kind,rss]}")" "$(median <<<"${res[$kind,hwm]}")" \
      "$(median <<<"${res[$kind,cpu]}")" "${res[$kind,cpu]# }" "$(median <<<"${res[$kind,cpu2]}")" "${res[$kind,cpu2]# }" "$(cut -d' ' -f1-3 /proc/loadavg)"
  done
}

echo "| build / settings | database | start → first health answer, median (all) | → first ready answer, median | CPU used by first health answer, median | idle RSS, median | peak RSS | idle CPU, 1st window, median (each) | idle CPU, 2nd window | load average |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---|"
for d in "${dbs[@]}"; do bench_db "$d"; done
