#!/usr/bin/env bash
# Forge side by side with a bare ASP.NET Core API on the same data (issue 9; figures in etc/benchmarks.md).
#
#   etc/scripts/bench-http.sh [--db sqlite|postgresql|both] [--duration S] [--rounds N] [--quick]
#                             [--fortunes N] [--profiles N] [--no-build] [--out FILE] [--hold] [--before DIR]
#
# For each database: a fresh Forge data directory (and, for PostgreSQL, a fresh database), an Enterprise
# tenant, a Fortune key and unlimited Fortune quotas through the CLI verbs; Forge (Release, Production) on a
# loopback port; profiles and fortunes seeded through the public API; the bare app (test/Forge.Benchmarks
# `bare`: no auth, the same SQL on the same database, the same JSON) on another port. Then wrk, interleaved
# forge, bare, forge, bare … for each load, and a table: req/s, p50, p99, CPU time per request of each
# process (/proc/<pid>/stat before and after the run), and Forge/bare. No AI provider is configured, so
# Fortune's built-in engine answers. Everything listens on 127.0.0.1 and is stopped on exit.
# --hold: set up the first database, warm up, then keep both processes running without measuring, for a
# profiler (their pids, URLs, key and POST body go to stderr and <work>/hold.env); Ctrl-C or kill stops them.
# --before DIR: also run another Forge build (a Release output directory, e.g. main's, copied aside) on the same
# data, interleaved forge, before, bare in every round, and print its figures and this build's CPU per request
# against it: an A/B of a change on one machine in one run.
set -euo pipefail

# --- Routes that may move: override from the environment rather than editing the loads below. ---
# The platform's liveness probe (readiness and start-up time): the first of these paths that answers 2xx.
# /_forge/health/live is where ADR 25 moves it; /health/live is where it was before.
FORGE_HEALTH_PATH=${FORGE_HEALTH_PATH:-"/_forge/health/live /health/live"}
FORGE_WHOAMI_PATH=${FORGE_WHOAMI_PATH:-/api/platform/whoami}
LIST_PATH="/v1/fortunes?limit=20"
PG=${FORGE_BENCH_PG:-${FORGE_TEST_PG:-"Host=127.0.0.1;Port=5432;Username=forge;Password=forge"}}

db=both duration=10 rounds=3 warmup=3 fortunes=2000 profiles=100 build=1 out="" hold=0 before_dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=$2; shift ;;
    --duration) duration=$2; shift ;;
    --rounds) rounds=$2; shift ;;
    --quick) duration=3 rounds=1 warmup=1 ;;
    --fortunes) fortunes=$2; shift ;;
    --profiles) profiles=$2; shift ;;
    --no-build) build=0 ;;
    --out) out=$2; shift ;;
    --hold) hold=1 ;;
    --before) before_dir=$(cd "$2" && pwd); [ -f "$before_dir/Forge.Host.dll" ] || { echo "bench-http: no Forge.Host.dll in $2" >&2; exit 2; }; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "bench-http: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
case "$db" in sqlite) dbs=(sqlite) ;; postgresql) dbs=(postgresql) ;; both) dbs=(sqlite postgresql) ;;
  *) echo "bench-http: --db must be sqlite, postgresql or both" >&2; exit 2 ;; esac

root=$(cd "$(dirname "$0")/../.." && pwd)
host_dir=$root/host/Forge.Host/bin/Release/net10.0
bench_dll=$root/test/Forge.Benchmarks/bin/Release/net10.0/Forge.Benchmarks.dll
lua=$root/etc/scripts/bench-http.lua
work=$(mktemp -d /tmp/forge-bench-http.XXXXXX)
clk_tck=$(getconf CLK_TCK)
pids=() pg_databases=()

log() { echo "bench-http: $*" >&2; }

cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  for name in "${pg_databases[@]}"; do pg_sql "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- Tools -----------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  log "installing wrk from Debian"
  sudo_=""; [ "$(id -u)" -eq 0 ] || sudo_=sudo
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq wrk >/dev/null
fi
for tool in curl jq; do command -v $tool >/dev/null || { echo "bench-http: $tool is required" >&2; exit 2; }; done
if [ "$build" = 1 ]; then
  log "building Release"
  dotnet build -c Release "$root/host/Forge.Host" -nologo -v q >/dev/null
  dotnet build -c Release "$root/test/Forge.Benchmarks" -nologo -v q >/dev/null
fi

pg_part() { sed -nE "s/.*(^|;)$1=([^;]*).*/\2/Ip" <<<"$PG"; }
pg_sql() {
  local port; port=$(pg_part Port)
  PGPASSWORD=$(pg_part Password) psql -qtA -h "$(pg_part Host)" -p "${port:-5432}" -U "$(pg_part Username)" -d postgres -c "$1" >/dev/null
}

# --- Processes -------------------------------------------------------------------------------------------
# Below the kernel's ephemeral range (ip_local_port_range, 32768–60999 by default): a test host or client that binds
# port 0 meanwhile cannot take the port between this check and the host's bind.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 12000))
    [ -z "$(ss -Htln "sport = :$port")" ] && { echo "$port"; return; }
  done
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
cpu_ticks() { local s; s=$(<"/proc/$1/stat"); s=${s##*) }; set -- $s; echo $(( ${12} + ${13} )); }
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# Polls base URL $2 + each of the paths $5 every 20 ms until one answers 2xx, for at most 60 s; fails if
# process $1 (started at $3 ms, logging to $4) died. Prints the milliseconds taken and the path that answered.
wait_ready() {
  local pid=$1 base=$2 started=$3 deadline=$(( $(now_ms) + 60000 )) path
  while [ "$(now_ms)" -lt "$deadline" ]; do
    kill -0 "$pid" 2>/dev/null || { log "process $pid died; its log:"; tail -n 40 "$4" >&2; return 1; }
    for path in $5; do
      # 2xx only: a redirect (e.g. to a sign-in page) is not a probe's answer.
      [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$base$path") == 2* ]] && { echo "$(( $(now_ms) - started )) $path"; return 0; }
    done
    sleep 0.02
  done
  log "none of '$5' answered on $base within 60 s (set FORGE_HEALTH_PATH)"; tail -n 40 "$4" >&2; return 1
}

# Waits (at most $2 s, default 15) until process $1 uses under 5 % of a core over half a second: background
# work one run started (event dispatch after a POST, flushes) must not be billed to the next run.
settle() {
  local pid=$1 deadline=$(( $(now_ms) + ${2:-15} * 1000 )) a b
  while [ "$(now_ms)" -lt "$deadline" ]; do
    a=$(cpu_ticks "$pid"); sleep 0.5; b=$(cpu_ticks "$pid")
    [ $(( (b - a) * 100 * 2 )) -lt $(( 5 * clk_tck )) ] && return 0
  done
  log "process $pid still busy after ${2:-15} s; going on"
}

# Records what process $3 burns when nobody calls it (timers, pollers), in ms of CPU per second over 3 s:
# at one connection a process's CPU per request includes this.
idle_cpu() {
  local a b; a=$(cpu_ticks "$3"); sleep 3; b=$(cpu_ticks "$3")
  printf '%s\t%s_idle_cpu\t%s\n' "$1" "$2" $(( (b - a) * 1000 / clk_tck / 3 )) >>"$facts"
}

# Forge and the bare app must give the same answer, or the ratio means nothing: compares the list page
# (without next_cursor, whose bytes are random) and the cached POST, and records which differ.
compare_answers() {
  local db=$1 f=$2 b=$3 key=$4 body=$5 differ=""
  answer() { curl -sf -H "X-API-Key: $key" ${2:+-H 'Content-Type: application/json' -d "$2"} "$1" | jq -cS 'del(.next_cursor)'; }
  [ "$(answer "$f$LIST_PATH")" = "$(answer "$b/v1/fortunes?limit=20")" ] || differ="list"
  [ "$(answer "$f/v1/fortunes" "$body")" = "$(answer "$b/v1/fortunes" "$body")" ] || differ="$differ post"
  [ -z "$differ" ] || log "$db: Forge and bare answers differ: $differ"
  printf '%s\tdiffer\t%s\n' "$db" "${differ:-none}" >>"$facts"
}

# --- One database ----------------------------------------------------------------------------------------
results=$work/results.tsv; : >"$results"
facts=$work/facts.tsv; : >"$facts"

# run <db> <scenario> <side> <pid> <url> <connections> <body> <key> [record]: one wrk run; appends a result row.
run() {
  local db=$1 scenario=$2 side=$3 pid=$4 url=$5 conns=$6 body=$7 key=$8 record=${9:-1} secs=$duration threads before after line
  [ "$record" = 1 ] || secs=$warmup
  threads=$(( conns < 2 ? conns : 2 ))
  settle "$pid"
  before=$(cpu_ticks "$pid")
  line=$(BENCH_HTTP_BODY=$body wrk -t"$threads" -c"$conns" -d"${secs}s" --timeout 10s --latency -s "$lua" \
    -H "X-API-Key: $key" "$url" | grep '^BENCH ' || true)
  after=$(cpu_ticks "$pid")
  [ -n "$line" ] || { log "wrk gave no result for $side $scenario"; return 1; }
  [ "$record" = 1 ] || return 0
  eval "local ${line#BENCH }"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$db" "$scenario" "$side" "$requests" "$duration_us" "$p50_us" "$p99_us" \
    $(( after - before )) $(( status_errors + socket_errors )) >>"$results"
  log "$db $scenario $side: $requests requests in $(( duration_us / 1000 )) ms, p50 $(( p50_us / 1000 )) ms, errors $(( status_errors + socket_errors ))"
}

bench_db() {
  local db=$1 data=$work/$db forge_port bare_port key tenant body started forge_pid bare_pid before_pid="" cs=""
  mkdir -p "$data"
  local -a env_=(ASPNETCORE_ENVIRONMENT=Production Forge__DataDirectory="$data" Forge__SeedDemo=false
    Forge__RateLimits__Platform__PermitLimit=1000000000 Database__Provider=Sqlite)
  if [ "$db" = postgresql ]; then
    pg_isready -q -h "$(pg_part Host)" || bash "$root/etc/scripts/start-services.sh" >&2
    local name="forge_bench_$(date +%s)_$$"
    pg_sql "CREATE DATABASE \"$name\""; pg_databases+=("$name")
    cs="$PG;Database=$name"
    env_+=(Database__Provider=PostgreSql "ConnectionStrings__Default=$cs")
  fi
  cli() { (cd "$host_dir" && timeout 300 env "${env_[@]}" dotnet Forge.Host.dll --json "$@"); }

  log "$db: tenant, key and quotas through the CLI"
  tenant=$(cli tenant create bench --edition enterprise | jq -r .id)
  key=$(cli key create --tenant bench --product fortune | jq -r .key)
  # The plan's quotas (Enterprise: 1,000/min) would turn the loads into 429s; the quota filter still runs.
  cli feature set --tenant bench Fortune.RequestsPerMinute 1000000000 >/dev/null
  cli feature set --tenant bench Fortune.RequestsPerDay 1000000000 >/dev/null

  forge_port=$(free_port)
  started=$(now_ms)
  (cd "$host_dir" && exec env "${env_[@]}" dotnet Forge.Host.dll --urls "http://127.0.0.1:$forge_port") >"$data/forge.log" 2>&1 &
  forge_pid=$!; pids+=("$forge_pid")
  local ready; ready=$(wait_ready "$forge_pid" "http://127.0.0.1:$forge_port" "$started" "$data/forge.log" "$FORGE_HEALTH_PATH")
  settle "$forge_pid"
  printf '%s\tforge_start_ms\t%s\n%s\tforge_health_path\t%s\n%s\tforge_idle_rss_mb\t%s\n' \
    "$db" "${ready% *}" "$db" "${ready#* }" "$db" "$(rss_mb "$forge_pid")" >>"$facts"
  idle_cpu "$db" forge "$forge_pid"

  log "$db: seeding $profiles profiles and $fortunes fortunes through the API"
  body=$(timeout 1200 dotnet "$bench_dll" seed-http --url "http://127.0.0.1:$forge_port" --key "$key" --profiles "$profiles" --fortunes "$fortunes")
  settle "$forge_pid" 180   # the seeded fortunes' events are dispatched in the background

  [ "$db" = sqlite ] && cs="Data Source=$data/forge.db"
  bare_port=$(free_port)
  started=$(now_ms)
  dotnet "$bench_dll" bare --db "$db" --connection "$cs" --tenant "$tenant" --urls "http://127.0.0.1:$bare_port" >"$data/bare.log" 2>&1 &
  bare_pid=$!; pids+=("$bare_pid")
  ready=$(wait_ready "$bare_pid" "http://127.0.0.1:$bare_port" "$started" "$data/bare.log" /health)
  settle "$bare_pid"
  printf '%s\tbare_start_ms\t%s\n%s\tbare_idle_rss_mb\t%s\n' "$db" "${ready% *}" "$db" "$(rss_mb "$bare_pid")" >>"$facts"
  idle_cpu "$db" bare "$bare_pid"

  local f="http://127.0.0.1:$forge_port" b="http://127.0.0.1:$bare_port" o=""
  if [ -n "$before_dir" ]; then
    local before_port; before_port=$(free_port)
    started=$(now_ms)
    (cd "$before_dir" && exec env "${env_[@]}" dotnet Forge.Host.dll --urls "http://127.0.0.1:$before_port") >"$data/before.log" 2>&1 &
    before_pid=$!; pids+=("$before_pid")
    wait_ready "$before_pid" "http://127.0.0.1:$before_port" "$started" "$data/before.log" "$FORGE_HEALTH_PATH" >/dev/null
    settle "$before_pid"
    o="http://127.0.0.1:$before_port"
  fi
  # scenario | Forge path | bare path | connections | body
  local -a loads=(
    "list16|$LIST_PATH|/v1/fortunes?limit=20|16|"
    "whoami16|$FORGE_WHOAMI_PATH|/hello|16|"
    "whoami1|$FORGE_WHOAMI_PATH|/hello|1|"
    "list1|$LIST_PATH|/v1/fortunes?limit=20|1|"
    "post16|/v1/fortunes|/v1/fortunes|16|$body"
  )
  local load scenario fpath bpath conns lbody round
  compare_answers "$db" "$f" "$b" "$key" "$body"
  log "$db: warming up"
  for load in "${loads[@]}"; do
    IFS='|' read -r scenario fpath bpath conns lbody <<<"$load"
    run "$db" "$scenario" forge "$forge_pid" "$f$fpath" 4 "$lbody" "$key" 0
    [ -z "$o" ] || run "$db" "$scenario" before "$before_pid" "$o$fpath" 4 "$lbody" "$key" 0
    run "$db" "$scenario" bare "$bare_pid" "$b$bpath" 4 "$lbody" "$key" 0
  done
  if [ "$hold" = 1 ]; then
    printf 'forge_pid=%s\nbare_pid=%s\nforge=%s\nbare=%s\nkey=%s\nbody=%q\n' \
      "$forge_pid" "$bare_pid" "$f" "$b" "$key" "$body" >"$work/hold.env"
    log "holding (no measurement): $work/hold.env"; cat "$work/hold.env" >&2
    wait "$forge_pid"; return 0
  fi
  for load in "${loads[@]}"; do
    IFS='|' read -r scenario fpath bpath conns lbody <<<"$load"
    for round in $(seq 1 "$rounds"); do
      run "$db" "$scenario" forge "$forge_pid" "$f$fpath" "$conns" "$lbody" "$key"
      [ -z "$o" ] || run "$db" "$scenario" before "$before_pid" "$o$fpath" "$conns" "$lbody" "$key"
      run "$db" "$scenario" bare "$bare_pid" "$b$bpath" "$conns" "$lbody" "$key"
    done
  done
  kill "$forge_pid" "$bare_pid" $before_pid; wait "$forge_pid" "$bare_pid" $before_pid 2>/dev/null || true
}

# --- Report ----------------------------------------------------------------------------------------------
# Helpers of both tables: the median of a space-separated list, a ratio and a time in µs, printed to sensible digits.
awk_helpers='
    function median(list,   n, a, i, j, t) {
      n = split(substr(list, 2), a, " ")
      for (i = 2; i <= n; i++) { t = a[i] + 0; for (j = i - 1; j >= 1 && a[j] + 0 > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    function ratio(x) { return x >= 0.1 ? sprintf("%.2f", x) : x >= 0.01 ? sprintf("%.3f", x) : sprintf("%.4f", x) }
    function ms(us) { return us >= 100000 ? sprintf("%.0f", us / 1000) : us >= 10000 ? sprintf("%.1f", us / 1000) : sprintf("%.2f", us / 1000) }
'
report() {
  local db=$1 title
  [ "$db" = sqlite ] && title=SQLite || title=PostgreSQL
  echo
  echo "### $title — $(date -u '+%Y-%m-%d %H:%M UTC'), wrk ${duration} s × $rounds round(s) per side, interleaved; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| load (wrk, loopback) | Forge req/s | Forge p50 / p99 | Forge CPU/req | bare req/s | bare p50 / p99 | bare CPU/req | Forge/bare req/s | Forge/bare CPU/req |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  # Per side: median req/s, p50 and p99 over the rounds; CPU = all ticks / all requests.
  awk -F'\t' -v db="$db" -v tck="$clk_tck" "$awk_helpers"'
    $1 == db {
      k = $2 SUBSEP $3
      rps[k] = rps[k] " " ($4 / ($5 / 1e6)); p50[k] = p50[k] " " $6; p99[k] = p99[k] " " $7
      reqs[k] += $4; ticks[k] += $8; errs[k] += $9
      if (!(($2) in seen)) { seen[$2] = 1; order[++n] = $2 }
    }
    END {
      label["list16"] = "`GET /v1/fortunes?limit=20`, 16 connections"
      label["whoami16"] = "`whoami` vs bare `GET /hello`, 16 connections"
      label["whoami1"] = "`whoami` vs `/hello`, 1 connection back to back"
      label["list1"] = "list, 1 connection back to back"
      label["post16"] = "`POST /v1/fortunes` (cached answer), 16 connections"
      for (i = 1; i <= n; i++) {
        s = order[i]; f = s SUBSEP "forge"; b = s SUBSEP "bare"
        fr = median(rps[f]); br = median(rps[b])
        fc = reqs[f] ? ticks[f] * 1000 / tck / reqs[f] : 0; bc = reqs[b] ? ticks[b] * 1000 / tck / reqs[b] : 0
        note = (errs[f] + errs[b]) ? sprintf(" (**%d errors** Forge, %d bare)", errs[f], errs[b]) : ""
        printf "| %s%s | %.0f | %s / %s ms | %.3f ms | %.0f | %s / %s ms | %.3f ms | **%s×** | %s |\n",
          label[s], note, fr, ms(median(p50[f])), ms(median(p99[f])), fc, br, ms(median(p50[b])), ms(median(p99[b])), bc,
          ratio(br ? fr / br : 0), bc ? sprintf("%.1f×", fc / bc) : "—"
      }
    }' "$results"
  awk -F'\t' -v db="$db" '$1 == db { v[$2] = $3 } END {
    printf "\nForge: start to first `%s` answer %d ms (existing database), idle RSS %d MB, idle CPU %d ms/s.",
      v["forge_health_path"], v["forge_start_ms"], v["forge_idle_rss_mb"], v["forge_idle_cpu"]
    printf " Bare app: %d ms, %d MB, %d ms/s.\n", v["bare_start_ms"], v["bare_idle_rss_mb"], v["bare_idle_cpu"]
    if (v["differ"] != "none") printf "\n**Forge and the bare app answered differently (%s): the ratios above compare different work.**\n", v["differ"] }' "$facts"
  [ "$db" = postgresql ] && echo "CPU per request is the Forge or bare process only; PostgreSQL's own work is not counted."
  [ -z "$before_dir" ] || before_report "$db"
  return 0
}

# With --before: the other build's figures from the same rounds, and this build against it.
before_report() {
  echo
  echo "Before (\`$before_dir\`), interleaved with the two above:"
  echo
  echo "| load | before req/s | before p50 / p99 | before CPU/req | before/bare req/s | this build / before, CPU/req |"
  echo "|---|---:|---:|---:|---:|---:|"
  awk -F'\t' -v db="$1" -v tck="$clk_tck" "$awk_helpers"'
    $1 == db {
      k = $2 SUBSEP $3
      rps[k] = rps[k] " " ($4 / ($5 / 1e6)); p50[k] = p50[k] " " $6; p99[k] = p99[k] " " $7; reqs[k] += $4; ticks[k] += $8
      if (!(($2) in seen)) { seen[$2] = 1; order[++n] = $2 }
    }
    END {
      for (i = 1; i <= n; i++) {
        s = order[i]; f = s SUBSEP "forge"; o = s SUBSEP "before"; b = s SUBSEP "bare"
        fc = reqs[f] ? ticks[f] * 1000 / tck / reqs[f] : 0; oc = reqs[o] ? ticks[o] * 1000 / tck / reqs[o] : 0
        printf "| %s | %.0f | %s / %s ms | %.3f ms | %.2f× | %s |\n", s, median(rps[o]), ms(median(p50[o])), ms(median(p99[o])), oc,
          median(rps[b]) ? median(rps[o]) / median(rps[b]) : 0, oc ? sprintf("%.3f", fc / oc) : "—"
      }
    }' "$results"
}

log "results and logs in $work (removed on exit); load average $(cut -d' ' -f1-3 /proc/loadavg)"
report_file=$work/report.md
for d in "${dbs[@]}"; do
  bench_db "$d"
  report "$d" | tee -a "$report_file"
done
[ -z "$out" ] || cp "$report_file" "$out"
