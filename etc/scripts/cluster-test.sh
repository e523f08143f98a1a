#!/usr/bin/env bash
# The cluster test (issue 12, ADR 49): PostgreSQL + Redis + nginx from Debian, three Forge host processes on loopback
# ports (Hangfire on PostgreSQL storage, Redis configured), nginx in front (round robin, WebSocket upgrade, SSE
# unbuffered; etc/nginx/forge-proxy.conf). A mixed load runs through nginx for about a minute — Fortune profiles,
# fortunes and batches with webhooks, Analysis submits with webhooks, SSE event feeds that resume with Last-Event-ID,
# a quota burst, NotionForge task submits and WebSocket chats against the fake Notion server — while one host is
# killed (SIGKILL) and restarted and another is taken out of nginx (down + reload) and then stopped (SIGTERM).
# It prints the acceptance figures (also in artifacts/cluster/figures.txt) and exits non-zero if one fails.
#
# The driver is C# (test/Forge.Host.Tests/Cluster: ClusterScenario and one workload per product), the same code the
# suite runs once on its PostgreSQL pass (ClusterChaosTests). Bounded: about three minutes in all, two cores (more
# when other builds share them: up to 9 minutes at load average 75–95).
set -euo pipefail
cd "$(dirname "$0")/../.."

# Installs (apt) what is missing — PostgreSQL, Redis, nginx — and starts PostgreSQL (role 'forge') and Redis on 127.0.0.1.
FORGE_SKIP_CHROMIUM=1 bash etc/scripts/start-services.sh

export FORGE_TEST_DB=PostgreSql
export FORGE_TEST_PG=${FORGE_TEST_PG:-"Host=127.0.0.1;Port=5432;Username=forge;Password=forge"}
export FORGE_TEST_REDIS=${FORGE_TEST_REDIS:-"127.0.0.1:6379"}
dotnet build test/Forge.Host.Tests -nologo -v q
rm -f artifacts/cluster/figures.txt
log=$(mktemp)
status=0
dotnet test test/Forge.Host.Tests --no-build --nologo --filter "Category=Cluster" \
  --logger "console;verbosity=detailed" >"$log" 2>&1 || status=$?
# The scenario's progress and the figures (the test's output), without the runner's noise.
sed -n '/Standard Output Messages:/,/^ *cluster: [0-9]/p' "$log" | sed '1d'
if [ ! -s artifacts/cluster/figures.txt ]; then
  echo "cluster test did not report figures; its log:"; tail -n 60 "$log"
  status=1
fi
rm -f "$log"
exit $status
